"""drafter check on batch 48's planted misses and false error, by class (issue #13). Fixtures are our own writing; each
flawed one (and the false-error correct one) fails on integ31."""

from __future__ import annotations

import pytest
from check_fixtures import found as _found
from check_fixtures import read_fixture as _read

# ---------------------------------------------------------------- a word's first character typed twice


def test_a_doubled_character_opening_a_word_after_a_modal_or_at_a_clauses_start() -> None:
    # 我们要坚坚定信心 / ，坚坚持问题导向 / 并务务实推进: check31's rule read 意志坚坚定 (a whole word before it) but not
    # a one-character modal before it, nor a clause's start
    assert _found(_read("modal-head-doubled-correct.txt")) == []
    assert _found(_read("modal-head-doubled-flawed.txt")) == [
        ("repeated-char", "务务"), ("repeated-char", "坚坚"), ("repeated-char", "坚坚"),
    ]  # fmt: skip


@pytest.mark.parametrize("line", ["一、坚坚持党的领导", "要坚坚决打赢这场硬仗。", "工作中，务务实是第一位的。"])
def test_a_doubled_word_start_in_other_spellings(line: str) -> None:
    assert [f[0] for f in _found(f"同志们：\n\n{line}\n", rule="repeated-char")] == ["repeated-char"]


@pytest.mark.parametrize("line", ["我们要常常想一想。", "，天天都要抓。", "要坚持问题导向。", "大家要谈谈体会。"])
def test_reduplications_at_a_clauses_start_stay(line: str) -> None:
    assert _found(f"同志们：\n\n{line}\n", rule="repeated-char") == []


# ---------------------------------------------------------------- sayings gathered into N句话


def test_sayings_gathered_into_a_count_announce_it() -> None:
    # 我要表达的心情，汇聚成了“四句话”： then 一是…二是…三是…: the count of the sayings that follow
    assert _found(_read("sayings-announced-correct.txt")) == []
    assert _found(_read("sayings-announced-flawed.txt")) == [("count-mismatch", "四句话")]


@pytest.mark.parametrize("lead", ["我的体会可以归结为四句话：", "概括起来就是四句话：", "我想用四句话来概括："])
def test_sayings_announced_in_other_spellings(lead: str) -> None:
    text = _read("sayings-announced-correct.txt").replace("我要表达的心情，汇聚成了“三句话”：", lead)
    assert [f[0] for f in _found(text, rule="count-mismatch")] == ["count-mismatch"]
    assert _found(text.replace("四句话", "三句话"), rule="count-mismatch") == []


def test_sayings_looked_back_at_are_no_announcement() -> None:
    text = _read("sayings-announced-correct.txt").replace("汇聚成了“三句话”", "归结为这四句话")
    assert _found(text, rule="count-mismatch") == []


# ---------------------------------------------------------------- the own name with another level's suffix


@pytest.mark.parametrize("place", [None, "望江县"])
def test_the_own_name_with_another_levels_suffix_is_a_level_mix(place: str | None) -> None:
    # 我代表中共望江县委、望江市人民政府 / 得到了望江区委的充分肯定 in 望江县's speech (inferred from the title, or given)
    kw = {"place": place} if place else {}
    assert _found(_read("own-name-level-correct.txt"), **kw) == []
    assert _found(_read("own-name-level-flawed.txt"), **kw) == [("level-mix", "望江区委"), ("level-mix", "望江市人民政府")]


@pytest.mark.parametrize(
    "line",
    ["望江市场监管局要加强巡查。", "朝阳市委、市政府的同志来我区考察。", "海门市委曾经提出这一目标。"],
)
def test_a_market_or_a_real_places_body_is_no_own_name(line: str) -> None:
    # 望江市场 is 望江|市场; 朝阳市 (辽宁) and 海门市 (海门区's former name) are places the gazetteer holds
    place = "朝阳区" if "朝阳" in line else "海门区" if "海门" in line else "望江县"
    assert _found(f"同志们：\n\n{line}\n", place=place, rule="level-mix") == []


# ---------------------------------------------------------------- a sibling named as the year's own place


def test_a_sibling_named_as_the_place_whose_year_it_is() -> None:
    # 今年…也是盱眙奋力冲刺全国百强县的关键之年 in 涟水县's speech: the bare short name of a county of the same city,
    # which the gazetteer matches only after a boundary, said as the own place
    assert _found(_read("year-of-sibling-correct.txt"), place="涟水县") == []
    assert _found(_read("year-of-sibling-flawed.txt"), place="涟水县") == [("foreign-place", "盱眙")]
    # without --place: nothing else names the own place — said as ours and unconfirmed, a warning
    assert _found(_read("year-of-sibling-flawed.txt")) == []
    assert _found(_read("year-of-sibling-flawed.txt"), "warning", rule="foreign-place") == [("foreign-place", "盱眙")]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [("明年是金湖迈向高质量发展新阶段的起步之年。", "金湖"), ("当前正是洪泽加快转型的攻坚时期。", "洪泽"),
     ("今年也是沭阳冲刺百强县的关键之年。", "沭阳")],
)  # fmt: skip
def test_the_year_of_another_place_in_other_spellings(sentence: str, name: str) -> None:
    assert _found(f"同志们：\n\n{sentence}全县上下要共同努力。\n", place="涟水县") == [("foreign-place", name)]


@pytest.mark.parametrize("sentence", ["我们到盱眙考察学习。", "今年是盱眙龙虾节举办的第二十年。", "今年也是我们与盱眙结对的关键之年。"])
def test_a_sibling_named_otherwise_is_no_own_place(sentence: str) -> None:
    assert _found(f"同志们：\n\n{sentence}全县上下要共同努力。\n", place="涟水县") == []


# ---------------------------------------------------------------- 第二. as an ordinal


@pytest.mark.parametrize("stop", [".", "．"])
def test_ordinals_written_with_a_full_stop_are_numbered(stop: str) -> None:
    # 第一.本次论坛的初衷… 第二.… 第二.…: the page writes its ordinals as 1. 2., and the third repeats the second
    correct = _read("ordinal-full-stop-correct.txt").replace("第一.", f"第一{stop}").replace("第二.", f"第二{stop}")
    flawed = _read("ordinal-full-stop-flawed.txt").replace("第一.", f"第一{stop}").replace("第二.", f"第二{stop}")
    assert _found(correct) == []
    assert _found(flawed) == [("count-mismatch", "讲三个方面"), ("numbering", f"第二{stop}")]


def test_an_ordinal_before_a_decimal_is_no_item() -> None:
    text = "同志们：\n\n第一.5万亩高标准农田已经建成。\n\n第二，要抓好落实。\n"
    assert _found(text, rule="numbering") == []


# ---------------------------------------------------------------- the venue of a national contest


def test_a_national_contests_venue_is_no_own_place() -> None:
    # 7月的深圳全国数学联赛决赛现场 / 在杭州第19届亚运会上 in a 成都 school's speech: where the pupils competed (the false
    # error of batch 48 p07), a warning that says so
    correct = _read("contest-venue-correct.txt")
    assert _found(correct, place="成都市") == []
    warned = [f for f in _found(correct, "warning", place="成都市", rule="foreign-place")]
    assert warned == [("foreign-place", "杭州"), ("foreign-place", "深圳")]


def test_a_cities_own_event_and_an_own_stake_stay_errors() -> None:
    # 深圳市第七届中小学艺术节 (a city's own festival) and 为深圳的发展 are another city's speech copied
    assert _found(_read("contest-venue-flawed.txt"), place="成都市") == [("foreign-place", "深圳"), ("foreign-place", "深圳市")]
