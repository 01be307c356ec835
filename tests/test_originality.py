"""Every draft says how original it is, with the figures `drafter diff` gives; places differ by default."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from drafter.cli import app

runner = CliRunner()


def draft_json(*sets: str) -> dict:
    args = ["draft", "--no-input", "--json"]
    for item in sets:
        args += ["--set", item]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_draft_reports_originality_as_diff_measures_it(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    data = draft_json("place=清河县", "meeting=全县妇女儿童工作会议", "date=2026年3月8日")
    (tmp_path / "稿.md").write_text(data["text"], encoding="utf-8")
    diff = json.loads(runner.invoke(app, ["diff", "稿.md", "--json"]).stdout)
    o = data["originality"]
    assert o["reuse"] == diff["reuse"]
    top = diff["sources"][0] if diff["sources"] else None
    assert o["largest_source"] == (top["id"] if top else None)
    assert o["longest_run"] == ((diff["longest_run"] or {}).get("length") or 0)


def test_without_a_seed_neighbours_differ_and_a_place_repeats_itself(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    meeting = "meeting=全县安全生产工作会议"
    a = draft_json("place=清河县", meeting, "date=2026年3月8日")
    b = draft_json("place=故城县", meeting, "date=2026年3月8日")
    again = draft_json("place=清河县", meeting, "date=2026年3月8日")
    assert a["seed"] != b["seed"] and a["text"] != b["text"].replace("故城县", "清河县")
    assert again["seed"] == a["seed"] and again["text"] == a["text"]
