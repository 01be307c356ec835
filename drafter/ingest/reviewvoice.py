"""A doubt: a "speech" that reviews its own year's work, as a work report does (batch 60).

A 政府工作报告 copied in part (a mirror's excerpt under its 原标题, no title, no 称谓) gives the year's work in paragraphs
that each open on the year and the reporting body: 这一年，我们…… / 过去一年，我们…… . With no 称谓, no announced count
and no closing, such a copy was read as a speech, its bare lines taken for points. A speech reviews a year too, but
it speaks to the hall first (同志们：), and its review is one part of it: two paragraphs or more that open so, under no
称谓, make the kind doubtful. A doubt changes no reading (drafter.ingest.doubt).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.classify import Outline
from drafter.ingest.para import Para
from drafter.model import Role
from drafter.text import cn_number

_REVIEW = re.compile(r"^(?:这一年|过去一年|过去的一年|一年来|过去五年|五年来)[，,]\s*我们")
_MIN = 2


def review_voice(kind: str, outline: Outline, paras: Sequence[Para]) -> str:
    """Read as a speech with no 称谓, yet two paragraphs or more review the year as a report does (这一年，我们…)."""
    if kind != "speech" or outline.role(Role.SALUTATION):
        return ""
    found = [p for p in paras if _REVIEW.match(p.text)]
    if len(found) < _MIN:
        return ""
    word = _REVIEW.match(found[0].text).group(0).rstrip("我们").rstrip("，, ")  # type: ignore[union-attr]
    return (
        f"读作讲话，但没有称谓，第 {found[0].line} 行起有{cn_number(len(found))}段以“{word}，我们”开头回顾工作，"
        "可能是工作报告，请核对文种。"
    )
