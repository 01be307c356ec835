"""Match each draft sentence to source sentences: whole sentences, or clause by clause.

Query plan: an exact key lookup finds verbatim sentences; for the others a few
dozen candidate source sentences are drawn from the fingerprint index (`_rank`:
most shared fingerprints, rare grams, intersecting scarce fingerprints, and the
same per clause) and aligned with rapidfuzz (Levenshtein). A sentence unlike
every whole candidate is compared again on the scoring form (level words,
figures, years and places do not count, see `mechanical`), then clause by
clause (`clauses.find_hits`): a sentence cut or assembled from source clauses.
A sentence that keeps only part of its best source sentence is also matched
clause by clause, so the clauses it left out are not shown as its deletions;
so is an edited sentence that another, longer source sentence holds almost word
for word (its clauses are then the truer source).
`attribute` then picks one source per sentence along the draft, `assemble`
builds the report.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import chain

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from drafter.diff.attribute import Match
from drafter.diff.clauses import find_hits
from drafter.diff.fingerprint import K, fingerprint_positions, gram_hashes, sentence_key
from drafter.diff.mechanical import scoring_form
from drafter.diff.normalize import Sentence

TYPE_CHECKING = False  # typing.TYPE_CHECKING without typing; the index (sqlite3) is imported by who opens one (#18)
if TYPE_CHECKING:
    from drafter.diff.index import SourceIndex

# Similarity from which a sentence counts as an edited copy (tuned: bench_diff.py --tune).
EDITED_MIN = 0.65
TOP = 64  # candidates per sentence (by shared fingerprints) aligned with rapidfuzz
NEAR = 0.05  # candidates this close to the best are left for the choice of source to decide
RARE = 50  # a fingerprint held by at most this many sentences counts as a source's own wording
TOP_RARE = 32  # further candidates by rare fingerprints shared (and by scarce ones)
SCARCE_CAP, SCARCE_FPS = 2000, 4  # full lists read per sentence: at most 4, of ≤ 2000 sentences
MASK_TOP = 8  # best candidates compared again on the scoring form
CLAUSE_CANDS, CLAUSE_TOP = 12, 4  # candidates for clause matching: overall, per clause
KEPT_MAX = 0.7  # a draft sentence shorter than this share of its source is matched by clauses
CUT_MIN = 8  # … and one that left out this many characters in one place
PREFER = 0.05  # clauses of another sentence must match this much better than an edited whole
_CLAUSE = re.compile(rf"[^，；：。！？]{{{K},}}")
MEMO_MAX = 20_000  # sentences an index snapshot remembers the matches of (then it starts again)


def best_matches(
    index: SourceIndex, sents: list[Sentence]
) -> tuple[dict[int, Match], dict[int, float]]:
    """The near-best source sentences of each draft sentence with a verbatim, edited or
    clause-level match, and the best similarity found for every sentence that had candidates."""
    keys = [sentence_key(s.norm) for s in sents]
    exact = index.exact(keys)
    out: dict[int, Match] = {}
    pending: dict[int, set[int]] = {}
    hashes: dict[int, list[int]] = {}
    memo: dict[str, tuple[int, Match | None, float]] | None = getattr(index, "memo", None)
    remembered: dict[int, tuple[int, Match | None, float]] = {}
    for i, (s, key) in enumerate(zip(sents, keys, strict=True)):
        if key in exact:
            out[i] = Match(i, 1.0, {exact[key]: 1.0}, len(s.norm))
        elif len(s.norm) >= K:
            kept = memo.get(s.norm) if memo is not None else None
            if kept is not None:
                remembered[i] = kept
                continue
            hashes[i] = gram_hashes(s.norm)
            pending[i] = set(hashes[i])
    best_seen = {i: 1.0 for i in out}
    phase = dict.fromkeys(out, 0)  # 0 verbatim, 1 a whole sentence, 2 clause level: the order `out` is built in
    for i, (stage, found, best) in remembered.items():
        best_seen[i] = best
        if found is not None:
            out[i] = Match(i, found.score, dict(found.scores), found.weight, found.clauses)
            phase[i] = stage
    if pending:
        _match_pending(index, sents, hashes, pending, out, best_seen, phase)
        if memo is not None:
            if len(memo) > MEMO_MAX:
                memo.clear()
            for i in pending:
                found = out.get(i)
                copy = Match(i, found.score, dict(found.scores), found.weight, found.clauses) if found else None
                memo[sents[i].norm] = (phase.get(i, 0), copy, best_seen[i])
    if not remembered:
        return out, best_seen
    # As without the memo: the same matches in the same order (verbatim, whole, clause level; each by sentence).
    return ({i: out[i] for i in sorted(out, key=lambda i: (phase[i], i))},
            {i: best_seen[i] for i in sorted(best_seen, key=lambda i: (phase.get(i, 1) != 0, i))})  # fmt: skip


def _match_pending(
    index: SourceIndex,
    sents: list[Sentence],
    hashes: dict[int, list[int]],
    pending: dict[int, set[int]],
    out: dict[int, Match],
    best_seen: dict[int, float],
    phase: dict[int, int],
) -> None:
    """The matches of the sentences in `pending` (no verbatim copy), added to `out` and `best_seen` (and each one's
    phase to `phase`), in the order best_matches has always built them."""
    post = index.postings(chain.from_iterable(pending.values()))
    own = {i: fingerprint_positions(sents[i].norm, hashes[i]) for i in pending}
    scarce = {i: _scarce(fps, len(sents[i].norm), post) for i, fps in own.items()}
    full = index.full_postings(chain.from_iterable(scarce.values()))
    ranked = {i: _rank(set(own[i]), gs, post, scarce[i], full) for i, gs in pending.items()}
    texts = index.sentences(chain.from_iterable(ranked.values()))
    live = {i: [c for c in cands if texts[c][1] > 0] for i, cands in ranked.items()}
    clause_level: dict[int, tuple[list[int], Match | None, bool]] = {}
    for i, cands in live.items():
        match, best_seen[i], partial = _whole(i, sents[i].norm, cands, texts)
        if match is not None and not partial:
            if not _inside_another(sents[i].norm, match, cands, texts):
                out[i] = match
                phase[i] = 1
                continue
            clause_level[i] = (cands[:CLAUSE_CANDS], match, True)
        elif cands:
            clause_level[i] = (cands[:CLAUSE_CANDS], match, False)
    # Clause level, for the sentences no whole source sentence explains (a batch of its own:
    # ranking by clause costs more than by sentence, and most sentences never need it).
    extra = {i: _rank_clauses(sents[i].norm, own[i], post) for i in clause_level}
    texts.update(index.sentences(c for c in chain.from_iterable(extra.values()) if c not in texts))
    for i, (pool, whole, contest) in clause_level.items():
        pool = pool + [c for c in extra[i] if texts[c][1] > 0 and c not in pool]
        hits = find_hits(sents[i].norm, [(c, texts[c][0]) for c in pool])
        cover = hits.coverage_by() if hits is not None else {}
        score = max(cover.values(), default=0.0)
        if hits is not None and not (contest and whole and score < whole.score + PREFER):
            out[i] = Match(i, score, cover, len(sents[i].norm), hits)
            phase[i] = 2
        elif whole is not None:  # cut short, but not at clause boundaries; or the better match
            out[i] = whole
            phase[i] = 2


def _whole(
    i: int, query: str, cands: list[int], texts: dict[int, tuple[str, int]]
) -> tuple[Match | None, float, bool]:
    """The whole-sentence match of one draft sentence, its best similarity, and whether
    the draft kept only part of that source sentence (then clauses are compared first)."""
    scores = dict(zip(cands, similarities(query, [texts[c][0] for c in cands]), strict=True))
    best = max(scores.values(), default=0.0)
    if best < EDITED_MIN and scores:  # level words, figures and places may make the difference
        form = scoring_form(query)[0]
        for c in sorted(scores, key=lambda c: -scores[c])[:MASK_TOP]:
            masked = Levenshtein.normalized_similarity(form, scoring_form(texts[c][0])[0])
            scores[c] = max(scores[c], masked)
        best = max(scores.values(), default=0.0)
    if not scores or best < EDITED_MIN:
        return None, best, False
    top = max(scores, key=lambda c: (scores[c], -c))
    near = {c: sc for c, sc in scores.items() if sc >= max(best - NEAR, EDITED_MIN)}
    return Match(i, best, near, len(query)), best, _cut(texts[top][0], query)


def similarities(query: str, choices: list[str]) -> list[float]:
    """Levenshtein similarity of `query` to each choice, in order (one call into rapidfuzz)."""
    out = [0.0] * len(choices)
    found = process.extract(query, choices, scorer=Levenshtein.normalized_similarity, limit=None)
    for _, score, k in found:
        out[k] = score
    return out


def _inside_another(query: str, whole: Match, cands: list[int], texts: dict) -> bool:
    """Whether other candidates hold the clauses of an edited sentence almost word for word
    (a writer cut or reordered those sentences' clauses: they are then the truer source)."""
    if whole.score >= 1 - PREFER:
        return False
    # The sentences that hold the clauses share most fingerprints: they rank among the first.
    others = [texts[c][0] for c in cands[:CLAUSE_CANDS] if c not in whole.scores]
    clauses = _CLAUSE.findall(query)
    if not others or not clauses:
        return False
    cutoff = 100 * (whole.score + PREFER)
    found = sum(
        len(c)
        for c in clauses
        if process.extractOne(c, others, scorer=fuzz.partial_ratio, score_cutoff=cutoff)
    )
    return found >= KEPT_MAX * sum(len(c) for c in clauses)


def _cut(src: str, query: str) -> bool:
    """Whether the draft sentence left out part of the source sentence: it is much shorter,
    or one stretch of CUT_MIN characters or more is gone (a clause, shown as reused elsewhere)."""
    if len(query) < KEPT_MAX * len(src):
        return True
    return any(
        (op.src_end - op.src_start) - (op.dest_end - op.dest_start) >= CUT_MIN
        for op in Levenshtein.opcodes(src, query)
        if op.tag != "equal"
    )


def _rank_clauses(
    query: str, fps: dict[int, int], post: dict[int, tuple[int, Sequence[int]]]
) -> list[int]:
    """The source sentences sharing most fingerprints with each clause of `query`."""
    clauses = [m.span() for m in _CLAUSE.finditer(query)]
    if len(clauses) < 2:
        return []
    out: list[int] = []
    for start, end in clauses:
        counter: Counter[int] = Counter()
        for h, pos in fps.items():
            hit = post.get(h)
            if hit is not None and start <= pos <= end - K:
                counter.update(hit[1])
        out += [sid for sid, _ in counter.most_common(CLAUSE_TOP) if sid not in out]
    return out


def _scarce(fps: dict[int, int], length: int, post: dict[int, tuple[int, Sequence[int]]]) -> list[int]:
    """The least held fingerprint of each of SCARCE_FPS stretches of the sentence.

    Spread over the sentence, they come from different clauses: a sentence
    assembled from common clauses is where their full lists intersect.
    """
    best: dict[int, tuple[int, int]] = {}
    for h, pos in fps.items():
        total = post[h][0] if h in post else 0
        if RARE < total <= SCARCE_CAP:
            part = pos * SCARCE_FPS // max(1, length)
            if part not in best or total < best[part][0]:
                best[part] = (total, h)
    return [h for _, h in best.values()]


def _rank(
    fps: set[int],
    all_grams: set[int],
    post: dict[int, tuple[int, Sequence[int]]],
    scarce_fps: list[int],
    full: dict[int, Sequence[int]],
) -> list[int]:
    """Candidates for alignment, from three channels.

    1. Most shared fingerprints, counting the draft sentence's own winnowed ones:
       winnowing is local, so its source selected the same ones wherever no edit
       intervenes. For a common fingerprint only the most widely held sentences
       are read (index HEAD): a sentence copied by many speeches sits there.
    2. Any gram of the sentence stored for at most RARE sentences marks a
       speech's own wording, so a source's private variant still reaches alignment.
    3. A sentence assembled from common clauses is found where the full lists of
       its least held fingerprints (≤ SCARCE_CAP sentences) in different stretches
       of the sentence intersect.
    """
    counter: Counter[int] = Counter()
    for h in fps:
        hit = post.get(h)
        if hit is not None:
            counter.update(hit[1])
    rare: Counter[int] = Counter()
    for h in all_grams:
        hit = post.get(h)
        if hit is not None and hit[0] <= RARE:
            rare.update(hit[1])
    scarce: Counter[int] = Counter()
    for h in scarce_fps:
        scarce.update(full.get(h, ()))
    out = [sid for sid, _ in counter.most_common(TOP)]
    seen = set(out)
    for channel in (rare, scarce):
        for sid, n in channel.most_common(TOP_RARE):
            if sid not in seen and (channel is rare or n >= 2):
                out.append(sid)
                seen.add(sid)
    return out
