"""Shapes met in batch 16's misses once it was spent (issue #13), written as our own fixtures."""

from __future__ import annotations

from pathlib import Path

from archive_fixtures import INGEST, ingest

from drafter.ingest import ingest_paths


def test_an_announcement_made_with_the_occasion_not_with_i(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "announce-borrow-occasion-few-points.txt")
    assert (doc["kind"], doc["announced_count"], len(doc["points"])) == ("speech", "几", 2)


def test_the_last_three_sentences_of_a_short_speech_are_its_announced_points(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "last-three-sentences-announce.txt")
    assert (doc["announced_count"], len(doc["points"])) == (3, 3)
    assert not any("实际有" in w or "过渡语" in w for w in doc["warnings"])


def test_a_list_under_one_of_two_named_parts_is_no_sub_point_of_the_point(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path / "a", "labelled-part-list-inside-point.txt")
    assert [len(p["subpoints"]) for p in doc["points"]] == [0, 0]
    # the same label opening the point's text on its own, never named before: its items are the sub-points
    text = (INGEST / "labelled-part-list-inside-point.txt").read_text(encoding="utf-8")
    alone = text.replace("概括起来，就是实现了“三个提升”、“两个突破”。", "").replace(
        "“三个提升”：产业层次有提升，城乡面貌有提升，群众收入有提升，各项指标都好于预期。\n", ""
    )
    (tmp_path / "b").mkdir()
    own = tmp_path / "b" / "alone.txt"
    own.write_text(alone, encoding="utf-8")
    report = ingest_paths([own], library=tmp_path / "b" / "lib", corpus=tmp_path / "b" / "corpus", dry_run=True)
    (doc,) = report.as_dict()["documents"]
    assert [len(p["subpoints"]) for p in doc["points"]] == [2, 0]
