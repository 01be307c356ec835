"""Options and help of `drafter works` (typer); the body is drafter/cli/works.py."""

from __future__ import annotations

import typer

from drafter.cli import works as body
from drafter.cli.typer_app import command

_HELP = """列出 drafter 有讲话材料的工作：每种工作在哪几级有材料、会议名称里的哪些词算这项工作、分开讲的各部分。

列表来自起草时用的工作表（drafter/data/topics.yaml），与起草用的是同一份数据；各项工作讲什么见 docs/works.md。

示例：

\b
  drafter works                       # 全部工作
  drafter works --level 镇            # 镇的讲话稿有材料的工作
  drafter works --json                # 机器可读（含会议名称里的全部词）
  drafter draft --set meeting=全县森林防火工作会议 …   # 会议名称里有“森林防火”：讲森林防火
"""


@command("works", help=_HELP, run=body.works_command)
def works_command(
    level: str | None = typer.Option(None, "--level", "-l", help="只列出这一级有材料的工作：省/市/县/区/乡/镇/街道。"),
    as_json: bool = typer.Option(False, "--json", help="以 JSON 输出。"),
) -> None:
    """Options of the command; the body is drafter.cli.works.works_command."""
