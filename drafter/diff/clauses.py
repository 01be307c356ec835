"""Clause-level matching: a draft sentence assembled from clauses of source sentences.

Writers cut a clause or two out of a long sentence (clauses joined by ，；：),
put clauses of two sentences together, or change their order. Such a sentence
is too unlike any whole source sentence for sentence-level similarity, yet
every clause of it is reused. `find_hits` compares clause by clause, on the
scoring form (see `mechanical`: level words, figures, years and places do not
count), in any order, and returns the stretches of the draft sentence each
reused clause covers.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from drafter.diff.mechanical import scoring_form

CLAUSE_MIN = 6  # characters (scoring form) a stretch needs to count as a reused clause
CLAUSE_SIM = 86.0  # rapidfuzz partial_ratio a stretch needs (tuned: bench_diff_edits.py)
COVER_MIN = 0.5  # share of the draft sentence (scoring form, no punctuation) to call it reused
ALTERNATIVES = 6  # source clauses kept per draft stretch, so the source can be chosen by context
_CLAUSE = re.compile(r"[^，；：。！？、…—“”‘’《》（）]+")
_SPLIT = re.compile(r"[^，；：。！？]+")


@dataclass(frozen=True, slots=True)
class Hit:
    """A stretch of the draft sentence found in a source sentence (canonical offsets)."""

    start: int
    end: int
    sid: int
    src_start: int
    src_end: int
    score: float  # partial similarity, 0..1


@dataclass(frozen=True, slots=True)
class ClauseMatch:
    """The reused stretches of one draft sentence: alternatives per stretch, best first."""

    slots: tuple[tuple[Hit, ...], ...]
    covered: float  # share of the draft sentence they cover (best alternatives)

    def coverage_by(self) -> dict[int, float]:
        """Per source sentence: the share of the draft sentence its clauses cover (by similarity)."""
        out: dict[int, float] = {}
        total = sum(s[0].end - s[0].start for s in self.slots) or 1
        for slot in self.slots:
            best: dict[int, float] = {}
            for hit in slot:  # weighed by similarity: the exact source covers most
                best.setdefault(hit.sid, (hit.end - hit.start) * hit.score)
            for sid, n in best.items():
                out[sid] = out.get(sid, 0.0) + n / total * self.covered
        return out


def _letters(form: str) -> int:
    return sum(len(m.group()) for m in _CLAUSE.finditer(form))


def _source_clauses(cands: list[tuple[int, str]]) -> tuple[list[str], list[tuple]]:
    """Clauses (scoring form) of the candidate sentences, and (sid, start, form, starts, ends)."""
    choices: list[str] = []
    owners: list[tuple] = []
    for sid, text in cands:
        form, starts, ends = scoring_form(text)
        for start, clause in clauses_of(form):
            choices.append(clause)
            owners.append((sid, start, form, starts, ends))
    return choices, owners


def clauses_of(form: str) -> tuple[tuple[int, str], ...]:
    """(start, clause) of each clause of CLAUSE_MIN characters or more of a scoring form: the same source sentences
    are candidates of sentence after sentence and draft after draft (the resident works them out for its corpus)."""
    found = _CLAUSES.get(form)
    if found is None:
        if len(_CLAUSES) >= 65536:
            _CLAUSES.clear()  # a long run over many sources: bounded
        found = _CLAUSES[form] = tuple((m.start(), m.group()) for m in _SPLIT.finditer(form) if m.end() - m.start() >= CLAUSE_MIN)
    return found


_CLAUSES: dict[str, tuple[tuple[int, str], ...]] = {}


def find_hits(query: str, cands: list[tuple[int, str]]) -> ClauseMatch | None:
    """The clauses of `cands` (sid, canonical text) that make up canonical `query`.

    Greedy: each clause of the query is matched to the source clause that
    covers most of it (partial similarity ≥ CLAUSE_SIM); what remains of a
    long clause on either side is matched again. A match then grows over the
    neighbouring characters both texts share (a short clause like 可以说 next to
    a reused one). Returns None when the reused stretches cover less than
    COVER_MIN of the query.
    """
    form, starts, ends = scoring_form(query)
    total = _letters(form)
    choices, owners = _source_clauses(cands)
    if not total or not choices:
        return None
    found = _greedy(form, choices, owners)
    taken = [False] * len(form)
    for slot in found:
        taken[slot[0].d0 : slot[0].d1] = [True] * (slot[0].d1 - slot[0].d0)
    slots = []
    covered = 0
    for slot in found:
        grown = [_grow(form, taken, owners[m.k][2], m) for m in slot]
        first = grown[0]
        taken[first.d0 : first.d1] = [True] * (first.d1 - first.d0)
        covered += _letters(form[first.d0 : first.d1])
        slots.append(tuple(_hit(starts, ends, owners[m.k], m) for m in grown))
    share = covered / total
    if share < COVER_MIN:
        return None
    return ClauseMatch(tuple(sorted(slots, key=lambda s: s[0].start)), share)


class _M(NamedTuple):
    """A match in scoring-form offsets: source clause k, draft d0..d1, source s0..s1."""

    k: int
    d0: int
    d1: int
    s0: int
    s1: int
    score: float


def _greedy(form: str, choices: list[str], owners: list[tuple]) -> list[list[_M]]:
    """Per reused stretch of the draft, its matching source clauses (best first)."""
    todo = [(m.start(), m.end()) for m in _SPLIT.finditer(form)]
    found: list[list[_M]] = []
    while todo:
        a, b = todo.pop()
        if b - a < CLAUSE_MIN:
            continue
        best = _best(form[a:b], choices)
        if best:
            found.append([_window(form[a:b], a, choices[k], k, owners[k][1], al) for k, al in best])
            first = found[-1][0]
            todo += [(a, first.d0), (first.d1, b)]
    return found


def _window(piece: str, a: int, clause: str, k: int, c0: int, al) -> _M:
    """The match of `piece` (at draft offset a) and source `clause` (at source offset c0).

    When the whole piece lies in a longer clause, partial_ratio's window has the
    piece's length and is shifted by any deletion (环境和和和生活质量不断优化 against
    环境和生活质量不断优化 ends before 优化): align the piece with the whole clause
    and drop only the clause's unmatched ends instead.
    """
    score = al.score / 100
    if al.src_start > 0 or al.src_end < len(piece):
        return _M(k, a + al.src_start, a + al.src_end, c0 + al.dest_start, c0 + al.dest_end, score)
    ops = [op for op in Levenshtein.opcodes(clause, piece)]
    while ops and ops[0].tag == "delete":
        ops.pop(0)
    while ops and ops[-1].tag == "delete":
        ops.pop()
    s0, s1 = (ops[0].src_start, ops[-1].src_end) if ops else (al.dest_start, al.dest_end)
    return _M(k, a, a + len(piece), c0 + s0, c0 + s1, score)


def _grow(form: str, taken: list[bool], src: str, m: _M) -> _M:
    """Extend a match over the characters draft and source share on either side."""
    d0, d1, s0, s1 = m.d0, m.d1, m.s0, m.s1
    while d0 > 0 and s0 > 0 and form[d0 - 1] == src[s0 - 1] and not taken[d0 - 1]:
        d0, s0 = d0 - 1, s0 - 1
    while d1 < len(form) and s1 < len(src) and form[d1] == src[s1] and not taken[d1]:
        d1, s1 = d1 + 1, s1 + 1
    while d1 - d0 > 1 and form[d0] == src[s0] and _is_punct(form[d0]):  # punctuation at
        d0, s0 = d0 + 1, s0 + 1  # the edges belongs to the sentence, not to the clause
    while d1 - d0 > 1 and form[d1 - 1] == src[s1 - 1] and _is_punct(form[d1 - 1]):
        d1, s1 = d1 - 1, s1 - 1
    return _M(m.k, d0, d1, s0, s1, m.score)


def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch).startswith("P")


def _hit(starts: tuple[int, ...], ends: tuple[int, ...], owner: tuple, m: _M) -> Hit:
    """The match in canonical offsets of the draft and source sentences."""
    sid, _, _, src_starts, src_ends = owner
    return Hit(starts[m.d0], ends[m.d1 - 1], sid, src_starts[m.s0], src_ends[m.s1 - 1], m.score)


def _best(piece: str, choices: list[str]) -> list:
    """Source clauses matching `piece`, most of it covered first, with their alignments."""
    scored = process.extract(
        piece, choices, scorer=fuzz.partial_ratio, score_cutoff=CLAUSE_SIM, limit=None
    )
    ranked = []
    for text, _, k in scored:
        al = fuzz.partial_ratio_alignment(piece, text)
        if al is not None and al.src_end - al.src_start >= CLAUSE_MIN:
            ranked.append((-(al.src_end - al.src_start) * al.score, k, al))
    ranked.sort(key=lambda r: (r[0], r[1]))
    if not ranked:
        return []
    best = ranked[0][0]
    return [(k, al) for w, k, al in ranked[:ALTERNATIVES] if w <= best * 0.95]
