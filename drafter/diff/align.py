"""Match each draft sentence to a source sentence, pick the sources, score the draft.

Query plan: an exact key lookup finds verbatim sentences; for the others a few
dozen candidate source sentences are drawn from the fingerprint index (`_rank`:
most shared fingerprints, rare grams, intersecting scarce fingerprints) and
aligned with rapidfuzz (Levenshtein); a sentence split off or merged with a
source sentence is matched by partial alignment (`_part`). `attribute` then
picks one source per sentence along the draft.
Reuse is counted on the alignments: runs of ≥ MIN_RUN equal characters, joined
across sentence boundaries when they continue in the same source.
"""

from __future__ import annotations

import unicodedata
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from itertools import chain

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from drafter.diff.attribute import Match, assign_docs
from drafter.diff.index import K, SourceIndex, fingerprint_positions, grams, sentence_key
from drafter.diff.normalize import Sentence
from drafter.diff.report import DiffReport, Edit, Run, SentenceDiff, SourceRef, SourceShare, Status

# Similarity from which a sentence counts as an edited copy (tuned: bench_diff.py --tune).
EDITED_MIN = 0.65
MIN_RUN = 4  # copied runs shorter than this are chance, not reuse
TOP = 64  # candidates per sentence (by shared fingerprints) aligned with rapidfuzz
NEAR = 0.05  # candidates this close to the best are left for the choice of source to decide
PART_MIN, PART_LEN, PART_SHARE, PART_TOP = 0.85, 10, 0.4, 8  # split or merged sentences (_part)
RARE = 50  # a fingerprint held by at most this many sentences counts as a source's own wording
TOP_RARE = 32  # further candidates by rare fingerprints shared (and by scarce ones)
SCARCE_CAP, SCARCE_FPS = 6000, 4  # full lists read per sentence: at most 4, of ≤ 6000 sentences


@dataclass(frozen=True, slots=True)
class _Block:
    start: int  # global offset in the normalised draft
    end: int
    doc: int
    pos: int  # sentence number in the source
    src_start: int
    src_end: int
    src_len: int
    local_start: int


def best_matches(
    index: SourceIndex, sents: list[Sentence]
) -> tuple[dict[int, Match], dict[int, float]]:
    """The near-best source sentences of each draft sentence with a verbatim or edited match,
    and the best similarity found for every sentence that had candidates."""
    keys = [sentence_key(s.norm) for s in sents]
    exact = index.exact(keys)
    out: dict[int, Match] = {}
    pending: dict[int, set[int]] = {}
    for i, (s, key) in enumerate(zip(sents, keys, strict=True)):
        if key in exact:
            out[i] = Match(i, 1.0, {exact[key]: 1.0}, len(s.norm))
        elif len(s.norm) >= K:
            pending[i] = grams(s.norm)
    best_seen = {i: 1.0 for i in out}
    if not pending:
        return out, best_seen
    post = index.postings(chain.from_iterable(pending.values()))
    own = {i: fingerprint_positions(sents[i].norm) for i in pending}
    scarce = {i: _scarce(fps, len(sents[i].norm), post) for i, fps in own.items()}
    full = index.full_postings(chain.from_iterable(scarce.values()))
    ranked = {i: _rank(set(own[i]), gs, post, scarce[i], full) for i, gs in pending.items()}
    texts = index.sentences(chain.from_iterable(ranked.values()))
    for i, cands in ranked.items():
        query = sents[i].norm
        scored = [
            (Levenshtein.normalized_similarity(query, texts[c][0]), c)
            for c in cands
            if texts[c][1] > 0
        ]
        if not scored:
            continue
        best = best_seen[i] = max(sc for sc, _ in scored)
        if best >= EDITED_MIN:
            near = {c: sc for sc, c in scored if sc >= max(best - NEAR, EDITED_MIN)}
            out[i] = Match(i, best, near, len(query))
        elif part := _part(query, [(c, texts[c][0]) for _, c in sorted(scored, reverse=True)]):
            score, sid, window = part
            out[i] = Match(i, score, {sid: score}, len(query), window)
    return out, best_seen


def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch).startswith("P")


