"""人才, 住建 and 自然资源 meetings: each finds its topic and deploys its own work; a town keeps to its powers.

Before these libraries a 人才工作会议, a 住建工作会议 or a 自然资源工作会议 drew no topic (the general
skeleton with the work name pasted in), and an 耕地保护 meeting spoke only of 粮食生产 and 和美乡村.
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

from drafter.topics import find_topics, narrower_tags


@pytest.mark.parametrize(
    ("meeting", "topics"),
    [
        ("全县人才工作会议", ["人才"]),
        ("县人才工作领导小组会议", ["人才"]),
        ("全县招才引智工作推进会", ["人才"]),
        ("全镇乡村人才振兴工作会议", ["人才"]),  # 乡村人才振兴 is no 乡村振兴 meeting
        ("全县住房和城乡建设工作会议", ["住建"]),
        ("全县房地产工作会议", ["住建"]),
        ("全县农村危房改造工作会议", ["住建"]),  # 农村 is 乡村振兴's word, 农村危房 the longer one
        ("全县物业管理工作会议", ["住建"]),
        ("全县自然资源工作会议", ["自然资源"]),
        ("全县国土空间规划工作会议", ["自然资源"]),
        ("全县卫片执法工作会议", ["自然资源"]),
        ("全县不动产登记工作会议", ["自然资源"]),
        # 耕地保护 is both works: 乡村振兴's 耕地 (粮食, 高标准农田) and 自然资源's (田长制, 占补平衡, 违法占地).
        ("全县耕地保护工作会议", ["乡村振兴", "自然资源"]),
        # 科技创新 has its own topic: a meeting on both speaks of both; a 人才 meeting alone is neither 科技创新 nor 经济工作.
        ("全县科技创新和人才工作大会", ["科技创新", "人才"]),
    ],
)
def test_the_meeting_names_its_work(meeting, topics):
    assert [t.tag for t in find_topics(meeting)] == topics


@pytest.mark.parametrize(
    ("meeting", "topic"),
    [("全县城镇燃气安全工作会议", "安全生产"), ("全县老旧小区改造工作推进会", "城市管理"), ("全县矿山安全生产工作会议", "安全生产")],
)
def test_neighbouring_works_keep_their_topic(meeting, topic):
    assert [t.tag for t in find_topics(meeting)] == [topic]


@pytest.mark.parametrize(
    ("meeting", "topic", "must", "never", "minutes"),
    [
        ("全县人才工作会议", "人才", set(), set(), 20),
        ("全县乡村人才振兴工作会议", "人才", {"乡村人才"}, set(), 20),
        ("全县住房和城乡建设工作会议", "住建", set(), set(), 20),
        ("全县自然资源工作会议", "自然资源", set(), set(), 20),
        # A narrower work at the default length (about 10 minutes): at 20 the frame's general sections fill in.
        ("全县房地产工作会议", "住建", {"房地产"}, {"农房", "建筑业"}, None),
        ("全县农村危房改造工作会议", "住建", {"农房"}, {"房地产", "物业", "建筑业"}, None),
        ("全县物业管理工作会议", "住建", {"物业"}, {"农房", "建筑业"}, None),
        ("全县卫片执法工作会议", "自然资源", {"耕保"}, {"矿产", "不动产"}, None),
        ("全县不动产登记工作会议", "自然资源", {"不动产"}, {"矿产", "耕保"}, None),
        ("全县矿产资源管理工作会议", "自然资源", {"矿产"}, {"不动产", "耕保"}, None),
    ],
)
def test_a_meeting_deploys_its_own_work(meeting, topic, must, never, minutes):
    """Most points are the work's own; a narrower work named is deployed, its neighbours are not."""
    length = {"minutes": minutes} if minutes else {}
    for seed in range(3):
        library, draft = draft_meeting(meeting, seed=seed, points=5, **length)
        points = [set(library.get(i).tags) for i in used_ids(draft, "point")]
        assert sum(topic in t for t in points) > len(points) / 2, (meeting, seed, used_ids(draft, "point"))
        assert not must or any(t & must for t in points), (meeting, seed)
        assert not any(set(library.get(u.id).tags) & never for u in draft.uses), (meeting, seed)


