"""Every command as a new user tries it, wrong input too (branch userwalk).

Found by walking the README, every `--help` and its examples from a non-editable install in an
empty folder: file names from a Windows archive (GBK bytes), a length changed with --set in an
update, a folder given for a draft, a search for a pasted page, Ctrl+C just as the files are done.
Each ends in a Chinese message that names the file and says what to do, with a non-zero exit,
no traceback, and nothing the user had overwritten.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter.cli import app

runner = CliRunner()
DRAFT = ["draft", "--no-input", "--seed", "3", "--no-history"]
SETTING = ["--set", "place=清河县", "--set", "meeting=全县安全生产工作会议"]
GBK_NAME = "讲话稿".encode("gbk")  # as a Windows zip names it; not UTF-8


def run(*args: str):
    return runner.invoke(app, list(args))


def child(*args: str | bytes, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The real `drafter` with raw bytes in its command line, as a shell passes a GBK file name."""
    argv = [os.fsencode(sys.executable), b"-m", b"drafter", *(os.fsencode(a) for a in args)]
    return subprocess.run(
        argv, cwd=cwd, env={**os.environ, "NO_COLOR": "1"}, capture_output=True, text=True, errors="replace",
        timeout=120,
    )  # fmt: skip


def no_traceback(result) -> str:
    text = result.stderr
    assert "Traceback" not in text + (result.stdout or ""), text
    return text


# ---------------------------------------------------------------- file names that are not UTF-8


def test_a_gbk_output_name_is_refused_at_once_and_nothing_is_written(tmp_path: Path) -> None:
    """`-o 讲话稿.md` typed in a GBK terminal: drafter wrote the speech and a record it could not read
    back, then stopped with a UnicodeEncodeError traceback; every later update failed on the record."""
    result = child(*DRAFT, *SETTING, "-o", GBK_NAME + b".md", cwd=tmp_path)
    text = no_traceback(result)
    assert result.returncode == 2
    assert "不是 UTF-8" in text and "讲话稿.md" in text  # the name as GBK reads it
    assert list(tmp_path.iterdir()) == []


def test_a_search_for_bytes_that_are_not_utf8_says_so(tmp_path: Path) -> None:
    result = child("fragments", "search", "责任".encode() + b"\xe4", cwd=tmp_path)
    assert result.returncode == 2
    assert "不是 UTF-8" in no_traceback(result)


def test_check_still_reads_a_gbk_named_file(tmp_path: Path) -> None:
    """check only reads and prints: it did read such a file, and still does."""
    (tmp_path / os.fsdecode(GBK_NAME + b".md")).write_text("# 在全县安全生产工作会议上的讲话\n\n同志们：\n\n今天开会。\n", "utf-8")
    result = child("check", GBK_NAME + b".md", cwd=tmp_path)
    assert result.returncode in (0, 3)
    assert "不是 UTF-8" not in no_traceback(result)


def _speech_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "旧讲话"
    folder.mkdir()
    body = (
        "在全县森林防火工作会议上的讲话\n\n同志们：\n\n今天，我们召开全县森林防火工作会议，部署今年的森林防火工作。"
        "下面，我讲两点意见。\n\n一、充分认识森林防火工作的重要性\n\n森林防火事关人民群众生命财产安全，各乡镇要切实提高认识，"
        "克服麻痹思想和侥幸心理，把各项防范措施落到实处，确保不发生重大森林火灾。\n\n二、突出抓好重点工作\n\n"
        "一是加强火源管控。二是加强隐患排查。三是加强队伍建设。\n\n同志们，森林防火责任重于泰山，希望大家齐心协力！\n"
    )
    (folder / os.fsdecode(GBK_NAME + b".txt")).write_text(body, "utf-8")
    (folder / "县长讲话.txt").write_text(body.replace("森林防火", "防汛"), "utf-8")
    return folder


def test_ingest_of_a_folder_names_a_gbk_file_and_imports_the_others(tmp_path: Path) -> None:
    """A folder from a Windows zip: ingest stopped with a traceback in the YAML writer, importing nothing."""
    folder = _speech_folder(tmp_path)
    result = child("ingest", "旧讲话", "--library", "库", cwd=tmp_path)
    text = no_traceback(result)
    assert result.returncode == 1  # one file was not imported
    assert "讲话稿.txt" in text and "不是 UTF-8" in text and "convmv" in text
    assert "目录中没有" not in text
    assert [p.name for p in (tmp_path / "corpus").iterdir()] == ["县长讲话-01.md"]
    assert folder.exists()


def test_diff_against_a_folder_with_a_gbk_name_names_it(tmp_path: Path) -> None:
    _speech_folder(tmp_path)
    (tmp_path / "新稿.txt").write_text("同志们：\n\n今天，我们召开全县森林防火工作会议。\n", "utf-8")
    result = child("diff", "新稿.txt", "--against", "旧讲话", cwd=tmp_path)
    text = no_traceback(result)
    assert result.returncode == 1
    assert "讲话稿.txt" in text and "不是 UTF-8" in text


def test_audit_html_of_a_folder_with_a_gbk_name_shows_the_name(tmp_path: Path) -> None:
    _speech_folder(tmp_path)
    result = child("audit", "旧讲话", "--min-chars", "30", "-f", "html", "-o", "审查.html", cwd=tmp_path)
    no_traceback(result)
    assert result.returncode == 0
    assert "讲话稿.txt" in (tmp_path / "审查.html").read_text("utf-8")


# ---------------------------------------------------------------- update: the length given with --set


