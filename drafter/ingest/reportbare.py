"""A report's unnumbered parts over numbered items that start again under each (census reports36).

A 政府工作报告, a 调研报告 or a 妇代会 report often sets its parts as bare lines — 过去一年工作回顾 / 今年工作安排 /
全面加强政府自身建设, or 基本情况 / 存在问题 / 对策建议 — and numbers the items under each part from （一） again. The bare
lines are the points and the （一） items their sub-points, as a clerk reads them; without this rule the （一） items of
every part were read as one run of points and the parts themselves were lost.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.clean import Para
from drafter.ingest.reportparts import is_report_part

# 存在问题 / 对策建议 / 今后五年的工作任务 / 意见和建议: part names the achievement rule (reportparts) does not know
_MORE_PARTS = re.compile(
    r"^[^。！？，,；;：:]{0,16}(?:存在问题|主要问题|对策建议|意见建议|意见和建议|对策和建议|工作任务|目标任务|工作计划|工作要求)$"
)


def is_bare_part(text: str) -> bool:
    """Whether an unnumbered line names a report's part (过去一年工作回顾, 存在问题, 对策建议 …)."""
    return is_report_part(text) or bool(_MORE_PARTS.match(text.strip()))


def bare_parts_over_items(body: Sequence[Para], styles: Sequence[tuple[str, int] | None], plain: list[int]) -> list[int]:
    """The bare part lines that are the points when the numbered items under them start again at 1 under each (empty
    when the shape is not there): no 一、 anywhere, at least two parts each right over a series opening at （一） or 1.,
    one of them named as a report's part, and every item series opened right under a bare line."""
    if any(s and s[0].startswith("h1") for s in styles):
        return []
    firsts = [i for i, s in enumerate(styles) if s and s[0] in ("h2", "h3") and s[1] == 1]
    if len(firsts) < 2 or len({styles[i][0] for i in firsts}) != 1:  # type: ignore[index]
        return []
    key = styles[firsts[0]][0]  # type: ignore[index]
    start = next((k for k, i in enumerate(plain) if is_bare_part(body[i].text)), None)
    if start is None:
        return []
    parts = [i for i in plain[start:] if not styles[i]]
    if len(parts) < 2 or parts[0] > firsts[0]:
        return []
    for first in firsts:  # the line over each series: a part, no item of the same key between them
        over = [p for p in parts if p < first]
        if not over or any(s and s[0] == key for s in styles[over[-1] + 1 : first]):
            return []
    return parts
