"""`drafter fragments …`: list, show, search, add, edit, rm, lint, dedupe and stats of the library.

The bodies of the commands, typer-free; their options and help are declared in
drafter/cli/commands/fragments.py.
"""

from __future__ import annotations

import functools
import os
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from drafter.cli.output import Exit, confirm, echo, echo_json, fail
from drafter.errors import FragmentFormatError, UsageError, os_reason, read_reason

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time (#18: ~10 M instructions)
if TYPE_CHECKING:
    from typing import Any


def _warn_problems(library: Any) -> None:
    _warn(getattr(library, "notes", ()), [(e.path, e.line) for e in library.errors])


def _warn(notes: Sequence[str], problems: Sequence[tuple[Any, int | None]]) -> None:
    """The notes of a library's load, and where its first problems are (file, line)."""
    for note in notes:
        echo(f"注意：{note}", err=True)
    if problems:
        where = "、".join(f"{path}:{line}" if line else str(path) for path, line in problems[:3])
        more = "等" if len(problems) > 3 else ""
        echo(
            f"注意：片段库中有 {len(problems)} 处错误（{where}{more}），有问题的片段已跳过；"
            "用 drafter fragments lint 查看。",
            err=True,
        )


@functools.cache
def _wide() -> re.Pattern[str]:
    """East Asian wide and full-width characters: two columns in a terminal (compiled when a table is drawn)."""
    return re.compile(
        "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
        "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]"
    )


def _width(text: str) -> int:
    return len(text) if text.isascii() else len(text) + len(_wide().findall(text))


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


def list_command(
    role: str | None,
    tags: list[str],
    level: str | None,
    source: str | None,
    as_json: bool,
    library: Path | None,
) -> None:
    from drafter.curate import query

    lib = query.open_library(library)
    found = query.filter_fragments(lib, role=role, tags=tags, level=level, source=source)
    if tags and not found:
        query.check_tags(lib, tags)  # a tag no fragment carries: a misspelling, said with the tags it is near
    _warn_problems(lib)
    if as_json:
        echo_json([query.fragment_record(f) for f in found])
        return
    rows = [(f.id, f.role.value, ",".join(f.tags), f.source.speech if f.source else "", query.preview(f, 30)) for f in found]
    if rows:
        echo(_table(rows, ("id", "角色", "标签", "来源", "开头")))
    echo(f"共 {len(found)} 个片段。", err=True)


# ------------------------------------------------------------------ show


def show_command(fragment_id: str, corpus: Path | None, as_json: bool, library: Path | None) -> None:
    from drafter.curate import query

    detail = query.show_fragment(library, fragment_id, corpus=corpus)
    if as_json:
        echo_json(_detail_json(detail))
    else:
        echo(_detail_text(detail))


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


def search_command(query_text: str, limit: int, as_json: bool, library: Path | None) -> None:
    from drafter.curate.searchindex import search_library

    if not query_text.strip():  # drafter fragments search "" said 找到 0 个片段, as if the library had nothing
        raise UsageError("搜索词是空的", hint='写出要找的词，如 drafter fragments search "隐患排查"；列出全部片段用 drafter fragments list。')
    result = search_library(library, query_text, limit=limit)
    _warn(result.notes, result.problems)
    if as_json:
        echo_json([{**f.record(), "score": f.score, "passage": f.passage} for f in result.found])
        return
    for f in result.found:
        echo(f"{f.score:5.1f}  {f.id}（{f.role}）  {f.passage}")
    echo(f"找到 {len(result.found)} 个片段。", err=True)


# ------------------------------------------------------------------ add / edit / rm


def _report(change: Any) -> None:
    words = {"added": "已添加", "replaced": "已修改", "removed": "已删除", "unchanged": "未修改"}
    echo(f"{words[change.action]} {change.fragment_id}（{change.path}:{change.line}）", err=True)


def add_command(
    fragment_id: str | None,
    role: str | None,
    text: str | None,
    tags: list[str],
    variables: list[str],
    source: str | None,
    where: str,
    file: str | None,
    library: Path | None,
) -> None:
    from drafter.curate import edit

    if any(v is not None for v in (fragment_id, role, text, source)):
        missing = [name for name, v in (("--id", fragment_id), ("--role", role), ("--text", text), ("--source", source)) if not v]
        if missing:  # each missing option said how to write it: --text "" was told only how to write --source (newuser38)
            empty = [name for name, v in (("--id", fragment_id), ("--role", role), ("--text", text), ("--source", source))
                     if v is not None and not v.strip()]  # fmt: skip
            how = {"--id": "--id 写片段的编号，如 closing.mine-1", "--role": "--role 写片段的角色，如 opening、point、closing",
                   "--text": "--text 写片段的文字（不写序号）",
                   "--source": "--source 写来源讲话的 id；自己写的片段写 --source '{authored: 本单位, written: 2026-12}'"}  # fmt: skip
            said = f"（{'、'.join(empty)} 是空的）" if empty else ""
            raise UsageError(f"用选项添加片段时还需要 {'、'.join(missing)}{said}", hint="；".join(how[m] for m in missing) + "。")
        specs = {name: prompt if sep else None for name, sep, prompt in (v.partition("=") for v in variables)}
        snippet = edit.fragment_snippet(
            fragment_id=fragment_id or "", role=role or "", text=text or "", speech=source or "",
            where=where, tags=tags, variables=specs,
        )  # fmt: skip
        origin = "<选项>"
    elif sys.stdin.isatty():
        raise UsageError("没有给出片段", hint="用 --id、--role、--text、--source 给出，或把片段 YAML 从标准输入传入。")
    else:
        snippet, origin = _read_stdin(), "<标准输入>"
    _report(edit.add_fragment(library, snippet, file=file, origin=origin))


def edit_command(
    fragment_id: str,
    from_file: Path | None,
    file: str | None,
    no_input: bool,
    library: Path | None,
) -> None:
    from drafter.curate import edit
    from drafter.curate.yamltext import refuse_shipped

    located = edit.locate_fragment(library, fragment_id, file=file)
    refuse_shipped(located.source.path)  # before the editor opens: the edit was refused only once made (newuser37)
    if from_file is not None:
        snippet = _read_input(from_file)
        _report(edit.replace_fragment(library, located, snippet, origin=str(from_file)))
        return
    has_editor = bool(os.environ.get("VISUAL") or os.environ.get("EDITOR"))
    if not sys.stdin.isatty() and not has_editor:
        raise UsageError("没有终端，无法打开编辑器", hint=f"用 --from 文件 给出修改后的片段，或设置环境变量 EDITOR。当前内容：\n{located.text}")
    interactive = not no_input and sys.stdin.isatty()
    _report(_edit_loop(library, located, interactive))


_SAVE_AS_UTF8 = "把片段存成 UTF-8 编码再试（记事本：另存为，编码选 UTF-8；或 iconv -f gbk -t utf-8）。"


def _read_input(path: Path) -> str:
    from drafter.limits import MAX_YAML_BYTES, read_limited

    try:
        return read_limited(path, MAX_YAML_BYTES, "输入文件", UsageError).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(f"无法读取 {path}（{read_reason(exc)}）", hint=_SAVE_AS_UTF8) from exc
    except OSError as exc:
        raise UsageError(f"无法读取 {path}（{read_reason(exc)}）") from exc


def _read_stdin() -> str:
    """A fragment piped in, as bytes: GBK or binary input is said in Chinese, not a traceback from YAML."""
    from drafter.limits import MAX_YAML_BYTES

    data = sys.stdin.buffer.read(MAX_YAML_BYTES + 1)
    if len(data) > MAX_YAML_BYTES:
        raise UsageError(f"标准输入过大（超过 {MAX_YAML_BYTES // (1024 * 1024)} MB），没有添加", hint="一次只传入一个片段。")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(f"<标准输入>：无法读取（{read_reason(exc)}），没有添加", hint=_SAVE_AS_UTF8) from exc


def _edit_loop(library: Path | None, located: Any, interactive: bool) -> Any:
    import tempfile

    from drafter.curate import edit
    from drafter.errors import DrafterError

    folder = Path(tempfile.mkdtemp(prefix="drafter-edit-"))
    draft = folder / f"{_file_name(located.span.fragment_id)}.yaml"
    draft.write_text(located.text, encoding="utf-8")
    while True:
        _run_editor(draft)
        try:
            snippet = _read_input(draft)  # an editor that saves GBK (Notepad's ANSI): said, asked again
            change = edit.replace_fragment(library, located, snippet, origin=str(draft))
        except DrafterError as exc:
            echo(f"错误：{exc.render()}", err=True)
            retry = isinstance(exc, FragmentFormatError | UsageError)
            if retry and interactive and confirm("重新打开编辑器修改？", default=True, err=True):
                continue
            raise fail(f"没有保存。你的修改保留在 {draft}，改好后可用 --from {draft} 保存。") from None
        draft.unlink(missing_ok=True)
        folder.rmdir()
        return change


def _file_name(fragment_id: str) -> str:
    """The fragment's id as one file name: a shared library's `../../x` (or `a/b`) wrote, then deleted, a file outside
    the edit's own temporary folder (or stopped on a folder that is not there)."""
    return "".join("_" if c in "/\\\0" or not c.isprintable() else c for c in fragment_id)[:60] or "fragment"


def editor_command() -> list[str]:
    """$VISUAL, then $EDITOR, then the platform's usual editor (Notepad, TextEdit, nano …)."""
    import shlex
    import shutil

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
    import subprocess

    command = editor_command()
    editor = " ".join(command)
    try:
        code = subprocess.run([*command, str(path)], check=False).returncode
    except OSError as exc:
        raise fail(f"错误：无法启动编辑器 {editor}（{os_reason(exc)}）。用环境变量 EDITOR 指定编辑器。") from None
    if code != 0:
        raise fail(f"错误：编辑器以代码 {code} 退出，没有保存。你的修改保留在 {path}。")


def rm_command(fragment_id: str, file: str | None, library: Path | None) -> None:
    from drafter.curate import edit

    located = edit.locate_fragment(library, fragment_id, file=file)
    _report(edit.remove_located(located))
    echo("删除的内容如下（需要时可复制恢复）：\n" + located.text.rstrip(), err=True)


# ------------------------------------------------------------------ lint / dedupe / stats


def lint_command(
    strict: bool,
    threshold: float,
    corpus: Path | None,
    as_json: bool,
    library: Path | None,
) -> None:
    from drafter.curate import lint

    report = lint.lint_library(library, strict=strict, corpus=corpus, threshold=threshold)
    if as_json:
        echo_json([_finding_json(f) for f in report.findings])
    for f in report.findings if not as_json else ():
        where = f"{f.path}:{f.line}" if f.line else f.path
        echo(f"{where}: [{f.name}] {f.fragment_id + '：' if f.fragment_id else ''}{f.message}")
        if f.suggestion:
            echo(f"    建议：{f.suggestion}")
    counts = {s: sum(f.severity.value == s for f in report.findings) for s in ("error", "warning", "info")}
    echo(
        f"检查了 {report.files} 个文件、{report.fragments} 个有效片段：{counts['error']} 个错误，"
        f"{counts['warning']} 个警告，{counts['info']} 个提示。",
        err=True,
    )
    if report.findings:
        raise Exit(3)


def _finding_json(f: Any) -> dict[str, Any]:
    return {
        "rule": f.rule, "name": f.name, "severity": f.severity.value, "path": f.path, "line": f.line,
        "fragment_id": f.fragment_id, "message": f.message, "suggestion": f.suggestion,
    }  # fmt: skip


def dedupe_command(threshold: float, apply: bool, as_json: bool, library: Path | None) -> None:
    from drafter.curate import similar

    groups = similar.find_duplicates(library, threshold)
    if as_json and not apply:
        echo_json([_group_json(g) for g in groups])
    elif not as_json:
        for g in groups:
            echo(f"保留 {g.keep.id}（{g.keep.path}:{g.keep.line}）")
            echo("\n".join(f"  合并 {o.id}（{o.path}:{o.line}）相似度 {s:g}" for o, s in g.others))
    echo(f"找到 {len(groups)} 组近似重复，共 {sum(len(g.others) for g in groups)} 个可合并的片段。", err=True)
    if apply and groups:
        changes = similar.merge_duplicates(library, groups)
        if as_json:
            echo_json([{"action": c.action, "id": c.fragment_id, "path": c.path, "line": c.line} for c in changes])
        echo(f"已合并：删除 {sum(c.action == 'removed' for c in changes)} 个片段，来源已记入保留的片段。", err=True)


def _group_json(g: Any) -> dict[str, Any]:
    return {
        "keep": {"id": g.keep.id, "path": g.keep.path, "line": g.keep.line},
        "others": [{"id": o.id, "path": o.path, "line": o.line, "score": s} for o, s in g.others],
    }


def stats_command(templates: Path | None, spare: int, as_json: bool, library: Path | None) -> None:
    from drafter.curate import query
    from drafter.workspace import open_templates

    lib = query.open_library(library)
    stats = query.library_stats(lib, open_templates(templates), spare=spare)
    _warn_problems(lib)
    if as_json:
        echo_json(_stats_json(stats))
        return
    echo(f"片段总数：{stats.total}")
    for title, counts in (("角色", stats.by_role), ("层级", stats.by_level), ("标签", stats.by_tag), ("来源", stats.by_source)):
        echo(f"\n按{title}：")
        echo(_table([(k, str(v)) for k, v in counts.items()], (title, "片段数")))
    echo("\n各模板的备选片段（可用/每篇需要）：")
    for key, slots in stats.slots.items():
        short = {s.slot for s in stats.shortages if s.template == key}
        cells = [f"{slot} {a}/{n}{' ⚠' if slot in short else ''}" for slot, (a, n) in slots.items()]
        echo(f"  {key}：" + "，".join(cells))
    if stats.shortages:
        echo(f"\n⚠ 备选太少（少于 需要数+{spare}），讲话稿难以变化：", err=True)
        for s in stats.shortages:
            echo(f"  {s.template}：{s.slot} 只有 {s.available} 个，每篇需要 {s.needed} 个", err=True)


def _stats_json(stats: Any) -> dict[str, Any]:
    return {
        "total": stats.total, "by_role": stats.by_role, "by_tag": stats.by_tag, "by_level": stats.by_level,
        "by_source": stats.by_source, "problems": stats.problems,
        "templates": {k: {s: {"available": a, "needed": n} for s, (a, n) in v.items()} for k, v in stats.slots.items()},
        "shortages": [_shortage(s) for s in stats.shortages],
    }  # fmt: skip


def _shortage(s: Any) -> Mapping[str, Any]:
    return {"template": s.template, "slot": s.slot, "available": s.available, "needed": s.needed}
