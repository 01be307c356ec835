"""`drafter check`: proof-read a speech the way a reviewer does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from drafter.cli.app import command, echo_json, fail

# "\b" keeps click from re-wrapping the example lines.
_EXAMPLE = """

示例：

\b
  drafter check 讲话.md                       # 地名、层级从标题和正文推断
  drafter check 讲话.docx --place 南通市      # 指定地名：外地地名、层级用语按南通市检查
  drafter check 讲话.txt --level 县 --json    # 机器可读的结果
  drafter check 讲话.md --fix                 # 自动修正半角标点和序号写法，原文件保留为 讲话.md.bak

每条结果为“文件:行:列 严重程度 规则 说明（建议）”；.docx 的行号为段落序号。
发现错误时退出码为 3，只有警告或提示时为 0。
"""

_SEVERITY = {"error": "错误", "warning": "警告", "info": "提示"}


@command(
    "check",
    help="检查讲话稿：说几点与实际要点数、序号、占位符（XX、20xx）、层级用语（县级讲话中的“我市”）、"
    "外地地名、重复字、半角标点、日期写法，并估算讲话时长。" + _EXAMPLE,
)
def check_command(
    file: Path = typer.Argument(..., help="讲话稿文件（.txt、.md、.docx；装有 LibreOffice 时也可以是 .doc、.wps）。"),
    place: str | None = typer.Option(None, "--place", "-p", help="讲话的地名，如 南通市、清河县；默认从标题和正文推断。"),
    level: str | None = typer.Option(None, "--level", "-l", help="层级：省/市/县/区/乡/镇；默认由地名或正文推断。"),
    as_json: bool = typer.Option(False, "--json", help="以 JSON 输出检查结果。"),
    fix: bool = typer.Option(False, "--fix", help="自动修正半角标点、1、→1.、（一）、→（一），原文件保留为 FILE.bak。"),
    rate: int = typer.Option(200, "--rate", help="语速：每分钟汉字数（180–240），用于估算时长。"),
) -> None:
    from drafter.check import check_file, fix_file

    if not 180 <= rate <= 240:
        raise fail("错误：--rate 应在 180–240 之间。", 2)
    if fix:
        _echo_fixes(fix_file(file))
    report = check_file(file, place=place, level=level, rate=rate)
    if as_json:
        echo_json({"path": str(file), **report.as_dict()})
    else:
        for f in report.findings:
            hint = f"（建议：{f.suggestion}）" if f.suggestion else ""
            typer.echo(f"{file}:{f.line}:{f.column} {_SEVERITY[f.severity]} {f.rule} {f.message}{hint}")
        typer.echo(_summary(report))
    if report.errors:
        raise typer.Exit(3)


def _echo_fixes(result: Any) -> None:
    if not result.changes:
        typer.echo(f"{result.path}：没有可自动修正的内容，文件未改动。", err=True)
        return
    by_line: dict[tuple[int, str], list[Any]] = {}
    for c in result.changes:
        by_line.setdefault((c.line, c.rule), []).append(c)
    for (line, rule), changes in by_line.items():
        pairs = "、".join(dict.fromkeys(f"“{c.old}”→“{c.new}”" for c in changes))
        typer.echo(f"{result.path}:{line}:{changes[0].column} 已修正 {rule} {len(changes)} 处：{pairs}", err=True)
    typer.echo(f"已修正 {len(result.changes)} 处，原文件保留为 {result.backup}", err=True)


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
