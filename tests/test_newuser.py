"""A new user's mistakes and a hostile machine: every one ends in a Chinese message, never a traceback.

Found by following the README word for word from an empty folder with a plain
`pip install`, then giving every command wrong input (branch newuser).
"""

from __future__ import annotations

import errno
import os
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter.cli import app

runner = CliRunner()
DRAFT = ["draft", "--no-input", "--seed", "3", "--no-history"]
SETTING = ["--set", "place=清河县", "--set", "meeting=全县妇女儿童工作会议"]
# Words of PyYAML, Click, Jinja or the OS that must never reach a user.
ENGLISH = re.compile(r"\b(found|expected|cannot|could not|denied|No space|Invalid|Error|unsafe|attribute)\b")


def run(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def said_in_chinese(result, *words: str) -> str:
    text = result.stderr
    assert "Traceback" not in result.output + text, text
    assert not ENGLISH.search(text), text
    for word in words:
        assert word in text, text
    return text


def child(*args: str, cwd: Path, stdout=subprocess.PIPE, env: dict[str, str] | None = None):
    """The real `drafter` in a child process (fast path, typer path and the interpreter's exit included)."""
    full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "drafter", *args], cwd=cwd, env=full_env, stdout=stdout,
        stderr=subprocess.PIPE, text=True, timeout=60,
    )  # fmt: skip


# ---------------------------------------------------------------- answers files


@pytest.mark.parametrize(
    ("text", "line", "meaning"),
    [
        ("place: 清河县\nmeeting: [全县妇女儿童工作会议\n", 2, "方括号"),
        ("place: 清河县\nmeeting:\n\t- 全县妇女儿童工作会议\n", 3, "制表符"),
        ('place: 清河县\nmeeting: "全县\\q会议"\n', 2, "转义"),
        ("place: 清河县\nmeeting: 全县: 会议\n", 2, "给整个值加引号"),
        ("place: !!python/object:os.system 清河县\n", 1, "不允许的标签"),
    ],
)
def test_a_yaml_mistake_in_the_answers_file_is_explained_in_chinese_at_its_line(
    mini_library, tmp_path, text, line, meaning
):
    answers = tmp_path / "答案.yaml"
    answers.write_text(text, encoding="utf-8")
    result = run(*DRAFT, "--library", str(mini_library), "--answers", str(answers))
    assert result.exit_code == 2
    said_in_chinese(result, f"答案.yaml:{line}：", meaning)


# ---------------------------------------------------------------- a full disk


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize("command", [["draft", "--no-input", "--seed", "3", "--no-history", *SETTING], ["--help"]])
def test_output_sent_to_a_full_disk_is_reported_without_a_traceback(mini_library, tmp_path, command):
    if command[0] == "draft":
        command = [*command, "--library", str(mini_library)]
    with open("/dev/full", "w") as full:
        result = child(*command, cwd=tmp_path, stdout=full)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr, result.stderr
    assert "磁盘空间已满" in result.stderr


def test_a_draft_that_cannot_be_written_keeps_the_old_file_and_says_why(mini_library, tmp_path, monkeypatch):
    out = tmp_path / "讲话.md"
    assert run(*DRAFT, "--library", str(mini_library), *SETTING, "-o", str(out)).exit_code == 0
    before = out.read_bytes()

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "replace", full)
    result = run(*DRAFT, "--library", str(mini_library), *SETTING, "--points", "4", "-o", str(out))
    assert result.exit_code == 1
    said_in_chinese(result, "讲话.md", "磁盘空间已满", "腾出磁盘空间")
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no temporary file left


def test_an_unexpected_os_error_in_a_command_is_said_in_chinese(mini_library, monkeypatch):
    import drafter.drafting

    def denied(*_args, **_kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), "/某处/片段.yaml")

    monkeypatch.setattr(drafter.drafting, "make_draft", denied)
    result = run(*DRAFT, "--library", str(mini_library), *SETTING)
    assert result.exit_code == 1
    said_in_chinese(result, "/某处/片段.yaml", "没有权限")


