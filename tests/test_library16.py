"""社会工作, 数据, 关心下一代, 国资国企 and 体育 meetings: each finds its own work and deploys it; a town keeps to its powers.

Before these libraries a 全县社会工作会议, 数据工作会议, 关心下一代工作会议, 国资国企改革工作会议 or 体育工作会议 drew no topic (the
general skeleton with the work name pasted in: 以制度建设为抓手，推动社会工作常态长效); a 党建引领基层治理 meeting drew
基层党建 by its 党建.
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

WORKS = {"社会工作": "social-work", "数据": "data", "关心下一代": "youth-care", "国资国企": "state-assets", "体育": "sports"}


@pytest.mark.parametrize(
    ("meeting", "topics", "narrow"),
    [
        ("全县社会工作会议", ["社会工作"], set()),
        ("全县党建引领基层治理工作推进会", ["社会工作"], set()),
        ("全县城乡社区治理工作会议", ["社会工作"], set()),
        ("全县社区工作者队伍建设工作会议", ["社会工作"], {"社区工作者"}),
        ("全县志愿服务工作会议", ["社会工作"], {"志愿服务"}),
        ("全县数据工作会议", ["数据"], set()),
        ("全县数字政府建设工作推进会", ["数据"], {"数字政府"}),
        ("全县公共数据开发利用工作会议", ["数据"], {"数据要素"}),
        ("全县关心下一代工作会议", ["关心下一代"], set()),
        ("县关工委全体会议", ["关心下一代"], set()),
        ("全县国资国企改革工作会议", ["国资国企"], set()),
        ("全县国有企业改革工作会议", ["国资国企"], set()),
        ("全县国有资产管理工作会议", ["国资国企"], set()),
        ("全县体育工作会议", ["体育"], set()),
        ("全县全民健身工作会议", ["体育"], set()),
        ("全县青少年体育工作会议", ["体育"], {"青少年体育"}),
        ("全县教育体育工作会议", ["教育", "体育"], set()),
    ],
)
def test_the_meeting_names_its_work(meeting, topics, narrow):
    assert [t.tag for t in find_topics(meeting)] == topics
    assert narrower_tags(meeting) == narrow


@pytest.mark.parametrize(
    ("meeting", "topic"),
    [
        ("全县基层党建工作会议", "基层党建"),
        ("全县两新组织党建工作会议", "基层党建"),
        ("全县新就业群体党建工作会议", "基层党建"),
        ("全县平安志愿者表彰大会", "平安建设"),
        ("全县政务服务工作会议", "营商环境"),
        ("全县数字经济工作会议", "经济工作"),
        ("全县网络安全和信息化工作会议", "宣传思想文化"),
        ("全县行政事业性国有资产管理工作会议", "财政"),
        ("全县政府债务管理工作会议", "财政"),
        ("全县老干部工作会议", "老干部"),
        ("全县妇女儿童工作会议", "妇女儿童"),
        ("全县共青团工作会议", "群团"),
    ],
)
def test_neighbouring_works_keep_their_topic(meeting, topic):
    assert [t.tag for t in find_topics(meeting)] == [topic]


@pytest.mark.parametrize("meeting", ["全县社会工作会议", "全县党建引领基层治理工作推进会", "全县关心下一代工作会议"])
def test_these_meetings_are_the_party_committees(meeting):
    """社会工作部门 and 关工委 work under the 党委: the speaker speaks for 县委, not 县委、县政府."""
    assert parse_meeting(meeting).convenor.name == "党委"
    assert level_context(resolve_answers({"place": "清河县", "meeting": meeting}))["host"] == "县委"


@pytest.mark.parametrize(
    ("meeting", "topic", "must", "never"),
    [
        ("全县社会工作会议", "社会工作", set(), {"基层党建", "平安建设", "文明创建"}),
        ("全县社区工作者队伍建设工作会议", "社会工作", {"社区工作者"}, {"基层党建", "就业社保"}),
        ("全县志愿服务工作会议", "社会工作", {"志愿服务"}, {"文明创建", "群团"}),
        ("全县数据工作会议", "数据", set(), {"营商环境", "经济工作", "宣传思想文化", "统计"}),
        ("全县数字政府建设工作推进会", "数据", {"数字政府"}, {"营商环境"}),
        ("全县关心下一代工作会议", "关心下一代", set(), {"老干部", "妇女儿童", "群团", "教育"}),
        ("全县国资国企改革工作会议", "国资国企", set(), {"财政", "经济工作", "党风廉政"}),
        ("全县体育工作会议", "体育", set(), {"教育", "文化旅游", "卫生健康"}),
        ("全县体育产业发展大会", "体育", {"体育产业"}, {"文化旅游", "经济工作"}),
    ],
)
def test_a_meeting_deploys_its_own_work(meeting, topic, must, never):
    """Most points are the work's own; a narrower part named is deployed; neighbouring works are not drawn."""
    assert_deploys_its_own_work(meeting, topic, must, never)


