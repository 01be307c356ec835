"""Drafts read as the leader's writer and as 审稿人 (review21).

- A department's own meeting (县应急管理局2026年安全生产工作会议, 市教育局…, 县卫健局…) speaks as the department: no
  point or sub-point only a 党委、政府 meeting says (党政领导要靠前指挥, 让党委在教育工作中总揽全局, 考核各县（市、区）),
  and its opening and closing speak to the department's units (局机关和各学校), not 各乡镇（街道）、县直各部门. What the
  points say of the level's departments (县直各部门要严格履行行业领域安全监管职责) stays as it is.
"""

from __future__ import annotations

import pytest

from drafter.library import load_library, load_templates
from drafter.render import render_draft

SHIPPED = load_library()
TEMPLATES = load_templates()


def _draft(place: str, meeting: str, seed: int, template: str = "work-meeting", picks=(), **answers: object):
    answers = {"place": place, "meeting": meeting, **answers}
    return render_draft(SHIPPED, TEMPLATES[template], answers, seed=seed, picks=picks)


def _before_points(text: str) -> str:
    return text.split("## 一、", 1)[0]


def _closing(text: str) -> str:
    return text.rsplit("\n\n", 1)[1]


# Headings and words only a 党委、政府 meeting says (every alternative of the tagged headings).
_LEADERSHIP_ONLY = (
    "落实党政领导责任", "领导干部要以上率下抓安全", "党政领导要靠前指挥", "党委在教育工作中总揽全局", "党委统一领导的教育工作体制",
    "压实政府办医责任", "政府办医的责任要扛起来", "把政府办医职责落到实处", "党政主要负责同志",
)  # fmt: skip


@pytest.mark.parametrize(("place", "meeting", "picks"), [
    ("清河县", "县应急管理局2026年安全生产工作会议", ("point.safety.guard.responsibility",)),
    ("南通市", "市教育局2026年工作会议", ()),  # its 保障 point was 让党委在教育工作中总揽全局 (review20)
    ("清河县", "县卫健局2026年卫生健康工作会议", ("point.health.safeguard.leadership",)),
])  # fmt: skip
def test_a_departments_own_meeting_does_not_speak_as_the_party_committee(place: str, meeting: str, picks) -> None:
    for seed in range(1, 7):
        text = _draft(place, meeting, seed, picks=picks).text
        assert not [w for w in _LEADERSHIP_ONLY if w in text], text
        assert "考核各县" not in text


def test_the_same_work_at_the_county_meeting_keeps_the_leaderships_sub_point() -> None:
    text = _draft("清河县", "全县安全生产工作会议", 1, picks=("point.safety.guard.responsibility",)).text
    assert "党政主要负责同志" in text
    assert "县直各部门要" in text or "县直各部门各负其责" in text or "县直各部门要各负其责" in text


@pytest.mark.parametrize(("place", "meeting", "room"), [
    ("清河县", "县应急管理局2026年安全生产工作会议", "局机关和局属各单位"),
    ("南通市", "市教育局2026年工作会议", "局机关和各学校"),
    ("清河县", "县卫健局2026年卫生健康工作会议", "局机关和各医疗卫生单位"),
])  # fmt: skip
def test_a_departments_own_meeting_speaks_to_its_own_units(place: str, meeting: str, room: str) -> None:
    below = {"清河县": ("各乡镇（街道）", "县直各部门"), "南通市": ("各县（市、区）", "市直各部门")}[place]
    spoken_to = 0
    for seed in range(1, 9):
        text = _draft(place, meeting, seed).text
        frame = _before_points(text) + _closing(text)
        assert not [w for w in below if w in frame], frame
        assert f"{room}、{room}" not in text and "各学校和各学校" not in text
        spoken_to += room in frame
    assert spoken_to or place == "南通市"  # some opening or closing speaks to the hall (教育: 动员全市上下 in these seeds)


def test_the_departments_own_meeting_still_says_what_the_other_departments_supervise() -> None:
    text = _draft("清河县", "县应急管理局2026年安全生产工作会议", 1, picks=("point.safety.guard.responsibility",)).text
    assert "县直各部门" in text.split("## 三、", 1)[1]  # 行业监管: the other departments' duty, said as before


def test_the_county_meeting_still_speaks_to_its_towns_and_departments() -> None:
    said = [_before_points(_draft("清河县", "全县安全生产工作会议", seed).text) for seed in range(1, 9)]
    assert any("各乡镇（街道）、县直各部门" in opening for opening in said)


