"""The steps of an audit that both engines share, so that they give the same result.

  1. map:     each document → its distinct fingerprints (documents.digest, shingles)
  2. shuffle: fingerprint → the documents holding it
  3. reduce:  a fingerprint held by `common_docs` documents or more is common text
              (a superior's text, boilerplate every office uses); one held by 2 to
              common_docs - 1 documents makes each pair of them a candidate
              (`pairs_of`), counted per pair
  4. filter:  a pair is compared when it shares at least `min_fingerprints(min_chars)`
              non-common fingerprints: any passage of min_chars characters holds that many
  5. verify:  passages measured exactly (`compare`)
  6. common:  common fingerprints grouped by the first document holding them, and cut
              into passages of that document (`common_passages`)

Why a document-frequency rule: a passage found in many documents was not copied
from one of them by each of the others; listing it pair by pair would bury the
real copying under N² pairs. It is listed once, with how many documents hold it
and the earliest one. Copying is what two, three or four documents share.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING

from drafter.audit.dates import order
from drafter.audit.documents import Digest, DocInfo
from drafter.audit.passages import shared_tiles
from drafter.audit.report import AuditReport, CommonText, PairFinding, Passage
from drafter.audit.shingles import K, W, fingerprints, fold, min_fingerprints

if TYPE_CHECKING:
    import numpy as np

MIN_CHARS = 50  # default: a passage shorter than this is a phrase, not copying
COMMON_DOCS = 5  # default: held by this many documents or more → common text
MAX_COMMON_SHOWN = 30


@dataclass(frozen=True, slots=True)
class Settings:
    min_chars: int = MIN_CHARS
    common_docs: int = COMMON_DOCS

    @property
    def min_shared(self) -> int:
        return min_fingerprints(self.min_chars)


@dataclass(frozen=True, slots=True)
class CommonHash:
    """A common fingerprint: how many documents hold it, the first one, the earliest dated one."""

    hash: int
    docs: int
    first: int
    earliest: int  # -1 when none of them is dated


def date_key(info: DocInfo) -> tuple[int, int, int] | None:
    """Sort key of a document's date (None when undated); a year alone sorts at its start."""
    d = info.date
    return None if d is None else (d.year, d.month, d.day)


def reduce_fingerprint(h: int, docs: list[int], keys: dict[int, tuple[int, int, int]],
                       settings: Settings) -> CommonHash | list[tuple[int, int]]:  # fmt: skip
    """One fingerprint's documents (sorted, distinct) → a common fingerprint, or its candidate pairs."""
    if len(docs) >= settings.common_docs:
        dated = [d for d in docs if d in keys]
        earliest = min(dated, key=lambda d: (keys[d], d)) if dated else -1
        return CommonHash(h, len(docs), docs[0], earliest)
    return list(combinations(docs, 2))


def compare(da: Digest, db: Digest, common: np.ndarray, settings: Settings) -> PairFinding | None:
    """The finding for a candidate pair, or None when they share no long passage but common text."""
    tiles = shared_tiles(da.norm, db.norm, common, settings.min_chars)
    own = [t for t in tiles if t.own >= settings.min_chars]
    if not own:
        return None
    b_first = order(da.info.date, db.info.date) > 0  # quote the likely source's wording
    passages = tuple(
        Passage(t.length, t.a, t.b, db.norm[t.b : t.b + t.length] if b_first else da.norm[t.a : t.a + t.length], t.common)
        for t in own
    )
    same = bool(da.info.draft) and da.info.draft == db.info.draft
    return PairFinding(
        da.info, db.info, sum(t.own for t in own), sum(t.common for t in own), passages, same
    )


def common_passages(
    doc: Digest, hashes: dict[int, CommonHash], settings: Settings
) -> list[tuple[str, int, int]]:
    """(text, documents, earliest document) of the common passages of `doc`.

    Consecutive common fingerprints (no more than a window apart) make one passage;
    passages shorter than min_chars are phrases and left out.
    """
    folded = fold(doc.norm)
    fps, positions = fingerprints(folded)
    out: list[tuple[str, int, int]] = []
    run: list[tuple[int, CommonHash]] = []
    for h, p in [*zip(fps.tolist(), positions.tolist(), strict=True), (None, len(folded) + W + K)]:
        if run and (h not in hashes or p - run[-1][0] > W):
            start, end = run[0][0], run[-1][0] + K
            if end - start >= settings.min_chars:
                held = [c for _, c in run]
                dated = [c.earliest for c in held if c.earliest >= 0]
                out.append((doc.norm[start:end], min(c.docs for c in held), min(dated, default=-1)))
            run = []
        if h is not None and h in hashes:
            run.append((p, hashes[h]))
    return out


def finish(
    infos: dict[int, DocInfo],
    skipped: Iterable,
    findings: Iterable[PairFinding],
    common: Iterable[tuple[int, tuple[str, int, int]]],
    settings: Settings,
    engine: str,
) -> AuditReport:
    """The report, in one order whatever engine found its parts."""
    pairs = sorted(findings, key=lambda p: (-p.shared, p.a.index, p.b.index))
    same = tuple(p for p in pairs if p.same_draft)
    texts = sorted(common, key=lambda c: (-c[1][1] * len(c[1][0]), c[0], c[1][0]))
    shown = tuple(
        CommonText(text, docs, infos.get(first), infos[example])
        for example, (text, docs, first) in texts[:MAX_COMMON_SHOWN]
    )
    return AuditReport(
        len(infos), tuple(sorted(skipped, key=lambda s: s.name)), tuple(p for p in pairs if not p.same_draft), shown,
        settings.min_chars, settings.common_docs, engine, same,
    )  # fmt: skip
