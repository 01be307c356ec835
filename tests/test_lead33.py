"""The lead's session-33 fixes: correct sentences check read as slips."""

from __future__ import annotations

import pytest

from drafter.check.lines import check_repeated


@pytest.mark.parametrize(
    "line",
    [
        "今年以来，全县上下过得安安稳稳。",  # 稳稳 after 安安: half of an AABB word
        "让群众安安心心、高高兴兴过个好年。",
        "我们院院长带头下沉科室，",  # the unit's own 院, then 院长
        "本校校长要亲自抓，",
        "要以以往的经验为基础，",  # the preposition 以, then 以往
        "各方要对对方负责，",
        "讓群眾安安穩穩過個好年。",  # traditional
    ],
)
def test_two_words_meeting_are_no_doubled_character(line: str) -> None:
    assert not check_repeated(line, 1), check_repeated(line, 1)


@pytest.mark.parametrize(
    ("line", "run"),
    [
        ("要对对群众负责，", "对对"),  # 对群 is no word: a slip
        ("市委委组织部牵头，", "委委"),
        ("坚持以以人民为中心，", "以以"),
        ("抓好安全全生产，", "全全"),
    ],
)
def test_slips_beside_those_words_are_still_found(line: str, run: str) -> None:
    assert [f.text for f in check_repeated(line, 1)] == [run]