def _part(query: str, cands: list[tuple[int, str]]) -> tuple[float, int, tuple[int, int]] | None:
    """A source sentence the draft sentence was split off, or that it absorbed.

    A writer splits a long sentence in two or joins two with a comma; neither half
    is similar enough as a whole. The shorter of draft and source sentence must
    then match a stretch of the longer one (similarity ≥ PART_MIN) and be at
    least PART_LEN characters long; a merged-in source sentence must also make up
    PART_SHARE of the draft sentence. Returns
    (similarity of the parts, source sentence, the source window it covers).
    """
    found = None
    for sid, src in cands[:PART_TOP]:
        if min(len(query), len(src)) < PART_LEN or len(src) < PART_SHARE * len(query):
            continue
        al = fuzz.partial_ratio_alignment(query, src)
        if al is None:  # only returned below a score_cutoff, and none is given
            continue
        if len(query) <= len(src):  # split off: the draft sentence is a stretch of the source one
            end = al.dest_end
            if end < len(src) and _is_punct(query[-1]) and _is_punct(src[end]):
                end += 1  # the comma the split turned into a full stop
            window = (al.dest_start, end)
            score = Levenshtein.normalized_similarity(query, src[al.dest_start : end])
        else:  # merged: the source sentence is a stretch of the draft one
            window = (0, len(src))
            score = Levenshtein.normalized_similarity(src, query[al.src_start : al.src_end])
        if score >= PART_MIN and (found is None or score > found[0]):
            found = (score, sid, window)
    return found


def _scarce(fps: dict[int, int], length: int, post: dict[int, tuple[int, array[int]]]) -> list[int]:
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
    post: dict[int, tuple[int, array[int]]],
    scarce_fps: list[int],
    full: dict[int, array[int]],
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


def _word_ops(src: str, dst: str) -> list[tuple[str, int, int, int, int]]:
    """Character opcodes, with edits that only one or two equal characters separate merged.

    同意 → 赞同 is minimally "insert 赞, keep 同, delete 意"; a reader sees one replacement.
    """
    ops: list[tuple[str, int, int, int, int]] = []
    for op in Levenshtein.opcodes(src, dst):
        cur = (op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end)
        if (
            cur[0] != "equal"
            and len(ops) >= 2
            and ops[-1][0] == "equal"
            and ops[-1][2] - ops[-1][1] <= 2
            and ops[-2][0] != "equal"
        ):
            first = ops[-2]
            ops[-2:] = []
            cur = ("replace", first[1], cur[2], first[3], cur[4])
        ops.append(cur)
    return [_retag(op) for op in ops]


def _retag(op: tuple[str, int, int, int, int]) -> tuple[str, int, int, int, int]:
    tag, i1, i2, j1, j2 = op
    if tag == "equal":
        return op
    return ("insert" if i1 == i2 else "delete" if j1 == j2 else "replace", i1, i2, j1, j2)


def _pieces(
    src: str, sentence: Sentence, draft: str
) -> tuple[list[Edit], list[tuple[str, str, str]], list[tuple]]:
    """Edits, display pieces and equal blocks (draft i..j, source a..b) of one alignment."""
    norm = sentence.norm
    edits: list[Edit] = []
    pieces: list[tuple[str, str, str]] = []
    blocks: list[tuple] = []
    for tag, i1, i2, j1, j2 in _word_ops(src, norm):
        old, new = src[i1:i2], sentence.original(draft, j1, j2)
        if tag == "equal":
            pieces.append(("equal", new, old))
            blocks.append((j1, j2, i1, i2))
            continue
        edits.append(Edit(tag, old, new, j1))
        if old:
            pieces.append(("delete", "", old))
        if new:
            pieces.append(("insert", new, ""))
    return edits, pieces, blocks


