"""An ordinal a hard line break cut in two: 其 | 三，… or 第 | 二，… (batch 62).

A PDF copied with its line breaks kept cuts words wherever the line is full. When the break falls inside 其三 or 第二,
the next line opens with 三，… or 二、…, which reads as a heading of its own (一、 or 一, with the comma a PDF gives), and
the speech's opening (旨在三事：其一，…；其二，…；其 | 三，为各位加油鼓劲…) grew a point in the middle of its sentence. A
clerk reads the broken word: a line that stops on 其 or 第 with no stop after it, and a next line that opens on a
numeral and its comma, are one sentence. A line that ends on a full word (…的其 is no word; …工作 is) is left alone.
"""

from __future__ import annotations

import re

from drafter.ingest.para import Para

__all__ = ["cut_ordinal"]

# …其二，提醒各位…状态；其 / …的第: the first half of 其三 / 第三 at a line's end
_FIRST_HALF = re.compile(r"(?:^|[，,；;：:。、\s])(?:其|第)$")
# 三，为各位加油鼓劲… / 二、要…: the numeral and its comma opening the next line
_SECOND_HALF = re.compile(r"^[一二三四五六七八九十]{1,2}[，,、]")


def cut_ordinal(prev: Para, para: Para) -> bool:
    """The paragraph opens with the numeral of an ordinal the line break cut after 其 or 第 (their lines adjoin)."""
    return (
        para.line == prev.end + 1 and not prev.md and not para.md and bool(_FIRST_HALF.search(prev.text.rstrip()))
        and bool(_SECOND_HALF.match(para.text))
    )  # fmt: skip
