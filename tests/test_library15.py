"""法治建设, 林业, 金融, 保密 and 档案 meetings: each finds its own work and deploys it; a town keeps to its powers.

Before these libraries a 全县法治政府建设工作会议, 普法, 林业, 金融, 防范化解金融风险, 保密 or 档案工作会议 drew no
topic (the general skeleton with the work name pasted in: 深化改革创新，增强保密工作的动力和活力); a 法治建设 meeting
drew 平安建设's 枫桥经验 and 风险防范, a 林长制 meeting 生态环境's 执法 and 考核. Three wrong draws are fixed with them:
城乡环境卫生整治 drew 卫生健康's 医改, 党史学习教育 drew 教育's 校园平安, and a 镇 防汛 speech decided 响应等级.
"""

from __future__ import annotations

import pytest
from work_drafts import (
    assert_announced_count_is_points,
    assert_deploys_its_own_work,
    assert_keeps_to_its_powers,
    assert_task_lands,
    draft_meeting,
    point_with,
    town_level,
    used_ids,
)

from drafter.meeting import parse_meeting
from drafter.render import resolve_answers
from drafter.render.values import level_context
from drafter.topics import find_topics, narrower_tags


@pytest.mark.parametrize(
    ("meeting", "topics", "narrow"),
    [
        ("全县法治建设工作会议", ["法治建设"], set()),
        ("全县法治政府建设工作会议", ["法治建设"], {"依法行政"}),
        ("全县普法工作会议", ["法治建设"], {"普法"}),
        ("县委全面依法治县委员会会议", ["法治建设"], set()),
        ("全县林业工作会议", ["林业"], set()),
        ("全县林长制工作会议", ["林业"], {"林长制"}),
        ("全县国土绿化工作会议", ["林业"], {"绿化"}),
        ("全县松材线虫病防治工作会议", ["林业"], {"有害生物"}),
        ("全县金融工作会议", ["金融"], set()),
        ("全县防范化解金融风险工作会议", ["金融"], {"金融风险"}),
        ("全县防范和处置非法集资工作会议", ["金融"], {"金融风险"}),
        ("全县银企对接会", ["金融"], {"金融服务"}),
        ("全县保密工作会议", ["保密"], set()),
        ("县保密委员会全体会议", ["保密"], set()),
        ("全县档案工作会议", ["档案"], set()),
        ("全县档案安全工作会议", ["档案"], {"档案安全"}),
        # wrong draws before: 卫生 made it 卫生健康 (医改), 教育 made it 教育 (校园平安)
        ("全县城乡环境卫生整治工作会议", ["城市管理"], set()),
        # a Party-wide 集中教育 (areas22b): 基层党建's 集中教育, 党风廉政's 纪律学习教育; 党史学习 alone stays 宣传思想文化
        ("全县党史学习教育工作会议", ["基层党建"], {"集中教育"}),
        ("全县党纪学习教育工作会议", ["党风廉政"], {"纪律学习教育"}),
        ("全县党史学习工作会议", ["宣传思想文化"], {"理论学习"}),
    ],
)
def test_the_meeting_names_its_work(meeting, topics, narrow):
    assert [t.tag for t in find_topics(meeting)] == topics
    assert narrower_tags(meeting) == narrow


@pytest.mark.parametrize(
    ("meeting", "topic"),
    [
        ("全县平安建设工作会议", "平安建设"),
        ("全市政法工作会议", "平安建设"),
        ("全县森林防火工作会议", "森林防火"),
        ("全县河湖长制工作会议", "生态环境"),
        ("全县财政工作会议", "财政"),
        ("全县宣传思想文化工作会议", "宣传思想文化"),
        ("全县网络安全和信息化工作会议", "宣传思想文化"),
        ("全县国家安全工作会议", "国家安全"),
        ("全县爱国卫生运动工作会议", "卫生健康"),
        ("全县农村人居环境整治工作推进会", "乡村振兴"),
    ],
)
def test_neighbouring_works_keep_their_topic(meeting, topic):
    assert [t.tag for t in find_topics(meeting)] == [topic]


