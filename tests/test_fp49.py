"""fp49 (#13): a doubled character is an error only when no reading of the language holds it; where one does (two
common words meeting, a person's name before the word it opens, a verb or a thanks said twice the spoken way) it is a
warning that says 请核对 and names the reading. And an announced count whose run-in list stops mid-sentence is a copy
cut short, not a miscount. Our own sentences."""

from __future__ import annotations

import pytest
from check_fixtures import found

from drafter.check import check_text

HEAD = "在全县项目建设推进会议上的讲话\n\n同志们：\n\n"


def _doubled(sentence: str) -> list[tuple[str, str, str]]:
    report = check_text(HEAD + sentence + "\n")
    return [(str(f.severity), f.text, f.message) for f in report.findings if f.rule == "repeated-char"]


@pytest.mark.parametrize(
    ("sentence", "pair", "reading"),
    [
        ("这种种子耐旱高产，要在全县推广。", "种种", "“这种”和“种子”"),  # 这种 | 种子
        ("该项项目已经完成立项审批。", "项项", "“该项”和“项目”"),  # 该项 | 项目
        ("对拖延进度的单位，还要要求其限期整改。", "要要", "“还要”和“要求”"),  # 还要 | 要求
        ("这次次日就要召开现场推进会。", "次次", "“这次”和“次日”"),  # 这次 | 次日
    ],
)
def test_two_common_words_meeting_on_one_character_is_a_warning_that_names_them(sentence: str, pair: str, reading: str) -> None:
    got = _doubled(sentence)
    assert [(sev, text) for sev, text, _ in got] == [("warning", pair)]
    assert "请核对" in got[0][2] and reading in got[0][2]


@pytest.mark.parametrize(
    ("sentence", "pair", "name"),
    [
        ("会上，县委书记王强强调，要把项目建设摆在突出位置。", "强强", "王强"),  # a given name, then 强调
        ("常务副县长张明明确要求，各乡镇要倒排工期。", "明明", "张明"),  # then 明确
        ("分管副书记赵刚刚刚从项目工地调研回来。", "刚刚刚", "赵刚"),  # then the adverb 刚刚
    ],
)
def test_a_name_before_the_word_it_opens_is_a_warning(sentence: str, pair: str, name: str) -> None:
    got = _doubled(sentence)
    assert [(sev, text) for sev, text, _ in got] == [("warning", pair)]
    assert f"人名“{name}”" in got[0][2]


def test_a_name_said_elsewhere_in_the_speech_is_read_as_a_name() -> None:
    text = HEAD + "刚才，李军同志通报了进度。\n\n李军军容严整地带队检查了施工现场。\n"
    warned = [(f.severity.name, f.text) for f in check_text(text).findings if f.rule == "repeated-char"]
    assert warned == [("WARNING", "军军")]


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("工作之余，大家可以聊聊天、散散步，放松一下。", "散散"),  # a verb said twice before its object (散步 a noun)
        ("请把手机调成静音，谢谢谢谢！", "谢谢谢谢"),  # thanks said twice
        ("今天的会开得很好很好，我完全同意。", "很好很好"),  # an answer said twice
        ("老支书连声说：“好好，我们一定办好。”", "好好"),  # an answer said twice at the start of a reply
    ],
)
def test_a_spoken_saying_twice_is_a_warning(sentence: str, pair: str) -> None:
    got = _doubled(sentence)
    assert [(sev, text) for sev, text, _ in got] == [("warning", pair)]
    assert "请核对" in got[0][2]


@pytest.mark.parametrize(
    "sentence",
    [
        "检验项目建设成效的标准是是否让群众满意。",  # the copula, then the question 是否
        "问题的关键是是否真正把责任压实到人。",
        "村里的老老少少都来到了施工现场。",  # an AABB word
    ],
)
def test_a_doubling_the_language_holds_is_nothing(sentence: str) -> None:
    assert _doubled(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("这次会议要求各单位推进工工作落实。", "工工"),  # 进工 is no word: 工作's first character typed twice
        ("要增强加加快项目建设的紧迫感。", "加加"),  # 强加 would split 增强: no seam reading
        ("今天召开全县文化化工作推进大会。", "化化"),  # 化工 leaves 作推: the text does not go on
        ("感谢市委、市政政府的关心支持。", "政政"),  # said once it is the single word 市政府
        ("要严格落实项目建设的的各项制度。", "的的"),  # a particle said twice
    ],
)
def test_a_doubling_no_reading_holds_stays_an_error(sentence: str, pair: str) -> None:
    assert found(HEAD + sentence + "\n", "error", rule="repeated-char") == [("repeated-char", pair)]


CUT = (
    HEAD
    + "这次培训机会难得。为了确保培训收到实效，我再强调三点：一要遵守纪律，当好学员，自觉服从安排。"
    "二要严格请假，原则上不请假，确实有事的请向组长请假后方可离开，\n\n"
    "第一版：要闻\n\n全县项目建设现场观摩会召开\n"
)


def test_a_run_in_list_cut_mid_sentence_is_a_warning_not_a_miscount() -> None:
    counted = [(f.severity.name, f.text) for f in check_text(CUT).findings if f.rule == "count-mismatch"]
    assert counted == [("WARNING", "强调三点")]


def test_a_run_in_list_that_ends_its_sentence_short_of_the_count_stays_an_error() -> None:
    whole = CUT.replace("请假后方可离开，", "请假后方可离开。")
    counted = [(f.severity.name, f.text) for f in check_text(whole).findings if f.rule == "count-mismatch"]
    assert counted == [("ERROR", "强调三点")]
