"""What a leader's writer noticed reading drafts in session 36 (review36).

- 全县机关事务工作会议 and 全市气象工作会议 drafted a general skeleton (a note said the library had nothing of the work):
  now they speak of 办公用房、公务用车、过紧日子 and of 预警、人工影响天气.
"""

from __future__ import annotations

import pytest

from drafter.topics import find_topics
from tests.work_drafts import draft_meeting, used_ids

OWN_WORK = [
    (
        "全县机关事务工作会议",
        "清河县",
        "机关事务",
        "point.government-affairs.",
        ("公务用车", "办公用房"),
    ),
    (
        "全市机关事务管理工作会议",
        "南通市",
        "机关事务",
        "point.government-affairs.",
        ("公务用车", "过紧日子"),
    ),
    ("全县公共机构节能工作会议", "清河县", "机关事务", "point.government-affairs.", ("节能",)),
    ("全县气象工作会议", "清河县", "气象", "point.meteorology.", ("预警", "人工影响天气")),
    ("全市气象防灾减灾工作会议", "南通市", "气象", "point.meteorology.", ("预警",)),
    ("全县人工影响天气工作会议", "清河县", "气象", "point.meteorology.", ("作业",)),
]


@pytest.mark.parametrize(("meeting", "place", "tag", "prefix", "says"), OWN_WORK)
def test_an_office_s_yearly_meeting_speaks_of_its_own_work(meeting, place, tag, prefix, says):
    assert [t.tag for t in find_topics(meeting)] == [tag]
    for seed in (1, 2):
        _, draft = draft_meeting(meeting, place=place, seed=seed, minutes=15)
        own = [i for i in used_ids(draft, "point") if i.startswith(prefix)]
        assert len(own) >= 3, (meeting, seed, used_ids(draft, "point"))
        for word in says:
            assert word in draft.text, (meeting, seed, word)
