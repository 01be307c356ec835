"""政务公开, 能源保供, 粮食和物资储备, 机构编制, 地方志 and 住房公积金 meetings: each finds its own work and deploys it;
a town keeps to its powers; a summer 能源保供 meeting never speaks of 供暖; a bare 防火 meeting is 消防.

Before these libraries a 全县政务公开工作会议, 能源保供 (迎峰度夏, 迎峰度冬, 煤电油气), 粮食和物资储备, 机构编制 (编委会),
地方志 or 住房公积金 meeting drew no topic (the general skeleton with the work name pasted in: 以制度建设为抓手，推动政务公开
工作常态长效); a 粮食安全和物资储备 meeting drew 乡村振兴 by its 粮食安全, and a 秋冬季防火 meeting drew nothing.
"""

from __future__ import annotations

import pytest
from work_drafts import (
    assert_announced_count_is_points,
    assert_deploys_its_own_work,
    assert_keeps_to_its_powers,
    draft_meeting,
    town_level,
    used_ids,
)

from drafter.meeting import parse_meeting
from drafter.render import resolve_answers
from drafter.render.values import level_context
from drafter.topics import find_topics, narrower_tags

WORKS = {
    "政务公开": "gov-openness",
    "能源保供": "energy-supply",
    "粮食和物资储备": "grain-reserves",
    "机构编制": "org-staffing",
    "地方志": "local-chronicles",
    "住房公积金": "housing-fund",
}
PLAIN = ["全县政务公开工作会议", "全县能源保供工作会议", "全县粮食和物资储备工作会议", "全县机构编制工作会议", "全县地方志工作会议",
         "全市住房公积金工作会议"]


@pytest.mark.parametrize(
    ("meeting", "topics", "narrow"),
    [
        ("全县政务公开工作会议", ["政务公开"], set()),
        ("全县政府信息公开工作会议", ["政务公开"], set()),
        ("全县政策解读工作推进会", ["政务公开"], {"政策解读"}),
        ("全县能源保供工作会议", ["能源保供"], set()),
        ("全县迎峰度夏能源保供工作会议", ["能源保供"], set()),
        ("全县迎峰度冬工作会议", ["能源保供"], set()),
        ("全县煤电油气保障工作会议", ["能源保供"], set()),
        ("全县电力保供工作会议", ["能源保供"], {"电力"}),
        ("全县粮食和物资储备工作会议", ["粮食和物资储备"], set()),
        ("全县粮食安全和物资储备工作会议", ["粮食和物资储备"], set()),
        ("全县秋粮收购工作会议", ["粮食和物资储备"], {"粮食收购"}),
        ("全县应急物资储备工作会议", ["粮食和物资储备"], {"应急物资"}),
        ("全县机构编制工作会议", ["机构编制"], set()),
        ("全县事业单位改革工作推进会", ["机构编制"], {"事业单位"}),
        ("全县地方志工作会议", ["地方志"], set()),
        ("全县史志工作会议", ["地方志"], set()),
        ("全县年鉴编纂工作会议", ["地方志"], {"年鉴"}),
        ("全县住房公积金工作会议", ["住房公积金"], set()),
        ("全市住房公积金管理委员会全体会议", ["住房公积金"], set()),
        ("全县秋冬季防火工作会议", ["安全生产"], {"消防"}),
        ("全县冬季防火工作会议", ["安全生产"], {"消防"}),
    ],
)
def test_the_meeting_names_its_work(meeting, topics, narrow):
    assert [t.tag for t in find_topics(meeting)] == topics
    assert narrower_tags(meeting) == narrow


@pytest.mark.parametrize(
    ("meeting", "topic"),
    [
        ("全县政务服务工作会议", "营商环境"),
        ("全县粮食安全工作会议", "乡村振兴"),
        ("全县燃气安全工作会议", "安全生产"),
        ("全县城镇燃气工作会议", "安全生产"),
        ("全县秋冬季森林防火工作会议", "森林防火"),
        ("全县森林草原防灭火工作会议", "森林防火"),
        ("全县草原防火工作会议", "草原防火"),
        ("全县应急管理工作会议", "防汛抗旱"),
        ("全县档案工作会议", "档案"),
        ("全县党史宣传教育工作会议", "宣传思想文化"),  # 党史学习教育 is a 集中教育 (基层党建; areas22b)
        ("全县社会工作会议", "社会工作"),
        ("全县房地产工作会议", "住建"),
    ],
)
def test_neighbouring_works_keep_their_topic(meeting, topic):
    assert [t.tag for t in find_topics(meeting)][0] == topic


