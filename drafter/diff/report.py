"""The result of a diff: frozen dataclasses and their JSON form."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    """Where a draft sentence stands against its best source sentence."""

    VERBATIM = "verbatim"  # identical after normalisation
    EDITED = "edited"  # similar enough to be an edited copy
    NEW = "new"  # no source sentence is close


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
    with kind equal, insert (draft only) or delete (source only). `copied` counts the
    normalised characters inside copied runs of at least 4 characters.
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
    partial: bool = False  # split off a longer source sentence, or merged from one and more text


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
            {"op": e.op, "source": e.source, "draft": e.draft, "position": e.position}
            for e in s.edits
        ],
        "copied": s.copied,
        "partial": s.partial,
        "start": s.start,
        "end": s.end,
    }
