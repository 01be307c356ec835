"""Options and help of `drafter fragments …` (typer); the body is drafter/cli/fragments.py."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import typer

from drafter.cli import fragments as body
from drafter.cli.typer_app import command as app_command
from drafter.cli.typer_app import sub_app

F = TypeVar("F", bound=Callable[..., Any])

fragments_app = sub_app("fragments", help="管理片段库：查看、搜索、添加、修改、删除、检查、去重和统计片段。")
LIBRARY = typer.Option(None, "--library", help="片段库目录（默认：自己的片段库；还没有时为自带片段库；“自带”指自带片段库）。")
STACK = typer.Option(None, "--library", help="只看这个片段库（默认：自带片段库加上自己的片段库；“自带”指自带片段库）。")
CORPUS = typer.Option(None, "--corpus", help="语料库目录（默认为片段库旁边的 corpus/）。")
JSON = typer.Option(False, "--json", help="以 JSON 输出。")


def command(name: str, help: str, run: Callable[..., Any]) -> Callable[[F], F]:  # noqa: A002 - typer's word
    """Register a `drafter fragments` command."""
    return app_command(name, help=help, run=run, on=fragments_app)


@command("list", help="列出片段（可按角色、标签、层级、来源筛选）。\n\n示例：\n\n  drafter fragments list --role opening --tag 妇女儿童\n\n  drafter fragments list --level 县 --json", run=body.list_command)
def list_command(
    role: str | None = typer.Option(None, "--role", help="角色：title、opening、point、closing 等。"),
    tags: list[str] = typer.Option([], "--tag", help="必须带有的标签，可重复。"),
    level: str | None = typer.Option(None, "--level", help="适用层级（省/市/县/区/乡/镇/街道）；不标层级的片段适用于所有层级。"),
    source: str | None = typer.Option(None, "--source", help="来源讲话 id（包含此文字即可）。"),
    as_json: bool = JSON,
    library: Path | None = STACK,
) -> None:
    """Options of the command; the body is drafter.cli.fragments.list_command."""


@command("show", help="显示一个片段的全文、变量、标签和来源讲话中的原句。\n\n示例：\n\n  drafter fragments show opening.wc.study-and-deploy", run=body.show_command)
def show_command(
    fragment_id: str = typer.Argument(..., metavar="片段id", help="片段 id。"),
    corpus: Path | None = CORPUS,
    as_json: bool = JSON,
    library: Path | None = STACK,
) -> None:
    """Options of the command; the body is drafter.cli.fragments.show_command."""


@command("search", help="模糊搜索片段的文字、标题、分论点和标签（适合中文），按相关度排序。\n\n示例：\n\n  drafter fragments search 责任感\n\n  drafter fragments search \"妇女儿童 加强领导\" --limit 5 --json", run=body.search_command)
def search_command(
    query_text: str = typer.Argument(..., metavar="文字", help="要找的文字；空格分开的几个词都参与打分。"),
    limit: int = typer.Option(10, "--limit", "-n", min=1, help="最多显示几条。"),
    as_json: bool = JSON,
    library: Path | None = STACK,
) -> None:
    """Options of the command; the body is drafter.cli.fragments.search_command."""


@command("add", help="添加一个片段：用选项给出，或从标准输入读入一段 YAML。写入前先校验。\n\n示例：\n\n\b\n  drafter fragments add --id opening.my-city --role opening \\\n      --tag 通用 --text '今天，我们召开{{ meeting }}。' \\\n      --var meeting --source my-speech-01\n\n  drafter fragments add --file openings.yaml < 新片段.yaml", run=body.add_command)
def add_command(
    fragment_id: str | None = typer.Option(None, "--id", help="片段 id（唯一，不含空白）。"),
    role: str | None = typer.Option(None, "--role", help="角色：opening、closing、point 等。"),
    text: str | None = typer.Option(None, "--text", help="片段文字（Jinja：{{ scope }}、{{ meeting }} 等）。"),
    tags: list[str] = typer.Option([], "--tag", help="标签，可重复。"),
    variables: list[str] = typer.Option([], "--var", help="变量：名称 或 名称=提示语，可重复。"),
    source: str | None = typer.Option(
        None, "--source", help="来源讲话 id；自己写的片段写 '{authored: 本单位, written: 2026-12}'。"
    ),
    where: str = typer.Option("", "--where", help="在来源讲话中的位置，如 一、第2段。"),
    file: str | None = typer.Option(None, "--file", help="写入的片段文件（默认：同角色片段最多的文件）。"),
    library: Path | None = LIBRARY,
) -> None:
    """Options of the command; the body is drafter.cli.fragments.add_command."""


@command("edit", help="用编辑器（$VISUAL/$EDITOR）修改一个片段：只打开这一个片段，校验通过才保存，文件其余部分一字不动。\n\n示例：\n\n  EDITOR=nano drafter fragments edit closing.wc.new-goals\n\n  drafter fragments edit closing.wc.new-goals --from 改好的片段.yaml", run=body.edit_command)
def edit_command(
    fragment_id: str = typer.Argument(..., metavar="片段id", help="片段 id。"),
    from_file: Path | None = typer.Option(None, "--from", help="不打开编辑器，用这个文件中的片段替换。"),
    file: str | None = typer.Option(None, "--file", help="片段所在的文件（id 重复时用）。"),
    no_input: bool = typer.Option(False, "--no-input", help="出错时不询问是否重新编辑，只报告。"),
    library: Path | None = LIBRARY,
) -> None:
    """Options of the command; the body is drafter.cli.fragments.edit_command."""


@command("rm", help="删除一个片段（连同它后面的空行），文件其余部分一字不动。\n\n示例：\n\n  drafter fragments rm opening.old-one", run=body.rm_command)
def rm_command(
    fragment_id: str = typer.Argument(..., metavar="片段id", help="片段 id。"),
    file: str | None = typer.Option(None, "--file", help="片段所在的文件（id 重复时用）。"),
    library: Path | None = LIBRARY,
) -> None:
    """Options of the command; the body is drafter.cli.fragments.rm_command."""


@command("lint", help="检查片段库：格式、Jinja 语法、变量、重复 id、未知角色、近似重复、来源讲话是否在语料库中。每条问题都给出文件、行号和片段 id；有问题时以代码 3 退出。\n\n示例：\n\n  drafter fragments lint\n\n  drafter fragments lint --strict --json", run=body.lint_command)
def lint_command(
    strict: bool = typer.Option(False, "--strict", help="另外检查体例：标签、来源位置、占位符、半角标点、Schema 行。"),
    threshold: float = typer.Option(90, "--threshold", help="近似重复的相似度阈值（0–100）。"),
    corpus: Path | None = CORPUS,
    as_json: bool = JSON,
    library: Path | None = LIBRARY,
) -> None:
    """Options of the command; the body is drafter.cli.fragments.lint_command."""


@command("dedupe", help="找出近似重复的片段组；加 --apply 合并：每组保留第一个，其余删除，其来源记入保留片段的 also_from。\n\n示例：\n\n  drafter fragments dedupe --threshold 85\n\n  drafter fragments dedupe --apply", run=body.dedupe_command)
def dedupe_command(
    threshold: float = typer.Option(90, "--threshold", help="相似度阈值（0–100），越高越严格。"),
    apply: bool = typer.Option(False, "--apply", help="合并各组（保留全部来源）。"),
    as_json: bool = JSON,
    library: Path | None = LIBRARY,
) -> None:
    """Options of the command; the body is drafter.cli.fragments.dedupe_command."""


@command("stats", help="统计片段：按角色、标签、层级和来源计数，并指出每个模板中备选片段太少、难以变化的角色和要点类型。\n\n示例：\n\n  drafter fragments stats\n\n  drafter fragments stats --json", run=body.stats_command)
def stats_command(
    templates: Path | None = typer.Option(None, "--templates", help="模板目录（默认为自带模板）。"),
    spare: int = typer.Option(2, "--spare", min=0, help="每个位置除必需数量外至少还应有几个备选。"),
    as_json: bool = JSON,
    library: Path | None = STACK,
) -> None:
    """Options of the command; the body is drafter.cli.fragments.stats_command."""
