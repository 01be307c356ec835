"""`drafter check`: proof-read a speech the way a reviewer does.

The body of the command, typer-free; its options and help are declared in
drafter/cli/commands/check.py.
"""

from __future__ import annotations

from pathlib import Path

from drafter.cli.output import Exit, echo, echo_json, fail

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time (#18: ~10 M instructions)
if TYPE_CHECKING:
    from typing import Any

_SEVERITY = {"error": "错误", "warning": "警告", "info": "提示"}


def check_command(
    file: Path,
    place: str | None,
    level: str | None,
    as_json: bool,
    fix: bool,
    rate: int,
) -> None:
    from drafter.check import check_file

    if not 180 <= rate <= 240:
        raise fail(f"错误：--rate（每分钟讲多少字）应在 180–240 之间，而不是 {rate}。常见的语速是每分钟 200 字（默认）。", 2)
    from drafter.limits import MAX_NAME_CHARS

    if place is not None and len(place.strip()) > MAX_NAME_CHARS:  # a pasted page: echoed twice in the summary
        raise fail(f"错误：--place 太长（{len(place.strip())} 字，最多 {MAX_NAME_CHARS} 字）。只写地名，如 --place 南通市。", 2)
    if place is not None and (plain := _plain_place(place)):  # --place 清河县委 checked a place nobody has
        raise fail(f"错误：--place “{place.strip()}”不是地名本身（像是 {plain}）。只写地名，如 --place {plain}。", 2)
    if fix:
        from drafter.check.fix import fix_file

        _echo_fixes(fix_file(file))
    report = check_file(file, place=place, level=level, rate=rate)
    if as_json:
        echo_json({"path": str(file), **report.as_dict()})
    else:
        for f in report.findings:
            hint = f"（建议：{f.suggestion}）" if f.suggestion else ""
            echo(f"{file}:{f.line}:{f.column} {_SEVERITY[f.severity]} {f.name} {f.message}{hint}")
        echo(_summary(report))
    if report.errors:
        raise Exit(3)


def _plain_place(place: str) -> str | None:
    """The place `place` means when it is given with its organ or marks (清河县委 → 清河县), else None."""
    from drafter.places import plain_place, resolve_place

    return plain_place(place) if resolve_place(place.strip()) is None else None


def _echo_fixes(result: Any) -> None:
    if not result.changes:
        echo(f"{result.path}：没有可自动修正的内容，文件未改动。", err=True)
        return
    by_line: dict[tuple[int, str], list[Any]] = {}
    for c in result.changes:
        by_line.setdefault((c.line, c.rule), []).append(c)
    from drafter.findings import rule_name

    for (line, rule), changes in by_line.items():
        pairs = "、".join(dict.fromkeys(f"“{c.old}”→“{c.new}”" for c in changes))
        echo(f"{result.path}:{line}:{changes[0].column} 已修正{rule_name(rule)} {len(changes)} 处：{pairs}", err=True)
    echo(f"已修正 {len(result.changes)} 处，原文件保留为 {result.backup}", err=True)


def _summary(report: Any) -> str:
    counts = f"错误 {report.count('error')} 处，警告 {report.count('warning')} 处，提示 {report.count('info')} 处"
    how = report.inferred
    place = report.place or "未知"
    level = report.level or "未知"
    if "place" in how:
        place += f"（{how['place']}）"
    if "level" in how:
        level += f"（{how['level']}）"
    text = f"共 {len(report.findings)} 条：{counts}。地名：{place}；层级：{level}；约 {report.duration_minutes} 分钟。"
    for part in how.get("speeches", []):
        text += f"\n  第 {part['line']} 行起的讲话：地名 {part['place'] or '未知'}，层级 {part['level'] or '未知'}"
    return text