def build_report(
    index: SourceIndex,
    text: str,
    sents: list[Sentence],
    *,
    max_source_share: float = 0.5,
    exclude: frozenset[int] = frozenset(),
    notes: tuple[str, ...] = (),
) -> DiffReport:
    """Diff the sentences of `text` against the index (never attributing to `exclude` docs)."""
    matches, best = best_matches(index, sents)
    info = index.sentences(chain.from_iterable(m.scores for m in matches.values()))
    chosen = assign_docs(index, matches, {sid: df for sid, (_, df) in info.items()}, exclude)
    docs = index.doc_rows({doc for doc, _ in chosen.values()})
    positions = _positions(chosen, docs)
    results: list[SentenceDiff] = []
    blocks: list[_Block] = []
    offset = 0
    for i, s in enumerate(sents):
        original = s.original(text)
        if i not in chosen:
            inserted = (("insert", original, ""),)
            score = 0.0 if i in matches else best.get(i, 0.0)  # matched only in an excluded doc
            results.append(
                SentenceDiff(original, s.start, s.end, Status.NEW, score, None, (), inserted, 0)
            )
            offset += len(s.norm)
            continue
        doc, sid = chosen[i]
        src, pos, m = info[sid][0], positions[i], matches[i]
        w0, w1 = m.window or (0, len(src))
        edits, pieces, eq = _pieces(src[w0:w1], s, text)
        blocks += [
            _Block(offset + a, offset + b, doc, pos, w0 + c, w0 + d, len(src), a)
            for a, b, c, d in eq
        ]
        status = Status.VERBATIM if src == s.norm else Status.EDITED
        ref = SourceRef(docs[doc][0], docs[doc][1], src, pos + 1)
        results.append(
            SentenceDiff(
                text=original,
                start=s.start,
                end=s.end,
                status=status,
                score=m.scores[sid],
                source=ref,
                edits=tuple(edits),
                pieces=tuple(pieces),
                copied=0,
                partial=m.window is not None,
            )
        )
        offset += len(s.norm)
    report = _score(results, blocks, docs, sents, text, offset, max_source_share)
    return replace(report, warnings=notes + report.warnings) if notes else report


def _positions(chosen: dict[int, tuple[int, int]], docs: dict) -> dict[int, int]:
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


def _runs(blocks: list[_Block]) -> list[list[_Block]]:
    """Join equal blocks that continue each other in the draft and in one source."""
    runs: list[list[_Block]] = []
    for b in blocks:
        if runs:
            p = runs[-1][-1]
            same = p.doc == b.doc and p.end == b.start
            if same and p.pos == b.pos and p.src_end == b.src_start:
                runs[-1].append(b)
                continue
            crossing = p.src_end == p.src_len and b.src_start == 0 and b.pos == p.pos + 1
            if same and crossing and b.local_start == 0:
                runs[-1].append(b)
                continue
        runs.append([b])
    return runs


def _score(
    results: list[SentenceDiff],
    blocks: list[_Block],
    docs: dict,
    sents: list[Sentence],
    text: str,
    total: int,
    max_share: float,
) -> DiffReport:
    copied: Counter[int] = Counter()  # draft sentence → copied characters
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    per_doc: Counter[int] = Counter()
    starts = _sentence_starts(sents)
    longest: list[_Block] | None = None
    for run in _runs(blocks):
        length = run[-1].end - run[0].start
        if length < MIN_RUN:
            continue
        if longest is None or length > longest[-1].end - longest[0].start:
            longest = run
        per_doc[run[0].doc] += length
        for b in run:
            i = _sentence_of(starts, b.start)
            copied[i] += b.end - b.start
            spans[i].append((b.start - starts[i], b.end - starts[i]))
    results = [_with_copied(r, copied[i], tuple(spans[i])) for i, r in enumerate(results)]
    shares = sorted(
        (
            SourceShare(docs[d][0], docs[d][1], n, n / total if total else 0.0)
            for d, n in per_doc.items()
        ),
        key=lambda s: (-s.chars, s.id),
    )
    longest_run = None
    if longest is not None:
        first, last = longest[0], longest[-1]
        i, j = _sentence_of(starts, first.start), _sentence_of(starts, last.end - 1)
        start = sents[i].offsets[first.start - starts[i]]
        end = sents[j].offsets[last.end - 1 - starts[j]] + 1
        longest_run = Run(text[start:end], docs[first.doc][0], last.end - first.start)
    warnings = tuple(
        f"来源 {s.id} 占全文的 {s.share:.0%}，超过上限 {max_share:.0%}"
        for s in shares
        if s.share > max_share
    )
    reuse = sum(per_doc.values()) / total if total else 0.0
    return DiffReport(tuple(results), tuple(shares), reuse, total, longest_run, warnings, max_share)


def _with_copied(r: SentenceDiff, copied: int, spans: tuple[tuple[int, int], ...]) -> SentenceDiff:
    return replace(r, copied=copied, spans=spans)


def _sentence_starts(sents: list[Sentence]) -> list[int]:
    starts, pos = [], 0
    for s in sents:
        starts.append(pos)
        pos += len(s.norm)
    return starts


def _sentence_of(starts: list[int], offset: int) -> int:
    from bisect import bisect_right

    return bisect_right(starts, offset) - 1
