"""Closeness of a library's likely fragment pairs, worked out in bulk once (the resident drafter, #18).

Planning asks `repeat.too_close` of each candidate it weighs against the fragments already chosen. A pair never
compared costs the resident's worker ~0.1 ms (a fuzzy ratio for every pair of the two fragments' sentences, their
4-character runs), and a new draft meets dozens of them: most of what planning a new draft cost beyond a repeated
one. The pairs a draft meets are of fragments that fit one meeting, so the resident works out, before it forks its
worker, which of these pairs of the shipped library are too close ("settled"):

- two fragments about a common work (topic);
- a general fragment (about no work) beside any other.

Two fragments about different works are never drafted together but at a meeting on both works: those are compared
when a draft meets them, as before.

Each rule of `repeat.compute_too_close` is asked of whole blocks of fragments at once: shared sentences from a
table of sentences; near-identical headings by one rapidfuzz `cdist` per block; near-identical sentences and
passages sharing their wording first by an upper bound counted as a matrix product (characters, 4-character runs,
hashed into bits), then, for the pairs the bound leaves, by the comparison `repeat` makes. A bound never leaves out
a pair the rule finds close, so the answers are `compute_too_close`'s (tests/test_startup30.py asks both of every
settled pair of the shipped library).

Answers are keyed by the fragments' content (`closeness.content_key`), as the memo's are: a fragment edited since, a
user's own and a pair of no block above are compared when met, as before. The result is kept in the cache folder
(a file per library content and code of the rules), built in a forked child the first time (~1.2 s CPU); a draft in
any process reads that file when it plans for the same library (`read`, ~1 ms), and a pair the file settles is not
compared there either.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from itertools import combinations
from typing import Any

from drafter.model import Fragment
from drafter.render import closeness, repeat
from drafter.render.select import _fits_code, fragment_topics

_FORMAT = 1
# Bits of the bounds: characters (code points under 256, the swapped common ones, a bit each; the others hashed)
_SENTENCE_BITS = 384
_RUN_BITS = 2048  # 4-character runs, hashed
_ROWS = 256  # rows of a block multiplied at once (memory: rows × columns × 4 bytes)


class Settled:
    """Which settled pairs are too close: every pair of a block above whose fragments have these contents."""

    __slots__ = ("close", "kinds")

    def __init__(self, kinds: dict[bytes, frozenset[str]], close: frozenset[bytes]) -> None:
        self.kinds = kinds  # content key -> its topics (empty: a general fragment), for the fragments settled
        self.close = close  # pair keys (`closeness._pair`) found too close

    def answer(self, a: Fragment, b: Fragment) -> bool | None:
        """Whether `a` and `b` are too close, if settled (None: compare them)."""
        ka, kb = closeness.content_key(a), closeness.content_key(b)
        found_a, found_b = self.kinds.get(ka), self.kinds.get(kb)
        if found_a is None or found_b is None or ka == kb:
            return None
        if (ka + kb if ka <= kb else kb + ka) in self.close:
            return True
        if not found_a or not found_b or not found_a.isdisjoint(found_b):
            return False  # a general fragment beside another, or two about a common work: settled, not close
        return None


def keep(fragments: Sequence[Fragment], content: str) -> Settled | None:
    """Settle the pairs of `fragments`, a library of `content` (read from the cache folder, or built in a forked child
    and kept there) and use the answers from now on in this process (`closeness.SETTLED`: the resident drafter, before
    it forks its worker). None, and nothing used, when the library's content is not known or numpy is missing."""
    if not content:
        return None
    try:
        import numpy  # noqa: F401 - the bulk comparison's arrays
    except ImportError:  # pragma: no cover - numpy is a dependency
        return None
    from drafter.cachefile import built_apart

    def build() -> tuple[Any, ...]:
        unique = _unique(fragments)
        return _stored([(k, sorted(fragment_topics(f))) for k, f in unique.items()], settle(list(unique.values())))

    settled = _from_stored(built_apart("settled", _key(content), build, _valid))
    closeness.SETTLED[:] = [settled]
    return settled


def read(content: str) -> Settled | None:
    """The settled pairs of a library of `content` when a resident drafter has kept them in the cache folder (read
    once per process; None: none kept). Planning in any process asks them before comparing a pair itself (#18: in
    a fresh process, without numpy, a pair costs ~0.3-0.9 ms and a new draft meets dozens)."""
    if not content:
        return None
    key = _key(content)
    found = _READ.get(key)
    if found is None:  # (not kept yet: asked again at the next plan, a resident may have kept it since)
        from drafter.cachefile import read_cached

        stored = read_cached("settled", key, valid=_valid)
        if stored is None:
            return None
        if len(_READ) >= 4:
            _READ.clear()
        found = _READ[key] = _from_stored(stored)
    return found


