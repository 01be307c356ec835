"""Benchmark start-up: whole commands against `python -c pass`, measured in one run.

Run by hand:  python bench/bench_startup.py [--runs 15]
Each round runs every command once, in turn (so a noisy neighbour slows all of them alike);
reports the median CPU time (user + system) and wall time of each, and the ratio of CPU
times to a bare interpreter start (CPU time stays put when other work shares the machine;
wall time does not). Caches (gazetteer lexicon, Jinja bytecode, parsed library) are warmed
by one untimed round first, as after any first use, in a cache folder of the run's own
(DRAFTER_CACHE_DIR): other drafter installs sharing the user's cache folder cannot evict
them mid-run. `--against DIR` also runs every drafter command from another checkout (PYTHONPATH=DIR,
same interpreter and packages) in the same rounds, for a before/after in one run. check and fragments
search are also run with DRAFTER_NO_FAST=1 (through typer), which shows what the fast path saves.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SPEECH = "# 在全县安全生产工作会议上的讲话\n\n同志们：\n\n今天，我们召开全县安全生产工作会议。我讲三点意见。\n"
DRAFT = ["draft", "--no-input", "--seed", "1", "--set", "place=清河县", "--set", "meeting=全县妇女儿童工作会议"]


# Commands measured a second time through typer (DRAFTER_NO_FAST=1): the fast path's share.
TYPER_TOO = ("drafter check", "drafter fragments search")


def commands(speech: Path, out: Path) -> dict[str, list[str]]:
    py, drafter = [sys.executable, "-c", "pass"], [sys.executable, "-m", "drafter"]
    return {
        "python -c pass": py,
        "import typer (floor of any typer CLI)": [sys.executable, "-c", "import typer"],
        "drafter --help": [*drafter, "--help"],
        "drafter draft (to screen)": [*drafter, *DRAFT],
        "drafter draft --json": [*drafter, *DRAFT, "--json"],
        "drafter draft -o x.md": [*drafter, *DRAFT, "--force", "-o", str(out)],
        "drafter check": [*drafter, "check", str(speech)],
        "drafter fragments search": [*drafter, "fragments", "search", "责任感"],
    }


def _children_cpu() -> float:
    """User + system CPU seconds of the finished child processes (microsecond resolution)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def draft_parts(env: dict[str, str], label: str, cwd: str) -> None:
    """In a fresh process, where `draft` spends: importing the drafting code, drafting, measuring originality."""
    code = """
import os, tempfile, time
os.environ["DRAFTER_HOME"] = tempfile.mkdtemp(prefix="drafter-bench-home-")  # no user workspace
t = time.process_time()
from drafter import drafting
imported = time.process_time() - t
options = {"measure": False} if "measure" in drafting.DraftRequest.__dataclass_fields__ else {}
if "history" in drafting.DraftRequest.__dataclass_fields__:
    options["history"] = False
request = drafting.DraftRequest(sets=("place=清河县", "meeting=全县妇女儿童工作会议"), seed=1, **options)
t = time.process_time()
result = drafting.make_draft(request)
made = time.process_time() - t
t = time.process_time()
drafting.measure_originality(result.draft)
measured = time.process_time() - t
print(f"{imported * 1000:.1f} {made * 1000:.1f} {measured * 1000:.1f}")
"""
    rows = []
    for _ in range(5):
        # cwd: `python -c` puts it first on sys.path, so a checkout there would shadow --against's
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env, cwd=cwd).stdout
        rows.append([float(x) for x in out.split()])
    imported, made, measured = (statistics.median(column) for column in zip(*rows, strict=True))
    print(f"draft in one process{label} (CPU ms, median of 5): import drafter.drafting {imported:.1f}; "
          f"make_draft without the originality measure {made:.1f}; measure_originality {measured:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--against", type=Path, help="another drafter checkout to measure in the same rounds")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        speech = Path(tmp, "讲话.md")
        speech.write_text(SPEECH, encoding="utf-8")
        env = {**os.environ, "DRAFTER_HOME": str(Path(tmp, "home")), "DRAFTER_CACHE_DIR": str(Path(tmp, "cache"))}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed drafter has its .pyc files
        runs = [(name, argv, env) for name, argv in commands(speech, Path(tmp, "draft.md")).items()]
        runs += [(f"{name} (DRAFTER_NO_FAST=1)", argv, {**env, "DRAFTER_NO_FAST": "1"})
                 for name, argv in commands(speech, Path(tmp, "draft.md")).items() if name in TYPER_TOO]
        if args.against:
            other = {**env, "PYTHONPATH": str(args.against.resolve())}
            runs += [(f"  {name} [{args.against.name}]", argv, other)
                     for name, argv in commands(speech, Path(tmp, "other.md")).items() if "drafter" in name]
        walls: dict[str, list[float]] = {name: [] for name, _, _ in runs}
        cpus: dict[str, list[float]] = {name: [] for name, _, _ in runs}
        for round_ in range(args.runs + 1):
            for name, argv, run_env in runs:
                before, start = _children_cpu(), time.perf_counter()
                subprocess.run(argv, capture_output=True, env=run_env, cwd=tmp)
                wall, cpu = time.perf_counter() - start, _children_cpu() - before
                if round_:  # round 0 warms the caches
                    walls[name].append(wall)
                    cpus[name].append(cpu)
        report(cpus, walls, args.runs)
        draft_parts(env, "", tmp)
        if args.against:
            draft_parts(other, f" [{args.against.name}]", tmp)


def report(cpus: dict[str, list[float]], walls: dict[str, list[float]], runs: int) -> None:
    base = statistics.median(cpus["python -c pass"])
    print(f"runs: {runs} (medians, interleaved); load average {os.getloadavg()[0]:.1f}")
    print(f"{'command':48s} {'cpu ms':>7} {'wall ms':>8}  cpu / python -c pass")
    for name in cpus:
        cpu, wall = statistics.median(cpus[name]), statistics.median(walls[name])
        print(f"{name:48s} {cpu * 1000:7.1f} {wall * 1000:8.1f}  {cpu / base:4.1f}x")


if __name__ == "__main__":
    main()
