"""Ingest generalised from batch 54's misses (issue #13): each class of shape in two or three spellings of our own
writing (tests/fixtures/ingest/ingest54-*), never the pages' text."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_fixtures import ingest, shape


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # 下面，我再强调几点意见，希望大家抓好贯彻执行。 (was: a notice, 通知, no points)
        ("ingest54-wish-carry-out-speech.txt", ("speech", "几", [0, 0])),
        # 希望同志們認真貫徹執行。, traditional, a county's meeting (was: a notice)
        ("ingest54-wish-carry-out-traditional.txt", ("speech", 3, [0, 0, 0])),
        # 各位同事: / …希望各科室抓好贯彻执行. with halfwidth punctuation (was: a notice)
        ("ingest54-wish-carry-out-halfwidth.txt", ("speech", 2, [0, 0])),
    ],
)
def test_a_speakers_wish_that_the_points_be_carried_out_is_no_notice_formula(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want
    assert doc["genre"] == ""


def test_a_notice_that_asks_the_offices_to_carry_it_out_stays_a_notice(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "ingest54-wish-carry-out-guard.txt")
    assert (doc["kind"], doc["genre"], doc["points"]) == ("other", "通知", [])
