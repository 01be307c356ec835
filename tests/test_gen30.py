"""Ingest generalised from batch 44's first-sight misses (issue #13): the classes of shape, each in several spellings of
our own writing (tests/fixtures/ingest/gen30-*), never the pages' text."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_fixtures import ingest, shape


@pytest.mark.parametrize(
    ("name", "kinds"),
    [
        # a school's opening words … 现在，我宣布：…开学典礼现在开始。 / (blank) / the site's 编辑：… 审核人：… line / 3月1日，县政协…
        # 举行预备会议。: a news item pasted under a speech, its dated lead its frame
        ("gen30-seam-speech-then-news-page-header.txt", ["speech", "news"]),
        # a college's news item (truncated or not) / (blank) / 2026年4月8日，我院隆重召开…: the next item's dated lead, full date
        ("gen30-seam-news-then-news-full-date.txt", ["news", "news"]),
        # a news item and the site's 本文系本站编辑转载… / (blank) / 近日，区安委办负责人一行赴某某镇开展…检查: 近日 as the date
        ("gen30-seam-news-disclaimer-then-inspection.txt", ["news", "news"]),
        # a news item / (blank) / its own headline / 3月12日，某某镇组织…: the next item's headline over its lead
        ("gen30-seam-news-then-headline-and-lead.txt", ["news", "news"]),
        # …谢谢大家！ / (blank) / ●结束语： / …我宣布：…到此结束。: the host's closing part after the speech
        ("gen30-seam-speech-then-host-closing-bullet.txt", ["speech", "speech"]),
        # the same labelled 【结束语】
        ("gen30-seam-speech-then-host-closing-bracket.txt", ["speech", "speech"]),
        # the same as two hosts' turns, 甲：… 乙：… with no label
        ("gen30-seam-speech-then-host-turns.txt", ["speech", "speech"]),
        # a letter signed and dated (then the site's 编辑 and captcha lines) / (blank) / an untitled call, …党支部倡议：…, signed
        # by two bodies joined with 、 and dated: a second letter
        ("gen30-seam-letter-then-signed-call.txt", ["other", "other"]),
        # the same with the date written 二〇二六年五月 and two signers set off by a space
        ("gen30-seam-letter-then-signed-letter-written-date.txt", ["other", "other"]),
        # …谢谢大家！ / (blank) / 各位家长朋友： / … (no 今天, no 大家好): a second piece's own 称谓 after the first one closed
        ("gen30-seam-speech-then-salutation-no-today.txt", ["speech", "other"]),
    ],
)
def test_a_second_piece_after_a_pages_seam_is_read(
    tmp_path: Path, name: str, kinds: list[str]
) -> None:
    docs = ingest(tmp_path, name)
    assert [d["kind"] for d in docs] == kinds
    assert (
        docs[1]["lines"][0] > docs[0]["lines"][1] + 1
    )  # the blank line between them belongs to neither


def test_the_signed_call_after_the_seam_is_a_letter(tmp_path: Path) -> None:
    docs = ingest(tmp_path, "gen30-seam-letter-then-signed-call.txt")
    assert [d["genre"] for d in docs] == ["书信", "书信"]


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # 一、… / (blank) / 二、… / (blank) / 三、… / (blank) / 同志们：…: blank lines before a speech's own headings and its
        # closing vocative cut nothing
        ("gen30-seam-guard-speech-blank-before-headings.txt", ("speech", 3, [0, 0, 0])),
        # every paragraph set off by a blank line, one of them 3月2日上午，大会举行第二次全体会议…: no seam in such a page
        ("gen30-seam-guard-news-blank-everywhere.txt", ("news", None, [])),
        # …谢谢大家！ / (blank) / （根据录音整理，未经本人审阅）: a note under the speech, no piece of its own
        ("gen30-seam-guard-speech-then-transcript-note.txt", ("speech", None, [])),
    ],
)
def test_a_blank_line_alone_cuts_no_document(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want


@pytest.mark.parametrize(
    ("name", "want", "title"),
    [
        # 专题党课讲稿系列：如何做… over the lecture: a site's label between the genre and the topic, still a lecture's title
        (
            "gen30-kind-lecture-label-series.txt",
            ("speech", None, [0, 3]),
            "专题党课讲稿系列：如何做一名合格的基层党员",
        ),
        # 七一专题党课讲稿精选——… over 同志们：: the same label with a dash
        (
            "gen30-kind-lecture-label-dash-collection.txt",
            ("speech", 2, [0, 0]),
            "七一专题党课讲稿精选——传承红色基因争做时代先锋",
        ),
        # 2026年党课讲稿范文：守初心担使命基层党组织是…。一、…问题1.…。2.…: the label run into the one-line text, its 一、 and
        # 1. glued on (the topic's end is not said: the label is the title, the topic stays in the text)
        ("gen30-kind-lecture-label-fanwen-run-in.txt", ("speech", None, [2]), "2026年党课讲稿范文"),
        # 关于…的调查报告，随着…: a 关于…的…报告 title run into the opening with a comma
        (
            "gen30-kind-survey-title-comma-run-in.txt",
            ("report", None, [0, 0, 0]),
            "关于农村居家养老服务情况的调查报告",
        ),
        # the same with a half-width comma
        (
            "gen30-kind-survey-title-halfwidth-comma.txt",
            ("report", None, [0, 0]),
            "关于社区志愿服务开展情况的调研报告",
        ),
        # 一、“…调查”调研报告 / the title again / ——以某某镇为例 / … / 一、调查的背景: a collection's first item number over the
        # piece's title, not a point
        (
            "gen30-kind-numbered-piece-survey-title.txt",
            ("report", None, [0, 0]),
            "“乡村学校课后服务开展情况调查”调研报告",
        ),
        # 调研报告精选 / 1.关于…的调研报告 / … / 一、基本情况 …: the same number in arabic over a 关于…的调研报告
        (
            "gen30-kind-numbered-piece-arabic-survey.txt",
            ("report", None, [0, 0, 0]),
            "关于村级集体经济发展情况的调研报告",
        ),
        # 一、在全校…开幕式上的讲话 over the speech whose points run 一、二、
        (
            "gen30-kind-numbered-piece-speech-title.txt",
            ("speech", 2, [0, 0]),
            "在全校秋季运动会开幕式上的讲话",
        ),
    ],
)
def test_a_lecture_or_survey_is_read_by_its_title_whatever_the_site_adds(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]], title: str
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want
    assert doc["title"] == title


def test_a_part_on_a_speech_numbered_first_stays_a_point(tmp_path: Path) -> None:
    # 一、深入学习重要讲话 … 二、… 三、…: a report's first part whose heading ends in 讲话 is no piece's title
    (doc,) = ingest(tmp_path, "gen30-kind-guard-report-part-on-speech.txt")
    assert shape(doc) == ("report", None, [0, 0, 0])
    assert doc["points"][0]["heading"] == "深入学习重要讲话"


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # 二、… / 第一要抓好… / 第二把住… / 第三加强…: bare ordinals with no 、 or ， after them, a series under the heading
        ("gen30-sub-unmarked-ordinal-series.txt", ("speech", 2, [0, 3])),
        # 二、…三种角色 / 第一要当好…，(the copy stops): a lone 第一 where the copy is cut is the first sub-point
        ("gen30-sub-unmarked-ordinal-cut.txt", ("speech", None, [0, 1])),
        # 第一要务是立德树人 in a point of a whole speech: a word of the text, no sub-point
        ("gen30-sub-guard-lone-unmarked-ordinal.txt", ("speech", 2, [0, 0])),
    ],
)
def test_bare_ordinals_under_a_heading_are_its_subpoints(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # …召集大家回来开会，主要有三层意思：第一层意思，“…”。…第二层意思，…第三层意思，…: one paragraph, the count said with 有
        ("gen30-count-layers-inline.txt", ("speech", 3, [0, 0, 0])),
        # 我想表达两层意思。 / 第一层意思，… / 第二层意思，…: paragraphs of their own
        ("gen30-count-layers-paragraphs.txt", ("speech", 2, [0, 0])),
        # 我讲三层意思： / 第一层意思：欢迎。… : the colon after the ordinal
        ("gen30-count-layers-colon.txt", ("speech", 3, [0, 0, 0])),
    ],
)
def test_layers_of_meaning_are_the_speakers_points(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want


@pytest.mark.parametrize(
    "name",
    [
        "gen30-seam-speech-then-host-closing-bullet.txt",
        "gen30-seam-speech-then-host-closing-bracket.txt",
    ],
)
def test_a_host_parts_label_is_its_title_not_an_opening(name: str) -> None:
    # ●结束语： / 【结束语】 over the host's closing words: the part's name, never a fragment a draft could open with
    from archive_fixtures import INGEST

    from drafter.ingest.pipeline import analyse_file

    _, host = analyse_file(str(INGEST / name), name, "x").documents
    assert host.title == "结束语"
    assert host.outline is not None
    assert all("结束语" not in piece.text for piece in host.outline.pieces)
