"""Ingest and check on the shapes a new real work set (wild23: speeches of county and town leaders, department
heads, a university and a company; reports and letters with heavy wrappers) showed at first sight (issue #13).
Fixtures are our own writing."""

from __future__ import annotations

from pathlib import Path

from archive_fixtures import INGEST, general_holding, ingest
from archive_fixtures import fragments as _fragments
from check_fixtures import found as _found
from check_fixtures import read_fixture as _read


def test_a_numbering_gap_where_the_page_says_it_hid_characters() -> None:
    # 一、 … ---此处隐藏3120字,下载后查看--- … 三、: the page hid point 二 behind its paywall and says so; the gap is
    # the page's, not the speech's (was a numbering error)
    text = _read("hidden-middle-numbering.txt")
    assert _found(text, rule="numbering") == []
    assert _found(text, severity="warning", rule="numbering") == [("numbering", "三、")]
    # without the page's note the gap is the speech's own
    bare = text.replace("---此处隐藏3120字,下载后查看---\n", "")
    assert _found(bare, rule="numbering") == [("numbering", "三、")]


def test_a_list_of_one_levels_bodies_ending_with_anothers_government() -> None:
    # 区委、区人大、县政府高度重视: the third body of a list of the district's four is the county's; the first pair
    # (区委、区人大) hid the second (区人大、县政府) from the pair rule (was missed)
    assert _found(_read("body-list-mixed-correct.txt"), rule="level-mix") == []
    assert _found(_read("body-list-mixed-flawed.txt"), rule="level-mix") == [("level-mix", "区人大、县政府")]


def test_all_the_party_organisations_of_another_level_told_what_they_must_do() -> None:
    # 全市各级党组织和广大党员干部必须… in a county speech: the speaker's own organisations, with the city's scope word;
    # 市委要求全市各级党组织… (the superior's words) stays quiet (was missed, with the level known or not)
    for kw in ({}, {"level": "县"}):
        assert _found(_read("party-orgs-scope-correct.txt"), rule="level-mix", **kw) == []
    for kw in ({}, {"level": "县"}):
        assert _found(_read("party-orgs-scope-flawed.txt"), rule="level-mix", **kw) == [("level-mix", "全市")]
    # without its title the level comes from 县委 and 全县: the same
    untitled = _read("party-orgs-scope-flawed.txt").split("\n", 1)[1].replace("全县作风建设推进会", "作风建设推进会")
    assert _found(untitled, rule="level-mix") == [("level-mix", "全市")]


def test_a_count_of_big_things_before_a_colon_and_its_run_in_list() -> None:
    # 有五大难题：第一是…第四是…: N大 counts the things named right after the colon, whatever they are called, and
    # 第一是 is a list mark like 第一， (was missed)
    assert _found(_read("big-count-run-in-correct.txt"), rule="count-mismatch") == []
    assert _found(_read("big-count-run-in-flawed.txt"), rule="count-mismatch") == [("count-mismatch", "五大难题")]


def test_a_deputy_whose_surname_is_quan_stays_out_of_general_fragments(tmp_path: Path) -> None:
    # 刚才，全副县长作了工作报告: 全 before 副县长 is a surname (全副 is never 全县's 全), and the acknowledgement
    # carrying it was a general fragment
    frags = _fragments(tmp_path, "deputy-rare-surname-quan.txt")
    assert general_holding(frags, "全副县长") == []
    assert any(not f["specific"] for f in frags)
    (doc,) = ingest(tmp_path / "again", "deputy-rare-surname-quan.txt")
    assert (doc["kind"], doc["announced_count"], len(doc["points"])) == ("speech", 2, 2)


