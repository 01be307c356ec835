"""Golden drafts: each folder in tests/golden/ holds case.yaml (answers, seed, template) and
expected.md. Rewrite them for review with `pytest --update-goldens`.

Besides the byte comparison, every golden draft must meet the quality bars of
PRODUCT.md: no leak from the sources, level words of its own level, announced
count equal to the points, consecutive numbering.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from drafter.check import check_text
from drafter.findings import Severity
from drafter.library import load_library, load_templates
from drafter.model import Level
from drafter.places import tier_words
from drafter.reader import read_document
from drafter.render import render_draft, resolve_answers
from drafter.text import (
    UPPER_LEVEL,
    count_han,
    count_word,
    parse_cn_number,
    split_sentences,
)

GOLDEN = Path(__file__).parent / "golden"
REPO_FRAGMENTS = Path(__file__).parent.parent / "fragments"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "case.yaml").is_file())

# Places, people, slogans, figures and ordinals of the seed corpus: none may reach a draft.
LEAKS = (
    "江门", "侨乡", "黄蓝", "生态文明典范城市", "广东", "湖南", "湖北", "珠三角", "长沙", "常德", "桃江", "新会",
    "朱小丹", "佳林", "安贵", "金兰", "许达哲", "谢建辉", "97.22", "92.11", "第五次", "第六次", "十二五",
    "五个强省", "党代会", "20xx", "××", "XX",
)  # fmt: skip


@pytest.fixture(scope="module")
def shipped():
    return load_library(), load_templates()


def render_case(name: str, shipped) -> tuple[str, dict]:
    case = yaml.safe_load((GOLDEN / name / "case.yaml").read_text(encoding="utf-8"))
    library, templates = shipped
    template = templates[case.get("template", "work-meeting")]
    draft = render_draft(library, template, case["answers"], seed=case["seed"])
    return draft.text, case


@pytest.mark.parametrize("name", CASES)
def test_golden_draft(name, shipped, request):
    text, _ = render_case(name, shipped)
    expected = GOLDEN / name / "expected.md"
    if request.config.getoption("--update-goldens"):
        expected.write_text(text, encoding="utf-8")
    assert expected.is_file(), f"{expected} is missing: run pytest --update-goldens and review it"
    assert text == expected.read_text(encoding="utf-8")


def foreign_level_words(level: str) -> list[str]:
    """Words that would put a speech of `level` at another level."""
    words = []
    for other, lw in tier_words().items():
        if other == level or {other, level} == {"乡", "镇"}:
            continue
        words += [lw.we, lw.own_depts]
        if other != UPPER_LEVEL[level]:
            words.append(lw.scope)
    return words


# Phrases of past policy periods a reviewer in 2026 would send back.
DATED = ("科学发展观", "全面建设小康社会", "建档立卡")


def assert_quality_bars(text: str, answers: dict) -> None:
    """PRODUCT.md's quality bars, as a reader of the draft would check them."""
    assert not [w for w in DATED if w in text], "a dated policy phrase"
    user_text = "".join(str(v) for v in [*answers.values(), *resolve_answers(answers).values()])
    leaks = [w for w in LEAKS if w in text and w not in user_text]
    assert not leaks, f"source material leaked: {leaks}"
    level = resolve_answers(answers)["level"]  # the tier: 旗 → 县, 自治州 → 市
    assert level in {lv.value for lv in Level}
    # 健全乡村, 完全县域 …: a level word only where no word ending in 健/完/齐/安 runs into it
    wrong = [w for w in foreign_level_words(level) if re.search(f"(?<![健完齐安]){w}", text)]
    assert not wrong, f"level words of another level: {wrong}"
    numbers = re.findall(r"^## ([一二三四五六七八九十]+)、", text, flags=re.M)
    assert [parse_cn_number(n) for n in numbers] == list(range(1, len(numbers) + 1))
    assert re.search(f"{count_word(len(numbers))}点(?:意见|希望|要求)", text)
    for target in answers.get("targets", []):
        assert text.count(target) == 1
    if "妇女" not in answers["meeting"]:  # other work may name 留守儿童, never the 妇女儿童 topic
        assert "妇女儿童" not in text and "妇儿" not in text
    numbered = re.sub(r"^\d+\.", "", text, flags=re.M)  # 1. 2. are generated headings, not figures
    figures = set(re.findall(r"\d+", numbered)) - set(re.findall(r"\d+", user_text))
    assert not figures, f"figures not given by the user: {figures}"
    report = check_text(text, place=answers["place"], level=answers.get("level"))
    errors = [f for f in report.findings if f.severity == Severity.ERROR]
    if answers.get("gaps") == "是":  # asked for: 〔待补：…〕 markers are the placeholders the user wants
        errors = [f for f in errors if not (f.rule == "placeholder" and f.text.startswith("〔待补"))]
    assert not errors, f"the checker finds errors in a draft: {errors}"
    sentences = [s for s in split_sentences(text.replace("\n", "")) if count_han(s) >= 15]
    repeated = {s for s in sentences if sentences.count(s) > 1}
    assert not repeated, f"sentences repeated: {repeated}"


