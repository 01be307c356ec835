"""`drafter init`: make a workspace for the user's own library, templates and corpus.

The body of the command, typer-free; its options and help are declared in
drafter/cli/commands/init.py.
"""

from __future__ import annotations

from pathlib import Path

from drafter.cli.output import echo


def init_command(folder: Path, default: bool | None) -> None:
    from drafter.workspace import init_workspace

    result = init_workspace(folder, make_default=default)
    ws = result.workspace
    for path in result.created:
        echo(f"  新建 {path}", err=True)
    verb = "已建立工作区" if result.created else "工作区已存在，未改动任何文件"
    echo(f"{verb}：{ws.root.resolve()}")
    echo(f"  配置文件：{ws.config}")
    echo(f"  自己的片段库：{ws.own_library}")
    if result.default_set is not None:
        echo(f"已设为默认工作区（记在 {result.default_set}）。")
    else:
        echo("在这个文件夹（或其子文件夹）中运行 drafter 时使用这个工作区；加 --default 可设为默认工作区。")
    echo("下一步：drafter ingest 旧讲话稿.docx  把自己的讲话稿导入片段库。")
