"""Choose the source document of every matched draft sentence.

A sentence of the genre often occurs in many sources, verbatim or nearly. The
choice is a shortest path along the draft: staying with one source costs
nothing, switching to another costs 1, and taking a sentence less similar than
the best one costs 40 × the gap (at most 2 within NEAR), so neighbouring
sentences keep to the source they were copied from and near-equal candidates
(within 2.5 points) are decided by context. Ties go to the source explaining
most of the draft. (At 10 × the gap, a passage copied from a speech that is
not among the candidates, as happens among a million speeches sharing their
sentences, stayed with any candidate holding their common versions rather
than take the sentences other candidates hold exactly.)
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from drafter.diff.clauses import ClauseMatch

TYPE_CHECKING = False  # typing.TYPE_CHECKING without typing; the index (sqlite3) is imported by who opens one (#18)
if TYPE_CHECKING:
    from drafter.diff.index import SourceIndex

POOL_PER_SENTENCE = 40  # a best match held by at most this many sources brings them all in
POOL_COMMON = 8  # … a more widely held one only its first few
GAP_COST = 40.0  # tuned: bench_index.py, precision/recall at 1k, 10k and 1M (notes/recall.md)


@dataclass(slots=True)
class Match:
    """The source sentences a draft sentence may come from."""

    i: int  # draft sentence number
    score: float  # best similarity
    scores: dict[int, float]  # source sentence id → similarity (the near-best ones)
    weight: int  # normalised characters of the draft sentence
    # For a sentence cut or assembled from source clauses: the clauses, and `scores`
    # holds the share of the draft sentence each source sentence's clauses cover.
    clauses: ClauseMatch | None = None

    def by_score(self) -> list[int]:
        return sorted(self.scores, key=lambda sid: (-self.scores[sid], sid))

    def cost(self, sid: int) -> float:
        return GAP_COST * (self.score - self.scores[sid])


def assign_docs(
    index: SourceIndex,
    matches: dict[int, Match],
    dfs: dict[int, int],
    exclude: frozenset[int] = frozenset(),
) -> dict[int, tuple[int, int]]:
    """Pick one (source document, source sentence) for every matched draft sentence
    (`candidate_docs`, then `choose_docs`)."""
    return choose_docs(matches, Pool(candidate_docs(index, matches, dfs, exclude)))


def candidate_docs(
    index: SourceIndex,
    matches: dict[int, Match],
    dfs: dict[int, int],
    exclude: frozenset[int] = frozenset(),
) -> dict[int, tuple[str, str, array[int]]]:
    """The rows (name, path, sentence ids) of the documents the sentences may come from.

    All holders of a rare best match (held by at most POOL_PER_SENTENCE
    sources: what identifies a source), a few of a common one. Which of them
    hold which near-best sentences is read from their stored sentence lists,
    so the cost does not grow with how common a sentence is. Documents in
    `exclude` (the draft itself, when it sits among the sources) are never taken.
    """
    pool: set[int] = set()
    for m in matches.values():
        for sid in m.by_score():
            if m.scores[sid] < m.score:
                break
            limit = POOL_PER_SENTENCE if dfs[sid] <= POOL_PER_SENTENCE else POOL_COMMON
            pool.update(index.docs_holding(sid, limit + len(exclude)))
    return index.doc_rows(pool - exclude)


class Pool:
    """The candidate documents: their rows (name, path, sentence ids), and which of them
    hold a source sentence (found once per sentence: the documents may be chosen again
    after more sentences joined the matches, see `context`)."""

    def __init__(self, rows: dict[int, tuple[str, str, array[int]]]) -> None:
        self.rows = rows
        self._holding: dict[int, list[int]] = {}
        self._holders: dict[int, tuple[Match, dict[int, int]]] = {}

    def holding(self, sids: Iterable[int]) -> dict[int, list[int]]:
        """The documents (ascending) holding each of `sids` (one pass over the documents
        for all those not asked before)."""
        sids = set(sids)
        todo = sids - self._holding.keys()
        if todo:
            found: dict[int, list[int]] = {sid: [] for sid in todo}
            for doc in sorted(self.rows):
                for sid in todo.intersection(self.rows[doc][2]):
                    found[sid].append(doc)
            self._holding.update(found)
        return {sid: self._holding[sid] for sid in sids}

    def holders(self, m: Match) -> dict[int, int]:
        """Document → its sentence closest to match m's draft sentence (the first on ties)."""
        kept = self._holders.get(m.i)
        if kept is not None and kept[0] is m:
            return kept[1]
        if not self._holding.keys() >= m.scores.keys():
            self.holding(m.scores)
        holding = self._holding
        here: dict[int, int] = {}
        for sid in sorted(m.scores, key=lambda sid: (-m.scores[sid], sid)):
            for doc in holding[sid]:
                here.setdefault(doc, sid)
        self._holders[m.i] = (m, here)
        return here


