"""Ingest generalised from batch 50's misses (issue #13): each class of shape in two or three spellings of our own
writing (tests/fixtures/ingest/ingest50-*), never the pages' text."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_fixtures import ingest, shape


@pytest.mark.parametrize(
    "name",
    [
        # …主要负责同志要亲自 / 某某县：…获全市通报表扬 / 发布日期：…: a headline led by its place over the site's byline
        # (was: one speech, the cut sentence run on into the headline and the item)
        "ingest50-appended-headline.txt",
        # …才能让我们的校园 / 3月6日，某某镇召开…: a dated lead after the cut sentence (was: one speech)
        "ingest50-appended-dated.txt",
        # traditional characters, half-width punctuation, 10 月 12 日,某某鄉召開… (was: one speech)
        "ingest50-appended-traditional.txt",
    ],
)
def test_another_pages_news_item_after_a_cut_speech_is_a_document_of_its_own(
    tmp_path: Path, name: str
) -> None:
    speech, item = ingest(tmp_path, name)
    assert speech["kind"] == "speech" and item["kind"] == "news"
    assert speech["lines"][1] < item["lines"][0]


def test_a_speakers_dated_sentence_after_a_cut_paragraph_stays_in_the_speech(
    tmp_path: Path,
) -> None:
    # …隐患排查治理还不够彻底， / 3月6日，我们召开了…: the speaker's own 我们, the speech going on
    (doc,) = ingest(tmp_path, "ingest50-appended-guard.txt")
    assert shape(doc) == ("speech", None, [0, 0])


@pytest.mark.parametrize(
    ("name", "count"),
    [
        # …请先下载后再阅读全文… / 工作报告 > 在…上的讲话 / 如需复制全文请开通会员… / ×: a download site's notes, its one-step
        # category path and its pop-up's close button (was: a second speech titled by the path)
        ("ingest50-sitenotes-download.txt", 3),
        # 1. 全文较长，下载后再编辑更方便。 / 讲话稿 › … / …请赞助会员… / ✕ (was: the note a sub-point, the path a second speech)
        ("ingest50-sitenotes-sponsor.txt", 2),
        # traditional characters: 1. 本文稿內容較多,請先下載後再完整閱讀內容。 / 講話致辭 >… (was: the same)
        ("ingest50-sitenotes-traditional.txt", 3),
    ],
)
def test_a_download_sites_notes_under_a_cut_speech_are_neither_sub_points_nor_a_speech(
    tmp_path: Path, name: str, count: int
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("speech", count, [0])


@pytest.mark.parametrize(
    ("name", "subpoints"),
    [
        # 一、教育教学质量稳步提升 / 1、20__年中考，… / 2、… / 3、…: the year a 范文 left blank (was: no sub-points)
        ("ingest50-maskedyear-underscore.txt", [3]),
        # 1.20__年，全镇… / 2.20__年，…: a full stop after the number, a 镇's year-end speech (was: no sub-points)
        ("ingest50-maskedyear-period.txt", [2, 0]),
        # 1、20＿＿年高考… / 2、20○○年，…: full-width blanks and circles (was: no sub-points)
        ("ingest50-maskedyear-fullwidth.txt", [3, 0]),
    ],
)
def test_a_numbered_item_opening_on_a_blanked_year_is_a_sub_point(
    tmp_path: Path, name: str, subpoints: list[int]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("speech", None, subpoints)


@pytest.mark.parametrize(
    ("name", "subpoints"),
    [
        # 2026年上半年，全县信访工作… / 一、基本情况 / … / 二、主要工作 (cut there), no title (was: other)
        ("ingest50-facts-halfyear.txt", [0, 0]),
        # 20XX年，我局… / 一、总体情况 / 二、主要做法 （一）（二） / 三、存在的问题 (was: other)
        ("ingest50-facts-office.txt", [0, 2, 0]),
        # 今年以來,全鎮安全生產工作… / 一、基本情況 / 二、主要工作 (一), traditional characters (was: other)
        ("ingest50-facts-traditional.txt", [0, 1]),
    ],
)
def test_an_untitled_account_whose_first_part_is_the_periods_facts_is_a_report(
    tmp_path: Path, name: str, subpoints: list[int]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("report", None, subpoints)


def test_a_speech_that_first_gives_the_facts_stays_a_speech(tmp_path: Path) -> None:
    # 同志们： / 今年以来，… / 一、基本情况 / 二、下步工作: said to the hall, under its title
    (doc,) = ingest(tmp_path, "ingest50-facts-guard.txt")
    assert shape(doc) == ("speech", "几", [0, 0])


@pytest.mark.parametrize(
    "name",
    [
        # 第36章：会场上的掌声（2/3） / a narrator's line / “各位乡亲，…”: a chapter and its page (was: a speech)
        "ingest50-chapter-page.txt",
        # 第十二章 临危受命 / … / “同志们，…”: no page, the character's speech in quotation marks (was: other, no genre said)
        "ingest50-chapter-plain.txt",
        # 第108章 縣長的一番話(1/4), traditional characters (was: a speech titled by the chapter)
        "ingest50-chapter-traditional.txt",
    ],
)
def test_a_novels_chapter_copied_bare_is_told_as_fiction(tmp_path: Path, name: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert doc["kind"] == "other" and doc["genre"] == "网络小说" and doc["points"] == []


def test_a_chapter_of_rules_is_no_novel(tmp_path: Path) -> None:
    # 第二章 工作职责 / 第五条 …: the chapter of an office's rules
    (doc,) = ingest(tmp_path, "ingest50-chapter-rules.txt")
    assert doc["genre"] != "网络小说"


@pytest.mark.parametrize(
    ("name", "subpoints"),
    [
        # 1、… 2、… 3、… (the problems, their heading on the page before) / 二、…的对策建议 / 1、… 2、… 3、… (was: other)
        ("ingest50-surveytail-items.txt", [3]),
        # 1.… 2.… / 三、…的意见和建议 / 1.… 2.…, blank lines between (was: other)
        ("ingest50-surveytail-period.txt", [2]),
        # traditional characters: 1、… 2、… / 二、…的建議 / 1、… 2、… (was: other)
        ("ingest50-surveytail-traditional.txt", [2]),
    ],
)
def test_a_surveys_later_page_opening_on_a_parts_items_is_a_report_from_its_next_part(
    tmp_path: Path, name: str, subpoints: list[int]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("report", None, subpoints)


@pytest.mark.parametrize(
    ("name", "count", "subpoints"),
    [
        # …上的表态发言 / 今年以来，村两委班子… / …主要从以下几个方面做起： / （一）一是…二是… / （二）…: no 称谓, no 我
        # (was: other)
        ("ingest50-pledge-village.txt", "几", [2, 0]),
        # 学校安全工作会议发言稿 / …学校具体从以下三个方面抓起： / 一、… 二、… 三、… (was: other)
        ("ingest50-pledge-school.txt", 3, [0, 0, 0]),
        # 鎮長安全生產工作表態發言 / 二〇XX年度的…工作,在…領導下,… / …主要從以下幾個方面入手:, traditional (was: other)
        ("ingest50-pledge-traditional.txt", "几", [2, 0]),
    ],
)
def test_a_text_titled_as_ones_remarks_and_written_as_an_account_is_a_speech(
    tmp_path: Path, name: str, count: object, subpoints: list[int]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("speech", count, subpoints)
