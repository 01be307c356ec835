"""A body's work report said to its congress: 各位代表 / 我谨代表工会… / 一、过去一年的工作回顾 / 二、存在的问题 / 三、未来的
工作计划 (batch 62).

A union's (a league's, a committee's) report to its delegates is said aloud, so it opens like a speech — 尊敬的各位代表、
同志们：大家好！ — and a page that lost its title leaves nothing that names the genre. A clerk still files it as a work
report: the speaker speaks for the body (我代表工会, 受…委员会委托) to the delegates (代表), and the parts are the parts of
an account — the year looked back on, the problems, the plan ahead — not the points of a leader's instructions. A
leader greeting a congress (我代表县委，向大会表示祝贺 / 一、…要… 二、…要…) is still a speech: its parts are no account.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.para import Para
from drafter.structure import match_heading

__all__ = ["congress_report"]

# 尊敬的各位代表、同志们： / 各位代表： — the delegates addressed
_DELEGATES = re.compile(r"^[^。！？]{0,12}代表[^。！？]{0,16}[：:]$")
# 我谨代表工会… / 我代表第九届委员会… / 受…委员会的委托: the speaker speaks for the body that reports
_FOR_THE_BODY = re.compile(
    r"我(?:谨)?代表[^。！？，,]{0,16}(?:工会|委员会|团委|妇联|理事会|董事会|监事会|常委会|主席团|执委会)"
    r"|受[^。！？，,]{0,20}(?:委员会|工会|理事会)的?委托"
)
# 现在，我代表中国共产党某某市第六届委员会向大会作报告。 / 我代表市人民政府，向大会报告政府工作，请予审议: the sentence
# a work report to a congress opens with — said of this very report, so it files the text as a report with no parts
# reached yet (batch 64: a 党代会 report cut before its first part); a greeting says 向大会表示祝贺, never 作报告
_REPORTS_TO_CONGRESS = re.compile(
    r"我(?:谨)?代表[^。！？]{0,30}(?:委员会|人民政府|政府|常委会|工会|团委|妇联|理事会)[，,]?\s*"
    r"向(?:大会|本次大会|这次大会|全会)(?:作|做|提交)?(?:[^。！？，,]{0,8})?(?:报告|工作报告)"
    r"(?:[^。！？，,]{0,8}工作)?[，,。]?(?:请予审议|请予审查|请各位代表审议|请各位代表审查)?"
)
# the parts of an account: the past looked back on, the problems, the plan ahead
_REVIEW = re.compile(
    r"(?:工作|成绩)回顾|(?:过去|上一?|去|本|今)(?:一|两|三|五)?年[^。！？，]{0,8}(?:主要)?工作(?:情况|成效)?$|主要工作(?:及|和)?成效"
)
_PROBLEMS = re.compile(r"存在的?(?:主要)?(?:问题|不足)|面临的?(?:问题|挑战)")
_PLAN = re.compile(
    r"^(?:未来|今后|下一?步|新的一年|明年|(?:19|20)\d\d年)[^。！？，]{0,8}(?:工作)?(?:计划|打算|安排|思路|任务|目标)"
)


def congress_report(paras: Sequence[Para]) -> bool:
    """Said to the delegates for the body that reports, in the parts of an account (two of review, problems, plan), or
    opening on 我代表…委员会向大会作报告 (the report says what it is)."""
    head = paras[:6]
    if not any(_DELEGATES.match(p.text.strip()) for p in head[:3]):
        return False
    if any(_REPORTS_TO_CONGRESS.search(p.text) for p in head):
        return True
    if not any(_FOR_THE_BODY.search(p.text) for p in head):
        return False
    parts = [
        re.sub(r"^[一二三四五六七八九十]+[、.．]\s*", "", p.text)
        for p in paras
        if (match_heading(p.text) or (0,))[0] == 1
    ]
    kinds = sum(1 for rx in (_REVIEW, _PROBLEMS, _PLAN) if any(rx.search(h) for h in parts))
    return kinds >= 2
