"""A report part's paragraphs each led by a short clause that names its field (batch 60).

Under a report's part (回顾2025年工作成果 / 展望2026年工作目标), an account written for a blog or a 政务 account gives
one paragraph to each field, opening on a clause that names the field and how it went, then the details:
经济运行稳中有进，主要指标…；农业生产再获丰收，… . A clerk counts these paragraphs as the part's sub-points,
as he counts short achievement lines (drafter.ingest.reportparts). Three such paragraphs at least, each led by a clause
of four to ten characters before its first comma that is no time (过去的一年，/ 2026年，/ 今年以来，) and no speaker's
own words (我们…); a part whose paragraphs open otherwise keeps none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.para import Para

_LEAD = re.compile(r"^(?P<lead>[\u4e00-\u9fff]{4,10})[，,](?=\S{6})")
_NO_FIELD = re.compile(
    r"^(?:过去|今年|去年|明年|一年|近年|近几年|多年|当前|目前|同时|此外|另外|总之|总的|回顾|展望|面对|围绕|按照|根据|为了|通过)"
    r"|年|月|以来|我们|我县|我市|我区|我镇|大家"
)
_MIN = 3


def lead_clause_styles(
    paras: Sequence[Para], styles: list[tuple[str, int] | None]
) -> list[tuple[str, int] | None] | None:
    """The part's paragraphs led by a field's clause numbered as its sub-points, or None when fewer than three are."""
    found = [
        k for k, (p, s) in enumerate(zip(paras, styles, strict=True))
        if s is None and (m := _LEAD.match(p.text)) and not _NO_FIELD.search(m.group("lead"))
    ]  # fmt: skip
    if len(found) < _MIN:
        return None
    out = list(styles)
    for n, k in enumerate(found, start=1):
        out[k] = ("achieved", n)
    return out


def led_by_fields(paras: Sequence[Para]) -> bool:
    """Whether three paragraphs or more of `paras` (what follows a report's first part line) are led by a field's clause."""
    return lead_clause_styles(paras, [None] * len(paras)) is not None
