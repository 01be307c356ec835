"""A report's parts set as bare lines that name what they do (batch 57).

A 工作报告 or a year's 总结 copied from a blog or a portal often sets its parts without numbers — 2025年工作回顾 /
2026年工作打算, 上半年工作总结 / 下半年工作计划 — and numbers the items under each from 1 again. A clerk reads the part
lines as the report's points and the numbered items as their sub-points: a series that starts at 1 under every part
line belongs to that part, it is not one long list of points. Under 一、 (the top level of official numbering) the
items stay the points, the part lines above them only group them, as before. A copy cut inside the first part still shows one part:
the line right after the report hands itself over (我代表…向大会报告工作，请予审议。) is its first point.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.clean import Para
from drafter.ingest.reportparts import is_report_part

# 2025年工作回顾 / 过去一年工作回顾 / 今年工作安排 / 下半年工作计划 / 2026年工作展望: a part named by what it does
_PART_NAME = re.compile(
    r"^(?:(?:19|20)\d\d年度?|二[〇零○][\d一二三四五六七八九〇零○]{2}年|过去(?:的)?[一二三五]年|今年|明年|本年度|上半年|下半年|一年来)?"
    r"(?:的)?(?:主要)?(?:政府)?工作(?:回顾|总结|计划|安排|打算|展望|思路|要点|目标|重点)$"
)
# 我代表县人民政府，向大会报告工作，请予审议 / 向大家报告一年来的工作 / 现将…汇报如下: the report handing itself over
_HANDED_OVER = re.compile(r"(?:报告|汇报)[^。！？]{0,12}工作|(?:报告|汇报)如下|请予审议|请予评议")
# Paragraphs a report's opening holds before its first part line (the 称谓 and the hand-over).
_OPENING_MAX = 3


def is_part_line(text: str) -> bool:
    """Whether a bare line names a report's part (2025年工作回顾, 下半年工作计划)."""
    return bool(_PART_NAME.match(text.strip())) or is_report_part(text)


def part_under_hand_over(text: str, prev: str) -> bool:
    """A part line (上半年工作总结) right under the paragraph that hands the report over (…现将有关情况汇报如下：): the
    report's first part, not the title of another document."""
    return is_part_line(text) and len(text) <= 20 and bool(_HANDED_OVER.search(prev[-30:]))


def part_lines(body: Sequence[Para], styles: Sequence[tuple[str, int] | None]) -> list[int]:
    """The part lines that are a report's points (empty when the shape is not there): two or more, each over a series
    numbered from 1 and nothing numbered above the first; or one, right after the report hands itself over, over running
    text with no numbered heading anywhere."""
    parts = [
        i
        for i, p in enumerate(body)
        if styles[i] is None and len(p.text) <= 20 and is_part_line(p.text)
    ]
    if not parts:
        return []
    numbered = [i for i, s in enumerate(styles) if s is not None]
    if any(i < parts[0] for i in numbered):
        return []
    if len(parts) >= 2:
        bounds = [*parts, len(body)]
        for k, start in enumerate(parts):
            under = [styles[i] for i in range(start + 1, bounds[k + 1]) if styles[i] is not None]
            if not under or under[0] is None or under[0][1] != 1 or under[0][0].startswith("h1"):
                return []  # (一、 under a part: the top level of numbering, the report's own points — wild16)
        return parts
    start = parts[0]
    opening = [p.text for p in body[:start]]
    if numbered or len(opening) > _OPENING_MAX or not any(_HANDED_OVER.search(t) for t in opening):
        return []
    return parts if start + 1 < len(body) else []
