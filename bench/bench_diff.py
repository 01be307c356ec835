"""Benchmark `drafter diff` on generated corpora of 1,000 / 10,000 / 100,000 speeches.

Run by hand (never by pytest):

    /work/venv/bin/python bench/bench_diff.py                      # 1k, 10k, 100k
    /work/venv/bin/python bench/bench_diff.py --sizes 1000 10000   # smaller

For each size it reports: index build time, index size, peak memory of the
build (its own process, and its largest worker process), the time to re-open an unchanged index, the time to
diff a 5,000-character draft (median of several drafts), character-level
precision/recall of source attribution at 3% and 10% edits, and difflib over
every source as the baseline (measured on a sample, extrapolated to all).
Corpora are kept under --root and reused when present (--keep-index also reuses
their index and the build figures measured when it was made).

Precision counts attributed draft characters whose true speech is the one
named ("strict"), or one holding the same origin sentence ("tied": generated
speeches share sentences, and a verbatim shared sentence cannot tell its
speeches apart). Recall: correctly attributed / truly copied characters.

    --edit-rate 0.5      more sentences get a small edit (more distinct sentences)
    --recombine 0.6      sentences swap a clause with another sentence: ~10× more
                         distinct sentences, a far harder corpus than the default
    --tune               the edited/new threshold table (see align.EDITED_MIN)
"""

from __future__ import annotations

import argparse
import difflib
import json
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
import tracemalloc
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from diff_corpus import Generator, make_draft, score_attribution  # noqa: E402

from drafter.diff import diff_text, open_index  # noqa: E402
from drafter.diff.index import INDEX_NAME  # noqa: E402
from drafter.diff.normalize import sentence_texts  # noqa: E402
from drafter.diff.sources import load_source, source_files  # noqa: E402


def corpus_name(gen: Generator, n: int) -> str:
    name = f"n{n}" if gen.edit_rate == 0.08 else f"n{n}-edits{gen.edit_rate:g}"
    return name + (f"-recombine{gen.recombine:g}" if gen.recombine else "")


def build(folder: Path) -> None:
    """Child process: build the index from scratch, print seconds, peak RSS and counts as JSON."""
    (folder / INDEX_NAME).unlink(missing_ok=True)
    start = time.perf_counter()
    index = open_index([folder])
    seconds = time.perf_counter() - start
    stats = index.stats()
    index.close()
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)  # the index's worker processes
    print(json.dumps({"seconds": seconds, "peak_mb": own.ru_maxrss / 1024,
                      "worker_peak_mb": workers.ru_maxrss / 1024,
                      "cpu_s": own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime,
                      **stats}))  # fmt: skip


def ensure_corpus(gen: Generator, folder: Path, n: int) -> float:
    """Generate the corpus unless one from the same material and seed is there."""
    marker = folder / ".complete"
    stamp = f"{n} {gen.version}"
    if marker.exists() and marker.read_text() == stamp:
        return 0.0
    if folder.exists():
        shutil.rmtree(folder)
    start = time.perf_counter()
    gen.write(folder, n)
    marker.write_text(stamp)
    return time.perf_counter() - start


def difflib_seconds(folder: Path, draft: str, sample: int, rng: random.Random) -> float:
    """Mean seconds to align the draft with one source by difflib."""
    files = rng.sample(source_files([folder]), sample)
    start = time.perf_counter()
    for path in files:
        matcher = difflib.SequenceMatcher(None, load_source(path).text, draft)
        matcher.get_matching_blocks()
    return (time.perf_counter() - start) / sample


