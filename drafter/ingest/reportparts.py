"""A report's unnumbered part over the headings of what it reviews (batch 51).

A 政府工作报告 (or a year's 总结) often sets its parts as bare lines — 20xx年政府工作回顾, 今年工作安排 — and under the
review, each achievement on a line of its own: ——突出提升发展质量和效益，综合实力显著增强 / 一年来，我们狠抓结构调整，
经济总量质量明显提升. Those lines are the part's sub-points, as a clerk reads them, not points beside the part: a dash
leads only an item, and a heading of two clauses (what was done, what it brought) is an achievement, not a part.

Session 48 (conv48): in the part that reviews the past (一、2024年工作回顾, 过去一年工作回顾), paragraphs led by —— tell the
year's achievements and are not sub-points — five collectors in a row (batches 73, 77, 81) read them so. Under a part that
plans (工作安排, 主要任务) a dash item is still a sub-point. The two-clause lines without a dash keep their reading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.clean import Para
from drafter.ingest.leadclauses import led_by_fields

# 20xx年政府工作回顾 / 过去五年工作回顾 / 二〇二五年工作安排 / 今年的主要任务 / 存在的问题和不足: a report's part named by what it does
_REPORT_PART = re.compile(
    r"^[^。！？，,；;：:]{0,16}(?:回顾|总结|主要工作|工作情况|基本情况|主要成绩|主要成效|工作成果|主要成果|工作打算|工作思路|目标思路|工作目标"
    r"|工作安排|主要任务|总体要求|问题和不足|困难和问题|问题和困难|存在的问题|[打安]算)$"
)
# ——突出提升…，综合实力显著增强 / 一年来，我们狠抓…，经济总量质量明显提升: an achievement set on its own line
_ACHIEVEMENT_LINE = re.compile(r"^(?:——[^。！？：:]{4,40}|(?:[^。！？：:，,—]{2,24}[，,]){1,2}[^。！？：:，,]{4,30})$")
_LINE_MAX = 40
# 2024年工作回顾 / 过去五年工作回顾 / 上半年工作总结 / 过去一年的工作 / 主要成绩: the part that tells the past, not the plan
_REVIEW_PART = re.compile(
    r"^(?:[^。！？，,；;：:]{0,16}(?:回顾|总结|工作情况|主要成绩|主要成效|工作成果|主要成果)"
    r"|(?:过去|近)[一二三四五两]年(?:来)?(?:的)?(?:主要)?工作|(?:去年|上年)(?:的)?(?:主要)?工作)$"
)


def is_report_part(heading: str) -> bool:
    """Whether an unnumbered heading names a report's part (20xx年政府工作回顾), not a task of its own."""
    return bool(_REPORT_PART.match(heading.strip()))


def is_review_part(heading: str) -> bool:
    """Whether a part heading names the review of the past (2024年工作回顾), where ——… paragraphs are achievements told."""
    return bool(_REVIEW_PART.match(heading.strip()))


def is_achievement_line(text: str) -> bool:
    """Whether a bare line is an achievement under a report's part (——…，… or 一年来，我们…，…明显提升)."""
    return len(text.strip()) <= _LINE_MAX and bool(_ACHIEVEMENT_LINE.match(text.strip()))


def report_part_starts(body: Sequence[Para], plain: list[int]) -> list[int]:
    """The bare headings that are points when a report part heads achievement lines: the parts and any other heading
    beside them, never the achievement lines under a part (empty when the shape is not there)."""
    first_part = next((k for k, i in enumerate(plain) if is_report_part(body[i].text)), None)
    if first_part is None:
        return []
    under = [i for i in plain[first_part + 1 :] if is_achievement_line(body[i].text)]
    if not under and not led_by_fields(body[plain[first_part] + 1 :]):  # (经济运行稳中有进，…: ingest.leadclauses)
        return []
    return [i for i in plain if i not in under]


def achievement_styles(paras: Sequence[Para], styles: list[tuple[str, int] | None]) -> list[tuple[str, int] | None]:
    """Under a report's part: the achievement lines numbered as its sub-points (a dash line keeps its own style)."""
    out = list(styles)
    n = 0
    for k, para in enumerate(paras):
        if out[k] is None and is_achievement_line(para.text) and not para.text.startswith("——"):
            n += 1
            out[k] = ("achieved", n)
    return out
