"""drafter check on the shapes of the real batch 15 (issue #13), reproduced in fixtures of our own writing."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.check import check_text
from drafter.findings import Finding
from drafter.structure import parse_blocks

FIXTURES = Path(__file__).parent / "fixtures" / "check"


def _errors(name: str, **kw: str) -> list[tuple[str, str]]:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    found: list[Finding] = [f for f in check_text(text, **kw).findings if f.severity == "error"]
    return sorted((f.rule, f.text) for f in found)


@pytest.mark.parametrize(
    "case",
    [
        "office-title-district",  # 区长领导干部大会上的讲话: the office opens a title with no 在
        "retreat-office-last",  # 经济社会发展务虚会区长讲话: the office right before 讲话
        "inline-title-lead",  # 2026年干部在全区……推进会讲话稿同志们：… run into one line, no 上的
        "breadcrumb-title",  # 首页>范文大全>…> on the first line, the title under it
    ],
)
def test_the_speakers_level_in_the_title_finds_a_planted_level_slip_without_place(case: str) -> None:
    assert _errors(f"{case}-correct.txt") == []
    assert check_text((FIXTURES / f"{case}-correct.txt").read_text(encoding="utf-8")).level == "区"
    assert _errors(f"{case}-flawed.txt") == [("level-mix", "我县")]


def test_a_superiors_words_reported_are_not_a_level_slip() -> None:
    # 市长指出，全市各级各部门要…: what the mayor said, in a 区 speech, with the place given or not
    assert _errors("office-title-district-correct.txt", place="临川区") == []
    text = "同志们：\n\n今天，我们召开全区工作会议。我代表区委讲几点意见。\n\n全市上下要抓好落实，区里要带头。\n"
    assert [f.text for f in check_text(text, place="临川区").findings if f.rule == "level-mix"] == ["全市"]


def test_a_small_reservoirs_class_and_a_numbered_slogan_are_no_errors() -> None:
    assert _errors("reservoir-class-correct.txt") == []
    assert _errors("reservoir-class-flawed.txt") == [("count-mismatch", "讲三点意见")]
    assert [b.kind for b in parse_blocks("（二）型水库要空库运行。")] == ["paragraph"]


def test_a_tripled_numeral_outside_a_number_is_still_reported() -> None:
    slogan = "同志们：\n\n我们按照“一三三三六”的思路抓落实。\n"
    assert [f.text for f in check_text(slogan).findings if f.rule == "repeated-char"] == []
    slip = "同志们：\n\n下面，我讲三三三点意见。\n"
    assert [f.text for f in check_text(slip).findings if f.rule == "repeated-char"] == ["三三三"]


def test_sub_points_run_in_after_a_full_stop_are_numbered() -> None:
    # 一、… 。(一)立足…。(二)…。(二)… in one line, half-width brackets: the doubled (二) is found, the right copy is clean
    assert _errors("runin-subheads-correct.txt") == []
    assert [rule for rule, _ in _errors("runin-subheads-flawed.txt")] == ["numbering"]
