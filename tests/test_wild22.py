"""Ingest and check on the shapes a new real work set (wild22: speeches of departments and provinces, reports,
pages with heavy wrappers) showed at first sight (issue #13). Fixtures are our own writing."""

from __future__ import annotations

import json
from pathlib import Path

from archive_fixtures import INGEST, ingest
from check_fixtures import found as _found
from check_fixtures import read_fixture as _read


def test_a_copy_cut_after_point_one_whose_announcement_opens_with_a_vocative() -> None:
    # 同志们，刚才……。下面，我再……强调三点意见： then 第一，… and the copy ends: the vocative opening the announcing
    # paragraph is no closing, so the short count is the copy's (was an error)
    text = _read("count-cut-after-first-point-vocative.txt")
    assert _found(text, rule="count-mismatch") == []
    assert _found(text, severity="warning", rule="count-mismatch") == [("count-mismatch", "强调三点意见")]
    # the same speech with its closing after point one: the count is wrong in the speech itself
    closed = text + "\n同志们，植树造林功在当代，希望大家抓紧行动！\n"
    assert _found(closed, rule="count-mismatch") == [("count-mismatch", "强调三点意见")]


def test_a_forums_anti_copy_strings_are_no_words_of_the_speech(tmp_path: Path) -> None:
    # 3 T7 g4 K2 m. r. W5 j$ … lines and runs before and after a paragraph: hidden strings a forum puts in a copied
    # text. Ingest took the one opening with # for a Markdown heading and split the speech in two; check read the
    # X in them as a placeholder left in the speech (an error)
    (doc,) = ingest(tmp_path, "anti-copy-forum-strings.txt")
    assert (doc["kind"], doc["announced_count"], len(doc["points"])) == ("speech", 2, 2)
    assert "T7" not in json.dumps(doc, ensure_ascii=False) and "X%" not in json.dumps(doc, ensure_ascii=False)
    text = (INGEST / "anti-copy-forum-strings.txt").read_text(encoding="utf-8")
    assert _found(text) == []



def test_a_collection_pages_contents_and_a_year_its_page_chunk_cut() -> None:
    # XX镇…汇编(9篇)目录1.… (the site's "any town" in the list of contents) and …枫林镇20 / 2、26年政府工作报告 (the page's
    # chunk mark cut 2026 in two): neither is the report's own error (were a placeholder and a two-digit year)
    text = _read("collection-contents-chunk-year.txt")
    assert _found(text) == []
    # a short year in the report's own words is still one
    assert _found(text + "全面完成25年各项工作任务。\n", rule="date-format") == [("date-format", "25年")]


def test_an_untitled_speech_whose_speaker_stresses_his_own_points(tmp_path: Path) -> None:
    # no title, no 称谓, the meetings above told with 召开/强调, then 这里我就…再强调三点意见 and 一、二、三、: only the
    # speaker says so (was news, with no points)
    (doc,) = ingest(tmp_path, "speech-untitled-here-i-stress-three.txt")
    assert (doc["kind"], doc["announced_count"], len(doc["points"])) == ("speech", 3, 3)


def test_a_letter_numbered_as_a_pieces_in_brackets_under_font_buttons(tmp_path: Path) -> None:
    # A+ A-致全镇居民的倡议书[篇1] over its 称谓: the page's font-size buttons, then a letter's title numbered as a
    # collection's piece (was a speech with three points)
    (doc,) = ingest(tmp_path, "letter-piece-in-brackets-font-buttons.txt")
    assert (doc["kind"], doc["points"]) == ("other", [])


def test_the_first_point_numbered_two_right_after_the_announcement() -> None:
    # …我讲三点意见,供大家参考。 二、… in one line (half-width commas: the announcement was not read) and, in the second
    # speech, 下面，我讲两点意见。 then 二、 on the next line: the opening is in the copy, so no 一、 was lost with it
    # (were nothing and a warning)
    assert _found(_read("first-point-two-after-announcement.txt"), rule="numbering") == [
        ("numbering", "二、"), ("numbering", "二、"),
    ]  # fmt: skip
    # a copy that starts at 三、 with no announcement before it is still only a warning
    late = "在全县春季防火工作会议上的讲话\n三、把物资备到一线\n扑火工具要在清明前检查一遍。\n"
    assert _found(late, rule="numbering") == []


def test_the_own_work_written_with_another_levels_scope_word() -> None:
    # a city speech's 全县教育工作 where it says 全市教育工作 elsewhere (各县要统筹全县教育工作 and 县（市、区）… are the
    # counties' and stay quiet); a county speech telling 全市卫健系统要… at a clause's start (全市卫生健康工作会议
    # is the city's meeting and stays quiet) — both were missed
    for name in ("level-scope-city-own-work", "level-scope-county-system"):
        assert _found(_read(f"{name}-correct.txt"), rule="level-mix") == []
    assert _found(_read("level-scope-city-own-work-flawed.txt"), rule="level-mix") == [("level-mix", "全县")]
    assert _found(_read("level-scope-county-system-flawed.txt"), rule="level-mix") == [("level-mix", "全市")]


def test_a_collection_pages_contents_on_the_line_of_its_first_report(tmp_path: Path) -> None:
    # …汇编(9篇)目录1.… 9.… 2026年青禾镇政府工作报告各位代表：…一、… on one line (the page chunks joined): the list of
    # contents is the page's; the report keeps its title and its point (was no title and no point)
    (doc,) = ingest(tmp_path, "report-collection-contents-one-line.txt")
    assert (doc["kind"], doc["title"], len(doc["points"])) == ("report", "2026年青禾镇政府工作报告", 1)
