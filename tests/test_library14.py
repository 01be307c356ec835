"""财政, 机关党建 and 医疗保障 meetings: each finds its own work and deploys it; a town keeps to its powers.

Before these libraries a 全县财政工作会议 (or 税收, 预算管理, 政府债务管理) drew no topic (the general skeleton
with the work name pasted in: 深化改革创新，增强财政工作的动力和活力), a 全县机关党建工作会议 drew 基层党建's
农村基层党组织 points, and a 全县医疗保障工作会议 or 城乡居民医保征缴工作会议 drew 卫生健康's 医改 and 一老一小.
A 全县人武工作会议 drew nothing; it is 国防动员 (党管武装).
"""

from __future__ import annotations

import pytest
from work_drafts import (
    assert_announced_count_is_points,
    assert_deploys_its_own_work,
    assert_facts_open_the_first_point,
    assert_keeps_to_its_powers,
    assert_task_lands,
    draft_meeting,
    point_with,
    town_level,
)

from drafter.meeting import parse_meeting
from drafter.render import resolve_answers
from drafter.render.values import level_context
from drafter.topics import find_topics


@pytest.mark.parametrize(
    ("meeting", "topics"),
    [
        ("全县财政工作会议", ["财政"]),
        ("全县税收工作会议", ["财政"]),
        ("全县财税工作会议", ["财政"]),
        ("全县预算管理工作会议", ["财政"]),
        ("全县政府债务管理工作会议", ["财政"]),
        ("全县机关党建工作会议", ["机关党建"]),  # not 基层党建: 机关党建 holds 党建
        ("全县模范机关创建推进会", ["机关党建"]),
        ("全县医疗保障工作会议", ["医疗保障"]),  # not 卫生健康: 医疗保障 holds 医疗
        ("全县城乡居民医保征缴工作会议", ["医疗保障"]),
        ("全县医保基金监管工作会议", ["医疗保障"]),
        ("全县人武工作会议", ["国防动员"]),
        ("全县人民武装工作会议", ["国防动员"]),
    ],
)
def test_the_meeting_names_its_work(meeting, topics):
    assert [t.tag for t in find_topics(meeting)] == topics


@pytest.mark.parametrize(
    ("meeting", "topic"),
    [
        ("全县卫生健康工作会议", "卫生健康"),
        ("全县医改工作会议", "卫生健康"),
        ("全县基层党建工作会议", "基层党建"),
        ("全县审计工作会议", "审计"),
        ("全县社保扩面工作会议", "就业社保"),
        ("全县社保基金监管工作会议", "就业社保"),  # 基金监管 alone is not 医保's
        ("县委人大工作会议", "人大"),
        ("全县机关作风建设大会", "党风廉政"),
    ],
)
def test_neighbouring_works_keep_their_topic(meeting, topic):
    assert [t.tag for t in find_topics(meeting)] == [topic]


def test_an_organ_party_building_meeting_is_the_party_committees():
    """The speaker of a 机关党建 or 模范机关 meeting speaks for 县委, not for 县委、县政府."""
    for meeting in ("全县机关党建工作会议", "全县模范机关创建推进会"):
        assert parse_meeting(meeting).convenor.name == "党委"
        assert level_context(resolve_answers({"place": "清河县", "meeting": meeting}))["host"] == "县委"


@pytest.mark.parametrize(
    ("meeting", "topic", "must", "never"),
    [
        ("全县财政工作会议", "财政", set(), {"经济工作", "审计", "人大"}),
        ("全县税收工作会议", "财政", {"税收"}, {"经济工作", "营商环境"}),
        ("全县政府债务管理工作会议", "财政", {"债务"}, {"经济工作", "审计"}),
        ("全县机关党建工作会议", "机关党建", set(), {"基层党建", "党风廉政"}),
        ("全县医疗保障工作会议", "医疗保障", set(), {"卫生健康", "就业社保"}),
        ("全县城乡居民医保征缴工作会议", "医疗保障", {"医保征缴"}, {"卫生健康", "就业社保"}),
        ("全县医保基金监管工作会议", "医疗保障", {"医保基金"}, {"卫生健康"}),
    ],
)
def test_a_meeting_deploys_its_own_work(meeting, topic, must, never):
    """Most points are the work's own; a narrower part named is deployed; neighbouring works are not drawn."""
    assert_deploys_its_own_work(meeting, topic, must, never)


