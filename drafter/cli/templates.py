"""`drafter templates list|show NAME`: the speech skeletons a draft can follow."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from drafter.cli.app import command, echo_json, sub_app

templates_app = sub_app("templates", help="查看讲话稿模板（讲话的骨架：有哪些部分、讲几点、各点的类型）。")

TEMPLATES = typer.Option(None, "--templates", help="模板目录（默认为自带模板）。")
JSON = typer.Option(False, "--json", help="以 JSON 输出。")


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


@command(
    "list",
    help="列出模板。\n\n示例：\n\n  drafter templates list\n\n  drafter templates list --json",
    on=templates_app,
)
def list_command(templates: Path | None = TEMPLATES, as_json: bool = JSON) -> None:
    from drafter.workspace import open_templates as load_templates

    found = load_templates(templates)
    if as_json:
        echo_json([_record(t) for t in found.values()])
        return
    for t in found.values():
        typer.echo(f"{t.key}  {t.name}（{t.default_points} 点，可 {t.min_points}–{t.max_points} 点）  {t.description}")


@command(
    "show",
    help="显示一个模板：各部分、各点类型、变量和骨架。\n\n示例：\n\n  drafter templates show 工作会议讲话\n\n  drafter templates show work-meeting --json",
    on=templates_app,
)
def show_command(
    name: str = typer.Argument(..., metavar="NAME", help="模板名（文件名如 work-meeting，或中文名如 工作会议讲话）。"),
    templates: Path | None = TEMPLATES,
    as_json: bool = JSON,
) -> None:
    from drafter.drafting import find_template
    from drafter.workspace import open_templates as load_templates

    t = find_template(load_templates(templates), name)
    if as_json:
        echo_json(_record(t, full=True))
        return
    typer.echo(f"{t.name}（{t.key}）  {t.path}\n{t.description}")
    typer.echo(f"标签：{'、'.join(t.tags) or '（无）'}；讲 {t.default_points} 点（可 {t.min_points}–{t.max_points} 点）")
    for n, stages in sorted(t.stages.items()):
        typer.echo(f"  {n} 点：{' → '.join(stages)}")
    if t.variables:
        typer.echo("变量：" + "；".join(f"{v.name}（{v.prompt}）" for v in t.variables))
    typer.echo("\n骨架：\n" + t.skeleton.rstrip())

