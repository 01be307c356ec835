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

import pytest
import yaml
from archive_fixtures import fragments, general_holding

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


def test_a_leak_is_told_by_its_shape_without_its_text() -> None:
    doc = {"kind": "speech", "place": ""}
    shape = AE.leak_shape("place_part", "柳塘镇", "d-01.point-2", "，柳塘镇要抓好集镇", doc)
    assert shape == "place_part|point|len3|punct>han|speech|no-place"
    assert "柳塘" not in shape
    shape = AE.leak_shape("person_title", "王局长", "d-01.acknowledgement-2", "刚才，王局长讲", doc | {"place": "如东县"})
    assert shape == "person_title|acknowledgement|len3|punct>han|speech|place-found"


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


# ---------------------------------------------------------------- the ingest half: each class becomes specific

FIXTURES = ROOT / "tests" / "fixtures" / "leak49"


@pytest.mark.parametrize(
    ("name", "word"),
    [
        ("education-names.txt", "实验小学"),  # 县实验小学和城关幼儿园要做好结对帮扶: the county's own schools
        ("education-names.txt", "城关幼儿园"),
        ("education-names.txt", "柳塘镇"),  # 柳塘镇要抓好…: a town of the speech with its suffix, before a verb
        ("education-names.txt", "石门村"),  # 石门村的做法值得学习: a village by a name of no place-name morpheme
        ("education-names.txt", "欧阳明远"),  # 欧阳明远副县长: a compound surname before the office
        ("education-names.txt", "顾思远"),  # 学生代表顾思远作了发言
        ("tourism-names.txt", "小洋口旅游度假区"),  # a zone named after a place of the county
        ("tourism-names.txt", "南进北延"),  # “南进北延、东拓西优”: how that county town grows
        ("tourism-names.txt", "港城"),  # 建设美丽港城: the city's nickname
        ("tourism-names.txt", "刘敏"),  # 宣传部长刘敏 … 刘敏强调: a two-character name found again bare
        ("titled-names.txt", "付建华"),  # 付建华在…推进会上的讲话: the speaker at the head of the title (付: neither list)
        ("titled-names.txt", "县人民医院"),  # the county's own hospital, as 县一中 is its own school
        ("titled-names.txt", "实小"),  # 实小人要发扬优良传统: a school's short name beside what it says of itself
    ],
)
def test_each_class_of_own_name_is_in_no_general_fragment(tmp_path: Path, name: str, word: str) -> None:
    frags = fragments(tmp_path, name, FIXTURES)
    assert any(word in yaml.safe_dump(f, allow_unicode=True) for f in frags), word  # the fixture still says it
    assert general_holding(frags, word) == []


def test_ordinary_text_around_the_names_stays_reusable(tmp_path: Path) -> None:
    """Not every fragment of a speech with names becomes specific: the points that name nobody are still drawn."""
    for name in ("education-names.txt", "tourism-names.txt"):
        frags = fragments(tmp_path / name, name, FIXTURES)
        general = [f["id"] for f in frags if not f["specific"]]
        assert any(i.endswith(".point-1") for i in general), (name, general)
        assert any(i.endswith(".closing") for i in general), (name, general)
        assert len(general) * 2 >= len(frags) - 2, (name, general)  # about half or more stay reusable