def test_a_farmland_meeting_speaks_of_both_works_and_of_nothing_else_in_natural_resources():
    """An 耕地保护 meeting: 田长制/占补平衡/违法占地 and 粮食; no 矿产, 不动产登记 or 国土空间规划 points."""
    for seed in range(3):
        library, draft = draft_meeting("全县耕地保护工作会议", seed=seed, points=5, minutes=20)
        tags = [set(library.get(u.id).tags) for u in draft.uses]
        points = [set(library.get(i).tags) for i in used_ids(draft, "point")]
        assert any("耕保" in t for t in points) and any("耕地" in t for t in points), (seed, used_ids(draft, "point"))
        assert not any(t & {"矿产", "不动产", "国土空间", "用地"} for t in tags), seed
        assert "三农" not in draft.text.split("\n## ")[0], seed  # it opens on 耕地, not on 三农工作


def test_a_farmland_meeting_of_default_length_deploys_farmland_not_rural_reform():
    """Its one task point is about 耕地 (乡村振兴's grain point or a 耕保 point), never 农村改革."""
    for seed in range(3):
        library, draft = draft_meeting("全县耕地保护工作会议", seed=seed)
        tasks = [i for i in used_ids(draft, "point") if library.get(i).stage == "任务"]
        assert tasks and all({"耕地", "耕保"} & set(library.get(i).tags) for i in tasks), (seed, tasks)
        assert "point.rural.task.rural-reform" not in used_ids(draft, "point"), seed
    assert narrower_tags("全县耕地保护工作会议") == {"耕地", "耕保"}


# What only a 县 or above does: a 镇 or 街道 runs no 人才 funds or 职业学校, sells no land, handles no 保交房.
COUNTY_ONLY = ("人才发展资金", "职业学校", "揭榜挂帅", "人才工作领导小组", "保交房", "预售资金", "公租房", "调控",
               "建筑市场", "土地出让", "矿业权", "用地审批", "占补平衡", "详细规划", "不动产登记", "房产证",
               "部门协同", "年度考核")  # fmt: skip


@pytest.mark.parametrize(
    ("meeting", "place"),
    [
        ("全镇人才工作会议", "葛仙庄镇"),
        ("全街道人才工作会议", "城关街道"),
        ("全镇住建工作会议", "葛仙庄镇"),
        ("全街道物业管理工作会议", "城关街道"),
        ("全镇自然资源工作会议", "葛仙庄镇"),
        ("全镇违法占地整治工作会议", "葛仙庄镇"),
    ],
)
def test_a_town_draft_carries_no_county_powers(meeting, place):
    assert_keeps_to_its_powers(meeting, place, town_level(place), COUNTY_ONLY, points=4)


def test_a_town_speaks_of_what_it_does():
    """农房建设管理 in a 镇's 住建 speech, 违法占地巡查 in its 自然资源 speech, 小区治理 in a 街道's."""
    for seed in range(3):
        assert "农村建房" in draft_meeting("全镇住建工作会议", place="葛仙庄镇", seed=seed, points=4)[1].text
        assert "巡查" in draft_meeting("全镇自然资源工作会议", place="葛仙庄镇", seed=seed, points=4)[1].text
        assert "业主委员会" in draft_meeting("全街道物业管理工作会议", place="城关街道", seed=seed, points=4)[1].text



@pytest.mark.parametrize(
    ("meeting", "place", "item", "says"),
    [
        ("全县人才工作会议", "清河县", "建设青年人才驿站", ("青年",)),
        ("全县农村危房改造工作会议", "清河县", "开展农村低收入群体住房安全动态监测", ("危房",)),
        ("全县住房和城乡建设工作会议", "清河县", "推进收购存量商品房用作保障性住房", ("存量",)),
        ("全县物业管理工作会议", "清河县", "推行无物业小区社区托管", ("物业",)),
        ("全县自然资源工作会议", "清河县", "推进批而未供土地消化", ("批而未供",)),
        ("全镇违法占地整治工作会议", "葛仙庄镇", "开展乱占耕地建房问题排查", ("巡查",)),
    ],
)
def test_a_users_task_lands_in_the_point_about_it(meeting, place, item, says):
    """Not in 除以上几个方面外: the point that takes it speaks of the same thing in its own words."""
    assert_task_lands(meeting, item, says, place=place, within=point_with)


def test_achievements_and_problems_are_stated_in_the_recognition_point():
    assert_facts_open_the_first_point("全县住房和城乡建设工作会议", "完成农村危房改造三百余户", "部分楼盘交付延期")
