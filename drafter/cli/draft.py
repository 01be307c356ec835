"""`drafter draft`: assemble a speech for the user's place and meeting.

The body of the command, typer-free; its options and help are declared in
drafter/cli/commands/draft.py.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from drafter.cli.output import echo, echo_json, echo_notes, fail, prompt
from drafter.model import Variable, VarType


def draft_command(
    answers_file: Path | None,
    sets: list[str],
    replay: Path | None,
    template: str | None,
    seed: int | None,
    picks: list[str],
    tags: list[str],
    points: int | None,
    minutes: int | None,
    gaps: bool,
    rate: int,
    fonts: str | None,
    output: Path | None,
    no_input: bool,
    as_json: bool,
    force: bool,
    avoid: list[Path],
    no_history: bool,
    max_source_share: int,
    max_run: int,
    library: list[Path],
    templates: Path | None,
) -> None:
    from drafter import drafting

    if not 180 <= rate <= 240:
        raise fail(f"错误：--rate（每分钟讲多少字）应在 180–240 之间，而不是 {rate}。常见的语速是每分钟 200 字（默认）。", 2)
    if not 1 <= max_source_share <= 100:
        raise fail("错误：--max-source-share 是百分数，应在 1–100 之间（如 30）。", 2)
    if max_run < 20:
        raise fail("错误：--max-run 应不少于 20 字。", 2)
    request = drafting.DraftRequest(
        answers_file=answers_file, sets=(*sets, *(["gaps=是"] if gaps else [])), replay=replay, template=template, seed=seed,
        picks=tuple(picks), tags=tuple(tags), points=points, minutes=minutes, rate=rate,
        library=tuple(library) or None, templates=templates, fonts=fonts, avoid=tuple(avoid),
        history=not no_history, max_source_share=max_source_share / 100, max_run=max_run, output=output, force=force,
    )  # fmt: skip
    prompt = None if no_input else _prompt
    since = drafting.output_state(output) if output is not None else None  # another draft written there meanwhile
    result = drafting.make_draft(request, prompt=prompt)
    echo_notes(result.notes)
    if seed is None and replay is None:
        n = result.draft.seed
        echo(f"种子：{n}（由地名、会议和日期得出，已写入起草记录；用 --seed {n} 可重现）", err=True)
    s = drafting.setting_json(result.draft.answers)
    audience = "" if s["audience"] == "干部" else f"（听众：{s['audience']}）"
    echo(f"按 {s['place']}（{s['level']}，上级 {s['upper']}）、{s['kind']}{audience}、{s['work']} 起草", err=True)
    for finding in result.findings:
        where = f"第 {finding.line} 行 " if finding.line else ""
        echo(f"自查：{where}{finding.name}：{finding.message}", err=True)
    originality = result.originality or drafting.measure_originality(result.draft)
    echo(_originality_line(originality), err=True)
    if output is not None:
        output, warnings = drafting.write_draft_unless_taken(result, output, since, force=force)
        for warning in warnings:
            echo(f"警告：{warning}", err=True)
        echo(f"已写入 {output}（{result.draft.han_chars} 字，约 {result.draft.minutes:.1f} 分钟）", err=True)
        echo(f"起草记录：{drafting.record_path(output)}", err=True)
    elif as_json:
        echo_json(drafting.draft_json(result, originality))
    else:
        echo(result.draft.text, nl=False)


def _originality_line(o: Mapping[str, Any]) -> str:
    """One line a writer reads: how much is copied, from which source, the longest copied run."""
    line = f"原创度：与语料库重合 {o['reuse']:.0%}"
    if o["largest_source"] and o["largest_share"] >= 0.005:  # 占 0% would name a source that gave nothing
        line += f"，最大单一来源 {o['largest_source']} 占 {o['largest_share']:.0%}"
    if o["longest_run"]:
        line += f"，最长照搬 {o['longest_run']} 字"
    return line + "（drafter diff 可看逐句来源）"


def _prompt(var: Variable) -> Any:
    """Ask for one variable in Chinese; lists are entered one item per line (or split by semicolons)."""
    if not sys.stdin.isatty() and sys.stdin.closed:
        return None
    if var.type == VarType.LIST:
        echo(f"{var.prompt}（每行一项，也可用分号隔开；空行结束）：", err=True)
        items: list[str] = []
        while True:
            line = prompt("  >", default="", show_default=False, prompt_suffix=" ", err=True)
            if not line.strip():  # the lines as one text: a line pasted as 甲；乙 is two items, as after --set
                return "\n".join(items) if items else items
            items.append(line.strip())
    suffix = f"（{'/'.join(var.choices)}）" if var.choices else ""
    if var.default is not None or not var.required:
        default = var.default if var.default is not None else ""
        return prompt(f"{var.prompt}{suffix}", default=default, show_default=bool(default), err=True)
    # A required answer left empty: said, then asked again (click asked again in silence: 地名：地名：地名：). A question
    # asked again after a wrong answer opens with why (ask_valid): said once, then the plain question.
    question = var.prompt.rsplit("请重新输入", 1)[-1]
    label = f"{var.prompt}{suffix}"
    for _ in range(20):
        answer = prompt(label, default="", show_default=False, err=True)
        if str(answer).strip():
            return answer
        echo(f"这一项必须回答（{question.split('（')[0]}不能空着），请输入；不知道怎么写时按 Ctrl+C 取消，看 drafter draft --help 的示例。", err=True)
        label = f"{question}{suffix}"
    return ""