_READ: dict[str, Settled] = {}


def _key(content: str) -> str:
    """The file's key: the library's content, the code of the rules (closeness's) and of this module, and what a
    fragment's topics depend on (select's code and drafter's tables: `_fits_code`) — the file keeps each fragment's
    topics, and a topics or kinds table changed by an upgrade made a draft differ from a fresh machine's (lead34)."""
    from drafter.files import cache_key

    code = (closeness._code_version().encode(), _own_code(), _fits_code().encode())
    return cache_key(repr(_FORMAT).encode(), *code, content.encode())


def settle(fragments: Sequence[Fragment]) -> frozenset[bytes]:
    """The pair keys of the settled pairs of `fragments` that are too close (and some other close pairs: every pair
    sharing a sentence)."""
    unique = list(_unique(fragments).values())
    close: set[tuple[int, int]] = set()
    _shared_sentences(unique, close)
    blocks = list(_blocks(unique))
    _similar_headings(unique, blocks, close)
    _similar_sentences(unique, blocks, close)
    _same_ground(unique, blocks, close)
    return frozenset(closeness._pair(unique[i], unique[j]) for i, j in close)


def _unique(fragments: Sequence[Fragment]) -> dict[bytes, Fragment]:
    """One fragment per content key (the first)."""
    unique: dict[bytes, Fragment] = {}
    for f in fragments:
        unique.setdefault(closeness.content_key(f), f)
    return unique


def _blocks(fragments: Sequence[Fragment]) -> Iterator[tuple[Any, Any]]:
    """(rows, columns): index arrays of fragments whose every pair is to be settled (see the module's docstring)."""
    import numpy as np

    by_topic: dict[str, list[int]] = {}
    general = []
    for i, f in enumerate(fragments):
        topics = fragment_topics(f)
        for topic in sorted(topics):
            by_topic.setdefault(topic, []).append(i)
        if not topics:
            general.append(i)
    # a topic whose fragments all belong to a broader one's block adds no pair
    kept: list[frozenset[int]] = []
    for members in sorted(map(frozenset, by_topic.values()), key=lambda m: (-len(m), sorted(m))):
        if not any(members <= other for other in kept):
            kept.append(members)
    for members in kept:
        yield np.array(sorted(members)), np.array(sorted(members))
    yield np.arange(len(fragments)), np.array(general, dtype=np.int64)


def _add(close: set[tuple[int, int]], i: int, j: int) -> None:
    if i != j:
        close.add((i, j) if i < j else (j, i))


def _shared_sentences(fragments: Sequence[Fragment], close: set[tuple[int, int]]) -> None:
    """Every pair of fragments sharing a sentence (`repeat.overlaps`)."""
    holders: dict[str, list[int]] = {}
    for i, f in enumerate(fragments):
        for sentence in set(repeat.sentences_of(f)):
            holders.setdefault(sentence, []).append(i)
    for held in holders.values():
        for i, j in combinations(held, 2):
            _add(close, i, j)


def _flat(fragments: Sequence[Fragment], texts: Any) -> tuple[list[str], Any]:
    """Every string `texts(fragment)` gives, and the index of the fragment each comes from."""
    import numpy as np

    strings: list[str] = []
    owners: list[int] = []
    for i, f in enumerate(fragments):
        found = texts(f)
        strings += found
        owners += [i] * len(found)
    return strings, np.array(owners, dtype=np.int64)


def _of(owners: Any, members: Any, n: int) -> Any:
    """The indices of the strings whose fragment is one of `members`."""
    import numpy as np

    wanted = np.zeros(n, dtype=bool)
    wanted[members] = True
    return np.flatnonzero(wanted[owners])


def _similar_headings(
    fragments: Sequence[Fragment], blocks: list[tuple[Any, Any]], close: set[tuple[int, int]]
) -> None:
    """Pairs with two headings of a `fuzz.ratio` ≥ HEADING_SIMILARITY (few and short: rapidfuzz over each block)."""
    import numpy as np
    from rapidfuzz import fuzz, process

    headings, owners = _flat(fragments, repeat._compared_headings)
    for rows, columns in blocks:
        r, c = _of(owners, rows, len(fragments)), _of(owners, columns, len(fragments))
        if not len(r) or not len(c):
            continue
        scores = process.cdist([headings[x] for x in r], [headings[y] for y in c], scorer=fuzz.ratio,
                               score_cutoff=repeat.HEADING_SIMILARITY, dtype=np.uint8)  # fmt: skip
        for x, y in zip(*np.nonzero(scores), strict=True):
            _add(close, int(owners[r[x]]), int(owners[c[y]]))


