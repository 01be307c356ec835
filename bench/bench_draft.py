"""Benchmark `drafter draft`: in-process render and whole command, against `python -c pass`.

Run by hand:  python bench/bench_draft.py [--runs 10]
Reports medians and the ratio of the whole command to a bare interpreter start.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from timing import median_seconds

from drafter.library import load_library, load_templates
from drafter.render import render_draft

ANSWERS = {"place": "清河县", "meeting": "全县妇女儿童工作会议", "targets": ["全县妇女儿童发展规划主要指标完成率达到90%以上"]}
CLI = [
    "draft", "--no-input", "--seed", "1", "--set", "place=清河县", "--set", "meeting=全县妇女儿童工作会议",
]  # fmt: skip



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    library, templates = load_library(), load_templates()
    template = templates["work-meeting"]
    render = median_seconds(lambda: render_draft(library, template, ANSWERS, seed=1), args.runs)
    load = median_seconds(lambda: (load_library(), load_templates()), args.runs)
    fitted = median_seconds(lambda: render_draft(library, template, {**ANSWERS, "minutes": 20}, seed=1), args.runs)
    beside = Path(sys.executable).with_name("drafter")
    drafter = str(beside) if beside.exists() else shutil.which("drafter")
    if drafter is None:
        sys.exit("drafter is not installed (pip install -e .)")
    baseline = median_seconds(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True), args.runs)
    in_process = {**os.environ, "DRAFTER_NO_RESIDENT": "1"}  # the whole command here, not a resident it would start
    whole = median_seconds(
        lambda: subprocess.run([drafter, *CLI], check=True, capture_output=True, env=in_process), args.runs
    )
    print(f"runs: {args.runs} (medians)")
    print(f"in-process render_draft:           {render * 1000:7.1f} ms")
    print(f"in-process render_draft --minutes: {fitted * 1000:7.1f} ms")
    print(f"load library + templates:          {load * 1000:7.1f} ms")
    print(f"python -c pass (baseline):         {baseline * 1000:7.1f} ms")
    print(f"drafter draft (whole command):     {whole * 1000:7.1f} ms  = {whole / baseline:.1f}x baseline")


if __name__ == "__main__":
    main()
