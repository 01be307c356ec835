"""Shapes met at first sight on the wild18 work set (issue #13): how a careful clerk tells a report from a speech,
news from a speech, and which other kinds are speeches; reports' parts and points. Our own fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_fixtures import ingest


def _shape(doc: dict) -> tuple[str, list[int]]:
    return doc["kind"], [len(p["subpoints"]) for p in doc["points"]]


def test_an_offices_work_points_are_a_report_with_its_parts(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "work-points-yaodian-report.txt")  # was "other": 工作要点 was no report title
    assert (doc["kind"], doc["title"]) == ("report", "县民政局2026年工作要点")
    assert _shape(doc) == ("report", [2, 1, 0])


def test_a_work_plan_under_a_template_label_and_share_counters_is_a_report(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "plan-template-label-counters.txt")  # was "other": …工作计划模版 / 具体工作计划如下
    assert (doc["kind"], doc["title"]) == ("report", "2027年县统计局办公室工作计划模版")
    assert doc["lines"][0] == 7  # the counters (- 约3.1千字, - 举报) are no part of it
    assert [p["heading"] for p in doc["points"]] == ["强化综合协调，提升运转效能"]
    assert _shape(doc) == ("report", [3])


def test_a_shared_summary_whose_parts_run_on_after_zongjie_baogao_ruxia_is_a_report(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "docshare-situation-summary-runin.txt")  # 现将相关情况总结报告如下：一、…
    assert doc["kind"] == "report"
    assert doc["points"] and doc["points"][0]["heading"].startswith("已经取得的成效")


def test_a_duty_report_with_no_title_that_says_shuzhi_ruxia_is_a_report(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "duty-report-untitled-shuzhi-ruxia.txt")  # 尊敬的各位领导、同志们： does not make it a speech
    assert [p["heading"] for p in doc["points"]] == ["主要工作", "存在的不足", "下步打算"]
    assert _shape(doc) == ("report", [2, 2, 0])


def test_a_how_to_page_on_host_scripts_is_no_meeting_news(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "howto-host-script-format.txt")  # 主持词 / 主持人 are the genre's words, not 主持会议
    assert (doc["kind"], doc["points"]) == ("other", [])


def test_an_exchange_speech_under_a_collection_label_is_a_speech(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "exchange-speech-collection-label.txt")  # …交流会上的发言（精选多篇）, no 称谓
    assert doc["kind"] == "speech" and doc["title"].startswith("在全县乡村振兴经验交流会上的发言")
    assert [p["heading"] for p in doc["points"]] == ["选准产业，一村一品", "建强主体，联农带农"]


def test_an_untitled_account_with_problems_and_next_steps_parts_is_a_report(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "untitled-account-problems-next-steps.txt")  # 一年来，… / 存在的问题 / 下一步工作打算: was "other"
    assert [p["heading"] for p in doc["points"]] == ["主要工作", "存在的问题", "下一步工作打算"]
    assert _shape(doc) == ("report", [2, 2, 2])
    (speech,) = ingest(tmp_path / "b", "speech-parts-problems-next-steps.txt")  # the same parts under 同志们： stay a speech's points
    assert (speech["kind"], speech["announced_count"], len(speech["points"])) == ("speech", 3, 3)


def test_a_letter_of_greetings_is_no_speech(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "letter-greeting-to-veterans.txt")  # 致…的慰问信 with its 称谓: was a speech
    assert (doc["kind"], doc["points"]) == ("other", [])


@pytest.mark.parametrize(
    ("name", "kind", "subpoints"),
    [
        ("survey-report-problems-suggestions.txt", "report", [0, 2, 2]),  # 调研报告: 基本情况 / 存在的问题 / 对策建议
        ("party-congress-report-title.txt", "report", [0, 0]),  # 在中国共产党…代表大会上的报告, with 各位代表、同志们：
        ("summary-parts-problems-next-steps.txt", "report", [3, 2, 2]),  # 一、主要工作 （一）… / 存在的问题 / 下一步工作打算
        ("pledge-speech-biaotai.txt", "speech", [0, 0, 0]),  # 表态发言: a speech; 一是… paragraphs are its points
        ("experience-exchange-speech.txt", "speech", [0, 0]),  # 经验交流发言: a speech, though 主要做法是： reads like a report
        ("host-script-agenda.txt", "speech", []),  # 主持词: a speech; its 一是… agenda is the order of business (split49)
        ("meeting-news-he-stressed.txt", "news", []),  # 本报讯（通讯员…） / 会议指出 / 他强调 / 会议要求
    ],
)
def test_kinds_and_parts_a_clerk_tells_apart(tmp_path: Path, name: str, kind: str, subpoints: list[int]) -> None:
    (doc,) = ingest(tmp_path, name)
    assert _shape(doc) == (kind, subpoints)
