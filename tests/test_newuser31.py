"""Session 31's new user: a plain `pip install`, the README's commands, then the wrong input of a busy office.

Each test here failed before its fix (branch newuser31).
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.cli_runner import refused, run

DRAFT = ["draft", "--no-input", "--seed", "3", "--no-history"]
SETTING = ["--set", "place=清河县", "--set", "meeting=全县妇女儿童工作会议"]


def _full_at_the_record(monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills up between the speech and its record: the record's write fails as a full disk's does."""
    import drafter.drafting
    import drafter.files
    from drafter.errors import DrafterError, os_hint, os_reason

    real = drafter.files.write_text_atomic

    def full(path, text, *args, **kwargs):
        if str(path).endswith(".answers.yaml"):
            exc = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            raise DrafterError(
                f"写入失败（{os_reason(exc)}），原有文件未改动", path=path, hint=os_hint(exc, "")
            )
        return real(path, text, *args, **kwargs)

    monkeypatch.setattr(
        drafter.files, "write_text_atomic", full
    )  # update imports it when it writes
    monkeypatch.setattr(drafter.drafting, "write_text_atomic", full)


# ---------------------------------------------------------------- a full disk between a speech and its record


def test_a_draft_whose_record_cannot_be_written_is_not_left_alone(
    mini_library, tmp_path, monkeypatch
):
    # A 80 KB tmpfs: 讲话.md was written, 讲话.answers.yaml hit the full disk; the lone speech then made the next
    # `draft -o 讲话.md` refuse ("不是 drafter 写下的") and `update` could not read it.
    folder = tmp_path / "稿子"
    folder.mkdir()
    out = folder / "讲话.md"
    _full_at_the_record(monkeypatch)
    said = refused(
        run(*DRAFT, "--library", str(mini_library), *SETTING, "-o", str(out)), 1, "磁盘空间已满"
    )
    assert "讲话.answers.yaml" in said
    assert sorted(p.name for p in folder.iterdir()) == []  # neither file, no temporary


def test_a_redraft_whose_record_cannot_be_written_keeps_the_earlier_pair(
    mini_library, tmp_path, monkeypatch
):
    folder = tmp_path / "稿子"
    folder.mkdir()
    out, record = folder / "讲话.md", folder / "讲话.answers.yaml"
    assert run(*DRAFT, "--library", str(mini_library), *SETTING, "-o", str(out)).exit_code == 0
    before = (out.read_bytes(), record.read_bytes())
    _full_at_the_record(monkeypatch)
    refused(
        run(*DRAFT, "--library", str(mini_library), *SETTING, "--points", "4", "-o", str(out)),
        1,
        "磁盘空间已满",
    )
    assert (out.read_bytes(), record.read_bytes()) == before  # the speech still matches its record
    assert sorted(p.name for p in folder.iterdir()) == ["讲话.answers.yaml", "讲话.md"]
    monkeypatch.undo()
    again = run(*DRAFT, "--library", str(mini_library), *SETTING, "--points", "4", "-o", str(out))
    assert again.exit_code == 0, again.stderr  # space freed: the same command simply works


def test_an_update_whose_record_cannot_be_written_changes_nothing(
    mini_library, tmp_path, monkeypatch
):
    folder = tmp_path / "稿子"
    folder.mkdir()
    out, record = folder / "讲话.md", folder / "讲话.answers.yaml"
    assert run(*DRAFT, "--library", str(mini_library), *SETTING, "-o", str(out)).exit_code == 0
    before = (out.read_bytes(), record.read_bytes())
    _full_at_the_record(monkeypatch)
    refused(
        run("update", str(out), "--points", "4", "--library", str(mini_library)), 1, "磁盘空间已满"
    )
    assert (out.read_bytes(), record.read_bytes()) == before
    left = sorted(p.name for p in folder.iterdir())  # update's lock file goes with its lock (lead42)
    assert left == ["讲话.answers.yaml", "讲话.md"]  # no 讲话.md.bak either


