"""An announcement that says the count before its verb, with 来 or 进行 between (batch 57).

主要分六个方面来讲 / 重点从两个方面来谈 / 今天的讲话，分四个方面来讲: the speaker tells how many parts his talk has before
he says what he does with them, and needs no 我 or 下面 to lead it (a 党课 or a report says it of itself). Told of
someone else — 县长在全县大会上分三个方面来讲了… — it is a report of another's talk, not this one's announcement.
"""

from __future__ import annotations

import re

from drafter.ingest.points import COUNT

# (a clause of its own: at the start of a sentence or after a comma; no meeting, document or other speaker in it)
_COUNT_FIRST = re.compile(
    r"(?:^|[。；;，,！!])\s*"
    r"(?![^。；;！？，,]{0,20}?(?:会议|会上|大会|文件|通知|精神|书记|[省市县区镇乡局]长|主任|部长|领导|专家|教授|他|她))"
    rf"[^。；;！？，,]{{0,12}}?(?:从|分)(?:以下|如下|这)?{COUNT}个?方面(?:来|进行)\s*(?:讲|谈|汇报|交流|阐述|讲述|分享|说)"
    r"(?!了|过)"
)


def count_first(text: str) -> re.Match[str] | None:
    """The announcement 分N个方面来讲 in a sentence of the speaker's own, or None."""
    return _COUNT_FIRST.search(text)
