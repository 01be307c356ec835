"""Benchmark the diff index up to 1,000,000 speeches, and against plain baselines at 1,000.

Run by hand (never by pytest), in the background, nice'd; the 1M build takes minutes:

    nice python bench/bench_index.py --sizes 1000 10000 100000 1000000 > out.md
    python bench/bench_index.py --sizes 1000 1000000 --keep-index   # queries again, same index
    python bench/bench_index.py --baselines 1000     # drafter vs rapidfuzz and 5-gram shingles

Speeches are generated as they are indexed (`index_stream` with a loader that
runs in the worker processes; nothing is written but the index), with the
generator of bench_diff.py (speeches sharing sentences, with edits). For each
size, in fresh processes: build time and peak RSS (the builder process, and
its largest worker: their sum bounds the peak), then the time to reopen the
index and diff a 5,000-character draft (the first in a new process, then the
median of --drafts more), and precision/recall at 10% edits.

--baselines N compares, over N speech files (made as bench_diff.py makes
them): drafter (index build from the files + one diff; reopen + one diff)
with a plain rapidfuzz search of every distinct source sentence and a 5-gram
shingle set, each preparing from the same files, with precision and recall.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from diff_corpus import Generator, make_draft, score_attribution  # noqa: E402

from drafter.diff import SourceDoc, diff_text, open_index  # noqa: E402
from drafter.diff.build import Source  # noqa: E402
from drafter.diff.index import INDEX_NAME, SourceIndex, index_stream  # noqa: E402
from drafter.diff.normalize import sentence_texts, sentences  # noqa: E402
from drafter.diff.sources import load_source, source_files  # noqa: E402

GEN = Generator()


def speech(k: int) -> Source:
    """Loader run in the index's worker processes: generate speech k."""
    return Source.of(SourceDoc(f"speech-{k:06d}", GEN.speech(k)))


def build(n: int, location: Path, workers: int) -> None:
    """Child process: build the index of n generated speeches, print figures as JSON."""
    start = time.perf_counter()
    index = index_stream(range(n), location, load=speech, workers=workers)
    seconds = time.perf_counter() - start
    stats = index.stats()
    index.close()
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers_ = resource.getrusage(resource.RUSAGE_CHILDREN)
    size = location.stat().st_size / 2**20
    print(json.dumps({"n": n, "build_s": seconds, "peak_mb": own.ru_maxrss / 1024,
                      "worker_peak_mb": workers_.ru_maxrss / 1024, "index_mb": size,
                      "cpu_s": own.ru_utime + own.ru_stime,
                      "workers_cpu_s": workers_.ru_utime + workers_.ru_stime, **stats}))  # fmt: skip


def holds_factory(gen: Generator):
    @cache
    def holds(doc_id: str, sentence: str) -> bool:
        k = int(doc_id.split("-")[1])
        return sentence in set(sentence_texts(gen.speech(k)))

    return holds


def query(n: int, location: Path, drafts: int) -> None:
    """Child process: reopen + diff 5k-character drafts; precision and recall at 10% edits."""
    rng = random.Random(42)
    texts = [make_draft(GEN, n, rng, 0.10) for _ in range(drafts + 1)]
    times, cpu, totals = [], [], Counter()
    holds = holds_factory(GEN)
    for draft in texts:
        start, start_cpu = time.perf_counter(), time.process_time()
        index = SourceIndex.open(location)
        report = diff_text(draft.text, index)
        index.close()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        totals.update(score_attribution(draft, report, holds))
    print(json.dumps({"first_s": times[0], "median_s": statistics.median(times[1:]),
                      "max_s": max(times[1:]), "cpu_median_s": statistics.median(cpu[1:]), "chars": statistics.mean(len(d.text) for d in texts),
                      "precision": totals["tied"] / totals["predicted"],
                      "recall": totals["tied"] / totals["actual"]}))  # fmt: skip


