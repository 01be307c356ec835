"""Benchmark `drafter fragments lint` growth: 1× and 10× fragments (near-duplicate grouping in particular).

Run by hand:  python bench/bench_lint.py [--fragments 1000] [--runs 3]
Builds generated libraries of N and 10·N fragments (as bench_library.py does) and
reports, for each size, the in-process time of the near-duplicate grouping, the
number of rapidfuzz comparisons it made, the whole lint (in process, library
loaded), and the CPU time of the whole command; then the growth 10·N / N of
each. Linear is 10×. The generated library varies the same few hundred shipped
texts, so 10× fragments also means 10× near-duplicates of each text.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import rapidfuzz.process
from bench_library import build_library
from timing import median_seconds

from drafter.curate.lint import lint_library
from drafter.curate.similar import near_duplicate_groups
from drafter.library import load_library


def _command_cpu(lib: Path, env: dict[str, str]) -> float:
    before = os.times()
    cmd = [sys.executable, "-m", "drafter", "fragments", "lint", "--library", str(lib)]
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = os.times()
    return after.children_user - before.children_user + after.children_system - before.children_system


def _comparisons(fragments: list) -> int:
    """rapidfuzz comparisons made by one grouping (candidates passed to extractOne)."""
    count = 0
    original = rapidfuzz.process.extractOne

    def counting(query: str, choices: list, **kwargs: object) -> object:
        nonlocal count
        count += len(choices)
        return original(query, choices, **kwargs)

    rapidfuzz.process.extractOne = counting
    try:
        near_duplicate_groups(fragments)
    finally:
        rapidfuzz.process.extractOne = original
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fragments", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    rows = {}
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "DRAFTER_CACHE_DIR": str(Path(tmp, "cache")), "DRAFTER_NO_RESIDENT": "1"}  # lint runs here
        os.environ["DRAFTER_CACHE_DIR"] = env["DRAFTER_CACHE_DIR"]
        for n in (args.fragments, 10 * args.fragments):
            lib = Path(tmp, f"lib-{n}")
            build_library(lib, n)
            library = load_library(lib, strict=False)
            groups = near_duplicate_groups(library.fragments)
            grouping = median_seconds(lambda lib=library: near_duplicate_groups(lib.fragments), args.runs)
            start = time.perf_counter()
            lint_library(lib)
            whole = time.perf_counter() - start
            _command_cpu(lib, env)  # warm the load cache
            cpu = min(_command_cpu(lib, env) for _ in range(args.runs))
            compared = _comparisons(library.fragments)
            rows[n] = (grouping, compared, whole, cpu, len(groups), sum(len(g.others) for g in groups))
    print(f"{'fragments':>9} {'grouping s':>11} {'compared':>9} {'lint s':>8} {'command cpu s':>14} {'groups':>7} {'grouped':>8}")
    for n, (g, k, w, c, gs, m) in rows.items():
        print(f"{n:9d} {g:11.3f} {k:9d} {w:8.3f} {c:14.3f} {gs:7d} {m:8d}")
    (g1, k1, w1, c1, *_), (g10, k10, w10, c10, *_) = rows.values()
    print(f"growth for 10x fragments: grouping {g10 / g1:.1f}x, comparisons {k10 / k1:.1f}x, "
          f"lint {w10 / w1:.1f}x, command cpu {c10 / c1:.1f}x")


if __name__ == "__main__":
    main()
