"""The result of a diff: frozen dataclasses and their JSON form."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    """Where a draft sentence stands against its best source sentence."""

    VERBATIM = "verbatim"  # identical after normalisation
    EDITED = "edited"  # one source sentence, edited (level words, figures, wording …)
    RECOMBINED = "recombined"  # cut or assembled from clauses of source sentences
    NEW = "new"  # no source sentence or clause is close

    @property
    def label(self) -> str:
        """The Chinese name shown to users."""
        return LABELS[self]


LABELS = {
    Status.VERBATIM: "原样",
    Status.EDITED: "改动",
    Status.RECOMBINED: "拆并",
    Status.NEW: "新写",
}
# What each status means, for the legend of every output (one wording everywhere).
LEGEND = {
    Status.VERBATIM: "与来源句一字不差（标点全半角、空白不计）",
    Status.EDITED: "由一个来源句改写而来；百分比为相似度，层级词（全市/全县等）、数字、年份、地名的改动不计入",
    Status.RECOMBINED: "由来源句的若干分句（以，；：分隔）截取、调序或拼合而成；百分比为来自来源分句的文字占本句的比例",
    Status.NEW: "找不到相近的来源句或分句，视为新写",
}


@dataclass(frozen=True, slots=True)
class Edit:
    """One character edit turning the source sentence into the draft sentence.

    `op` is replace, insert or delete; `source` the source text taken out (empty
    for insert), `draft` the draft text put in (empty for delete); `position`
    the offset in the draft sentence's normalised text.
    """

    op: str
    source: str
    draft: str
    position: int
    kind: str = ""  # 层级词, 数字, 年份 or 地名 for a mechanical change; empty for wording


@dataclass(frozen=True, slots=True)
class Change:
    """A mechanical change: its kind (层级词, 数字, 年份, 地名), the source's words, the draft's."""

    kind: str
    source: str
    draft: str  # empty when the draft dropped them

    def describe(self) -> str:
        if not self.draft:
            return f"删去{self.kind}“{self.source}”"
        if not self.source:
            return f"加入{self.kind}“{self.draft}”"
        return f"{self.kind}“{self.source}”→“{self.draft}”"


@dataclass(frozen=True, slots=True)
class ClauseRef:
    """One stretch of a 拆并 sentence and the source clause it was taken from."""

    draft: str  # the draft's text (original form)
    source: str  # the source clause (normalised)
    number: int  # 1-based number of the source sentence in its source
    score: float


@dataclass(frozen=True, slots=True)
class SourceRef:
    """The source sentence a draft sentence was matched to."""

    id: str  # source id (front matter id or file stem)
    path: str
    text: str  # the source sentence, normalised (full-width punctuation, no spaces)
    number: int  # 1-based number of the sentence in its source


@dataclass(frozen=True, slots=True)
class SentenceDiff:
    """One draft sentence, its status, best source sentence and edits.

    `pieces` lays the edits out for display: (kind, draft text, source text)
    with kind equal, insert (draft only), delete (source only) or gap (source only: "…"
    between clauses taken from different places). `copied` counts the normalised
    characters inside copied runs of at least 4 characters. `covered` is the share of
    the sentence taken from its source (1 for 原样 and 改动, the clauses' share for 拆并).
    """

    text: str
    start: int  # offsets of the sentence in the draft text
    end: int
    status: Status
    score: float
    source: SourceRef | None
    edits: tuple[Edit, ...]
    pieces: tuple[tuple[str, str, str], ...]
    copied: int
    spans: tuple[tuple[int, int], ...] = ()  # copied character spans in the normalised sentence
    covered: float = 0.0
    changes: tuple[Change, ...] = ()  # mechanical changes (level words, figures, years, places)
    clauses: tuple[ClauseRef, ...] = ()  # for 拆并: the source clauses, in draft order


@dataclass(frozen=True, slots=True)
class SourceShare:
    """How much of the draft one source supplied."""

    id: str
    path: str
    chars: int
    share: float


@dataclass(frozen=True, slots=True)
class Run:
    """The longest stretch copied without a change."""

    text: str
    source_id: str
    length: int  # normalised characters


@dataclass(frozen=True, slots=True)
class DiffReport:
    """Everything `drafter diff` reports about one draft."""

    sentences: tuple[SentenceDiff, ...]
    sources: tuple[SourceShare, ...]  # largest share first
    reuse: float  # share of draft characters inside copied runs of ≥ 4 characters
    chars: int  # normalised characters of the draft
    longest_run: Run | None
    warnings: tuple[str, ...]
    max_source_share: float

    @property
    def over_share(self) -> bool:
        """Whether one source supplied more than `max_source_share` of the draft."""
        return any(s.share > self.max_source_share for s in self.sources)

    def counts(self) -> dict[str, int]:
        """Number of sentences per status."""
        out = {s.value: 0 for s in Status}
        for sentence in self.sentences:
            out[sentence.status.value] += 1
        return out

    def to_dict(self) -> dict[str, Any]:
        """Plain data for `--json`."""
        run = self.longest_run
        return {
            "reuse": round(self.reuse, 4),
            "chars": self.chars,
            "counts": self.counts(),
            "legend": {st.value: {"label": st.label, "meaning": LEGEND[st]} for st in Status},
            "max_source_share": self.max_source_share,
            "sources": [
                {"id": s.id, "path": s.path, "chars": s.chars, "share": round(s.share, 4)}
                for s in self.sources
            ],
            "longest_run": None
            if run is None
            else {"text": run.text, "source": run.source_id, "length": run.length},
            "warnings": list(self.warnings),
            "sentences": [_sentence_dict(s) for s in self.sentences],
        }


def _sentence_dict(s: SentenceDiff) -> dict[str, Any]:
    return {
        "text": s.text,
        "status": s.status.value,
        "label": s.status.label,
        "score": round(s.score, 4),
        "source": None
        if s.source is None
        else {
            "id": s.source.id,
            "path": s.source.path,
            "text": s.source.text,
            "number": s.source.number,
        },
        "edits": [
            {
                "op": e.op,
                "source": e.source,
                "draft": e.draft,
                "position": e.position,
                "kind": e.kind,
            }
            for e in s.edits
        ],
        "changes": [{"kind": c.kind, "source": c.source, "draft": c.draft} for c in s.changes],
        "clauses": [
            {"draft": c.draft, "source": c.source, "number": c.number, "score": round(c.score, 4)}
            for c in s.clauses
        ],
        "covered": round(s.covered, 4),
        "copied": s.copied,
        "start": s.start,
        "end": s.end,
    }
