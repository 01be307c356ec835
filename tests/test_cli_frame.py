"""The frame around every command: Chinese help and usage errors, full short help, completion, editor."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter.cli import app

ENGLISH = re.compile(r"Usage|Options|Arguments|Commands|Show this|\[required\]|\[default|Error|Missing|"
                     r"Try '|No such|Invalid value|is not a valid|Got unexpected|requires an argument|completion for")  # fmt: skip


def every_command() -> list[list[str]]:
    """The words of every group and command of drafter (new commands are covered as they come)."""
    import typer

    found: list[list[str]] = []

    def walk(command, words: list[str]) -> None:
        found.append(words)
        for name, sub in sorted(getattr(command, "commands", {}).items()):
            walk(sub, [*words, name])

    walk(typer.main.get_command(app), [])
    return found


@pytest.mark.parametrize("words", every_command(), ids=lambda w: " ".join(w) or "drafter")
def test_help_has_a_chinese_frame(words: list[str]) -> None:
    result = CliRunner().invoke(app, [*words, "-h"])
    assert result.exit_code == 0
    assert result.stdout.startswith("用法：drafter")
    assert "选项：" in result.stdout and "显示帮助并退出。" in result.stdout
    assert not ENGLISH.search(result.stdout), ENGLISH.search(result.stdout)


def test_a_required_argument_is_marked_in_chinese() -> None:
    out = CliRunner().invoke(app, ["fragments", "show", "-h"]).stdout
    assert "参数：" in out


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["draft", "--rate", "abc"], "--rate' 的值无效：'abc' 不是整数。"),
        (["draft", "--nope"], "没有选项 --nope"),
        (["draft", "--set"], "选项 --set 后面要跟一个值。"),
        (["draft", "甲", "乙"], "多余的参数：甲 乙"),
        (["ingest"], "缺少参数"),
        (["ingest", "x", "-j", "0"], "超出范围"),
        (["bogus"], "没有命令“bogus”。"),
    ],
)
def test_usage_errors_are_chinese_with_exit_code_2(args: list[str], said: str) -> None:
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    if args != ["draft", "--set"]:  # Click raises that one without its command: no usage line to show
        assert result.stderr.startswith("用法：drafter")
        assert "用 drafter" in result.stderr and "查看帮助" in result.stderr
    assert said in result.stderr and "错误：" in result.stderr
    assert not ENGLISH.search(result.stderr), result.stderr


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["draft", "--place", "桐城市"], "地名是一项答案，要用 --set 给出：--set place=…（每项答案一个 --set，也可以写进答案文件用 --answers）"),
        (["update", "讲话.md", "--tasks", "甲"], "今年的重点工作是一项答案，要用 --set 给出：--set tasks=…（每项答案一个 --set）"),
    ],
)
def test_an_answer_given_as_an_option_says_to_give_it_by_set(args: list[str], said: str) -> None:
    # Click guessed --replay for --place: a new user's first try (drafter draft --place 桐城市 --meeting …) got no help.
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2 and said in result.stderr, result.stderr
    assert "是不是" not in result.stderr


def test_no_command_shows_the_help_on_stderr() -> None:
    result = CliRunner().invoke(app, [])
    assert result.exit_code == 2 and result.stderr.startswith("用法：drafter [选项] 命令 [参数]...")


def test_short_help_is_the_whole_first_sentence() -> None:
    out = CliRunner().invoke(app, ["-h"]).stdout
    assert "…" not in out
    joined = re.sub(r"\s+", "", out)
    assert "外地地名、重复字、半角标点、日期写法，并估算讲话时长" in joined


def test_shell_completion_is_offered_in_chinese() -> None:
    out = CliRunner().invoke(app, ["-h"]).stdout
    assert "--install-completion" in out and "安装命令补全" in out and "--show-completion" in out


def test_the_editor_is_visual_then_editor_then_a_platform_default(monkeypatch: pytest.MonkeyPatch) -> None:
    from drafter.cli import fragments

    monkeypatch.setenv("VISUAL", "code --wait")
    monkeypatch.setenv("EDITOR", "nano")
    assert fragments.editor_command() == ["code", "--wait"]
    monkeypatch.delenv("VISUAL")
    assert fragments.editor_command() == ["nano"]
    monkeypatch.delenv("EDITOR")
    monkeypatch.setattr("shutil.which", lambda name: "/usr/bin/nano" if name == "nano" else None)
    monkeypatch.setattr(fragments.os, "name", "posix")
    monkeypatch.setattr(fragments.sys, "platform", "linux")
    assert fragments.editor_command() == ["nano"]
    monkeypatch.setattr(fragments.sys, "platform", "darwin")
    assert fragments.editor_command()[:2] == ["open", "-W"]


def test_the_index_of_the_shipped_corpus_goes_to_the_users_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from drafter.diff.index import default_location
    from drafter.library import default_corpus_dir

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("DRAFTER_CACHE_DIR", raising=False)
    assert default_location([default_corpus_dir()]).is_relative_to(tmp_path / "cache")
    own = tmp_path / "语料"
    own.mkdir()
    assert default_location([own]).parent == own.resolve()
