"""The typer application and the one place where errors become text and exit codes."""

from __future__ import annotations

import functools
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import typer

from drafter import __version__
from drafter.cli.zh import ChineseCommand, ChineseGroup
from drafter.errors import DrafterError

F = TypeVar("F", bound=Callable[..., Any])

# Every subcommand, in the order `drafter --help` lists them, and the module that registers it
# (with `command` or `sub_app` below). A module is imported only when its command runs (or when
# help lists all of them), so `drafter check` never pays for `drafter draft`. A new command is
# one line here.
COMMANDS: dict[str, str] = {
    "audit": "drafter.cli.audit",
    "check": "drafter.cli.check",
    "diff": "drafter.cli.diff",
    "draft": "drafter.cli.draft",
    "export": "drafter.cli.export",
    "fragments": "drafter.cli.fragments",
    "ingest": "drafter.cli.ingest",
    "init": "drafter.cli.init",
    "serve": "drafter.cli.serve",
    "templates": "drafter.cli.templates",
    "update": "drafter.cli.update",
}


class LazyGroup(ChineseGroup):
    """The top-level group: lists every command in COMMANDS, imports one only when it is wanted."""

    def list_commands(self, ctx: Any) -> list[str]:
        self._load(list(COMMANDS))  # help and completion show every command: load them all at once
        return list(dict.fromkeys([*COMMANDS, *super().list_commands(ctx)]))

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name in COMMANDS:
            self._load([cmd_name])
        return super().get_command(ctx, cmd_name)

    def _load(self, names: list[str]) -> None:
        missing = [name for name in names if name not in self.commands]
        if not missing:
            return
        for name in missing:
            importlib.import_module(COMMANDS[name])  # registers the command on `app`
        built = typer.main.get_command(app).commands  # type: ignore[attr-defined]
        for name in missing:
            if name in built:
                self.add_command(built[name], name)


app = typer.Typer(
    name="drafter",
    help="drafter：领导讲话稿起草助手。用真实讲话稿中的片段，为你的地方和会议起草讲话稿。\n\n"
    "自带片段库之上可叠加自己的片段库：drafter init 建立工作区。"
    "环境变量：DRAFTER_HOME（默认工作区）、DRAFTER_CONFIG（配置文件）、DRAFTER_CACHE_DIR（缓存）、"
    "VISUAL / EDITOR（编辑器），以及 XDG_CONFIG_HOME、XDG_DATA_HOME、XDG_CACHE_HOME。",
    no_args_is_help=True,
    add_completion=True,  # drafter --install-completion: Tab completes commands and options
    pretty_exceptions_enable=False,
    cls=LazyGroup,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"drafter {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="显示版本号并退出。"),
) -> None:
    """drafter：领导讲话稿起草助手。"""


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print `message` to stderr and return the Exit to raise."""
    typer.echo(message, err=True)
    return typer.Exit(code)


def handle_errors(fn: F) -> F:
    """Turn DrafterError into a Chinese message on stderr and its exit code."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except DrafterError as exc:
            raise fail(f"错误：{exc.render()}", exc.exit_code) from None
        except KeyboardInterrupt:
            raise fail("已取消。", 130) from None
        except typer.Abort:
            raise fail("已取消（输入已结束）。可用 --set 或 --answers 提供答案，或加 --no-input。", 1) from None
        except BrokenPipeError:
            sys.stderr.close()
            raise typer.Exit(1) from None

    return wrapper  # type: ignore[return-value]


_SETTINGS: dict[str, Any] = {
    "no_args_is_help": True,
    "rich_markup_mode": None,
    "context_settings": {"help_option_names": ["-h", "--help"]},
}


def sub_app(name: str, help: str) -> typer.Typer:  # noqa: A002 - typer's word
    """A command group (`drafter fragments …`) with drafter's settings, added to `app`."""
    group = typer.Typer(help=help, short_help=short_help(help), cls=ChineseGroup, **_SETTINGS)
    app.add_typer(group, name=name)
    return group


def short_help(help: str) -> str:  # noqa: A002 - typer's word
    """The one-line summary of a help text: its whole first sentence (the list wraps it)."""
    return help.split("\n", 1)[0].split("。", 1)[0]


def command(name: str, *, help: str, on: typer.Typer | None = None) -> Callable[[F], F]:  # noqa: A002
    """Register a command on `on` (default: the top-level app) with drafter's error handling."""

    def decorator(fn: F) -> F:
        (on or app).command(name, help=help, short_help=short_help(help), cls=ChineseCommand)(handle_errors(fn))
        return fn

    return decorator


def echo_notes(notes: Sequence[str], limit: int = 3) -> None:
    """Warnings about the library stack on stderr: the first few, then how many more."""
    for note in notes[:limit]:
        typer.echo(f"注意：{note}", err=True)
    if len(notes) > limit:
        typer.echo(f"注意：另有 {len(notes) - limit} 处同类情况（drafter fragments list 会全部列出）。", err=True)


def echo_json(data: Any) -> None:
    """Print `data` as pretty JSON with Chinese kept readable."""
    import json

    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
