"""The result of an audit: frozen dataclasses and their JSON form."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from drafter.audit.dates import order
from drafter.audit.documents import DocInfo, Skipped

QUOTE_CHARS = 120  # characters of a passage quoted in a report


@dataclass(frozen=True, slots=True)
class Passage:
    """A passage two documents share: its length, where it starts in each, and its text."""

    length: int
    start_a: int
    start_b: int
    text: str  # as the earlier document has it (the first when the order is unknown)
    common: int = 0  # characters of it that are common text (not counted as copying)
    lead: int = 0  # characters of `text` before its first whole sentence (a passage starting mid-sentence)

    def shown(self) -> str:
        """The passage as a reader sees it: from its first whole sentence, without leading punctuation."""
        return self.text[self.lead :].lstrip("。！？；：，、 ")

    def quote(self) -> str:
        text = self.shown()
        return text if len(text) <= QUOTE_CHARS else text[:QUOTE_CHARS] + "……"

    def to_dict(self) -> dict[str, Any]:
        return {"length": self.length, "common_chars": self.common, "start_a": self.start_a,
                "start_b": self.start_b, "text": self.text}  # fmt: skip


@dataclass(frozen=True, slots=True)
class PairFinding:
    """Two documents sharing long passages (a before b in archive order).

    `shared` counts the characters of their passages other than common text (the
    same from either side: passages are tiled without overlap); `common` the
    characters of common text inside those passages, not counted as copying.
    """

    a: DocInfo
    b: DocInfo
    shared: int
    common: int
    passages: tuple[Passage, ...]
    same_draft: bool = False  # one drafter draft in two formats or two rounds (their records tie them)

    @property
    def share_a(self) -> float:
        return self.shared / self.a.chars

    @property
    def share_b(self) -> float:
        return self.shared / self.b.chars

    @property
    def longest(self) -> int:
        return self.passages[0].length

    @property
    def earlier(self) -> int:
        """-1 when a is the likely source, 1 when b is, 0 when the order is unknown."""
        return order(self.a.date, self.b.date)

    def source_and_copy(self) -> tuple[DocInfo, DocInfo] | None:
        """(likely source, likely copy), or None when the dates cannot tell."""
        if self.earlier < 0:
            return self.a, self.b
        if self.earlier > 0:
            return self.b, self.a
        return None

    def basis(self) -> str:
        """Which dates the order rests on, in Chinese (weak file dates are said to be weak)."""
        dates = [d for d in (self.a.date, self.b.date) if d is not None]
        if len(dates) < 2:
            return "至少一篇没有日期"
        sources = "、".join(dict.fromkeys(d.source for d in dates))
        weak = "（文件时间只能作参考：复制、下载都会改变它）" if any(d.weak for d in dates) else ""
        return f"依据{sources}{weak}"

    def to_dict(self) -> dict[str, Any]:
        pair = self.source_and_copy()
        return {
            "a": self.a.to_dict(),
            "b": self.b.to_dict(),
            "shared_chars": self.shared,
            "share_a": round(self.share_a, 4),
            "share_b": round(self.share_b, 4),
            "longest": self.longest,
            "common_chars": self.common,
            "likely_source": pair[0].name if pair else None,
            "likely_copy": pair[1].name if pair else None,
            "order_basis": self.basis(),
            "passages": [p.to_dict() for p in self.passages],
        }


@dataclass(frozen=True, slots=True)
class CommonText:
    """A passage many documents hold (a superior's text, boilerplate): reported once."""

    text: str
    docs: int  # at least this many documents hold every part of it
    first: DocInfo | None  # the earliest dated document holding it
    example: DocInfo  # a document it was quoted from

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "length": len(self.text),
            "documents": self.docs,
            "earliest": self.first.to_dict() if self.first else None,
            "quoted_from": self.example.name,
        }


@dataclass(frozen=True, slots=True)
class AuditReport:
    """Every pair of documents sharing long passages, and the common text set apart."""

    documents: int
    skipped: tuple[Skipped, ...]
    pairs: tuple[PairFinding, ...]
    common: tuple[CommonText, ...]
    min_chars: int
    common_docs: int
    engine: str
    same_draft: tuple[PairFinding, ...] = ()  # pairs that are one draft's formats or rounds: not copying

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "min_chars": self.min_chars,
            "common_docs": self.common_docs,
            "engine": self.engine,
            "pairs": [p.to_dict() for p in self.pairs],
            "same_draft": [{"a": p.a.name, "b": p.b.name, "record": p.a.record, "shared_chars": p.shared}
                           for p in self.same_draft],  # fmt: skip
            "common_text": [c.to_dict() for c in self.common],
            "skipped": [{"name": s.name, "reason": s.reason} for s in self.skipped],
        }
