"""Ingest generalised from batch 57's misses (issue #13): each class of shape in two or three spellings of our own
writing (tests/fixtures/ingest/ingest57-*), never the pages' text; a guard of the same class beside each."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_fixtures import ingest, shape


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # 主要分三个方面来讲，供各支部书记…参考。 in a 党课 (was: no count announced)
        ("ingest57-count-first-lecture.txt", ("speech", 3, [0, 0, 0])),
        # 下面，結合全縣實際，重點從兩個方面來談，…, traditional, a county's meeting (was: no count)
        ("ingest57-count-first-traditional.txt", ("speech", 2, [0, 0])),
        # 今天的讲话,分四个方面来讲. with halfwidth punctuation, a district's (was: no count)
        ("ingest57-count-first-halfwidth.txt", ("speech", 4, [0, 0, 0, 0])),
    ],
)
def test_a_count_said_before_its_verb_with_lai_announces_the_points(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want


def test_another_speakers_talk_told_by_its_count_announces_nothing(tmp_path: Path) -> None:
    # 上周，县长在全县大会上分三个方面来讲了当前形势: a report of another talk
    (doc,) = ingest(tmp_path, "ingest57-count-first-guard.txt")
    assert shape(doc) == ("speech", None, [0, 0])
