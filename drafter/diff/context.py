"""A second look, in the sources chosen for its neighbours, for what retrieval missed.

Retrieval (`align`) needs a run of characters shared with the source sentence:
a short sentence edited every few characters (三要强完宣极传导。 from
三要强化宣传引导。) shares no K-gram with it, and an edited sentence may share
its surviving K-grams only with other speeches' variants of it, so its own
source's sentence never reaches alignment. Its matched neighbours say where it
was copied from: the sentences around the same place in their sources are
compared with it directly (Levenshtein, one call into rapidfuzz per sentence)
and join its candidates when they are copies (≥ EDITED_MIN) within NEAR of
its best; the documents are then chosen again (`attribute.choose_docs`), so a
draft passage can stay with the source it was copied from. Sentences matched
clause by clause are left as they are.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from typing import TypeAlias

from rapidfuzz.distance import Levenshtein

from drafter.diff.align import EDITED_MIN, MASK_TOP, NEAR, similarities
from drafter.diff.attribute import Match, Pool, choose_docs, source_positions
from drafter.diff.mechanical import scoring_form
from drafter.diff.normalize import Sentence

TYPE_CHECKING = False  # typing.TYPE_CHECKING without typing; the index (sqlite3) is imported by who opens one (#18)
if TYPE_CHECKING:
    from drafter.diff.index import SourceIndex

REACH = 2  # matched neighbours up to this many sentences away lend their source
SPREAD = 2  # source sentences compared on either side of the place expected
SHORTEST = 4  # shorter sentences (同志们：) are left alone: too little to tell by

Rows: TypeAlias = "dict[int, tuple[str, str, array[int]]]"  # document → (name, path, sentence ids)


def second_look(
    index: SourceIndex,
    sents: list[Sentence],
    matches: dict[int, Match],
    pool: Pool,
    chosen: dict[int, tuple[int, int]],
) -> dict[int, tuple[int, int]]:
    """The documents chosen again for every matched draft sentence, after adding to
    `matches` (in place) the close sentences of its neighbours' sources (`chosen`, as
    first picked from `pool`); `chosen` itself when nothing was added."""
    rows = {doc: pool.rows[doc] for doc, _ in chosen.values()}
    if not _widen(index, sents, matches, rows, chosen):
        return chosen
    return choose_docs(matches, pool)


def _widen(
    index: SourceIndex,
    sents: list[Sentence],
    matches: dict[int, Match],
    rows: Rows,
    chosen: dict[int, tuple[int, int]],
) -> bool:
    """Add the neighbours' close sentences to the matches; whether any was added."""
    where = source_positions(chosen, rows)
    looks = {i: _places(i, chosen, where, rows) for i in _wanting(sents, matches)}
    looks = {i: [sid for sid in sids if i not in matches or sid not in matches[i].scores]
             for i, sids in looks.items()}  # fmt: skip
    texts = index.sentences(sid for sids in looks.values() for sid in sids)
    added = False
    for i, sids in looks.items():
        if not sids:
            continue
        found = _scores(sents[i].norm, sids, texts)
        merged = _merged(i, len(sents[i].norm), matches.get(i), found)
        if merged is not None:
            matches[i] = merged
            added = True
    return added


def _wanting(sents: list[Sentence], matches: dict[int, Match]) -> list[int]:
    """Draft sentences worth a second look: unmatched, or matched whole but not verbatim."""
    out = []
    for i, s in enumerate(sents):
        m = matches.get(i)
        if len(s.norm) < SHORTEST or (m is not None and (m.clauses is not None or m.score >= 1)):
            continue
        out.append(i)
    return out


def _places(
    i: int, chosen: dict[int, tuple[int, int]], where: dict[int, int], rows: Rows
) -> list[int]:
    """The source sentences around where the matched neighbours of draft sentence i
    (up to REACH away on either side) put it in their sources."""
    out: list[int] = []
    for j in range(i - REACH, i + REACH + 1):
        if j == i or j not in chosen:
            continue
        sids = rows[chosen[j][0]][2]
        expected = where[j] + (i - j)
        for pos in range(max(0, expected - SPREAD), min(len(sids), expected + SPREAD + 1)):
            if sids[pos] not in out:
                out.append(sids[pos])
    return out


def _scores(
    query: str, sids: Sequence[int], texts: dict[int, tuple[str, int]]
) -> dict[int, float]:
    """Similarity of `query` to each sentence, on the scoring form too (level words,
    figures, places) when plainly none is a copy."""
    scores = dict(zip(sids, similarities(query, [texts[s][0] for s in sids]), strict=True))
    if max(scores.values()) < EDITED_MIN:
        form = scoring_form(query)[0]
        for sid in sorted(scores, key=lambda s: -scores[s])[:MASK_TOP]:
            masked = Levenshtein.normalized_similarity(form, scoring_form(texts[sid][0])[0])
            scores[sid] = max(scores[sid], masked)
    return scores


def _merged(i: int, weight: int, old: Match | None, found: dict[int, float]) -> Match | None:
    """The match of sentence i with the sentences found added, or None when none is a
    near-best copy."""
    scores = dict(old.scores) if old is not None else {}
    best = max([*scores.values(), *found.values()])
    floor = max(best - NEAR, EDITED_MIN)
    if not any(sc >= floor for sc in found.values()):
        return None
    scores.update(found)
    return Match(i, best, {sid: sc for sid, sc in scores.items() if sc >= floor}, weight)
