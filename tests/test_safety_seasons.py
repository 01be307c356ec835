"""A safety meeting named for a season deploys that season's risks: 秋冬季 (or held in October and November), 夏季/汛期.

全市秋冬季安全生产工作推进会 read as a plain 安全生产 meeting: not a word of 森林草原防火, 取暖, 团雾 or 年底赶工期,
though the title promised them. Now a 秋冬 area leads its 任务 point; a summer meeting and a turn-of-the-year meeting
(烟花爆竹, 节日出行: 岁末年初's own area) do not say it.
"""

from __future__ import annotations

import pytest
from work_drafts import draft_meeting

from drafter.meeting import seasons_of

AREA = "point.safety.task.autumn-winter"


def _points(library, draft) -> set[str]:
    return {u.id for u in draft.uses if library.get(u.id).role.value == "point"}


@pytest.mark.parametrize("meeting", ["全市秋冬季安全生产工作推进会", "全县冬季安全生产工作会议", "全县入冬以来安全防范工作会议"])
def test_an_autumn_winter_meeting_is_held_in_that_season(meeting: str) -> None:
    assert "秋冬" in seasons_of(meeting)


def test_a_november_meeting_is_in_autumn_winter_and_a_december_one_at_the_turn_of_the_year() -> None:
    assert "秋冬" in seasons_of("全县安全生产工作会议", "2026年11月6日")
    december = seasons_of("全县安全生产工作会议", "2026年12月28日")
    assert "岁末年初" in december and "秋冬" not in december


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_an_autumn_winter_safety_meeting_deploys_its_seasons_risks(seed: int) -> None:
    library, draft = draft_meeting("全市秋冬季安全生产工作推进会", place="桐城市", seed=seed)
    assert AREA in _points(library, draft), seed
    assert "秋冬季" in draft.text.split("## 二、", 1)[1]
    assert "point.safety.task.year-end-winter" not in _points(library, draft)  # not yet the festival


@pytest.mark.parametrize("seed", [1, 2])
def test_summer_and_turn_of_the_year_meetings_do_not_say_autumn_winter(seed: int) -> None:
    library, summer = draft_meeting("全县安全生产工作会议", place="射阳县", seed=seed, date="2026-06-18", points=6)
    assert AREA not in _points(library, summer)
    library, new_year = draft_meeting("全县岁末年初安全生产工作会议", place="射阳县", seed=seed)
    assert AREA not in _points(library, new_year)


@pytest.mark.parametrize("seed", [1, 3])
def test_the_season_opens_the_task_point_of_a_meeting_held_for_it(seed: int) -> None:
    # 全县秋冬季安全生产工作会议 opened its tasks on 治本攻坚 and said the season third: the meeting is for the season.
    for place, meeting in (("清河县", "全县秋冬季安全生产工作会议"), ("葛仙庄镇", "全镇秋冬季安全生产工作会议")):
        _, draft = draft_meeting(meeting, place=place, seed=seed)
        first = draft.text.split("## 二、", 1)[1].split("（一）", 1)[1].split("\n", 1)[0]
        assert "秋冬季" in first, (place, first[:40])


@pytest.mark.parametrize(("place", "meeting"), [("葛仙庄镇", "全镇秋冬季安全生产工作会议"), ("三河镇", "全镇秋冬季安全生产工作会议"),
                                                ("城关街道", "全街道秋冬季安全生产工作会议")])
def test_a_towns_autumn_winter_area_leaves_traffic_control_to_the_county(place: str, meeting: str) -> None:
    for seed in (1, 2):
        _, draft = draft_meeting(meeting, place=place, seed=seed)
        for county_power in ("交通管制", "限速、分流", "监管部门要加密检查"):
            assert county_power not in draft.text, (place, seed, county_power)


SUMMER = "point.safety.task.summer-flood-season"


@pytest.mark.parametrize(("place", "meeting"), [("清河县", "全县汛期安全生产工作会议"), ("清河县", "全县夏季安全生产工作会议"),
                                                ("葛仙庄镇", "全镇汛期安全生产工作会议")])
def test_a_summer_or_flood_season_safety_meeting_deploys_its_seasons_risks(place: str, meeting: str) -> None:
    # 全县汛期安全生产工作会议 said nothing of 尾矿库, 有限空间 in the heat or 雷电: a plain safety speech.
    for seed in (1, 2):
        library, draft = draft_meeting(meeting, place=place, seed=seed)
        assert SUMMER in _points(library, draft), (meeting, seed)
        assert AREA not in _points(library, draft) and "point.safety.task.year-end-winter" not in _points(library, draft)


def test_a_towns_summer_area_leaves_crowds_and_mines_to_the_county() -> None:
    for seed in (1, 2, 3):
        _, draft = draft_meeting("全镇汛期安全生产工作会议", place="葛仙庄镇", seed=seed)
        assert "尾矿库" not in draft.text and "水上乐园" not in draft.text, seed