def _similar_sentences(
    fragments: Sequence[Fragment], blocks: list[tuple[Any, Any]], close: set[tuple[int, int]]
) -> None:
    """Pairs with two sentences of a `fuzz.ratio` ≥ SENTENCE_SIMILARITY.

    fuzz.ratio is 200 × LCS / (la + lb), and the longest common subsequence holds only characters both sentences
    have, each at most as often as in either: LCS ≤ Σ count_a(c) over the characters c of a that b has, and the sum
    is at most Σ count_a(bit) over the bits b's characters set (hashing only merges characters). That bound, both
    ways, is a matrix product for a whole block; a pair whose bound gives a ratio under the cutoff less one is left
    out, the others are compared."""
    import numpy as np
    from rapidfuzz import fuzz

    sentences, owners = _flat(fragments, repeat._compared_sentences)
    if not sentences:
        return
    counts = _bit_counts(sentences, _SENTENCE_BITS)
    lengths = np.array([len(s) for s in sentences], dtype=np.float32)
    cutoff = repeat.SENTENCE_SIMILARITY
    # a pair is compared when its bound is at least this share of both lengths together (one point of margin)
    share = (cutoff - 1) / 200
    # and the shorter of two sentences that close is at least this share of the longer
    shortest = (cutoff / 100) / (2 - cutoff / 100)
    for rows, columns in blocks:
        r, c = _of(owners, rows, len(fragments)), _of(owners, columns, len(fragments))
        if not len(r) or not len(c):
            continue
        r, c = r[np.argsort(lengths[r], kind="stable")], c[np.argsort(lengths[c], kind="stable")]
        c_lengths, c_held = lengths[c], (counts[c] > 0).astype(np.float32)
        for start in range(0, len(r), _ROWS):
            rr = r[start : start + _ROWS]
            lo = np.searchsorted(c_lengths, lengths[rr[0]] * shortest * 0.99, "left")
            hi = np.searchsorted(c_lengths, lengths[rr[-1]] / shortest * 1.01, "right")
            if lo >= hi:
                continue
            cc = c[lo:hi]
            need = share * (lengths[rr][:, None] + c_lengths[None, lo:hi])
            xs, ys = np.nonzero(counts[rr].astype(np.float32) @ c_held[lo:hi].T >= need)
            if not len(xs):
                continue
            # the bound the other way, and the lengths, for the pairs left only
            a, b = rr[xs], cc[ys]
            other = np.einsum(
                "ij,ij->i", (counts[a] > 0).astype(np.float32), counts[b].astype(np.float32)
            )
            keep = np.minimum(np.minimum(lengths[a], lengths[b]), other) >= need[xs, ys]
            for x, y in zip(a[keep], b[keep], strict=True):
                i, j = int(owners[x]), int(owners[y])
                if (
                    i != j
                    and (min(i, j), max(i, j)) not in close
                    and fuzz.ratio(sentences[x], sentences[y], score_cutoff=cutoff)
                ):
                    _add(close, i, j)


