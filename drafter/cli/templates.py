"""`drafter templates list|show NAME`: the speech skeletons a draft can follow.

The bodies of the commands, typer-free; their options and help are declared in
drafter/cli/commands/templates.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from drafter.cli.output import echo, echo_json


def _record(t: Any, *, full: bool = False) -> dict[str, Any]:
    record: dict[str, Any] = {
        "key": t.key, "name": t.name, "description": t.description, "tags": list(t.tags),
        "points": {"default": t.default_points, "min": t.min_points, "max": t.max_points}, "path": t.path,
    }  # fmt: skip
    if full:
        record["stages"] = {str(n): list(s) for n, s in sorted(t.stages.items())}
        record["variables"] = {v.name: v.prompt for v in t.variables}
        record["skeleton"] = t.skeleton
    return record


def list_command(templates: Path | None, as_json: bool) -> None:
    from drafter.workspace import open_templates as load_templates

    found = load_templates(templates)
    if as_json:
        echo_json([_record(t) for t in found.values()])
        return
    for t in found.values():
        echo(f"{t.key}  {t.name}（{t.default_points} 点，可 {t.min_points}–{t.max_points} 点）  {t.description}")


def show_command(name: str, templates: Path | None, as_json: bool) -> None:
    from drafter.drafting import find_template
    from drafter.workspace import open_templates as load_templates

    t = find_template(load_templates(templates), name)
    if as_json:
        echo_json(_record(t, full=True))
        return
    echo(f"{t.name}（{t.key}）  {t.path}\n{t.description}")
    echo(f"标签：{'、'.join(t.tags) or '（无）'}；讲 {t.default_points} 点（可 {t.min_points}–{t.max_points} 点）")
    for n, stages in sorted(t.stages.items()):
        echo(f"  {n} 点：{' → '.join(stages)}")
    if t.variables:
        echo("变量：" + "；".join(f"{v.name}（{v.prompt}）" for v in t.variables))
    echo("\n骨架：\n" + t.skeleton.rstrip())

