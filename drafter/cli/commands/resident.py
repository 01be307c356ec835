"""Options and help of `drafter resident …` (typer); the body is drafter/cli/resident.py."""

from __future__ import annotations

import typer

from drafter.cli import resident as body
from drafter.cli.typer_app import command, sub_app

resident_app = sub_app(
    "resident",
    help="常驻进程：让 drafter 的代码常驻内存，之后的命令几乎不用等启动。\n\n"
    "check、diff、export、meetings、works、templates list/show、fragments list/show/search/lint/stats 和加了 "
    "--no-input 的 draft 交给常驻进程运行，结果和退出码与平时相同；要提问的命令（不加 --no-input 的 draft、init、"
    "fragments add/edit）、用编辑器的、较长的（ingest、audit、update、fragments rm/dedupe）和 serve 照常在当前进程中运行。"
    "没有常驻进程时，这些命令在当前进程中运行，运行完后在后台自动启动一个（空闲 30 分钟后退出）；drafter resident off "
    "关闭自动启动（drafter resident on 恢复），设置了 CI 时也不自动启动。"
    "只有本用户、同一个 Python 和同一份 drafter 代码才会用它；drafter 升级后它自动退出。设置 DRAFTER_NO_RESIDENT=1 既不使用也不启动。",
)


@command("start", help="启动常驻进程（已在运行时不再启动）。空闲一段时间后自动退出。\n\n示例：\n\n  drafter resident start\n\n  drafter resident start --idle 120", run=body.start_command, on=resident_app)
def start_command(
    idle: float = typer.Option(30.0, "--idle", min=0.01, max=10080, help="空闲多少分钟后自动退出（默认 30）。"),
) -> None:
    """Options of the command; the body is drafter.cli.resident.start_command."""


@command("stop", help="停止常驻进程（正在运行的命令会运行完）。之后的命令会在后台再启动一个；不想要时用 drafter resident off。\n\n示例：\n\n  drafter resident stop", run=body.stop_command, on=resident_app)
def stop_command() -> None:
    """Options of the command; the body is drafter.cli.resident.stop_command."""


@command("off", help="关闭自动启动：命令不再在后台自动启动常驻进程，正在运行的也停止（记在配置文件夹中）。"
         "仍可用 drafter resident start 手动启动。\n\n示例：\n\n  drafter resident off", run=body.off_command, on=resident_app)
def off_command() -> None:
    """Options of the command; the body is drafter.cli.resident.off_command."""


@command("on", help="打开自动启动（默认）：没有常驻进程时，命令运行完后在后台启动一个。\n\n示例：\n\n  drafter resident on",
         run=body.on_command, on=resident_app)
def on_command() -> None:
    """Options of the command; the body is drafter.cli.resident.on_command."""


@command("status", help="显示常驻进程是否在运行、何时启动、版本和已运行的命令数；没有运行时以代码 1 退出。\n\n示例：\n\n  drafter resident status\n\n  drafter resident status --json", run=body.status_command, on=resident_app)
def status_command(
    as_json: bool = typer.Option(False, "--json", help="以 JSON 输出。"),
) -> None:
    """Options of the command; the body is drafter.cli.resident.status_command."""
