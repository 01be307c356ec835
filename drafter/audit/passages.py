"""Measure what two documents share: maximal common passages, tiled without overlap.

Seeds are the fingerprints both texts selected (see `shingles`); each seed whose
grams are really equal is extended left and right into a maximal common passage
(galloping slice comparisons, so a passage of n characters costs O(log n) C-level
compares). Passages are then laid as tiles, longest first, on characters that no
earlier tile holds in either text (greedy string tiling, as plagiarism detectors
do): a passage that repeats in one text is counted once, and the figures are the
same read from either side. Tiles shorter than `min_chars` are dropped.

A stretch of a tile whose fingerprints are all common (each held by `common_docs`
documents or more, see `engine`) is common text: counted apart, never as copying;
a pair is reported for the tiles whose other characters reach `min_chars`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from drafter.audit.shingles import K, fingerprints, fold

if TYPE_CHECKING:
    import numpy as np

SEEDS_PER_HASH = 8  # positions read per fingerprint in each text (a phrase repeated within one text)


@dataclass(frozen=True, slots=True)
class Tile:
    """One shared passage: where it starts in each text (normalised offsets) and its length."""

    a: int
    b: int
    length: int
    common: int  # characters of it that are common text

    @property
    def own(self) -> int:
        """Characters that are not common text: what the pair shares by copying."""
        return self.length - self.common


def shared_tiles(norm_a: str, norm_b: str, common: np.ndarray, min_chars: int) -> list[Tile]:
    """The shared passages of two normalised texts, longest first.

    Args:
        common: sorted hashes of the fingerprints that count as common text.
    """
    fa, fb = fold(norm_a), fold(norm_b)
    ha, pa = fingerprints(fa)
    hb, pb = fingerprints(fb)
    matches = _maximal_matches(fa, fb, ha, pa, hb, pb)
    matches.sort(key=lambda m: (-m[2], m[0], m[1]))
    used_a = bytearray(len(fa))
    used_b = bytearray(len(fb))
    tiles: list[Tile] = []
    for sa, sb, length in matches:
        for start, run in _free_runs(used_a, used_b, sa, sb, length):
            if run < min_chars:
                continue
            used_a[sa + start : sa + start + run] = b"\1" * run
            used_b[sb + start : sb + start + run] = b"\1" * run
            tiles.append(Tile(sa + start, sb + start, run, _common_chars(ha, pa, sa + start, run, common, min_chars)))
    tiles.sort(key=lambda t: (-t.length, t.a, t.b))
    return tiles


def _maximal_matches(
    fa: str, fb: str, ha: np.ndarray, pa: np.ndarray, hb: np.ndarray, pb: np.ndarray
) -> list[tuple[int, int, int]]:
    """(start in a, start in b, length) of the maximal common passages around shared seeds."""
    import numpy as np

    where_b: dict[int, list[int]] = {}
    in_b = np.isin(hb, ha)
    for h, p in zip(hb[in_b].tolist(), pb[in_b].tolist(), strict=True):
        where_b.setdefault(h, []).append(p)
    seen: dict[int, list[tuple[int, int]]] = {}  # diagonal (a - b) → spans of a already covered
    out: list[tuple[int, int, int]] = []
    counts: dict[int, int] = {}
    for h, i in zip(ha.tolist(), pa.tolist(), strict=True):
        if h not in where_b or counts.get(h, 0) >= SEEDS_PER_HASH:
            continue
        counts[h] = counts.get(h, 0) + 1
        for j in where_b[h][:SEEDS_PER_HASH]:
            spans = seen.setdefault(i - j, [])
            if any(s <= i < e for s, e in spans) or fa[i : i + K] != fb[j : j + K]:
                continue
            left = _extend_left(fa, fb, i, j)
            right = _extend_right(fa, fb, i, j)
            spans.append((i - left, i + right))
            out.append((i - left, j - left, left + right))
    return out


def _extend_right(fa: str, fb: str, i: int, j: int) -> int:
    """The longest r with fa[i:i+r] == fb[j:j+r] (the seed's K characters are known equal)."""
    return _prefix(fa[i:], fb[j:], K)


def _extend_left(fa: str, fb: str, i: int, j: int) -> int:
    """The longest l with fa[i-l:i] == fb[j-l:j]."""
    return _prefix(fa[:i][::-1], fb[:j][::-1], 0)


def _prefix(x: str, y: str, known: int) -> int:
    """Length of the common prefix of x and y, of which `known` characters are known equal:
    galloping, then bisection, on slice comparisons (each one a C-level compare)."""
    top = min(len(x), len(y))
    lo, step = known, K
    while lo < top:
        hi = min(top, lo + step)
        if x[lo:hi] != y[lo:hi]:
            while hi - lo > 1:  # x[:lo] == y[:lo], x[:hi] != y[:hi]
                mid = (lo + hi) // 2
                if x[lo:mid] == y[lo:mid]:
                    lo = mid
                else:
                    hi = mid
            return lo
        lo, step = hi, step * 2
    return top


def _free_runs(used_a: bytearray, used_b: bytearray, sa: int, sb: int, length: int) -> list[tuple[int, int]]:
    """(offset, length) of the stretches of a match on characters no tile holds in either text."""
    runs: list[tuple[int, int]] = []
    start = None
    for k in range(length + 1):
        free = k < length and not used_a[sa + k] and not used_b[sb + k]
        if free and start is None:
            start = k
        elif not free and start is not None:
            runs.append((start, k - start))
            start = None
    return runs


def _common_chars(
    ha: np.ndarray, pa: np.ndarray, start: int, length: int, common: np.ndarray, min_chars: int
) -> int:
    """How many characters of a passage are common text.

    Common text is a stretch of at least min_chars characters where consecutive
    fingerprints are all common (each held by common_docs documents or more): a
    superior's text that a copy runs on into, or that two speeches quote with a
    few words of their own around it. A passage is in no more documents than its
    least held fingerprint, so a stretch holding one that is not common is not
    common text, however common its phrases are; a shorter common stretch is a
    common phrase and stays part of the passage.
    """
    import numpy as np

    inside = (pa >= start) & (pa <= start + length - K)
    hashes, positions = ha[inside], pa[inside].tolist()
    if not len(hashes) or not len(common):
        return 0
    at = np.minimum(np.searchsorted(common, hashes), len(common) - 1)
    flags = (common[at] == hashes).tolist()
    total, i = 0, 0
    while i < len(flags):
        if not flags[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(flags) and flags[j + 1]:
            j += 1
        lo = 0 if i == 0 else positions[i] - start  # the passage's own edge where it starts common
        hi = length if j == len(flags) - 1 else positions[j] + K - start
        total += hi - lo if hi - lo >= min_chars else 0
        i = j + 1
    return total
