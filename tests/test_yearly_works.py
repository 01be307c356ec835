"""Works a county office meets about every year: 食品安全, 征兵/双拥/国防动员, 统计/普查.

Before their libraries (fragments/topics/food-safety.yaml, national-defense.yaml,
statistics.yaml) these meetings drew no topic and got the general skeleton with
the work name pasted in (让群众在经济普查工作中有更多获得感).
"""

from __future__ import annotations

import pytest
from work_drafts import (
    assert_deploys_its_own_work,
    assert_facts_open_the_first_point,
    assert_keeps_to_its_powers,
    assert_task_lands,
    draft_meeting,
)

from drafter.library import load_templates
from drafter.model import Role
from drafter.render import candidates, resolve_answers


@pytest.mark.parametrize(
    ("meeting", "topic", "must", "never"),
    [
        ("全县食品安全工作会议", "食品安全", set(), {"药品"}),
        ("县食品安全委员会全体会议", "食品安全", set(), {"药品"}),
        ("全县食品药品安全工作会议", "食品安全", {"药品"}, set()),
        ("全县征兵工作会议", "国防动员", {"征兵"}, {"双拥"}),
        ("全县双拥工作会议", "国防动员", {"双拥"}, {"征兵"}),
        ("全县经济普查工作动员部署会", "统计", {"普查"}, set()),
        ("全县统计工作会议", "统计", set(), {"普查"}),
    ],
)
def test_a_yearly_meeting_deploys_its_own_work(meeting, topic, must, never):
    """Most points are the work's own; a narrower work (征兵) is deployed, its neighbour (双拥) is not."""
    assert_deploys_its_own_work(meeting, topic, must, never)


def test_a_defense_mobilization_meeting_is_not_a_conscription_speech():
    """The 征兵 and 双拥 openings, closings and recognition points are for meetings that name them."""
    for seed in range(4):
        library, draft = draft_meeting("全县国防动员工作会议", seed=seed)
        frame = [set(library.get(u.id).tags) for u in draft.uses if u.role != Role.POINT]
        assert not any(t & {"征兵", "双拥"} for t in frame), seed
        assert "关于征兵工作的部署要求" not in draft.text


# Work only a 县 or above does: the 市场监管 enforcement, schools' supplier licences, college
# recruiting stations, civil air defence, statistical enforcement, army families' jobs, job fairs.
COUNTY_ONLY = ("抽检监测", "行刑衔接", "校外供餐", "高校征兵工作站", "人民防空", "统计执法", "随军家属", "专场招聘", "潜力调查")


@pytest.mark.parametrize(
    "meeting", ["全镇食品安全工作会议", "全镇征兵工作会议", "全镇双拥工作会议", "全镇经济普查工作会议", "全镇统计工作会议"]
)
def test_a_town_draft_carries_no_county_powers(meeting):
    assert_keeps_to_its_powers(meeting, "葛仙庄镇", "镇", COUNTY_ONLY)


def test_a_town_is_offered_the_grass_roots_points_and_a_county_is_not():
    library, _ = draft_meeting("全镇征兵工作会议", place="葛仙庄镇")
    template = load_templates()["work-meeting"]

    def offered(place, meeting, stage):
        answers = resolve_answers({"place": place, "meeting": meeting})
        return {f.id for f in candidates(library, Role.POINT, template, answers, stage=stage)}

    assert "point.defense.task.canvass" in offered("葛仙庄镇", "全镇征兵工作会议", "任务")
    assert "point.defense.task.canvass" not in offered("清河县", "全县征兵工作会议", "任务")
    assert "point.food.task.town-patrol" in offered("城关街道", "全街道食品安全工作会议", "任务")
    assert "point.food.task.inspection" not in offered("城关街道", "全街道食品安全工作会议", "任务")
    assert "point.food.task.inspection" in offered("清河县", "全县食品安全工作会议", "任务")


@pytest.mark.parametrize(
    ("meeting", "item", "says"),
    [
        ("全县食品安全工作会议", "推进农村集体聚餐申报备案", ("餐",)),
        ("全县统计工作会议", "做好新开工项目入库纳统", ("统",)),
        ("全县征兵工作会议", "提高大学生征集比例", ("大学生",)),
        ("全县双拥工作会议", "落实义务兵家庭优待金", ("军", "兵")),
        ("全县经济普查工作会议", "做好普查员选聘培训", ("普查",)),
    ],
)
def test_a_users_task_lands_in_the_point_about_it(meeting, item, says):
    """Not in 除以上几个方面外: the point that takes it speaks of the same thing in its own words."""
    assert_task_lands(meeting, item, says)


def test_achievements_and_problems_are_stated_in_the_recognition_point():
    assert_facts_open_the_first_point("全县食品安全工作会议", "校园食堂明厨亮灶实现全覆盖", "网络订餐投诉增多")
