"""drafter check flags what a reviewer (审稿人) would, and stays quiet on the shapes of real speeches (issue #13)."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.check import check_text
from drafter.findings import Finding

FIXTURES = Path(__file__).parent / "fixtures" / "check"


def findings(text: str, **kw: str) -> list[Finding]:
    return [f for f in check_text(text, **kw).findings if f.severity != "info"]


def errors(text: str, **kw: str) -> list[Finding]:
    return [f for f in findings(text, **kw) if f.severity == "error"]


def test_a_correct_speech_has_nothing_to_flag() -> None:
    text = (FIXTURES / "reviewer-correct.txt").read_text(encoding="utf-8")
    # 上级要求各县（市、区）…, 县委、县人大、县政府、县政协, a second list after 再强调两点, 以上三点 after three points
    assert findings(text) == []


def test_the_reviewers_slips_are_each_found() -> None:
    text = (FIXTURES / "reviewer-flawed.txt").read_text(encoding="utf-8")
    got = sorted((f.rule, str(f.severity), f.text) for f in findings(text))
    assert got == [
        ("count-mismatch", "error", "以上四点"),  # look-back after three points
        ("count-mismatch", "error", "强调三点"),  # 最后，我再强调三点： with 一、二、
        ("foreign-place", "warning", "泰州"),  # 平安泰州, the own place unknown and 泰州 named nowhere else
        ("level-mix", "error", "各县（市、区）"),  # a county has no counties below it
        ("order", "error", "县政府、县委"),
        ("order", "warning", "县委、县政府、县人大、县政协"),
        ("order", "warning", "同志们、各位领导："),
        ("repeated-paragraph", "error", "要完善应急预案，备足应急物资，确保一旦有"),
    ]


def test_a_slogan_of_another_place_is_an_error_once_the_place_is_known() -> None:
    text = (FIXTURES / "reviewer-flawed.txt").read_text(encoding="utf-8")
    assert [f.text for f in errors(text, place="如东县") if f.rule == "foreign-place"] == ["泰州"]
    named_twice = text.replace("我完全同意。", "我完全同意。泰州的同志介绍了经验。")
    assert [f for f in findings(named_twice) if "口号" in f.message] == []  # named elsewhere too: likely ours


def test_ordinal_paragraphs_hold_the_numbered_lines_under_them() -> None:
    text = (
        "同志们：\n\n就民兵工作，我谈两点意见：\n\n第一,过去一年的工作有以下几点体会\n\n"
        "1、队伍纪律严明。\n\n2、关键时刻顶得上。\n\n3、服务发展有作为。\n\n"
        "第二,提几点要求:\n\n一是坚定信念；二是苦练本领；三是服务大局。\n"
    )
    assert [f for f in errors(text) if f.rule == "count-mismatch"] == []
    assert [f for f in findings(text) if f.text.startswith("第")] == []  # 第二 carries on past the 1、 lines
    wrong = text.replace("谈两点意见", "谈三点意见")
    assert [f.text for f in errors(wrong) if f.rule == "count-mismatch"] == ["谈三点意见"]


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("县人大常委会主任在县十六届人大六次会议闭幕会上的讲话", "县"),
        ("省委常委、市委书记在市委十届五次全会上的讲话", "市"),
        ("在区第三届人民代表大会第四次会议闭幕时的讲话", "区"),
        ("区委书记在全县工作会议上的讲话", "县"),  # 全县 in the title comes first
    ],
)
def test_the_speakers_office_in_the_title_sets_the_level(title: str, level: str) -> None:
    text = f"{title}\n\n同志们：\n\n会议圆满完成了各项议程。我市各项工作取得新进展。\n"
    report = check_text(text)
    assert report.level == level
    wrong_we = [f.text for f in errors(text) if f.rule == "level-mix"]
    assert wrong_we == ([] if level == "市" else ["我市"])


def test_a_combined_county_district_form_is_no_mixed_pair() -> None:
    text = "同志们：\n\n要符合XX县区委、县政府提出的工作目标。在市委、县政府的领导下推进。\n"
    assert [f.text for f in errors(text) if f.rule == "level-mix"] == ["市委、县政府"]


def test_a_list_numbered_again_under_its_point_asks_for_the_lower_mark() -> None:
    text = (
        "同志们：\n\n一、一年来的工作\n\n一年来，我们主要做了以下工作：\n\n一、提升城市品质\n\n"
        "（一）环境持续改善。社区更加整洁。\n"
    )
    (found,) = [f for f in errors(text) if f.rule == "numbering"]
    assert "（一）" in found.message


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("在全镇安全生产工作会议上的讲话\n\n同志们：\n\n各乡镇、各部门要切实扛起责任。\n", ["各乡镇"]),
        ("在全镇安全生产工作会议上的讲话\n\n同志们：\n\n县里要求各乡镇年底前完成整治，全镇各村要抓紧。\n", []),
        ("在全县工作会议上的讲话\n\n同志们：\n\n省里要求各县市区在三季度全面完成换届。\n", []),
        ("在全市工作会议上的讲话\n\n同志们：\n\n各县（市、区）要切实扛起责任，各市州的经验要学习。\n", []),
        ("在全市工作会议上的讲话\n\n同志们：\n\n各市州、各部门要切实扛起责任。\n", ["各市州"]),
    ],
)
def test_subordinates_the_level_does_not_have(text: str, flagged: list[str]) -> None:
    assert [f.text for f in errors(text) if f.rule == "level-mix"] == flagged


@pytest.mark.parametrize(
    "sentence",
    ["感谢市委、市政府、市委组织部的关心。", "市委、市人大常委会、市政府、市政协领导出席。", "在县委、县政府的坚强领导下。"],
)
def test_offices_and_the_usual_order_are_not_flagged(sentence: str) -> None:
    assert [f for f in findings(f"同志们：\n\n{sentence}\n") if f.rule == "order"] == []


def test_a_title_repeated_by_a_web_page_is_no_repeated_paragraph() -> None:
    title = "在全县秋冬季安全生产工作会议暨安全生产专项整治推进会上的讲话"
    text = f"{title}\n{title}\n同志们：\n\n今天召开会议。\n"
    assert [f for f in findings(text) if f.rule == "repeated-paragraph"] == []


@pytest.mark.parametrize(
    ("old", "now"),
    [
        ("统筹疫情防控和经济社会发展", "统筹发展和安全"),
        ("做好常态化疫情防控", "提高重大疫情防控和应急处置能力"),
        ("践行三严三实要求", "践行主题教育的要求"),
    ],
)
def test_wording_of_the_pandemic_years_and_past_campaigns_is_outdated(old: str, now: str) -> None:
    def outdated(sentence: str) -> list[str]:
        return [f.text for f in findings(f"同志们：\n\n要{sentence}，推动高质量发展。\n") if f.rule == "outdated-phrase"]

    assert outdated(old) and outdated(now) == []


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("今天，我们召开全省秋冬季安全生产工作会议。", ["全省"]),
        ("省委、省政府召开全省安全生产工作会议，作出了部署。", []),
        ("在全省上下深入学习贯彻全会精神之际，我县召开这次会议。", []),
        ("市委、市政府召开全市经济工作会议，对今年工作作出部署。", []),
        ("今天，我们召开全市教育工作会议。", ["全市"]),
    ],
)
def test_a_superiors_meeting_is_ours_only_when_we_convene_it(sentence: str, flagged: list[str]) -> None:
    text = f"在全县工作会议上的讲话\n\n同志们：\n\n{sentence}我县要再接再厉。\n"
    assert [f.text for f in errors(text) if f.rule == "level-mix"] == flagged


@pytest.mark.parametrize(
    ("sentence", "with_place", "without_place"),
    [
        ("要大力弘扬泰州精神，奋力争先。", [("泰州", "error")], [("泰州", "warning")]),
        ("要大力弘扬延安精神，奋力争先。", [], []),  # taught to the whole country: no finding
        ("要大力弘扬张家港精神，奋力争先。", [], []),
    ],
)
def test_another_citys_spirit_said_as_ours(sentence: str, with_place: list[tuple[str, str]], without_place: list[tuple[str, str]]) -> None:
    text = f"在全县工作会议上的讲话\n\n同志们：\n\n{sentence}\n"

    def places(**kw: str) -> list[tuple[str, str]]:
        return [(f.text, str(f.severity)) for f in findings(text, **kw) if f.rule == "foreign-place"]

    assert places(place="如东县") == with_place
    assert places() == without_place


@pytest.mark.parametrize(
    ("hidden", "severity"),
    [("**县", "error"), ("XX县", "error"), ("我县", "warning"), ("某县", "warning")],
)
def test_a_real_slogan_in_a_speech_that_hides_its_own_place(hidden: str, severity: str) -> None:
    text = (
        "在全县消防工作会议上的讲话\n\n同志们：\n\n"
        f"去年，{hidden}圆满完成了各项安保任务。要确保全县消防安全形势稳定，为建设平安泰州作出贡献。\n"
    )
    assert [(f.text, str(f.severity)) for f in findings(text) if f.rule == "foreign-place"] == [("泰州", severity)]


def test_the_own_bodies_name_the_place_without_place() -> None:
    text = (
        "在全县安全生产工作会议上的讲话\n\n同志们：\n\n在如东县委、县政府的坚强领导下，全县安全生产形势总体平稳。"
        "我县要再接再厉，为建设平安泰州作出贡献。\n"
    )
    report = check_text(text)
    assert report.place == "如东县"
    assert [(f.text, str(f.severity)) for f in findings(text) if f.rule == "foreign-place"] == [("泰州", "error")]
    told_once = text.replace("在如东县委、县政府", "在县委、县政府").replace("总体平稳。", "总体平稳。学习如东县的经验。")
    assert check_text(told_once).place is None  # a county named once, not as ours: not enough


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [("省直各部门要加强指导，各乡镇要抓好落实。", ["省直"]), ("省直有关部门给予了大力支持，我们表示感谢。", [])],
)
def test_the_provinces_departments_told_what_to_do_in_a_county_speech(sentence: str, flagged: list[str]) -> None:
    text = f"在全县工作会议上的讲话\n\n同志们：\n\n{sentence}\n"
    assert [f.text for f in errors(text) if f.rule == "level-mix"] == flagged
