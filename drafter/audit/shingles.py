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
_FOLD = str.maketrans({c: "◇" for c in "省市县区州旗乡镇"})


def fold(norm: str) -> str:
    """The text as compared: level characters folded into one (same length as `norm`)."""
    return norm.translate(_FOLD)


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
    """Positions of the grams winnowing selects: the first minimum of every window of W."""
    import numpy as np
    from numpy.lib.stride_tricks import sliding_window_view

    n = len(hashes)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    if n <= W:
        return np.array([int(np.argmin(hashes))], dtype=np.int64)
    windows = sliding_window_view(hashes, W)
    picks = np.argmin(windows, axis=1) + np.arange(n - W + 1)
    return np.unique(picks)


def fingerprints(folded: str) -> tuple[np.ndarray, np.ndarray]:
    """(hashes, positions) of the winnowed fingerprints of a folded text, in text order."""
    hashes = gram_hashes(folded)
    positions = winnow(hashes)
    return hashes[positions], positions


def distinct_fingerprints(folded: str) -> np.ndarray:
    """The distinct fingerprint hashes of a folded text, sorted (what the shuffle carries)."""
    import numpy as np

    return np.unique(fingerprints(folded)[0])