@pytest.mark.parametrize(
    ("meeting", "says", "never"),
    [
        # The draft a user reads: the work's own matter, not the general skeleton with the name pasted in.
        ("全县财政工作会议", ("三保", "过紧日子", "预算", "财源", "债务"), ("增强财政工作的动力和活力",)),
        ("全县机关党建工作会议", ("模范机关", "两张皮", "三会一课", "两个维护", "机关党员干部", "机关党组织"), ("农村基层党组织", "村党组织书记")),
        ("全县医疗保障工作会议", ("参保", "医保基金", "欺诈骗保", "三重制度", "结算"), ("医共体", "一老一小", "公立医院")),
    ],
)
def test_a_draft_speaks_of_its_work(meeting, says, never):
    for seed in range(3):
        text = draft_meeting(meeting, seed=seed)[1].text
        assert sum(w in text for w in says) >= 2, (meeting, seed)
        assert [w for w in never if w in text] == [], (meeting, seed)


@pytest.mark.parametrize("meeting", ["全县财政工作会议", "全县机关党建工作会议", "全县医疗保障工作会议"])
@pytest.mark.parametrize("points", [3, 4, 5])
def test_the_announced_count_is_the_count_of_points(meeting, points):
    """下面，我讲五点意见 is followed by five points, each the work's own or a general one, none repeated."""
    for seed in range(2):
        library, draft = draft_meeting(meeting, seed=seed, points=points)
        assert_announced_count_is_points(meeting, seed, draft, points)


# What only a county or above does: 专项债券 and 融资平台, 零基预算 and 绩效, 税收征管; 机关工委 and 部门党组;
# 医保支付方式改革, 带量采购, 智能监管, 定点准入.
COUNTY_ONLY = ("专项债券", "融资平台", "零基预算", "预算绩效", "综合治税", "税收执法", "机关工委", "党组（党委）",
               "部门主要负责同志", "支付方式", "带量采购", "智能监管", "定点准入", "协议管理")  # fmt: skip


@pytest.mark.parametrize(
    ("meeting", "place"),
    [
        ("全镇财政工作会议", "葛仙庄镇"),
        ("全街道财政工作会议", "城关街道"),
        ("全镇机关党建工作会议", "葛仙庄镇"),
        ("全街道机关党建工作会议", "城关街道"),
        ("全乡城乡居民医保征缴工作会议", "大河乡"),
        ("全镇医疗保障工作会议", "葛仙庄镇"),
    ],
)
def test_a_town_draft_carries_no_county_powers(meeting, place):
    assert_keeps_to_its_powers(meeting, place, town_level(place), COUNTY_ONLY, points=4)


def test_a_town_speaks_of_what_it_does():
    """A 镇 keeps its 村级财务 and sends cadres round every house to enrol; a 街道 has no 村 or 惠民惠农 subsidy."""
    for seed in range(3):
        town = draft_meeting("全镇财政工作会议", place="葛仙庄镇", seed=seed, minutes=20)[1].text
        assert "村级" in town or "村（社区）" in town, seed
        street = draft_meeting("全街道财政工作会议", place="城关街道", seed=seed, minutes=20)[1].text
        assert "惠民惠农" not in street and "村级" not in street, seed
        assert "户" in draft_meeting("全乡城乡居民医保征缴工作会议", place="大河乡", seed=seed)[1].text


@pytest.mark.parametrize(
    ("meeting", "place", "item", "says"),
    [
        ("全县财政工作会议", "清河县", "推进零基预算改革", ("预算",)),
        ("全县财政工作会议", "清河县", "加快专项债券资金支出进度", ("债券", "债务")),
        ("全县税收工作会议", "清河县", "完善协税护税网络", ("共治", "协作")),
        ("全县机关党建工作会议", "清河县", "推进机关党支部标准化规范化建设", ("支部", "三会一课")),
        ("全县机关党建工作会议", "清河县", "开展模范机关创建示范单位评选", ("模范机关", "创建")),
        ("全县医疗保障工作会议", "清河县", "开展打击欺诈骗保专项整治", ("骗保", "医保基金")),
        ("全县医疗保障工作会议", "清河县", "做好门诊慢特病待遇保障", ("慢特病", "待遇")),
        ("全镇医疗保障工作会议", "葛仙庄镇", "做好困难群众参保资助核实", ("资助", "困难群众")),
    ],
)
def test_a_users_task_lands_in_the_point_about_it(meeting, place, item, says):
    """Not in 除以上几个方面外: the point that takes it speaks of the same thing in its own words."""
    assert_task_lands(meeting, item, says, place=place, within=point_with)


@pytest.mark.parametrize(
    ("meeting", "achievement", "problem"),
    [
        ("全县财政工作会议", "一般公共预算收入稳中有增", "部分单位预算执行进度偏慢"),
        ("全县机关党建工作会议", "实现机关党支部标准化建设全覆盖", "个别单位党建和业务结合不紧"),
        ("全县医疗保障工作会议", "城乡居民医保参保率保持稳定", "部分定点医药机构存在违规使用医保基金问题"),
    ],
)
def test_achievements_and_problems_are_stated_in_the_recognition_point(meeting, achievement, problem):
    assert_facts_open_the_first_point(meeting, achievement, problem)
