"""Drafting defects a reviewer found reading last round's drafts (draft40).

Read: 葛仙庄镇 全镇党建工作会议 (seed 2) and drafts of 禁毒, 平安, 文旅 listed the place's faults (有的基层党组织政治功能弱化,
有的地方禁毒工作只挂在牌子上, 短板依然明显) with no 问题 given; 江阴市 无锡市委第二巡察组巡察江阴市委情况反馈会 (seed 1,
8 minutes) was drafted as the 市委's own feedback to an inspected unit (代表的是市委的要求: which 市委?).
"""

from __future__ import annotations

import re

import pytest

from drafter.library import fragment_texts, load_library
from drafter.meeting import parse_meeting
from tests.judging import ABOUT_FOUND_FAULTS, judgements
from tests.work_drafts import draft_made, draft_text

# --- 1. No judgement of the place's own work without the user's 问题 -------------------------------------------------


def test_no_fragment_drawn_without_problems_judges_the_place() -> None:
    found = []
    for frag in load_library().fragments:
        if {"问题", "评价", *ABOUT_FOUND_FAULTS} & set(frag.tags) or frag.is_specific:
            continue
        for text in fragment_texts(frag):
            found += [(frag.id, s) for s in judgements(re.sub(r"\{\{ *\w+ *\}\}", "村", text))]
    assert found == []


# Every topic's drafts without 问题 are read for judgements in tests/test_topic_sweep.py, which draws them anyway (县 and
# 市 at 10, 20 and 30 minutes, 镇 and 街道 at 20 minutes, seeds 0-3): a sweep of its own here drew 256 more (draft41).


@pytest.mark.parametrize(("place", "meeting", "seed"), [("葛仙庄镇", "全镇党建工作会议", 2), ("清河县", "全县禁毒工作会议", 1)])
def test_the_named_drafts_say_no_faults_of_their_own(place: str, meeting: str, seed: int) -> None:
    text = draft_text(place, meeting, seed)
    assert judgements(text) == []
    assert "只挂在牌子上" not in text and "政治功能弱化" not in text


def test_the_fault_points_come_back_with_the_users_problems() -> None:
    # 问题 given: the work's own points on its shortfalls may be drawn again, beside the user's own words
    library = load_library()
    problem = "部分村党组织带头人年龄偏大"
    drew = set()
    for seed in range(1, 7):
        draft = draft_made("清河县", "全县基层党建工作会议", seed, minutes=20, problems=[problem])
        assert problem in draft.text
        drew |= {u.id for u in draft.uses if "问题" in library.get(u.id).tags}
    assert drew


# --- 8. A 市委巡察组's feedback to this place's own 市委 is its 书记's 表态 -------------------------------------------


@pytest.mark.parametrize(
    ("place", "meeting"),
    [
        ("江阴市", "无锡市委第二巡察组巡察江阴市委情况反馈会"),
        ("江阴市", "市委第二巡察组巡察江阴市委情况反馈会"),
        ("清河县", "邢台市委第三巡察组巡察清河县委情况反馈会"),
    ],
)
def test_an_upper_committees_inspection_of_this_committee_is_pledged(place: str, meeting: str) -> None:
    assert parse_meeting(meeting, place).kind.name == "巡察反馈表态"


def test_the_county_level_citys_pledge_names_the_inspecting_committee() -> None:
    text = draft_text("江阴市", "无锡市委第二巡察组巡察江阴市委情况反馈会", 1, minutes=8)
    assert text.startswith("# 在无锡市委第二巡察组巡察江阴市委情况反馈会上的表态发言")
    assert "无锡市委巡察组" in text and "代表的是市委的要求" not in text


@pytest.mark.parametrize(
    ("place", "meeting"),
    [("江阴市", "市委第一巡察组巡察市教育局党组情况反馈会"), ("南通市", "市委第一巡察组巡察市教育局党组情况反馈会")],
)
def test_a_committees_own_inspection_of_a_unit_is_still_its_feedback(place: str, meeting: str) -> None:
    assert parse_meeting(meeting, place).kind.name == "巡察反馈会"


# --- 3. A 应急管理 meeting speaks of the whole work, not only of floods ----------------------------------------------


@pytest.mark.parametrize("place", ["清河县", "南通市", "安定镇"])
@pytest.mark.parametrize("seed", [1, 4])
def test_an_emergency_management_meeting_deploys_more_than_the_flood(place: str, seed: int) -> None:
    library = load_library()
    draft = draft_made(place, f"全{place[-1]}应急管理工作会议", seed, minutes=15)
    tasks = [u.id for u in draft.uses if u.role.value == "point" and "任务" in library.get(u.id).tags]
    own = [i for i in tasks if "应急管理" in library.get(i).tags]
    assert len(own) * 2 >= len(tasks), tasks  # at least half its task sections are the whole work's


def test_a_flood_meeting_draws_no_emergency_management_point() -> None:
    library = load_library()
    draft = draft_made("清河县", "全县防汛抗旱工作会议", 1, minutes=20)
    assert not [u.id for u in draft.uses if "应急管理" in library.get(u.id).tags]


# --- 4. A 组织工作 meeting speaks of cadres, talent and the department itself --------------------------------------


@pytest.mark.parametrize(("place", "meeting"), [("浙江省", "全省组织工作会议"), ("南通市", "全市组织工作会议")])
def test_an_organisation_work_meeting_speaks_of_cadres_and_talent(place: str, meeting: str) -> None:
    text = draft_text(place, meeting, 1, minutes=15)
    assert "干部队伍" in text and "人才" in text and "组织部门" in text


def test_a_party_building_meeting_keeps_to_party_building() -> None:
    library = load_library()
    draft = draft_made("清河县", "全县基层党建工作会议", 1, minutes=15)
    assert not [u.id for u in draft.uses if "组织工作" in library.get(u.id).tags]


# --- 2/5. A work's own text before general sections ------------------------------------------------------------------


@pytest.mark.parametrize(("place", "meeting", "most"), [("清河县", "全县文联工作会议", 2), ("安定镇", "全镇市场监管工作会议", 3)])
@pytest.mark.parametrize("seed", [1, 30])
def test_a_twenty_minute_speech_gathers_few_general_sections(place: str, meeting: str, most: int, seed: int) -> None:
    draft = draft_made(place, meeting, seed, minutes=20)
    general = [u.id for u in draft.uses if u.role.value == "point" and u.id.startswith("point.general.")]
    assert len(general) <= most, general


# --- 6. A 省 speaks of the public-culture system, not of 广场舞 ------------------------------------------------------


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_provinces_culture_speech_leaves_town_matters_out(seed: int) -> None:
    text = draft_text("浙江省", "全省文化和旅游工作会议", seed, minutes=12)
    assert "广场舞" not in text and "乡镇综合文化站" not in text


# --- 7. A class's 要求 are the class's own ---------------------------------------------------------------------------


@pytest.mark.parametrize("seed", [1, 5])
def test_a_village_secretaries_class_gathers_no_work_area_under_its_requirements(seed: int) -> None:
    library = load_library()
    draft = draft_made("安吉县", "村（社区）党组织书记培训班开班式", seed, minutes=10)
    head = None
    for use in (u for u in draft.uses if u.role.value == "point"):
        if not use.section:
            head = use
        elif head is not None and "培训班开班式" in library.get(head.id).tags:
            assert "培训班开班式" in library.get(use.id).tags, use.id  # the class's point holds the class's sections
    assert "加强党员队伍建设" not in draft.text
