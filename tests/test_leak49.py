"""Leaks by class (leak49, issue #13): which kind of name reaches a fragment not tagged `specific`.

bench/archive_eval.py classes every leaked term by its shape alone (a person by name or by title, the own place in
full or bare, a town or village below it, an own institution, a local event), so that a held-out set's figures say
which class leaks without showing its text. The ingest half: fixtures of our own writing (tests/fixtures/leak49/,
invented names) where each class must come out as a variable or tag its fragment `specific`.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _archive_eval() -> Any:
    spec = importlib.util.spec_from_file_location("archive_eval_leak49", ROOT / "bench" / "archive_eval.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


AE = _archive_eval()


def test_a_leaked_term_is_classed_by_its_shape() -> None:
    cases = {
        ("青禾县", "青禾县"): "place_full",
        ("青禾", "青禾县"): "place_bare",
        ("柳塘镇", "青禾县"): "place_part",
        ("石门村", ""): "place_part",
        ("王局长", ""): "person_title",
        ("李书记", ""): "person_title",
        ("周明远校长", ""): "person_title",
        ("赵老师", ""): "person_title",
        ("郑立行同志", ""): "person_name",
        ("孙晓川", ""): "person_name",
        ("高邮", "如东县"): "place_other",
        ("第一中学", ""): "institution",
        ("二中", ""): "institution",
        ("县教育局", ""): "institution",
        ("人民医院", ""): "institution",
        ('市"两会"', ""): "event",
        ("同志们", ""): "bare_name",
        ("“三城同创”", ""): "other",
    }
    for (term, place), want in cases.items():
        assert AE.leak_class(term, place) == want, (term, place)
    assert set(cases.values()) <= set(AE.LEAK_CLASSES)


def _row(classes: list[str]) -> dict[str, Any]:
    leaks = [(f"t{i}", f"f{i}", "") for i in range(len(classes))]
    return {
        "debatable": False, "right": True, "right_also": True, "kind": "speech", "chars": 0, "doubts": [],
        "aspects": [], "leaks": leaks, "leak_classes": classes,
        "false": {"bare": 0, "place": 0}, "false_all": {"bare": 0, "place": 0}, "in_page": {"bare": 0, "place": 0},
        "excused": {"bare": 0, "place": 0}, "false_rules": {"bare": [], "place": []}, "misses": [],
    }  # fmt: skip


def test_the_figures_and_the_table_count_leaks_by_class_without_their_text() -> None:
    rows = [_row(["person_title", "place_bare"]), _row(["person_title"]), _row([])]
    planted = {"files": 0, "total": 0, "found": {"bare": 0, "place": 0}}
    figures = AE.figures(rows, planted)
    assert figures["leaks"] == 3 and figures["documents_with_leaks"] == 2
    assert figures["leaks_by_class"] == {"person_title": 2, "place_bare": 1}
    assert figures["documents_with_leaks_by_class"] == {"person_title": 2, "place_bare": 1}
    table = AE.table({"figures": figures})
    assert "| … leaks of class person_title | 2 (in 2 documents) |" in table
    assert "t0" not in table  # a term's text never reaches the table
