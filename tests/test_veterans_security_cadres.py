"""退役军人事务, 国家安全 and 老干部 meetings: each finds its topic and deploys its own work; a town keeps to its powers.

Before these libraries a 全县退役军人事务工作会议, a 国家安全工作会议 or a 老干部工作会议 drew no topic (the
general skeleton with the work name pasted in), 全民国家安全教育日 read as 教育 and a 县委国家安全委员会全体会议 as
安委会 (安全生产).
"""

from __future__ import annotations

import pytest
from work_drafts import (
    assert_deploys_its_own_work,
    assert_facts_open_the_first_point,
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
from drafter.topics import find_topics


@pytest.mark.parametrize(
    ("meeting", "topics"),
    [
        ("全县退役军人事务工作会议", ["退役军人"]),
        ("全市退役军人工作会议", ["退役军人"]),
        ("全镇退役军人服务保障工作会议", ["退役军人"]),
        ("全县退役军人就业创业工作推进会", ["退役军人"]),  # not 就业社保: 退役军人就业创业 holds 就业创业
        ("全县优抚工作会议", ["退役军人"]),
        ("全县烈士纪念设施保护管理工作会议", ["退役军人"]),
        ("全县退役军人事务暨双拥工作会议", ["退役军人", "国防动员"]),
        ("全县国家安全工作会议", ["国家安全"]),
        ("县委国家安全委员会全体会议", ["国家安全"]),  # not 安全生产: 国家安全委员会 holds 安全委员会
        ("县国安委全体会议", ["国家安全"]),
        ("全县全民国家安全教育日宣传工作会议", ["国家安全"]),  # not 教育
        ("全县国家安全人民防线建设工作会议", ["国家安全"]),
        ("全县老干部工作会议", ["老干部"]),
        ("全县离退休干部工作会议", ["老干部"]),
        ("全县离退休干部党建工作会议", ["老干部"]),  # not 基层党建: 离退休干部党建 holds 党建
    ],
)
def test_the_meeting_names_its_work(meeting, topics):
    assert [t.tag for t in find_topics(meeting)] == topics


@pytest.mark.parametrize(
    ("meeting", "topic"),
    [
        ("全县双拥工作会议", "国防动员"),
        ("全县征兵工作会议", "国防动员"),
        ("县安全生产委员会全体会议", "安全生产"),
        ("全县就业创业工作会议", "就业社保"),
        ("全县老龄工作会议", "民政养老"),
        ("全县网络安全工作会议", "宣传思想文化"),
        ("全县基层党建工作会议", "基层党建"),
        ("全县教育工作会议", "教育"),
    ],
)
def test_neighbouring_works_keep_their_topic(meeting, topic):
    assert [t.tag for t in find_topics(meeting)] == [topic]


@pytest.mark.parametrize(
    ("meeting", "convenor", "host"),
    [
        ("全县国家安全工作会议", "党委", "县委"),
        ("县委国家安全委员会全体会议", "领导小组", "县委、县政府"),
        ("全县老干部工作会议", "党委", "县委"),
        ("全县离退休干部工作会议", "党委", "县委"),
        ("全县退役军人事务工作会议", "党委和政府", "县委、县政府"),
    ],
)
def test_the_convenor_decides_whom_the_speaker_represents(meeting, convenor, host):
    """国家安全 and 老干部工作 meetings are the 党委's (the speaker speaks for 县委); 退役军人事务 is both's."""
    assert parse_meeting(meeting).convenor.name == convenor
    assert level_context(resolve_answers({"place": "清河县", "meeting": meeting}))["host"] == host


@pytest.mark.parametrize(
    ("meeting", "topic", "must", "never"),
    [
        # A whole-work meeting on 退役军人事务 speaks of veterans, not of 征兵 or 驻地部队 (国防动员's points).
        ("全县退役军人事务工作会议", "退役军人", set(), {"国防动员", "双拥", "征兵"}),
        ("全县退役军人就业创业工作推进会", "退役军人", {"退役就业"}, {"国防动员", "就业社保"}),
        ("全县优抚工作会议", "退役军人", {"优抚"}, {"国防动员"}),
        ("全县烈士纪念设施保护管理工作会议", "退役军人", {"褒扬"}, {"国防动员"}),
        ("全县国家安全工作会议", "国家安全", set(), {"安全生产", "平安建设", "教育"}),
        ("全县全民国家安全教育日宣传工作会议", "国家安全", {"国安教育"}, {"教育", "宣传思想文化"}),
        ("全县国家安全人民防线建设工作会议", "国家安全", {"人民防线"}, {"平安建设"}),
        ("全县老干部工作会议", "老干部", set(), {"民政养老", "基层党建"}),
        ("全县离退休干部党建工作会议", "老干部", {"离退休党建"}, {"基层党建"}),
    ],
)
def test_a_meeting_deploys_its_own_work(meeting, topic, must, never):
    """Most points are the work's own; a narrower work named is deployed; neighbouring works are not drawn."""
    assert_deploys_its_own_work(meeting, topic, must, never)


def test_veterans_and_double_support_speak_of_both():
    """退役军人事务暨双拥: veterans' points and 双拥's (支持驻地部队, 优抚共建) in one speech."""
    for seed in range(3):
        library, draft = draft_meeting("全县退役军人事务暨双拥工作会议", seed=seed, points=5, minutes=20)
        tags = [set(library.get(i).tags) for i in used_ids(draft, "point")]
        assert any("退役军人" in t for t in tags) and any("双拥" in t for t in tags), (seed, used_ids(draft, "point"))
        assert not any("征兵" in t for t in tags), seed


def test_veterans_and_double_support_at_three_points_speak_of_both():
    """At the default three points too: 双拥 is the narrower part named, but the veterans' work is named as well."""
    for seed in range(4):
        library, draft = draft_meeting("全县退役军人事务暨双拥工作会议", seed=seed)
        tags = [set(library.get(i).tags) for i in used_ids(draft, "point")]
        assert any("退役军人" in t for t in tags) and any("双拥" in t for t in tags), (seed, used_ids(draft, "point"))


def test_a_national_security_committee_meeting_draws_national_security():
    """县委国家安全委员会全体会议 (a 领导小组 kind, whose frame brings its own points) deploys 国家安全, not 安全生产."""
    for seed in range(3):
        library, draft = draft_meeting("县委国家安全委员会全体会议", seed=seed)
        tags = [set(library.get(u.id).tags) for u in draft.uses]
        assert any("国家安全" in t for t in tags), (seed, used_ids(draft, "point"))
        assert not any("安全生产" in t for t in tags) and "安全生产" not in draft.text, seed


# What only a county or above does: 安置 and 招聘, 网信 and 国家安全委员会, 安全审查, 离退休费 and 阅读文件, 老年大学.
COUNTY_ONLY = ("阳光安置", "安置岗位", "专场招聘", "创业担保贷款", "网信", "境外非政府组织", "安全审查",
               "国家安全委员会", "地方债务", "老年大学", "离退休费", "阅读文件", "理论学习中心组")  # fmt: skip


@pytest.mark.parametrize(
    ("meeting", "place"),
    [
        ("全镇退役军人服务保障工作会议", "葛仙庄镇"),
        ("全街道退役军人工作会议", "城关街道"),
        ("全镇国家安全工作会议", "葛仙庄镇"),
        ("全街道国家安全人民防线建设工作会议", "城关街道"),
        ("全镇老干部工作会议", "葛仙庄镇"),
        ("全街道离退休干部工作会议", "城关街道"),
    ],
)
def test_a_town_draft_carries_no_county_powers(meeting, place):
    assert_keeps_to_its_powers(meeting, place, town_level(place), COUNTY_ONLY, points=4)


def test_a_town_speaks_of_what_it_does():
    """A 镇 runs its 退役军人服务站 and 网格 for 国家安全; a 街道 keeps a 台账 of the 老同志 living there."""
    for seed in range(3):
        assert "服务站" in draft_meeting("全镇退役军人服务保障工作会议", place="葛仙庄镇", seed=seed, minutes=20)[1].text
        assert "网格" in draft_meeting("全镇国家安全工作会议", place="葛仙庄镇", seed=seed, minutes=20)[1].text
        assert "台账" in draft_meeting("全街道老干部工作会议", place="城关街道", seed=seed, minutes=20)[1].text


@pytest.mark.parametrize(
    ("meeting", "place", "item", "says"),
    [
        ("全县退役军人事务工作会议", "清河县", "开展零散烈士纪念设施集中修缮", ("英烈", "烈士")),
        ("全县退役军人事务工作会议", "清河县", "开展退役军人信息采集和动态更新", ("台账", "服务站")),
        ("全县退役军人就业创业工作推进会", "清河县", "建设退役军人创业孵化基地", ("创业",)),
        ("全县国家安全工作会议", "清河县", "开展涉密人员保密教育培训", ("保密",)),
        ("全县国家安全工作会议", "清河县", "开展全民国家安全教育日主题宣传活动", ("宣传",)),
        ("全县老干部工作会议", "清河县", "推进离退休干部党支部标准化建设", ("党组织", "组织生活")),
        ("全县老干部工作会议", "清河县", "办好老年大学社区教学点", ("办学", "课程")),
        ("全镇国家安全工作会议", "葛仙庄镇", "开展网格员国家安全信息报送培训", ("网格",)),
    ],
)
def test_a_users_task_lands_in_the_point_about_it(meeting, place, item, says):
    """Not in 除以上几个方面外: the point that takes it speaks of the same thing in its own words."""
    assert_task_lands(meeting, item, says, place=place, within=point_with)


@pytest.mark.parametrize(
    ("meeting", "achievement", "problem"),
    [
        ("全县退役军人事务工作会议", "建成县乡村三级退役军人服务中心（站）", "部分服务站作用发挥不够"),
        ("全县国家安全工作会议", "开展国家安全宣传进校园活动", "一些单位保密意识淡薄"),
        ("全县老干部工作会议", "实现离退休干部党组织全覆盖", "部分异地居住老同志联系不够紧密"),
    ],
)
def test_achievements_and_problems_are_stated_in_the_recognition_point(meeting, achievement, problem):
    assert_facts_open_the_first_point(meeting, achievement, problem)
