"""Text helpers: numerals, count words, punctuation width, level words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafter.places import level_words, upper_words
from drafter.text import (
    cn_number,
    count_han,
    count_word,
    parse_cn_number,
    split_sentences,
    to_fullwidth_punct,
    unwrap,
)


@given(st.integers(min_value=0, max_value=99))
def test_numerals_round_trip(n):
    assert parse_cn_number(cn_number(n)) == n


@pytest.mark.parametrize(("n", "text"), [(1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (99, "九十九")])
def test_cn_number(n, text):
    assert cn_number(n) == text


def test_count_word_uses_liang_for_two():
    assert [count_word(n) for n in (2, 3, 4)] == ["两", "三", "四"]
    assert parse_cn_number("两") == 2


@given(st.text(alphabet="妇女儿童,.;:?!()（）。，0123456789ab \n", max_size=60))
def test_fullwidth_is_idempotent(text):
    once = to_fullwidth_punct(text)
    assert to_fullwidth_punct(once) == once


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("突出重点,促进发展", "突出重点，促进发展"),
        ("(一)认真贯彻", "（一）认真贯彻"),
        ("达标率分别达到97.22%、92.11%", "达标率分别达到97.22%、92.11%"),
        ("1. 第一项", "1. 第一项"),
        ("hello, world", "hello, world"),
        ("同志们:", "同志们："),
    ],
)
def test_fullwidth_punct_only_inside_chinese(before, after):
    assert to_fullwidth_punct(before) == after


def test_level_words_and_superiors():
    county = level_words("县")
    assert (county.leadership, county.scope, county.we, county.below, county.own_depts) == (
        "县委、县政府", "全县", "我县", "各乡镇（街道）", "县直各部门",
    )  # fmt: skip
    assert level_words("镇").leadership == "镇党委、政府"
    assert upper_words("县")["leadership"] == "市委、市政府"
    assert upper_words("省")["leadership"] == "党中央、国务院"


def test_split_and_count():
    assert split_sentences("一要强化领导。二要加大投入！“好”。") == ["一要强化领导。", "二要加大投入！", "“好”。"]
    assert count_han("全县2027年，a") == 3


def test_unwrap_joins_chinese_lines_and_keeps_paragraphs():
    assert unwrap("第一行\n  第二行\n\n新段落") == "第一行第二行\n\n新段落"


def test_unwrap_drops_wraps_next_to_jinja_tags():
    assert unwrap("推动\n{{ we }}\n妇女儿童事业") == "推动{{ we }}妇女儿童事业"
    assert unwrap("{{ a }}\n{{ b }}") == "{{ a }}{{ b }}"
    assert unwrap("{{ place }}, and x") == "{{ place }}, and x"
