"""`drafter fragments …`: list, show, search, add, edit, rm, lint, dedupe and stats of the library."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

import typer

from drafter.cli.app import command as app_command
from drafter.cli.app import echo_json, fail, sub_app
from drafter.errors import FragmentFormatError, UsageError

F = TypeVar("F", bound=Callable[..., Any])

fragments_app = sub_app("fragments", help="管理片段库：查看、搜索、添加、修改、删除、检查、去重和统计片段。")

LIBRARY = typer.Option(None, "--library", help="片段库目录（默认：自己的片段库；还没有时为自带片段库；“自带”指自带片段库）。")
STACK = typer.Option(None, "--library", help="只看这个片段库（默认：自带片段库加上自己的片段库；“自带”指自带片段库）。")
CORPUS = typer.Option(None, "--corpus", help="语料库目录（默认为片段库旁边的 corpus/）。")
JSON = typer.Option(False, "--json", help="以 JSON 输出。")


def command(name: str, help: str) -> Callable[[F], F]:  # noqa: A002 - typer's word
    """Register a `drafter fragments` command with drafter's error handling."""
    return app_command(name, help=help, on=fragments_app)


def _warn_problems(library: Any) -> None:
    for note in getattr(library, "notes", ()):
        typer.echo(f"注意：{note}", err=True)
    if library.errors:
        where = "、".join(
            f"{e.path}:{e.line}" if e.line else str(e.path) for e in library.errors[:3]
        )
        more = "等" if len(library.errors) > 3 else ""
        typer.echo(
            f"注意：片段库中有 {len(library.errors)} 处错误（{where}{more}），有问题的片段已跳过；"
            "用 drafter fragments lint 查看。",
            err=True,
        )


# East Asian wide and full-width characters take two columns in a terminal.
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]"
)


def _width(text: str) -> int:
    return len(text) if text.isascii() else len(text) + len(_WIDE.findall(text))


def _table(rows: Sequence[Sequence[str]], headers: Sequence[str]) -> str:
    """Columns aligned in terminal cells; the last column is left ragged (no padding needed)."""
    cells = [[str(c) for c in row] for row in [headers, *rows]]
    sizes = [[_width(c) for c in row[:-1]] for row in cells]
    widths = [max(row[i] for row in sizes) for i in range(len(headers) - 1)]
    lines = []
    for row, size in zip(cells, sizes, strict=True):
        padded = [c + " " * (w - n) for c, n, w in zip(row, size, widths, strict=False)]
        lines.append("  ".join([*padded, row[-1]]).rstrip())
    return "\n".join(lines)


# ------------------------------------------------------------------ list


@command("list", help="列出片段（可按角色、标签、层级、来源筛选）。\n\n示例：\n\n  drafter fragments list --role opening --tag 妇女儿童\n\n  drafter fragments list --level 县 --json")
def list_command(
    role: str | None = typer.Option(None, "--role", help="角色：title、opening、point、closing 等。"),
    tags: list[str] = typer.Option([], "--tag", help="必须带有的标签，可重复。"),
    level: str | None = typer.Option(None, "--level", help="适用层级（省/市/县/区/乡/镇/街道）；不标层级的片段适用于所有层级。"),
    source: str | None = typer.Option(None, "--source", help="来源讲话 id（包含此文字即可）。"),
    as_json: bool = JSON,
    library: Path | None = STACK,
) -> None:
    from drafter.curate import query

    lib = query.open_library(library)
    found = query.filter_fragments(lib, role=role, tags=tags, level=level, source=source)
    _warn_problems(lib)
    if as_json:
        echo_json([query.fragment_record(f) for f in found])
        return
    rows = [(f.id, f.role.value, ",".join(f.tags), f.source.speech if f.source else "", query.preview(f, 30)) for f in found]
    if rows:
        typer.echo(_table(rows, ("id", "角色", "标签", "来源", "开头")))
    typer.echo(f"共 {len(found)} 个片段。", err=True)


# ------------------------------------------------------------------ show


@command("show", help="显示一个片段的全文、变量、标签和来源讲话中的原句。\n\n示例：\n\n  drafter fragments show opening.wc.study-and-deploy")
def show_command(
    fragment_id: str = typer.Argument(..., metavar="ID", help="片段 id。"),
    corpus: Path | None = CORPUS,
    as_json: bool = JSON,
    library: Path | None = STACK,
) -> None:
    from drafter.curate import query

    detail = query.show_fragment(library, fragment_id, corpus=corpus)
    if as_json:
        echo_json(_detail_json(detail))
    else:
        typer.echo(_detail_text(detail))