def choose_docs(matches: dict[int, Match], pool: Pool) -> dict[int, tuple[int, int]]:
    """One (document, source sentence) for every matched draft sentence, among the
    pool's: the least-cost path along the draft (see module docstring)."""
    pool.holding(sid for m in matches.values() for sid in m.scores)  # all in one pass
    holders = {i: pool.holders(m) for i, m in matches.items()}
    coverage: defaultdict[int, float] = defaultdict(float)
    for i, docs in holders.items():
        m = matches[i]
        gain = {sid: m.weight * max(0.0, 1 - m.cost(sid)) for sid in m.scores}
        for doc, sid in docs.items():
            coverage[doc] += gain[sid]
    rank = {
        doc: r
        for r, (doc, _) in enumerate(sorted(coverage.items(), key=lambda kv: (-kv[1], kv[0])))
    }
    return _path(holders, matches, rank)


def _path(
    holders: dict[int, dict[int, int]], matches: dict[int, Match], rank: dict[int, int]
) -> dict[int, tuple[int, int]]:
    """Least-cost choice of documents along the draft (see module docstring)."""
    items = sorted(i for i in holders if holders[i])
    costs: dict[int, float] = {}
    best_prev, best_cost = -1, 0.0
    backs: list[dict[int, int]] = []
    tiny = {doc: r * 1e-9 for doc, r in rank.items()}  # ties go to the higher-ranked source
    for i in items:
        m = matches[i]
        here: dict[int, float] = {}
        back: dict[int, int] = {}
        switch = best_cost + 1
        cost = {sid: m.cost(sid) for sid in m.scores}
        for doc, sid in holders[i].items():
            own = cost[sid] + tiny[doc]
            stay = costs.get(doc)
            if stay is not None and stay <= switch:
                here[doc], back[doc] = stay + own, doc
            else:
                here[doc], back[doc] = switch + own, best_prev
        costs = here
        best_cost = min(here.values())
        best_prev = min((d for d, c in here.items() if c == best_cost), key=rank.__getitem__)
        backs.append(back)
    out: dict[int, tuple[int, int]] = {}
    doc = best_prev
    for n in range(len(items) - 1, -1, -1):
        i = items[n]
        out[i] = (doc, holders[i][doc])
        doc = backs[n][doc]
    return out


def source_positions(chosen: dict[int, tuple[int, int]], docs: dict) -> dict[int, int]:
    """Sentence number in its source of each matched draft sentence, following the draft order."""
    where: dict[int, dict[int, list[int]]] = {}
    for doc, (_, _, sids) in docs.items():
        table: dict[int, list[int]] = defaultdict(list)
        for pos, sid in enumerate(sids):
            table[sid].append(pos)
        where[doc] = table
    out: dict[int, int] = {}
    last: dict[int, int] = {}
    for i in sorted(chosen):
        doc, sid = chosen[i]
        options = where[doc][sid]
        after = [p for p in options if p > last.get(doc, -1)]
        out[i] = last[doc] = after[0] if after else options[0]
    return out


__all__ = [
    "POOL_PER_SENTENCE",
    "Match",
    "Pool",
    "assign_docs",
    "candidate_docs",
    "choose_docs",
    "source_positions",
]
