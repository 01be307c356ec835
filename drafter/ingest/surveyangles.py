"""A survey's own announcement of the angles it looked from (split42, batch 61).

近期，我们采取“四不两直”方式，深入…三个村，通过实地察看、个别访谈，重点从“在干什么、想干什么、该干什么、能干什么”四个
视角，审视农村党支部书记履行职责的情况。 / 调研组从组织建设、产业发展、人才队伍三个维度，分析村级组织的…: a survey report says
from how many angles (视角, 角度, 维度, 层面, 方面) its writers looked and what they examined; its parts follow, one an angle
(1.农村党支部书记“在干什么” …). The writers are its own (我们, 笔者, 调研组, 课题组); a count of angles told of someone else
(县长从三个角度分析了当前形势) is reported speech, and one with 了 after the verb is what was done, not what follows.
"""

from __future__ import annotations

import re

from drafter.ingest.points import COUNT

# (the writers, then up to a sentence's worth of how they went about it, then 从 … N个视角，审视/分析 …; not 从…年…月开始，
# 对…四个方面进行调查, when the survey began and what it covered: batch 67's p29, lead42)
_SURVEY_ANGLES = re.compile(
    r"(?:我们|笔者|调研组|调查组|课题组|调研小组)[^。；！？]{0,120}?(?:重点|主要|分别)?从"
    r"(?:[“\"「][^”\"」。；！？]{2,60}[”\"」]|(?:(?!开始|以来)[^。；！？“”]){2,40}?)?"
    rf"{COUNT}个(?:视角|角度|维度|层面|方面)[，,]?\s*(?:来|进行|入手|着手)?\s*"
    r"(?:审视|分析|剖析|考察|调查|调研|梳理|研究|了解|探析|查看|观察)(?![了过])"
)


def survey_angles(text: str) -> re.Match[str] | None:
    """The sentence 我们…从“…”四个视角，审视… in `text`, or None."""
    if "从" not in text:
        return None
    return _SURVEY_ANGLES.search(text)