# A gathered 乡村振兴 point (review21): 防返贫 and 涉农风险 together (with 粮食安全, three 底线 and nothing to build), or
# 农民增收, 治理 and 绿色 with neither 产业 nor 和美乡村, is not the speech a writer gives a 乡村振兴 meeting.
_BOTTOM_LINES = {"point.rural.task.prevent-poverty", "point.rural.task.rural-risks"}
_CORE = {"point.rural.task.rural-industry", "point.rural.task.livable-villages"}


@pytest.mark.parametrize(("place", "meeting", "seeds"), [
    ("清河县", "全县乡村振兴工作会议", (3, 8, 10, 11)),  # on main: 增收+粮食+治理; 粮食+防返贫+涉农风险 …
    ("古楼乡", "全乡乡村振兴工作会议", (2, 8, 9)),
    ("三河镇", "全镇乡村振兴工作会议", (1, 9, 10)),
])  # fmt: skip
def test_a_gathered_rural_point_holds_one_bottom_line_and_something_to_build(place: str, meeting: str, seeds) -> None:
    for seed in seeds:
        areas = {u.id for u in _draft(place, meeting, seed).uses if u.id.startswith("point.rural.task.")}
        assert len(areas) == 3, areas
        assert len(areas & _BOTTOM_LINES) <= 1, (seed, areas)
        assert areas & _CORE, (seed, areas)


def test_an_advance_meetings_transition_refers_to_no_progress_or_problems_nobody_gave() -> None:
    for seed in (1, 3, 8):  # on main: 对照进度、正视问题 / 针对前一阶段暴露出的问题, with no 成绩 or 问题 given
        text = _draft("清河县", "全县安全生产工作推进会", seed, "advance", picks=("transition.advance.three-steps",)).text
        assert "对照进度" not in text and "前一阶段暴露" not in text, text


def test_a_street_settles_disputes_in_its_communities_not_in_villages_and_towns() -> None:
    answers = {"superior": "清河县"}
    street = _draft("城关街道", "全街道平安建设工作会议", 1, picks=("point.peace.know.fengqiao",), **answers).text
    assert "小事不出村" not in street and "小事不出社区、大事不出街道" in street
    county = _draft("清河县", "全县平安建设工作会议", 1, picks=("point.peace.know.fengqiao",)).text
    assert "小事不出村、大事不出镇" in county


def test_a_town_safety_speech_leaves_escape_rooms_and_script_games_to_the_county() -> None:
    for seed in (3, 6, 7, 10):  # on main: 对密室逃脱、剧本娱乐、电竞酒店…… in a 镇's new-sectors area
        assert "密室逃脱" not in _draft("三河镇", "全镇安全生产工作会议", seed).text


def test_a_departments_own_meeting_thanks_no_public_who_are_not_in_its_hall() -> None:
    for seed in range(1, 9):  # on main: 向一直关心支持这项工作的各界人士 at 县卫健局's own meeting
        opening = _before_points(_draft("清河县", "县卫健局2026年卫生健康工作会议", seed).text)
        assert "各界" not in opening, opening


def test_a_health_meeting_opens_and_closes_on_health_not_on_the_birth_policy() -> None:
    # on main: 这次……会议，就是要把上级关于促进人口高质量发展的部署要求落到我县实处…… over 医共体 and 职业健康
    for seed in (1, 2, 8, 11):
        text = _draft("清河县", "县卫健局2026年卫生健康工作会议", seed).text
        assert "生育支持" not in _before_points(text) + _closing(text)
    population = _draft("清河县", "全县人口工作会议", 1).text
    assert "生育" in _before_points(population)  # a meeting on 人口 still opens on it


def test_a_street_sends_its_cadres_into_its_communities_not_into_village_groups() -> None:
    text = _draft("城关街道", "全街道平安建设工作推进会", 1, "advance", picks=("point.peace.task.disputes",), superior="清河县").text
    assert "村组" not in text, text  # on main: 让基层干部、网格员、调解员走进村组、社区和企业


def test_the_emergency_bureaus_flood_meeting_is_on_floods_alone() -> None:
    # on main: 应急管理 of 县应急管理局 named the whole of 防汛抗旱: 统筹抗旱减灾 and 把防汛抗旱责任压到底 at a 防汛 meeting
    for seed in (1, 2, 3):
        draft = _draft("清河县", "县应急管理局2026年防汛工作会议", seed)
        drought = [u.id for u in draft.uses if "drought" in u.id]  # the areas and points tagged 抗旱
        assert not drought and "统筹抗旱减灾" not in draft.text and "防汛抗旱责任" not in draft.text, (drought, draft.text)


def test_a_countys_street_answers_to_the_county() -> None:
    # on main: 城关街道 with superior 清河县 said 对照……区委、区政府的要求
    text = _draft("城关街道", "全街道乡村振兴工作会议", 1, superior="清河县").text
    assert "区委" not in text and "县委" in text, text
