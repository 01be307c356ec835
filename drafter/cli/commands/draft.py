"""Options and help of `drafter draft` (typer); the body is drafter/cli/draft.py."""

from __future__ import annotations

from pathlib import Path

import typer

from drafter.cli import draft as body
from drafter.cli.typer_app import command

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
  drafter draft ... --set achievements='["…"]' --set tasks='甲；乙'   # 成绩、重点工作编入讲话（分号分项）
  drafter draft ... --minutes 20 --gaps       # 20 分钟；没给的成绩、问题等处留〔待补：…〕
"""


@command("draft", help="起草一篇讲话稿：按地名、层级和会议从片段库组装，编号与层级词自动正确。" + _EXAMPLE, run=body.draft_command)
def draft_command(
    answers_file: Path | None = typer.Option(None, "--answers", "-a", help="答案文件（YAML：名称: 值）。"),
    sets: list[str] = typer.Option([], "--set", "-s", help="名称=值，可重复；列表用分号或竖线分项（tasks='甲；乙'），或用 JSON，如 targets='[\"…\"]'。"),
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
    force: bool = typer.Option(False, "--force", help="-o 的文件在上次起草后被改过、或正在 Word、WPS、LibreOffice 中打开，也照样覆盖（默认不覆盖，以免丢失修改）。"),
    avoid: list[Path] = typer.Option([], "--avoid", help="避开这些往年讲话稿（.md、.txt、.docx）、起草记录（.answers.yaml）或其文件夹中的说法，可重复。"),
    no_history: bool = typer.Option(False, "--no-history", help="不参考、也不记入本地起草历史（默认避开同一地方、同一会议往次写出的稿子）。"),
    max_source_share: int = typer.Option(30, "--max-source-share", help="任何一篇来源讲话在稿中所占比例的上限（百分数，默认 30）。"),
    max_run: int = typer.Option(200, "--max-run", help="照搬同一来源的连续文字的上限（字数，默认 200）。"),
    library: list[Path] = typer.Option([], "--library", help="只用这些片段库（可重复，按顺序叠加；“自带”指自带片段库）；默认为自带片段库加上自己的片段库。"),
    templates: Path | None = typer.Option(None, "--templates", help="模板目录（默认为自带模板）。"),
) -> None:
    """Options of the command; the body is drafter.cli.draft.draft_command."""