def _detail_json(d: Any) -> dict[str, Any]:
    from drafter.curate import query

    return {
        **query.fragment_record(d.fragment, full=True),
        "uses": list(d.used), "helpers": list(d.helpers), "also_from": list(d.also_from),
        "source_file": d.source_file,
        "source_sentences": [
            {"sentence": m.source_sentence, "line": m.line, "score": m.score, "fragment_sentence": m.fragment_sentence}
            for m in d.matches
        ],
    }  # fmt: skip


def _detail_text(d: Any) -> str:
    f = d.fragment
    out = [f"{f.id}（{f.role.value}）  {f.path}:{f.line}"]
    out.append(f"标签：{'、'.join(f.tags) or '（无）'}")
    variables = [f"{v.name}（{v.prompt}）" for v in f.variables]
    out.append(f"变量：{'；'.join(variables) or '（无）'}")
    if d.used or d.helpers:
        out.append(f"用到：{'、'.join(d.used) or '—'}；层级词等：{'、'.join(d.helpers) or '—'}")
    if f.heading:
        out += ["", f"标题：{f.heading}"]
    if f.text:
        out += ["", f.text]
    out += [f"  （{i}）{_levels_note(s.levels)}{s.heading}{s.text}" for i, s in enumerate(f.subpoints, 1)]
    if f.ending:
        out += ["", f.ending]
    out += ["", _source_text(d)]
    return "\n".join(out)


def _levels_note(levels: tuple[str, ...]) -> str:
    """〔仅用于 省、市、县、区〕 before a sub-point that other levels leave out."""
    return f"〔仅用于 {'、'.join(levels)}〕" if levels else ""


def _source_text(d: Any) -> str:
    f = d.fragment
    if f.source and f.source.is_authored:
        return f"来源：自行编写（{f.source.authored}，{f.source.written}）"
    speech = f.source.speech if f.source else ""
    where = f"（{f.source.where}）" if f.source and f.source.where else ""
    lines = [f"来源：{speech}{where}"]
    lines += [f"  又见：{a.get('speech', '')} {a.get('where', '')} {a.get('id', '')}".rstrip() for a in d.also_from]
    if d.source_file is None:
        lines.append(f"  来源讲话不在语料库中（{d.corpus}/{speech}.md 不存在），无法显示原句。")
    elif not d.matches:
        lines.append(f"  在 {d.source_file} 中没有找到相近的句子。")
    else:
        lines.append(f"  原句（{d.source_file}）：")
        lines += [f"  {m.line:>5}  {m.source_sentence}  〔相似度 {m.score:g}〕" for m in d.matches[:12]]
        if len(d.matches) > 12:
            lines.append(f"  ……另有 {len(d.matches) - 12} 句")
    return "\n".join(lines)


# ------------------------------------------------------------------ search


@command("search", help="模糊搜索片段的文字、标题、分论点和标签（适合中文），按相关度排序。\n\n示例：\n\n  drafter fragments search 责任感\n\n  drafter fragments search \"妇女儿童 加强领导\" --limit 5 --json")
def search_command(
    query_text: str = typer.Argument(..., metavar="QUERY", help="要找的文字；空格分开的几个词都参与打分。"),
    limit: int = typer.Option(10, "--limit", "-n", min=1, help="最多显示几条。"),
    as_json: bool = JSON,
    library: Path | None = STACK,
) -> None:
    from drafter.curate import query

    lib = query.open_library(library)
    hits = query.search_fragments(lib, query_text, limit=limit)
    _warn_problems(lib)
    if as_json:
        echo_json([{**query.fragment_record(h.fragment), "score": h.score, "passage": h.passage} for h in hits])
        return
    for hit in hits:
        typer.echo(f"{hit.score:5.1f}  {hit.fragment.id}（{hit.fragment.role.value}）  {hit.passage}")
    typer.echo(f"找到 {len(hits)} 个片段。", err=True)


# ------------------------------------------------------------------ add / edit / rm


