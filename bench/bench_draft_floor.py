"""Benchmark what `draft` costs once the CLI hands over, against what no drafter code can avoid.

Run by hand:  python bench/bench_draft_floor.py [--runs 11] [--against DIR]

Each round runs every line once, in turn, each in a fresh process, and reports the
median CPU time (user + system) and its ratio to `python -c pass`:

- the floor: the interpreter, then the third-party modules a draft needs (rapidfuzz,
  sqlite3, xxhash, ahocorasick_rs, platformdirs; not jinja2, which renders only texts
  that are not plain, #18), then those plus reading the fragment library from its cache;
- the core of `drafter draft` (drafting.make_draft with the originality measure, as the
  CLI calls it, without typer), with the caches warm, and with the closeness memo
  removed before each run (a draft whose fragment pairs were never compared before).

Then, in one process, where the core's milliseconds go (median of 5). Caches live in
a folder of the run's own (DRAFTER_CACHE_DIR), warmed by one untimed round.
`--against DIR` runs the core lines from another checkout too (PYTHONPATH=DIR).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REQUEST = 'DraftRequest(sets=("place=清河县", "meeting=全县妇女儿童工作会议"), seed=1)'
THIRD_PARTY = "import rapidfuzz.fuzz, rapidfuzz.process, rapidfuzz.distance.Levenshtein, sqlite3, xxhash, ahocorasick_rs, platformdirs"
CORE = f"from drafter.drafting import DraftRequest, make_draft; make_draft({REQUEST})"
FORGET = "import glob, os; [os.remove(p) for p in glob.glob(os.environ['DRAFTER_CACHE_DIR'] + '/closeness-*')]; "


def lines() -> dict[str, str]:
    return {
        "python -c pass": "pass",
        "import jinja2.sandbox": "import jinja2.sandbox",
        "import rapidfuzz (fuzz, process, Levenshtein)": "import rapidfuzz.fuzz, rapidfuzz.process, rapidfuzz.distance.Levenshtein",
        "import sqlite3": "import sqlite3",
        "floor: third-party modules of a draft": THIRD_PARTY,
        "floor + read the library (cache)": f"{THIRD_PARTY}; from drafter.workspace import open_library; open_library()",
        "draft core, caches warm": CORE,
        "draft core, closeness memo cold": FORGET + CORE,
    }


PARTS = """
import os, time
T = time.process_time
t = T()
from drafter import drafting
times = {"import drafter.drafting": T() - t}
def timed(name, label):
    f = getattr(drafting, name)
    def run(*a, **k):
        t = T(); r = f(*a, **k); times[label] = times.get(label, 0) + T() - t; return r
    setattr(drafting, name, run)
for name, label in [("open_library", "read the library"), ("open_templates", "read the templates"),
                    ("_ask_setting", "place and meeting (gazetteer)"), ("plan_draft", "choose fragments (plan)"),
                    ("render_plan", "render (Jinja)"), ("self_check", "self-check (incl. import)"),
                    ("measure_originality", "originality measure (incl. import)")]:
    timed(name, label)
t = T()
drafting.make_draft(drafting.REQUEST)
times["rest of make_draft"] = T() - t - sum(v for k, v in times.items() if k != "import drafter.drafting")
print(";".join(f"{k}={v * 1000:.2f}" for k, v in times.items()))
""".replace("drafting.REQUEST", "drafting." + REQUEST)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def parts(env: dict[str, str], cwd: str, label: str) -> None:
    rows: dict[str, list[float]] = {}
    for _ in range(5):
        out = subprocess.run([sys.executable, "-c", PARTS], capture_output=True, text=True, check=True, env=env, cwd=cwd)
        for item in out.stdout.strip().split(";"):
            name, value = item.split("=")
            rows.setdefault(name, []).append(float(value))
    print(f"\nwhere the draft core's CPU goes{label} (ms, median of 5, one process):")
    for name, values in rows.items():
        print(f"  {name:40s} {statistics.median(values):6.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--against", type=Path, help="another drafter checkout to measure in the same rounds")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "DRAFTER_HOME": str(Path(tmp, "home")), "DRAFTER_CACHE_DIR": str(Path(tmp, "cache"))}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed drafter has its .pyc files
        runs = [(name, code, env) for name, code in lines().items()]
        if args.against:
            other = {**env, "PYTHONPATH": str(args.against.resolve()), "DRAFTER_CACHE_DIR": str(Path(tmp, "other-cache"))}
            runs += [(f"  {name} [{args.against.name}]", code, other) for name, code in lines().items() if name.startswith("draft core")]
        cpus: dict[str, list[float]] = {name: [] for name, _, _ in runs}
        for round_ in range(args.runs + 1):
            for name, code, run_env in runs:
                before = _children_cpu()
                # cwd: `python -c` puts it first on sys.path, so a checkout there would shadow --against's
                subprocess.run([sys.executable, "-c", code], capture_output=True, env=run_env, cwd=tmp, check=True)
                if round_:  # round 0 warms the caches
                    cpus[name].append(_children_cpu() - before)
        base = statistics.median(cpus["python -c pass"])
        print(f"runs: {args.runs} (medians, interleaved); load average {os.getloadavg()[0]:.1f}")
        print(f"{'line':52s} {'cpu ms':>7}  cpu / python -c pass")
        for name, values in cpus.items():
            print(f"{name:52s} {statistics.median(values) * 1000:7.1f}  {statistics.median(values) / base:4.1f}x")
        parts(env, tmp, "")
        if args.against:
            parts(other, tmp, f" [{args.against.name}]")


if __name__ == "__main__":
    main()
