"""An announcement that names its parts in quotes before it counts them, after 围绕 (batch 64).

我将围绕“稳”“进”“实”三个关键字进行汇报 / 围绕“学好文、答好题、干好事”三个层面，和同志们作个交流 / 主要围绕“守正”“创新”
两个方面谈点体会: a 述职 or a 党课 names the key words of its parts, in quotes, then says how many there are and what it
does with them (汇报, 交流, 谈). The count is the number of parts that follow (一、在“学好文”上… / 共学共建，让…).

Told of someone else (县长围绕“三个一”三个方面作了部署) it is a report of another's talk; a count of tasks the speech
sets (要围绕“增收”“减负”两个目标，狠抓落实) announces nothing, for no verb of speaking follows it.
"""

from __future__ import annotations

import re

from drafter.ingest.points import COUNT

_AROUND_COUNT = re.compile(
    r"(?![^。；;！？]{0,30}?(?:书记|[省市县区镇乡局]长|主任|部长|领导|专家|教授|他|她)[^。；;！？]{0,10}围绕)"
    r"围绕(?:以下|这)?\s*(?:[“\"「][^”\"」。；！？]{1,40}[”\"」][、，,和及与]?\s*){1,8}"
    rf"{COUNT}个?(?:关键字|关键词|字|词|层面|方面|维度|主题|问题)(?:的(?:内容|体会|思考))?[，,]?\s*"
    r"(?:来|进行|作|做)?\s*(?:(?:和|与|同|跟|向)(?:大家|各位|同志们|同学们|组织)[^。；！？]{0,4}?)?"
    r"(?:作|做)?(?:个|一个|一下|一些|点|几点)?\s*(?:汇报|交流|分享|讲|谈|探讨|报告|述职|阐述)(?!了|过)"
)


def around_count(text: str) -> re.Match[str] | None:
    """The announcement 围绕“…”“…”N个关键字进行汇报 in a sentence, or None."""
    return _AROUND_COUNT.search(text)
