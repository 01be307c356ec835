"""Sub-point numbers lost in copying, their brackets left behind (batch 57).

A site that sets the numbers of （一）（二） apart (an image, a styled span) loses them when the page is copied: the
paragraphs under a point open on an empty pair of brackets, ()先从机关说起…. A clerk reads each such paragraph as the
next sub-point, numbered in its order, as the brackets still say; only where no （一） of the point's own is left.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.clean import Para

_EMPTY = re.compile(r"^\s*[（(]\s*[)）]\s*(?=[\u4e00-\u9fff])")


def empty_bracket_styles(
    paras: Sequence[Para], styles: Sequence[tuple[str, int] | None]
) -> list[tuple[str, int] | None]:
    """The styles of a point's paragraphs, with those that open on () numbered as lost sub-point marks."""
    out = list(styles)
    if any(s is not None and s[0] == "h2" for s in styles):
        return out
    n = 0
    for k, para in enumerate(paras):
        if out[k] is None and _EMPTY.match(para.text):
            n += 1
            out[k] = ("lost", n)
    return out


def empty_mark(text: str) -> str:
    """The empty brackets a paragraph opens on ('' when none)."""
    m = _EMPTY.match(text)
    return m.group(0) if m else ""
