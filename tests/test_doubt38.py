"""Recall-first doubts (issue #13, session 38): ingest says 结构存疑 on more of the readings it gets wrong.

Each cue of drafter/ingest/doubtcues.py has a short text of our own writing that raises it
(tests/fixtures/doubt38/<signal>-raise.txt, the shape batches 60 and 62 were read wrong on at first sight) and a
near twin read right that must not (<signal>-twin.txt). Each is read in three spellings: simplified, traditional
(OpenCC) and with halfwidth punctuation (，：；！？（） as ,:;!?(), as many saved pages have it). What is asserted is
what a clerk sees: the doubt, in Chinese and naming the line to check, printed under the document in the ingest
report and listed at its end — and never in a fragment.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from doubt_harness import SCRIPTS, assert_doubted, ingest, ingest_into, load_archive_eval

from drafter.ingest.doubt import MORE_KIND_SIGNALS, MORE_SIGNALS

FIXTURES = Path(__file__).parent / "fixtures" / "doubt38"

# the signal, and the note `drafter ingest` prints for its fixture (the line is the fixture's own)
RAISED = [
    (
        "outline-points",
        "结构存疑：第二个论点“压实责任，织密横向到边纵向到底的责任网”只见于第 1 行的目录或提纲，正文（第 7 行起）没有读到它，请核对论点数。",
    ),
    (
        "cut-lead",
        "结构存疑：副本在第一个论点里截断，第 5 行以“其一”开头的句子之后再无下文，这一点的小点可能没有读全，请核对。",
    ),
    (
        "bare-empty",
        "结构存疑：论点按不带序号的短行识别，第二个（第 4 行“我们坚持稳中求进保安全，社会大局和”）下面没有正文，可能不是论点，请核对。",
    ),
    (
        "second-transition",
        "结构存疑：第 3 行和第 6 行各有一句宣布点数（“我再强调几点”“我讲三点”），后一句不是“再讲”，可能是两篇讲话连在了一起，请核对。",
    ),
    (
        "lost-number",
        "结构存疑：第 5 行开头只剩“）”，像是丢了数字的序号，这里的小点可能没有读对，请核对。",
    ),
    (
        "title-in-point",
        "结构存疑：第一个论点里第 6 行“在全县生态环境专题会议上的讲话。”像是另一篇讲话的标题，可能是两篇讲话连在了一起，请核对。",
    ),
    (
        "title-mark",
        "结构存疑：第 1 行的标题“一、上半年工作总结”带着部分的序号“一、”，这份副本可能只是长文的一部分，读出的两个论点可能是这一部分的小点，请核对。",
    ),
    (
        "report-title-other",
        "结构存疑：读作其他文书，但标题“县直机关党的建设年度主要工作”是报告或总结，第 3 行起有“一、”这样的部分，可能是工作报告，请核对文种。",
    ),
]
# the words of each note a twin must not show (its own line numbers differ)
MARKS = {
    "outline-points": "的目录或提纲",
    "cut-lead": "小点可能没有读全",
    "bare-empty": "下面没有正文",
    "second-transition": "各有一句宣布点数",
    "report-title-other": "读作其他文书，但标题",
    "lost-number": "像是丢了数字的序号",
    "title-in-point": "像是另一篇讲话的标题",
    "title-mark": "带着部分的序号",
}


def test_every_cue_has_its_fixtures() -> None:
    names = {name for name, _ in (*MORE_SIGNALS, *MORE_KIND_SIGNALS)}
    assert names == {name for name, _ in RAISED} == set(MARKS)
    for name in names:
        assert (FIXTURES / f"{name}-raise.txt").is_file()
        assert (FIXTURES / f"{name}-twin.txt").is_file()


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("signal", "note"), RAISED)
def test_the_doubt_is_printed_with_its_reason_and_listed_at_the_end(
    tmp_path: Path, signal: str, note: str, script: str
) -> None:
    out = ingest(FIXTURES, tmp_path, f"{signal}-raise.txt", script)
    assert_doubted(out, signal, note, MARKS[signal], script)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("signal", sorted(MARKS))
def test_the_near_twin_read_right_is_not_doubted(tmp_path: Path, signal: str, script: str) -> None:
    out = ingest(FIXTURES, tmp_path, f"{signal}-twin.txt", script)
    assert MARKS[signal] not in out
    assert "结构存疑" not in out, out


def test_a_doubt_changes_no_reading_and_stays_out_of_the_fragments(tmp_path: Path) -> None:
    data = json.loads(ingest(FIXTURES, tmp_path, "second-transition-raise.txt", "简", "--json"))
    (doc,) = data["documents"]
    assert dict(RAISED)["second-transition"] in doc["warnings"]
    assert (
        doc["announced_count"] == 3 and len(doc["points"]) == 1
    )  # the reading, as without the doubt
    written, front = ingest_into(FIXTURES, tmp_path, "second-transition-raise.txt")
    assert written  # the fragments are still written
    assert not any("结构存疑" in p.read_text(encoding="utf-8") for p in written)
    assert "各有一句宣布点数" in front  # the record's doubts, for check and the clerk


def test_archive_eval_tells_every_cue_from_its_wording() -> None:
    archive_eval = load_archive_eval()
    for signal, note in RAISED:
        assert archive_eval.doubt_signals({"warnings": [note]}) == [signal], signal
