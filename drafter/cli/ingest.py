"""`drafter ingest`: turn raw speeches into a clean corpus and new library fragments.

The body of the command, typer-free; its options and help are declared in
drafter/cli/commands/ingest.py.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from drafter.cli.output import echo, echo_json, fail

_KIND = {"speech": "讲话", "report": "工作报告", "news": "会议消息", "other": "其他"}
_STATUS = {"written": "已写入", "unchanged": "未变", "kept": "已存在，未覆盖", "planned": "将写入"}


def ingest_command(
    paths: list[Path],
    library: Path | None,
    corpus: Path | None,
    dry_run: bool,
    jobs: int | None,
    as_json: bool,
) -> None:
    from drafter.ingest import ingest_paths

    _say_large(paths)
    progress = _Progress() if sys.stderr.isatty() else None
    report = ingest_paths(paths, library=library, corpus=corpus, dry_run=dry_run, jobs=jobs, progress=progress)
    if progress:
        progress.done()
    for error in report.errors:
        echo(f"错误：{error['message']}（已跳过）", err=True)
    if as_json:
        echo_json(report.as_dict())
    else:
        echo(_summary(report.as_dict()))
    if report.errors:
        rest = "其余已处理" if len(report.errors) < len(report.files) else "没有导入任何文件"
        raise fail(f"有 {len(report.errors)} 个文件未能导入，{rest}。", 1)


def _summary(data: dict[str, Any]) -> str:
    # (the ingest package is loaded by now: the command ran it)
    from drafter.ingest.doubt import shown_warnings

    lines = []
    for file in data["files"]:
        if file["error"]:
            continue
        reasons = "、".join(sorted({r["reason"] for r in file["removed"]}))
        cleaned = f"删除 {len(file['removed'])} 处（{reasons}）" if file["removed"] else "无需删除的残留"
        lines.append(
            f"{file['file']}（{file['encoding']}）：{len(file['documents'])} 篇；{cleaned}；合并断开的段落 {len(file['joined'])} 处"
        )
    if lines:
        lines.append("")
    for doc in data["documents"]:
        kind = _KIND.get(doc["kind"], doc["kind"]) + (f"（{doc['genre']}）" if doc.get("genre") else "")
        where = (doc["place"] or "地点不明") + (f"（{doc['level']}级）" if doc["level"] else "")
        count = f"{len(doc['points'])} 点" + (f"（宣布 {doc['announced_count']} 点）" if doc["announced_count"] else "")
        frags = sum(doc["fragments"].values())
        lines.append(f"{doc['id']}  {kind}  {doc['title'] or '（无标题）'}  {where}")
        detail = f"{count}；新片段 {frags} 个" if doc["kind"] == "speech" else ""
        if doc["skipped"]:
            detail += f"，{len(doc['skipped'])} 个与库中已有片段近似而跳过"
        if doc["duplicate_of"]:
            detail += f"；重复：{doc['duplicate_of']}（相似度 {doc['similarity']:g}）"
        if detail:
            lines.append("    " + detail)
        lines += _notes(shown_warnings(doc["warnings"]))
    if data["library_errors"]:
        lines.append(f"\n注意：片段库中有 {data['library_errors']} 个片段有错误，查重时未计入（drafter fragments lint 可列出）")
    written = [w for w in data["written"] if w["status"] in ("written", "planned")]
    verb = "将写入" if data["dry_run"] else "写入"
    lines.append(f"\n共 {len(data['documents'])} 篇；{verb} {len(written)} 个文件" + ("（--dry-run，未写任何文件）" if data["dry_run"] else ""))
    kept_out = _kept_out(data["documents"])
    if kept_out:
        lines.append(kept_out)  # under the count, above the files: which documents made no fragments, and as what
    doubted = [doc["id"] for doc in data["documents"] if any(w.startswith("结构存疑：") for w in doc["warnings"])]
    if doubted:  # a reading ingest is unsure of: a question for the clerk before the library takes its fragments
        lines.append(f"{len(doubted)} 篇结构存疑，入库前请核对：{'、'.join(doubted)}（理由见各篇的“注意：结构存疑”）")
    lines += [f"  {_STATUS[w['status']]}：{w['path']}" for w in written]
    return "\n".join(lines)


# Notes shown under one document besides its doubts: a 20 MB file of one speech pasted 10,000 times printed 10,000
# lines of 原文第…行是同一篇在网页上的另一份 (user52); --json keeps them all.
_NOTES_SHOWN = 10


def _notes(warnings: list[str]) -> list[str]:
    """The notes printed under a document: every doubt, and the first `_NOTES_SHOWN` others with a count of the rest."""
    lines, others = [], 0
    for note in warnings:
        if note.startswith("与 "):
            continue
        if not note.startswith("结构存疑："):
            others += 1
            if others > _NOTES_SHOWN:
                continue
        lines.append(f"    注意：{note}")
    if others > _NOTES_SHOWN:
        lines.append(f"    ……另有 {others - _NOTES_SHOWN} 条注意没有列出（加 --json 可看全部）")
    return lines


def _kept_out(documents: list[dict[str, Any]]) -> str:
    """不进讲话片段库的 3 篇：会议消息 1 篇（…-02）、其他（书信）2 篇（…）: which documents stay out, and as what."""
    groups: dict[str, list[str]] = {}
    for doc in documents:
        if doc["kind"] != "speech":
            label = _KIND.get(doc["kind"], doc["kind"]) + (f"（{doc['genre']}）" if doc.get("genre") else "")
            groups.setdefault(label, []).append(doc["id"])
    if not groups:
        return ""
    parts = [f"{label} {len(ids)} 篇（{'、'.join(ids[:3])}{'等' if len(ids) > 3 else ''}）" for label, ids in groups.items()]
    return f"不进讲话片段库的 {sum(len(ids) for ids in groups.values())} 篇：" + "；".join(parts) + "（原文仍存入语料库，理由见各篇的“注意”）"


LARGE_FILE_BYTES = 2_000_000  # about 70 万字 in UTF-8: a minute or more of reading on one core


def _say_large(paths: list[Path]) -> None:
    """A file of a whole collection (a 文库 dump of hundreds of speeches) takes minutes with nothing to show: said
    before it starts, so the writer knows the command is working and roughly how long it takes."""
    large = []
    for path in paths:
        try:
            size = path.stat().st_size if path.is_file() else 0
        except OSError:
            continue  # an unreadable path is reported by ingest itself
        if size >= LARGE_FILE_BYTES:
            large.append((path, size))
    for path, size in large[:3]:
        echo(f"正在读取 {path}（{size / 1_000_000:.0f} MB，约 {size // 3 // 10_000} 万字）：大文件要分析几分钟，请稍候……", err=True)
    if len(large) > 3:
        echo(f"另有 {len(large) - 3} 个大文件，同样需要几分钟。", err=True)


class _Progress:
    """A one-line progress bar on stderr (used only when stderr is a terminal)."""

    def __init__(self) -> None:
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if total < 20:
            return
        width = 30
        filled = width * done // total
        sys.stderr.write(f"\r导入 [{'#' * filled}{'.' * (width - filled)}] {done}/{total} 个文件")
        sys.stderr.flush()
        self.shown = True

    def done(self) -> None:
        if self.shown:
            sys.stderr.write("\n")