# ---------------------------------------------------------------- Ctrl+C and SIGTERM


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="signals cannot be held here")
def test_a_signal_during_a_held_write_waits_until_both_files_are_written(tmp_path):
    from drafter.files import signals_held, write_text_atomic

    seen: list[list[str]] = []
    previous = signal.signal(signal.SIGTERM, lambda *_: seen.append(sorted(p.name for p in tmp_path.iterdir())))
    try:
        with signals_held():
            # To this thread: in the full suite other tests leave threads running, and the kernel may hand a
            # process-wide signal to a thread that does not hold it (the drafter command has only one thread).
            signal.pthread_kill(threading.get_ident(), signal.SIGTERM)
            write_text_atomic(tmp_path / "讲话.md", "讲话")
            write_text_atomic(tmp_path / "讲话.answers.yaml", "seed: 1\n")
            assert seen == []
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert seen == [["讲话.answers.yaml", "讲话.md"]]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM")
def test_sigterm_at_a_question_stops_with_a_chinese_word_and_writes_nothing(mini_library, tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    env = {**os.environ, "NO_COLOR": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "drafter", "draft", "--library", str(mini_library), "-o", "讲话.md"],
        cwd=work, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    asked = b""
    while "地名".encode() not in asked:  # the first question is on screen: drafter waits for an answer
        chunk = os.read(proc.stderr.fileno(), 4096)
        assert chunk, asked.decode(errors="replace")
        asked += chunk
    proc.send_signal(signal.SIGTERM)
    _, rest = proc.communicate(timeout=30)
    err = (asked + rest).decode()
    assert proc.returncode == 143, err
    assert "Traceback" not in err and "已取消。" in err, err
    assert list(work.iterdir()) == []


# ---------------------------------------------------------------- answers a user gets wrong


@pytest.mark.parametrize("minutes", ["0", "-5", "999"])
def test_a_speech_length_out_of_range_is_refused_before_any_planning(mini_library, minutes):
    result = run(*DRAFT, "--library", str(mini_library), *SETTING, "--minutes", minutes)
    assert result.exit_code == 2
    said_in_chinese(result, "讲话时长应在 1–120 分钟之间", minutes)


@pytest.mark.parametrize("date", ["2026-13-45", "2026年2月30日"])
def test_a_date_that_does_not_exist_is_refused_not_printed_under_the_title(mini_library, date):
    result = run(*DRAFT, "--library", str(mini_library), *SETTING, "--set", f"date={date}")
    assert result.exit_code == 2
    said_in_chinese(result, f"日期“{date}”不存在")
    assert date not in result.stdout


def test_a_date_that_does_not_exist_is_asked_again_and_questions_end_in_a_chinese_colon(mini_library):
    from drafter.cli import draft as cli_draft
    from drafter.library import STANDARD_VARIABLES
    from drafter.questions import ask_valid
    from drafter.render.values import coerce_value

    answers = iter(["2026-02-30", "2026-02-28"])
    asked: list[str] = []

    def prompt(var):
        asked.append(var.prompt)
        return next(answers)

    date = STANDARD_VARIABLES["date"]
    assert ask_valid(date, prompt, lambda v: coerce_value(date, v)) == "2026年2月28日"
    assert asked[1].startswith("日期“2026-02-30”不存在")
    shown = run(*DRAFT[:1], "--library", str(mini_library), "--no-history", "--seed", "3", input="清河县\n")
    assert "地名（如 清河县、南通市）：" in shown.output and "）:" not in shown.output
    assert cli_draft  # the questions above are the ones draft_command asks


# ---------------------------------------------------------------- a folder where a file is wanted


def test_a_folder_given_as_output_answers_or_speech_is_named_as_a_folder(mini_library, tmp_path):
    folder = tmp_path / "讲话稿"
    folder.mkdir()
    for args, code in [
        ([*DRAFT, "--library", str(mini_library), *SETTING, "-o", str(folder)], 2),
        ([*DRAFT, "--library", str(mini_library), *SETTING, "-o", str(folder), "--force"], 2),
        ([*DRAFT, "--library", str(mini_library), "--answers", str(folder)], 2),
        (["check", str(folder)], 1),
        (["export", str(folder), "-o", str(tmp_path / "x.docx")], 1),
    ]:
        result = run(*args)
        assert result.exit_code == code, (args, result.output)
        said_in_chinese(result, "讲话稿", "文件夹")
    assert list(folder.iterdir()) == []


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_a_device_given_as_output_is_refused_even_with_force(mini_library):
    result = run(*DRAFT, "--library", str(mini_library), *SETTING, "-o", "/dev/full", "--force")
    assert result.exit_code == 2
    said_in_chinese(result, "/dev/full", "不是普通文件")


# ---------------------------------------------------------------- misspelt names in fragments commands


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["fragments", "list", "--role", "openning"], ["没有角色“openning”", "opening"]),
        (["fragments", "list", "--level", "火星"], ["没有层级“火星”", "街道"]),
        (["fragments", "lint", "--threshold", "500"], ["相似度阈值应在 0–100 之间", "500"]),
        (["fragments", "dedupe", "--threshold", "0"], ["相似度阈值应在 0–100 之间"]),
    ],
)
def test_a_misspelt_filter_or_threshold_is_refused_not_listed_as_nothing_or_everything(mini_library, args, words):
    result = run(*args, "--library", str(mini_library))
    assert result.exit_code == 2, result.output
    said_in_chinese(result, *words)
    assert result.stdout == ""