def _report(change: Any) -> None:
    words = {"added": "已添加", "replaced": "已修改", "removed": "已删除", "unchanged": "未修改"}
    typer.echo(f"{words[change.action]} {change.fragment_id}（{change.path}:{change.line}）", err=True)


@command("add", help="添加一个片段：用选项给出，或从标准输入读入一段 YAML。写入前先校验。\n\n示例：\n\n\b\n  drafter fragments add --id opening.my-city --role opening \\\n      --tag 通用 --text '今天，我们召开{{ meeting }}。' \\\n      --var meeting --source my-speech-01\n\n  drafter fragments add --file openings.yaml < 新片段.yaml")
def add_command(
    fragment_id: str | None = typer.Option(None, "--id", help="片段 id（唯一，不含空白）。"),
    role: str | None = typer.Option(None, "--role", help="角色：opening、closing、point 等。"),
    text: str | None = typer.Option(None, "--text", help="片段文字（Jinja：{{ scope }}、{{ meeting }} 等）。"),
    tags: list[str] = typer.Option([], "--tag", help="标签，可重复。"),
    variables: list[str] = typer.Option([], "--var", help="变量：名称 或 名称=提示语，可重复。"),
    source: str | None = typer.Option(None, "--source", help="来源讲话 id。"),
    where: str = typer.Option("", "--where", help="在来源讲话中的位置，如 一、第2段。"),
    file: str | None = typer.Option(None, "--file", help="写入的片段文件（默认：同角色片段最多的文件）。"),
    library: Path | None = LIBRARY,
) -> None:
    from drafter.curate import edit

    if any(v is not None for v in (fragment_id, role, text, source)):
        missing = [name for name, v in (("--id", fragment_id), ("--role", role), ("--text", text), ("--source", source)) if not v]
        if missing:
            raise UsageError(f"用选项添加片段时还需要 {'、'.join(missing)}")
        specs = {name: prompt if sep else None for name, sep, prompt in (v.partition("=") for v in variables)}
        snippet = edit.fragment_snippet(
            fragment_id=fragment_id or "", role=role or "", text=text or "", speech=source or "",
            where=where, tags=tags, variables=specs,
        )  # fmt: skip
        origin = "<选项>"
    elif sys.stdin.isatty():
        raise UsageError("没有给出片段", hint="用 --id、--role、--text、--source 给出，或把片段 YAML 从标准输入传入。")
    else:
        snippet, origin = sys.stdin.read(), "<标准输入>"
    _report(edit.add_fragment(library, snippet, file=file, origin=origin))


@command("edit", help="用编辑器（$VISUAL/$EDITOR）修改一个片段：只打开这一个片段，校验通过才保存，文件其余部分一字不动。\n\n示例：\n\n  EDITOR=nano drafter fragments edit closing.wc.new-goals\n\n  drafter fragments edit closing.wc.new-goals --from 改好的片段.yaml")
def edit_command(
    fragment_id: str = typer.Argument(..., metavar="ID", help="片段 id。"),
    from_file: Path | None = typer.Option(None, "--from", help="不打开编辑器，用这个文件中的片段替换。"),
    file: str | None = typer.Option(None, "--file", help="片段所在的文件（id 重复时用）。"),
    no_input: bool = typer.Option(False, "--no-input", help="出错时不询问是否重新编辑，只报告。"),
    library: Path | None = LIBRARY,
) -> None:
    from drafter.curate import edit

    located = edit.locate_fragment(library, fragment_id, file=file)
    if from_file is not None:
        snippet = _read_input(from_file)
        _report(edit.replace_fragment(library, located, snippet, origin=str(from_file)))
        return
    has_editor = bool(os.environ.get("VISUAL") or os.environ.get("EDITOR"))
    if not sys.stdin.isatty() and not has_editor:
        raise UsageError("没有终端，无法打开编辑器", hint=f"用 --from 文件 给出修改后的片段，或设置环境变量 EDITOR。当前内容：\n{located.text}")
    interactive = not no_input and sys.stdin.isatty()
    _report(_edit_loop(library, located, interactive))


def _read_input(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"无法读取 {path}（{exc}）") from exc