# ---------------------------------------------------------------- the resident's usage messages


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the resident runs on Linux only")
def test_a_usage_error_run_by_the_resident_names_the_program_the_user_typed(tmp_path):
    # `drafter draft --no-input --minutes 十五` through a resident said "用法：python -m drafter.cli.drafter draft"
    # (click named the resident's own interpreter); without a resident it says "用法：drafter draft".
    runtime = tempfile.mkdtemp(prefix="dr-")  # a socket's path must stay under 108 bytes
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DRAFTER_", "PYTEST_", "COV_"))}
    env.update({"DRAFTER_HOME": str(tmp_path / "ws"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
                "XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_RUNTIME_DIR": runtime,
                "DRAFTER_RESIDENT_WARM_UP": "0", "NO_COLOR": "1"})  # fmt: skip

    def drafter(*args: str, **extra: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "drafter", *args], env={**env, **extra}, cwd=tmp_path,
                              capture_output=True, text=True, timeout=120)  # fmt: skip

    assert drafter("resident", "start", "--idle", "1").returncode == 0
    try:
        args = ["draft", "--no-input", "--minutes", "十五", "--set", "place=清河县"]
        there = drafter(*args)
        here = drafter(*args, DRAFTER_NO_RESIDENT="1")
    finally:
        drafter("resident", "stop")
        subprocess.run(["rm", "-rf", runtime], check=False)
    assert here.returncode == there.returncode == 2
    assert "用法：python -m drafter draft [选项]" in here.stderr
    assert there.stderr == here.stderr


# ---------------------------------------------------------------- an answers file with a number out of range


@pytest.mark.parametrize(
    ("text", "line", "said"),
    [
        (
            "place: 清河县\nmeeting: 全县妇女儿童工作会议\npoints: 9\n",
            3,
            "讲几点意见应在 2–6 之间，而不是 9",
        ),
        (
            "place: 清河县\nmeeting: 全县妇女儿童工作会议\n几点: 1\n",
            3,
            "讲几点意见应在 2–6 之间，而不是 1",
        ),
        (
            "place: 清河县\n\nmeeting: 全县妇女儿童工作会议\nminutes: 1000\n",
            4,
            "讲话时长（分钟）应在 1–120 之间，而不是 1000",
        ),
    ],
)
def test_a_number_out_of_range_in_the_answers_file_is_said_at_its_line(
    mini_library, tmp_path, text, line, said
):
    # Said "要点数应在 2–6 之间，而不是 9" with no file, no line and no hint; 1000 minutes was told to drop a --minutes
    # never given.
    answers = tmp_path / "答案.yaml"
    answers.write_text(text, encoding="utf-8")
    message = refused(
        run(*DRAFT, "--library", str(mini_library), "--answers", str(answers)), 2, said
    )
    assert f"答案.yaml:{line}：" in message
    assert "--minutes" not in message and "在答案文件中改正这一项" in message


def test_points_given_on_the_command_line_override_the_file_s_wrong_ones(mini_library, tmp_path):
    answers = tmp_path / "答案.yaml"
    answers.write_text(
        "place: 清河县\nmeeting: 全县妇女儿童工作会议\npoints: 9\n", encoding="utf-8"
    )
    result = run(*DRAFT, "--library", str(mini_library), "--answers", str(answers), "--points", "3")
    assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize("text", ["", "# 答案\n\n"])
def test_an_empty_answers_file_is_named_as_empty(mini_library, tmp_path, text):
    # Said only "缺少以下变量的值：place, meeting", as if no file had been given.
    answers = tmp_path / "答案.yaml"
    answers.write_text(text, encoding="utf-8")
    message = refused(
        run(*DRAFT, "--library", str(mini_library), "--answers", str(answers)), 2, "没有任何答案"
    )
    assert "答案.yaml" in message and "地名: 清河县" in message


def test_an_answers_file_written_as_a_list_says_how_to_write_it(mini_library, tmp_path):
    answers = tmp_path / "答案.yaml"
    answers.write_text("- 清河县\n- 全县妇女儿童工作会议\n", encoding="utf-8")
    refused(
        run(*DRAFT, "--library", str(mini_library), "--answers", str(answers)),
        2,
        "答案.yaml:1：",
        "处理办法：",
        "名称: 值",
    )


# ---------------------------------------------------------------- Ctrl+C while LibreOffice converts a .doc


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="process groups and setitimer")
def test_ctrl_c_while_a_doc_is_converted_stops_libreoffice_and_says_cancelled(tmp_path):
    # `drafter ingest 旧讲话/` with a .doc, Ctrl+C during the conversion: soffice (in its own session, deaf to the
    # terminal) kept running and writing into the temporary folder being removed, and the command said
    # "错误：registry：系统错误 ENOTEMPTY" with exit 1 instead of 已取消 (130).
    import signal

    from drafter import reader

    started = tmp_path / "pid"
    fake = tmp_path / "soffice"
    fake.write_text(f"#!/bin/sh\necho $$ > {started}\nexec sleep 30\n", encoding="utf-8")
    fake.chmod(0o755)

    def interrupt(*_args):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGALRM, interrupt)
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.5)
        with pytest.raises(KeyboardInterrupt):
            reader._run_soffice(
                str(fake), tmp_path, tmp_path / "source.doc", tmp_path / "旧讲话.doc"
            )
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    pid = int(started.read_text())
    try:
        os.kill(pid, 0)
        alive = Path(f"/proc/{pid}/stat").read_text().split(") ")[-1][:1] != "Z"
    except ProcessLookupError:
        alive = False
    assert not alive, "LibreOffice is still running after the command was cancelled"


