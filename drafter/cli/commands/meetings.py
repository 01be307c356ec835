"""Options and help of `drafter meetings` (typer); the body is drafter/cli/meetings.py."""

from __future__ import annotations

from pathlib import Path

import typer

from drafter.cli import meetings as body
from drafter.cli.typer_app import command

_HELP = """列出 drafter 能起草的会议种类：每种会议在哪几级召开、讲话稿讲什么、默认讲几点，以及会议名称怎样结尾算这一种。

列表来自起草时用的会议种类表（drafter/data/kinds.yaml）和模板，与起草用的是同一份数据。

示例：

\b
  drafter meetings                    # 全部会议种类
  drafter meetings --level 镇         # 镇里开的会议
  drafter meetings --json             # 机器可读
  drafter draft --set meeting=全县安全生产工作推进会 …   # 会议名称以“推进会”结尾：按推进会起草
"""


@command("meetings", help=_HELP, run=body.meetings_command)
def meetings_command(
    level: str | None = typer.Option(None, "--level", "-l", help="只列出这一级召开的会议：省/市/县/区/乡/镇/街道。"),
    templates: Path | None = typer.Option(None, "--templates", help="模板目录（默认为自带模板和工作区的模板）。"),
    as_json: bool = typer.Option(False, "--json", help="以 JSON 输出。"),
) -> None:
    """Options of the command; the body is drafter.cli.meetings.meetings_command."""
