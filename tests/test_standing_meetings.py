"""A standing body's sitting (县委常委会会议, 县政府常务会议, 局党组会议) takes up one work: its speech is no work meeting's."""

from __future__ import annotations

import pytest

from drafter.meeting import parse_meeting
from tests.work_drafts import draft_meeting, used_ids


@pytest.mark.parametrize(
    ("meeting", "work"),
    [("县委常委会会议", ""), ("县委常委会（扩大）会议", ""), ("县政府常务会议", ""), ("县教育局党组会议", "教育工作")],
)
def test_standing_meetings_are_their_own_kind(meeting: str, work: str) -> None:
    read = parse_meeting(meeting)
    assert read.kind.template == "standing"
    assert read.work == work  # the work is asked for unless an organ says it


@pytest.mark.parametrize("meeting", ["全县安全生产工作会议", "县委全面依法治县委员会全体会议", "镇党委会议"])
def test_other_meetings_keep_their_kind(meeting: str) -> None:
    assert parse_meeting(meeting).kind.template != "standing"


@pytest.mark.parametrize("seed", range(4))
def test_a_standing_meeting_is_not_convened_for_the_county_nor_thanks_the_front_line(seed: int) -> None:
    library, draft = draft_meeting("县委常委会会议", seed=seed, work="耕地保护工作")
    head = draft.text.split("\n## ")[0]
    for wrong in ("研究决定召开", "感谢", "致以", "问候", "一线的同志"):
        assert wrong not in head, (seed, wrong)
    frame = [i for role in ("opening", "acknowledgement", "transition", "closing") for i in used_ids(draft, role)]
    assert all("常委会、常务会、党组会" in library.get(i).tags for i in frame), frame
    assert "耕地" in draft.text