# ---------------------------------------------------------------- audit on a full temporary disk


@pytest.mark.parametrize(("code", "said"), [(errno.ENOSPC, "TMPDIR"), (errno.EFBIG, "ulimit -f")])
def test_audit_whose_temporary_files_do_not_fit_says_where_and_what_to_do(
    tmp_path, monkeypatch, code, said
):
    # `prlimit --fsize=3000 drafter audit 旧讲话/` said "错误：文件超出系统允许的大小，操作没有完成", naming no file.
    from drafter.audit import local

    for n in (1, 2):
        (tmp_path / f"讲话{n}.md").write_text(
            "同志们：\n\n" + "我们要坚持安全发展理念，压实各方责任。" * 20, encoding="utf-8"
        )

    def full(self, item, hashes):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(local._Store, "add", full)
    message = refused(run("audit", str(tmp_path)), 1, "审查用的临时文件写不下", said)
    assert "处理办法" in message


# ---------------------------------------------------------------- a misspelt answer name to update


def test_update_with_a_misspelt_answer_name_says_it_was_not_used(mini_library, tmp_path):
    # `drafter update 讲话.md --set 成积=…` (成绩 misspelt) said only 已更新, exit 0: the writer believed the
    # achievements were in; `draft` names such a name.
    out = tmp_path / "讲话.md"
    assert run(*DRAFT, "--library", str(mini_library), *SETTING, "-o", str(out)).exit_code == 0
    result = run("update", str(out), "--set", "成积=排查隐患3200处", "--library", str(mini_library))
    assert "Traceback" not in result.output
    assert "不认识答案名称“成积”" in result.stderr, result.stderr
    assert "排查隐患3200处" not in out.read_text(encoding="utf-8")


# ---------------------------------------------------------------- GBK typed at a question


@pytest.mark.parametrize("encoding", ["utf-8:strict", "utf-8:surrogateescape"])
def test_gbk_answers_typed_at_the_questions_are_asked_again_in_chinese(tmp_path, encoding):
    # GBK bytes piped into `drafter draft` (a GBK file, a GBK terminal): with a zh_CN.UTF-8 locale (strict standard
    # input) a UnicodeDecodeError traceback; in C.UTF-8 the place was taken as “\udcc7\udce5\udcba…” and asked about.
    typed = "清河县\n".encode("gbk") + "清河县\n全县安全生产工作会议\n".encode()
    env = {k: v for k, v in os.environ.items() if not k.startswith("DRAFTER_")}
    env.update({"PYTHONIOENCODING": encoding, "DRAFTER_NO_RESIDENT": "1", "NO_COLOR": "1",
                "DRAFTER_HOME": str(tmp_path / "ws"), "XDG_CONFIG_HOME": str(tmp_path / "config")})  # fmt: skip
    result = subprocess.run([sys.executable, "-m", "drafter", "draft", "--no-history", "-o", "讲话.md"], input=typed,
                            cwd=tmp_path, env=env, capture_output=True, timeout=120)  # fmt: skip
    said = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in said, said
    assert "\\udc" not in said and "输入的文字不是 UTF-8 编码（按 GBK 读出是“清河县”）" in said, (
        said
    )
    assert (
        "会议名称" in said
    )  # the place was asked again and taken in UTF-8; the answers then ran out
    assert result.returncode == 1 and "已取消（输入已结束）" in said


# ---------------------------------------------------------------- a meeting name with no work in it


@pytest.mark.parametrize("meeting", ["会议", "大会", "推进会", "工作会议"])
def test_a_meeting_named_only_by_its_kind_is_refused_as_naming_no_work(meeting):
    # `--set meeting=会议` drafted “在会议上的讲话” on 各项工作 while `开会` was refused: a bare kind word names no work.
    message = refused(
        run(*DRAFT, "--set", "place=清河县", "--set", f"meeting={meeting}"),
        2,
        "看不出是哪项工作的会议",
    )
    assert "--set work=" in message