def run_size(
    gen: Generator, root: Path, n: int, drafts: int, sample: int, keep_index: bool = False
) -> dict:
    folder = root / corpus_name(gen, n)
    gen_s = ensure_corpus(gen, folder, n)
    saved = folder / ".build.json"
    if keep_index and saved.exists() and (folder / INDEX_NAME).exists():
        built = json.loads(saved.read_text())  # measured when this index was built
    else:
        child = subprocess.run(
            [sys.executable, __file__, "--build", str(folder)],
            capture_output=True,
            text=True,
            check=True,
        )
        built = json.loads(child.stdout)
        saved.write_text(child.stdout)
    size_mb = (folder / INDEX_NAME).stat().st_size / 2**20
    # The first open after a build lists the sources again when a folder's stamp was too
    # fresh to trust (see drafter.diff.manifest); every later open only stats the folders.
    time.sleep(2.1)
    start = time.perf_counter()
    open_index([folder]).close()
    first_reopen = time.perf_counter() - start
    start = time.perf_counter()
    index = open_index([folder])
    reopen = time.perf_counter() - start

    @cache
    def holds(doc_id: str, sentence: str) -> bool:
        k = int(doc_id.split("-")[1])
        return sentence in set(sentence_texts(gen.speech(k)))

    rng = random.Random(42)
    result: dict = {"n": n, "generate_s": gen_s, "build_s": built["seconds"], "build_peak_mb": built["peak_mb"],
                    "build_worker_peak_mb": built.get("worker_peak_mb", 0), "build_cpu_s": built.get("cpu_s", 0),
                    "index_mb": size_mb, "docs": built["docs"], "sentences": built["sentences"],
                    "fingerprints": built["fingerprints"], "first_reopen_s": first_reopen, "reopen_s": reopen}  # fmt: skip
    for rate in (0.03, 0.10):
        times, totals = [], {"predicted": 0, "strict": 0, "tied": 0, "actual": 0}
        chars = []
        for _ in range(drafts):
            draft = make_draft(gen, n, rng, rate)
            chars.append(len(draft.text))
            start = time.perf_counter()
            report = diff_text(draft.text, index)
            times.append(time.perf_counter() - start)
            for key, value in score_attribution(draft, report, holds).items():
                totals[key] += value
        tag = f"{int(rate * 100)}pct"
        result[f"query_median_s_{tag}"] = statistics.median(times)
        result[f"query_max_s_{tag}"] = max(times)
        result[f"draft_chars_{tag}"] = statistics.mean(chars)
        result[f"precision_{tag}"] = totals["tied"] / totals["predicted"]
        result[f"precision_strict_{tag}"] = totals["strict"] / totals["predicted"]
        result[f"recall_{tag}"] = totals["tied"] / totals["actual"]
    draft = make_draft(gen, n, rng, 0.03)
    tracemalloc.start()
    diff_text(draft.text, index)
    result["query_peak_mb"] = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    per_source = difflib_seconds(folder, draft.text, min(sample, n), rng)
    result["difflib_per_source_s"] = per_source
    result["difflib_all_s"] = per_source * n
    index.close()
    return result


