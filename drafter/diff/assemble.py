"""Build the DiffReport from the matches: status, edits and display pieces per sentence, reuse.

Reuse is counted on the alignments: runs of ≥ MIN_RUN equal characters, joined
across sentence boundaries when they continue in the same source. A mechanical
change (a level word swapped, a figure, year or place left out) does not break
a run: the words around it are one copied stretch, and a swapped level word is
counted as copied.
"""

from __future__ import annotations

from collections import ChainMap, Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from itertools import chain

from rapidfuzz.distance import Levenshtein

from drafter.diff.align import best_matches
from drafter.diff.attribute import Match, Pool, candidate_docs, choose_docs, source_positions
from drafter.diff.clauses import Hit
from drafter.diff.context import second_look
from drafter.diff.mechanical import classify, scoring_form
from drafter.diff.normalize import Sentence
from drafter.diff.report import (
    Change,
    ClauseRef,
    DiffReport,
    Edit,
    Run,
    SentenceDiff,
    SourceRef,
    SourceShare,
    Status,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING without typing; the index (sqlite3) is imported by who opens one (#18)
if TYPE_CHECKING:
    from drafter.diff.index import SourceIndex

MIN_RUN = 4  # copied runs shorter than this are chance, not reuse
GAP = ("gap", "", "……")  # between clauses taken from different places of the sources


@dataclass(frozen=True, slots=True)
class _Block:
    """One stretch of the draft copied from one source sentence."""

    start: int  # global offset in the normalised draft
    end: int
    doc: int
    pos: int  # sentence number in the source
    src_start: int
    src_end: int
    src_len: int
    local_start: int


@dataclass(slots=True)
class _Parts:
    """What the alignments of one draft sentence add up to."""

    edits: list[Edit]
    pieces: list[tuple[str, str, str]]
    blocks: list[tuple[int, int, int, int, int]]  # draft j1..j2, source i1..i2, sentence id
    changes: list[Change]
    seen: set = field(default_factory=set)  # mechanical spans already reported as a change

    def add(self, sid: int, src: str, sentence: Sentence, text: str, hit: Hit) -> None:
        """Align source src[hit.src_start:hit.src_end] with the draft stretch hit.start..hit.end."""
        a, i0 = hit.start, hit.src_start
        part, dst = src[i0 : hit.src_end], sentence.norm[a : hit.end]
        for tag, i1, i2, j1, j2 in _word_ops(part, dst):
            old, new = part[i1:i2], sentence.original(text, a + j1, a + j2)
            if tag == "equal":
                self.pieces.append(("equal", new, old))
                self.blocks.append((a + j1, a + j2, i0 + i1, i0 + i2, sid))
                continue
            found = classify(src, sentence.norm, (tag, i0 + i1, i0 + i2, a + j1, a + j2))
            self.edits.append(Edit(tag, old, new, a + j1, found[0].kind if found else ""))
            if found is not None and tag != "insert":
                # 全市 → 全县, a place or figure left out: the copied run goes on through it.
                self.blocks.append((a + j1, a + j2, i0 + i1, i0 + i2, sid))
            if found is not None and not self.seen.intersection(found[1]):
                self.seen.update(found[1])
                if found[0] not in self.changes:
                    self.changes.append(found[0])
            if old:
                self.pieces.append(("delete", "", old))
            if new:
                self.pieces.append(("insert", new, ""))

    def gap(self, sentence: Sentence, text: str, a: int, b: int, source: str | None) -> None:
        """Draft text between clauses: punctuation is not new writing; `source` pairs it."""
        if a >= b:
            if source:
                self.pieces.append(("delete", "", source))
            return
        gap = sentence.original(text, a, b)
        if _punct_only(sentence.norm[a:b]):
            self.pieces.append(("equal", gap, source or ""))
        else:
            if source:
                self.pieces.append(("delete", "", source))
            self.edits.append(Edit("insert", "", gap, a))
            self.pieces.append(("insert", gap, ""))


def _punct_only(text: str) -> bool:
    return not any(ch.isalnum() for ch in text)


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
    info = index.sentences(chain.from_iterable(_sids(m) for m in matches.values()))
    dfs = {sid: df for sid, (_, df) in info.items()}
    pool = Pool(candidate_docs(index, matches, dfs, exclude))
    chosen = second_look(index, sents, matches, pool, choose_docs(matches, pool))
    info.update(index.sentences(sid for _, sid in chosen.values() if sid not in info))
    docs = {doc: pool.rows[doc] for doc, _ in chosen.values()}
    positions = source_positions(chosen, docs)
    results: list[SentenceDiff] = []
    blocks: list[_Block] = []
    firsts: dict[int, dict[int, int]] = {}  # per source: sentence id → first position
    offset = 0
    for i, s in enumerate(sents):
        result = None
        if i in chosen:
            doc, sid = chosen[i]
            if doc not in firsts:
                firsts[doc] = _first_positions(docs[doc][2])
            where = ChainMap({sid: positions[i]}, firsts[doc])
            made = _matched(s, text, matches[i], sid, info, where)
            if made is not None:
                result, parts = made
                name, path, _ = docs[doc]
                ref = SourceRef(name, path, info[sid][0], positions[i] + 1)
                result = replace(result, source=ref)
                blocks += [
                    _Block(offset + j1, offset + j2, doc, where[k], i1, i2, len(info[k][0]), j1)
                    for j1, j2, i1, i2, k in parts.blocks
                ]
        if result is None:
            score = 0.0 if i in matches else best.get(i, 0.0)  # matched only in an excluded doc
            result = _new(s, text, score)
        results.append(result)
        offset += len(s.norm)
    report = _score(results, blocks, docs, sents, text, offset, max_source_share)
    return replace(report, warnings=notes + report.warnings) if notes else report


def _sids(m: Match) -> list[int]:
    if m.clauses is None:
        return list(m.scores)
    return [hit.sid for slot in m.clauses.slots for hit in slot]


def _first_positions(sids) -> dict[int, int]:
    """Sentence number in a source of each of its sentences (first occurrence)."""
    out: dict[int, int] = {}
    for pos, sid in enumerate(sids):
        out.setdefault(sid, pos)
    return out


def _new(s: Sentence, text: str, score: float) -> SentenceDiff:
    original = s.original(text)
    return SentenceDiff(
        original, s.start, s.end, Status.NEW, score, None, (), (("insert", original, ""),), 0
    )


def _matched(
    s: Sentence, text: str, m: Match, sid: int, info: dict, where: Mapping[int, int]
) -> tuple[SentenceDiff, _Parts] | None:
    """The SentenceDiff (without its source reference) of a matched sentence."""
    if m.clauses is None:
        parts = _Parts([], [], [], [])
        src = info[sid][0]
        parts.add(sid, src, s, text, Hit(0, len(s.norm), sid, 0, len(src), 1.0))
        status = Status.VERBATIM if src == s.norm else Status.EDITED
        score = m.scores[sid]
        if parts.changes:  # level words, figures, years and places do not lower it
            score = max(score, _masked_similarity(src, s.norm))
        return _diff(s, text, status, score, parts, 1.0), parts
    return _recombined(s, text, m, info, where)


def _recombined(
    s: Sentence, text: str, m: Match, info: dict, where: Mapping[int, int]
) -> tuple[SentenceDiff, _Parts] | None:
    """A sentence cut or assembled from clauses: only the clauses it uses are shown, in its
    order, with "……" where the next one comes from elsewhere in the sources."""
    hits = _usable(m, where)
    if not hits:
        return None
    parts = _Parts([], [], [], [])
    prev: Hit | None = None
    for hit in hits:
        src = info[hit.sid][0]
        between = None
        if prev is not None and prev.sid == hit.sid and prev.src_end <= hit.src_start:
            between = src[prev.src_end : hit.src_start]  # the source continues here
        if prev is not None and not (between is not None and _punct_only(between)):
            parts.pieces.append(GAP)
            between = None
        parts.gap(s, text, prev.end if prev else 0, hit.start, between)
        parts.add(hit.sid, src, s, text, hit)
        prev = hit
    parts.gap(s, text, hits[-1].end, len(s.norm), None)
    letters = sum(ch.isalnum() for ch in s.norm) or 1
    covered = sum(ch.isalnum() for h in hits for ch in s.norm[h.start : h.end]) / letters
    score = sum(h.score * (h.end - h.start) for h in hits) / sum(h.end - h.start for h in hits)
    refs = tuple(
        ClauseRef(
            s.original(text, h.start, h.end),
            info[h.sid][0][h.src_start : h.src_end],
            where[h.sid] + 1,
            h.score,
        )
        for h in hits
    )
    result = _diff(s, text, Status.RECOMBINED, score, parts, min(1.0, covered))
    return replace(result, clauses=refs), parts


def _usable(m: Match, where: Mapping[int, int]) -> list[Hit]:
    """Per stretch, the best clause the chosen source holds; overlapping stretches dropped."""
    assert m.clauses is not None
    picked = []
    for slot in m.clauses.slots:
        hit = next((h for h in slot if h.sid in where), None)
        if hit is not None:
            picked.append(hit)
    out: list[Hit] = []
    for hit in sorted(picked, key=lambda h: (h.start, -h.end)):
        if not out or hit.start >= out[-1].end:
            out.append(hit)
    return out


def _masked_similarity(src: str, dst: str) -> float:
    return Levenshtein.normalized_similarity(scoring_form(src)[0], scoring_form(dst)[0])


def _diff(
    s: Sentence, text: str, status: Status, score: float, parts: _Parts, covered: float
) -> SentenceDiff:
    return SentenceDiff(
        text=s.original(text),
        start=s.start,
        end=s.end,
        status=status,
        score=score,
        source=None,
        edits=tuple(parts.edits),
        pieces=tuple(parts.pieces),
        copied=0,
        covered=covered,
        changes=tuple(parts.changes),
    )


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
    if r.copied == copied and r.spans == spans:  # (most: a new sentence copies nothing; `replace` is ~4 µs, #18)
        return r
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
