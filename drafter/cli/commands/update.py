"""Options and help of `drafter update` (typer); the body is drafter/cli/update.py."""

from __future__ import annotations

from pathlib import Path

import typer

from drafter.cli import update as body
from drafter.cli.typer_app import command

_EXAMPLE = """

示例：

\b
  drafter update 讲话.md --points 4               # 加一点意见，手工改过的文字保留
  drafter update 讲话.md --set place=南通市        # 换成另一个地方，层级词随之改变
  drafter update 讲话.md --minutes 15 --dry-run   # 先看看会改哪些地方
  drafter update 讲话.docx --swap 开场 --swap 二   # 换一段开场白和第二点
  drafter update 讲话.md --set 成绩=… -o 讲话-二稿.md  # 改稿另存为二稿，一稿原样保留
  drafter update 讲话.docx --points 4 -o 讲话-二稿.docx  # 导出后在 Word 里改过：连同这些修改写成二稿
  drafter update 讲话（改）.docx --record 讲话.answers.yaml --points 4   # 另存为别的名字的修改稿
"""


@command("update", help="修改答案后重新生成讲话稿，并保留你手工改过的文字：双方都改了同一处时用【原稿】【新稿】标出，请自行取舍。原稿留作 .bak（再次更新留作 .bak2、.bak3……；第一份 .bak 一直保留，编号的只留最近 5 份）。" + _EXAMPLE, run=body.update_command)
def update_command(
    draft: Path = typer.Argument(..., metavar="讲话稿", help="drafter draft -o 写出的讲话稿（.md、.txt 或 .docx），旁边须有它的起草记录。"),
    sets: list[str] = typer.Option([], "--set", "-s", help="要改的答案：名称=值，可重复。"),
    points: int | None = typer.Option(None, "--points", "-n", help="改为讲几点意见（2–6）。"),
    minutes: int | None = typer.Option(None, "--minutes", "-m", help="改为多长时间（分钟）。"),
    picks: list[str] = typer.Option([], "--pick", help="改用某个片段 id，可重复。"),
    swaps: list[str] = typer.Option([], "--swap", help="换一段：开场、肯定、过渡、结尾，或要点序号（一、二……），可重复。"),
    output: Path | None = typer.Option(None, "--output", "-o", help="改好的讲话稿写到另一个文件（连同它的起草记录），原稿和原稿的起草记录都不动；不覆盖另一篇讲话稿（别的地方、会议或日期的）和这次更新所读记录的讲话稿。"),
    force: bool = typer.Option(False, "--force", help="照样写入：-o 的文件在上次起草后被改过、是另一篇讲话稿，或讲话稿正在 Word、WPS、LibreOffice 中打开（默认不写，以免丢失修改）。"),
    dry_run: bool = typer.Option(False, "--dry-run", help="只显示会改动哪些地方，不写入。"),
    as_json: bool = typer.Option(False, "--json", help="以 JSON 输出结果。"),
    library: list[Path] = typer.Option([], "--library", help="只用这些片段库（可重复，按顺序叠加）。"),
    templates: Path | None = typer.Option(None, "--templates", help="模板目录（默认为自带模板）。"),
    record: Path | None = typer.Option(
        None, "--record", help="讲话稿另存为别的名字（如 讲话（改）.docx）时，写它原来的起草记录；新的记录写在讲话稿旁边，原来的不动。"
    ),
) -> None:
    """Options of the command; the body is drafter.cli.update.update_command."""
