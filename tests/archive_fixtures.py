"""The fixtures of our own writing that reproduce real archives' shapes, and ingest run on one of them (dry run)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from drafter.ingest import ingest_paths

INGEST = Path(__file__).parent / "fixtures" / "ingest"
CHECK = Path(__file__).parent / "fixtures" / "check"


def ingest(tmp_path: Path, name: str) -> list[dict[str, Any]]:
    """The documents ingest reads in fixtures/ingest/NAME, as its JSON report gives them."""
    (tmp_path / "lib").mkdir(parents=True, exist_ok=True)
    report = ingest_paths([INGEST / name], library=tmp_path / "lib", corpus=tmp_path / "corpus", dry_run=True)
    docs: list[dict[str, Any]] = report.as_dict()["documents"]
    return docs


def shape(doc: dict[str, Any]) -> tuple[str, object, list[int]]:
    """A document's kind, announced count and sub-points per point."""
    return doc["kind"], doc["announced_count"], [len(p["subpoints"]) for p in doc["points"]]


def fragments(tmp_path: Path, name: str, folder: Path = INGEST) -> list[dict[str, Any]]:
    """The fragments ingest writes for the one document of FOLDER/NAME (fixtures/ingest), each with `specific` said."""
    report = ingest_paths([folder / name], library=tmp_path / "lib", corpus=tmp_path / "corpus").as_dict()
    (doc,) = report["documents"]
    specific = set(doc["specific"])
    data = yaml.safe_load(Path(doc["fragment_file"]["path"]).read_text(encoding="utf-8"))
    return [f | {"specific": "specific" in (f.get("tags") or []) or f["id"] in specific} for f in data]


def general_holding(frags: list[dict[str, Any]], word: str) -> list[str]:
    """Ids of the non-specific fragments whose YAML holds `word` (a leak when `word` is a person, place or institution)."""
    return [f["id"] for f in frags if not f["specific"] and word in yaml.safe_dump(f, allow_unicode=True)]


def clerk_readings(entry: dict[str, Any]) -> list[tuple[str, object, list[int]]]:
    """A clerk's reading of a census page (expected.json) and, for a debatable entry, the other readings in `also`,
    the kind as drafter says it (a letter is `other` in an ingest report)."""
    kind = "other" if entry["kind"] == "letter" else entry["kind"]
    out = [(kind, entry["count"], entry["subpoints"])]
    for alt in entry.get("also", []):
        out.append((alt.get("kind", kind), alt.get("count", entry["count"]), alt.get("subpoints", entry["subpoints"])))
    return out
