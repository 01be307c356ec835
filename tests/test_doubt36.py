"""Ingest says when its reading of a document's structure or kind is in doubt (issue #13, session 36).

Each signal of drafter/ingest/doubt.py has a short speech of our own writing that raises it
(tests/fixtures/doubt36/<signal>-raise.txt) and a near twin that must not (<signal>-twin.txt), each read in
simplified and in traditional characters. What is asserted is what a clerk sees: `drafter ingest` prints the doubt
under the document (注意：结构存疑：…, naming the line) and a closing line listing the doubted documents.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import opencc
import pytest
import yaml
from cli_runner import run

from drafter.ingest.doubt import KIND_SIGNALS, SIGNALS

FIXTURES = Path(__file__).parent / "fixtures" / "doubt36"
_S2T = opencc.OpenCC("s2t")

# the signal, and the note `drafter ingest` prints for its fixture (the line is the fixture's own)
RAISED = [
    ("count-off", "结构存疑：宣布“两点”，正文找到三个部分（第 7 行起），请核对。"),
    (
        "bare-heading",
        "结构存疑：没有找到编号的论点，但第 7 行“提高认识，切实增强做好招商引资工作的紧迫感”像是没有序号的小标题，请核对。",
    ),
    ("gap", "结构存疑：论点的序号跳号（第 11 行，一之后是三），请核对是否漏读或多读了部分。"),
    ("one-paragraph", "结构存疑：两个论点都在第 2 行的同一段里，可能是段内的列举或议程，请核对。"),
    (
        "empty",
        "结构存疑：三个论点只有标题、没有正文（第 7 行起），可能是目录、议程或列表，请核对。",
    ),
    (
        "unread-leads",
        "结构存疑：没有找到论点，但第 7 行起有以“一是”开头的段落，可能是没有编号的论点，请核对。",
    ),
    (
        "host",
        "结构存疑：这是主持词，议程的三项读作了论点（第 7 行起）；议程不算论点时这篇没有论点，请核对。",
    ),
    ("title-point", "（第 3 行）重复了全文的标题，前面的序号可能是网页分页的编号，请核对。"),
    (
        "inner-leads",
        "结构存疑：第一个论点没有读出小点，但第 9 行有以“首先”开头的句子，请核对小点。",
    ),
    (
        "cut-at-mark",
        "结构存疑：原文最后一行（第 11 行）只有“二”，像是下一部分的序号，这一部分没有读到，请核对。",
    ),
    (
        "lone-runin",
        "结构存疑：只找到一个论点（第 9 行，以“一是”开头），没有“二是”，可能是段落里的列举而不是论点，请核对。",
    ),
    ("unread-count", "结构存疑：第 5 行“概括为四句话”像是宣布点数，但没有读作宣布，请核对宣布的点数。"),
    ("series-gap", "结构存疑：第 7 行的列举从“一”跳到“三”，中间缺了一项，请核对。"),
    (
        "news-parts",
        "结构存疑：读作会议消息，但第 5 行起有“（一）”这样编号的部分，可能是纪要、通知或讲话，请核对文种。",
    ),
    (
        "review-voice",
        "结构存疑：读作讲话，但没有称谓，第 3 行起有三段以“这一年，我们”开头回顾工作，可能是工作报告，请核对文种。",
    ),
    (
        "items-before",
        "结构存疑：第一个论点（第 4 行）之前已有编号的条目（第 1 行起），它们所属的部分可能不在这份副本里，请核对。",
    ),
    (
        "doc-number",  # batch 64: a 印发 notice's title with its 文号, over the 工作要点 it issues, read as a speech
        "结构存疑：读作讲话，但第 1 行有公文的发文字号“某政办发〔2026〕5号”，可能是通知或它印发的文件（如工作要点、方案），请核对文种。",
    ),
    (
        "mark-above",  # split44, batch 66: （一）（二） read as points under a 一、 run in after the welcome's stop
        "结构存疑：第 3 行句中有“一、”，读出的论点从“（一）”编起，可能是“一、”下面的小点，请核对论点。",
    ),
    (
        "runin-unread",  # split46, batch 73: a one-line copy cut in its first part, its 一、 run in after a stop
        "结构存疑：没有找到论点，但第 2 行句中接排着“清醒认识当前安全生产形势的严”，可能是第一个论点（副本在下一部分之前截断），请核对。",
    ),
]
# twins that still carry another doubt (none since split49: one-paragraph's twin was a 主持词 whose agenda items were
# points, and a 主持词's agenda is no points now)
OTHER_DOUBT_IN_TWIN: set[str] = set()


def _copy(tmp_path: Path, name: str, script: str) -> Path:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    path = tmp_path / name
    path.write_text(_S2T.convert(text) if script == "繁" else text, encoding="utf-8")
    return path


def _ingest(tmp_path: Path, name: str, script: str, *more: str) -> str:
    result = run("ingest", str(_copy(tmp_path, name, script)), "--dry-run", *more)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_every_signal_has_its_fixtures() -> None:
    names = {name for name, _ in (*SIGNALS, *KIND_SIGNALS)}
    assert names == {name for name, _ in RAISED}
    for name in names:
        assert (FIXTURES / f"{name}-raise.txt").is_file() and (
            FIXTURES / f"{name}-twin.txt"
        ).is_file()


@pytest.mark.parametrize("script", ["简", "繁"])
@pytest.mark.parametrize(("signal", "note"), RAISED)
def test_the_doubt_is_printed_under_the_document_and_listed_at_the_end(
    tmp_path: Path, signal: str, note: str, script: str
) -> None:
    out = _ingest(tmp_path, f"{signal}-raise.txt", script)
    said = [
        line.strip() for line in out.splitlines() if line.strip().startswith("注意：结构存疑：")
    ]
    assert any(note in line for line in said), out
    assert f"1 篇结构存疑，入库前请核对：{signal}-raise-01" in out


@pytest.mark.parametrize("script", ["简", "繁"])
@pytest.mark.parametrize(("signal", "note"), RAISED)
def test_the_near_twin_raises_no_such_doubt(
    tmp_path: Path, signal: str, note: str, script: str
) -> None:
    out = _ingest(tmp_path, f"{signal}-twin.txt", script)
    assert note not in out
    if signal not in OTHER_DOUBT_IN_TWIN:
        assert "结构存疑" not in out, out


def test_json_carries_the_doubt_in_the_documents_warnings(tmp_path: Path) -> None:
    data = json.loads(_ingest(tmp_path, "gap-raise.txt", "简", "--json"))
    (doc,) = data["documents"]
    assert dict(RAISED)["gap"] in doc["warnings"]
    assert len(doc["points"]) == 2  # a doubt changes no reading


def test_a_doubted_documents_fragments_are_written_and_its_record_keeps_the_doubt(
    tmp_path: Path,
) -> None:
    path = _copy(tmp_path, "count-off-raise.txt", "简")
    result = run(
        "ingest",
        str(path),
        "--library",
        str(tmp_path / "lib"),
        "--corpus",
        str(tmp_path / "corpus"),
    )
    assert result.exit_code == 0, result.output
    assert (
        tmp_path / "lib" / "ingested" / "count-off-raise-01.yaml"
    ).is_file()  # the fragments are not dropped
    front = (
        (tmp_path / "corpus" / "count-off-raise-01.md")
        .read_text(encoding="utf-8")
        .split("---\n")[1]
    )
    assert yaml.safe_load(front)["doubts"] == [dict(RAISED)["count-off"]]
    twin = _copy(tmp_path, "count-off-twin.txt", "简")
    run(
        "ingest",
        str(twin),
        "--library",
        str(tmp_path / "lib"),
        "--corpus",
        str(tmp_path / "corpus"),
    )
    front = (
        (tmp_path / "corpus" / "count-off-twin-01.md").read_text(encoding="utf-8").split("---\n")[1]
    )
    assert "doubts" not in yaml.safe_load(front)  # an undoubted record is as it was


def test_archive_eval_tells_every_signal_from_its_wording(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "archive_eval", Path(__file__).parents[1] / "bench" / "archive_eval.py"
    )
    assert spec and spec.loader
    archive_eval = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(archive_eval)
    for signal, note in RAISED:
        full = note if note.startswith("结构存疑：") else "结构存疑：论点“某”" + note
        assert archive_eval.doubt_signals({"warnings": [full]}) == [signal], signal
