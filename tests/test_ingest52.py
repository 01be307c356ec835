"""Ingest generalised from batch 52's misses and leak (issue #13): each class of shape in two or three spellings of our
own writing (tests/fixtures/ingest/ingest52-*), never the pages' text."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_fixtures import ingest


@pytest.mark.parametrize(
    "name",
    [
        # 夏季防溺水倡议书【一】 / … / 夏季防溺水倡议书【二】 / 全镇广大青少年朋友们： / one sentence, cut (was: one letter)
        "ingest52-bracket-piece-pledge.txt",
        # 春節慰問信（一） / … / 春節慰問信（二）, traditional characters (was: the same)
        "ingest52-bracket-piece-traditional.txt",
        # 致全市市民的一封信(1) / … / 致全市市民的一封信(2), halfwidth punctuation (was: the same)
        "ingest52-bracket-piece-halfwidth.txt",
    ],
)
def test_a_collections_piece_number_in_brackets_on_the_title_line_opens_the_next_letter(
    tmp_path: Path, name: str
) -> None:
    docs = ingest(tmp_path, name)
    assert len(docs) == 2
    first, second = docs
    assert (
        first["kind"] == second["kind"] == "other" and first["genre"] == second["genre"] == "书信"
    )
    assert second["points"] == [] and second["lines"][0] == first["lines"][1] + 1, (
        "the numbered title opens the second"
    )


def test_a_single_speech_whose_title_ends_in_a_bracketed_one_stays_one_speech(
    tmp_path: Path,
) -> None:
    # 在全县安全生产工作会议上的讲话（一）: no （二） follows, so the number divides nothing
    (doc,) = ingest(tmp_path, "ingest52-bracket-piece-guard.txt")
    assert (doc["kind"], doc["announced_count"], [len(p["subpoints"]) for p in doc["points"]]) == (
        "speech",
        2,
        [0, 0],
    )
