"""Ingest on the shapes batch 26's remaining misses showed (issue #13), second round.
Our own fixtures, reproducing the shapes only."""

from __future__ import annotations

from pathlib import Path

from archive_fixtures import ingest
from archive_fixtures import shape as _shape


def test_a_ceremony_told_with_the_speech_given_and_he_said_is_news(tmp_path: Path) -> None:
    # 我校校长某某在典礼上发表了…致辞。他首先代表… / 他说，希望大家… / “我们在这里等大家回来…”: the 我们 and 大家 are
    # the principal's, reported by the school's news; read as his speech
    (doc,) = ingest(tmp_path, "news-ceremony-speech-he-said.txt")
    assert _shape(doc) == ("news", None, [])


def test_a_closing_told_with_its_speakers_inline_hopes_is_news_not_points(tmp_path: Path) -> None:
    # 在闭幕式上某院长发表了讲话，他代表…，他讲到… / 提出了三点希望：1、希望大家…；2、…: a report of the speech, the
    # inline list his hopes as told — read as a speech with a point
    (doc,) = ingest(tmp_path, "news-hospital-closing-four-hopes-inline.txt")
    assert _shape(doc) == ("news", None, [])


def test_a_speech_under_a_doc_viewers_numbered_notices_is_the_one_document(tmp_path: Path) -> None:
    # 在…上的致辞.docVIP / 1. 1、…一经付费… 4. 4、该文档为VIP文档… 6. 6、…贡献VIP文档。上传文档 / the text: the notices were
    # kept as a document of their own (or the speech glued under them), the speech's title lost to its .docVIP
    (doc,) = ingest(tmp_path, "speech-under-doc-viewer-notices.txt")
    assert _shape(doc) == ("speech", None, [])
    assert doc["title"] == "在新春茶话会上的致辞"


def test_a_count_cut_from_its_noun_by_a_hard_line_break_is_still_announced(tmp_path: Path) -> None:
    # …我强调三 / 点意见: (a PDF copy wrapped at its page width): the 点意见: line looked like a label of its own
    (doc,) = ingest(tmp_path, "speech-pdf-wrap-count-cut-from-noun.txt")
    assert _shape(doc) == ("speech", 3, [2])


def test_a_ratio_cut_at_the_wrap_does_not_split_a_run_in_series(tmp_path: Path) -> None:
    # …一是…比例调整为 8.2 : / 40.6:51.2,…二是…: the ratio's colon ended the line, the paragraph broke there and
    # 一是 and 二是 fell into two paragraphs, neither a series
    (doc,) = ingest(tmp_path, "speech-pdf-wrap-ratio-splits-series.txt")
    assert _shape(doc) == ("speech", "几", [2])


def test_ordinals_of_angles_without_a_mark_are_sub_points(tmp_path: Path) -> None:
    # 第一从保护生态成果的要求看，必须… / 第二从今年的天气情况看，…: 第一 with no 、 or ， after it was a word of the text
    (doc,) = ingest(tmp_path, "speech-angle-ordinals-without-mark.txt")
    assert _shape(doc) == ("speech", 3, [2])


def test_an_untitled_plan_saying_what_it_is_is_a_report(tmp_path: Path) -> None:
    # 为…，根据…，结合…实际，制定本规划。 / 一、… / （一）…: a plan whose title the page lost; read as other
    (doc,) = ingest(tmp_path, "report-plan-untitled-says-this-plan.txt")
    assert _shape(doc) == ("report", None, [1])


def test_a_title_run_into_an_opening_that_starts_with_genju_is_split_off(tmp_path: Path) -> None:
    # 在“质量月”活动动员大会上的讲话 根据上级…的统一部署，…: the title and the opening on one line, a space between
    # them; read as one long first paragraph, its kind other
    (doc,) = ingest(tmp_path, "speech-title-run-into-opening-by-space.txt")
    assert _shape(doc) == ("speech", None, [0])
    assert doc["title"] == "在“质量月”活动动员大会上的讲话"


def test_a_sites_menu_line_is_debris_and_its_words_no_speakers(tmp_path: Path) -> None:
    # 看遍山水从某某旅游网开始>> | 网站首页 | 意见反馈 | …: the menu stayed as the first line, and its 意见 with the one
    # 我们 quoted below made an interview news a speech (places28's n02)
    (doc,) = ingest(tmp_path, "news-interview-under-site-menu.txt")
    assert doc["kind"] == "news" and doc["points"] == []


def test_a_collections_unnumbered_contents_are_no_documents(tmp_path: Path) -> None:
    # 目录： / seven bare titles of the page's pieces / the first piece's title again, its 称谓 and text: the titles were read
    # as a speech of their own and the first piece took a later entry's title
    (doc,) = ingest(tmp_path, "collection-contents-unnumbered-titles.txt")
    assert doc["title"] == "在全县“读书月”活动启动仪式上的讲话" and doc["lines"][0] == 21


def test_a_speech_studying_a_leaders_speech_he_stressed_stays_a_speech(tmp_path: Path) -> None:
    # 习近平总书记在庆祝大会上发表了重要讲话。他强调，… / 我们要…: the speaker's own account of what he studies, not a
    # report of the meeting (the rule above would have read it as news)
    (doc,) = ingest(tmp_path, "speech-studies-a-leaders-speech-he-stressed.txt")
    assert doc["kind"] == "speech"