@pytest.mark.parametrize(
    ("meeting", "place", "says", "never"),
    [
        ("全县社会工作会议", "清河县", ("基层治理", "网格", "社区工作者", "志愿服务", "减负", "新就业群体", "党群服务中心"),
         ("增强社会工作的动力和活力", "推动社会工作常态长效")),
        ("全市社会工作会议", "南通市", ("基层治理", "网格", "社区工作者", "志愿服务", "减负", "新就业群体", "党群服务中心"), ()),
        ("全县数据工作会议", "清河县", ("数据共享", "数字政府", "公共数据", "数据安全", "政务云", "一表通", "数据质量"),
         ("增强数据工作的动力和活力", "统计数据")),
        ("全县关心下一代工作会议", "清河县", ("“五老”", "留守儿童", "青少年", "关工委", "红色", "家庭教育"),
         ("增强关心下一代工作的动力和活力",)),
        ("全县国资国企改革工作会议", "清河县", ("国有企业", "国有资产", "主业", "现代企业制度", "国有资本", "平台公司"),
         ("增强国资国企改革工作的动力和活力",)),
        ("全市国资国企改革工作会议", "南通市", ("国有企业", "国有资产", "主业", "现代企业制度", "国有资本", "平台公司"), ()),
        ("全县体育工作会议", "清河县", ("全民健身", "健身", "赛事", "体育场", "社会体育指导员", "体育产业"),
         ("增强体育工作的动力和活力",)),
    ],
)
def test_a_draft_speaks_of_its_work(meeting, place, says, never):
    for seed in range(3):
        text = draft_meeting(meeting, place=place, seed=seed)[1].text
        assert sum(w in text for w in says) >= 2, (meeting, seed)
        assert [w for w in never if w in text] == [], (meeting, seed)


def test_a_plain_meeting_opens_its_tasks_on_the_core_of_the_work():
    """The one task point of a 三点 draft: 党建引领基层治理 for 社会工作, 数字政府 or 数据共享 for 数据, not a side part."""
    core = {
        "全县社会工作会议": {"point.social-work.task.governance"},
        "全县数据工作会议": {"point.data.task.government", "point.data.task.sharing"},
        "全县关心下一代工作会议": {"point.youth-care.task.ideals", "point.youth-care.task.care"},
        "全县体育工作会议": {"point.sports.task.facilities", "point.sports.task.activities", "point.sports.task.guidance"},
        "全县国资国企改革工作会议": {"point.state-assets.task.restructure", "point.state-assets.task.transformation",
                                      "point.state-assets.task.governance", "point.state-assets.task.risk",
                                      "point.state-assets.task.service"},
    }  # fmt: skip
    for meeting, ids in core.items():
        for seed in range(3):
            tasks = [i for i in used_ids(draft_meeting(meeting, seed=seed)[1], "point") if ".task." in i]
            assert tasks and tasks[0] in ids, (meeting, seed, tasks)