def test_a_body_of_the_party_committee_meets_on_its_work():
    """县委编委会全体会议 is the 机构编制 committee's meeting, not an “编委会工作” nobody has material for."""
    meeting = parse_meeting("县委编委会全体会议")
    assert meeting.work == "机构编制工作"
    assert [t.tag for t in find_topics(meeting.work)] == ["机构编制"]


@pytest.mark.parametrize(
    ("meeting", "host"),
    [
        ("全县政务公开工作会议", "县政府"),
        ("全县迎峰度夏能源保供工作会议", "县政府"),
        ("全县粮食和物资储备工作会议", "县政府"),
        ("全县住房公积金工作会议", "县政府"),
        ("全县机构编制工作会议", "县委"),
        ("全县事业单位改革工作推进会", "县委"),
    ],
)
def test_who_holds_the_meeting(meeting, host):
    """政府办 and 发展改革部门 hold 政务公开 and 能源保供 for the 县政府; 机构编制 is the 县委's."""
    assert level_context(resolve_answers({"place": "清河县", "meeting": meeting}))["host"] == host


@pytest.mark.parametrize(
    ("meeting", "topic", "must", "never"),
    [
        ("全县政务公开工作会议", "政务公开", set(), {"营商环境", "保密", "数据"}),
        ("全县依申请公开工作推进会", "政务公开", {"依申请公开"}, {"营商环境", "法治建设"}),
        ("全县能源保供工作会议", "能源保供", set(), {"安全生产", "经济工作", "防汛抗旱"}),
        ("全县电力保供工作会议", "能源保供", {"电力"}, {"安全生产", "经济工作"}),
        ("全县粮食和物资储备工作会议", "粮食和物资储备", set(), {"乡村振兴", "防汛抗旱", "食品安全"}),
        ("全县秋粮收购工作会议", "粮食和物资储备", {"粮食收购"}, {"乡村振兴", "夏秋收"}),
        ("全县机构编制工作会议", "机构编制", set(), {"基层党建", "社会工作", "人才"}),
        ("全县事业单位改革工作推进会", "机构编制", {"事业单位"}, {"基层党建", "国资国企"}),
        ("全县地方志工作会议", "地方志", set(), {"档案", "宣传思想文化", "文化旅游"}),
        ("全县年鉴编纂工作会议", "地方志", {"年鉴"}, {"档案", "统计"}),
        ("全市住房公积金工作会议", "住房公积金", set(), {"住建", "营商环境", "财政"}),
    ],
)
def test_a_meeting_deploys_its_own_work(meeting, topic, must, never):
    """Most points are the work's own; a narrower part named is deployed; neighbouring works are not drawn."""
    assert_deploys_its_own_work(meeting, topic, must, never)


@pytest.mark.parametrize(
    ("meeting", "place", "says", "never"),
    [
        ("全县政务公开工作会议", "清河县", ("主动公开", "解读", "依申请公开", "政务新媒体", "标准目录", "保密审查", "决策", "公开栏", "公示"),
         ("推动政务公开工作常态长效", "增强政务公开工作的动力和活力")),
        ("全市政务公开工作会议", "南通市", ("主动公开", "解读", "依申请公开", "政务新媒体", "标准目录", "保密审查", "决策", "公开栏", "公示"), ()),
        ("全县能源保供工作会议", "清河县", ("电网", "有序用电", "负荷", "抢修", "供电", "用能", "极端天气"),
         ("推动能源保供工作常态长效",)),
        ("全县粮食和物资储备工作会议", "清河县", ("储备粮", "轮换", "粮库", "收购", "应急", "账实相符", "仓储"),
         ("推动粮食和物资储备工作常态长效",)),
        ("全县机构编制工作会议", "清河县", ("编制资源", "三定", "实名制", "超编", "事业单位", "党管机构编制", "职能"),
         ("推动机构编制工作常态长效",)),
        ("全市机构编制工作会议", "南通市", ("编制资源", "三定", "实名制", "超编", "事业单位", "党管机构编制", "职能"), ()),
        ("全县地方志工作会议", "清河县", ("志书", "年鉴", "修志", "方志", "读志用志", "存史", "资料"),
         ("推动地方志工作常态长效",)),
        ("全市住房公积金工作会议", "南通市", ("缴存", "提取", "贷款", "骗提骗贷", "灵活就业", "资金安全", "租房"),
         ("推动住房公积金工作常态长效",)),
    ],
)
def test_a_draft_speaks_of_its_work(meeting, place, says, never):
    for seed in range(3):
        text = draft_meeting(meeting, place=place, seed=seed)[1].text
        assert sum(w in text for w in says) >= 2, (meeting, seed)
        assert [w for w in never if w in text] == [], (meeting, seed)


