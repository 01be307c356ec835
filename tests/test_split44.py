"""What batch66 (opened today, held out until now) showed, and the rules that carry past it (issue #13, split44): a
page's next news item opens on its outlet's tag (某某网消息 3月5日，…) under a paragraph the site cut; a shared document's
last page counter (第2页 共2页) ends it, and the next document's title runs into its first words with its page number
(1…会议上的讲话…); a dated lead telling an honour won opens the next item under a share bar; 强调这样两点意见
announces a count, and a page's number glued before 二是 is page debris; a call signed under a template's date (20XX年5月20日) is a letter; a report still to be written
(下一步…将…最终形成调研报告) is no report of the text's own; a 一、 run into a paragraph over points read as （一）（二）
is doubted. Each shape in three spellings of our own writing (tests/fixtures/split44/: simplified, traditional,
half-width punctuation), and a near shape beside it that must not change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from split_fixtures import docs, read

from drafter.ingest import ingest_paths
from drafter.ingest.lastpage import last_page_lines
from drafter.ingest.seams import opens_frame

FIXTURES = Path(__file__).parent / "fixtures" / "split44"
SPELLINGS = ("", "-traditional", "-halfwidth")


def _docs(tmp_path: Path, name: str) -> list[dict[str, Any]]:
    return docs(FIXTURES / name, tmp_path)


def _doubts(doc: dict[str, Any]) -> list[str]:
    return [w for w in doc["warnings"] if w.startswith("结构存疑")]


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_news_item_opening_on_its_outlets_tag_under_a_cut_paragraph_is_the_next_item(
    tmp_path: Path, spelling: str
) -> None:
    # 某镇召开…部署会 | 3月2日上午，… | … | …为群众生产生活 (cut) | (blank) | 某县新闻网消息 3月5日，某县某乡召开… | …
    first, second = _docs(
        tmp_path, f"outlet-tag-lead-under-cut{spelling}.txt"
    )  # was: one item, lines 1-8
    assert read(first) == ("news", [1, 4], 0)
    assert read(second) == ("news", [6, 8], 0)
    assert second["title"].startswith("某县某乡召开2026年度村党组织书记")


def test_another_outlets_news_cited_inside_an_item_stays_in_it(tmp_path: Path) -> None:
    # …为群众生产生活 (cut) | (blank) | 据某县新闻网消息，3月1日，县里召开了… (the item cites another's news: no tag of its own)
    (only,) = _docs(tmp_path, "outlet-tag-lead-under-cut-guard.txt")
    assert read(only) == ("news", [1, 7], 0)


def test_the_outlets_tag_is_read_before_the_lead_it_opens() -> None:
    assert opens_frame("某县新闻网消息 3月5日，某乡召开述职评议会。")
    assert opens_frame("本报讯（记者 某某）3月5日，某乡召开述职评议会。")
    assert not opens_frame("据某县新闻网消息，3月5日，某乡召开述职评议会。")  # (cited, not its own)
    assert not opens_frame("某县新闻网消息 某乡述职评议会圆满结束。")  # (no day: no dated lead)


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_shared_documents_last_page_counter_ends_it(tmp_path: Path, spelling: str) -> None:
    # 在全镇…会议上的讲话 同志们：今天，…表示衷心的感谢！ 第2页 共2页 | 1全县…会议上的讲话这次会议的主要任务是…我讲两点意见。 | 一、… | 二、…
    first, second = _docs(
        tmp_path, f"last-page-counter{spelling}.txt"
    )  # was: one speech, lines 1-6
    assert read(first) == ("speech", [1, 1], 0)
    assert first["announced_count"] is None
    assert read(second) == (
        "speech",
        [2, 6],
        2,
    )  # (上的讲话 ends a speech's title, however its 在 was lost)
    assert second["announced_count"] == 2
    assert second["title"].endswith("全县春季农业生产工作会议上的讲话")
    assert not second["title"].startswith(
        "1"
    )  # (the next document's page number is no part of its title)


def test_a_page_counter_that_is_not_the_last_is_a_page_break_in_the_same_speech(
    tmp_path: Path,
) -> None:
    # …一、提高思想认识… 第1页 共2页 | 二、突出工作重点…谢谢大家！
    (only,) = _docs(tmp_path, "last-page-counter-guard.txt")
    assert read(only) == ("speech", [1, 2], 2)


def test_only_a_last_page_counter_after_the_documents_text_is_read_as_its_end() -> None:
    text = "今天，我们召开全镇春季农业生产工作会议，主要任务是总结去年工作，安排部署今年春耕备耕各项任务，确保全年粮食丰收。"
    assert last_page_lines(f"{text} 第2页 共2页\n下一行") == frozenset({1})
    assert last_page_lines(f"{text} 第1页 共2页\n下一行") == frozenset()  # not the last page
    assert (
        last_page_lines("第2页 共2页\n下一行") == frozenset()
    )  # a counter on a line of its own: page debris
    assert (
        last_page_lines(f"第2页 共2页 {text}") == frozenset()
    )  # a counter before the text: the page's head


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_call_signed_under_a_templates_date_is_a_letter(tmp_path: Path, spelling: str) -> None:
    # XX花园小区的居民朋友们！ | …为此，我们倡议： | 从现在起，让我们… ×3 | … | XX街道XX花园社区 | 20XX年5月20日 (or 20××年×月×日)
    (letter,) = _docs(tmp_path, f"placeholder-dated-call{spelling}.txt")  # was: a speech
    assert read(letter) == ("other", [1, 8], 0)
    assert letter["genre"] == "书信"


def test_a_speech_signed_under_a_templates_date_stays_a_speech(tmp_path: Path) -> None:
    # 在社区居民代表会议上的讲话 | 同志们： | 今天，我们召开… | … | 谢谢大家！ | XX街道XX花园社区 | 20XX年5月20日 (no call to act)
    (speech,) = _docs(tmp_path, "placeholder-dated-call-guard.txt")
    assert read(speech) == ("speech", [1, 8], 0)


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_report_still_to_be_written_is_no_report_of_the_news_item(
    tmp_path: Path, spelling: str
) -> None:
    # 7月26日下午，某街道人大代表组召开座谈会，专题调研… | …下一步，代表组将深入社区…，最终形成调研报告。 | …参加了调研。
    (item,) = _docs(tmp_path, f"report-still-to-write{spelling}.txt")  # was: a report
    assert read(item) == ("news", [1, 3], 0)


def test_a_survey_that_says_it_was_written_as_its_report_stays_a_report(tmp_path: Path) -> None:
    # 根据年度工作安排，…在认真分析的基础上，形成了这份调研报告。 | 一、基本情况 | 二、存在的问题 | 三、对策建议
    (report,) = _docs(tmp_path, "report-still-to-write-guard.txt")
    assert read(report) == ("report", [1, 7], 3)


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_points_numbered_under_a_run_in_first_part_are_doubted(
    tmp_path: Path, spelling: str
) -> None:
    # …表示热烈的欢迎！一、充分认识本次培训的重要意义年轻干部是… | （一）这是适应发展形势的需要。 | … | （二）…
    (speech,) = _docs(tmp_path, f"run-in-part-over-subparts{spelling}.txt")
    assert read(speech) == (
        "speech",
        [1, 7],
        2,
    )  # (the two （一）（二） are read as points, as before)
    doubts = _doubts(speech)
    assert any("第 3 行句中有“一、”" in d and "（一）" in d for d in doubts)  # was: no doubt


def test_points_numbered_with_no_part_above_them_are_not_doubted(tmp_path: Path) -> None:
    # …表示热烈的欢迎！下面，我讲两点意见。 | （一）… | … | （二）…
    (speech,) = _docs(tmp_path, "run-in-part-over-subparts-guard.txt")
    assert read(speech) == ("speech", [1, 7], 2)
    assert speech["announced_count"] == 2
    assert _doubts(speech) == []


def test_a_run_in_one_not_after_a_stop_is_no_part() -> None:
    from drafter.ingest.doubt import _RUN_IN_FIRST

    assert _RUN_IN_FIRST.search("表示热烈的欢迎！一、充分认识本次培训的重要意义")
    assert not _RUN_IN_FIRST.search("统一思想、提高认识")  # (a 、 in a list)
    assert not _RUN_IN_FIRST.search("做到一、二、三")


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_dated_lead_telling_an_honour_under_a_share_bar_is_the_next_item(
    tmp_path: Path, spelling: str
) -> None:
    # …定期监督抽 (cut) | (blank) | 分享至： | 1月26日，从全省…会议上传来喜讯，某县荣获… | … | 县农业农村局
    report, news = _docs(
        tmp_path, f"honour-lead-under-share-bar{spelling}.txt"
    )  # was: one report, lines 1-9
    assert read(report) == ("report", [1, 4], 1)
    assert read(news) == ("news", [7, 9], 0)  # (the share bar is the site's, no line of the item)


def test_an_honour_the_speaker_tells_after_a_blank_line_stays_in_the_speech(tmp_path: Path) -> None:
    # …这些成绩来之不易， (cut) | (blank) | 1月26日，我们荣获全省…第一等次，… (the speaker's 我们: no reporter's lead)
    (speech,) = _docs(tmp_path, "honour-lead-under-share-bar-guard.txt")
    assert read(speech) == ("speech", [1, 5], 0)


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_count_pointed_ahead_with_zheyang_and_a_page_number_before_erhshi_are_read(
    tmp_path: Path, spelling: str
) -> None:
    # …我再简要强调这样两点意见。 | 一、… | …一是…我们必须着力排查解决。4二是… | 二、…
    (speech,) = _docs(tmp_path, f"count-pointed-with-zheyang{spelling}.txt")
    assert speech["announced_count"] == 2  # was: no count read
    assert read(speech) == ("speech", [1, 7], 2)
    assert (
        len(speech["points"][0]["subpoints"]) == 2
    )  # was: 0 (the page's 4 glued before 二是 hid it)
    assert _doubts(speech) == []


def test_a_count_looked_back_on_with_zheyang_is_no_announcement(tmp_path: Path) -> None:
    # …全县安全生产形势总体平稳，这样两点成绩来之不易。 | … | …完成了4项整治任务。二是… (a count, kept)
    (speech,) = _docs(tmp_path, "count-pointed-with-zheyang-guard.txt")
    assert speech["announced_count"] is None
    assert len(speech["points"][0]["subpoints"]) == 2
    report = ingest_paths(
        [FIXTURES / "count-pointed-with-zheyang-guard.txt"],
        library=tmp_path / "l",
        corpus=tmp_path / "c",
        dry_run=True,
    ).as_dict()
    assert report["files"][0]["removed"] == []  # (the 4 of 4项 is the speech's own figure)


def test_the_page_number_glued_before_erhshi_is_listed_as_taken_out(tmp_path: Path) -> None:
    report = ingest_paths(
        [FIXTURES / "count-pointed-with-zheyang.txt"],
        library=tmp_path / "l",
        corpus=tmp_path / "c",
        dry_run=True,
    ).as_dict()
    assert report["files"][0]["removed"] == [{"line": 5, "reason": "分页残留", "text": "4"}]
