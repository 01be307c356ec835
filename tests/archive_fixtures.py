"""The fixtures of our own writing that reproduce real archives' shapes, and ingest run on one of them (dry run)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from drafter.ingest import ingest_paths

INGEST = Path(__file__).parent / "fixtures" / "ingest"
CHECK = Path(__file__).parent / "fixtures" / "check"


def ingest(tmp_path: Path, name: str) -> list[dict[str, Any]]:
    """The documents ingest reads in fixtures/ingest/NAME, as its JSON report gives them."""
    (tmp_path / "lib").mkdir(parents=True, exist_ok=True)
    report = ingest_paths([INGEST / name], library=tmp_path / "lib", corpus=tmp_path / "corpus", dry_run=True)
    docs: list[dict[str, Any]] = report.as_dict()["documents"]
    return docs
