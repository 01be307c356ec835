"""Who a draft tells to act (draft42): a meeting on a work whose hearers are its own units (topics.yaml `hearers`:
医德医风 → 各医疗卫生机构, 国企改革 → 县直各部门和各国有企业) hands no work to the level's towns and departments as a pair
(各乡镇（街道）、县直各部门要把医德医风建设工作抓在手上). Shared by tests/test_draft42.py and tests/test_topic_sweep.py (every
topic's drafts, drawn once there and read for this too)."""

from __future__ import annotations

import re

from drafter.topics import work_hearers

# The level's towns and departments as general text hands them work ({{ below }}、{{ own_depts }}), 县 and 市.
PAIRS = ("各乡镇（街道）、县直各部门", "各县（市、区）、市直各部门")
# … and the towns alone where general text supports them in trying things out (支持各乡镇（街道）结合实际大胆探索), told only
# where the hearers are the towns too (draft44: a 医保基金监管 speech said it).
TOWNS_TRY = re.compile("(?:支持|鼓励)(?:各乡镇（街道）|各县（市、区）)")


def told_who_is_not_there(text: str, meeting: str, work: str = "") -> list[str]:
    """The sentences that hand work to the level's towns and departments where the meeting's work has hearers of its
    own: the pair not said as its hearers say it ({below}、{depts}和各级各类学校 keeps the pair, with the schools)."""
    hearers = work_hearers(meeting, work)
    if not hearers:
        return []
    tail = hearers.partition("{depts}")[2] if hearers.startswith("{below}") else None
    found = []
    for sentence in re.split(r"(?<=[。！？；：])", text):
        for pair in PAIRS:
            for at in (m.end() for m in re.finditer(re.escape(pair), sentence)):
                if tail is None or not sentence[at:].startswith(tail):
                    found.append(sentence.strip())
        if "{below}" not in hearers and TOWNS_TRY.search(sentence):
            found.append(sentence.strip())
    return found
