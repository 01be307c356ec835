"""bench/archive_eval.py, the tool that measures ingest and check on a folder of real pages (issue #13).

It runs on tests/fixtures/archive_eval/, our own writing in the shapes the tool scores (a county
speech with sub-points, a bulletin page, a bureau's work summary, a meeting news item, and a flawed
copy with two planted errors), so the tool cannot rot unseen. A tampered copy of the same folder
shows that a wrong expectation, a leaking term and a planted error check cannot find are reported
as misses, not hidden.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "archive_eval"
DRAFTER = Path(sys.executable).parent / "drafter"


def run_eval(folder: Path, tmp_path: Path) -> tuple[dict[str, Any], str]:
    figures, misses = tmp_path / "figures.json", tmp_path / "misses.md"
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "archive_eval.py"),
            str(folder),
            "--drafter",
            str(DRAFTER),
            "--out",
            str(misses),
            "--figures",
            str(figures),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    assert "documents right" in proc.stdout
    (tmp_path / "table.md").write_text(proc.stdout, encoding="utf-8")
    return json.loads(figures.read_text(encoding="utf-8")), misses.read_text(encoding="utf-8")


def test_archive_eval_scores_the_fixture_and_reports_every_miss(tmp_path: Path) -> None:
    figures, misses = run_eval(FIXTURE, tmp_path / "clean")
    assert (figures["documents"], figures["right"]) == (4, 4)
    assert figures["by_kind"] == {
        "news": {"right": 1, "documents": 1},
        "report": {"right": 1, "documents": 1},
        "speech": {"right": 2, "documents": 2},
    }
    assert figures["leaks"] == 0
    assert figures["checked_documents"] == 3 and figures["checked_chars"] > 800
    assert figures["false_errors"] == {"bare": 0, "place": 0}
    assert figures["excused_errors"] == {"bare": 0, "place": 0}
    assert (figures["planted_errors"], figures["planted_found"]) == (2, {"bare": 2, "place": 2})
    assert misses.rstrip().endswith("(none)")

    # The same folder with a wrong announced count, a term that every salutation fragment holds,
    # and a planted error of a kind check does not report: each must show up as a miss.
    tampered = tmp_path / "tampered"
    shutil.copytree(FIXTURE, tampered)
    expected = json.loads((tampered / "expected.json").read_text(encoding="utf-8"))
    expected["county-speech.txt"][0]["count"] = 4
    # an other reading named on a firm entry is not taken; on a debatable one it counts in the
    # second figure only (the summary's sub-points read two ways: drafter's way is the named one)
    expected["county-speech.txt"][0]["also"] = [{"count": 3}]
    expected["summary-report.txt"][0].update(
        subpoints=[0, 0, 0], debatable=True, also=[{"points": 2}, {"subpoints": [2, 0, 0]}]
    )
    expected["bulletin.txt"][0]["leak_terms"] = ["同志们"]
    # a placeholder left in the page, listed as a real error of that page: excused, and counted as such
    summary = tampered / "summary-report.txt"
    summary.write_text(
        summary.read_text(encoding="utf-8").replace("。", "，XX同志牵头。", 1), encoding="utf-8"
    )
    expected["summary-report.txt"][0]["real_errors"] = ["placeholder"]
    (tampered / "expected.json").write_text(
        json.dumps(expected, ensure_ascii=False), encoding="utf-8"
    )
    planted = json.loads((tampered / "planted" / "planted.json").read_text(encoding="utf-8"))
    planted["county-speech-flawed.txt"]["errors"].append(
        {"code": "foreign-place", "phrase": "泰州"}
    )
    (tampered / "planted" / "planted.json").write_text(
        json.dumps(planted, ensure_ascii=False), encoding="utf-8"
    )
    figures, misses = run_eval(tampered, tmp_path / "tampered-out")
    assert (figures["documents"], figures["right"], figures["right_also"]) == (4, 2, 3)
    assert (figures["firm_documents"], figures["firm_right"]) == (3, 2)
    assert figures["false_errors"] == {"bare": 0, "place": 0}
    assert figures["excused_errors"]["bare"] >= 1 and figures["excused_errors"]["place"] >= 1
    assert figures["documents_with_leaks"] == 1 and figures["leaks"] >= 1
    assert (figures["planted_errors"], figures["planted_found"]) == (3, {"bare": 2, "place": 2})
    # where a sealed set fails, told without its text: the missed planted rule, the wrong aspects
    assert figures["planted_by_code"]["foreign-place"] == {"errors": 1, "bare": 0, "place": 0}
    assert sum(v["errors"] for v in figures["planted_by_code"].values()) == 3
    assert figures["wrong_by_aspect"] == {"announced": 1, "subpoints": 1}
    # check reported nothing of that rule anywhere: missed as rule-elsewhere would say it looked elsewhere
    assert sum(figures["planted_missed_as"]["bare"].values()) == 1
    assert set(figures["planted_missed_as"]["bare"]) <= {"silent", "other-rule-at-phrase"}
    assert figures["false_by_rule"] == {"bare": {}, "place": {}}
    table = (tmp_path / "tampered-out" / "table.md").read_text(encoding="utf-8")
    assert "planted foreign-place: found no --place / --place | 0/1 / 0/1" in table
    assert "county-speech.txt #1" in misses and "announced 3 (want 4)" in misses
    assert "summary-report.txt #1 «县教育局2026年工作总结» [debatable] [an also-reading]" in misses
    assert "leak «同志们»" in misses and "bulletin" in misses
    assert misses.count("foreign-place «泰州» not found") == 2


def test_a_crashing_check_counts_as_an_error_and_gb18030_copies_are_read(tmp_path: Path) -> None:
    # A page where `drafter check` crashes gives the user no review at all: the measure counts it as
    # a false error on that correct speech and goes on with the rest; a flawed copy saved in GB18030
    # (as old archives are) is read as such, so its planted errors are still found on their lines.
    folder = tmp_path / "pages"
    shutil.copytree(FIXTURE, folder)
    flawed = folder / "planted" / "county-speech-flawed.txt"
    flawed.write_bytes(flawed.read_text(encoding="utf-8").encode("gb18030"))
    wrapper = tmp_path / "drafter-crashing"
    wrapper.write_text(
        "#!/bin/sh\n"
        'case "$1 $2" in\n'
        '  "check "*bulletin*) echo "ValueError: not a Chinese numeral" >&2; exit 1 ;;\n'
        "esac\n"
        f'exec "{DRAFTER}" "$@"\n',
        encoding="utf-8",
    )
    wrapper.chmod(0o755)
    figures, misses = tmp_path / "figures.json", tmp_path / "misses.md"
    subprocess.run(
        [sys.executable, str(ROOT / "bench" / "archive_eval.py"), str(folder), "--drafter", str(wrapper),
         "--out", str(misses), "--figures", str(figures)],
        capture_output=True, text=True, encoding="utf-8", check=True,
    )
    result = json.loads(figures.read_text(encoding="utf-8"))
    assert result["false_errors"] == {"bare": 1, "place": 1}
    assert (result["planted_errors"], result["planted_found"]) == (2, {"bare": 2, "place": 2})
    text = misses.read_text(encoding="utf-8")
    assert "no-report" in text and "not a Chinese numeral" in text and "bulletin" in text
