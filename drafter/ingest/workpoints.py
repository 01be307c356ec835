"""An office's points of work for the year, titled by what it names (batch 62).

2026年某某系统党的建设主要工作 / 2026年全县农业农村重点工作 over 2026年是…之年。做好…工作，总体要求是：… and 一、…
with 1. 2. under it: the document an office issues to say the year's work — the same genre as a 工作要点 (a report's
kin by the reading settled for 工作计划), not a speech. Its title has no genre word a report's title has (报告, 总结,
要点), only the year and 主要工作 or 重点工作; what marks it is the line of general requirements (总体要求是 /
指导思想是) under the title, or its first part. A section heading 2026年主要工作 inside a report, with no such line,
is left to the report it belongs to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.para import Para
from drafter.structure import match_heading

__all__ = ["work_points"]

# 2026年某某机关党的建设主要工作 / 2026年度全县重点工作安排: the year, then the field, then 主要工作 / 重点工作
_TITLE = re.compile(
    r"^(?:19|20)\d\d年度?[^。！？，,：:；;、]{2,30}(?:主要工作|重点工作|工作重点)(?:安排)?$"
)
# 总体要求是： / 指导思想是： / 总的要求是： / 工作的总体要求是：: the general line a work-points document opens on
_GENERAL = re.compile(r"(?:总体要求|总的要求|指导思想|总体思路)(?:是|为)?[：:]")


def work_points(paras: Sequence[Para]) -> bool:
    """The first line names the year's main work and its general requirements or its first numbered part follow."""
    if len(paras) < 3 or not _TITLE.match(paras[0].text.strip()) or match_heading(paras[0].text):
        return False
    head = paras[1:4]
    return any(_GENERAL.search(p.text) for p in head) and any(
        match_heading(p.text) for p in paras[1:6]
    )


def work_points_title(paras: Sequence[Para]) -> str:
    """The title of the year's work points (2026年…主要工作) when the text is one, else ""."""
    return paras[0].text.strip() if work_points(paras) else ""
