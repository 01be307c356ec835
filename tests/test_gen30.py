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
