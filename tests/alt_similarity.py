"""Whether the alternatives of an {% alt %} block are really different wording.

`drafter diff` calls a sentence the same as another when it is verbatim, edited
(similarity ≥ 0.65 after level words, figures and places) or recombined from its
clauses; alternatives that are the same sentence by that measure do not make two
drafts differ. Used by tests/test_alternatives.py and bench/alternatives_report.py.
"""

from __future__ import annotations

import re
from itertools import combinations

from drafter.diff import SourceDoc, Status, diff_text

_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
_SAME = {Status.VERBATIM, Status.EDITED, Status.RECOMBINED}


def plain(source: str) -> str:
    """An alternative as text: placeholders become a level word, so both sides read alike."""
    return _JINJA.sub("全县", source).strip()


def too_alike(block: list[str]) -> list[tuple[str, str]]:
    """Pairs of alternatives in which some sentence of one is the same sentence as in the other."""
    out = []
    for a, b in combinations(block, 2):
        if not plain(a) or not plain(b):
            continue
        report = diff_text(plain(b), [SourceDoc("a", plain(a))])
        if any(s.status in _SAME for s in report.sentences):
            out.append((a, b))
    return out
