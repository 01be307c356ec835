"""Ingest generalised from batch 62's misses (issue #13): each class of shape in three spellings of our own writing
(tests/fixtures/ingest/ingest62-*), never the pages' text; a guard of the same class beside each."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from archive_fixtures import fragments, general_holding, ingest, shape

from drafter.ingest.namedreport import tells_of_quoted

# --- another page's breadcrumb or foot between two pieces (drafter/ingest/otherpage.py) ---


@pytest.mark.parametrize(
    ("name", "speech_end", "news_start", "news_title"),
    [
        # a speech cut mid-sentence | 当前位置：首页 > … | headline, • 分享到 :, the headline again broken over two lines,
        # 10月11日，…主持召开… (was: one speech, the headline joined to its cut sentence)
        ("ingest62-page-edge-crumb.txt", 9, 13, "青山镇召开秋季安全生产工作推进会"),
        # …奋力完成全年目标任务！ | 上一篇：… 下一篇：… | 留言与评论 | 本网讯（全媒体记者组）3月2日，… (was: one speech)
        ("ingest62-page-edge-neighbours.txt", 11, 15, ""),
        # traditional: cut | clock line, 關懷版, 當前位置：首頁 / > 新聞中心 > … | headline (was: 關懷版 and the clock in the speech)
        ("ingest62-page-edge-traditional.txt", 9, 16, "东城区召开2026年工作务虚会"),
    ],
)
def test_a_pages_breadcrumb_or_foot_between_two_pieces_divides_them(
    tmp_path: Path, name: str, speech_end: int, news_start: int, news_title: str
) -> None:
    speech, news = ingest(tmp_path, name)
    assert speech["kind"] == "speech" and speech["lines"][1] == speech_end
    assert news["kind"] == "news" and news["lines"][0] == news_start
    if news_title:
        assert news["title"] == news_title
    assert not any("分享到" in p["heading"] for p in speech["points"])


def test_a_breadcrumb_over_the_pages_one_article_and_its_foot_under_it_divide_nothing(
    tmp_path: Path,
) -> None:
    # 当前位置：首页 > 领导讲话 / the speech / 上一篇：… 下一篇：… / 留言与评论: one page, one document
    (doc,) = ingest(tmp_path, "ingest62-page-edge-guard.txt")
    assert shape(doc) == ("speech", 2, [0, 0])
    assert doc["title"] == "在全县春季农业生产工作会议上的讲话"


# --- a news lead opening after a blank line: the purpose before the date, or two days (drafter/ingest/seams.py) ---


@pytest.mark.parametrize(
    ("name", "first", "second_start"),
    [
        # 一、上半年工作总结 / 1、 2、 (closed) | 为全面总结…，6月26日，某某县退休干部协会组织召开… (was: one report)
        ("ingest62-seam-purpose-lead.txt", ("report", None, [2]), 5),
        # a congress report cut at 以实施“___ | 9月12至13日，共青团…代表大会召开。 (was: one report)
        ("ingest62-seam-range-lead.txt", ("report", None, [1]), 9),
        # halfwidth: a street's summary | 为总结交流经验、推动工作落实,7月3日,…组织召开… (was: one report)
        ("ingest62-seam-halfwidth.txt", ("report", None, [2]), 7),
    ],
)
def test_a_news_lead_after_a_blank_line_opens_the_next_item(
    tmp_path: Path, name: str, first: tuple[str, object, list[int]], second_start: int
) -> None:
    report, news = ingest(tmp_path, name)
    assert shape(report) == first
    assert news["kind"] == "news" and news["lines"][0] == second_start


def test_a_speakers_own_dated_paragraph_after_a_blank_line_stays_in_the_speech(
    tmp_path: Path,
) -> None:
    # 为扎实做好今年防汛准备，3月5日，我们召开了…: the speaker's 我们, not a reporter's lead
    (doc,) = ingest(tmp_path, "ingest62-seam-lead-guard.txt")
    assert shape(doc) == ("speech", 2, [0, 0])


# --- a headline that quotes a report's name (drafter/ingest/namedreport.py) ---


@pytest.mark.parametrize(
    "name",
    [
        "ingest62-quoted-report-study.txt",  # 规划科集中学习《某某局2026年工作要点》 (was: a report)
        "ingest62-quoted-report-group.txt",  # …理论学习中心组专题学习《2026年区政府工作报告》 (was: a report)
        "ingest62-quoted-report-traditional.txt",  # 某某局黨組專題學習《2026年市政府工作報告》 (was: a report)
    ],
)
def test_a_headline_telling_of_a_quoted_report_is_news(tmp_path: Path, name: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("news", None, [])
    assert "《" in doc["title"]


def test_a_report_whose_own_words_name_its_genre_stays_a_report(tmp_path: Path) -> None:
    # 关于《某某县2025年国民经济和社会发展计划》执行情况的报告 / 各位代表：
    (doc,) = ingest(tmp_path, "ingest62-quoted-report-guard.txt")
    assert doc["kind"] == "report"
    genre = re.compile(r"工作报告|执行情况的报告|工作要点$")
    assert not tells_of_quoted(
        "《2026年某某县政府工作报告》", genre
    )  # the quotation alone: the report's own title
    assert tells_of_quoted("全镇干部集中学习《2026年县政府工作报告》", genre)


# --- the year's work points titled 主要工作 / 重点工作 (drafter/ingest/workpoints.py) ---


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # 2026年某某系统党的建设主要工作 / …总体要求是：… / 一、 / 1. 2. (was: other, no points)
        ("ingest62-work-points.txt", ("report", None, [2])),
        # traditional, 重點工作 with 指導思想是： (was: other)
        ("ingest62-work-points-traditional.txt", ("report", None, [2, 1])),
        # halfwidth, 主要工作 with 总体要求是: (was: other)
        ("ingest62-work-points-halfwidth.txt", ("report", None, [2, 1])),
    ],
)
def test_the_years_work_points_under_their_general_requirements_are_a_report(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want
    assert doc["title"].endswith(("主要工作", "重点工作"))  # its title line, not 无标题


def test_a_speech_titled_by_the_years_work_stays_a_speech(tmp_path: Path) -> None:
    # 2026年全县重点工作 / 同志们： / …总体要求是：… / 下面，我讲两点意见。
    (doc,) = ingest(tmp_path, "ingest62-work-points-guard.txt")
    assert shape(doc) == ("speech", 2, [0, 0])


# --- an analysis report (分析研判报告, 形势分析报告) by its title (split._REPORT_TITLE) ---


@pytest.mark.parametrize(
    "name", ["ingest62-analysis-report.txt", "ingest62-analysis-report-traditional.txt"]
)
def test_an_analysis_report_is_a_report_by_its_title(tmp_path: Path, name: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("report", None, [1])
    assert doc["title"].endswith("分析研判报告") or doc["title"].endswith("形势分析报告")


def test_a_meeting_called_an_analysis_report_meeting_is_news(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "ingest62-analysis-report-guard.txt")  # 某某县召开经济形势分析报告会
    assert shape(doc) == ("news", None, [])


# --- an ordinal a hard line break cut (其 | 三，…) and the formal 阐述 / 阐明 announcement (wrapordinal.py) ---


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # 其一，…；其二，…；其 | 三，为全年工作…  / 我着重阐述三点意见。 / 第一，… 一是二是三是 (was: no count, 其三 a point)
        ("ingest62-wrapped-ordinal.txt", ("speech", 3, [3])),
        # traditional: 第 | 一，… 第 | 二，… / 我闡明兩點意見。 (was: four points)
        ("ingest62-wrapped-ordinal-traditional.txt", ("speech", 2, [0, 0])),
        # halfwidth: 其 | 三,部署… 借此机会,我重点阐述两个方面的意见。 (was: no count)
        ("ingest62-wrapped-ordinal-lecture.txt", ("speech", 2, [0, 0])),
    ],
)
def test_an_ordinal_cut_by_a_line_break_is_no_point_and_a_formal_announcement_counts(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want


def test_a_heading_after_a_line_that_ends_on_a_word_stays_a_heading(tmp_path: Path) -> None:
    # …切实做到警钟长鸣，抓紧抓实各项防范措施 | 二、突出重点…: a heading, not the rest of the sentence
    (doc,) = ingest(tmp_path, "ingest62-wrapped-ordinal-guard.txt")
    assert shape(doc) == ("speech", 3, [0, 0, 0])


# --- a copy that begins at a report's first part (drafter/ingest/firstpart.py) ---


@pytest.mark.parametrize(
    ("name", "want"),
    [
        (
            "ingest62-first-part.txt",
            ("report", None, [3]),
        ),  # 一、上半年工作总结 / 1、2、3、 (was: the title, three points)
        (
            "ingest62-first-part-traditional.txt",
            ("report", None, [2]),
        ),  # 一、2026年工作回顧 / 1. 2. (was: other)
        (
            "ingest62-first-part-halfwidth.txt",
            ("report", None, [2]),
        ),  # 一、前三季度主要工作情况 / 1. 2. (was: other)
    ],
)
def test_a_reports_numbered_first_part_is_its_first_point_not_its_title(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want
    assert not doc["title"].startswith("一、")


def test_a_titled_report_keeps_its_title_over_its_numbered_parts(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "ingest62-first-part-guard.txt")
    assert shape(doc) == ("report", None, [2, 2])
    assert doc["title"] == "某某镇2026年上半年工作总结"


# --- an untitled notice issuing several documents at once (split._ISSUING) ---


@pytest.mark.parametrize(
    "name",
    [
        "ingest62-covering-several.txt",  # 现将《…》《…》印发给你们 (was: news, by its 召开 and 主持)
        "ingest62-covering-several-traditional.txt",  # 現將《…》、《…》和《…》印發給你們 (was: news)
        "ingest62-covering-several-halfwidth.txt",  # halfwidth (was: news)
    ],
)
def test_an_untitled_notice_issuing_several_documents_is_a_notice(
    tmp_path: Path, name: str
) -> None:
    notice, *_ = ingest(tmp_path, name)
    assert shape(notice) == ("other", None, [])


def test_a_news_item_telling_that_documents_were_handed_out_stays_news(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "ingest62-covering-several-guard.txt")  # 会上印发了《…》《…》
    assert shape(doc) == ("news", None, [])


# --- a place's own quoted campaigns (drafter/ingest/campaigns.py): the fragments naming them are specific ---


@pytest.mark.parametrize(
    ("name", "words"),
    [
        (
            "ingest62-campaign-names.txt",
            ("六大攻坚", "项目建设提速年"),
        ),  # (was: in the general title and opening)
        (
            "ingest62-campaign-names-traditional.txt",
            ("四大会战", "营商环境优化年"),
        ),  # traditional (was: the same)
    ],
)
def test_a_places_quoted_campaign_names_keep_their_fragments_specific(
    tmp_path: Path, name: str, words: tuple[str, str]
) -> None:
    frags = fragments(tmp_path, name)
    for word in words:
        assert general_holding(frags, word) == []
    assert any(not f["specific"] for f in frags)  # the salutation and the transition stay general


def test_unquoted_national_campaigns_leave_the_fragment_general(tmp_path: Path) -> None:
    # 深化作风建设年活动，持续打好三大攻坚战: the nation's words, no name of the place's own
    frags = fragments(tmp_path, "ingest62-campaign-names-guard.txt")
    assert general_holding(frags, "三大攻坚战")


# --- a body's work report said to its congress, its title lost (drafter/ingest/congressreport.py) ---


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # 尊敬的各位代表、同志们： / 我谨代表公司工会… / 过去一年的主要工作回顾 / 存在的问题与挑战 / 未来的工作计划 (was: speech)
        ("ingest62-congress-report.txt", ("report", None, [2, 0, 0])),
        # traditional: 我謹代表院工會委員會… / 一年來的工作回顧 / 存在的不足 / 今後的工作打算 (was: speech)
        ("ingest62-congress-report-traditional.txt", ("report", None, [2, 0, 0])),
        # halfwidth: 我谨代表协会理事会… / 本届理事会主要工作回顾 / 存在的问题 / 新一年的工作计划 (was: speech)
        ("ingest62-congress-report-halfwidth.txt", ("report", None, [0, 0, 0])),
    ],
)
def test_a_bodys_account_to_its_delegates_is_a_work_report(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want


def test_a_leader_greeting_a_congress_gives_a_speech(tmp_path: Path) -> None:
    # 各位代表、同志们： / 我代表县委，向大会的召开表示热烈的祝贺！ / 一、要… 二、要… 三、要…
    (doc,) = ingest(tmp_path, "ingest62-congress-report-guard.txt")
    assert shape(doc) == ("speech", 3, [0, 0, 0])
