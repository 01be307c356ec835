"""Works of the 党委 departments a county meets about every year: 宣传思想文化 (意识形态, 网信), 统一战线, 审计.

Before their libraries (fragments/topics/publicity-culture.yaml, united-front.yaml,
audit.yaml) these meetings drew no topic: the draft was the general skeleton with
the work name pasted in.
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
    used_ids,
)

from drafter.library import load_templates
from drafter.model import Role
from drafter.render import candidates, resolve_answers


def _point_tags(library, draft) -> list[set[str]]:
    return [set(library.get(i).tags) for i in used_ids(draft, "point")]


@pytest.mark.parametrize(
    ("meeting", "topic", "must", "never"),
    [
        ("全县宣传思想文化工作会议", "宣传思想文化", set(), set()),
        ("全县意识形态工作会议", "宣传思想文化", {"意识形态"}, set()),
        ("全县网信工作会议", "宣传思想文化", {"网信"}, {"宣传文化"}),
        ("全县网络安全和信息化工作会议", "宣传思想文化", {"网信"}, {"宣传文化"}),
        ("全县统战工作会议", "统一战线", set(), set()),
        ("全县民族团结进步工作会议", "统一战线", {"民族"}, {"党外", "宗教"}),
        ("全县宗教工作会议", "统一战线", {"宗教"}, {"党外", "民族"}),
        ("全县民族宗教工作会议", "统一战线", {"民族宗教", "民族", "宗教"}, {"党外"}),
        ("全县党外代表人士工作会议", "统一战线", {"党外"}, {"民族宗教", "民族", "宗教"}),
        ("全县审计工作会议", "审计", set(), set()),
        ("县委审计委员会会议", "审计", set(), set()),
        ("全县审计整改工作推进会", "审计", {"审计整改"}, {"审计项目"}),
        ("全县审计整改工作会议", "审计", {"审计整改"}, {"审计项目"}),
    ],
)
def test_a_party_department_meeting_deploys_its_own_work(meeting, topic, must, never):
    """Most points are the work's own; a narrower work (网信) is deployed, what it leaves out (理论武装) is not."""
    assert_deploys_its_own_work(meeting, topic, must, never, points=4)


def test_a_symposium_of_new_stratum_people_speaks_of_no_religion():
    """The 新的社会阶层人士座谈会 draws its own 党外 points and nothing of 民族宗教."""
    for seed in range(3):
        library, draft = draft_meeting("全县新的社会阶层人士座谈会", seed=seed)
        tags = _point_tags(library, draft)
        assert any("党外" in t for t in tags), seed
        assert not any(t & {"民族宗教", "民族", "宗教"} for t in tags), seed
        assert "宗教" not in draft.text, seed


@pytest.mark.parametrize(
    ("meeting", "narrower"),
    [("全县宣传思想文化工作会议", {"意识形态", "网信"}), ("全县统战工作会议", {"民族", "宗教"}), ("全县审计工作会议", {"审计整改"})],
)
def test_a_broad_meeting_does_not_open_on_a_narrower_work(meeting, narrower):
    """The 网信 / 民族宗教 / 审计整改 openings and closings are for meetings that name them."""
    for seed in range(4):
        library, draft = draft_meeting(meeting, seed=seed)
        frame = [set(library.get(u.id).tags) for u in draft.uses if u.role in (Role.OPENING, Role.CLOSING)]
        assert frame and not any(t & narrower for t in frame), (meeting, seed)


# What a 乡镇 or 街道 has none of: the propaganda and audit bureaus' powers, media, religious affairs approval.
COUNTY_ONLY = (
    "融媒体中心", "对外宣传", "文艺作品", "关键信息基础设施", "网络执法", "文化市场执法", "大中小学",
    "宗教教职人员认定", "国民教育", "城市少数民族", "党外代表人士", "工商联", "审计委员会", "预算执行",
    "政府投资项目", "隐性债务", "人大常委会", "三级网络",
)  # fmt: skip


@pytest.mark.parametrize(
    "meeting",
    [
        "全镇宣传思想文化工作会议", "全镇意识形态工作会议", "全镇网信工作会议", "全镇统战工作会议",
        "全镇民族团结进步工作会议", "全镇宗教工作会议", "全镇审计工作会议", "全镇审计整改工作推进会",
    ],
)  # fmt: skip
def test_a_town_draft_carries_no_county_powers(meeting):
    assert_keeps_to_its_powers(meeting, "葛仙庄镇", "镇", COUNTY_ONLY, points=4)


def test_a_town_is_offered_the_grass_roots_points_and_a_county_is_not():
    template = load_templates()["work-meeting"]
    library, _ = draft_meeting("全镇审计工作会议", place="葛仙庄镇")

    def offered(place, meeting):
        answers = resolve_answers({"place": place, "meeting": meeting})
        return {f.id for f in candidates(library, Role.POINT, template, answers, stage="任务")}

    town, county = offered("葛仙庄镇", "全镇审计工作会议"), offered("清河县", "全县审计工作会议")
    assert {"point.audit.task.town-finance", "point.audit.task.town-benefits"} <= town - county
    assert {"point.audit.task.budget", "point.audit.task.investment"} <= county - town
    street = offered("城关街道", "全街道意识形态工作会议")
    assert "point.publicity.task.town-ideology" in street
    assert "point.publicity.task.town-ideology" not in offered("清河县", "全县意识形态工作会议")
    assert "point.front.task.town" in offered("葛仙庄镇", "全镇宗教工作会议")
    assert "point.front.task.religion" not in offered("葛仙庄镇", "全镇宗教工作会议")
    assert "point.front.task.town-ethnic" in offered("葛仙庄镇", "全镇民族团结进步工作会议")
    assert "point.front.task.town-ethnic" not in offered("清河县", "全县民族团结进步工作会议")



@pytest.mark.parametrize(
    ("meeting", "item", "says"),
    [
        ("全县审计工作会议", "开展政府专项债券资金使用情况审计", ("债", "政策", "风险", "财政")),
        ("全县审计整改工作会议", "建立审计整改销号制度", ("整改",)),
        ("全县审计工作会议", "推进乡镇党政主要领导经济责任审计全覆盖", ("经济责任",)),
        ("全镇审计工作会议", "完成村干部离任经济责任审计", ("村", "财务")),
        ("全县宣传思想文化工作会议", "推进新时代文明实践所站提质增效", ("文明实践", "核心价值观")),
        ("全县网信工作会议", "开展清朗网络生态专项整治", ("网络",)),
        ("全县宗教工作会议", "做好宗教活动场所消防安全检查", ("场所", "宗教")),
        ("全县统战工作会议", "加强新的社会阶层人士联谊组织建设", ("社会阶层", "党外")),
    ],
)
def test_a_users_task_lands_in_the_point_about_it(meeting, item, says):
    """Not in 除以上几个方面外: the point that takes it speaks of the same thing in its own words."""
    place = "葛仙庄镇" if meeting.startswith("全镇") else "清河县"
    assert_task_lands(meeting, item, says, place=place, within=paragraph_with_heading)


def test_achievements_and_problems_are_stated_in_the_recognition_point():
    assert_facts_open_the_first_point("全县审计工作会议", "完成经济责任审计项目四十个", "部分单位整改不彻底")


@pytest.mark.parametrize("meeting", ["全县网信工作会议", "全县网络安全和信息化工作会议"])
def test_a_cyberspace_meeting_is_the_party_committees(meeting: str) -> None:
    """网信 work is led by the 县委's commission: the speaker speaks for 县委, not 县委、县政府."""
    from drafter.meeting import parse_meeting

    assert parse_meeting(meeting).convenor.host == "party"
