"""What batch65 (opened today, held out until now) and the opened batches' missed second documents showed (issue #13,
split43): a page's next item begins under a line the site cut mid-sentence — its dated lead on the very next line under
a whole saved line, a report's title run into its opening, a news headline run into its lead or standing over a lead
that names its event again — and a sharing site's head (the title, its preview notice, the title again) is no document.
Each shape in three spellings of our own writing (tests/fixtures/split43/: simplified, traditional, half-width
punctuation), and a near shape beside it that must not change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from split_fixtures import docs, read

from drafter.ingest.appended import whole_line
from drafter.ingest.headlinelead import headline_then_lead
from drafter.ingest.para import Para

FIXTURES = Path(__file__).parent / "fixtures" / "split43"
SPELLINGS = ("", "-traditional", "-halfwidth")


def _docs(tmp_path: Path, name: str) -> list[dict[str, Any]]:
    return docs(FIXTURES / name, tmp_path)


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_dated_lead_right_under_a_whole_line_cut_mid_sentence_is_the_next_item(
    tmp_path: Path, spelling: str
) -> None:
    # 同志们： | 今天，我们召开…(a saved line of 150 characters, cut at a comma) | 3月2日，市某局党组召开专题会议，… | 会议…
    speech, news = _docs(
        tmp_path, f"dated-lead-under-cut-line{spelling}.txt"
    )  # was: one speech of five lines
    assert read(speech) == ("speech", [1, 2], 0)
    assert read(news) == ("news", [3, 5], 0)


def test_a_dated_line_going_on_from_a_hard_wrapped_line_stays_in_the_speech(tmp_path: Path) -> None:
    # …从今年的情况看，就在上周， | 3月2日，市里召开了专题会议，… (a PDF's wrapped lines, 24 characters wide)
    (only,) = _docs(tmp_path, "dated-lead-under-wrapped-line-guard.txt")
    assert read(only) == ("speech", [1, 13], 3)


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_reports_title_run_into_its_opening_under_a_cut_line_opens_the_next_report(
    tmp_path: Path, spelling: str
) -> None:
    # 关于…的汇报 | 尊敬的各位领导：…具体讲有以下三个方面：一、…明确了各乡镇和各部门的 (cut) | 关于农村养老服务的调查报告，随着…
    first, second = _docs(
        tmp_path, f"report-title-under-cut-line{spelling}.txt"
    )  # was: one report, four points
    assert first["lines"] == [1, 2]
    assert read(second) == ("report", [3, 9], 3)
    assert second["title"] == "关于农村养老服务的调查报告"


def test_a_report_named_in_a_hard_wrapped_sentence_stays_in_the_speech(tmp_path: Path) -> None:
    # …听取和审议了县政府提交的 | 关于全县上半年财政预算执行情况的报告，会议认为，… (wrapped lines, no site's cut)
    (only,) = _docs(tmp_path, "report-title-under-wrapped-line-guard.txt")
    assert only["lines"] == [1, 9]
    assert len(only["points"]) == 2


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_headline_run_into_its_dated_lead_opens_the_next_news_item(
    tmp_path: Path, spelling: str
) -> None:
    # …新成效。 | 某镇召开春季植树造林工作推进会 3月6日上午，某镇组织召开春季植树造林工作推进会。…
    first, second = _docs(
        tmp_path, f"headline-and-lead-on-one-line{spelling}.txt"
    )  # was: one news item
    assert read(first) == ("news", [1, 3], 0)
    assert read(second) == ("news", [4, 4], 0)
    assert second["title"] == "某镇召开春季植树造林工作推进会"


def test_a_line_whose_clause_before_a_date_names_no_event_again_stays_in_the_item(
    tmp_path: Path,
) -> None:
    # 会后各村要及时召开党员大会传达会议精神 3月5日前，各村要将…报镇党政办 (no headline: the lead does not say its event)
    (only,) = _docs(tmp_path, "headline-and-lead-on-one-line-guard.txt")
    assert read(only) == ("news", [1, 4], 0)


def test_the_headline_and_lead_rule_reads_the_line_as_a_clerk_would() -> None:
    line = "某镇召开春季植树造林工作推进会3月6日上午，某镇组织召开春季植树造林工作推进会。会议通报了有关情况。"
    pieces = headline_then_lead(Para(line, 4, 4))
    assert pieces is not None
    assert [p.text for p in pieces][0] == "某镇召开春季植树造林工作推进会"
    assert pieces[1].text.startswith("3月6日上午，")
    # (the lead's event differs from the clause before the date: no headline)
    assert (
        headline_then_lead(
            Para("某镇召开春季植树造林工作推进会3月6日上午，各村陆续开展义务植树活动。", 4, 4)
        )
        is None
    )


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_headline_over_a_lead_naming_its_event_under_a_cut_paragraph_is_the_next_item(
    tmp_path: Path, spelling: str
) -> None:
    # …在农资调运和 (cut) | (blank) | 某县春季农业生产现场推进会召开 | 12日，某县春季农业生产现场推进会召开，… | 会议强调，…
    speech, news = _docs(
        tmp_path, f"headline-under-cut-paragraph{spelling}.txt"
    )  # was: speech to line 9, news line 11
    assert read(speech) == ("speech", [1, 5], 0)
    assert read(news) == ("news", [7, 11], 0)
    assert news["title"] == "某县春季农业生产现场推进会召开"


def test_a_subhead_over_a_line_that_does_not_name_it_again_stays_in_the_speech(
    tmp_path: Path,
) -> None:
    # …在农资调运和 (cut) | 各乡镇要组织开展春耕生产督导检查 | 12日前，各乡镇要把…报县农业农村局，… | 同志们，…谢谢大家！
    (only,) = _docs(tmp_path, "headline-under-cut-paragraph-guard.txt")
    assert read(only) == ("speech", [1, 11], 0)


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_sharing_sites_head_over_the_same_title_is_no_document(
    tmp_path: Path, spelling: str
) -> None:
    # 某镇2025年政府工作报告 | 说明：文章内容仅供预览…下载后的文档… | 【导语】…为您整理的《…》 | 某镇2025年政府工作报告 | 各位代表：…
    (only,) = _docs(
        tmp_path, f"site-head-over-title{spelling}.txt"
    )  # was: an empty report over the report
    assert read(only) == ("report", [9, 21], 2)


def test_a_news_summary_over_the_same_headline_is_left_as_it_was(tmp_path: Path) -> None:
    # 某镇召开…总结会 | 某镇召开年度工作总结会，回顾…部署… (the item's own summary, no site's words) | 某镇召开…总结会 | 1月8日上午，…
    first, second = _docs(tmp_path, "site-head-over-title-guard.txt")
    assert read(first) == ("news", [1, 5], 0)
    assert read(second) == ("news", [7, 11], 0)


def test_only_a_whole_saved_line_counts_as_the_sites_cut() -> None:
    long_line = Para("今天，我们召开全市安全生产形势分析会，" * 5, 2, 2)
    assert whole_line(long_line, Para("3月2日，市某局召开专题会议。", 3, 3))
    assert not whole_line(
        long_line, Para("3月2日，市某局召开专题会议。", 4, 4)
    )  # a blank line between: other rules
    assert not whole_line(
        Para("今天，我们召开全市安全生产形势分析会，", 2, 2), Para("3月2日，…", 3, 3)
    )
    assert whole_line(
        Para("明确了各乡镇和各部门的", 2, 2), Para("关于…", 3, 3), line=150
    )  # the saved line's last piece


def _doubts(doc: dict[str, Any]) -> list[str]:
    return [w for w in doc["warnings"] if w.startswith("结构存疑")]


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_count_of_blocks_said_and_not_read_is_doubted(tmp_path: Path, spelling: str) -> None:
    # …今天的会议主要讲两大块内容：（一）…；（二）…。去年…主要有以下几个方面， (cut before any point)
    (doc,) = _docs(tmp_path, f"count-in-blocks{spelling}.txt")
    assert doc["announced_count"] is None
    assert any("讲两大块" in w and "宣布点数" in w for w in _doubts(doc))  # was: no doubt


def test_blocks_another_speaker_has_told_are_no_count_of_this_speech(tmp_path: Path) -> None:
    # 刚才，分管同志讲了两大块内容，…我都同意。 (what was said before, 了 between: no announcement)
    (doc,) = _docs(tmp_path, "count-in-blocks-guard.txt")
    assert _doubts(doc) == []
