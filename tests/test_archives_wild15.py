"""Shapes met at first sight on the wild15 work set (issue #13), written as our own fixtures."""

from __future__ import annotations

from pathlib import Path

from archive_fixtures import CHECK, INGEST, ingest

from drafter.check import check_text
from drafter.ingest import ingest_paths


def test_a_street_meeting_named_without_a_place_is_the_streets_speech() -> None:
    correct = check_text((CHECK / "street-meeting-title-correct.txt").read_text(encoding="utf-8"))
    assert correct.level == "街道" and correct.errors == 0
    flawed = check_text((CHECK / "street-meeting-title-flawed.txt").read_text(encoding="utf-8"))
    assert [(f.rule, f.text) for f in flawed.findings if f.severity == "error"] == [("level-mix", "我镇")]


def test_a_street_meeting_named_without_a_place_is_ingested_at_the_streets_level(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "street-meeting-title-no-place.txt")
    assert doc["level"] == "街道" and doc["title"] == "在2026年街道党工委扩大会议上的讲话"


def test_a_paywalled_page_gets_its_title_back_from_the_bookmark_line(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "paywall-bookmark-title.txt")
    assert (doc["kind"], doc["title"]) == ("speech", "县长在全县上半年经济运行分析会上的讲话")
    assert doc["announced_count"] == 2 and [p["heading"] for p in doc["points"]] == ["上半年经济运行的基本情况"]


def test_titles_ending_in_fayan_and_a_download_label_are_titles(tmp_path: Path) -> None:
    assert [d["title"] for d in ingest(tmp_path / "a", "meeting-fayan-title.txt")] == ["区委书记在全区干部会议上的发言"]
    assert [d["title"] for d in ingest(tmp_path / "b", "ceremony-fayan-title.txt")] == ["教师代表开学典礼发言"]
    (doc,) = ingest(tmp_path / "c", "docshare-word-download-title.txt")
    assert (doc["kind"], doc["title"]) == ("speech", "全县项目建设推进会上县长讲话稿")


def test_the_first_of_two_speakers_announces_his_points_with_xian(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "first-of-two-speakers-announces.txt")
    assert doc["announced_count"] == 3 and len(doc["points"]) == 3


def test_a_news_item_is_the_convening_towns_or_streets_under_its_byline(tmp_path: Path) -> None:
    (town,) = ingest(tmp_path / "a", "news-town-convener-byline.txt")
    assert (town["kind"], town["level"], town["place"]) == ("news", "镇", "青禾镇")  # not 一年镇 (过去的一年镇党委)
    assert town["title"] == "某某市青山区青禾镇召开2025年度总结表彰暨2026年工作动员大会"  # not the byline
    (street,) = ingest(tmp_path / "b", "news-street-convener.txt")
    assert (street["kind"], street["level"]) == ("news", "街道")


def test_a_festival_the_city_hosted_keeps_its_fragment_out_of_the_shared_library(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "hosted-festival-named.txt")
    assert "hosted-festival-named-01.opening" in doc["specific"]  # 中国国际龙舟文化节 is this city's event


def test_a_report_page_keeps_its_title_without_the_sites_menu_tag_or_tips(tmp_path: Path) -> None:
    (report,) = ingest(tmp_path / "a", "report-page-menu-tag.txt")
    assert (report["kind"], report["title"], report["level"]) == ("report", "县民政局2026年工作总结及2027年工作安排", "县")
    docs = ingest(tmp_path / "b", "docshare-keyword-line.txt")  # the keyword line starts no second report
    assert [(d["kind"], [p["heading"] for p in d["points"]]) for d in docs] == [("report", ["主要工作及成效", "存在的问题"])]


def test_an_excerpt_that_starts_at_what_the_meeting_heard_is_news(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "news-excerpt-at-the-meeting.txt")
    assert (doc["kind"], doc["level"], doc["place"]) == ("news", "镇", "")  # no town 议上镇 either


def test_a_doc_page_named_under_its_page_images_keeps_that_name_as_title(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "docshare-page-images-title-run-in.txt")
    assert (doc["kind"], doc["title"]) == ("report", "县人社局2026年工作总结及2027年工作思路")
    assert doc["points"][0]["heading"] == "2026年工作总结"


def test_a_paywall_over_the_middle_and_the_comment_box_stay_out_of_the_fragments(tmp_path: Path) -> None:
    (tmp_path / "lib").mkdir()
    ingest_paths([INGEST / "paywall-hidden-middle-comments.txt"], library=tmp_path / "lib", corpus=tmp_path / "corpus")
    written = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "lib").rglob("*.yaml"))
    assert "实干才能出实绩" in written  # the closing is kept …
    assert "此处隐藏" not in written and "留言与评论" not in written  # … without the page's paywall and comment box
    (doc,) = ingest(tmp_path / "dry", "paywall-hidden-middle-comments.txt")
    assert doc["announced_count"] == 3  # 同志们，…我讲三句话，与大家共勉： announces; the paywall hid the points


def test_a_word_masked_with_two_underscores_keeps_its_fragment_specific(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "underscore-masked-words-double.txt")
    assert "underscore-masked-words-double-01.opening" in doc["specific"]  # 县委、县__决定: 政府 masked
    assert doc["points"][0]["heading"] == "认清形势，切实增强做好防汛工作的责任感"  # __责任感__ is Markdown bold


def test_a_title_whose_office_is_left_as_mou_is_specific(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "placeholder-office-in-title.txt")
    assert "placeholder-office-in-title-01.title" in doc["specific"]  # 某县委书记 → 某{{ party }}书记


def test_a_backtick_between_two_characters_is_an_anti_copy_mark(tmp_path: Path) -> None:
    report = ingest_paths([INGEST / "anti-copy-backtick.txt"], library=tmp_path, corpus=tmp_path / "corpus", dry_run=True)
    removed = report.as_dict()["files"][0]["removed"]
    assert any(r["text"] == "`" and r["reason"] == "网页防复制乱码" for r in removed)


def test_points_announced_with_you_yixia_zheme_jidian(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "announce-with-you-several-thoughts.txt")
    assert doc["announced_count"] == "几" and len(doc["points"]) == 2  # 具体讲，有以下这么几点考虑：


def test_sub_points_run_together_in_one_line_are_set_apart(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "report-run-on-subpoints.txt")
    subs = [s["heading"] if isinstance(s, dict) else s for s in doc["points"][0]["subpoints"]]
    assert len(subs) == 3  # （一）…。（二）…。（三）… in one line


def test_a_report_titled_by_its_office_after_a_year_is_that_levels() -> None:
    from drafter.ingest.params import detect_scope

    body = "一年来，我局紧紧围绕中心工作，扎实推进各项任务。"
    assert detect_scope(body, "2026年县民政局工作总结", title="2026年县民政局工作总结").level == "县"
