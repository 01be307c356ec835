"""Reports, news and other non-speech kinds as batch 18 and wild 19 showed them (issue #13).
Our own fixtures, reproducing the shapes only."""

from __future__ import annotations

from pathlib import Path

from archive_fixtures import INGEST, ingest
from archive_fixtures import shape as _shape

from drafter.ingest import ingest_paths
from drafter.ingest.split import is_salutation


def test_a_reporter_introducing_a_quotation_is_no_salutation(tmp_path: Path) -> None:
    # 某某副校长这样勉励同学们： over a quotation, under a dated lead that says 大会由某某主持 (was a speech)
    (doc,) = ingest(tmp_path, "news-quote-introduced-to-students.txt")
    assert _shape(doc) == ("news", None, [])
    assert not is_salutation("某某副校长这样勉励同学们：")
    assert not is_salutation("校长对全体同学们说：")
    for real in ("老师们、同学们：", "尊敬的各位领导、各位来宾，亲爱的同学们：", "各位代表，同志们："):
        assert is_salutation(real), real


def test_a_feature_with_a_byline_and_a_chair_after_a_comma_is_news(tmp_path: Path) -> None:
    # headline / 文 清风 / 3月10日上午，…，大会由副校长某某主持。 then the principal's 第一…第三 told in the
    # third person with a few 我们 (was a speech of three points)
    (doc,) = ingest(tmp_path, "news-headline-byline-chaired-after-comma.txt")
    assert _shape(doc) == ("news", None, [])


def test_a_report_title_run_into_its_salutation_is_a_report_with_its_count(tmp_path: Path) -> None:
    # 县人民医院2026年度工作报告尊敬的各位代表、同志们：… on one line, and 现从三个方面总结如下：一、…
    # (was a speech with no title and no count)
    (doc,) = ingest(tmp_path, "report-title-run-into-salutation-aspects.txt")
    assert doc["title"] == "县人民医院2026年度工作报告"
    assert _shape(doc) == ("report", 3, [0, 0, 0])


def test_a_collection_title_in_book_marks_names_a_survey_report(tmp_path: Path) -> None:
    # 《山区乡村产业调查报告(精选6篇)》 over a 笔者's survey with 一、 and （一） (was other, no points)
    (doc,) = ingest(tmp_path, "survey-collection-title-in-book-marks.txt")
    assert _shape(doc) == ("report", None, [2, 1])


def test_a_heading_glued_to_its_first_decimal_subpoint(tmp_path: Path) -> None:
    # 一、我县特色产业发展的特点1.产业规模不断扩大。… then 2.…: the 1. is the first sub-point (was 0 sub-points)
    (doc,) = ingest(tmp_path, "survey-heading-glued-decimal-subpoint.txt")
    assert _shape(doc) == ("report", None, [2, 2])
    assert doc["points"][0]["heading"] == "我县特色产业发展的特点"


def test_a_host_speech_title_run_into_its_opening_with_a_piece_number(tmp_path: Path) -> None:
    # 2026年全县防汛工作会议主持讲话2今天，县委、县政府决定召开…  …我再强调几点：一要… (was news, no title, no points)
    (doc,) = ingest(tmp_path, "host-speech-title-run-in-piece-number.txt")
    assert doc["title"] == "2026年全县防汛工作会议主持讲话"
    assert _shape(doc) == ("speech", "几", [0])


def test_a_sharing_page_label_over_the_first_page_chunk_stays_apart(tmp_path: Path) -> None:
    # 资源描述 / 1、2026年某镇人民政府工作报告各位代表：… / 2、力，…: the label is the page's, not the title's start,
    # and 超出免费预览范围 is the preview's end (with the title split from its 称谓 these made a second document)
    (doc,) = ingest(tmp_path, "docshare-report-resource-label-chunks.txt")
    assert doc["title"] == "2026年某镇人民政府工作报告"
    assert _shape(doc) == ("report", None, [0])


def test_a_genre_label_over_a_host_script_title_is_not_the_title(tmp_path: Path) -> None:
    # 主持词 / 全县庆祝建党节暨表彰大会主持词: the page's label over the title (was the title; in batch 18 the real title
    # then became a point)
    (doc,) = ingest(tmp_path, "host-script-genre-label-over-title.txt")
    assert doc["title"] == "全县庆祝建党节暨表彰大会主持词"
    assert _shape(doc) == ("speech", None, [])  # its agenda's four items are the order of business (split49)


def test_an_opening_ceremony_salute_is_an_agenda_item(tmp_path: Path) -> None:
    # 第一项，鸣炮奏乐； in a 开工仪式主持词 is the ceremony's order, an item like the others (was one point, then
    # none, then four from shapes42): the order of business, no points (split49)
    (doc,) = ingest(tmp_path, "host-script-opening-ceremony-salute.txt")
    assert _shape(doc) == ("speech", None, [])
    from drafter.ingest.points import _agenda_item

    assert _agenda_item("第一项，鸣炮奏乐；") and _agenda_item("第三项：剪彩。")
    assert not _agenda_item("一、培土固本，夯实基层党建基础") and not _agenda_item("二、奠基未来，办好人民满意的教育")


def test_a_spam_keyword_line_over_a_stolen_report_is_removed(tmp_path: Path) -> None:
    # 精品一区二区在线播放,高清无码视频,… over the title: a spam site's line (was kept in the document, before its title)
    report = ingest_paths([INGEST / "spam-keywords-over-survey-title.txt"], library=tmp_path / "lib", corpus=tmp_path / "c", dry_run=True).as_dict()
    assert any(r["reason"] == "垃圾广告" and r["line"] == 1 for r in report["files"][0]["removed"])
    (doc,) = report["documents"]
    assert doc["lines"][0] == 3 and doc["title"] == "城郊乡村旅游发展调研报告"
    assert _shape(doc) == ("report", None, [1, 0])
    from drafter.ingest.debris import debris_reason

    assert debris_reason("通过网络在线播放宣传视频，让群众看得懂、记得住") == ""  # a speech's line, not spam


def test_an_untitled_survey_that_says_formed_this_report_is_a_report(tmp_path: Path) -> None:
    # …在深入镇村调研的基础上，…，形成此调研报告。 with its title lost (was other, no points)
    (doc,) = ingest(tmp_path, "survey-untitled-says-formed-report.txt")
    assert _shape(doc) == ("report", None, [1, 0])


def test_a_paid_sites_notice_under_a_report_is_removed(tmp_path: Path) -> None:
    # 作者原创，不允许二次传播，一经发现收回 on the last line (was kept as the report's last text; batch 18 read it as a heading)
    report = ingest_paths([INGEST / "report-paid-site-notice-at-end.txt"], library=tmp_path / "lib", corpus=tmp_path / "c", dry_run=True).as_dict()
    assert [r["line"] for r in report["files"][0]["removed"]] == [15]
    (doc,) = report["documents"]
    assert doc["lines"] == [1, 13]


def test_a_survey_article_with_its_header_run_together_is_a_report(tmp_path: Path) -> None:
    # 关于…的调查与思考202X/X/XX关于…的调查与思考近年来，… — title, date and title again on the opening's line, and
    # 调查与思考 names a survey (was other, no title, no points)
    (doc,) = ingest(tmp_path, "survey-thoughts-header-run-date.txt")
    assert doc["title"] == "关于某县乡村旅游发展的调查与思考"
    assert _shape(doc) == ("report", None, [0, 0])
    assert doc["points"][0]["heading"] == "基本情况"
