"""drafter check on batch 41's false error and planted miss (issue #13). Fixtures are our own writing."""

from __future__ import annotations

import opencc
import pytest
from check_fixtures import found as _found
from check_fixtures import read_fixture as _read

COUNTY = "在全县驻村工作会议上的讲话\n\n同志们：\n"


def test_a_superiors_departments_named_beside_the_own_are_no_level_mix() -> None:
    # 其中省直机关X名，市直机关X名，县直机关X名 in a county speech (batch 41 p11) was a level-mix error for 市直: the
    # departments of several levels the cadres come from, not the county's own 市直 said with the wrong level
    assert _found(_read("cadres-levels-correct.txt")) == []
    assert _found(_read("cadres-levels-flawed.txt"), rule="level-mix") == [("level-mix", "全市"), ("level-mix", "市直")]


@pytest.mark.parametrize(
    "said",
    [
        "全县共选派干部30名，其中省直机关3名，市直机关7名，县直机关20名。",
        "参加今天会议的还有省市直单位驻县负责同志。",
        "来自省、市直机关的队员有23名。",
        "市直驻县单位要主动配合，积极参与。",
        "市直帮扶单位要发挥优势，出钱出力。",
        "感谢市直有关部门对我县驻村工作的大力支持。",
        "我代表县委，向关心支持我县发展的市直各部门表示衷心的感谢！",
    ],
)
def test_a_superiors_departments_stationed_sent_or_thanked_stay_silent(said: str) -> None:
    assert _found(COUNTY + said + "\n", rule="level-mix") == []


@pytest.mark.parametrize(
    "said",
    [
        "各乡镇、市直各部门要抓好落实。",  # the own departments told what to do
        "要落实市直各部门的责任，层层抓落实。",
        "市直各单位要把驻村工作摆上重要位置，感谢大家的辛勤付出。",  # told, though thanks follow
    ],
)
def test_the_own_departments_said_with_a_superiors_level_are_still_found(said: str) -> None:
    assert _found(COUNTY + said + "\n", rule="level-mix") == [("level-mix", "市直")]


@pytest.mark.parametrize(
    "said",
    [
        # the fruit of the own place's work, in a sentence whose subject is the own place (batch 41 planted p04)
        "今年以来，全县上下认真落实安全生产责任制，有力保证了生产经营安全有序，全市安全生产形势总体平稳。",
        # a paragraph's opening account of the year, with no superior named before it
        "今年以来，全市工业经济总体平稳，但新开工项目偏少。",
        "上半年，我县严格落实过紧日子要求，全市预算执行总体平稳。",
        # a year's outcome, and the state the own units are told to keep
        "去年汛期，全市没有发生一起人员伤亡事故。",
        "这些年，全市教育事业稳步发展，办学条件明显改善。",
        "过去一年，全县上下齐心协力，全市实现安全生产“零事故”。",
        "各乡镇、各部门要守住不发生重大事故的底线，确保全市安全形势持续稳定向好。",
    ],
)
def test_the_own_places_state_said_with_a_superiors_scope_is_found(said: str) -> None:
    assert _found(COUNTY + said + "\n", rule="level-mix") == [("level-mix", "全市")]
    assert _found(COUNTY + said.replace("全市", "全县") + "\n", rule="level-mix") == []


@pytest.mark.parametrize(
    "said",
    [
        "今年以来，全市安全生产形势总体平稳，但我县仍发生了两起事故。",  # the own set beside the superior's
        "刚才，市应急局通报了全市安全生产情况。今年以来，全市安全生产形势总体平稳。",  # the superior named as source
        "从全市看，经济运行总体平稳。今年以来，全市经济运行总体平稳，我县增速高于全市平均水平。",
        "市委书记指出，全市安全生产形势总体平稳，但不容乐观。",
        "今年以来，全县上下奋力拼搏，全市经济运行总体平稳，其中我县增速位居第二。",
        "去年汛期，全市没有发生一起人员伤亡事故，我县也经受住了考验。",
        "市防指通报，去年汛期全市没有发生人员伤亡。",
        "我们要为确保全市安全形势持续稳定作出贡献。",  # a share in the superior's
        "我们要为全市教育事业健康发展作出贡献。",
        "今年以来，全省经济运行总体平稳，但下行压力较大。",  # the province's account, as likely as a slip
    ],
)
def test_a_superiors_state_told_as_its_own_stays_silent(said: str) -> None:
    assert _found(COUNTY + said + "\n", rule="level-mix") == []


def test_traditional_and_one_line_copies_are_read_alike() -> None:
    # the fixtures are one line with half-width punctuation, as batch 41 p11 is; a 繁体 copy reads the same
    flawed = opencc.OpenCC("s2t").convert(_read("cadres-levels-flawed.txt"))
    assert "市直" in flawed and "全市" in flawed
    assert _found(flawed, rule="level-mix") == [("level-mix", "全市"), ("level-mix", "市直")]
    assert _found(opencc.OpenCC("s2t").convert(_read("cadres-levels-correct.txt"))) == []


@pytest.mark.parametrize(
    "said",
    [
        # a document's title names its author's level (batch 37 p38: 《我州农村红白喜事…》 in a 鹤峰县 item)
        "《我州农村红白喜事餐饮服务管理亟待关注》已上报州政协。",
        "要认真学习《关于进一步加强市直单位安全管理的通知》，结合实际抓好落实。",
        # a superior leader's words, quoted
        "正如市委书记所说：“全市上下要牢固树立安全发展理念。”",
    ],
)
def test_a_superiors_words_in_a_title_or_quoted_stay_silent(said: str) -> None:
    assert _found(COUNTY + said + "\n", rule="level-mix") == []
    # the same words as the speaker's own are still found
    own = said.replace("《", "").replace("》", "").replace("正如市委书记所说：“", "").replace("”", "")
    assert _found(COUNTY + own + "\n", rule="level-mix") != []


def test_the_own_organisations_said_with_a_superiors_scope_are_found() -> None:
    # 五年来，全市各级团组织围绕中心… opening a clause of a district speech: the organisations whose work the speaker
    # tells are its own (全县各级党组织 always was read so); a superior named beside them keeps them the superior's
    district = "在全区共青团工作会议上的讲话\n\n同志们：\n"
    for said in ("五年来，全市各级团组织围绕中心、服务大局，取得了显著成绩。",
                 "全市各级纪检监察机关和广大纪检监察干部坚守职责定位，敢于较真碰硬。"):  # fmt: skip
        assert _found(district + said + "\n", rule="level-mix") == [("level-mix", "全市")], said
        assert _found(district + said.replace("全市", "全区") + "\n", rule="level-mix") == [], said
    for said in ("五年来，在团市委的领导下，全市各级团组织围绕中心、服务大局。", "团市委书记指出，全市各级团组织要围绕中心。"):
        assert _found(district + said + "\n", rule="level-mix") == [], said