@pytest.mark.parametrize("meeting", ["全县保密工作会议", "全县档案工作会议", "县委全面依法治县委员会会议", "全县党史学习教育工作会议"])
def test_these_meetings_are_the_party_committees(meeting):
    """保密委员会, 档案 and 依法治县委员会 work under the 党委: the speaker speaks for 县委."""
    assert parse_meeting(meeting).convenor.name == "党委"
    assert level_context(resolve_answers({"place": "清河县", "meeting": meeting}))["host"] == "县委"


@pytest.mark.parametrize(
    ("meeting", "topic", "must", "never"),
    [
        ("全县法治建设工作会议", "法治建设", set(), {"平安建设", "人大"}),
        ("全县法治政府建设工作会议", "法治建设", {"依法行政"}, {"平安建设", "营商环境"}),
        ("全县普法工作会议", "法治建设", {"普法"}, {"平安建设", "宣传思想文化"}),
        ("全县林业工作会议", "林业", set(), {"生态环境", "森林防火"}),
        ("全县林长制工作会议", "林业", {"林长制"}, {"生态环境", "河湖长"}),
        ("全县植树造林动员会", "林业", {"绿化"}, {"生态环境", "有害生物"}),
        ("全县金融工作会议", "金融", set(), {"财政", "经济工作"}),
        ("全县防范化解金融风险工作会议", "金融", {"金融风险"}, {"财政", "平安建设", "国家安全"}),
        ("全县银企对接会", "金融", {"金融服务"}, {"财政", "经济工作"}),
        ("全县保密工作会议", "保密", set(), {"国家安全", "宣传思想文化", "网信"}),
        ("全县档案工作会议", "档案", set(), {"住建", "统计"}),
        ("全县档案安全工作会议", "档案", {"档案安全"}, {"安全生产"}),
    ],
)
def test_a_meeting_deploys_its_own_work(meeting, topic, must, never):
    """Most points are the work's own; a narrower part named is deployed; neighbouring works are not drawn."""
    assert_deploys_its_own_work(meeting, topic, must, never)


@pytest.mark.parametrize(
    ("meeting", "says", "never"),
    [
        ("全县法治建设工作会议", ("法治思维", "合法性审查", "普法", "依法治县委员会", "行政执法", "法律明白人", "述法"),
         ("增强法治建设工作的动力和活力", "枫桥经验”，健全矛盾纠纷")),
        ("全县林业工作会议", ("林长", "林地", "护林员", "林下经济", "国土绿化", "有害生物"), ("增强林业工作的动力和活力", "污染防治")),
        ("全县金融工作会议", ("实体经济", "非法集资", "融资", "金融风险", "金融机构"), ("增强金融工作的动力和活力", "三保")),
        ("全县保密工作会议", ("涉密", "泄密", "保密委员会", "定密", "保密检查", "涉密人员"), ("增强保密工作的动力和活力", "反间谍")),
        ("全县档案工作会议", ("归档", "档案库房", "查档", "数字化", "档案安全", "民生档案"), ("增强档案工作的动力和活力",)),
        ("全县城乡环境卫生整治工作会议", ("城市管理", "环境卫生", "市容", "保洁"), ("医改", "一老一小", "公立医院")),
        ("全县党史学习教育工作会议", ("理论", "学习"), ("校园平安", "控辍保学", "适龄")),
    ],
)
def test_a_draft_speaks_of_its_work(meeting, says, never):
    for seed in range(3):
        text = draft_meeting(meeting, seed=seed)[1].text
        assert sum(w in text for w in says) >= 2, (meeting, seed)
        assert [w for w in never if w in text] == [], (meeting, seed)


@pytest.mark.parametrize(
    "meeting", ["全县法治建设工作会议", "全县林业工作会议", "全县金融工作会议", "全县保密工作会议", "全县档案工作会议"]
)
@pytest.mark.parametrize("points", [3, 5])
def test_the_announced_count_is_the_count_of_points(meeting, points):
    """下面，我讲五点意见 is followed by five points, none repeated, the work's own where it has them."""
    for seed in range(2):
        library, draft = draft_meeting(meeting, seed=seed, points=points)
        assert_announced_count_is_points(meeting, seed, draft, points)


