"""Works of county bureaus a county meets about every year: 水利, 市场监管, 交通运输.

Before their libraries (fragments/topics/water.yaml, market-regulation.yaml,
transport.yaml) a 水利工作会议, 市场监管工作会议 or 交通运输工作会议 drew no topic and
got the general skeleton with the work name pasted in.
"""

from __future__ import annotations

import pytest
from work_drafts import (
    assert_facts_open_the_first_point,
    assert_keeps_to_its_powers,
    assert_task_lands,
    draft_meeting,
    point_with,
    town_level,
    used_ids,
)

from drafter.library import load_templates
from drafter.model import Role
from drafter.render import candidates, resolve_answers
from drafter.topics import find_topics


@pytest.mark.parametrize(
    ("meeting", "topic"),
    [
        ("全县水利工作会议", "水利"),
        ("全县水务工作会议", "水利"),
        ("全县农村供水工作会议", "水利"),
        ("全县水土保持工作会议", "水利"),
        ("全县市场监管工作会议", "市场监管"),
        ("全县质量强县工作推进会", "市场监管"),
        ("全县知识产权工作会议", "市场监管"),
        ("全县特种设备安全工作会议", "市场监管"),
        ("全县交通运输工作会议", "交通运输"),
        ("全县“四好农村路”建设推进会", "交通运输"),
        ("全县农村公路路长制工作会议", "交通运输"),
    ],
)
def test_the_meeting_names_its_work(meeting, topic):
    """农村供水/农村公路 are this work, not 乡村振兴 (whose word 农村 they contain)."""
    assert [t.tag for t in find_topics(meeting)] == [topic]


@pytest.mark.parametrize(
    ("meeting", "topic"),
    [("全县道路交通安全工作会议", "安全生产"), ("全县食品安全工作会议", "食品安全"), ("全县河长制工作会议", "生态环境")],
)
def test_neighbouring_works_keep_their_topic(meeting, topic):
    assert [t.tag for t in find_topics(meeting)] == [topic]


@pytest.mark.parametrize(
    ("meeting", "topic", "must", "never"),
    [
        ("全县水利工作会议", "水利", set(), set()),
        ("全县农村供水工作会议", "水利", {"农村供水"}, {"水土保持"}),
        ("全县水土保持工作会议", "水利", {"水土保持"}, {"农村供水"}),
        ("全县市场监管工作会议", "市场监管", set(), set()),
        ("全县知识产权工作会议", "市场监管", {"知识产权"}, {"特种设备"}),
        ("全县质量强县工作推进会", "市场监管", {"质量"}, {"特种设备"}),
        ("全县交通运输工作会议", "交通运输", set(), set()),
        ("全县“四好农村路”建设推进会", "交通运输", {"农村公路"}, set()),
    ],
)
def test_a_bureau_meeting_deploys_its_own_work(meeting, topic, must, never):
    """Most points are the work's own; a narrower work named is deployed, its neighbour (供水/水保) is not."""
    for seed in range(3):
        library, draft = draft_meeting(meeting, seed=seed, points=5, minutes=20)
        points = [set(library.get(i).tags) for i in used_ids(draft, "point")]
        assert sum(topic in t for t in points) > len(points) / 2, (meeting, seed, used_ids(draft, "point"))
        assert not must or any(t & must for t in points), (meeting, seed)
        assert not any(set(library.get(u.id).tags) & never for u in draft.uses), (meeting, seed)
        assert topic.removesuffix("工作") in draft.text.split("\n", 1)[1]


@pytest.mark.parametrize("meeting", ["全县质量强县工作推进会", "全县知识产权工作会议"])
def test_a_narrower_bureau_meeting_names_the_bureau_s_work(meeting):
    """质量强县 and 知识产权 are 市场监管's work: a plain draft (three points) names it, whatever the seed. Seed 3 of the
    place-mixed draws spoke of 手中有权力 and 涉企检查 without ever saying whose work it was."""
    for seed in range(4):
        _, draft = draft_meeting(meeting, seed=seed)
        assert "市场监管" in draft.text.split("\n", 1)[1], (seed, draft.text)


# Work only a 县 or above has a bureau for: projects, licences, enforcement, transport capacity.
COUNTY_ONLY = ("取水许可", "水土保持方案", "采砂规划", "公平竞争审查", "登记注册", "质量基础设施", "专利布局",
               "治超", "运力", "干线公路", "部门之间", "水利部门的天职")  # fmt: skip


@pytest.mark.parametrize(
    ("meeting", "place"),
    [
        ("全镇水利工作会议", "葛仙庄镇"),
        ("全镇农村供水工作会议", "葛仙庄镇"),
        ("全街道市场监管工作会议", "城关街道"),
        ("全镇交通运输工作会议", "葛仙庄镇"),
        ("全镇农村公路管护工作会议", "葛仙庄镇"),
    ],
)
def test_a_town_draft_carries_no_county_powers(meeting, place):
    assert_keeps_to_its_powers(meeting, place, town_level(place), COUNTY_ONLY)


def test_a_town_is_offered_the_grass_roots_points_and_a_county_is_not():
    library, _ = draft_meeting("全镇水利工作会议", place="葛仙庄镇")
    template = load_templates()["work-meeting"]

    def offered(place, meeting):
        answers = resolve_answers({"place": place, "meeting": meeting})
        return {f.id for f in candidates(library, Role.POINT, template, answers, stage="任务")}

    assert "point.water.task.town" in offered("葛仙庄镇", "全镇水利工作会议")
    assert "point.water.task.town" not in offered("清河县", "全县水利工作会议")
    assert "point.water.task.projects" not in offered("葛仙庄镇", "全镇水利工作会议")
    assert "point.transport.task.town" in offered("葛仙庄镇", "全镇交通运输工作会议")
    assert "point.transport.task.rural-roads" not in offered("葛仙庄镇", "全镇交通运输工作会议")
    assert "point.market.task.town" in offered("城关街道", "全街道市场监管工作会议")
    assert "point.market.task.competition" not in offered("城关街道", "全街道市场监管工作会议")



@pytest.mark.parametrize(
    ("meeting", "place", "item", "says"),
    [
        ("全县水利工作会议", "清河县", "推进灌区续建配套改造", ("灌区",)),
        ("全县农村供水工作会议", "清河县", "加强农村饮用水水质检测", ("水质",)),
        ("全县市场监管工作会议", "清河县", "开展老旧电梯更新改造", ("电梯",)),
        ("全县交通运输工作会议", "清河县", "推进城乡客运一体化", ("客运",)),
        ("全镇农村公路管护工作会议", "葛仙庄镇", "整治占道晒粮", ("路",)),
    ],
)
def test_a_users_task_lands_in_the_point_about_it(meeting, place, item, says):
    """Not in 除以上几个方面外: the point that takes it speaks of the same thing in its own words."""
    assert_task_lands(meeting, item, says, place=place, within=point_with)


def test_achievements_and_problems_are_stated_in_the_recognition_point():
    assert_facts_open_the_first_point("全县交通运输工作会议", "新改建农村公路项目全部完工", "部分路段养护不到位")