def _bit_counts(strings: list[str], bits: int) -> Any:
    """For each string, how many of its characters fall on each bit (uint8; a code point under 256 is a bit of its
    own, the others are hashed onto the rest)."""
    import numpy as np

    lengths = np.array([len(s) for s in strings], dtype=np.int64)
    codes = np.frombuffer("".join(strings).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    hashed = 256 + (codes * np.uint64(2654435761) % np.uint64(2**32)) % np.uint64(bits - 256)
    where = np.where(codes < 256, codes, hashed).astype(np.int64)
    rows = np.repeat(np.arange(len(strings)), lengths)
    return _counted(rows, where, len(strings), bits)


def _counted(rows: Any, where: Any, n: int, bits: int) -> Any:
    """A (n × bits) table of how many (row, bit) pairs there are (`rows` ascending): uint8, or uint16 when a count
    passes 255. Counted a million cells at a time (a whole table at once would take ~100 MB)."""
    import numpy as np

    table = np.zeros((n, bits), dtype=np.uint16)
    step = max(1, 2**20 // bits)
    for first in range(0, n, step):
        last = min(n, first + step)
        lo, hi = np.searchsorted(rows, [first, last])
        flat = np.bincount(
            (rows[lo:hi] - first) * bits + where[lo:hi], minlength=(last - first) * bits
        )
        table[first:last] = flat.reshape(last - first, bits)
    return table.astype(np.uint8) if table.max(initial=0) < 256 else table


def _same_ground(
    fragments: Sequence[Fragment], blocks: list[tuple[Any, Any]], close: set[tuple[int, int]]
) -> None:
    """Pairs with a passage each sharing more than CONTENT_OVERLAP of the smaller one's 4-character runs.

    The runs two passages share are at most Σ count_x(bit) over the bits y's runs set (hashing only merges runs), a
    matrix product for a block, both ways; pairs whose bound is not above the share are left out, the others are
    counted run by run (`repeat._same_ground`)."""
    import numpy as np

    runs, owners = _passage_runs(fragments)
    if not runs:
        return
    sizes = np.array([len(x) for x in runs], dtype=np.float64)
    lengths = np.array([len(x) for x in runs], dtype=np.int64)
    codes = np.concatenate(runs)
    where = (
        (codes * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(64 - (_RUN_BITS.bit_length() - 1))
    ).astype(np.int64)
    counts = _counted(np.repeat(np.arange(len(runs)), lengths), where, len(runs), _RUN_BITS)
    sets: dict[int, frozenset[int]] = {}
    for rows, columns in blocks:
        r, c = _of(owners, rows, len(fragments)), _of(owners, columns, len(fragments))
        if not len(r) or not len(c):
            continue
        c_held, c_counts = (counts[c] > 0).astype(np.float32), counts[c].astype(np.float32)
        for start in range(0, len(r), _ROWS):
            rr = r[start : start + _ROWS]
            need = repeat.CONTENT_OVERLAP * np.minimum(sizes[rr][:, None], sizes[c][None, :])
            left = counts[rr].astype(np.float32) @ c_held.T > need
            if left.any():
                left &= (counts[rr] > 0).astype(np.float32) @ c_counts.T > need
            for x, y in zip(*np.nonzero(left), strict=True):
                i, j = int(owners[rr[x]]), int(owners[c[y]])
                if i == j or (min(i, j), max(i, j)) in close:
                    continue
                one, two = _run_set(runs, sets, rr[x]), _run_set(runs, sets, c[y])
                if len(one & two) > repeat.CONTENT_OVERLAP * min(len(one), len(two)):
                    _add(close, i, j)


def _run_set(runs: list[Any], sets: dict[int, frozenset[int]], k: int) -> frozenset[int]:
    """Passage `k`'s runs as a set (made when a pair asks, kept for the next)."""
    found = sets.get(k)
    if found is None:
        found = sets[k] = frozenset(runs[k].tolist())
    return found


def _passage_runs(fragments: Sequence[Fragment]) -> tuple[list[Any], Any]:
    """Each passage's 4-character runs as sorted unique ints (as `repeat._gram_table`: the passages of
    `repeat._passages`, those with at least `_MIN_GRAMS` runs), and the index of the fragment each comes from."""
    import numpy as np

    runs: list[Any] = []
    owners: list[int] = []
    for i, f in enumerate(fragments):
        for han in repeat._passage_texts(f):
            if len(han) < repeat._MIN_GRAMS + 3:  # fewer runs than that in all
                continue
            c = np.frombuffer(han.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
            found = np.unique((c[:-3] << 48) | (c[1:-2] << 32) | (c[2:-1] << 16) | c[3:])
            if len(found) >= repeat._MIN_GRAMS:
                runs.append(found)
                owners.append(i)
    return runs, np.array(owners, dtype=np.int64)


@functools.cache
def _own_code() -> bytes:
    """This module's code: a change to how pairs are settled starts a new file."""
    from pathlib import Path

    return Path(__file__).read_bytes()


def _stored(described: list[tuple[bytes, list[str]]], close: frozenset[bytes]) -> tuple[Any, ...]:
    """The settled pairs as plain data for the cache folder."""
    return (_FORMAT, [(k, tuple(t)) for k, t in described], sorted(close))


def _valid(value: Any) -> bool:
    return (
        isinstance(value, tuple) and len(value) == 3 and value[0] == _FORMAT
        and isinstance(value[1], list) and isinstance(value[2], list)
        and all(isinstance(k, bytes) and len(k) == 16 for k in value[2])
        and all(isinstance(e, tuple) and len(e) == 2 and isinstance(e[0], bytes) and isinstance(e[1], tuple)
                and all(isinstance(t, str) for t in e[1]) for e in value[1])
    )  # fmt: skip


def _from_stored(value: tuple[Any, ...]) -> Settled:
    return Settled({k: frozenset(topics) for k, topics in value[1]}, frozenset(value[2]))
