"""Doubts from a second reading (issue #13, session 39): ingest says 结构存疑 when another reading of the text disagrees.

Each reading of drafter/ingest/doubtreadings.py (the points from the paragraphs' own numbering marks, the count said
just before the first point, a point's 一是…二是… series) has a short text of our own writing on which it disagrees
with the main reading (tests/fixtures/doubt39/<signal>-raise.txt) and a near twin on which both readings agree and
nothing is doubted (<signal>-twin.txt). Each is read in three spellings: simplified, traditional (OpenCC) and with
halfwidth punctuation (，：；！？（） as ,:;!?()). What is asserted is what a clerk sees: the doubt, in Chinese, naming
both readings and the line to check, under the document in the ingest report — and the reading and the fragments as
they were without it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from doubt_harness import SCRIPTS, assert_doubted, ingest, ingest_into, load_archive_eval

from drafter.ingest.doubt import READING_SIGNALS

FIXTURES = Path(__file__).parent / "fixtures" / "doubt39"

# the signal, and the note `drafter ingest` prints for its fixture: the main reading, then the second one
RAISED = [
    (
        "heading-reading",
        "结构存疑：读作一点（小点依次为 4 个），按段首的序号“一、”可读作一点（小点依次为 2 个）（第 3 行起），两种读法不一致，请核对。",
    ),
    (
        "count-reading",
        "结构存疑：读作没有宣布点数，但第 3 行引出论点的一句说“以下三点考虑”，可读作宣布三点，请核对宣布的点数。",
    ),
    (
        "series-reading",
        "结构存疑：第一个论点读作没有小点，但第 6 行起的句子按“一是……”排列，可读作三个小点，请核对小点。",
    ),
]
# the words of each note, whatever the spelling (a twin shows none of them)
MARKS = {
    "heading-reading": "两种读法不一致",
    "count-reading": "可读作宣布三点",
    "series-reading": "可读作三个小点",
}


def test_every_reading_has_its_fixtures() -> None:
    names = {name for name, _ in READING_SIGNALS}
    assert names == {name for name, _ in RAISED} == set(MARKS)
    for name in names:
        assert (FIXTURES / f"{name}-raise.txt").is_file()
        assert (FIXTURES / f"{name}-twin.txt").is_file()


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("signal", "note"), RAISED)
def test_a_second_reading_that_disagrees_is_printed_naming_both(
    tmp_path: Path, signal: str, note: str, script: str
) -> None:
    out = ingest(FIXTURES, tmp_path, f"{signal}-raise.txt", script)
    assert_doubted(out, signal, note, MARKS[signal], script)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("signal", sorted(MARKS))
def test_the_near_twin_whose_readings_agree_is_not_doubted(
    tmp_path: Path, signal: str, script: str
) -> None:
    out = ingest(FIXTURES, tmp_path, f"{signal}-twin.txt", script)
    assert MARKS[signal] not in out
    assert "结构存疑" not in out, out


@pytest.mark.parametrize(
    ("signal", "announced", "subpoints"),
    [
        ("count-reading", None, [0, 0, 0]),
        ("heading-reading", None, [4]),  # (two parts whose numbers were lost, read as sub-points)
        ("series-reading", 2, [0, 0]),
    ],
)
def test_a_doubt_changes_no_reading_and_stays_out_of_the_fragments(
    tmp_path: Path, signal: str, announced: int | None, subpoints: list[int]
) -> None:
    data = json.loads(ingest(FIXTURES, tmp_path, f"{signal}-raise.txt", "简", "--json"))
    doc = data["documents"][0]
    assert dict(RAISED)[signal] in doc["warnings"]
    assert doc["announced_count"] == announced  # the main reading, as without the doubt
    assert [len(p["subpoints"]) for p in doc["points"]] == subpoints
    written, front = ingest_into(FIXTURES, tmp_path, f"{signal}-raise.txt")
    assert not any("结构存疑" in p.read_text(encoding="utf-8") for p in written)
    assert MARKS[signal] in front  # the record's doubts, for check and the clerk


def test_archive_eval_tells_every_reading_from_its_wording() -> None:
    archive_eval = load_archive_eval()
    for signal, note in RAISED:
        assert archive_eval.doubt_signals({"warnings": [note]}) == [signal], signal
