"""Shapes of batch 17's misses (issue #13), the kinds first: how a careful clerk tells a report (调研报告, 工作总结及…
工作重点, an untitled account, a report under its 称谓) and meeting news from a speech. Our own fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_fixtures import ingest


def _shape(doc: dict) -> tuple[str, list[int]]:
    return doc["kind"], [len(p["subpoints"]) for p in doc["points"]]


def test_a_titled_survey_report_is_a_report_with_its_parts(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "survey-report-titled-diaoyan.txt")  # was "other": …的调研报告 was no report title
    assert doc["title"] == "关于壮大村级集体经济的调研报告"
    assert [p["heading"] for p in doc["points"]] == ["基本情况", "存在的问题", "对策建议"]
    assert _shape(doc) == ("report", [0, 2, 0])


def test_a_summary_from_a_government_sites_table_keeps_its_title(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "gov-site-table-summary-title-pipe.txt")  # the title's cell ended in " |": was "other"
    assert doc["title"] == "清河街道2026年工作总结和2027年工作思路"
    assert doc["lines"][0] == 4  # the table's rows above it are no part of the report
    assert _shape(doc) == ("report", [2, 3])


def test_one_field_to_a_line_is_the_sites_table_and_gongzuo_zhongdian_ends_a_report_title(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "gov-site-field-lines-summary-key-work.txt")  # 索引号： … / 公开方式： … on lines of their own
    assert doc["title"] == "2026年工作总结及2027年工作重点"
    assert doc["lines"][0] == 4
    assert _shape(doc) == ("report", [3, 2])


def test_a_report_title_run_into_its_opening_twice_is_split_off_once(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "report-title-run-into-opening-twice.txt")  # …工作计划…工作计划今年以来，…: was "other"
    assert doc["title"] == "县民政局2026年度工作总结及2027年工作计划"
    assert _shape(doc) == ("report", [2, 2])


def test_a_plan_title_after_the_pages_number_is_split_off(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "report-title-run-in-page-number.txt")  # 12027年街道工作规划今年是…: the 1 is the page's
    assert doc["title"] == "2027年街道工作规划"
    assert _shape(doc) == ("report", [0, 3])


def test_an_untitled_account_opening_on_the_year_and_the_leadership_is_a_report(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "untitled-account-lead-under-leadership.txt")  # 2026年，在区委…的坚强领导下，街道上下…
    assert _shape(doc) == ("report", [])
    (speech,) = ingest(tmp_path / "b", "untitled-account-lead-under-salutation.txt")  # the same lead under 同志们： is a speech
    assert (speech["kind"], speech["announced_count"], len(speech["points"])) == ("speech", 3, 3)


@pytest.mark.parametrize(
    "name",
    [
        "congress-report-entrusted-salutation.txt",  # 同志们： / 我受县委的委托，向大会作工作报告，请予审查
        "district-report-zijiang-ruxia.txt",  # 主席、各位委员、各位同志： / 兹将本区一年来的工作情况报告如下
    ],
)
def test_a_report_under_its_salutation_says_it_is_one(tmp_path: Path, name: str) -> None:
    (doc,) = ingest(tmp_path, name)  # was a speech: the 称谓 alone made it one
    assert doc["kind"] == "report"


def test_a_headline_over_a_wire_lead_is_news_whatever_the_leader_is_quoted_saying(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "news-headline-wire-lead.txt")  # 我县召开… / 某某融媒讯 记者…报道：… / 我们要…: was a speech
    assert (doc["kind"], doc["title"]) == ("news", "我县召开2027年县委巡察工作动员部署会")


def test_a_dated_closing_item_with_its_chair_and_a_row_of_names_is_news(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "news-dated-closing-chaired-names.txt")  # …领导： over names is no 称谓; 会议由某某主持
    assert (doc["kind"], doc["points"]) == ("news", [])


@pytest.mark.parametrize(
    ("name", "count"),
    [
        ("announce-talk-two-thoughts-no-speaker.txt", 2),  # …，结合学习和工作，谈两点体会，…: no 我 or 下面 before it
        ("announce-three-aspects-exchange-with-you.txt", 3),  # 我从三方面与大家交流一下…: to whom, before the verb
    ],
)
def test_a_speakers_thoughts_announced_are_the_count(tmp_path: Path, name: str, count: int) -> None:
    (doc,) = ingest(tmp_path, name)  # was no announcement: count-mismatch could not be checked
    assert (doc["kind"], doc["announced_count"], len(doc["points"])) == ("speech", count, count)


def test_a_sites_summary_of_a_speech_is_no_speech(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "speech-summary-under-title.txt")  # 讲话强调了… / 讲话回顾了…: was a speech with its fragments
    assert (doc["kind"], doc["points"]) == ("other", [])
    assert any("内容摘要" in w for w in doc["warnings"])


def test_recommendation_widgets_with_no_article_under_them_are_no_document(tmp_path: Path) -> None:
    docs = ingest(tmp_path, "related-widgets-no-articles.txt")  # 猜你喜欢 / 大家正在看 / 换一换: was an extra "other"
    assert [(d["kind"], d["title"]) for d in docs] == [("speech", "镇党委书记在新春团拜会上的致辞")]


def test_sub_points_after_a_stop_and_a_space_in_a_one_line_summary_are_counted(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "summary-one-line-space-before-subpoint.txt")  # …目标。 (一)坚持…: the space hid (一)
    assert [p["heading"] for p in doc["points"]] == ["2026年工作回顾"]
    assert _shape(doc) == ("report", [2])


def test_a_pages_header_run_together_before_the_opening_is_split_off(tmp_path: Path) -> None:
    # 编号：…县委书记在…讲话202X/X/XX在…讲话xxx同志讲话今天这次会议，…: was news (召开 and 作了重要讲话 outweighed 我们)
    (doc,) = ingest(tmp_path, "header-run-together-number-date-speaker.txt")
    assert (doc["kind"], doc["title"], doc["announced_count"]) == ("speech", "县委书记在全县城乡建设工作会议上的讲话", 3)
    assert len(doc["points"]) == 1  # the copy stops inside point 一


def test_an_excerpt_where_the_speaker_congratulates_on_behalf_of_the_county_is_a_speech(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "excerpt-congratulations-on-behalf.txt")  # 在此，我代表县委…向…表示热烈的祝贺: was "other"
    assert doc["kind"] == "speech"


def test_a_download_pages_numbered_notices_are_no_document(tmp_path: Path) -> None:
    docs = ingest(tmp_path, "download-notices-over-speech.txt")  # 1. 1、下载文档前请自行甄别… / 申请退款: was an extra "other"
    assert [(d["kind"], d["title"]) for d in docs] == [("speech", "社区居民大会发言稿")]


def test_a_host_scripts_schedule_slots_are_no_points(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "host-script-schedule-time-slots.txt")  # 一、上午9:00-10:00，大会开幕式: were three points
    # a 主持词 is a speech (wild18); its agenda's two items are the order of business (split49: no points, as the
    # collectors of batches 73–81 read a 主持词), and its schedule is no point either
    assert (doc["kind"], doc["points"]) == ("speech", [])


def test_decimal_sub_headings_under_an_arabic_point_are_its_sub_points(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "survey-report-decimal-subheadings.txt")  # 2、… / 以下两个方面： / 2.1… 2.2…: were not counted
    assert [p["heading"] for p in doc["points"]] == ["清河镇基本情况", "清河镇农村集体经济发展现状"]
    assert _shape(doc) == ("report", [0, 2])
