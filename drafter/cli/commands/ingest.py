"""Options and help of `drafter ingest` (typer); the body is drafter/cli/ingest.py."""

from __future__ import annotations

from pathlib import Path

import typer

from drafter.cli import ingest as body
from drafter.cli.typer_app import command

# "\b" keeps click from re-wrapping the example lines.
_EXAMPLE = """

示例：

\b
  drafter ingest 旧讲话/ --dry-run          # 先看看会导入什么，不写任何文件
  drafter ingest 旧讲话/ 县长讲话.docx      # 写入自己的片段库（fragments/ingested/）和语料（corpus/）
  drafter ingest 讲话.txt --library 我的片段库 --corpus 我的语料 --json

\b
自己的片段库：当前工作区（drafter init 建立）的片段库；没有工作区时是用户数据目录中的片段库，
第一次导入时自动建立。自带的片段库随 drafter 安装，不会被写入。
读不了的文件（二进制、空文件、损坏的 .docx、无法识别的编码）会列出并跳过，其余照常导入；
这时退出码为 1。已有的片段文件从不覆盖；与片段库中已有片段近似重复的片段不再写入；
对同一输入重复运行不会改变任何文件。
"""


@command("ingest", help="导入讲话稿：清理成语料，拆分出新的片段写入自己的片段库，并报告结构和问题。" + _EXAMPLE, run=body.ingest_command)
def ingest_command(
    paths: list[Path] = typer.Argument(..., metavar="文件或文件夹...", help="讲话稿文件（.txt、.md、.docx、保存的网页 .html；装有 LibreOffice 时也可以是 .doc、.wps）或目录，可给多个。"),
    library: Path | None = typer.Option(None, "--library", help="写入哪个片段库（不存在则新建；默认为自己的片段库）；新片段写入其下的 ingested/。"),
    corpus: Path | None = typer.Option(None, "--corpus", help="语料目录（默认为片段库旁边的 corpus/）。"),
    dry_run: bool = typer.Option(False, "--dry-run", help="只分析和报告，不写任何文件。"),
    jobs: int | None = typer.Option(None, "--jobs", "-j", min=1, help="并行进程数（默认：输入较大时用两个核）。"),
    as_json: bool = typer.Option(False, "--json", help="以 JSON 输出每篇文档的报告。"),
) -> None:
    """Options of the command; the body is drafter.cli.ingest.ingest_command."""
