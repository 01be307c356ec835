"""Character shingles of a normalised speech and their winnowed fingerprints.

The text compared is the diff's normalised text (`drafter.diff.normalize`: one
canonical form for punctuation, width and whitespace) with the level characters
(省市县区州旗乡镇) folded into one: a speech that copies another and changes
我市 into 我县 still shares the passage (changing level words does not make a
text original). The fold keeps every character in place, so positions found on
the folded text quote the normalised text.

Fingerprints are K-character grams hashed by a polynomial over code points and
a 64-bit mix (stable across processes and machines, unlike Python's hash()),
winnowed with a window of W grams: any run of K + W - 1 = GUARANTEE characters
shared by two texts shares at least one fingerprint, and a run of L characters
at least (L - K + 1) // W of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

K = 12  # characters per gram
W = 19  # grams per winnowing window
GUARANTEE = K + W - 1  # every shared run this long shares a fingerprint
_BASE = 0x100000001B3  # FNV prime: odd, so the polynomial keeps every code point's bits
LEVEL_CHARS = "省市县区州旗乡镇"


def fold(norm: str) -> str:
    """The text as compared: level characters folded into one (same length as `norm`)."""
    for ch in LEVEL_CHARS:  # str.replace scans in C; translate on non-ASCII text is far slower
        norm = norm.replace(ch, "◇")
    return norm


def min_fingerprints(min_chars: int) -> int:
    """How many fingerprints a shared passage of `min_chars` characters is sure to hold."""
    return max(1, (min_chars - K + 1) // W)


def gram_hashes(text: str) -> np.ndarray:
    """The hash of every K-gram of `text` (uint64; empty when shorter than K)."""
    import numpy as np

    codes = np.frombuffer(text.encode("utf-32-le"), dtype="<u4").astype(np.uint64)
    n = len(codes) - K + 1
    if n <= 0:
        return np.zeros(0, dtype=np.uint64)
    h = np.zeros(n, dtype=np.uint64)
    base = np.uint64(_BASE)
    for j in range(K):  # Horner over the K shifted views: h = Σ c[i+j]·B^(K-1-j) mod 2^64
        h = h * base + codes[j : j + n]
    return _mix(h)


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: spreads the polynomial's bits over the whole word."""
    import numpy as np

    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def winnow(hashes: np.ndarray) -> np.ndarray:
    """Positions of the grams winnowing selects: the minimum of every window of W grams.

    A position is selected when its hash is the minimum of some window holding it,
    i.e. equals the largest of the minima of the windows that hold it. Both sliding
    extremes are computed in linear time (van Herk/Gil-Werman), all in numpy. Ties
    select every position holding the minimum: still a function of the window's
    content, so two texts sharing a window select the same gram in it.
    """
    import numpy as np

    n = len(hashes)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    if n <= W:
        return np.flatnonzero(hashes == hashes.min())
    minima = _sliding(hashes, W, np.minimum, np.iinfo(np.uint64).max)  # per window start
    # the windows holding position p start at p - W + 1 … p: pad so every p sees W of them
    padded = np.concatenate([np.zeros(W - 1, dtype=np.uint64), minima, np.zeros(W - 1, dtype=np.uint64)])
    cover = _sliding(padded, W, np.maximum, 0)[:n]
    return np.flatnonzero(hashes == cover)


def _sliding(x: np.ndarray, w: int, op: np.ufunc, fill: int) -> np.ndarray:
    """op (minimum or maximum) over every window of w consecutive values (len(x) - w + 1 of them)."""
    import numpy as np

    n = len(x)
    blocks = -(-n // w)
    pad = np.full(blocks * w, fill, dtype=x.dtype)
    pad[:n] = x
    grid = pad.reshape(blocks, w)
    prefix = op.accumulate(grid, axis=1).ravel()
    suffix = op.accumulate(grid[:, ::-1], axis=1)[:, ::-1].ravel()
    return op(suffix[: n - w + 1], prefix[w - 1 : n])


def fingerprints(folded: str) -> tuple[np.ndarray, np.ndarray]:
    """(hashes, positions) of the winnowed fingerprints of a folded text, in text order."""
    hashes = gram_hashes(folded)
    positions = winnow(hashes)
    return hashes[positions], positions


def distinct_fingerprints(folded: str) -> np.ndarray:
    """The distinct fingerprint hashes of a folded text, sorted (what the shuffle carries)."""
    import numpy as np

    return np.unique(fingerprints(folded)[0])
