"""Documents `drafter ingest` reads out of a split fixture (tests/fixtures/split40, split41 …), as test_split4x read them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from drafter.ingest import ingest_paths


def docs(fixture: Path, tmp_path: Path) -> list[dict[str, Any]]:
    """The documents of one fixture file, as ingest's report lists them (a dry run into `tmp_path`)."""
    report = ingest_paths([fixture], library=tmp_path / "lib", corpus=tmp_path / "corpus", dry_run=True)
    found: list[dict[str, Any]] = report.as_dict()["documents"]
    return found


def read(doc: dict[str, Any]) -> tuple[str, list[int], int]:
    """A document's kind, its first and last line, and how many points it has."""
    return doc["kind"], doc["lines"], len(doc["points"])
