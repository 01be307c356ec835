"""drafter check on batch 53's false error and planted misses, by class (issue #13). Fixtures are our own writing."""

from __future__ import annotations

import pytest
from check_fixtures import found
from opencc import OpenCC

_S2T = OpenCC("s2t")


def _trad(text: str) -> str:
    """The same fixture as a traditional copy writes it."""
    return str(_S2T.convert(text))


# --- 1. The own year's headline figure, told with a superior's word ---------------------------------------------------

DISTRICT = (
    "在全区“十五五”规划编制工作推进会上的讲话\n\n同志们：\n\n今天，我们召开全区规划编制工作推进会。"
    "“十四五”时期，是我区发展极不平凡的五年。\n\n一是综合实力迈上新台阶。我们始终坚持发展第一要务，"
    "经济运行保持稳中有进的良好态势。{opening}\n{scope}{figure}，发展质量和效益显著提升。\n"
)


@pytest.mark.parametrize(
    ("opening", "figure"),
    [
        # batch 53 p03: the account's year on the line before (a hard-wrapped copy), then the own figure as 全市
        ("预计到2025年末，", "地区生产总值将突破百亿元大关"),
        ("到 2025 年底，", "一般公共预算收入首次突破十亿元"),
        ("", "地区生产总值预计达到三百亿元"),
    ],
)
def test_the_own_figure_told_as_the_superiors_is_a_level_slip(opening: str, figure: str) -> None:
    text = DISTRICT.format(opening=opening, scope="全市", figure=figure)
    assert found(text, rule="level-mix") == [("level-mix", "全市")]
    assert found(_trad(text), rule="level-mix") == [("level-mix", "全市")]
    assert found(DISTRICT.format(opening=opening, scope="全区", figure=figure), rule="level-mix") == []


def test_the_superiors_figure_set_beside_the_own_is_no_slip() -> None:
    text = DISTRICT.format(opening="预计到2025年末，", scope="全市", figure="地区生产总值将突破千亿元，我区占五分之一")
    assert found(text, rule="level-mix") == []


# --- 2. The development the speaker's own "we must" pushes -------------------------------------------------------------

COUNTY = (
    "在全县民营经济发展大会上的讲话\n\n同志们：\n\n今天，我们专题学习民营企业座谈会精神，深感振奋、备受鼓舞。"
    "近年来，我县民营经济发展势头良好，全县上下营商环境持续改善。{sentence}\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        # batch 53 p29: 我们要…抓好贯彻落实，全力推动全市民营经济高质量发展 in a county speech
        "我们要以高度的政治自觉、行动自觉抓好贯彻落实，全力推动全市民营经济高质量发展。",
        "我们必须把思想统一到会议精神上来，加快推进全市文旅产业融合发展。",
        "会后，我们一定要真抓实干，促进全市民营经济健康发展。",
    ],
)
def test_the_development_we_push_is_our_own(sentence: str) -> None:
    text = COUNTY.format(sentence=sentence)
    assert found(text, rule="level-mix") == [("level-mix", "全市")]
    assert found(_trad(text), rule="level-mix") == [("level-mix", "全市")]


@pytest.mark.parametrize(
    "sentence",
    [
        "我们要抓好贯彻落实，为推动全市民营经济高质量发展作出更大贡献。",
        "我们要主动融入全市发展大局，推动全县民营经济高质量发展。",
        "市委书记强调，我们要全力推动全市民营经济高质量发展。",
    ],
)
def test_a_share_in_the_superiors_development_is_no_slip(sentence: str) -> None:
    assert found(COUNTY.format(sentence=sentence), rule="level-mix") == []


def test_a_towns_we_may_push_the_countys_development() -> None:
    text = (
        "在全镇经济工作会议上的讲话\n\n同志们：\n\n今年以来，我镇经济运行总体平稳，全镇上下干劲十足。"
        "我们要主动作为，全力推动全县经济高质量发展。\n"
    )
    assert found(text, rule="level-mix") == []


# --- 3. A character typed twice where two words meet -------------------------------------------------------------------

LOW_ALTITUDE = "在全市低空经济发展推进会上的讲话\n\n同志们：\n\n低空经济作为新兴经济形态，拥有广阔市场。我们要{task}，抓好各项工作落实。\n"