@pytest.mark.parametrize("name", CASES)
def test_golden_meets_quality_bars(name, shipped):
    text, case = render_case(name, shipped)
    assert_quality_bars(text, case["answers"])


SWEEP = [
    ("清河县", "全县妇女儿童工作会议"), ("南通市", "全市妇女儿童工作会议"), ("江苏省", "全省妇女儿童工作会议"),
    ("城关镇", "全镇妇女儿童工作会议"), ("浦东新区", "全区妇女儿童工作会议"), ("清河县", "全县安全生产工作会议"),
    ("南通市", "全市食品安全工作会议"), ("清河县", "全县妇女维权联席工作会议"),
]  # fmt: skip


@pytest.mark.parametrize(("place", "meeting"), SWEEP)
def test_every_seed_meets_quality_bars(place, meeting, shipped):
    library, templates = shipped
    template = templates["joint-meeting" if "联席" in meeting else "work-meeting"]
    for seed in range(12):
        answers = {"place": place, "meeting": meeting, "reporter": "李明", "points": 3 + seed % 2}
        text = render_draft(library, template, answers, seed=seed).text
        assert_quality_bars(text, answers)


def test_a_draft_exported_to_word_reads_back_through_ingest_and_check(shipped, tmp_path):
    from drafter.export import export_text
    from drafter.ingest.pipeline import ingest_paths

    text, case = render_case("city", shipped)
    docx = tmp_path / "讲话.docx"
    export_text(text, docx)
    report = ingest_paths([docx], library=REPO_FRAGMENTS, corpus=tmp_path / "corpus", dry_run=True)
    (doc,) = report.documents
    headings = re.findall(r"^## [一二三四五六七八九十]+、(.+)$", text, flags=re.M)
    assert doc["kind"] == "speech" and doc["title"] == "在全市妇女儿童工作会议上的讲话"
    assert [p["heading"] for p in doc["points"]] == headings
    assert doc["announced_count"] == len(headings) and not doc["warnings"]
    found = check_text(read_document(docx).replace("\n\n", "\n"), place=case["answers"]["place"])
    assert not [f for f in found.findings if f.severity == Severity.ERROR]


def test_plans_the_user_names_are_cited_once_with_book_marks(shipped):
    library, templates = shipped
    plans = ["南通市妇女发展规划（2021—2025年）", "《南通市儿童发展规划（2021—2025年）》"]
    answers = {"place": "南通市", "meeting": "全市妇女儿童工作会议", "plans": plans}
    text = render_draft(library, templates["work-meeting"], answers, seed=1).text
    assert text.count("《南通市妇女发展规划（2021—2025年）》") == 1
    assert text.count("《南通市儿童发展规划（2021—2025年）》") == 1
    assert "《《" not in text
    assert_quality_bars(text, answers)
