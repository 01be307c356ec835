"""Shapes met at first sight on the wild15 work set (issue #13), written as our own fixtures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from drafter.check import check_text
from drafter.ingest import ingest_paths

INGEST = Path(__file__).parent / "fixtures" / "ingest"
CHECK = Path(__file__).parent / "fixtures" / "check"


def ingest(tmp_path: Path, name: str) -> list[dict[str, Any]]:
    (tmp_path / "lib").mkdir(parents=True, exist_ok=True)
    report = ingest_paths([INGEST / name], library=tmp_path / "lib", corpus=tmp_path / "corpus", dry_run=True)
    docs: list[dict[str, Any]] = report.as_dict()["documents"]
    return docs


def test_a_street_meeting_named_without_a_place_is_the_streets_speech() -> None:
    correct = check_text((CHECK / "street-meeting-title-correct.txt").read_text(encoding="utf-8"))
    assert correct.level == "街道" and correct.errors == 0
    flawed = check_text((CHECK / "street-meeting-title-flawed.txt").read_text(encoding="utf-8"))
    assert [(f.rule, f.text) for f in flawed.findings if f.severity == "error"] == [("level-mix", "我镇")]


def test_a_street_meeting_named_without_a_place_is_ingested_at_the_streets_level(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "street-meeting-title-no-place.txt")
    assert doc["level"] == "街道" and doc["title"] == "在2026年街道党工委扩大会议上的讲话"

