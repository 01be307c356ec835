"""Options and help of `drafter templates list|show NAME` (typer); the body is drafter/cli/templates.py."""

from __future__ import annotations

from pathlib import Path

import typer

from drafter.cli import templates as body
from drafter.cli.typer_app import command, sub_app

templates_app = sub_app("templates", help="查看讲话稿模板（讲话的骨架：有哪些部分、讲几点、各点的类型）。")
TEMPLATES = typer.Option(None, "--templates", help="模板目录（默认为自带模板）。")
JSON = typer.Option(False, "--json", help="以 JSON 输出。")


@command(
    "list",
    help="列出模板。\n\n示例：\n\n  drafter templates list\n\n  drafter templates list --json",
    on=templates_app,
    run=body.list_command,
)
def list_command(templates: Path | None = TEMPLATES, as_json: bool = JSON) -> None:
    """Options of the command; the body is drafter.cli.templates.list_command."""


@command(
    "show",
    help="显示一个模板：各部分、各点类型、变量和骨架。\n\n示例：\n\n  drafter templates show 工作会议讲话\n\n  drafter templates show work-meeting --json",
    on=templates_app,
    run=body.show_command,
)
def show_command(
    name: str = typer.Argument(..., metavar="模板名", help="模板名（文件名如 work-meeting，或中文名如 工作会议讲话）。"),
    templates: Path | None = TEMPLATES,
    as_json: bool = JSON,
) -> None:
    """Options of the command; the body is drafter.cli.templates.show_command."""