def child(*args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(out.stderr)
    return json.loads(out.stdout)


def run_size(n: int, root: Path, drafts: int, workers: int, keep: bool = False) -> dict:
    location = root / f"stream-{n}.sqlite"
    saved = root / f"stream-{n}.build.json"
    if keep and location.exists() and saved.exists():
        built = json.loads(saved.read_text())  # measured when this index was built
    else:
        built = child("--build", str(n), str(location), str(workers))
        saved.write_text(json.dumps(built))
    return {**built, **child("--query", str(n), str(location), str(drafts))}


# ----- baselines at 1,000 sources -------------------------------------------------------------


def _fake_report(text: str, picks: list[tuple[str | None]]) -> SimpleNamespace:
    """A report-like object for score_attribution: each sentence whole, or unattributed."""
    out = []
    for s, doc in zip(sentences(text), picks, strict=True):
        spans = [(0, len(s.norm))] if doc else []
        out.append(SimpleNamespace(spans=spans, source=SimpleNamespace(id=doc)))
    return SimpleNamespace(sentences=out)


def _load_all(folder: Path) -> dict[str, str]:
    """Distinct normalised source sentences → first document holding each."""
    first: dict[str, str] = {}
    for path in source_files([folder]):
        doc = load_source(path)
        for s in sentence_texts(doc.text):
            first.setdefault(s, doc.id)
    return first


def rapidfuzz_baseline(folder: Path):
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    first = _load_all(folder)
    choices = list(first)

    def run(text: str) -> list[str | None]:
        out: list[str | None] = []
        for s in sentences(text):
            hit = process.extractOne(
                s.norm, choices, scorer=Levenshtein.normalized_similarity, score_cutoff=0.65
            )
            out.append(first[hit[0]] if hit else None)
        return out

    return run


def shingle_baseline(folder: Path):
    first = _load_all(folder)
    texts = list(first)
    postings: defaultdict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(texts):
        for g in {s[j : j + 5] for j in range(len(s) - 4)}:
            postings[g].append(i)

    def run(text: str) -> list[str | None]:
        out: list[str | None] = []
        for s in sentences(text):
            grams = {s.norm[j : j + 5] for j in range(len(s.norm) - 4)}
            counts = Counter(i for g in grams for i in postings.get(g, ()))
            best = max(counts, key=lambda i: counts[i], default=None)
            ok = best is not None and counts[best] >= 0.5 * len(grams)
            out.append(first[texts[best]] if ok and best is not None else None)
        return out

    return run


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (the index's workers)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def baselines(n: int, root: Path, drafts: int) -> str:
    from bench_diff import corpus_name, ensure_corpus

    folder = root / corpus_name(GEN, n)
    ensure_corpus(GEN, folder, n)
    rng = random.Random(42)
    texts = [make_draft(GEN, n, rng, 0.10) for _ in range(drafts)]
    holds = holds_factory(GEN)
    rows = []

    def drafter_prepare():
        (folder / INDEX_NAME).unlink(missing_ok=True)
        open_index([folder]).close()

        index = open_index([folder])  # the diff itself, on the open index; reopening is timed apart
        return lambda text: diff_text(text, index)

    def reopen() -> float:
        start = time.process_time()
        open_index([folder]).close()
        return time.process_time() - start

    for name, prepare in (("drafter index", drafter_prepare),
                          ("rapidfuzz over all sentences", lambda: rapidfuzz_baseline(folder)),
                          ("5-gram shingle set", lambda: shingle_baseline(folder))):  # fmt: skip
        start, start_cpu = time.perf_counter(), _cpu()
        run = prepare()
        prep, prep_cpu = time.perf_counter() - start, _cpu() - start_cpu
        times, cpu, totals = [], [], Counter()
        for draft in texts:
            start, start_cpu = time.perf_counter(), time.process_time()
            result = run(draft.text)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
            report = result if hasattr(result, "sentences") else _fake_report(draft.text, result)
            totals.update(score_attribution(draft, report, holds))
        again = statistics.median(reopen() for _ in range(5)) if name.startswith("drafter") else prep_cpu
        rows.append(f"| {name} | {prep:.2f} / {prep_cpu:.2f} | {statistics.median(times):.3f} / "
                    f"{statistics.median(cpu):.3f} | {prep_cpu + statistics.median(cpu):.2f} | "
                    f"{again + statistics.median(cpu):.3f} | {totals['tied'] / totals['predicted']:.4f} | "
                    f"{totals['tied'] / totals['actual']:.4f} |")  # fmt: skip
    head = (f"{n:,} speech files, {drafts} drafts of ~5,000 characters at 10% edits "
            "(wall / CPU seconds; CPU counts worker processes too)\n"
            "| method | prepare from files (s) | one diff, median (s) | first diff, CPU (s) | "
            "each later diff in a new process, CPU (s) | precision | recall |\n"
            "|---|---|---|---|---|---|---|")  # fmt: skip
    return head + "\n" + "\n".join(rows)


def report(results: list[dict]) -> str:
    rows = [("speeches", "n", "{:,}"), ("build (s)", "build_s", "{:.1f}"),
            ("build CPU, builder (s)", "cpu_s", "{:.0f}"), ("build CPU, workers (s)", "workers_cpu_s", "{:.0f}"),
            ("build peak RSS, builder (MB)", "peak_mb", "{:.0f}"),
            ("build peak RSS, largest worker (MB)", "worker_peak_mb", "{:.0f}"),
            ("index size (MB)", "index_mb", "{:.0f}"), ("distinct sentences", "sentences", "{:,}"),
            ("fingerprints", "fingerprints", "{:,}"),
            ("reopen + diff, first in a new process (s)", "first_s", "{:.3f}"),
            ("reopen + diff, median (s)", "median_s", "{:.3f}"), ("reopen + diff, slowest (s)", "max_s", "{:.3f}"),
            ("reopen + diff, median CPU (s)", "cpu_median_s", "{:.3f}"),
            ("precision @10%", "precision", "{:.4f}"), ("recall @10%", "recall", "{:.4f}")]  # fmt: skip
    lines = ["| measure | " + " | ".join(f"{r['n']:,}" for r in results) + " |",
             "|---|" + "---|" * len(results)]  # fmt: skip
    for label, key, fmt in rows:
        lines.append(f"| {label} | " + " | ".join(fmt.format(r[key]) for r in results) + " |")
    first, last = results[0], results[-1]
    lines.append(f"\ndiff time growth {first['n']:,} → {last['n']:,}: "
                 f"{last['median_s'] / first['median_s']:.2f}× (CPU time: "
                 f"{last['cpu_median_s'] / first['cpu_median_s']:.2f}×)")  # fmt: skip
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--root", type=Path, default=Path("/tmp/drafter-bench"))
    parser.add_argument("--drafts", type=int, default=10)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--baselines", type=int, metavar="N", help="compare with the baselines")
    parser.add_argument(
        "--keep-index",
        action="store_true",
        help="reuse an index built by an earlier run (its build figures are reported again)",
    )
    parser.add_argument("--build", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--query", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        build(int(args.build[0]), Path(args.build[1]), int(args.build[2]))
    elif args.query:
        query(int(args.query[0]), Path(args.query[1]), int(args.query[2]))
    elif args.baselines:
        print(baselines(args.baselines, args.root, args.drafts))
    else:
        args.root.mkdir(parents=True, exist_ok=True)
        results = []
        for n in args.sizes:
            results.append(run_size(n, args.root, args.drafts, args.workers, args.keep_index))
            print(json.dumps(results[-1]), file=sys.stderr, flush=True)
        print(report(results))


if __name__ == "__main__":
    main()