def test_a_plain_meeting_opens_its_tasks_on_the_core_of_the_work():
    """The one task point of a 三点 draft is the core of the work, not a side part (价格, 节能, 地情研究 …)."""
    core = {
        "全县政务公开工作会议": {"point.gov-openness.task.active", "point.gov-openness.task.decision"},
        "全县能源保供工作会议": {"point.energy-supply.task.power", "point.energy-supply.task.emergency"},
        "全县迎峰度夏能源保供工作会议": {"point.energy-supply.task.power", "point.energy-supply.task.emergency"},
        "全县粮食和物资储备工作会议": {"point.grain-reserves.task.reserves", "point.grain-reserves.task.emergency-grain",
                                      "point.grain-reserves.task.storage"},
        "全县机构编制工作会议": {"point.org-staffing.task.functions", "point.org-staffing.task.resources",
                                 "point.org-staffing.task.law", "point.org-staffing.task.priorities"},
        "全县地方志工作会议": {"point.local-chronicles.task.compilation", "point.local-chronicles.task.use"},
        "全市住房公积金工作会议": {"point.housing-fund.task.coverage", "point.housing-fund.task.consumption",
                                   "point.housing-fund.task.safety"},
    }  # fmt: skip
    for meeting, ids in core.items():
        for seed in range(3):
            tasks = [i for i in used_ids(draft_meeting(meeting, seed=seed)[1], "point") if ".task." in i]
            assert tasks and tasks[0] in ids, (meeting, seed, tasks)


@pytest.mark.parametrize("meeting", PLAIN)
@pytest.mark.parametrize("points", [3, 5])
def test_the_announced_count_is_the_count_of_points(meeting, points):
    """下面，我讲五点意见 is followed by five points, none repeated, and every one the work's own."""
    for seed in range(2):
        library, draft = draft_meeting(meeting, seed=seed, points=points)
        ids = assert_announced_count_is_points(meeting, seed, draft, points)
        assert all(i.split(".")[1] in WORKS.values() for i in ids), (meeting, seed, ids)


# ------------------------------------------------------------------ 能源保供 by the season


def _said(meeting: str, seed: int, **more) -> tuple[list[str], str]:
    library, draft = draft_meeting(meeting, seed=seed, points=6, minutes=25, **more)
    return used_ids(draft, "point"), draft.text


def test_a_summer_meeting_never_speaks_of_heating():
    """迎峰度夏 is about 电: no 供暖 or 天然气 point, nor one in a plain 能源保供 meeting held in July."""
    for seed in range(3):
        for meeting, more in (("全县迎峰度夏能源保供工作会议", {}), ("全县能源保供工作会议", {"date": "2026年7月10日"})):
            ids, text = _said(meeting, seed, **more)
            winter = {"point.energy-supply.task.heating", "point.energy-supply.task.gas", "point.energy-supply.task.power-winter"}
            assert not winter & set(ids), (meeting, seed)
            assert "供暖季" not in text and "温暖过冬" not in text, (meeting, seed)


def test_a_winter_meeting_speaks_of_heating_and_gas_first():
    """迎峰度冬 (and 冬季保供) meetings deploy winter 电 and 气 (review14), 供暖 or 天然气 in their first task point."""
    for seed in range(3):
        for meeting in ("全县迎峰度冬工作会议", "全市冬季保供工作会议"):
            ids, _ = _said(meeting, seed, place="南通市" if meeting.startswith("全市") else "清河县")
            tasks = [i for i in ids if ".task." in i]
            winter = {"point.energy-supply.task.power-winter", "point.energy-supply.task.heating", "point.energy-supply.task.gas"}
            assert tasks[0] in winter, (meeting, seed, ids)


