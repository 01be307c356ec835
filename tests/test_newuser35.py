"""Session 35's new user: a plain `pip install`, every command, then the wrong input and hostile files of a busy office.

Each test here failed before its fix (branch newuser35).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ANSWERS = {"place": "清河县", "meeting": "全县安全生产工作会议", "date": "2026年5月1日"}


def test_a_history_entry_linked_to_a_device_is_skipped_not_read_until_memory_runs_out(
    tmp_path: Path,
) -> None:
    """A history entry that is a link to /dev/zero: the draft read it whole (20 GB, killed by the kernel)."""
    from drafter.history import _folder

    folder = _folder(ANSWERS)
    folder.mkdir(parents=True)
    (folder / "2025.md").write_text(
        "# 在全县安全生产工作会议上的讲话\n\n同志们：\n\n去年的讲话。\n", encoding="utf-8"
    )
    (folder / "2026-01-01.md").symlink_to("/dev/zero")
    code = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1 << 31, 1 << 31))\n"
        "from drafter.history import history_texts\n"
        f"texts = history_texts({ANSWERS!r})\n"
        "print(len(texts), texts[0].splitlines()[0] if texts else '')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=os.environ
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["1", "#", "在全县安全生产工作会议上的讲话"], done.stdout


def test_fragments_edit_of_an_id_with_dotdot_keeps_to_its_own_temporary_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A shared library's fragment `../victim`: edit wrote the fragment over tmp/victim.yaml, then deleted it."""
    import tempfile

    from tests.cli_runner import run

    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    victim = temp / "victim.yaml"  # the edit's folder is temp/drafter-edit-…: ../victim.yaml is this file
    victim.write_text("mine: 用户自己的文件\n", encoding="utf-8")
    library = tmp_path / "shared"
    library.mkdir()
    (library / "a.yaml").write_text(
        "- id: ../victim\n  role: closing\n  text: 同志们，让我们携手奋进。\n"
        "  source: {authored: 别的单位, written: 2026-12}\n"
        "- id: a/b\n  role: closing\n  text: 同志们，让我们共创未来。\n"
        "  source: {authored: 别的单位, written: 2026-12}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("EDITOR", "true")
    monkeypatch.delenv("VISUAL", raising=False)
    for fid in ("../victim", "a/b"):
        result = run("fragments", "edit", fid, "--library", str(library), "--no-input")
        assert result.exit_code == 0, result.output
        assert "未修改" in result.output
        assert victim.is_file() and victim.read_text(encoding="utf-8") == "mine: 用户自己的文件\n"
    assert list(temp.iterdir()) == [victim]  # nothing left behind


def test_init_on_a_full_disk_leaves_no_half_written_user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`drafter init` on a full disk (a 64 KB tmpfs) left config.yaml empty: every later command then refused to run
    (用户配置文件应只有一项 workspace) until the user found and deleted it. A file-size limit stands in for the disk."""
    from drafter.library.paths import user_config_file
    from drafter.workspace import find_workspace

    monkeypatch.delenv("DRAFTER_HOME")
    workspace = tmp_path / "我的库"
    workspace.mkdir()
    (workspace / "drafter.yaml").write_text("libraries: [fragments]\n", encoding="utf-8")  # already there: kept
    code = (
        "import resource, signal, sys\n"
        "from drafter.workspace import init_workspace\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (40, 40))\n"
        "try:\n"
        "    init_workspace(sys.argv[1], make_default=True)\n"
        "except Exception as exc:\n"
        "    print(type(exc).__name__, exc)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(workspace)], capture_output=True, text=True, timeout=120, env=os.environ
    )
    assert "DrafterError" in done.stdout, done.stdout + done.stderr
    assert not user_config_file().exists()
    find_workspace(cwd=tmp_path)  # the next command runs


def _no_room(limit: int = 0):
    """A child whose files cannot grow past `limit` bytes: a full disk for every file it writes (pipes still flow)."""

    def apply() -> None:
        import resource
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_a_draft_with_a_full_cache_folder_is_still_written(tmp_path: Path) -> None:
    """The cache folder full: the originality measure's index (sqlite) failed with a traceback
    (sqlite3.OperationalError: database or disk is full) and no draft was given."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "DRAFTER_NO_RESIDENT": "1"}
    args = ["draft", "--no-input", "--no-history", "--seed", "1", "--set", "place=清河县"]
    done = subprocess.run(
        [sys.executable, "-m", "drafter", *args, "--set", "meeting=全县安全生产工作会议"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        preexec_fn=_no_room(),
    )
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert done.returncode == 0, done.stderr[-3000:]
    assert "在全县安全生产工作会议上的讲话" in done.stdout
    assert "原创度" in done.stderr


def test_a_history_that_cannot_be_kept_is_a_warning_not_a_failed_draft(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The data folder full (or history/ not a folder): `draft -o` wrote the speech and its record, then said 错误
    and exited 1 for the history entry alone; the user was told the draft failed."""
    from tests.cli_runner import run

    home = tmp_path / "home"
    home.mkdir()
    (home / "history").write_text("不是文件夹", encoding="utf-8")
    monkeypatch.setenv("DRAFTER_HOME", str(home))
    out = tmp_path / "讲话.md"
    result = run("draft", "--no-input", "--seed", "1", "--set", "place=清河县", "--set", "meeting=全县安全生产工作会议",
                 "-o", str(out))  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "没有记入起草历史" in result.stderr and "讲话稿和起草记录已写好" in result.stderr
    assert out.is_file() and (tmp_path / "讲话.answers.yaml").is_file()


def test_a_long_line_of_doubled_words_is_looked_at_once_per_word_not_once_per_pair() -> None:
    """`drafter check` of a 2 MB line (安全安全… pasted from a broken page) ran for minutes: for each of its million
    doubled words the whole line was stripped and compared again (quadratic); now once per line and word."""
    from drafter.check import lines

    lines._banner_line.cache_clear()
    line = "同志们，" + "安全" * 20_000 + "。"
    lines.check_doubled_words(line, 1)
    info = lines._banner_line.cache_info()
    assert info.misses <= 2 and info.hits > 1_000


def test_a_range_of_decimals_is_said_in_chinese() -> None:
    """`drafter resident start --idle 0` said “0.0 超出范围（0.01<=不大于 10080）”, and its help “[默认：30.0; 0.01<=不大于
    10080]”: the two ends of a range of decimals were left half in English."""
    from drafter.cli.zh import translate_error, translate_help

    said = translate_error("Invalid value for '--idle': 0.0 is not in the range 0.01<=x<=10080.")
    assert said == "'--idle' 的值无效：0.0 超出范围（0.01 到 10080）。"
    assert translate_help("[default: 30.0; 0.01<=x<=10080]") == "[默认：30.0；0.01 到 10080]"
    assert translate_help("[x>=1]") == "[不小于 1]"


def test_update_in_a_folder_that_cannot_be_written_says_what_to_do_with_a_speech(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`update` of a draft in a read-only folder (a colleague's share) said to copy the *fragment library* somewhere
    writable; the user updates a speech, which `-o` writes elsewhere."""
    import drafter.limits
    from tests.cli_runner import refused, run

    out = tmp_path / "讲话.md"
    made = run("draft", "--no-input", "--seed", "1", "--no-history", "--set", "place=清河县",
               "--set", "meeting=全县安全生产工作会议", "-o", str(out))  # fmt: skip
    assert made.exit_code == 0, made.output

    def no_lock(lock_file: Path, timeout: float, tidy: bool = False):
        raise PermissionError(13, "Permission denied", str(lock_file))

    monkeypatch.setattr(drafter.limits, "_flock", no_lock)
    said = refused(run("update", str(out), "--points", "4"), 1, "讲话.md", "没有写权限", "-o")
    assert "片段库复制到可写的目录" not in said


@pytest.mark.parametrize(
    ("meeting", "said"),
    [
        ("在全县安全生产工作会议上的讲话", "讲话稿的标题"),  # the title pasted: 今天，我们召开在全县……上的讲话
        ("全县安全生产工作会议讲话稿", "讲话稿的标题"),
        ("《全县安全生产工作会议》", "书名号"),  # 把《全县安全生产工作会议》工作的任务抓到位
        ("“全县安全生产工作会议”", "引号"),
        ("全县安全生产工作会议。", "句末标点"),
        ("全县安全生产工作会议会议", "写了两遍"),  # work 安全生产工作会议工作
    ],
)
def test_a_meeting_name_pasted_with_more_than_the_name_is_refused_before_drafting(meeting: str, said: str) -> None:
    from tests.cli_runner import refused, run

    result = run("draft", "--no-input", "--seed", "1", "--no-history", "--set", "place=清河县", "--set", f"meeting={meeting}")
    refused(result, 2, f"会议名称“{meeting}”", said, "全县安全生产工作会议")


@pytest.mark.parametrize("meeting", ["全县“两优一先”表彰大会", "全县安全生产委员会全体（扩大）会议", "全县安全生产工作会议"])
def test_names_with_quotes_or_brackets_inside_are_drafted_as_before(meeting: str) -> None:
    from tests.cli_runner import run

    result = run("draft", "--no-input", "--seed", "1", "--no-history", "--set", "place=清河县", "--set", f"meeting={meeting}")
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("place", ["清河县委", "清河县人民政府", "清河县。", "《清河县》"])
def test_a_place_given_with_its_organ_or_marks_is_named_back_plain(place: str) -> None:
    """`--set place=清河县委` asked for a level (无法从地名“清河县委”推出), and given one drafted for a county named
    清河县委; the user meant 清河县 and is told so."""
    from tests.cli_runner import refused, run

    result = run("draft", "--no-input", "--seed", "1", "--no-history", "--set", f"place={place}",
                 "--set", "meeting=全县安全生产工作会议")  # fmt: skip
    refused(result, 2, f"地名“{place}”不是地名本身", "place=清河县")


def test_a_place_with_its_organ_is_asked_again_with_the_plain_name_offered() -> None:
    from drafter.cli import app
    from tests.cli_runner import runner

    answers = "清河县委\n\n全县安全生产工作会议\n" + "\n" * 30  # asked again at once, before the meeting (newuser39)
    result = runner.invoke(app, ["draft", "--seed", "1", "--no-history"], input=answers)
    assert result.exit_code == 0, result.output
    assert "请重新输入地名 [清河县]" in result.output
    assert "清河县委县委" not in result.stdout and "在全县安全生产工作会议上的讲话" in result.stdout


@pytest.mark.parametrize(("line", "said"), [("points: 3.5", "3.5"), ("points: true", "true"), ("minutes: 15.5", "15.5")])
def test_an_answers_file_number_that_is_no_whole_number_is_said_at_its_line(tmp_path: Path, line: str, said: str) -> None:
    """`points: 3.5` drafted three points without a word; `points: true` said “而不是 1”."""
    from tests.cli_runner import refused, run

    answers = tmp_path / "答案.yaml"
    answers.write_text(f"place: 清河县\nmeeting: 全县安全生产工作会议\n{line}\n", encoding="utf-8")
    refused(run("draft", "--no-input", "--no-history", "-a", str(answers)), 2, "答案.yaml:3", f"应是整数，而不是“{said}”")


def test_update_to_a_place_with_its_organ_names_the_place_not_a_level(tmp_path: Path) -> None:
    """`update --set place=清河县委` said 无法从地名“清河县委”推出层级, 请用 --set level=… 指明层级."""
    from tests.cli_runner import refused, run

    out = tmp_path / "讲话.md"
    made = run("draft", "--no-input", "--seed", "1", "--no-history", "--set", "place=南宫市",
               "--set", "meeting=全市安全生产工作会议", "-o", str(out))  # fmt: skip
    assert made.exit_code == 0, made.output
    said = refused(run("update", str(out), "--set", "place=清河县委", "--dry-run"), 2, "地名“清河县委”不是地名本身", "清河县")
    assert "level" not in said


def test_a_mistyped_subcommand_is_said_in_chinese_with_the_likely_ones() -> None:
    """`drafter fragments lsit` said “错误：No such command 'lsit'. Did you mean 'list', 'lint'?”."""
    from tests.cli_runner import refused, run

    said = refused(run("fragments", "lsit"), 2, "没有命令“lsit”（是不是：list、lint？）")
    assert "No such command" not in said and "Did you mean" not in said


def test_a_mistyped_command_is_offered_the_likely_ones() -> None:
    """`drafter drat` said only 没有命令“drat”: the commands were not loaded yet, so click had none to suggest."""
    from tests.cli_runner import refused, run

    refused(run("drat"), 2, "没有命令“drat”（是不是：draft")


def _drafted(tmp_path: Path) -> Path:
    from tests.cli_runner import run

    out = tmp_path / "稿.md"
    made = run("draft", "--no-input", "--seed", "1", "--no-history", "--set", "place=清河县",
               "--set", "meeting=全县安全生产工作会议", "-o", str(out))  # fmt: skip
    assert made.exit_code == 0, made.output
    return out


def test_update_of_a_draft_still_holding_conflict_marks_is_refused_and_leaves_it(tmp_path: Path) -> None:
    """A second `update` before the 【原稿】/【新稿】 conflict was settled merged the marks again, nested inside a new
    conflict (你改过的“【冲突结束】……”与新生成的文字不同)."""
    import re

    from tests.cli_runner import refused, run

    drafted = _drafted(tmp_path)
    text = drafted.read_text(encoding="utf-8")
    transition = re.search(r"[^。！：\n]*我讲三点意见[。：]", text)[0]
    drafted.write_text(text.replace(transition, "下面，结合我县实际，我讲三点意见。"), encoding="utf-8")
    assert run("update", str(drafted), "--points", "4").exit_code == 3
    marked = drafted.read_text(encoding="utf-8")
    refused(run("update", str(drafted), "--points", "5"), 2, "稿.md", "冲突", "删去其余文字和全部【】标记")
    assert drafted.read_text(encoding="utf-8") == marked


def test_update_swap_0_is_refused_at_once(tmp_path: Path) -> None:
    """`update --swap 0` drew forty drafts (40 s) and then said the library had no other fragment."""
    from tests.cli_runner import refused, run

    drafted = _drafted(tmp_path)
    refused(run("update", str(drafted), "--swap", "0"), 2, "--swap 不认识“0”")


def test_check_with_a_place_given_with_its_organ_names_the_place(tmp_path: Path) -> None:
    """`check 稿.md --place 清河县委` checked against a place nobody has (no foreign places, no level words checked)."""
    from tests.cli_runner import refused, run

    drafted = _drafted(tmp_path)
    refused(run("check", str(drafted), "--place", "清河县委"), 2, "“清河县委”不是地名本身", "--place 清河县")
