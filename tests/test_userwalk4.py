"""userwalk4: what a new user, a busy office and an attacker ran into (round 4).

Each test fails on main before its fix (run there from a scratch clone).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_runner import run

DRAFT = ("draft", "--no-input", "--seed", "5", "--set", "place=清河县", "--set", "meeting=全县防汛抗旱工作会议")

# Our own writing: a speech and a later one that copies its body, announcing four points, not three.
_BODY = """一、立足防大汛，把各项准备做在前头
各乡镇要把汛前检查当作头等大事来抓，对辖区内的堤防、涵闸、塘坝逐一过一遍，发现的问题当场登记、限时整改，整改不到位的不得放松，决不能把隐患带进主汛期。
1.水库度汛要落实责任人。每一座水库都要明确行政、技术、巡查三个责任人，责任人要熟悉库情、到岗到位，汛期每天巡查不少于一次，雨中雨后加密巡查。
2.山洪易发区要提前转移。对临河、临坡居住的群众，要逐户建立转移台账，明确转移路线和安置地点，组织开展一次转移演练，做到一声令下、应转尽转。
二、立足抢大险，把队伍物资备在身边
防汛物资要按照分级储备的要求补齐配足，抢险队伍要集中培训、集中演练，确保拉得出、冲得上、打得赢。
"""
SPEECH_A = "在全县防汛工作会议上的讲话\n\n同志们：\n\n今天召开这次会议，主要是部署今年的防汛工作。下面，我讲三点意见。\n" + _BODY
SPEECH_B = "在全县防汛工作推进会上的讲话\n\n同志们：\n\n这次会议开得很及时。下面，根据会议安排，我讲四点意见。\n" + _BODY


def _audit(folder: Path) -> dict:
    result = run("audit", str(folder), "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def drafted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    result = run(*DRAFT, "-o", "讲话.md")
    assert result.exit_code == 0, result.stderr
    return tmp_path / "讲话.md"


def test_a_second_update_keeps_the_first_backup_and_adds_another(drafted: Path) -> None:
    first = drafted.read_bytes()
    assert run("update", "讲话.md", "--points", "4").exit_code == 0
    after_one = drafted.read_bytes()
    result = run("update", "讲话.md", "--points", "5")
    assert result.exit_code == 0, result.stderr
    assert (drafted.parent / "讲话.md.bak").read_bytes() == first  # the draft before any update is still there
    assert (drafted.parent / "讲话.md.bak2").read_bytes() == after_one
    assert "讲话.md.bak2" in result.stderr


def test_a_draft_and_its_exported_word_file_are_one_speech_not_a_copying_pair(drafted: Path) -> None:
    assert run("export", "讲话.md", "-o", "讲话.docx").exit_code == 0
    report = _audit(drafted.parent)
    assert report["pairs"] == []
    assert [(s["a"], s["b"], s["record"]) for s in report["same_draft"]] == [("讲话.docx", "讲话.md", "讲话.answers.yaml")]
    text = run("audit", str(drafted.parent)).stdout
    assert "讲话.docx、讲话.md：同一篇讲话稿的不同格式/修改稿（起草记录 讲话.answers.yaml）" in text
    assert "发现 0 对共有长段落" in text


def test_a_copy_without_the_record_is_still_reported(drafted: Path) -> None:
    (drafted.parent / "抄件.md").write_bytes(drafted.read_bytes())
    report = _audit(drafted.parent)
    assert [(p["a"]["name"], p["b"]["name"]) for p in report["pairs"]] == [("抄件.md", "讲话.md")]


def test_a_shared_passage_is_quoted_in_the_documents_words_from_its_first_whole_sentence(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(SPEECH_A, encoding="utf-8")
    (tmp_path / "b.md").write_text(SPEECH_B, encoding="utf-8")
    report = _audit(tmp_path)
    (pair,) = report["pairs"]
    passage = pair["passages"][0]["text"]
    assert "1.水库度汛要落实责任人" in passage and "1。水库" not in passage
    text = run("audit", str(tmp_path)).stdout
    quote = text.split("字）“", 1)[1]
    assert quote.startswith("一、立足防大汛"), quote[:20]


def test_audit_takes_json_like_every_other_report_command(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(SPEECH_A, encoding="utf-8")
    (tmp_path / "b.md").write_text(SPEECH_B, encoding="utf-8")
    result = run("audit", str(tmp_path), "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["documents"] == 2


def test_a_missing_fragment_of_the_shipped_library_is_not_named_by_a_folder_inside_the_package() -> None:
    result = run("fragments", "show", "opening.safty.review")
    assert result.exit_code == 1
    assert "自带片段库中没有 id 为 opening.safty.review 的片段" in result.stderr
    assert "site-packages" not in result.stderr and "fragments：" not in result.stderr
    assert "Traceback" not in result.output


def test_a_save_made_while_update_was_working_is_not_overwritten(drafted: Path) -> None:
    from drafter.errors import OverwriteError
    from drafter.update import UpdateRequest, update_draft, write_update

    result = update_draft(UpdateRequest(drafted, points=4))
    saved = drafted.read_text(encoding="utf-8").replace("同志们：", "同志们、朋友们：", 1)
    drafted.write_text(saved, encoding="utf-8")  # the writer saves in an editor meanwhile
    with pytest.raises(OverwriteError, match="更新期间被改过"):
        write_update(result)
    assert drafted.read_text(encoding="utf-8") == saved
    assert not (drafted.parent / "讲话.md.bak").exists()
    again = run("update", "讲话.md", "--points", "4")  # rerun, as the message says: the save is kept
    assert again.exit_code == 0, again.stderr
    assert "同志们、朋友们：" in drafted.read_text(encoding="utf-8")


def test_an_output_of_a_format_drafter_does_not_write_is_told_so_even_beside_another_drafts_record(drafted: Path) -> None:
    result = run(*DRAFT, "-o", "讲话.xyz")
    assert result.exit_code == 1, result.stderr
    assert "不支持的输出格式 .xyz" in result.stderr
    assert "drafter export 讲话.md -o 讲话.xyz" not in result.stderr  # a command that would fail in turn
