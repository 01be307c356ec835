"""`drafter meetings`: the meeting kinds drafter drafts for, with their levels and what their speech does.

The body of the command, typer-free; its options and help are declared in drafter/cli/commands/meetings.py.
"""

from __future__ import annotations

from pathlib import Path

from drafter.cli.output import echo, echo_json


def meetings_command(level: str | None, templates: Path | None, as_json: bool) -> None:
    from drafter.catalog import check_level, fits, level_words, list_meetings

    check_level(level)
    entries = [e for e in list_meetings(templates) if fits(e.levels, level)]
    if as_json:
        echo_json([
            {"name": e.name, "description": e.description, "levels": list(e.levels), "elsewhere": e.elsewhere,
             "template": e.template, "points": {"default": e.points[0], "min": e.points[1], "max": e.points[2]},
             "endings": list(e.endings), "convenor": e.convenor}
            for e in entries
        ])  # fmt: skip
        return
    for e in entries:
        points = f"{e.points[0]} 点（{e.points[1]}–{e.points[2]}）" if e.points[0] else "模板缺失"
        echo(f"{e.name}  [{level_words(e.levels)}；{points}]  {e.description}")
    echo(f"共 {len(entries)} 种会议。会议名称的结尾决定种类（--json 列出全部结尾）；起草：drafter draft --set meeting=会议名称")