def _edit_loop(library: Path | None, located: Any, interactive: bool) -> Any:
    from drafter.curate import edit
    from drafter.errors import DrafterError

    folder = Path(tempfile.mkdtemp(prefix="drafter-edit-"))
    draft = folder / f"{located.span.fragment_id}.yaml"
    draft.write_text(located.text, encoding="utf-8")
    while True:
        _run_editor(draft)
        snippet = draft.read_text(encoding="utf-8")
        try:
            change = edit.replace_fragment(library, located, snippet, origin=str(draft))
        except DrafterError as exc:
            typer.echo(f"错误：{exc.render()}", err=True)
            retry = isinstance(exc, FragmentFormatError | UsageError)
            if retry and interactive and typer.confirm("重新打开编辑器修改？", default=True, err=True):
                continue
            raise fail(f"没有保存。你的修改保留在 {draft}，改好后可用 --from {draft} 保存。") from None
        draft.unlink(missing_ok=True)
        folder.rmdir()
        return change


def editor_command() -> list[str]:
    """$VISUAL, then $EDITOR, then the platform's usual editor (Notepad, TextEdit, nano …)."""
    chosen = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if chosen:
        return shlex.split(chosen, posix=os.name != "nt")
    if os.name == "nt":
        return ["notepad"]
    if sys.platform == "darwin":
        return ["open", "-W", "-n", "-t"]  # TextEdit, waiting until it is closed
    for name in ("sensible-editor", "editor", "nano", "vim", "vi"):
        if shutil.which(name):
            return [name]
    return ["vi"]


def _run_editor(path: Path) -> None:
    command = editor_command()
    editor = " ".join(command)
    try:
        code = subprocess.run([*command, str(path)], check=False).returncode
    except OSError as exc:
        raise fail(f"错误：无法启动编辑器 {editor}（{exc.strerror}）。用环境变量 EDITOR 指定编辑器。") from None
    if code != 0:
        raise fail(f"错误：编辑器以代码 {code} 退出，没有保存。你的修改保留在 {path}。")


@command("rm", help="删除一个片段（连同它后面的空行），文件其余部分一字不动。\n\n示例：\n\n  drafter fragments rm opening.old-one")
def rm_command(
    fragment_id: str = typer.Argument(..., metavar="ID", help="片段 id。"),
    file: str | None = typer.Option(None, "--file", help="片段所在的文件（id 重复时用）。"),
    library: Path | None = LIBRARY,
) -> None:
    from drafter.curate import edit

    located = edit.locate_fragment(library, fragment_id, file=file)
    _report(edit.remove_located(located))
    typer.echo("删除的内容如下（需要时可复制恢复）：\n" + located.text.rstrip(), err=True)


# ------------------------------------------------------------------ lint / dedupe / stats


@command("lint", help="检查片段库：格式、Jinja 语法、变量、重复 id、未知角色、近似重复、来源讲话是否在语料库中。每条问题都给出文件、行号和片段 id；有问题时以代码 3 退出。\n\n示例：\n\n  drafter fragments lint\n\n  drafter fragments lint --strict --json")
def lint_command(
    strict: bool = typer.Option(False, "--strict", help="另外检查体例：标签、来源位置、占位符、半角标点、Schema 行。"),
    threshold: float = typer.Option(90, "--threshold", help="近似重复的相似度阈值（0–100）。"),
    corpus: Path | None = CORPUS,
    as_json: bool = JSON,
    library: Path | None = LIBRARY,
) -> None:
    from drafter.curate import lint

    report = lint.lint_library(library, strict=strict, corpus=corpus, threshold=threshold)
    if as_json:
        echo_json([_finding_json(f) for f in report.findings])
    for f in report.findings if not as_json else ():
        where = f"{f.path}:{f.line}" if f.line else f.path
        typer.echo(f"{where}: [{f.rule}] {f.fragment_id + '：' if f.fragment_id else ''}{f.message}")
        if f.suggestion:
            typer.echo(f"    建议：{f.suggestion}")
    counts = {s: sum(f.severity.value == s for f in report.findings) for s in ("error", "warning", "info")}
    typer.echo(
        f"检查了 {report.files} 个文件、{report.fragments} 个有效片段：{counts['error']} 个错误，"
        f"{counts['warning']} 个警告，{counts['info']} 个提示。",
        err=True,
    )
    if report.findings:
        raise typer.Exit(3)


def _finding_json(f: Any) -> dict[str, Any]:
    return {
        "rule": f.rule, "severity": f.severity.value, "path": f.path, "line": f.line,
        "fragment_id": f.fragment_id, "message": f.message, "suggestion": f.suggestion,
    }  # fmt: skip


