"""Options and help of `drafter audit` (typer); the body is drafter/cli/audit.py."""

from __future__ import annotations

from pathlib import Path

import typer

from drafter.cli import audit as body
from drafter.cli.typer_app import command

# "\b" keeps click from re-wrapping the example lines.
_EXAMPLE = """

示例：

\b
  drafter audit 讲话稿/                          # 列出共有长段落的每一对讲话稿
  drafter audit 讲话稿/ --min-chars 100          # 只看 100 字以上的共有段落
  drafter audit 讲话稿/ --format html -o 审查.html
  drafter audit 讲话稿/ --format json --corpus   # 连同已入库的讲话稿一起审查
  drafter audit 全省十年讲话/ --engine spark     # 用 Apache Spark（需 pip install 'drafter[spark]'）

先后依据讲话日期：正文开头的日期行（2026年3月8日）、入库记录、标题中的年份，都没有时用文件修改时间
（仅供参考）；分不出先后时写“先后不明”。至少 --common-docs 篇都有的文字视为通用文字，单独列出。
"""


@command("audit", help="审查讲话稿档案：找出共有长段落的每一对讲话稿，统计共有字数和占比，判断谁抄了谁。" + _EXAMPLE, run=body.audit_command)
def audit_command(
    archive: list[Path] = typer.Argument(None, metavar="[文件夹或文件]...", help="讲话稿文件夹或文件，可多个（.txt、.md、.docx、保存的网页 .html，装有 LibreOffice 时也读 .doc、.wps）。", show_default=False),
    min_chars: int = typer.Option(50, "--min-chars", help="共有段落的最少字数（不少于 30）。"),
    common_docs: int = typer.Option(5, "--common-docs", help="至少这么多篇都有的文字视为通用文字，不计为抄袭（不少于 3）。"),
    fmt: str = typer.Option("text", "--format", "-f", help="输出格式：text、json 或 html。"),
    as_json: bool = typer.Option(False, "--json", help="以 JSON 输出（同 --format json）。"),
    output: Path | None = typer.Option(None, "--output", "-o", help="写入文件（默认输出到屏幕）。已有的文件被改过或不是 drafter 写的，不会覆盖。"),
    force: bool = typer.Option(False, "--force", help="-o 的文件已存在也照样覆盖。"),
    engine: str = typer.Option("local", "--engine", help="local（本机，默认）或 spark（Apache Spark）。"),
    corpus: bool = typer.Option(False, "--corpus", help="连同已入库的讲话稿（自带的和工作区 corpus/）一起审查；不给文件夹或文件时默认审查它们。"),
) -> None:
    """Options of the command; the body is drafter.cli.audit.audit_command."""