def test_a_superior_the_place_does_not_have_is_said_not_silently_replaced(mini_library):
    wrong = run(*DRAFT, "--library", str(mini_library), *SETTING, "--set", "superior=南京市")
    assert wrong.exit_code == 0
    assert "清河县的上级是邢台市，不是“南京市”" in said_in_chinese(wrong)
    short = run(*DRAFT, "--library", str(mini_library), *SETTING, "--set", "superior=邢台")
    assert "上级是" not in short.stderr and "上级 邢台市" in short.stderr
    # The superior written with its own superiors is the same superior, not a wrong one.
    path = run(*DRAFT, "--library", str(mini_library), *SETTING, "--set", "superior=河北省邢台市")
    assert path.exit_code == 0 and "上级是" not in path.stderr and "上级 邢台市" in path.stderr


# ---------------------------------------------------------------- help


HELP_COMMANDS = [
    ["audit"], ["check"], ["diff"], ["draft"], ["export"], ["ingest"], ["init"], ["serve"], ["update"],
    *(["fragments", c] for c in ("list", "show", "search", "add", "edit", "rm", "lint", "dedupe", "stats")),
    ["templates", "list"], ["templates", "show"],
]  # fmt: skip


@pytest.mark.parametrize("command", HELP_COMMANDS, ids=" ".join)
def test_help_names_arguments_and_ranges_in_chinese(command):
    result = run(*command, "--help")
    assert result.exit_code == 0
    leaks = re.findall(
        r"\b(?:FILE|DRAFT|PATHS|ARCHIVE|QUERY|NAME|ID|Usage|Options|Arguments)\b|x>=|x<=|\{(?:file|draft|paths)\}",
        result.stdout,
    )
    assert leaks == [], result.stdout


def test_a_range_error_is_said_in_chinese():
    result = run("fragments", "search", "责任", "--limit", "0")
    assert result.exit_code == 2
    said_in_chinese(result, "超出范围（不小于 1）")


# ---------------------------------------------------------------- a shared library written badly


@pytest.mark.parametrize(
    ("text", "meaning"),
    [
        ("{% raw %}今天开会。", "{% raw %} 没有对应的 {% endraw %}"),
        ("今天开会。{# 注释", "{# 没有对应的 #}"),
        ("{% if meeting %}今天开会。{% endfor %}", "先要用 {% endif %} 结束"),
        ("今天召开{{ meeting ! }}。", "不能出现的字符 !"),
        ("今天召开{{ meeting | }}。", "缺少名称"),
    ],
)
def test_a_jinja_mistake_in_a_shared_fragment_is_explained_in_chinese(mini_library, text, meaning):
    (mini_library / "shared.yaml").write_text(
        "- id: opening.shared\n  role: opening\n  tags: [通用]\n"
        f"  text: {text!r}\n  source: {{speech: s-01, where: 开头}}\n".replace("'", '"'),
        encoding="utf-8",
    )
    result = run("fragments", "lint", "--library", str(mini_library))
    assert result.exit_code != 0
    shown = result.stdout + result.stderr
    assert "shared.yaml:" in shown and meaning in shown, shown
    assert "Jinja was" not in shown and "Missing end" not in shown and "unexpected" not in shown


def test_a_list_typed_with_chinese_quotes_is_read_and_a_broken_one_explained(mini_library):
    typed = run(*DRAFT, "--library", str(mini_library), *SETTING, "--json",
                "--set", "targets=[“实现“双下降””，“新建儿童之家50个”]")  # fmt: skip
    assert typed.exit_code == 0, typed.output
    assert "实现“双下降”" in typed.stdout and "新建儿童之家50个" in typed.stdout
    broken = run(*DRAFT, "--library", str(mini_library), *SETTING, "--set", 'targets=["甲", ')
    assert broken.exit_code == 2
    said_in_chinese(broken, "无法解析列表", "第 6 个字符附近")
    assert "Expecting" not in broken.stderr