def test_a_town_heads_draft_titled_as_a_deployment_and_his_three_thoughts(tmp_path: Path) -> None:
    # …工作会议镇长部署稿 (said twice) over 我有三方面的想法跟大家交流一下：: the title of a speech draft and the
    # speaker's announcement (were no title and no count)
    (doc,) = ingest(tmp_path, "town-have-three-thoughts.txt")
    assert (doc["kind"], doc["title"], doc["announced_count"], len(doc["points"])) == (
        "speech", "2026年全镇一季度工作会议镇长部署稿", 3, 3,
    )  # fmt: skip
    # check counts it too: two points under three thoughts is an error
    text = (INGEST / "town-have-three-thoughts.txt").read_text(encoding="utf-8")
    assert _found(text, rule="count-mismatch") == []
    two = text.replace("    三、要把作风立起来\n    干部要多下村、多进企业，少开会、少发文，把时间用在解决问题上。\n", "")
    assert _found(two, rule="count-mismatch") == [("count-mismatch", "有三方面")]


def test_half_year_accounts_titled_as_ideas_or_as_a_summary_of_the_situation(tmp_path: Path) -> None:
    # …上半年工作总结及下半年工作设想 and 镇上半年工作情况总结: an office's account of its half-year (were other,
    # with no title and no points)
    (ideas,) = ingest(tmp_path / "a", "report-summary-and-ideas.txt")
    assert (ideas["kind"], ideas["title"], [len(p["subpoints"]) for p in ideas["points"]]) == (
        "report", "某镇2026年上半年工作总结及下半年工作设想", [2, 2],
    )  # fmt: skip
    (summary,) = ingest(tmp_path / "b", "report-situation-summary.txt")
    assert (summary["kind"], summary["title"], summary["announced_count"], len(summary["points"])) == (
        "report", "镇上半年工作情况总结", 3, 3,
    )  # fmt: skip


def test_letters_a_call_with_a_comma_in_its_title_and_one_signed_without_a_title(tmp_path: Path) -> None:
    # 移风易俗树新风,婚事新办倡议书 (a comma in the title: read as a speech with three points) and an untitled 倡议 to
    # the county's people away from home, signed by the 乡's party committee and government with a date (read as news)
    for name in ("letter-title-with-comma.txt", "letter-signed-call-untitled.txt"):
        (doc,) = ingest(tmp_path / name, name)
        assert (doc["kind"], doc["points"]) == ("other", []), name


def test_a_piece_number_after_a_title_run_into_a_one_line_speech(tmp_path: Path) -> None:
    # 在全县…会议上的讲话(1) 今天的…: the page's piece number glued to the title was read as a heading (1), which
    # took the opening and the announcement as a point (no count, one point)
    (doc,) = ingest(tmp_path, "title-piece-number-one-line.txt")
    assert (doc["kind"], doc["title"], doc["announced_count"], len(doc["points"])) == (
        "speech", "在全县就业服务工作会议上的讲话", 2, 2,
    )  # fmt: skip


def test_a_one_line_survey_that_turns_to_its_parts_after_forming_the_report(tmp_path: Path) -> None:
    # …在认真分析的基础上，形成了关于…的调查报告：一、主要问题1、…: the survey's turn to its parts, in one line
    # with no count announced, the copy cut before 二、 (was a report with no points)
    (doc,) = ingest(tmp_path, "survey-one-line-formed-report.txt")
    assert (doc["kind"], [len(p["subpoints"]) for p in doc["points"]]) == ("report", [2])


def test_a_one_line_pastes_heading_before_a_long_first_sentence(tmp_path: Path) -> None:
    # 一、统一思想，充分认识…的重要意义 随着…（a first sentence of some 130 characters）。: the space that parts a heading
    # from its text in a one-line paste was closed up when the sentence after it ran past 80 characters, and the
    # heading took the sentence with it
    (doc,) = ingest(tmp_path, "one-line-heading-long-sentence.txt")
    assert [p["heading"] for p in doc["points"]] == [
        "统一思想，充分认识劳动保障工作的重要意义", "突出重点，扎实做好重点群体就业工作",
    ]  # fmt: skip
