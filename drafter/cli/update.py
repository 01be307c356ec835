"""`drafter update`: revise a draft with new answers while keeping the writer's hand edits.

The body of the command, typer-free; its options and help are declared in
drafter/cli/commands/update.py.
"""

from __future__ import annotations

from pathlib import Path

from drafter.cli.output import Exit, echo, echo_json, echo_notes, fail


def update_command(
    draft: Path,
    sets: list[str],
    points: int | None,
    minutes: int | None,
    picks: list[str],
    swaps: list[str],
    dry_run: bool,
    as_json: bool,
    library: list[Path],
    templates: Path | None,
) -> None:
    from drafter.update import UpdateRequest, update_draft, write_update

    if not (sets or picks or swaps) and points is None and minutes is None:
        raise fail("错误：没有要改的内容。用 --set、--points、--minutes、--pick 或 --swap 说明要改什么。", 2)
    request = UpdateRequest(
        draft=draft, sets=tuple(sets), points=points, minutes=minutes, picks=tuple(picks),
        swaps=tuple(swaps), library=tuple(library) or None, templates=templates,
    )  # fmt: skip
    result = update_draft(request)
    echo_notes(result.notes)
    if as_json:
        echo_json({"file": str(draft), "conflicts": [c.ours for c in result.conflicts], "diff": result.diff(),
                   "dry_run": dry_run, "text": result.text})  # fmt: skip
    elif dry_run:
        echo(result.diff() or "（没有改动）", nl=False)
    if not dry_run:
        backup = write_update(result)
        echo(f"已更新 {draft}（原文件留作 {backup.name}）；起草记录已更新。", err=True)
    for i, conflict in enumerate(result.conflicts, start=1):
        head = conflict.ours.strip().splitlines()[0][:40] if conflict.ours.strip() else "（已删去的段落）"
        echo(f"冲突 {i}：你改过的“{head}……”与新生成的文字不同，已用【原稿】【新稿】标出。", err=True)
    if result.conflicts:
        raise Exit(3)
