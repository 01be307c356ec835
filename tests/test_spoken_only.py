"""A speech thanks others' 发言 only when the user says someone spoke (speeches=是 or --tag 发言).

Read in 全街道老干部工作会议 (no speeches given): 刚才的交流发言，有经验、有体会 — words nobody said in the hall.
"""

from __future__ import annotations

import re

import pytest
from work_drafts import draft_meeting

_THANKED_SPEECHES = re.compile(r"刚才[^。]{0,30}(?:发言|述职)|交流发言|几个单位[^。]{0,8}发言|同志述职时|述职的同志|作了述职")

MEETINGS = [
    ("全街道老干部工作会议", "城东街道"),
    ("全县退役军人事务工作会议", "清河县"),
    ("全县人才工作会议", "清河县"),
    ("全市机关党建工作会议", "南通市"),
    ("全县基层党建工作会议", "清河县"),
    ("全县经济工作会议", "清河县"),
    ("全县乡村振兴工作会议", "清河县"),
]


@pytest.mark.parametrize(("meeting", "place"), MEETINGS)
def test_no_speeches_thanked_when_nobody_spoke(meeting: str, place: str) -> None:
    for seed in range(6):
        for more in ({}, {"reporter": "李明"}):
            _, draft = draft_meeting(meeting, place=place, seed=seed, **more)
            assert not _THANKED_SPEECHES.search(draft.text), (seed, more, _THANKED_SPEECHES.findall(draft.text))


def test_speeches_are_thanked_when_given() -> None:
    thanked = 0
    for seed in range(6):
        _, draft = draft_meeting("全县乡村振兴工作会议", seed=seed, reporter="李明", speeches="是")
        thanked += bool(_THANKED_SPEECHES.search(draft.text))
        _, draft = draft_meeting("全街道老干部工作会议", place="城东街道", seed=seed, speeches="是")
        thanked += bool(_THANKED_SPEECHES.search(draft.text))
    assert thanked >= 3


def test_every_shipped_fragment_that_thanks_speeches_is_opted_in() -> None:
    """No fragment of ours thanks others' speeches unless drawn for speeches (the 发言 tag, or a sentence kept
    under {% if spoken %}); a 座谈会 or a 政协常委会会议 is made of speeches, so its own fragments may."""
    from drafter.library import load_library

    made_of_speeches = {"座谈会", "政协常委会会议", "述职评议会"}  # 述职评议会: made of 述职 (review31b)
    unopted = []
    for frag in load_library().fragments:
        if "发言" in frag.tags or made_of_speeches & set(frag.tags):
            continue
        text = " ".join([frag.text or "", frag.heading or "", *(s.text or "" for s in frag.subpoints)])
        text = re.sub(r"\{% if spoken %\}.*?\{% endif %\}", "", text, flags=re.S)
        if _THANKED_SPEECHES.search(text):
            unopted.append(frag.id)
    assert unopted == []
