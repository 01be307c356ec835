"""Options and help of `drafter init` (typer); the body is drafter/cli/init.py."""

from __future__ import annotations

from pathlib import Path

import typer

from drafter.cli import init as body
from drafter.cli.typer_app import command

_HELP = """建立自己的工作区：片段库（fragments/）、模板（templates/）、语料（corpus/）和配置文件 drafter.yaml。

之后起草时，自带片段库和自己的片段库叠加使用（同一 id 以自己的为准，并给出提示）；drafter ingest 把讲话稿导入自己的片段库。已有的文件不会被覆盖。

还没有默认工作区时，新建的工作区成为默认工作区（记在用户配置文件中），在任何文件夹中运行 drafter 都会用到它；在工作区文件夹（或其子文件夹）中运行时总是用这个工作区。

示例：

\b
  drafter init 我的库                 # 建立工作区“我的库”
  drafter ingest 旧讲话稿.docx        # 导入到自己的片段库
  drafter init 第二个库 --default     # 改用另一个默认工作区

\b
环境变量：DRAFTER_HOME（默认工作区文件夹）、DRAFTER_CONFIG（指定配置文件）、
DRAFTER_CACHE_DIR（缓存文件夹），以及 XDG_CONFIG_HOME、XDG_DATA_HOME、XDG_CACHE_HOME。
"""


@command("init", help=_HELP, run=body.init_command)
def init_command(
    folder: Path = typer.Argument(Path("."), metavar="[文件夹]", help="工作区文件夹（默认为当前文件夹；不存在则新建）。"),
    default: bool | None = typer.Option(None, "--default/--no-default", help="设为默认工作区（默认：还没有默认工作区时设为默认）。"),
) -> None:
    """Options of the command; the body is drafter.cli.init.init_command."""
