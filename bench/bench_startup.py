"""Benchmark start-up: whole commands against `python -c pass`, measured in one run.

Run by hand:  python bench/bench_startup.py [--runs 15]
Each round runs every command once, in turn (so a noisy neighbour slows all of them alike);
reports the median wall time of each and its ratio to a bare interpreter start. Caches
(gazetteer lexicon, Jinja bytecode) are warmed by one untimed round first, as after any first use.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SPEECH = "# 在全县安全生产工作会议上的讲话\n\n同志们：\n\n今天，我们召开全县安全生产工作会议。我讲三点意见。\n"
DRAFT = ["draft", "--no-input", "--seed", "1", "--set", "place=清河县", "--set", "meeting=全县妇女儿童工作会议"]


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        speech = Path(tmp, "讲话.md")
        speech.write_text(SPEECH, encoding="utf-8")
        cmds = commands(speech, Path(tmp, "draft.md"))
        env = {**os.environ, "DRAFTER_HOME": str(Path(tmp, "home"))}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed drafter has its .pyc files
        times: dict[str, list[float]] = {name: [] for name in cmds}
        for round_ in range(args.runs + 1):
            for name, argv in cmds.items():
                start = time.perf_counter()
                subprocess.run(argv, capture_output=True, env=env, cwd=tmp)
                if round_:  # round 0 warms the caches
                    times[name].append(time.perf_counter() - start)
    base = statistics.median(times["python -c pass"])
    print(f"runs: {args.runs} (medians, interleaved)")
    for name, ts in times.items():
        med = statistics.median(ts)
        print(f"{name:40s} {med * 1000:7.1f} ms  = {med / base:4.1f}x python -c pass")


if __name__ == "__main__":
    main()