def test_a_bare_kind_word_with_the_work_given_is_drafted():
    result = run(
        *DRAFT, "--set", "place=清河县", "--set", "meeting=推进会", "--set", "work=安全生产工作"
    )
    assert result.exit_code == 0, result.stderr


# ---------------------------------------------------------------- a date that is no date


@pytest.mark.parametrize("date", ["昨天", "下周一", "20260308"])
def test_a_date_that_is_no_date_is_pointed_out(mini_library, date):
    # `--set date=昨天` printed “（昨天）” under the title and said nothing.
    result = run(*DRAFT, "--library", str(mini_library), *SETTING, "--set", f"date={date}")
    assert result.exit_code == 0, result.stderr
    assert f"日期“{date}”不是具体日期" in result.stderr and "2026年3月8日" in result.stderr


@pytest.mark.parametrize("date", ["2026年3月8日", "2026-03-08", "2026年3月上旬"])
def test_a_real_date_is_not_questioned(mini_library, date):
    result = run(*DRAFT, "--library", str(mini_library), *SETTING, "--set", f"date={date}")
    assert result.exit_code == 0, result.stderr
    assert "不是具体日期" not in result.stderr


def test_an_empty_place_is_listed_as_missing_not_as_an_unknown_place(mini_library):
    # `--set place=` said “level：层级（无法从地名“”推出，请选择）”: the place itself is what is missing.
    message = refused(run(*DRAFT, "--library", str(mini_library), "--set", "place=", "--set", "meeting=全县妇女儿童工作会议"), 2,
                      "place：地名")  # fmt: skip
    assert "“”" not in message


def test_an_empty_answer_to_a_required_question_is_said_before_asking_again(mini_library, tmp_path):
    # Enter at 地名 asked 地名 again in silence (地名：地名：地名：), as if the program had not heard.
    from typer.testing import CliRunner

    from drafter.cli import app

    typed = "\n清河县\n全县妇女儿童工作会议\n" + "\n" * 40
    result = CliRunner().invoke(app, ["draft", "--seed", "3", "--no-history", "--library", str(mini_library),
                                      "-o", str(tmp_path / "讲话.md")], input=typed)  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "地名不能空着" in result.output
    assert "会议名称不能空着" not in result.output


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="process groups and setitimer")
def test_ctrl_c_while_a_pdf_is_made_stops_libreoffice(tmp_path):
    # `drafter export 讲话.md -o 讲话.pdf`, Ctrl+C a second in: soffice ran on and the command ended with
    # "错误：…ENOTEMPTY…" (exit 1) as its profile folder was removed under it.
    import signal

    from drafter.export import pdf

    started = tmp_path / "pid"
    fake = tmp_path / "soffice"
    fake.write_text(f"#!/bin/sh\necho $$ > {started}\nexec sleep 30\n", encoding="utf-8")
    fake.chmod(0o755)

    def interrupt(*_args):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGALRM, interrupt)
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.5)
        with pytest.raises(KeyboardInterrupt):
            pdf._run([str(fake)], timeout=60)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    pid = int(started.read_text())
    try:
        os.kill(pid, 0)
        alive = Path(f"/proc/{pid}/stat").read_text().split(") ")[-1][:1] != "Z"
    except ProcessLookupError:
        alive = False
    assert not alive, "LibreOffice is still running after the export was cancelled"


# ---------------------------------------------------------------- update --minutes of a draft with a gathered point


def test_update_to_a_length_redraws_the_areas_of_a_gathered_task_point(tmp_path):
    # README's `drafter update 讲话.md --minutes 15` on the quick start's 安全生产 draft (its 任务 point gathers two
    # areas) stopped with "--pick 指定的要点 …construction、…mines-special-equipment 与本次的要点结构不符" for every
    # length: a --pick the user never gave.
    out = tmp_path / "讲话.md"
    made = run("draft", "--no-input", "--no-history", "--set", "place=清河县", "--set", "meeting=全县安全生产工作会议",
               "-o", str(out))  # fmt: skip
    assert made.exit_code == 0, made.stderr
    assert "section: true" in (tmp_path / "讲话.answers.yaml").read_text(
        encoding="utf-8"
    )  # a gathered point
    for minutes in ("15", "25"):
        result = run("update", str(out), "--minutes", minutes)
        assert result.exit_code == 0, result.stderr
        assert "--pick" not in result.stderr
    checked = run("check", str(out))
    assert "约 2" in checked.stdout  # about 25 minutes now (20–27)