@pytest.mark.parametrize(
    ("task", "pair"),
    [
        # batch 53 p12: 通用航航空 — our own text seldom writes 航空, the language's dictionary knows it
        ("大力发展通用航航空产业", "航航"),
        ("加快发展海洋渔渔业", "渔渔"),
        ("培育商业航航天等新兴产业", "航航"),
    ],
)
def test_a_character_typed_twice_between_two_words_is_a_slip(task: str, pair: str) -> None:
    text = LOW_ALTITUDE.format(task=task)
    assert found(text, rule="repeated-char") == [("repeated-char", pair)]
    assert found(_trad(text), rule="repeated-char") == [("repeated-char", _trad(pair))]


@pytest.mark.parametrize("task", ["请文体队队长带好头", "由宣传部部长牵头", "坚持人民民主专政", "认真学习习近平总书记重要讲话"])
def test_a_units_head_and_words_that_share_a_character_stay_clean(task: str) -> None:
    assert found(LOW_ALTITUDE.format(task=task), rule="repeated-char") == []


# --- 4. An idiom mistyped as a word said twice -------------------------------------------------------------------------

HOSPITAL = "在年终总结暨表彰大会上的讲话\n\n同志们：\n\n今天，我们隆重表彰先进集体和先进个人。希望你们珍惜荣誉，{wish}，为医院发展作出新的贡献。\n"


@pytest.mark.parametrize(
    ("wish", "written", "meant"),
    [
        # batch 53 p36: 戒躁戒躁 is 戒骄戒躁 with one character wrong; deleting one 戒躁 would break the sentence
        ("戒躁戒躁，再接再厉", "戒躁戒躁", "戒骄戒躁"),
        ("全院上下同心同心，再接再厉", "同心同心", "同心同德"),
        ("勤俭节约，不能大手大手", "大手大手", "大手大脚"),
    ],
)
def test_a_mistyped_idiom_is_warned_with_the_idiom(wish: str, written: str, meant: str) -> None:
    for text in (HOSPITAL.format(wish=wish), _trad(HOSPITAL.format(wish=wish))):
        assert found(text, rule="repeated-char") == []
        warned = [f for f in __import__("drafter.check", fromlist=["check_text"]).check_text(text).findings
                  if f.rule == "repeated-char"]  # fmt: skip
        assert [f.text for f in warned] == [_trad(written) if "們" in text else written]
        assert warned[0].suggestion == f"改为“{meant}”"  # (the read text is simplified)


def test_a_word_said_twice_stays_an_error() -> None:
    text = HOSPITAL.format(wish="继续加强建设建设，再接再厉")
    assert found(text, rule="repeated-char") == [("repeated-char", "建设建设")]


# --- 5. A flattened page whose one ordinal is not 第一 ------------------------------------------------------------------

FLAT = (
    "在全区城市更新工作推进大会上的讲话 同志们： 今天，我们在这里召开全区城市更新工作推进大会。 会议的主要任务是，"
    "深入学习贯彻城市工作会议精神，总结工作成效，部署下一阶段任务。 刚才，几位同志作了发言，讲得很好，我都赞成。 "
    "下面，我讲几点意见。 一、统一思想，提高站位，深刻认识城市更新的重大意义 城市更新不是简单的拆旧建新，而是一场涉及"
    "发展方式、治理模式、生活品质的深刻变革。全区上下必须站在全局和战略的高度，深刻认识这项工作的重要性和紧迫性。 "
    "{mark}实施城市更新，是践行人民城市理念的政治任务。我们要坚持以人民为中心，把群众的安全感和幸福感放在首位，"
    "让老旧小区焕发新的生机，让城市更有温度、更有品质、更加宜居。这项工作时间紧、任务重、要求高，各级各部门要"
    "切实扛起责任，拿出过硬举措，确保各项任务按期完成。\n"
)


@pytest.mark.parametrize("mark", ["第二，", "第二,", "第三、"])
def test_a_lone_ordinal_of_a_flattened_page_must_be_the_first(mark: str) -> None:
    for text in (FLAT.format(mark=mark), _trad(FLAT.format(mark=mark))):
        warned = found(text, "warning", rule="numbering")
        assert len(warned) == 1 and warned[0][1].startswith(mark[:2] if "們" not in text else _trad(mark[:2]))


def test_a_flattened_pages_first_ordinal_and_a_long_line_are_left_alone() -> None:
    assert found(FLAT.format(mark="第一，"), "warning", rule="numbering") == []
    text = FLAT.format(mark="第一，").replace("这项工作时间紧", "第二，这项工作时间紧")
    assert found(text, "warning", rule="numbering") == []
    assert found(FLAT.format(mark="第二，").replace(" ", ""), "warning", rule="numbering") == []
