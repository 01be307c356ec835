"""sev48 (#13): a doubled character is an error only when a careful reader is sure it is a slip; a shape a speech may
mean is a warning that says 请核对 and why; a legitimate doubling is nothing. Our own sentences."""

from __future__ import annotations

import pytest
from check_fixtures import found

from drafter.check import check_text

HEAD = "在全县教育工作会议上的讲话\n\n同志们：\n\n"


def _doubled(sentence: str) -> list[tuple[str, str, str]]:
    report = check_text(HEAD + sentence + "\n")
    return [(str(f.severity), f.text, f.message) for f in report.findings if f.rule == "repeated-char"]


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("我们要对此有一个清醒的的认识。", "的的"),  # a particle said twice inside a sentence
        ("全体教师要把教学任任务落到实处。", "任任"),  # a copy that joins no word (任务 once)
        ("这次会议议程紧凑，大家要抓紧工作作落实。", "作作"),  # 工作 | 作 joins nothing after it
        ("要坚定理想信念信念，办好人民满意的教育。", "信念信念"),  # a noun said twice
        ("希望同学们回家多陪陪妈妈妈，多做家务。", "妈妈妈"),  # a character typed three times
    ],
)
def test_a_certain_slip_is_an_error(sentence: str, pair: str) -> None:
    assert found(HEAD + sentence + "\n", "error", rule="repeated-char") == [("repeated-char", pair)]


@pytest.mark.parametrize(
    ("sentence", "pair", "why"),
    [
        ("课后老师要帮孩子们补补课，把基础打牢。", "补补", "补补课"),  # a verb said twice before its object
        ("家长问能不能早点放学，我说对对对，这事要研究。", "对对对", "对对对"),  # an answer said three times
    ],
)
def test_an_uncertain_doubling_is_a_warning_that_says_why(sentence: str, pair: str, why: str) -> None:
    got = _doubled(sentence)
    assert [(sev, text) for sev, text, _ in got] == [("warning", pair)]
    assert "请核对" in got[0][2] and why in got[0][2]


@pytest.mark.parametrize(
    "sentence",
    [
        "同学们要天天向上，好好学习。",  # reduplications
        "养成良好的学习习惯十分重要。",  # 学习 | 习惯: two words meet
        "大家要经常到村里走走看看，和群众聊聊天。",  # spoken verbs the rules already accept
        "全校上下要扎扎实实抓好每一项工作。",  # an AABB word
        "有了难题，班子成员要坐下来商量商量再定。",  # a verb said twice the spoken way
    ],
)
def test_a_legitimate_doubling_is_nothing(sentence: str) -> None:
    assert _doubled(sentence) == []
