"""A report's unnumbered parts over numbered items that start again under each (census reports36).

A 政府工作报告, a 调研报告 or a 妇代会 report often sets its parts as bare lines — 过去一年工作回顾 / 今年工作安排 /
全面加强政府自身建设, 基本情况 / 存在问题 / 对策建议, or words of its own (现状与成效 / 问题与不足 / 几点建议) — and numbers the
items under each part from （一） again. The bare lines are the points and the （一） items their sub-points, as a clerk
reads them; without this rule the （一） items of every part were read as one run of points and the parts themselves were
lost. The shape is the evidence, not the part's name: each series that starts again has a bare line right over it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.clean import Para
from drafter.ingest.reportparts import is_report_part

# 基本情况 / 现状与成效 / 存在问题 / 问题与不足 / 对策建议 / 几点建议: a report's part named by what it does (a part before the
# first numbered series, with no items of its own, is a point only when so named: not the 调研组 byline over the text)
_MORE_PARTS = re.compile(
    r"^[^。！？，,；;：:]{0,16}(?:存在问题|主要问题|不足|对策建议|建议|工作任务|目标任务|工作计划|工作要求|现状|成效|做法|情况)$"
)


def is_bare_part(text: str) -> bool:
    """Whether an unnumbered line names a report's part (过去一年工作回顾, 基本情况, 现状与成效, 对策建议 …)."""
    return is_report_part(text) or bool(_MORE_PARTS.match(text.strip()))


def bare_parts_over_items(body: Sequence[Para], styles: Sequence[tuple[str, int] | None], plain: list[int]) -> list[int]:
    """The bare lines that are the points when the numbered items under them start again at 1 under each (empty when the
    shape is not there): no 一、 anywhere, at least two series opening at （一） (or 1.), each with its own bare line over it
    and no item of the series between; the bare lines from the first of them on are the points, and before it the lines
    that name a report's part (基本情况, its text a paragraph with no items)."""
    if any(s and s[0].startswith("h1") for s in styles):
        return []
    firsts = [i for i, s in enumerate(styles) if s and s[0] in ("h2", "h3") and s[1] == 1]
    if len(firsts) < 2 or len({styles[i][0] for i in firsts}) != 1:  # type: ignore[index]
        return []
    key = styles[firsts[0]][0]  # type: ignore[index]
    bare = [i for i in plain if not styles[i]]
    overs: list[int] = []
    for first in firsts:  # the line over each series: a bare line, no item of the same key between them
        over = [p for p in bare if p < first]
        if not over or any(s and s[0] == key for s in styles[over[-1] + 1 : first]) or over[-1] in overs:
            return []
        overs.append(over[-1])
    before = [p for p in bare if p < overs[0] and not any(styles[p:overs[0]])]
    start = next((p for p in before if is_bare_part(body[p].text)), overs[0])
    return [p for p in bare if p >= start]
