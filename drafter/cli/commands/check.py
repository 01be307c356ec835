"""Options and help of `drafter check` (typer); the body is drafter/cli/check.py."""

from __future__ import annotations

from pathlib import Path

import typer

from drafter.cli import check as body
from drafter.cli.typer_app import command

# "\b" keeps click from re-wrapping the example lines.
_EXAMPLE = """

示例：

\b
  drafter check 讲话.md                       # 地名、层级从标题和正文推断
  drafter check 讲话.docx --place 南通市      # 指定地名：外地地名、层级用语按南通市检查
  drafter check 讲话.txt --level 县 --json    # 机器可读的结果
  drafter check 讲话.md --fix                 # 自动修正半角标点和序号写法，原文件保留为 讲话.md.bak

每条结果为“文件:行:列 严重程度 规则 说明（建议）”；.docx 的行号为段落序号。
发现错误时退出码为 3，只有警告或提示时为 0。
"""


@command(
    "check",
    help="检查讲话稿：说几点与实际要点数、序号、占位符（XX、20xx）、层级用语（县级讲话中的“我市”）、"
    "外地地名、重复字、半角标点、日期写法，并估算讲话时长。" + _EXAMPLE,
    run=body.check_command,
)
def check_command(
    file: Path = typer.Argument(..., metavar="讲话稿", help="讲话稿文件（.txt、.md、.docx、保存的网页 .html；装有 LibreOffice 时也可以是 .doc、.wps）。"),
    place: str | None = typer.Option(None, "--place", "-p", help="讲话的地名，如 南通市、清河县；默认从标题和正文推断。"),
    level: str | None = typer.Option(None, "--level", "-l", help="层级：省/市/县/区/乡/镇；默认由地名或正文推断。"),
    as_json: bool = typer.Option(False, "--json", help="以 JSON 输出检查结果。"),
    fix: bool = typer.Option(False, "--fix", help="自动修正半角标点、1、→1.、（一）、→（一），原文件保留为 原文件名.bak。"),
    rate: int = typer.Option(200, "--rate", help="语速：每分钟汉字数（180–240），用于估算时长。"),
) -> None:
    """Options of the command; the body is drafter.cli.check.check_command."""
