"""CPU of drafts fitted to a length (`--minutes`): the length search, where long drafts spend ~90% of their time.

Run by hand (never by pytest):
    python bench/bench_fit.py                                  # this checkout: each case's CPU, and the total
    python bench/bench_fit.py --against /tmp/main-clone        # the same cases in the other checkout's venv, side by side
    python bench/bench_fit.py --only 医德医风 --rounds 3         # one case, three rounds (the median is printed)

Each case is `make_draft` in this process (what `drafter draft --no-input --seed N --set place=… --set meeting=…
--set minutes=M` does, without the history), after one warm-up draft, so the library, the place table and the caches a
second draft meets are loaded already. Each line gives the text's hash too: the two checkouts must draft the same.
`--against DIR` runs this file with DIR/.venv/bin/python (a plain clone of main with its own venv), one side after the
other per round, and prints the ratio of the medians. CPU time (`time.process_time`): the machine is shared.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

# The 医德医风 draft of the brief (ci40: ~12 s of CPU at 30 minutes; since lead41 it forms at most ~19 minutes and says so
# at 30, so the heavy case is its 20-minute search), then a dozen works at 10, 20 and 30 minutes.
CASES = [
    ("清河县", "全县医德医风建设工作会议", 1, 20),
    ("清河县", "全县安全生产工作会议", 1, 30),
    ("南通市", "全市乡村振兴工作推进会", 2, 20),
    ("江阴市", "全市优化营商环境工作会议", 3, 30),
    ("城关镇", "全镇防汛工作会议", 4, 20),
    ("故城县", "全县党风廉政建设工作会议", 5, 30),
    ("鼓楼区", "全区教育工作会议", 6, 10),
    ("如皋市", "全市卫生健康工作会议", 7, 20),
    ("无锡市", "全市生态环境保护工作会议", 8, 30),
    ("海门区", "全区民政工作会议", 9, 20),
    ("清河县", "全县文明城市创建工作推进会", 10, 10),
    ("南通市", "全市食品安全工作会议", 11, 30),
    ("连庄镇", "全镇基层党建工作会议", 12, 20),
]


def run_cases(only: str | None, rounds: int) -> list[dict[str, object]]:
    """Each case's median CPU over `rounds` and its text's hash (a refusal's message hashed instead)."""
    from drafter.drafting import DraftRequest, make_draft
    from drafter.errors import DrafterError

    def draft(place: str, meeting: str, seed: int, minutes: int) -> tuple[float, str]:
        request = DraftRequest(answers={"place": place, "meeting": meeting}, seed=seed, minutes=minutes, history=False)
        start = time.process_time()
        try:
            text = str(make_draft(request).draft.text)
        except DrafterError as exc:
            text = f"refused: {exc}"
        return time.process_time() - start, hashlib.sha256(text.encode()).hexdigest()[:12]

    draft("清河县", "全县安全生产工作会议", 99, 10)  # warm-up: the library and tables loaded
    results = []
    for place, meeting, seed, minutes in CASES:
        if only and only not in meeting:
            continue
        times, digest = [], ""
        for _ in range(rounds):
            spent, digest = draft(place, meeting, seed, minutes)
            times.append(spent)
        results.append({"case": f"{place} {meeting} seed {seed} {minutes}min", "cpu": statistics.median(times),
                        "hash": digest})  # fmt: skip
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", help="another checkout (with its own .venv): the same cases there")
    parser.add_argument("--only", help="only the cases whose meeting holds this")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print the results as JSON (what --against reads)")
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="drafter-fit-")
    os.environ.update({"DRAFTER_HOME": home, "XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home})
    if args.json:
        print(json.dumps(run_cases(args.only, args.rounds), ensure_ascii=False))
        return
    mine = run_cases(args.only, args.rounds)
    other = None
    if args.against:
        argv = [os.path.join(args.against, ".venv", "bin", "python"), os.path.abspath(__file__), "--json",
                "--rounds", str(args.rounds), *(["--only", args.only] if args.only else [])]  # fmt: skip
        out = subprocess.run(argv, cwd=args.against, capture_output=True, text=True, check=True).stdout
        other = {r["case"]: r for r in json.loads(out.splitlines()[-1])}
    for r in mine:
        line = f"{r['cpu']:8.2f} s  {r['hash']}  {r['case']}"
        if other is not None:
            o = other[str(r["case"])]
            same = "same" if o["hash"] == r["hash"] else "DIFFERS"
            line += f"   against {o['cpu']:.2f} s ({float(o['cpu']) / max(float(r['cpu']), 1e-9):.1f}×, {same})"  # type: ignore[arg-type]
        print(line)
    total = sum(float(r["cpu"]) for r in mine)  # type: ignore[arg-type]
    summary = f"{total:8.2f} s  all {len(mine)} cases"
    if other is not None:
        total_other = sum(float(o["cpu"]) for o in other.values())  # type: ignore[arg-type]
        summary += f"   against {total_other:.2f} s ({total_other / max(total, 1e-9):.1f}×)"
    print(summary)
    if other is not None and any(other[str(r["case"])]["hash"] != r["hash"] for r in mine):
        sys.exit(1)


if __name__ == "__main__":
    main()
