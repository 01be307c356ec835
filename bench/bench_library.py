"""Benchmark `drafter fragments list|search|lint` on a generated 10,000-fragment library.

The library is built from the real fragment texts of the shipped `fragments/`
(read only), varied so that texts are mostly distinct: sentences are recombined
across fragments of the same role and common words swapped for synonyms, the
way a large office library grows. Whole commands are timed in subprocesses
(median of several runs, cache warm) against `python -c pass` measured in the
same run; the cold first load (no cache) is reported too, and the CPU time of
each command, which stays put when other work shares the machine.

Run by hand:  /work/venv/bin/python bench/bench_library.py [--fragments 10000] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
SYNONYMS = [
    ("高度重视", "十分重视"), ("切实", "扎实"), ("进一步", "更加"), ("认真", "切实"),
    ("各级各部门", "各地各部门"), ("大力", "着力"), ("不断", "持续"), ("积极", "主动"),
    ("努力", "奋力"), ("全面", "深入"), ("推动", "推进"), ("工作", "事业"),
]  # fmt: skip
_SENTENCE = re.compile(r"(?<=[。！？；])")


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.split(text) if s.strip()]


def _vary(text: str, donors: list[str], rng: random.Random) -> str:
    paragraphs = []
    for para in text.split("\n\n"):
        sentences = _sentences(para)
        for i in range(len(sentences)):
            if donors and rng.random() < 0.4:
                donor = _sentences(rng.choice(donors))
                if donor:
                    sentences[i] = rng.choice(donor).strip()
        if len(sentences) > 2 and rng.random() < 0.5:
            rng.shuffle(sentences)
        para = "".join(sentences)
        for a, b in rng.sample(SYNONYMS, 4):
            para = para.replace(a, b) if rng.random() < 0.5 else para.replace(b, a)
        paragraphs.append(para)
    return "\n\n".join(paragraphs)


def build_library(target: Path, count: int, seed: int = 7) -> int:
    """Write `count` fragments into `target` (20 files); return how many were written."""
    rng = random.Random(seed)
    base: list[dict] = []
    for file in sorted((REPO / "fragments").glob("*.yaml")):
        base.extend(yaml.safe_load(file.read_text(encoding="utf-8")) or [])
    by_role: dict[str, list[str]] = {}
    for item in base:
        by_role.setdefault(item["role"], []).append(item.get("text") or "")
    target.mkdir(parents=True, exist_ok=True)
    per_file = -(-count // 20)
    made = 0
    for n in range(20):
        items = []
        for i in range(min(per_file, count - made)):
            item = dict(rng.choice(base))
            item["id"] = f"{item['id']}.v{made + i}"
            if item.get("text") and item["role"] not in ("title", "salutation"):
                item["text"] = _vary(item["text"], by_role[item["role"]], rng)
            items.append(item)
        made += len(items)
        header = "# yaml-language-server: $schema=../drafter/data/fragment.schema.json\n# generated for bench\n\n"
        body = yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=100)
        (target / f"bench-{n:02d}.yaml").write_text(header + body, encoding="utf-8")
    return made


def _time(cmd: list[str], env: dict[str, str], runs: int) -> tuple[float, float, int]:
    """Median wall time and median CPU time (user + system) of the command, and its exit code.

    CPU time is reported too because wall time swings when other work shares the machine.
    """
    walls, cpus, code = [], [], 0
    for _ in range(runs):
        before = os.times()
        start = time.perf_counter()
        code = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        walls.append(time.perf_counter() - start)
        after = os.times()
        cpus.append(after.children_user - before.children_user + after.children_system - before.children_system)
    return statistics.median(walls), statistics.median(cpus), code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fragments", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", action="store_true", help="keep the generated library and print its path")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="drafter-bench-"))
    try:
        lib = work / "library"
        made = build_library(lib, args.fragments)
        size = sum(p.stat().st_size for p in lib.iterdir())
        print(f"library: {made} fragments, {size / 1e6:.1f} MB in {lib}")
        # DRAFTER_NO_RESIDENT: each run is the whole command, not one served by a resident the first run started
        env = {**os.environ, "DRAFTER_CACHE_DIR": str(work / "cache"), "DRAFTER_NO_RESIDENT": "1"}
        drafter = [sys.executable, "-m", "drafter", "fragments"]
        base, base_cpu, _ = _time([sys.executable, "-c", "pass"], env, args.runs)
        cold, _, _ = _time([*drafter, "list", "--library", str(lib)], env, 1)
        rows = [("python -c pass", base, base_cpu, 0)]
        cases = {
            "list": ["list"],
            "list --role point --json": ["list", "--role", "point", "--json"],
            "search 妇女儿童 责任感": ["search", "妇女儿童 责任感"],
            "search 保障 --json": ["search", "保障", "--json"],
            "lint": ["lint"],
        }
        for name, extra in cases.items():
            runs = args.runs if not name.startswith("lint") else max(1, args.runs // 2)
            median, cpu, code = _time([*drafter, *extra, "--library", str(lib)], env, runs)
            rows.append((f"fragments {name}", median, cpu, code))
        print(f"cold first load (no cache, fragments list): {cold:.3f} s; load average {os.getloadavg()[0]:.1f}")
        print(f"{'command':36} {'wall s':>7} {'× python':>9} {'cpu s':>7} exit")
        for name, median, cpu, code in rows:
            print(f"{name:36} {median:7.3f} {median / base:9.1f} {cpu:7.3f} {code:4}")
        if args.keep:
            print(f"kept: {lib}")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