# What only a county or above does: 重大行政决策, 行政复议, 依法治县委员会及其办公室; 林地审批, 检疫执法, 集体林权改革;
# 政府性融资担保, 中小金融机构; 保密委员会, 定密, 专项检查; 档案执法检查, 数字档案馆, 跨馆出证.
COUNTY_ONLY = ("重大行政决策", "行政复议", "委员会及其办公室", "林地定额", "调运检疫", "集体林权", "融资担保", "中小金融机构",
               "保密委员会", "定密责任人", "专项检查", "档案执法检查", "数字档案馆", "跨馆", "市直", "县直")  # fmt: skip


@pytest.mark.parametrize(
    ("meeting", "place"),
    [
        ("全镇法治建设工作会议", "葛仙庄镇"),
        ("全街道普法工作会议", "城关街道"),
        ("全镇林长制工作会议", "葛仙庄镇"),
        ("全乡林业工作会议", "大河乡"),
        ("全镇防范和处置非法集资工作会议", "葛仙庄镇"),
        ("全街道金融工作会议", "城关街道"),
        ("全镇保密工作会议", "葛仙庄镇"),
        ("全镇档案工作会议", "葛仙庄镇"),
        ("全街道档案工作会议", "城关街道"),
    ],
)
def test_a_town_draft_carries_no_county_powers(meeting, place):
    assert_keeps_to_its_powers(meeting, place, town_level(place), COUNTY_ONLY, points=4)


def test_a_town_speaks_of_what_it_does():
    """A 镇 sends its 林长 and 护林员 round the hills, screens its 网格 for 非法集资, keeps its 村 files."""
    for seed in range(3):
        forest = draft_meeting("全镇林长制工作会议", place="葛仙庄镇", seed=seed)[1].text
        assert "护林员" in forest or "巡林" in forest, seed
        money = draft_meeting("全镇防范和处置非法集资工作会议", place="葛仙庄镇", seed=seed)[1].text
        assert "网格" in money or "入户" in money, seed
        files = draft_meeting("全镇档案工作会议", place="葛仙庄镇", seed=seed, points=4)[1].text
        assert "档案员" in files or "档案室" in files or "村的" in files or "查档" in files, seed


def test_a_town_flood_speech_carries_out_the_response_level_it_does_not_decide():
    """A 镇 starts nothing at a level of its own: it carries out the response its county declared."""
    for seed in range(4):
        text = draft_meeting("全镇防汛工作会议", place="葛仙庄镇", seed=seed, minutes=30)[1].text
        assert "什么情况启动几级响应" not in text and "响应等级清楚" not in text, seed
        assert "不同响应等级下分别承担" not in text, seed


def test_a_safety_guard_point_promises_only_what_its_sub_points_say():
    """The 队伍和宣传 point no longer announces 安全文化建设 that none of its sub-points speaks of."""
    promises = ("要加强安全文化建设", "安全文化建设要抓紧抓实", "安全文化要培育起来")
    drawn = 0
    for seed in range(8):
        library, draft = draft_meeting("全县安全生产工作会议", seed=seed, points=5, minutes=30)
        drawn += "point.safety.guard.capacity" in used_ids(draft, "point")
        assert [w for w in promises if w in draft.text] == [], seed
    assert drawn


@pytest.mark.parametrize(
    ("meeting", "place", "item", "says"),
    [
        ("全县法治政府建设工作会议", "清河县", "推行行政执法“三项制度”", ("执法",)),
        ("全县普法工作会议", "清河县", "落实谁执法谁普法普法责任制", ("普法", "执法")),
        ("全县林业工作会议", "清河县", "落实疫木清理和源头管控措施", ("有害生物", "病虫害", "疫情")),
        ("全县金融工作会议", "清河县", "开展防范非法集资集中宣传月活动", ("非法集资", "宣传")),
        ("全县保密工作会议", "清河县", "开展涉密计算机违规外联专项检查", ("涉密", "检查")),
        ("全县档案工作会议", "清河县", "推进重点项目档案同步验收", ("档案", "项目")),
    ],
)
def test_a_users_task_lands_in_the_point_about_it(meeting, place, item, says):
    """Not in 除以上几个方面外: the point that takes it speaks of the same thing in its own words."""
    assert_task_lands(meeting, item, says, place=place, within=point_with)
