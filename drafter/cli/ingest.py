"""`drafter ingest`: turn raw speeches into a clean corpus and new library fragments."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import typer

from drafter.cli.app import command, echo_json, fail

# "\b" keeps click from re-wrapping the example lines.
_EXAMPLE = """

示例：

\b
  drafter ingest 旧讲话/ --dry-run          # 先看看会导入什么，不写任何文件
  drafter ingest 旧讲话/ 县长讲话.docx      # 写入自己的片段库（fragments/ingested/）和语料（corpus/）
  drafter ingest 讲话.txt --library 我的片段库 --corpus 我的语料 --json

\b
自己的片段库：当前工作区（drafter init 建立）的片段库；没有工作区时是用户数据目录中的片段库，
第一次导入时自动建立。自带的片段库随 drafter 安装，不会被写入。
读不了的文件（二进制、空文件、损坏的 .docx、无法识别的编码）会列出并跳过，其余照常导入；
这时退出码为 1。已有的片段文件从不覆盖；与片段库中已有片段近似重复的片段不再写入；
对同一输入重复运行不会改变任何文件。
"""

_KIND = {"speech": "讲话", "news": "会议消息", "other": "其他"}
_STATUS = {"written": "已写入", "unchanged": "未变", "kept": "已存在，未覆盖", "planned": "将写入"}


@command("ingest", help="导入讲话稿：清理成语料，拆分出新的片段写入自己的片段库，并报告结构和问题。" + _EXAMPLE)
def ingest_command(
    paths: list[Path] = typer.Argument(..., help="讲话稿文件（.txt、.md、.docx；装有 LibreOffice 时也可以是 .doc、.wps）或目录，可给多个。"),
    library: Path | None = typer.Option(None, "--library", help="写入哪个片段库（不存在则新建；默认为自己的片段库）；新片段写入其下的 ingested/。"),
    corpus: Path | None = typer.Option(None, "--corpus", help="语料目录（默认为片段库旁边的 corpus/）。"),
    dry_run: bool = typer.Option(False, "--dry-run", help="只分析和报告，不写任何文件。"),
    jobs: int | None = typer.Option(None, "--jobs", "-j", min=1, help="并行进程数（默认：输入较大时用两个核）。"),
    as_json: bool = typer.Option(False, "--json", help="以 JSON 输出每篇文档的报告。"),
) -> None:
    from drafter.ingest import ingest_paths

    progress = _Progress() if sys.stderr.isatty() else None
    report = ingest_paths(paths, library=library, corpus=corpus, dry_run=dry_run, jobs=jobs, progress=progress)
    if progress:
        progress.done()
    for error in report.errors:
        typer.echo(f"错误：{error['message']}（已跳过）", err=True)
    if as_json:
        echo_json(report.as_dict())
    else:
        typer.echo(_summary(report.as_dict()))
    if report.errors:
        raise fail(f"有 {len(report.errors)} 个文件未能导入，其余已处理。", 1)


def _summary(data: dict[str, Any]) -> str:
    lines = []
    for file in data["files"]:
        if file["error"]:
            continue
        reasons = "、".join(sorted({r["reason"] for r in file["removed"]}))
        cleaned = f"删除 {len(file['removed'])} 行（{reasons}）" if file["removed"] else "无需删除的残留"
        lines.append(
            f"{file['file']}（{file['encoding']}）：{len(file['documents'])} 篇；{cleaned}；合并断开的段落 {len(file['joined'])} 处"
        )
    if lines:
        lines.append("")
    for doc in data["documents"]:
        kind = _KIND.get(doc["kind"], doc["kind"])
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
        lines += [f"    注意：{w}" for w in doc["warnings"] if not w.startswith("与 ")]
    if data["library_errors"]:
        lines.append(f"\n注意：片段库中有 {data['library_errors']} 个片段有错误，查重时未计入（drafter fragments lint 可列出）")
    written = [w for w in data["written"] if w["status"] in ("written", "planned")]
    verb = "将写入" if data["dry_run"] else "写入"
    lines.append(f"\n共 {len(data['documents'])} 篇；{verb} {len(written)} 个文件" + ("（--dry-run，未写任何文件）" if data["dry_run"] else ""))
    lines += [f"  {_STATUS[w['status']]}：{w['path']}" for w in written]
    return "\n".join(lines)


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
