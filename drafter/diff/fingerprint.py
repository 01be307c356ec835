"""Stable hashes of normalised text: sentence keys and winnowed character K-gram fingerprints.

Every hash is xxHash (XXH3, 64 bits, of the UTF-8 bytes) masked to 63 bits so that
it fits sqlite's signed INTEGER: specified byte for byte, so identical in every
process and on every platform (never Python's per-process `hash()`), and about
five times cheaper than the blake2b it replaced. A 63-bit sentence key makes two
different sentences of a corpus of millions collide with odds below one in a million.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Iterable

from xxhash import xxh3_64_intdigest

K = 5  # characters per n-gram
HEAD = 400  # a query reads at most this many sentences per fingerprint (the most widely held)
W = 4  # winnowing window: any shared run of K + W - 1 = 8 characters shares a fingerprint
_MASK = (1 << 63) - 1


def sentence_key(norm: str) -> int:
    """Stable key of a normalised sentence."""
    return xxh3_64_intdigest(norm.encode("utf-8")) & _MASK


def gram_hashes(norm: str) -> list[int]:
    """Hash of every K-gram of `norm`, in order."""
    n = len(norm)
    if n >= K and min(norm) >= "\u0800" and max(norm) <= "\uffff":
        # Every character is three bytes in UTF-8 (Chinese, full-width punctuation: nearly every sentence): each gram
        # is a slice of the text's bytes, where encoding each gram cost ~40% of a draft's hashing. Same hashes.
        data, digest, mask = norm.encode("utf-8"), xxh3_64_intdigest, _MASK
        return [digest(data[j : j + 3 * K]) & mask for j in range(0, 3 * (n - K + 1), 3)]
    return [xxh3_64_intdigest(norm[i : i + K].encode("utf-8")) & _MASK for i in range(n - K + 1)]


def fingerprints(norm: str) -> set[int]:
    """Winnowed K-gram hashes of a normalised sentence (empty when shorter than K)."""
    hashes = gram_hashes(norm)
    n = len(hashes)
    if n == 0:
        return set()
    if n <= W:
        return {min(hashes)}
    return {min(hashes[i : i + W]) for i in range(n - W + 1)}


def fingerprint_positions(norm: str, hashes: list[int] | None = None) -> dict[int, int]:
    """Winnowed K-gram hashes of a normalised sentence with the offset where each first occurs
    (`hashes`: its `gram_hashes`, when already computed)."""
    hashes = gram_hashes(norm) if hashes is None else hashes
    n = len(hashes)
    if n <= W:  # one window (none when empty)
        return {min(hashes): hashes.index(min(hashes))} if n else {}
    out: dict[int, int] = {}
    # The minimum of each window of W hashes, all windows in one pass; a window's first
    # position of its minimum is looked up only for a fingerprint not seen yet (most
    # neighbouring windows share their minimum).
    for i, h in enumerate(map(min, *(hashes[k : n - W + 1 + k] for k in range(W)))):
        if h not in out:
            out[h] = i + hashes[i : i + W].index(h)
    return out


def grams(norm: str) -> set[int]:
    """Hashes of every K-gram: a query looks up all of them, so it meets every stored
    fingerprint that occurs in it, not only those its own winnowing would pick."""
    return set(gram_hashes(norm))


def pack(ids: Iterable[int], code: str = "i") -> bytes:
    """Integers as little-endian bytes (int32 by default; "q" for int64)."""
    arr = array(code, ids)
    if sys.byteorder != "little":  # pragma: no cover - stored little-endian everywhere
        arr.byteswap()
    return arr.tobytes()


def unpack(blob: bytes, code: str = "i") -> array[int]:
    """The integers `pack` stored."""
    arr = array(code)
    arr.frombytes(blob)
    if sys.byteorder != "little":  # pragma: no cover
        arr.byteswap()
    return arr