def tune(gen: Generator, root: Path, n: int, drafts: int) -> str:
    """Best-candidate similarity of copied-and-edited sentences vs new ones, per threshold."""
    from diff_corpus import NEW_SENTENCES

    import drafter.diff.align as align
    from drafter.diff.normalize import sentences

    index = open_index([root / corpus_name(gen, n)])
    rng = random.Random(7)
    saved, align.EDITED_MIN = align.EDITED_MIN, 0.0
    copied: dict[float, list[float]] = {0.03: [], 0.10: []}
    fresh: list[float] = []
    spliced: list[float] = []
    try:
        for rate in copied:
            for _ in range(drafts):
                draft = make_draft(gen, n, rng, rate)
                sents = sentences(draft.text)
                best, _ = align.best_matches(index, sents)
                for i, s in enumerate(sents):
                    share = sum(draft.truth[o] is not None for o in s.offsets) / len(s.offsets)
                    score = best[i].score if i in best else 0.0
                    if share >= 0.8:
                        copied[rate].append(score)
                    elif share == 0:
                        fresh.append(score)
        for text in NEW_SENTENCES:
            sents = sentences(text)
            best, _ = align.best_matches(index, sents)
            fresh += [best[i].score if i in best else 0.0 for i in range(len(sents))]
        # Spliced: the first half of one sentence and the second half of another, a new
        # sentence made of copied phrases. Stated as "new" only below its similarity.
        pool = [p for p in gen.pool if 30 <= len(p) <= 80]
        spliced_texts = []
        for _ in range(200):
            a, b = rng.sample(pool, 2)
            spliced_texts.append(a[: len(a) // 2] + b[len(b) // 2 :])
        sents = sentences("\n\n".join(spliced_texts))
        best, _ = align.best_matches(index, sents)
        spliced = [best[i].score if i in best else 0.0 for i in range(len(sents))]
    finally:
        align.EDITED_MIN = saved
        index.close()
    lines = [f"threshold tuning on {n:,} speeches: {len(copied[0.03])}+{len(copied[0.10])} copied sentences, "
             f"{len(fresh)} new ones (best-candidate similarity, Levenshtein)",
             "| threshold | copied @3% kept | copied @10% kept | new taken as copies | spliced halves taken as copies |",
             "|---|---|---|---|---|"]  # fmt: skip
    for t in (0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8):
        kept = [sum(x >= t for x in v) / max(1, len(v)) for v in copied.values()]
        wrong = sum(x >= t for x in fresh) / max(1, len(fresh))
        glued = sum(x >= t for x in spliced) / max(1, len(spliced))
        lines.append(f"| {t:.2f} | {kept[0]:.3f} | {kept[1]:.3f} | {wrong:.3f} | {glued:.3f} |")
    lines.append(
        f"new sentences: max similarity {max(fresh):.3f}; copies @10%: min {min(copied[0.10]):.3f}"
    )
    return "\n".join(lines)


def report(results: list[dict]) -> str:
    rows = [
        ("speeches", "n", "{:,}"), ("generate (s)", "generate_s", "{:.0f}"), ("index build (s)", "build_s", "{:.1f}"),
        ("index build CPU, all processes (s)", "build_cpu_s", "{:.1f}"),
        ("build peak RSS (MB)", "build_peak_mb", "{:.0f}"), ("build peak RSS, a worker (MB)", "build_worker_peak_mb", "{:.0f}"),
        ("index size (MB)", "index_mb", "{:.1f}"),
        ("distinct sentences", "sentences", "{:,}"), ("fingerprints", "fingerprints", "{:,}"),
        ("re-open unchanged, first after the build (s)", "first_reopen_s", "{:.3f}"),
        ("re-open unchanged, later (s)", "reopen_s", "{:.3f}"),
        ("diff 5k-char draft, median (s)", "query_median_s_3pct", "{:.3f}"),
        ("diff, slowest draft (s)", "query_max_s_3pct", "{:.3f}"),
        ("diff peak traced memory (MB)", "query_peak_mb", "{:.1f}"),
        ("difflib, one source (s)", "difflib_per_source_s", "{:.3f}"),
        ("difflib, all sources (s, extrapolated)", "difflib_all_s", "{:,.0f}"),
        ("precision @3% (tied / strict)", None, None), ("recall @3%", "recall_3pct", "{:.4f}"),
        ("precision @10% (tied / strict)", None, None), ("recall @10%", "recall_10pct", "{:.4f}"),
    ]  # fmt: skip
    lines = [
        "| measure | " + " | ".join(f"{r['n']:,}" for r in results) + " |",
        "|---|" + "---|" * len(results),
    ]
    for label, key, fmt in rows:
        if key is None:
            tag = "3pct" if "3%" in label else "10pct"
            cells = [
                f"{r[f'precision_{tag}']:.4f} / {r[f'precision_strict_{tag}']:.4f}" for r in results
            ]
        else:
            cells = [fmt.format(r[key]) for r in results]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    first, last = results[0], results[-1]
    growth = last["query_median_s_3pct"] / first["query_median_s_3pct"]
    speedup = last["difflib_all_s"] / last["query_median_s_3pct"]
    lines.append(f"\nquery time growth {first['n']:,} → {last['n']:,}: {growth:.2f}×; "
                 f"speed-up over difflib at {last['n']:,}: {speedup:,.0f}×")  # fmt: skip
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--root", type=Path, default=Path("/tmp/drafter-bench"))
    parser.add_argument("--drafts", type=int, default=10)
    parser.add_argument("--difflib-sample", type=int, default=20)
    parser.add_argument(
        "--edit-rate",
        type=float,
        default=0.08,
        help="share of generated sentences given a small edit (more: more distinct sentences)",
    )
    parser.add_argument(
        "--recombine",
        type=float,
        default=0.0,
        help="share of generated sentences with a clause swapped in from elsewhere (far more variety)",
    )
    parser.add_argument(
        "--keep-index",
        action="store_true",
        help="reuse an index built by an earlier run (its build figures are reported again)",
    )
    parser.add_argument(
        "--tune", action="store_true", help="only the edited/new threshold table (first size)"
    )
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        build(args.build)
        return
    gen = Generator(edit_rate=args.edit_rate, recombine=args.recombine)
    if args.tune:
        ensure_corpus(gen, args.root / corpus_name(gen, args.sizes[0]), args.sizes[0])
        print(tune(gen, args.root, args.sizes[0], args.drafts))
        return
    results = []
    for n in args.sizes:
        results.append(
            run_size(gen, args.root, n, args.drafts, args.difflib_sample, args.keep_index)
        )
        print(json.dumps(results[-1]), file=sys.stderr, flush=True)
    print(report(results))


if __name__ == "__main__":
    main()
