"""`drafter draft`: assemble a speech for the user's place and meeting."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import typer

from drafter.cli.app import command, echo_json, echo_notes, fail
from drafter.model import Variable, VarType

# "\b" keeps click from re-wrapping the example lines.
_EXAMPLE = """

示例：

\b
  drafter draft --no-input --set place=清河县 --set meeting=全县妇女儿童工作会议 \\
      --set targets='["全县妇女儿童发展规划主要指标完成率达到90%以上"]' -o 讲话.md

\b
  drafter draft                       # 逐项提问（地名、会议名称……）
  drafter draft --replay 讲话.answers.yaml   # 逐字重现上次的讲话稿
  drafter draft ... --tag 表彰 -o 讲话.docx     # 会上有表彰；直接导出公文格式的 Word 文件
  drafter draft ... --set achievements='["…"]' --set tasks='["…"]'   # 成绩、重点工作编入讲话
  drafter draft ... --minutes 20 --gaps       # 20 分钟；没给的成绩、问题等处留〔待补：…〕
"""


@command("draft", help="起草一篇讲话稿：按地名、层级和会议从片段库组装，编号与层级词自动正确。" + _EXAMPLE)
def draft_command(
    answers_file: Path | None = typer.Option(None, "--answers", "-a", help="答案文件（YAML：名称: 值）。"),
    sets: list[str] = typer.Option([], "--set", "-s", help="名称=值，可重复；列表用 JSON，如 targets='[\"…\"]'。"),
    replay: Path | None = typer.Option(None, "--replay", help="按起草记录（*.answers.yaml）逐字重现讲话稿。"),
    template: str | None = typer.Option(None, "--template", "-t", help="模板名（如 工作会议讲话、联席会议讲话）。"),
    seed: int | None = typer.Option(None, "--seed", help="随机种子：相同种子和答案得到相同讲话稿。"),
    picks: list[str] = typer.Option([], "--pick", help="指定使用某个片段 id，可重复。"),
    tags: list[str] = typer.Option([], "--tag", help="优先选用带此标签的片段，可重复。"),
    points: int | None = typer.Option(None, "--points", "-n", help="讲几点意见（2–6）。"),
    minutes: int | None = typer.Option(None, "--minutes", "-m", help="讲话时长（分钟），按语速选取片段。"),
    gaps: bool = typer.Option(False, "--gaps", help="没有给出的成绩、问题、任务、上级精神等处留出〔待补：…〕标记（check 会报为占位符）。"),
    rate: int = typer.Option(200, "--rate", help="语速：每分钟汉字数（180–240）。"),
    fonts: str | None = typer.Option(None, "--fonts", help="导出 .docx 时的字体方案：default、noto 或字体方案 YAML 文件。"),
    output: Path | None = typer.Option(None, "--output", "-o", help="输出文件（.md、.txt、.docx：公文格式的 Word 文件，或 .pdf）；默认输出到屏幕。已有的文件被改过或不是 drafter 写的，不会覆盖。"),
    no_input: bool = typer.Option(False, "--no-input", help="从不提问；缺少答案时列出并以代码 2 退出。"),
    as_json: bool = typer.Option(False, "--json", help="以 JSON 输出讲话稿及其来源。"),
    force: bool = typer.Option(False, "--force", help="-o 的文件在上次起草后被改过也照样覆盖（默认不覆盖，以免丢失修改）。"),
    avoid: list[Path] = typer.Option([], "--avoid", help="避开这些往年讲话稿（.md、.txt、.docx）、起草记录（.answers.yaml）或其文件夹中的说法，可重复。"),
    no_history: bool = typer.Option(False, "--no-history", help="不参考、也不记入本地起草历史（默认避开同一地方、同一会议往次写出的稿子）。"),
    max_source_share: int = typer.Option(30, "--max-source-share", help="任何一篇来源讲话在稿中所占比例的上限（百分数，默认 30）。"),
    max_run: int = typer.Option(200, "--max-run", help="照搬同一来源的连续文字的上限（字数，默认 200）。"),
    library: list[Path] = typer.Option([], "--library", help="只用这些片段库（可重复，按顺序叠加；“自带”指自带片段库）；默认为自带片段库加上自己的片段库。"),
    templates: Path | None = typer.Option(None, "--templates", help="模板目录（默认为自带模板）。"),
) -> None:
    from drafter import drafting

    if not 180 <= rate <= 240:
        raise fail("错误：--rate 应在 180–240 之间。", 2)
    if not 1 <= max_source_share <= 100:
        raise fail("错误：--max-source-share 是百分数，应在 1–100 之间（如 30）。", 2)
    if max_run < 20:
        raise fail("错误：--max-run 应不少于 20 字。", 2)
    request = drafting.DraftRequest(
        answers_file=answers_file, sets=(*sets, *(["gaps=是"] if gaps else [])), replay=replay, template=template, seed=seed,
        picks=tuple(picks), tags=tuple(tags), points=points, minutes=minutes, rate=rate,
        library=tuple(library) or None, templates=templates, fonts=fonts, avoid=tuple(avoid),
        history=not no_history, max_source_share=max_source_share / 100, max_run=max_run,
    )  # fmt: skip
    prompt = None if no_input else _prompt
    result = drafting.make_draft(request, prompt=prompt)
    echo_notes(result.notes)
    if seed is None and replay is None:
        n = result.draft.seed
        typer.echo(f"种子：{n}（由地名、会议和日期得出，已写入起草记录；用 --seed {n} 可重现）", err=True)
    s = drafting.setting_json(result.draft.answers)
    audience = "" if s["audience"] == "干部" else f"（听众：{s['audience']}）"
    typer.echo(f"按 {s['place']}（{s['level']}，上级 {s['upper']}）、{s['kind']}{audience}、{s['work']} 起草", err=True)
    for finding in result.findings:
        where = f"第 {finding.line} 行 " if finding.line else ""
        typer.echo(f"自查：{where}{finding.rule}：{finding.message}", err=True)
    originality = result.originality or drafting.measure_originality(result.draft)
    typer.echo(_originality_line(originality), err=True)
    if output is not None:
        for warning in drafting.write_draft(result, output, force=force):
            typer.echo(f"警告：{warning}", err=True)
        typer.echo(f"已写入 {output}（{result.draft.han_chars} 字，约 {result.draft.minutes:.1f} 分钟）", err=True)
        typer.echo(f"起草记录：{drafting.record_path(output)}", err=True)
    elif as_json:
        echo_json(drafting.draft_json(result, originality))
    else:
        typer.echo(result.draft.text, nl=False)


def _originality_line(o: Mapping[str, Any]) -> str:
    """One line a writer reads: how much is copied, from which source, the longest copied run."""
    line = f"原创度：与语料库重合 {o['reuse']:.0%}"
    if o["largest_source"] and o["largest_share"] >= 0.005:  # 占 0% would name a source that gave nothing
        line += f"，最大单一来源 {o['largest_source']} 占 {o['largest_share']:.0%}"
    if o["longest_run"]:
        line += f"，最长照搬 {o['longest_run']} 字"
    return line + "（drafter diff 可看逐句来源）"


def _prompt(var: Variable) -> Any:
    """Ask for one variable in Chinese; lists are entered one item per line."""
    if not sys.stdin.isatty() and sys.stdin.closed:
        return None
    if var.type == VarType.LIST:
        typer.echo(f"{var.prompt}（每行一项，空行结束）：", err=True)
        items: list[str] = []
        while True:
            line = typer.prompt("  >", default="", show_default=False, prompt_suffix=" ", err=True)
            if not line.strip():
                return items
            items.append(line.strip())
    suffix = f"（{'/'.join(var.choices)}）" if var.choices else ""
    default = var.default if var.default is not None else ("" if not var.required else None)
    return typer.prompt(f"{var.prompt}{suffix}", default=default, show_default=bool(default), err=True)
