"""Ingest and check on the shapes the sealed batch 25 showed after its one measure (issue #13).
Our own fixtures, reproducing the shapes only."""

from __future__ import annotations

from pathlib import Path

from archive_fixtures import ingest
from archive_fixtures import shape as _shape
from check_fixtures import found as _found
from check_fixtures import read_fixture as _read


def test_an_untitled_year_account_thanking_the_congress_and_the_cppcc_for_their_supervision_is_a_report(tmp_path: Path) -> None:
    # 摘要 / 2025年是…之年。一年来，…在县委的正确领导下，在县人大和县政协的监督支持下，…: a government's account of the
    # year (only the government thanks the 人大 and the 政协 for supervising its work); it was read as other
    (doc,) = ingest(tmp_path, "report-untitled-government-review-abstract.txt")
    assert _shape(doc) == ("report", None, [])


def test_a_short_title_over_an_offices_account_of_the_year_is_a_report(tmp_path: Path) -> None:
    # 2025年度统计工作情况 / 2025年，我局在县委、县政府…的正确领导下，…: the account's lead under its short title (the lead
    # alone was known; under a title it was read as other)
    (doc,) = ingest(tmp_path, "report-short-title-over-account-lead.txt")
    assert _shape(doc) == ("report", None, [])


def test_an_untitled_half_year_account_opening_on_its_results_part_is_a_report(tmp_path: Path) -> None:
    # 上半年，县水利局… / 一、上半年主要工作及成效 / （一）… / 1. 2., the page cut in its first part: read as other, 0 points
    (doc,) = ingest(tmp_path, "report-untitled-half-year-results-part.txt")
    assert _shape(doc) == ("report", None, [1])


def test_a_text_saying_it_is_the_years_summary_is_a_report_not_a_speech(tmp_path: Path) -> None:
    # …以下是我们2025年度的主要工作回顾与总结。 / 一、… 1. 2.: it says what it is; its 我们 is the office's (read as a speech)
    (doc,) = ingest(tmp_path, "report-untitled-says-it-is-the-summary.txt")
    assert _shape(doc) == ("report", None, [2, 2])


def test_dated_links_of_a_sites_related_list_are_no_part_of_the_speech_under_them(tmp_path: Path) -> None:
    # 相关推荐 / - 2026-03-01 10:12:33 在…座谈会上的交流发言 …: the site's links, each with the time it was posted; they
    # were joined into running text over the speech's title, and the 发言 was read as other
    (doc,) = ingest(tmp_path, "speech-after-dated-related-links.txt")
    assert doc["kind"] == "speech" and doc["lines"][0] == 6 and doc["title"] == "在全市数字经济发展座谈交流会上的发言"


def test_a_newspapers_editors_note_is_no_speech(tmp_path: Path) -> None:
    # 第5版（读者来信） / 专栏：编者的话 / …我们应当…: the paper's own comment to its readers, printed under the column that
    # says so; its one 我们应当 made it a speech
    (doc,) = ingest(tmp_path, "other-newspaper-editors-note.txt")
    assert _shape(doc) == ("other", None, [])


def test_a_count_of_opinions_ending_its_clause_announces_the_points_even_without_its_verb(tmp_path: Path) -> None:
    # 借此机会，代表公司安全生产委员会三点意见： / 一、…: the copy lost 讲 or 提; the clause ends on the count and a colon
    (doc,) = ingest(tmp_path, "speech-announcement-lost-its-verb.txt")
    assert _shape(doc) == ("speech", 3, [0, 0, 0])


def test_the_parts_named_before_their_count_of_dimensions_are_an_announcement(tmp_path: Path) -> None:
    # 接下来，我将从A、B、C以及D四个维度，谈谈我的意见和要求。: the parts listed between 从 and the count
    (doc,) = ingest(tmp_path, "speech-parts-named-before-their-count.txt")
    assert _shape(doc) == ("speech", 4, [1, 0, 0, 0])


def test_feelings_gathered_into_a_quoted_count_of_sayings_are_an_announcement(tmp_path: Path) -> None:
    # 我要表达的心情，汇聚成了“三句话”： / 一是衷心感谢。…: the speaker's own count of what he says
    (doc,) = ingest(tmp_path, "speech-feelings-gathered-into-quoted-sayings.txt")
    assert _shape(doc) == ("speech", 3, [0, 0, 0])


def test_a_slogans_words_listed_after_its_verb_make_the_place_at_its_end_ours() -> None:
    # 構建富裕、文明、和諧吳江總要求 in a traditional copy of a 长安区 speech: the slogan built as the district's own, its
    # words listed before the place (only one word right before it was known), so 吳江 is another district's
    flawed, correct = _read("district-slogan-built-trad-flawed.txt"), _read("district-slogan-built-trad-correct.txt")
    assert _found(flawed, rule="foreign-place", place="长安区") == [("foreign-place", "吳江")]
    assert _found(correct, rule="foreign-place", place="长安区") == []


def test_a_districts_short_name_said_as_the_central_city_is_said_as_ours() -> None:
    # 吴江作为中心城区，节日期间将汇集大量的人流: the place whose role the speaker weighs is the speech's own; another
    # district's short name there is a slip (an error with --place, a warning to look without it)
    flawed = _read("district-role-as-central-city-flawed.txt")
    assert _found(flawed, rule="foreign-place", place="长安区") == [("foreign-place", "吴江")]
    assert _found(flawed, severity="warning", rule="foreign-place") == [("foreign-place", "吴江")]
    assert _found(_read("district-role-as-central-city-correct.txt"), rule="foreign-place", place="长安区") == []


def test_a_county_speech_mobilising_the_counties_of_a_city_is_a_level_slip() -> None:
    # 动员各县（市、区）进一步统一思想 in a 县委经济工作会议 speech: the meeting's call to subordinates a county does not
    # have (only 各县（市、区）要… was known, a clause of its own)
    assert _found(_read("county-mobilising-counties-flawed.txt"), rule="level-mix") == [("level-mix", "各县（市、区）")]
    assert _found(_read("county-mobilising-counties-correct.txt"), rule="level-mix") == []


def test_a_copy_cut_short_under_the_pages_one_line_outline_counts_its_points_from_the_outline(tmp_path: Path) -> None:
    # 【提纲】一、…（一）…（二）…二、…三、… over the title, the text cut inside its first point: the points the copy lost
    # are the outline's (a clerk counts them there); read 1 point of 3 before
    (doc,) = ingest(tmp_path, "speech-cut-under-one-line-outline.txt")
    assert _shape(doc) == ("speech", 3, [2, 3, 2])
    assert doc["points"][1]["heading"].startswith("突出工作重点") and any("网页上的提纲" in w for w in doc["warnings"])


def test_heading_lines_over_the_title_are_the_pages_outline_not_the_title(tmp_path: Path) -> None:
    # 一、总结经验 / 二、认清形势 / 三、明确任务 / 在…会议上的讲话 / 同志们：…, cut inside 一、: the first heading line was
    # read as the title and 1 point of 3
    (doc,) = ingest(tmp_path, "speech-cut-under-heading-lines.txt")
    assert doc["title"] == "在全县农业农村工作会议上的讲话" and _shape(doc) == ("speech", "几", [0, 0, 0])


def test_a_whole_copy_under_the_pages_outline_keeps_its_own_points(tmp_path: Path) -> None:
    # the outline only fills what a cut copy lost: a whole speech is read from its text
    (doc,) = ingest(tmp_path, "speech-whole-under-one-line-outline.txt")
    assert _shape(doc) == ("speech", 2, [0, 0]) and not any("网页上的提纲" in w for w in doc["warnings"])
