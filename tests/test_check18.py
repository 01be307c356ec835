"""drafter check on the planted errors batch 18 missed (issue #13): a level word in the speaker's own sentence and a
lower body thanked as the superior. Fixtures are our own writing."""

from __future__ import annotations

from check_fixtures import found as _found
from check_fixtures import read_fixture as _read

from drafter.check import check_text


def test_the_work_a_county_speakers_sentence_pushes_is_the_countys() -> None:
    # 市委书记强调，我们要推动全市各项工作… (the superior's words) and 在全市各项工作中争当排头兵 (the city's work) stay quiet
    assert _found(_read("county-work-push-correct.txt")) == []
    # 我们要…，推动全市各项工作沿着正确的方向前进 in a county speech: 全县 written as 全市
    assert _found(_read("county-work-push-flawed.txt")) == [("level-mix", "全市")]
    found = [f for f in check_text(_read("county-work-push-flawed.txt")).findings if f.rule == "level-mix"]
    assert found[0].line == 13 and "全县" in found[0].suggestion


def test_a_lower_committee_thanked_as_the_superior_in_a_city_speech_is_an_error() -> None:
    # 市委对住建工作的高度重视; 各县委对…的关心支持 and 平安县委对…的高度重视 (named) are left alone
    assert _found(_read("city-bureau-patron-correct.txt")) == []
    # 充分体现了县委对住建工作的高度重视 in a city bureau's speech: 市委 written as 县委
    assert _found(_read("city-bureau-patron-flawed.txt")) == [("level-mix", "县委")]
    # a town's speaker thanking the county committee is thanking a superior
    town = "在全镇乡村振兴推进会上的讲话\n\n同志们：\n\n今天我们召开全镇推进会。这充分体现了县委对我镇工作的高度重视，我镇上下要抓好落实。\n"
    assert _found(town, rule="level-mix") == []


def test_a_set_phrase_with_an_inner_character_typed_twice_is_a_slip() -> None:
    # 奋发图强|强化 (the pair at the phrase's end), 兢兢业业, 群策群力: quiet
    assert _found(_read("set-phrase-doubled-correct.txt")) == []
    # 举世闻闻名, 实事求求是: 闻 and 求 are no function words, but the set phrase holds them once
    assert _found(_read("set-phrase-doubled-flawed.txt")) == [("repeated-char", "求求"), ("repeated-char", "闻闻")]


def test_a_first_item_said_again_in_the_very_next_paragraph_is_a_duplicate() -> None:
    # 第一、第二、第三 for the students, then 第一、第二 again for the teachers after a paragraph of its own: a new list
    assert _found(_read("first-twice-correct.txt")) == []
    # 第一、树立… then 第一、养成…: the 第二 mistyped (then 第三 after 第一 is reported too)
    assert _found(_read("first-twice-flawed.txt"), rule="numbering") == [("numbering", "第一、"), ("numbering", "第三、")]


def test_a_single_own_word_against_the_templates_hidden_body_is_a_level_warning() -> None:
    # ××县人大 (the template's own county, its name hidden) and 我县: one level
    assert _found(_read("held-place-correct.txt"), "warning", rule="level-mix") == []
    assert _found(_read("held-place-correct.txt")) == [("placeholder", "××")]
    # ××县人大 and 为我市指明了方向: the single 我市 no longer makes it a city speech; a warning asks for --level
    assert _found(_read("held-place-flawed.txt"), "warning", rule="level-mix") == [("level-mix", "我市")]
    # a city speech that says 我市 more than once, or names no body with a placeholder, is left alone
    city = "同志们：\n\n××县人大要主动作为。我市各项工作稳中有进，我市人大工作也要开创新局面。\n"
    assert _found(city, "warning", rule="level-mix") == []
