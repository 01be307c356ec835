"""A copy that begins at a report's first part: 一、上半年工作总结 / 1、… / 2、… (batch 62).

A page that quotes a summary from its first part on keeps the part's number: 一、上半年工作总结 over 1、经济运行平稳。…
2、重点项目…. The line names the genre (工作总结), so it read as the document's title and the items under it as the
points. A title never carries the number of a part; the 一、 line is the first point of a document whose title the copy
lost, and the 1、 2、 under it are its items. Only the first part of an account or a plan (…工作总结, …工作回顾, 主要工作
情况, …工作计划) over a 1、 item is read so; a piece number over a collection's piece (一、…致辞) is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.para import Para

__all__ = ["opens_on_first_part"]

# 一、上半年工作总结 / 一、2026年工作回顾 / 一、前三季度主要工作情况 / 一、下半年工作计划: a report's first part, numbered
_FIRST_PART = re.compile(
    r"^[一1][、.．]\s*(?:(?:19|20)\d\d年度?|上半年|下半年|今年|全年|前三季度|一季度|年初以来)?[^。！？，,：:；;]{0,12}?"
    r"(?:工作(?:总结|回顾|情况|成效|计划|打算|安排)|工作完成情况|主要(?:工作|成效|做法)(?:情况)?)$"
)
# 1、经济社会发展平稳运行。… / 1.…: the part's first item
_FIRST_ITEM = re.compile(r"^1\s*[、.．]\s*\S")


def opens_on_first_part(paras: Sequence[Para]) -> bool:
    """The first paragraph is a report's first part, numbered 一、, with its first item 1、 under it."""
    return (
        len(paras) > 1
        and bool(_FIRST_PART.match(paras[0].text.strip()))
        and bool(_FIRST_ITEM.match(paras[1].text))
    )
