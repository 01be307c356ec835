"""drafter check on the census of our own correct speeches and the copy-paste slips planted in copies (issue #13,
session 33). Fixtures are our own writing: tests/fixtures/check/census33-*; bench/check_census.py measures them."""

from __future__ import annotations

import json

import pytest
from check_fixtures import FIXTURES, read_fixture
from check_fixtures import found as _found

from drafter.check import check_text

SPEC = json.loads((FIXTURES / "census33-plants.json").read_text(encoding="utf-8"))


def _errors(text: str, **kw: str) -> list[tuple[str, str]]:
    return _found(text, **kw)


# --- 1. A town answering at a county meeting speaks of 我镇 ---------------------------------------------------------

PLEDGE = (
    "在全县{meeting}推进会上的{kind}\n\n{who}\n\n尊敬的各位领导，同志们：\n\n根据会议安排，我代表{town}作发言。"
    "今年以来，{we}把这项工作作为重点，但与县委的要求相比，{we}还有差距。\n\n下一步，{we}将抓好落实，"
    "确保{we}各项工作走在全县前列。\n"
)


@pytest.mark.parametrize(
    ("kind", "who", "town", "we"),
    [
        ("表态发言", "兴国县梅林镇党委书记", "梅林镇", "我镇"),
        ("交流发言", "长冈乡党委书记", "长冈乡", "我乡"),
        ("述职报告", "梅窖镇党委书记", "梅窖镇", "我镇"),
    ],
)
def test_a_town_answering_at_a_county_meeting_speaks_for_its_town(
    kind: str, who: str, town: str, we: str
) -> None:
    text = PLEDGE.format(meeting="人居环境整治", kind=kind, who=who, town=town, we=we)
    report = check_text(text)
    assert report.level == we[-1]
    assert _errors(text) == []


def test_the_census_pledges_have_no_error_and_a_slip_in_them_is_still_found() -> None:
    for name in (
        "census33-01-county-meeting-town-pledge-correct.txt",
        "census33-19-town-debrief-at-county-correct.txt",
    ):
        text = read_fixture(name)
        assert _errors(text) == []
        assert _errors(text.replace("我镇", "我乡", 1), rule="level-mix") == [("level-mix", "我乡")]


@pytest.mark.parametrize("kind", ["讲话", "致辞"])
def test_the_county_speech_itself_still_reports_a_towns_word(kind: str) -> None:
    text = PLEDGE.format(meeting="人居环境整治", kind=kind, who="", town="全县", we="我镇")
    assert ("level-mix", "我镇") in _errors(text)


def test_a_pledge_that_also_says_we_county_keeps_the_meetings_level() -> None:
    text = (
        PLEDGE.format(meeting="人居环境整治", kind="表态发言", who="", town="梅林镇", we="我镇")
        + "我县要再加把劲。\n"
    )
    assert check_text(text).level == "县"


# --- 2. 干部干部，干字当头 ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "干部干部，干字当头。全县各级干部要实实在在干事。",
        "老师老师，就是要为人师表，一一做好学生的引路人。",
        "幹部幹部，幹字當頭。全縣各級幹部要實實在在幹事。",
    ],
)
def test_a_saying_that_doubles_its_word_is_no_slip(said: str) -> None:
    assert (
        _errors(f"在全县作风建设大会上的讲话\n\n同志们：\n\n{said}\n", rule="repeated-char") == []
    )


@pytest.mark.parametrize(
    "said", ["要抓好建设建设，干字当头。", "干部干部要带头，干出样子来。", "干部干部，要带头。"]
)
def test_a_doubled_word_inside_a_clause_is_still_a_slip(said: str) -> None:
    assert [r for r, _ in _errors(f"同志们：\n\n{said}\n", rule="repeated-char")] == [
        "repeated-char"
    ]


# --- 3. A 工作要点 that numbers its items on through the parts ---------------------------------------------------------


def test_items_numbered_on_through_three_parts_are_no_gap() -> None:
    text = read_fixture("census33-39-numbered-arabic-report-correct.txt")
    assert _errors(text, rule="numbering") == []
    one_per_line = (
        "县农业农村局2026年工作要点\n\n一、抓粮食生产\n\n1.稳面积。\n\n2.提单产。\n\n二、抓产业发展\n\n3.强龙头。\n\n"
        "4.建基地。\n\n三、抓乡村建设\n\n5.改环境。\n\n6.建设施。\n"
    )
    assert _errors(one_per_line, rule="numbering") == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("7.实施名师", "8.实施名师"),  # a gap where a part carries on
        ("4.实施学前", "1.实施学前"),  # one part restarts while the others carry on: no style
    ],
)
def test_a_gap_or_a_mixed_restart_in_numbered_on_items_is_still_reported(
    old: str, new: str
) -> None:
    text = read_fixture("census33-39-numbered-arabic-report-correct.txt").replace(old, new)
    assert _errors(text, rule="numbering")


def test_sub_points_carried_on_under_only_two_parts_are_still_a_restart_missed() -> None:
    text = "同志们：\n\n一、抓发展\n\n（一）抓项目。\n\n（二）抓产业。\n\n二、抓民生\n\n（三）抓就业。\n"
    assert _errors(text, rule="numbering") == [("numbering", "（三）")]


# --- 4. A place held up as the holder of a practice worth learning ----------------------------------------------------

LEARN = "在全市营商环境优化提升大会上的讲话\n\n同志们：\n\n今天召开全市大会。{said}\n\n全市上下要对标先进，把赣州打造成投资热土。\n"


@pytest.mark.parametrize(
    "said",
    [
        "杭州“最多跑一次”改革的做法，深圳对企业“无事不扰、有求必应”的理念，都值得我们好好学一学。",
        "昆山服务企业的好经验，值得各县（市、区）认真借鉴。",
    ],
)
def test_a_place_whose_practice_is_worth_learning_is_at_most_a_warning(said: str) -> None:
    assert _errors(LEARN.format(said=said), place="赣州市", rule="foreign-place") == []


@pytest.mark.parametrize(
    "said",
    [
        "杭州“最多跑一次”改革的做法，我们今年要全面推开。",  # its practice, but nothing says to learn from it
        "今年，杭州要在优化营商环境上走在全省前列，这个目标值得我们好好想一想。",  # no practice of it named
        "杭州服务企业，要有“店小二”的理念，值得我们好好学一学。",  # the practice is not its clause's
    ],
)
def test_a_foreign_name_said_as_ours_is_still_an_error(said: str) -> None:
    assert _errors(LEARN.format(said=said), place="赣州市", rule="foreign-place") == [
        ("foreign-place", "杭州")
    ]
