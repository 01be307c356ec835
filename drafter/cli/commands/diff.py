"""Options and help of `drafter diff` (typer); the body is drafter/cli/diff.py."""

from __future__ import annotations

from pathlib import Path

import typer

from drafter.cli import diff as body
from drafter.cli.typer_app import command

# "\b" keeps click from re-wrapping the example lines.
_EXAMPLE = """

示例：

\b
  drafter diff 讲话.docx                          # 对比自带的讲话稿和自己工作区的 corpus/
  drafter diff 讲话.md --against 去年讲话/ --against 市里讲话.docx
  drafter diff 讲话.md --html 对比.html           # 左右对照的网页报告
  drafter diff 讲话.md --json --max-source-share 0.3 --fail-over   # 单一来源超过 30% 时以代码 3 退出

标点全半角、空白和 Markdown 标记不算改动。来源的索引保存在来源文件夹的 .drafter-index.sqlite
（自带讲话稿、多个来源或不可写时在用户缓存目录，如 ~/.cache/drafter/），来源文件变化时自动更新。
"""


@command(
    "diff",
    help="对比讲话稿与来源讲话：逐句标出原样照搬、改动和新写，统计复用比例和各来源占比。"
    + _EXAMPLE,
    run=body.diff_command,
)
def diff_command(
    draft: Path = typer.Argument(
        ..., metavar="讲话稿", help="要检查的讲话稿（.txt、.md 或 .docx）。", show_default=False
    ),
    against: list[Path] = typer.Option(
        [], "--against", help="来源文件或文件夹，可重复（默认：自带的讲话稿，加上自己工作区的 corpus/）。"
    ),
    max_share: float = typer.Option(
        0.5, "--max-source-share", help="单一来源占比上限（0–1），超过时警告。"
    ),
    fail_over: bool = typer.Option(False, "--fail-over", help="单一来源超过上限时以代码 3 退出。"),
    html_file: Path | None = typer.Option(None, "--html", help="另存左右对照的网页报告。已有的文件被改过或不是 drafter 写的，不会覆盖。"),
    force: bool = typer.Option(False, "--force", help="--html 的文件已存在也照样覆盖。"),
    as_json: bool = typer.Option(False, "--json", help="以 JSON 输出。"),
    summary: bool = typer.Option(False, "--summary", help="只输出汇总，不逐句列出。"),
) -> None:
    """Options of the command; the body is drafter.cli.diff.diff_command."""
