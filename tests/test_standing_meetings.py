"""A standing body's sitting (县委常委会会议, 县政府常务会议, 局党组会议) takes up one work: its speech is no work meeting's."""

from __future__ import annotations

import pytest

from drafter.meeting import parse_meeting
from tests.work_drafts import draft_meeting, used_ids


@pytest.mark.parametrize(
    ("meeting", "work"),
    [("县委常委会会议", ""), ("县委常委会（扩大）会议", ""), ("县政府常务会议", ""), ("县教育局党组会议", "教育工作"),
     ("镇党委会议", "")],  # a 镇 has no 常委会: its 党委's own sitting is its standing meeting
)
def test_standing_meetings_are_their_own_kind(meeting: str, work: str) -> None:
    read = parse_meeting(meeting)
    assert read.kind.template == "standing"
    assert read.work == work  # the work is asked for unless an organ says it


@pytest.mark.parametrize("meeting", ["全县安全生产工作会议", "县委全面依法治县委员会全体会议", "镇党委扩大会议"])
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


@pytest.mark.parametrize(
    ("meeting", "place", "scope", "template"),
    [
        ("清河县委常委会会议", "清河县", "清河县委", "standing"),  # not the work “委常委会工作”
        ("清河县政府常务会议", "清河县", "清河县政府", "standing"),
        ("葛仙庄镇党委扩大会议", "葛仙庄镇", "葛仙庄镇党委", "work-meeting"),  # not “党委扩大工作”
        ("清河县委员会全体会议", "清河县", "清河县", "leading-group"),  # 委员会 is a committee, not 县委
    ],
)
def test_a_places_own_body_after_its_name_is_the_scope(meeting: str, place: str, scope: str, template: str) -> None:
    read = parse_meeting(meeting, place)
    assert (read.scope, read.kind.template) == (scope, template)
    assert "委" not in read.work and "扩大" not in read.work


@pytest.mark.parametrize("meeting", ["县委扩大会议", "县委全会"])
def test_an_enlarged_meeting_or_plenum_asks_for_its_work(meeting: str) -> None:
    assert parse_meeting(meeting).work == ""  # not “扩大工作”, “全会工作”


def test_a_standing_meeting_named_with_its_place_gets_its_own_frame_and_no_scope_warning() -> None:
    # 清河县委常委会会议: the template is chosen from the name alone (no place): 清河县 + 委 is still the 县委
    assert parse_meeting("清河县委常委会会议").kind.template == "standing"
    library, draft = draft_meeting("清河县委常委会会议", seed=3, work="安全生产工作")
    assert all("常委会、常务会、党组会" in library.get(i).tags for i in used_ids(draft, "opening"))