# ------------------------------------------------------------------ towns


# What only a county or above does: 政府网站集约化, 依申请公开 答复 and 复议诉讼, 政策文件 解读同步; 电网 and 能源 projects,
# 有序用电方案 编制, 储气调峰, 煤炭储备, 价格查处; and a 县直 department a town does not have.
COUNTY_ONLY = ("集约化", "依申请公开", "行政复议", "起草部门", "政府常务会议", "有序用电方案", "储气", "煤炭", "变电站",
               "光伏", "价格违法", "重点用能单位", "能源主管部门", "县直", "市直")  # fmt: skip


@pytest.mark.parametrize(
    ("meeting", "place"),
    [
        ("全镇政务公开工作会议", "葛仙庄镇"),
        ("全乡政务公开工作会议", "大河乡"),
        ("全街道政务公开工作会议", "城关街道"),
        ("全镇迎峰度夏能源保供工作会议", "葛仙庄镇"),
        ("全街道迎峰度冬工作会议", "城关街道"),
        ("全乡能源保供工作会议", "大河乡"),
    ],
)
def test_a_town_draft_carries_no_county_powers(meeting, place):
    assert_keeps_to_its_powers(meeting, place, town_level(place), COUNTY_ONLY, points=4)


def test_a_town_speaks_of_what_it_does_with_its_own_words():
    """A 镇 opens its 村务 to the villagers, a 街道 its 居务 to the residents; both keep the 公开栏 and 补贴 公示."""
    for seed in range(3):
        town = draft_meeting("全镇政务公开工作会议", place="葛仙庄镇", seed=seed, points=4)[1].text
        street = draft_meeting("全街道政务公开工作会议", place="城关街道", seed=seed, points=4)[1].text
        assert "公开栏" in town and "公开栏" in street, seed
        assert "村务" not in street and "村干部" not in street and "社区（社区）" not in street, seed
        assert "居务公开" not in town, seed
        energy = draft_meeting("全镇迎峰度冬能源保供工作会议", place="葛仙庄镇", seed=seed, points=4)[1].text
        assert "网格" in energy or "村干部" in energy, seed


@pytest.mark.parametrize(
    "meeting", ["全镇粮食和物资储备工作会议", "全镇机构编制工作会议", "全镇地方志工作会议", "全镇住房公积金工作会议"]
)
def test_a_town_meeting_on_a_county_work_takes_none_of_its_material(meeting):
    """Towns hold no 储备粮, no 编制 powers, and their 志 is the county's: a 镇 draft takes none of the county material."""
    for seed in range(3):
        library, draft = draft_meeting(meeting, place="葛仙庄镇", seed=seed)
        assert not any(u.id.split(".")[1] in WORKS.values() for u in draft.uses), (meeting, seed)
        assert "储备粮" not in draft.text and "超编" not in draft.text and "修志" not in draft.text, (meeting, seed)
        assert "骗提骗贷" not in draft.text, (meeting, seed)


def test_a_county_leaves_the_housing_fund_committee_to_the_city():
    """The 管委会 decides at the 设区的市: a county's speech backs its 分中心 and gives the committee no orders."""
    for seed in range(4):
        county = draft_meeting("全县住房公积金工作会议", seed=seed, points=6, minutes=25)[1].text
        assert "管理委员会要依法履行决策职责" not in county, seed
        city = draft_meeting("全市住房公积金工作会议", place="南通市", seed=seed, points=6, minutes=25)[1].text
        assert "支持住房公积金分中心" not in city, seed


# ------------------------------------------------------------------ 秋冬季防火


def test_a_bare_fire_meeting_deploys_fire_prevention():
    """秋冬季防火 names no forest: it is the 安委会's 消防 meeting (城乡火灾), and a 森林 meeting stays 森林防火."""
    for seed in range(3):
        library, draft = draft_meeting("全县秋冬季防火工作会议", seed=seed, points=4)
        assert any("消防" in library.get(i).tags for i in used_ids(draft, "point")), seed
        library, draft = draft_meeting("全县秋冬季森林防火工作会议", seed=seed, points=4)
        assert all(i.startswith("point.forest.") for i in used_ids(draft, "point")), seed
