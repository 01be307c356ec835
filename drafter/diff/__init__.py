r"""Diff a draft against source speeches: where each sentence comes from, what changed, reuse.

    >>> from drafter.diff import diff_text, SourceDoc
    >>> source = SourceDoc("s1", "同志们：\n今天召开全市妇女儿童工作会议。")
    >>> report = diff_text("同志们：\n今天召开全县妇女儿童工作会议。", [source])
    >>> [s.status.value for s in report.sentences], round(report.reuse, 2)
    (['verbatim', 'edited'], 0.95)

Modules: `normalize` (canonical text, sentences), `sources` (finding and reading
source files), `index` (on-disk sqlite index; `build` writes it with worker processes,
`fingerprint` hashes, `manifest` decides when sources are looked at again), `mechanical` (level words,
figures, years, places), `clauses` (clause-level matching), `align` (matching
sentences), `attribute` (choosing the source of each sentence), `context` (a second
look, in the sources of its neighbours, for a sentence retrieval missed), `assemble`
(statuses, edits, reuse), `report` (result dataclasses and their JSON form),
`output` (terminal text and HTML).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from drafter.diff.normalize import Sentence, sentences
from drafter.diff.report import DiffReport, Edit, Run, SentenceDiff, SourceRef, SourceShare, Status
from drafter.diff.sources import SourceDoc, load_source
from drafter.errors import SourceError
from drafter.library.paths import default_corpus_dir
from drafter.workspace import default_corpora

TYPE_CHECKING = False
if TYPE_CHECKING:
    from drafter.diff.index import SourceIndex, index_docs, index_stream, open_index
    from drafter.diff.snapshot import IndexSnapshot

_FROM_INDEX = ("SourceIndex", "index_docs", "index_stream", "open_index")

__all__ = [
    "DiffReport",
    "Edit",
    "Run",
    "SentenceDiff",
    "SourceDoc",
    "SourceIndex",
    "SourceRef",
    "SourceShare",
    "Status",
    "default_corpus_dir",
    "diff_draft",
    "diff_text",
    "index_docs",
    "index_stream",
    "load_source",
    "open_index",
]


def __getattr__(name: str) -> object:
    """The index's names, imported on first use: a draft's measure reads a snapshot and never imports sqlite3 (#18)."""
    if name in _FROM_INDEX:
        from drafter.diff import index

        return getattr(index, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def diff_text(
    text: str, sources: SourceIndex | IndexSnapshot | Iterable[SourceDoc], *, max_source_share: float = 0.5
) -> DiffReport:
    """Diff draft `text` against an index (or its snapshot) or a list of in-memory sources.

    Raises:
        SourceError: the draft holds no text to compare.
    """
    from drafter.diff.assemble import build_report

    sents = _sentences_or_fail(text)
    if hasattr(sources, "postings"):  # an open index or a snapshot of one (no SourceDoc iterable has it)
        return build_report(sources, text, sents, max_source_share=max_source_share)  # type: ignore[arg-type]
    from drafter.diff.index import index_docs

    index = index_docs(sources)  # type: ignore[arg-type]
    try:
        return build_report(index, text, sents, max_source_share=max_source_share)
    finally:
        index.close()


def diff_draft(
    draft: str | Path,
    against: Sequence[str | Path] = (),
    *,
    max_source_share: float = 0.5,
    index_path: str | Path | None = None,
) -> DiffReport:
    """Diff a draft file (.txt, .md, .docx) against the speeches under `against` (default: corpus/).

    The sources' index is built on first use and refreshed when their files change.

    Raises:
        SourceError: unreadable or empty draft, missing sources.
    """
    from drafter.diff.assemble import build_report
    from drafter.diff.index import open_index
    from drafter.reader import read_speech

    _, text = read_speech(draft)
    sents = _sentences_or_fail(text, draft)
    index = open_index(list(against) or default_corpora(), index_path)
    try:
        own = index.doc_ids([str(Path(draft).resolve())])
        notes: tuple[str, ...] = (f"稿子本身位于来源中，已排除：{draft}",) if own else ()
        skipped = index.skipped()
        notes += tuple(f"来源无法读取，已跳过：{path}（{reason}）" for path, reason in skipped)
        if skipped and index.stats()["docs"] <= len(skipped) + len(own):  # all new, 复用 0%, exit 0 (newuser37)
            said = "；".join(f"{path}（{reason}）" for path, reason in skipped[:3]) + ("等" if len(skipped) > 3 else "")
            raise SourceError(f"来源都无法读取，没有可以对比的讲话稿：{said}",
                              hint="用 --against 指向 .txt、.md 或 .docx 讲话稿（或存放它们的文件夹）。")  # fmt: skip
        if index.rebuilt:
            notes += (f"对比索引已损坏或版本过旧，已按来源重新建立：{index.location}",)
        report = build_report(
            index, text, sents, max_source_share=max_source_share, exclude=own, notes=notes
        )
        if index.refresh(s.path for s in report.sources):  # a cited source changed in place
            report = build_report(
                index, text, sents, max_source_share=max_source_share, exclude=own, notes=notes
            )
        return report
    finally:
        index.close()


def _sentences_or_fail(text: str, path: str | Path | None = None) -> list[Sentence]:
    from drafter.errors import LimitError
    from drafter.limits import MAX_CHECK_CHARS

    if len(text) > MAX_CHECK_CHARS:  # a 10 MB draft (an archive in one file) was compared for 26 s (newuser38)
        raise LimitError(
            f"文字过长（{len(text) // 10_000} 万字，上限 {MAX_CHECK_CHARS // 10_000} 万字），不像一篇讲话稿，没有对比",
            path=path or None, hint="一篇讲话稿通常几千到两万字：把其中的讲话稿分成单独的文件，再逐个对比；"
            "要查一批讲话稿之间谁抄了谁，用 drafter audit 文件夹/。",
        )  # fmt: skip
    sents = sentences(text)
    if not sents:
        raise SourceError("稿子是空的，没有可比较的文字", hint="请提供有内容的讲话稿。")
    return sents
