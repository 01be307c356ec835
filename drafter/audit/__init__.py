"""Audit an archive of speeches: which documents share long passages, and who copied whom.

    >>> from drafter.audit import audit_archive
    >>> report = audit_archive(["讲话稿/"])                       # doctest: +SKIP
    >>> [(p.a.name, p.b.name, p.shared) for p in report.pairs]    # doctest: +SKIP

Modules: `documents` (finding and reading files), `dates` (when a speech was
given), `shingles` (normalised text, fingerprints), `passages` (exact shared
passages of a pair), `engine` (the steps both engines share), `local` (one
machine) and `spark` (Apache Spark), `report` (the result), `output` (text, HTML).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from drafter.audit.engine import COMMON_DOCS, MIN_CHARS, Settings
from drafter.audit.report import AuditReport
from drafter.errors import SourceError, UsageError

ENGINES = ("local", "spark")

__all__ = ["AuditReport", "ENGINES", "audit_archive"]


def audit_archive(
    paths: Sequence[str | Path],
    *,
    min_chars: int = MIN_CHARS,
    common_docs: int = COMMON_DOCS,
    engine: str = "local",
    workers: int = 2,
) -> AuditReport:
    """Every pair of documents under `paths` that share passages of `min_chars` characters or more.

    Raises:
        SourceError: a path is missing, no speech file is found, or fewer than two can be read.
        UsageError: an unknown engine or a setting out of range.
    """
    from drafter.audit.documents import list_documents

    settings = _settings(min_chars, common_docs)
    if engine not in ENGINES:
        raise UsageError(f"未知的引擎 {engine}", hint="可选 local（本机，默认）或 spark。")
    entries = list_documents(paths)
    if engine == "spark":
        from drafter.audit.spark import run_spark

        report = run_spark(entries, settings)
    else:
        from drafter.audit.local import run_local

        report = run_local(entries, settings, workers=workers)
    if report.documents < 2:
        names = "；".join(f"{s.name}（{s.reason}）" for s in report.skipped[:5])
        raise SourceError(
            f"可以读取的讲话稿不足两篇，无从比较。无法读取：{names}" if names else "可以读取的讲话稿不足两篇，无从比较",
            hint="审查至少需要两篇能读取的讲话稿（.txt、.md、.docx、.html）。",
        )  # fmt: skip
    from drafter.audit.originals import with_original_text

    return with_original_text(report)


def _settings(min_chars: int, common_docs: int) -> Settings:
    from drafter.audit.shingles import GUARANTEE

    if min_chars < GUARANTEE:
        raise UsageError(f"--min-chars 不能小于 {GUARANTEE}", hint=f"常用 50 到 200；短于 {GUARANTEE} 字的多是套话。")
    if common_docs < 3:
        raise UsageError("--common-docs 不能小于 3", hint="默认 5：至少 5 篇共有的文字视为通用文字。")
    return Settings(min_chars, common_docs)
