"""人大, 政协 and 群团 (工会, 共青团): meetings a 县委 holds every year on the bodies it leads.

Before their libraries (fragments/topics/people-congress.yaml, cppcc.yaml,
mass-organizations.yaml) these meetings drew no topic: the draft was the general
skeleton with the work name pasted in. A 镇 has a 人大主席团 but no 人大常委会 and
no 政协 of its own, so its drafts keep to what it does.
"""

from __future__ import annotations

import pytest
from work_drafts import (
    assert_deploys_its_own_work,
    assert_facts_open_the_first_point,
    assert_keeps_to_its_powers,
    assert_task_lands,
    draft_meeting,
    paragraph_with_heading,
)

from drafter.library import load_templates
from drafter.meeting import parse_meeting
from drafter.model import Role
from drafter.render import candidates, resolve_answers


@pytest.mark.parametrize(
    ("meeting", "topic", "must", "never"),
    [
        ("县委人大工作会议", "人大", set(), set()),
        ("全县人大代表工作座谈会", "人大", {"代表"}, set()),
        ("全县乡镇人大工作座谈会", "人大", {"乡镇人大"}, set()),
        ("县委政协工作会议", "政协", set(), set()),
        ("全县政协委员履职工作座谈会", "政协", {"委员"}, set()),
        ("县委群团工作会议", "群团", set(), set()),
        ("全县工会工作会议", "群团", {"工会"}, {"共青团", "群团综合"}),
        ("全县共青团工作会议", "群团", {"共青团"}, {"工会", "群团综合"}),
    ],
)
def test_a_meeting_deploys_its_own_work(meeting, topic, must, never):
    """Most points are the work's own; a 工会 meeting speaks of no 共青团 work and the other way round."""
    assert_deploys_its_own_work(meeting, topic, must, never, points=4)


@pytest.mark.parametrize(
    "meeting",
    [
        "县委人大工作会议",
        "全县人大工作会议",
        "全县政协工作会议",
        "县委群团工作会议",
        "全县工会工作会议",
        "全县共青团工作会议",
    ],
)
def test_the_speaker_speaks_for_the_party_committee(meeting):
    """The 县委 leads 人大, 政协 and 群团 work: the speaker speaks for 县委, not 县委、县政府."""
    assert parse_meeting(meeting).convenor.host == "party"
    _, draft = draft_meeting(meeting, seed=1)
    assert "县委、县政府" not in draft.text.split("\n## ")[0]


# A 镇 has a 人大主席团, no 人大常委会 and no 政协; it does not run the county's youth and union work.
TOWN_NEVER = {
    "全镇人大工作会议": (
        "人大常委会",
        "执法检查",
        "专题询问",
        "备案审查",
        "人事任免",
        "一府一委两院",
        "地方立法",
        "预算审查",
    ),
    "全镇人大代表工作会议": ("人大常委会", "执法检查", "专题询问", "常委会会议"),
    "全镇政协工作会议": (
        "政协党组",
        "提案办理",
        "提案质量",
        "界别",
        "专门委员会",
        "政协常委会",
        "支持政协依照章程",
    ),
    "全镇群团工作会议": ("疗休养", "少先队辅导员", "产业工人队伍建设改革", "提拔使用", "城市建设"),
    "全镇工会工作会议": ("疗休养", "产业工人队伍建设改革", "提拔使用"),
    "全镇共青团工作会议": ("少先队辅导员", "城市建设", "提拔使用"),
}


@pytest.mark.parametrize("meeting", TOWN_NEVER)
def test_a_town_draft_keeps_to_its_powers(meeting):
    assert_keeps_to_its_powers(meeting, "葛仙庄镇", "镇", TOWN_NEVER[meeting], points=4)


def test_a_street_has_no_congress_presidium():
    """A 街道 is no level of the 人大: it has neither 人大主席团 nor 人代会 of its own."""
    assert_keeps_to_its_powers(
        "全街道人大工作会议", "城关街道", "街道", ("人大主席团", "人代会", "人大常委会"), points=4
    )


def _offered(place: str, meeting: str, stage: str) -> set[str]:
    template = load_templates()["work-meeting"]
    library, _ = draft_meeting(meeting, place=place)
    answers = resolve_answers({"place": place, "meeting": meeting})
    return {f.id for f in candidates(library, Role.POINT, template, answers, stage=stage)}


def test_a_town_is_offered_its_own_points_and_a_county_is_not():
    town, county = (
        _offered("葛仙庄镇", "全镇人大工作会议", "任务"),
        _offered("清河县", "全县人大工作会议", "任务"),
    )
    assert "point.npc.task.town-session" in town - county
    assert {
        "point.npc.task.supervision",
        "point.npc.task.budget",
        "point.npc.task.town-congress",
    } <= county - town
    town, county = (
        _offered("葛仙庄镇", "全镇政协工作会议", "任务"),
        _offered("清河县", "全县政协工作会议", "任务"),
    )
    assert "point.cppcc.task.town-liaison" in town - county
    assert {"point.cppcc.task.proposals", "point.cppcc.task.consultation"} <= county - town
    assert "point.cppcc.guard.town" in _offered("城关街道", "全街道政协工作会议", "保障")
    assert "point.cppcc.guard.leadership" not in _offered("葛仙庄镇", "全镇政协工作会议", "保障")


def test_a_town_congress_draft_deploys_its_presidium():
    """A 镇's 人大 speech speaks of its own 人代会 and 人大主席团 (镇人大主席团), never the county's 常委会."""
    for seed in range(3):
        _, draft = draft_meeting(
            "全镇人大主席团工作会议", place="葛仙庄镇", seed=seed, points=4, minutes=20
        )
        assert "镇人大主席团" in draft.text, seed
        assert "人大常委会" not in draft.text, seed



@pytest.mark.parametrize(
    ("meeting", "item", "says"),
    [
        ("县委人大工作会议", "开展预算联网监督", ("预算", "财政")),
        (
            "县委人大工作会议",
            "推进代表联络站提质增效",
            ("联络站", "代表", "群众有序参与", "人民民主"),
        ),
        ("县委政协工作会议", "开展营商环境民主监督", ("民主监督",)),
        ("县委政协工作会议", "提高提案办理质量", ("提案",)),
        (
            "全县工会工作会议",
            "推进新就业形态劳动者入会",
            ("新就业形态", "入会", "劳动关系", "职工"),
        ),
        ("全县共青团工作会议", "做好推优入党工作", ("推优", "团员")),
        ("全镇群团工作会议", "配强村团支部书记", ("团支部", "团组织")),
    ],
)
def test_a_users_task_lands_in_the_point_about_it(meeting, item, says):
    """Not in 除以上几个方面外: the point that takes it speaks of the same thing in its own words."""
    place = "葛仙庄镇" if meeting.startswith("全镇") else "清河县"
    assert_task_lands(meeting, item, says, place=place, within=paragraph_with_heading)


def test_achievements_and_problems_are_stated_in_the_recognition_point():
    assert_facts_open_the_first_point("县委政协工作会议", "围绕重点产业开展专题协商", "部分提案办理重答复轻落实")
