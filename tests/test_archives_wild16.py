"""Shapes met at first sight on the wild16 work set and left by batch 15 (issue #13), written as our own fixtures."""

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


def test_an_emoji_strewn_county_report_is_a_report_and_its_emoji_are_debris(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "emoji-county-report.txt")
    assert (doc["kind"], doc["title"]) == ("report", "县人民政府2025年工作报告")
    assert [p["heading"] for p in doc["points"]] == ["2025年工作回顾", "2026年工作安排"]
    assert [len(p["subpoints"]) for p in doc["points"]] == [0, 2]


def test_items_restarting_under_emoji_headings_are_no_numbering_error() -> None:
    result = check_text((CHECK / "emoji-report-numbered-items.txt").read_text(encoding="utf-8"))
    assert [(f.rule, f.text) for f in result.findings if f.severity == "error"] == []
    flawed = (CHECK / "emoji-report-numbered-items.txt").read_text(encoding="utf-8").replace("2. 着力保障", "3. 着力保障")
    assert [f.rule for f in check_text(flawed).findings if f.severity == "error"] == ["numbering"]
