"""The alternatives test's prefilter drops no pair: flagged pairs with and without it, shipped and tampered.

Run by hand:  python bench/alternatives_prefilter.py [--every 10] [--shipped-only | --tampered-only]

tests/test_alternatives.py flags the {% alt %} pairs of the shipped library that `drafter diff` calls
the same sentence (tests/alt_similarity.py: too_alike). It skips the diff for a pair that provably
cannot be flagged (could_match). This script runs too_alike on every block with the prefilter and
without it (a full diff per pair, the old test) and prints both CPU times, how many pairs reached the
diff, and whether the flagged pairs are the same: on the shipped library, and on a tampered copy in
which every `--every`-th block gets a planted alternative, in turn: one of its sentences copied
verbatim, edited every fourth character, with its clauses reordered and one cut, with level words
changed (全县 → 全市 …), or an unrelated sentence. Each planted one also carries a sentence of
another block, so that the bigram measure does not catch it first and the diff has to.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from alt_similarity import could_match, held, plain, too_alike  # noqa: E402

from drafter.library import fragment_texts, load_library  # noqa: E402
from drafter.library.alternatives import split_alternatives  # noqa: E402

_SENT = re.compile(r"[^。！？；]+[。！？；]?")
_LEVELS = str.maketrans({"县": "市", "市": "省", "镇": "县", "区": "县"})
_FILLER = "的是在和有为"


def blocks() -> list[tuple[str, list[str]]]:
    """Every block of two or more alternatives in the shipped library, with its fragment id."""
    out = []
    for frag in load_library().fragments:
        for text in fragment_texts(frag):
            out += [(frag.id, block) for block in split_alternatives(text) if len(block) > 1]
    return out


def _sentences(text: str) -> list[str]:
    return [s for s in _SENT.findall(plain(text)) if len(s) >= 8] or [plain(text)]


def planted(kind: int, alt: str, other: str) -> str:
    """A new alternative made from `alt` (one of five kinds) and a sentence of another block."""
    own = max(_sentences(alt), key=len)
    tail = max(_sentences(other), key=len)
    if kind == 0:  # a sentence copied verbatim
        made = own
    elif kind == 1:  # edited every fourth character
        made = "".join(
            _FILLER[i % len(_FILLER)] if i % 4 == 3 and ch.isalnum() else ch
            for i, ch in enumerate(own)
        )
    elif kind == 2:  # clauses reordered, the last one cut
        parts = [p for p in re.split(r"[，、]", own.rstrip("。！？；")) if p]
        made = "，".join(parts[1:] + parts[:1]) if len(parts) > 2 else own[::-1]
        made = "，".join(made.split("，")[:-1] or [made]) + "。"
    elif kind == 3:  # level words changed
        made = own.translate(_LEVELS)
    else:  # unrelated: the other block's sentence alone
        made = ""
    return made + tail


def tampered(found: list[tuple[str, list[str]]], every: int) -> list[tuple[str, list[str]]]:
    """The blocks, every `every`-th one with a planted alternative (kinds in turn)."""
    out = []
    for n, (fid, block) in enumerate(found):
        if n % every == 0:
            other = found[(n * 7 + 3) % len(found)][1][0]
            block = [*block, planted((n // every) % 5, block[n % len(block)], other)]
        out.append((fid, block))
    return out


def compare(name: str, found: list[tuple[str, list[str]]]) -> bool:
    """Print the flagged pairs with and without the prefilter, and times; whether they agree."""
    pairs = sum(len(b) * (len(b) - 1) // 2 for _, b in found)
    reach = 0
    for _, block in found:
        texts = [plain(x) for x in block]
        for i, j in combinations(range(len(block)), 2):
            if texts[i] and texts[j] and could_match(texts[j], held(texts[i])):
                reach += 1
    t0 = time.process_time()
    fast = [(fid, a, b) for fid, block in found for a, b in too_alike(block)]
    t1 = time.process_time()
    full = [(fid, a, b) for fid, block in found for a, b in too_alike(block, prefilter=False)]
    t2 = time.process_time()
    same = fast == full
    print(f"{name}: {len(found)} blocks, {pairs} pairs, {reach} reach the diff with the prefilter")
    print(
        f"  flagged with prefilter {len(fast)} in {t1 - t0:.1f} s CPU; full diff {len(full)} in {t2 - t1:.1f} s CPU"
    )
    print(f"  same flagged pairs: {same}")
    if not same:
        for row in sorted(set(full) ^ set(fast)):
            print("  differs:", row[0], row[1][:30], "|", row[2][:30])
    return same


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--every", type=int, default=10, help="plant an alternative in every N-th block"
    )
    parser.add_argument("--shipped-only", action="store_true")
    parser.add_argument("--tampered-only", action="store_true")
    args = parser.parse_args()
    found = blocks()
    ok = True
    if not args.tampered_only:
        ok &= compare("shipped library", found)
    if not args.shipped_only:
        planted_blocks = [
            b for n, b in enumerate(tampered(found, args.every)) if n % args.every == 0
        ]
        ok &= compare(
            f"tampered copy (every {args.every}th block, planted blocks only)", planted_blocks
        )
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