@pytest.mark.parametrize(
    "meeting", ["全县社会工作会议", "全县数据工作会议", "全县关心下一代工作会议", "全县国资国企改革工作会议", "全县体育工作会议"]
)
@pytest.mark.parametrize("points", [3, 5])
def test_the_announced_count_is_the_count_of_points(meeting, points):
    """下面，我讲五点意见 is followed by five points, none repeated, and the work's own wherever it has them."""
    for seed in range(2):
        library, draft = draft_meeting(meeting, seed=seed, points=points)
        ids = assert_announced_count_is_points(meeting, seed, draft, points)
        assert all(i.split(".")[1] in WORKS.values() for i in ids), (meeting, seed, ids)


# What only a county or above does: 社会工作部门 and its 职责清单/挂牌清理, 社区工作者 薪酬序列; 政务云, 公共数据授权运营,
# 政务信息化项目 归口; 关工委 成员单位 and 课后服务 with 学校; 国资监管 altogether;
# 体卫融合, 业余体校, 体育彩票公益金, and a 体育部门 a town does not have.
COUNTY_ONLY = ("社会工作部门要", "职责事项清单", "岗位等级序列", "人民建议征集", "政务云", "授权运营", "政务信息化项目",
               "千兆光网", "数据部门", "成员单位", "家长学校", "国资", "国有企业", "运动处方", "业余体校", "体育彩票公益金",
               "体育部门", "县直", "市直")  # fmt: skip


@pytest.mark.parametrize(
    ("meeting", "place"),
    [
        ("全镇社会工作会议", "葛仙庄镇"),
        ("全街道社会工作会议", "城关街道"),
        ("全乡党建引领基层治理工作推进会", "大河乡"),
        ("全镇数据工作会议", "葛仙庄镇"),
        ("全街道数据工作会议", "城关街道"),
        ("全镇关心下一代工作会议", "葛仙庄镇"),
        ("全乡关心下一代工作会议", "大河乡"),
        ("全街道关心下一代工作会议", "城关街道"),
        ("全镇全民健身工作会议", "葛仙庄镇"),
        ("全街道体育工作会议", "城关街道"),
    ],
)
def test_a_town_draft_carries_no_county_powers(meeting, place):
    assert_keeps_to_its_powers(meeting, place, town_level(place), COUNTY_ONLY, points=4)


def test_a_town_speaks_of_what_it_does_with_its_own_words():
    """A 镇 walks its 网格 and sends no work down to its 村; a 街道 says 社区 and 街道各科室, never 村 or 办站所."""
    for seed in range(3):
        town = draft_meeting("全镇社会工作会议", place="葛仙庄镇", seed=seed, points=4)[1].text
        assert "网格" in town or "议事" in town or "志愿服务队" in town, seed
        street = draft_meeting("全街道社会工作会议", place="城关街道", seed=seed, points=4)[1].text
        data = draft_meeting("全街道数据工作会议", place="城关街道", seed=seed, points=4)[1].text
        care = draft_meeting("全街道关心下一代工作会议", place="城关街道", seed=seed, points=4)[1].text
        for text in (street, data, care):
            assert "办（站、所）" not in text and "村干部" not in text and "社区（社区）" not in text, seed
        youth = draft_meeting("全镇关心下一代工作会议", place="葛仙庄镇", seed=seed, points=4)[1].text
        assert "留守" in youth or "老同志" in youth, seed


def test_a_town_state_assets_meeting_deploys_no_state_assets_work():
    """Towns have no 国有企业 or 国资监管 of their own: a 镇 draft takes none of the work's county material."""
    for seed in range(3):
        library, draft = draft_meeting("全镇国企改革工作会议", place="葛仙庄镇", seed=seed)
        assert not any(u.id.split(".")[1] == "state-assets" for u in draft.uses), seed
        assert "国资国企" not in draft.text and "国资监管" not in draft.text, seed
