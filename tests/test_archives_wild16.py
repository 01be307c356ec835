"""Shapes met at first sight on the wild16 work set and left by batch 15 (issue #13), written as our own fixtures."""

from __future__ import annotations

from pathlib import Path

from archive_fixtures import CHECK, ingest

from drafter.check import check_text


def test_an_emoji_strewn_county_report_is_a_report_and_its_emoji_are_debris(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "emoji-county-report.txt")
    assert (doc["kind"], doc["title"]) == ("report", "县人民政府2025年工作报告")
    assert [p["heading"] for p in doc["points"]] == ["2025年工作回顾", "2026年工作安排"]
    assert [len(p["subpoints"]) for p in doc["points"]] == [0, 2]


def test_items_restarting_under_emoji_headings_are_no_numbering_error() -> None:
    result = check_text((CHECK / "emoji-report-numbered-items.txt").read_text(encoding="utf-8"))
    assert [(f.rule, f.text) for f in result.findings if f.severity == "error"] == []
    flawed = (CHECK / "emoji-report-numbered-items.txt").read_text(encoding="utf-8").replace("2. 着力保障", "3. 着力保障")
    assert [f.rule for f in check_text(flawed).findings if f.severity == "error"] == ["numbering"]


def test_a_congress_report_numbers_each_part_from_one() -> None:
    text = (CHECK / "report-parts-restart-numbering.txt").read_text(encoding="utf-8")
    assert [f.rule for f in check_text(text).findings if f.severity == "error"] == []
    plain = text.replace("第一部分 过去五年的工作回顾", "过去五年的工作回顾").replace("第二部分 今后五年的主要任务", "今后五年的主要任务")
    assert [f.rule for f in check_text(plain).findings if f.severity == "error"] == []
    # without the part headings the second 一、 is a broken list, as before
    bare = plain.replace("过去五年的工作回顾\n", "").replace("今后五年的主要任务\n", "")
    assert [f.rule for f in check_text(bare).findings if f.severity == "error"] == ["numbering"]
    # and a slip inside a part is still found
    slip = text.replace("三、加强自身建设", "四、加强自身建设")
    assert [f.text for f in check_text(slip).findings if f.severity == "error"] == ["四、"]


def test_a_congress_reports_points_are_its_parts_points(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "social-org-congress-report-parts.txt")
    assert doc["kind"] == "report" and len(doc["points"]) == 6
    assert not any("序号" in w or "重复" in w for w in doc["warnings"])


def test_a_numbered_list_of_dated_links_is_no_document(tmp_path: Path) -> None:
    docs = ingest(tmp_path, "related-links-numbered-dated.txt")
    assert [(d["kind"], d["title"]) for d in docs] == [("speech", "在全县春季植树造林工作会议上的讲话")]
    assert docs[0]["lines"] == [1, 8] and docs[0]["level"] == "县"  # not 镇 from 镇党委书记 in a link


def test_a_page_holding_the_same_speech_twice_is_one_document(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path / "a", "same-speech-twice-on-page.txt")
    assert doc["lines"] == [2, 9] and len(doc["points"]) == 2 and doc["duplicate_of"] is None
    assert any("原文第10–17行是同一篇" in w for w in doc["warnings"])
    (full,) = ingest(tmp_path / "b", "preview-then-full-text.txt")  # the preview's first lines, then the full text
    assert full["lines"] == [6, 12] and len(full["points"]) == 2 and full["announced_count"] == 2
    assert not any("实际有" in w for w in full["warnings"])


def test_a_speech_outline_titled_gangyao_is_a_speech_and_its_two_aspects_are_read(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "outline-gangyao-two-aspects.txt")
    assert (doc["kind"], doc["title"]) == ("speech", "在全县乡村振兴工作推进会上的讲话纲要")
    assert doc["announced_count"] == 2 and len(doc["points"]) == 2


def test_a_few_words_to_the_pupils_announce_no_count(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "school-talk-a-few-words.txt")
    assert doc["announced_count"] is None and len(doc["points"]) == 3
    assert not any("实际有" in w for w in doc["warnings"])


def test_the_closing_words_of_the_page_before_are_no_document(tmp_path: Path) -> None:
    docs = ingest(tmp_path, "collection-page-starts-with-closing.txt")
    assert [d["title"] for d in docs] == ["某某镇镇长在敬老爱老慰问活动上的讲话", "某某镇镇长在全镇镇村两级干部大会上的讲话"]
    assert docs[0]["id"].endswith("-01")


def test_a_sites_welcome_banner_is_no_document(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "welcome-banner-over-title.txt")
    assert (doc["kind"], doc["title"], doc["announced_count"]) == ("speech", "校长在高三毕业典礼上的讲话", 2)


def test_a_work_plan_under_a_doc_sharing_pages_counters_is_a_report(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "docshare-counters-work-plan.txt")
    assert (doc["kind"], doc["title"], doc["level"]) == ("report", "2026年街道办事处工作计划", "街道")
    assert [len(p["subpoints"]) for p in doc["points"]] == [2, 2]


def test_a_title_then_the_pages_title_field_on_one_line(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "title-then-field-label-one-line.txt")
    assert (doc["kind"], doc["title"]) == ("speech", "县长在20xx年县经济工作会议上的讲话")
    assert doc["announced_count"] == 2 and len(doc["points"]) == 2


def test_a_shared_office_summary_in_page_chunks_keeps_its_parts(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "docshare-chunks-summary-runin-part.txt")
    assert doc["kind"] == "report"
    assert [p["heading"] for p in doc["points"]] == ["加强环境整治，美化社区环境"]  # the copy stops inside it


def test_a_school_speech_that_says_its_number_after_ji_announces_the_number(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "school-hopes-restated-number.txt")
    assert doc["announced_count"] == 3 and len(doc["points"]) == 3


def test_three_hopes_counted_with_ge_are_announced(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "school-three-hopes-ge.txt")
    assert doc["announced_count"] == 3 and len(doc["points"]) == 3
