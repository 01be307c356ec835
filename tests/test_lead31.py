"""Session 31's lead, reading a draft as the writer would: a meeting held to push the work in hand (电视电话会议,
调度会) does not open on the long view a work meeting takes (kinds.yaml `not_tags`)."""

from __future__ import annotations

import pytest
from work_drafts import draft_meeting, used_ids

LONG_VIEW = "point.flood.know.modernization"  # 着眼长远推进应急管理体系和能力现代化 (tagged 长远)


@pytest.mark.parametrize(
    ("meeting", "place"), [("全区防汛工作电视电话会议", "鼓楼区"), ("全县防汛工作调度会", "清河县")]
)
def test_a_meeting_on_the_work_in_hand_takes_no_long_view_point(meeting: str, place: str) -> None:
    # 鼓楼区's 电视电话会议 said 围绕抓好眼下的防汛工作，我再强调三点意见 and then 一、着眼长远推进应急管理体系和能力现代化
    for seed in range(1, 9):
        _, draft = draft_meeting(meeting, place=place, seed=seed)
        assert LONG_VIEW not in used_ids(draft, "point"), (meeting, seed)


def test_a_work_meeting_still_takes_the_long_view() -> None:
    taken = [LONG_VIEW in used_ids(draft_meeting("全县防汛工作会议", seed=seed)[1], "point") for seed in range(1, 9)]
    assert any(taken)
