"""The typer application: the command tree, its Chinese frame and the registration of commands.

Errors become text in drafter/cli/output.py (`call`), shared with the fast path."""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable
from typing import Any, TypeVar

import typer

from drafter import __version__
from drafter.cli.output import Exit, call
from drafter.cli.zh import ChineseCommand, ChineseGroup

F = TypeVar("F", bound=Callable[..., Any])

# Every subcommand, in the order `drafter --help` lists them, and the module that registers it
# (with `command` or `sub_app` below). A module is imported only when its command runs (or when
# help lists all of them), so `drafter check` never pays for `drafter draft`. A new command is
# one line here.
COMMANDS: dict[str, str] = {
    "audit": "drafter.cli.commands.audit",
    "check": "drafter.cli.commands.check",
    "diff": "drafter.cli.commands.diff",
    "draft": "drafter.cli.commands.draft",
    "export": "drafter.cli.commands.export",
    "fragments": "drafter.cli.commands.fragments",
    "ingest": "drafter.cli.commands.ingest",
    "init": "drafter.cli.commands.init",
    "meetings": "drafter.cli.commands.meetings",
    "resident": "drafter.cli.commands.resident",
    "serve": "drafter.cli.commands.serve",
    "templates": "drafter.cli.commands.templates",
    "update": "drafter.cli.commands.update",
    "works": "drafter.cli.commands.works",
}


class LazyGroup(ChineseGroup):
    """The top-level group: lists every command in COMMANDS, imports one only when it is wanted."""

    def list_commands(self, ctx: Any) -> list[str]:
        self._load(list(COMMANDS))  # help and completion show every command: load them all at once
        return list(dict.fromkeys([*COMMANDS, *super().list_commands(ctx)]))

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        # a name not ours (drafter drat): all loaded, so that click's “是不是：draft” has them to choose from
        self._load([cmd_name] if cmd_name in COMMANDS else list(COMMANDS))
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


def handle_errors(body: Callable[..., Any], shape: F) -> F:
    """The function typer registers: `shape`'s signature (the options), `body` run through `output.call`.

    `drafter_body` names the body for the fast path's spec (drafter/cli/spec.py).
    """

    @functools.wraps(shape)
    def wrapper(**kwargs: Any) -> Any:
        try:
            return call(body, kwargs)
        except Exit as exc:
            raise typer.Exit(exc.code) from None

    wrapper.drafter_body = f"{body.__module__}:{body.__qualname__}"  # type: ignore[attr-defined]
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


def command(name: str, *, help: str, run: Callable[..., Any], on: typer.Typer | None = None) -> Callable[[F], F]:  # noqa: A002
    """Register a command on `on` (default: the top-level app).

    The decorated function only declares the options (its signature, with typer's defaults);
    `run` is the typer-free body (drafter/cli/<name>.py) that both paths call with those options.
    """

    def decorator(shape: F) -> F:
        cmd = (on or app).command(name, help=help, short_help=short_help(help), cls=ChineseCommand)
        cmd(handle_errors(run, shape))
        return shape

    return decorator
