"""drafter check on batch 43's planted misses (issue #13). Fixtures are our own writing."""

from __future__ import annotations

import pytest
from check_fixtures import found as _found

from drafter.check import check_text

TOWN = "镇党委书记在全镇经济工作会议上的讲话\n\n同志们：\n\n今天召开全镇经济工作会议，主要是总结去年工作，部署今年任务。\n\n"
COUNTY = "在全县经济工作会议上的讲话\n\n同志们：\n\n今天召开全县经济工作会议，主要是总结去年工作，部署今年任务。\n\n"
DISTRICT = "在全区安全生产工作会议上的讲话\n\n同志们：\n\n今天召开全区安全生产工作会议，分析研判当前我区面临的形势。\n\n"


@pytest.mark.parametrize(
    ("head", "said", "word"),
    [
        # batch 43 planted p01: the town's own results, won by the county's people
        (TOWN, "过去一年，在全县干部群众的共同努力下，我们取得了一系列实际成效，实现了我镇产业项目零的突破。", "全县"),
        (COUNTY, "五年来，在全市广大干部群众的不懈奋斗下，我县迈上了高质量发展的新台阶。", "全市"),
        (DISTRICT, "今年以来，在全市干部职工的团结拼搏下，全区完成了年初确定的各项目标任务。", "全市"),
    ],
)
def test_the_people_whose_joint_effort_won_the_own_results_are_the_own_place_s(head: str, said: str, word: str) -> None:
    assert _found(head + said + "\n", rule="level-mix") == [("level-mix", word)]
    own = word[0] + head[head.index("全") + 1]  # 全县 → 全镇 in the town's speech
    assert _found(head + said.replace(word, own) + "\n", rule="level-mix") == []


@pytest.mark.parametrize(
    "said",
    [
        "过去一年，在县委、县政府的坚强领导下，我们取得了一系列实际成效。",  # the superior's leadership, named as such
        "过去一年，在全县人民的大力支持下，我们取得了一系列实际成效。",  # the superior's support, not the own effort
        "过去一年，在全县干部群众的共同努力下，全县经济总量突破百亿元，我镇也取得了新的进步。",  # the county's own results
    ],
)
def test_a_superior_s_help_or_its_own_results_stay_silent(said: str) -> None:
    assert _found(TOWN + said + "\n", rule="level-mix") == []


@pytest.mark.parametrize(
    ("head", "said", "body"),
    [
        # batch 43 planted p33: a 区 speaker who says 我区 speaks for the 区, never for the city
        (DISTRICT, "今年以来，我区安全形势总体平稳。在此，我代表市委、市政府，向奋战在一线的同志们表示感谢！", "市委"),
        (COUNTY, "去年，我县经济运行稳中有进。借此机会，我代表市委、市政府，向全县广大干部群众致以问候！", "市委"),
        (TOWN, "去年，我镇各项工作取得新成绩。在这里，我代表县委、县政府，向全镇干部群众表示感谢！", "县委"),
    ],
)
def test_a_speaker_who_says_we_of_his_level_does_not_speak_for_a_superior(head: str, said: str, body: str) -> None:
    assert _found(head + said + "\n", rule="level-mix") == [("level-mix", body)]


def test_a_superior_s_leader_who_never_says_we_of_the_place_speaks_for_the_superior() -> None:
    # 我代表市委、市政府 at the county's meeting, 你们县 and 全县 only: the city's leader, not a slip
    text = ("在全县经济工作会议上的讲话\n\n同志们：\n\n今天召开全县经济工作会议。首先，我代表市委、市政府，向全县广大干部群众"
            "致以问候！去年，你们县经济运行稳中有进，全县上下要再接再厉。\n")  # fmt: skip
    assert _found(text, rule="level-mix") == []


HUGUAN = ("劳动模范表彰大会讲话\n\n同志们：\n\n刚才，县委书记同志作了主题为《实现八大突破，奋力谱写壶关转型跨越新篇章》的报告。"
          "我们要进一步统一思想，振奋精神，奋发有为，奋力谱写小康壶关建设新篇章。下面，我讲三点意见。\n")  # fmt: skip


@pytest.mark.parametrize(
    ("place", "own", "other", "name"),
    [
        # batch 43 planted p21: 小康平顺建设 in 壶关县's speech (平顺, a neighbour county of 长治市)
        ("壶关县", "小康壶关建设新篇章", "小康平顺建设新篇章", "平顺"),
        ("壶关县", "小康壶关建设新篇章", "平顺转型发展新篇章", "平顺"),
        ("黎城县", "小康黎城建设新篇章", "武乡高质量发展新篇章", "武乡"),
    ],
)
def test_a_neighbour_s_name_in_the_own_new_chapter_is_a_foreign_place(place: str, own: str, other: str, name: str) -> None:
    text = HUGUAN.replace("壶关转型跨越", place[:2] + "转型跨越")
    assert _found(text.replace("小康壶关建设新篇章", own), place=place, rule="foreign-place") == []
    assert _found(text.replace("小康壶关建设新篇章", other), place=place, rule="foreign-place") == [("foreign-place", name)]


def test_a_new_chapter_with_no_place_in_it_stays_silent() -> None:
    text = HUGUAN.replace("小康壶关建设新篇章", "新时代高质量发展新篇章")
    assert _found(text, place="壶关县", rule="foreign-place") == []
    assert _found(text, place="壶关县", severity="warning", rule="foreign-place") == []


def test_two_counties_each_said_once_as_own_with_no_place_known_are_warned() -> None:
    # no --place: 壶关 in the report's title and 平顺 in the speaker's call, each said once as the own county — one of
    # them is a leftover, and only the writer knows which
    flawed = HUGUAN.replace("小康壶关建设新篇章", "小康平顺建设新篇章")
    assert sorted(t for _, t in _found(flawed, "warning", "foreign-place")) == ["壶关", "平顺"]
    said = [f.message for f in check_text(flawed).findings if f.rule == "foreign-place"]
    assert said and all("同属长治市" in m for m in said)
    # the own name said twice is the speech's own: silent
    assert _found(HUGUAN, "warning", "foreign-place") == []
    assert _found(HUGUAN, rule="foreign-place") == []