@command("dedupe", help="找出近似重复的片段组；加 --apply 合并：每组保留第一个，其余删除，其来源记入保留片段的 also_from。\n\n示例：\n\n  drafter fragments dedupe --threshold 85\n\n  drafter fragments dedupe --apply")
def dedupe_command(
    threshold: float = typer.Option(90, "--threshold", help="相似度阈值（0–100），越高越严格。"),
    apply: bool = typer.Option(False, "--apply", help="合并各组（保留全部来源）。"),
    as_json: bool = JSON,
    library: Path | None = LIBRARY,
) -> None:
    from drafter.curate import similar

    groups = similar.find_duplicates(library, threshold)
    if as_json and not apply:
        echo_json([_group_json(g) for g in groups])
    elif not as_json:
        for g in groups:
            typer.echo(f"保留 {g.keep.id}（{g.keep.path}:{g.keep.line}）")
            typer.echo("\n".join(f"  合并 {o.id}（{o.path}:{o.line}）相似度 {s:g}" for o, s in g.others))
    typer.echo(f"找到 {len(groups)} 组近似重复，共 {sum(len(g.others) for g in groups)} 个可合并的片段。", err=True)
    if apply and groups:
        changes = similar.merge_duplicates(library, groups)
        if as_json:
            echo_json([{"action": c.action, "id": c.fragment_id, "path": c.path, "line": c.line} for c in changes])
        typer.echo(f"已合并：删除 {sum(c.action == 'removed' for c in changes)} 个片段，来源已记入保留的片段。", err=True)


def _group_json(g: Any) -> dict[str, Any]:
    return {
        "keep": {"id": g.keep.id, "path": g.keep.path, "line": g.keep.line},
        "others": [{"id": o.id, "path": o.path, "line": o.line, "score": s} for o, s in g.others],
    }


@command("stats", help="统计片段：按角色、标签、层级和来源计数，并指出每个模板中备选片段太少、难以变化的角色和要点类型。\n\n示例：\n\n  drafter fragments stats\n\n  drafter fragments stats --json")
def stats_command(
    templates: Path | None = typer.Option(None, "--templates", help="模板目录（默认为自带模板）。"),
    spare: int = typer.Option(2, "--spare", min=0, help="每个位置除必需数量外至少还应有几个备选。"),
    as_json: bool = JSON,
    library: Path | None = STACK,
) -> None:
    from drafter.curate import query
    from drafter.workspace import open_templates

    lib = query.open_library(library)
    stats = query.library_stats(lib, open_templates(templates), spare=spare)
    _warn_problems(lib)
    if as_json:
        echo_json(_stats_json(stats))
        return
    typer.echo(f"片段总数：{stats.total}")
    for title, counts in (("角色", stats.by_role), ("层级", stats.by_level), ("标签", stats.by_tag), ("来源", stats.by_source)):
        typer.echo(f"\n按{title}：")
        typer.echo(_table([(k, str(v)) for k, v in counts.items()], (title, "片段数")))
    typer.echo("\n各模板的备选片段（可用/每篇需要）：")
    for key, slots in stats.slots.items():
        short = {s.slot for s in stats.shortages if s.template == key}
        cells = [f"{slot} {a}/{n}{' ⚠' if slot in short else ''}" for slot, (a, n) in slots.items()]
        typer.echo(f"  {key}：" + "，".join(cells))
    if stats.shortages:
        typer.echo(f"\n⚠ 备选太少（少于 需要数+{spare}），讲话稿难以变化：", err=True)
        for s in stats.shortages:
            typer.echo(f"  {s.template}：{s.slot} 只有 {s.available} 个，每篇需要 {s.needed} 个", err=True)


def _stats_json(stats: Any) -> dict[str, Any]:
    return {
        "total": stats.total, "by_role": stats.by_role, "by_tag": stats.by_tag, "by_level": stats.by_level,
        "by_source": stats.by_source, "problems": stats.problems,
        "templates": {k: {s: {"available": a, "needed": n} for s, (a, n) in v.items()} for k, v in stats.slots.items()},
        "shortages": [_shortage(s) for s in stats.shortages],
    }  # fmt: skip


def _shortage(s: Any) -> Mapping[str, Any]:
    return {"template": s.template, "slot": s.slot, "available": s.available, "needed": s.needed}
