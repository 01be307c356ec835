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
    output: Path | None,
    force: bool,
    dry_run: bool,
    as_json: bool,
    library: list[Path],
    templates: Path | None,
    record: Path | None = None,
) -> None:
    from drafter.text import count_han
    from drafter.update import UpdateRequest, check_updatable, update_draft, write_update

    if not (sets or picks or swaps) and points is None and minutes is None:
        check_updatable(draft, record)  # a misspelt or wrong file first: it said only 没有要改的内容 (newuser37)
        raise fail("错误：没有要改的内容。用 --set、--points、--minutes、--pick 或 --swap 说明要改什么。", 2)
    if output is not None and _same_file(output, draft):
        output = None  # -o naming the draft itself: the plain update, with its .bak
    if output is not None and not dry_run:
        from drafter.answers import record_path
        from drafter.drafting import check_draft_target
        from drafter.outputs import check_update_output

        check_draft_target(output, force=force)  # before the work: a refusal said afterwards loses it
        check_update_output(draft, record or record_path(draft), output, force=force)
        _refuse_other_draft_early(draft, record or record_path(draft), output, sets, force=force)
    if output is None and not dry_run:
        from drafter.answers import record_path
        from drafter.files import check_writable
        from drafter.outputs import refuse_open_in_office

        check_updatable(draft, record)
        for path in (draft, record_path(draft)):  # a read-only folder said only after the work, naming .讲话.md.lock
            check_writable(path)
        refuse_open_in_office(draft, force=force)
    request = UpdateRequest(
        draft=draft, sets=tuple(sets), points=points, minutes=minutes, picks=tuple(picks),
        swaps=tuple(swaps), library=tuple(library) or None, templates=templates,
        elsewhere=output is not None or dry_run, record=record,
    )  # fmt: skip
    result = update_draft(request)
    echo_notes(result.notes)
    if as_json:
        echo_json({"file": str(output or draft), "conflicts": [c.ours for c in result.conflicts], "diff": result.diff(),
                   "dry_run": dry_run, "text": result.text})  # fmt: skip
    elif dry_run:
        echo(result.diff() or "（没有改动）", nl=False)
    if not dry_run and output is not None:
        write_update(result, output, force=force)
        from drafter.answers import record_path

        read = record or record_path(draft)
        untouched = f"{draft} 没有改动" if _same_file(record_path(output), read) else f"{draft} 和起草记录 {read.name} 没有改动"
        echo(f"已写入 {output}（{count_han(result.text)} 字）及其起草记录；{untouched}。", err=True)
    elif not dry_run:
        backup = write_update(result)
        from drafter.files import BACKUPS_KEPT

        kept = f"（原文件留作 {backup.name}）" if backup else ""
        number = backup.name.rsplit(".bak", 1)[-1] if backup else ""
        if backup and number.isdigit() and int(number) > BACKUPS_KEPT + 1:
            kept = f"（原文件留作 {backup.name}；除 .bak 外只留最近 {BACKUPS_KEPT} 份备份，更早的已删去）"
        echo(f"已更新 {draft}{kept}；起草记录已更新。", err=True)
    for i, conflict in enumerate(result.conflicts, start=1):
        head = conflict.ours.strip().splitlines()[0][:40] if conflict.ours.strip() else "（已删去的段落）"
        echo(f"冲突 {i}：你改过的“{head}……”与新生成的文字不同，已用【原稿】【新稿】标出。", err=True)
    if result.conflicts:
        raise Exit(3)


def _refuse_other_draft_early(draft: Path, record: Path, output: Path, sets: list[str], *, force: bool) -> None:
    """`update -o` over another meeting's draft, refused before the redraft (it was refused only after the work,
    newuser39): when the update changes no place, meeting or date, the new draft's are the recorded ones. One that
    changes them is checked after the redraft (`write_update`), with the answers as drafting settles them."""
    from drafter.answers import parse_set
    from drafter.outputs import SAME_DRAFT_KEYS, check_update_other_draft, recorded_answers

    if set(parse_set(sets)) & set(SAME_DRAFT_KEYS) or not record.is_file():
        return
    check_update_other_draft(output, recorded_answers(record), draft, force=force)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