@pytest.fixture
def drafted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    result = run(*DRAFT, *SETTING, "-o", "讲话.md")
    assert result.exit_code == 0, result.stderr
    return tmp_path / "讲话.md"


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ("points=9", "2–6"),
        ("几点=1", "2–6"),
        ("minutes=0", "1–120"),
        ("minutes=500", "1–120"),
        ("minutes=半小时", "应是整数"),
    ],
)
def test_update_checks_a_length_given_with_set(drafted: Path, change: str, said: str) -> None:
    """`update --set points=9` was accepted: the number went unchecked into the record, the speech kept
    its three points, and every later update stopped on 起草记录中 answers.points 应是 2–6 之间的整数."""
    record = drafted.with_name("讲话.answers.yaml")
    speech, kept = drafted.read_bytes(), record.read_bytes()
    result = run("update", str(drafted), "--set", change)
    assert result.exit_code == 2
    assert said in result.stderr and "Traceback" not in result.output
    assert drafted.read_bytes() == speech and record.read_bytes() == kept
    assert not drafted.with_name("讲话.md.bak").exists()


def headings(path: Path) -> list[str]:
    return [line for line in path.read_text("utf-8").splitlines() if line.startswith("## ")]


def test_update_set_points_changes_the_number_of_points(drafted: Path) -> None:
    assert len(headings(drafted)) == 3
    result = run("update", str(drafted), "--set", "points=4")
    assert result.exit_code == 0, result.stderr
    assert len(headings(drafted)) == 4 and "讲四点意见" in drafted.read_text("utf-8")


def test_update_back_to_fewer_points_keeps_the_points_that_fit(drafted: Path) -> None:
    """--points 4 then --points 3 stopped on “--pick 指定的要点 … 与本次的要点结构（认识、任务、保障）不符”:
    the first three points were kept, two 任务 and no 保障, and the user had given no --pick."""
    three = headings(drafted)
    assert run("update", str(drafted), "--points", "4").exit_code == 0
    result = run("update", str(drafted), "--points", "3")
    assert result.exit_code == 0, result.stderr
    # The added 任务 point goes, the 保障 point stays; the task point, asked for as one of three, is one area now
    # (the default gathered three under a group heading).
    now = headings(drafted)
    assert len(now) == 3 and [now[0], now[2]] == [three[0], three[2]]


def test_update_minutes_zero_is_checked_not_taken_for_nothing_to_change(drafted: Path) -> None:
    result = run("update", str(drafted), "--minutes", "0")
    assert result.exit_code == 2
    assert "1–120" in result.stderr and "没有要改的内容" not in result.stderr


def test_replay_refuses_a_length_given_with_set(drafted: Path) -> None:
    """A replay keeps the recorded fragments: --set points=5 only wrote 5 into the record."""
    result = run("draft", "--replay", "讲话.answers.yaml", "--set", "points=5", "-o", "另一篇.md")
    assert result.exit_code == 2
    assert "--set points" in result.stderr and "drafter update" in result.stderr
    assert not Path("另一篇.md").exists()


def test_update_of_a_folder_says_it_is_a_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """It said 不是普通文件（是设备、管道，或指向它们的链接）."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "讲话稿").mkdir()
    result = run("update", "讲话稿", "--points", "4")
    assert result.exit_code == 2
    assert "讲话稿：这是一个文件夹" in result.stderr and "管道" not in result.stderr


# ---------------------------------------------------------------- Ctrl+C just as the files are written


def test_a_signal_held_while_writing_says_the_files_are_written(drafted: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl+C during the write waits until the draft and its record are done, then arrived: the user read
    only 已取消。, thought nothing was written, and found two files."""
    from drafter import outputs

    real = outputs.remember_output

    def interrupted(path: Path) -> None:  # Ctrl+C while the files are being written
        real(path)
        signal.pthread_kill(threading.get_ident(), signal.SIGINT)  # this thread: the one that holds signals

    monkeypatch.setattr(outputs, "remember_output", interrupted)  # write_draft imports it when it writes
    result = run(*DRAFT, *SETTING, "-o", "新稿.docx")
    assert result.exit_code == 130
    assert "已取消" in result.stderr and "取消前已写好：新稿.docx、新稿.answers.yaml" in result.stderr
    assert Path("新稿.docx").stat().st_size > 0 and Path("新稿.answers.yaml").exists()


# ---------------------------------------------------------------- bounded time


def test_a_search_for_a_pasted_page_is_refused_in_a_moment(tmp_path: Path) -> None:
    """A 40,000-character query ran for minutes (and ignored Ctrl+C meanwhile)."""
    started = time.monotonic()
    result = run("fragments", "search", "压实责任" * 2000)
    assert result.exit_code == 2
    assert "最多 100 字" in result.stderr and "8000 字" in result.stderr
    assert time.monotonic() - started < 20


# ---------------------------------------------------------------- answers files: the file and the line


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("几点: 好几点", "应是整数"),
        ("几点: 十", "应在 2–6 之间，而不是 10"),  # a Chinese numeral is a number (newuser37)
        ("achievements: {甲: 1}", "应是列表"),
        ("日期: 2026年2月30日", "不存在"),
        ("日期: 2026-13-45", "不存在"),  # YAML's own date: a ValueError traceback from PyYAML
    ],
)
def test_a_wrong_answer_in_a_file_names_the_file_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, said: str
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("答案.yaml").write_text(f"地名: 清河县\n会议: 全县安全生产工作会议\n{line}\n", "utf-8")
    result = run(*DRAFT, "--answers", "答案.yaml", "-o", "讲话.md")
    assert result.exit_code == 2
    assert "答案.yaml:3：" in result.stderr and said in result.stderr
    assert "Traceback" not in result.output and not Path("讲话.md").exists()
