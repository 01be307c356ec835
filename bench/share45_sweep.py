"""Stage shares and lengths of fitted drafts: every work × 县/市 at given minutes and seeds (share45).

Run by hand from the checkout (one process):
    PYTHONPATH=. python bench/share45_sweep.py --minutes 10 12 --seeds 3 --save /tmp/shares.json
    PYTHONPATH=. python bench/share45_sweep.py --load /tmp/shares.json

Each ## point's Han characters (the closing cut off the last) count for the stage of the plan's point it is: the
share of 认识, 任务 and 保障 in the points, the task share's median and lowest, the 认识 share's median; and each draft's
length as a share of its minutes (the works that stop short).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from drafter.errors import DrafterError  # noqa: E402
from drafter.render import plan as plan_module  # noqa: E402
from drafter.text import count_han  # noqa: E402
from drafter.topics import load_topics  # noqa: E402
from tests.work_drafts import draft_made  # noqa: E402

PLACES = {"县": ("清河县", "全县"), "市": ("南通市", "全市")}
_STAGES: list[list[str]] = []
_fit = plan_module.fit_minutes


def _recording(*args, **kwargs):  # type: ignore[no-untyped-def]
    plan = _fit(*args, **kwargs)
    _STAGES.append([p.fragment.stage for p in plan.points])
    return plan


plan_module.fit_minutes = _recording  # type: ignore[assignment]


def meeting_name(scope: str, topic) -> str:  # type: ignore[no-untyped-def]
    work = topic.words[0]
    return f"{scope}{work}{'' if work.endswith('工作') else '工作'}会议"


def points(text: str) -> list[str]:
    parts = re.split(r"\n## ", text)[1:]
    if parts:
        parts[-1] = re.split(r"\n同志们", parts[-1])[0]
    return parts


def draw(minutes: list[int], seeds: int) -> list[dict]:  # type: ignore[type-arg]
    rows = []
    for topic in load_topics():
        for place, scope in PLACES.values():
            meeting = meeting_name(scope, topic)
            for m in minutes:
                for seed in range(seeds):
                    _STAGES.clear()
                    try:
                        draft = draft_made(place, meeting, seed, m)
                    except DrafterError as e:
                        rows.append({"meeting": meeting, "place": place, "seed": seed, "minutes": m, "error": str(e)})
                        continue
                    text = str(draft.text)
                    shares: dict[str, int] = {}
                    stages = _STAGES[-1] if _STAGES else []
                    bodies = points(text)
                    if len(stages) == len(bodies):
                        for stage, body in zip(stages, bodies, strict=True):
                            shares[stage] = shares.get(stage, 0) + count_han(body)
                    total = sum(shares.values()) or 1
                    rows.append({"meeting": meeting, "place": place, "seed": seed, "minutes": m,
                                 "han": draft.han_chars, "ratio": draft.han_chars / (m * draft.rate),
                                 "shares": {k: v / total for k, v in shares.items()},
                                 "announced": len(bodies), "stages": stages,
                                 "ids": [u.id for u in draft.uses if u.role.value == "point"]})  # fmt: skip
    return rows


def report(rows: list[dict], short: float) -> None:  # type: ignore[type-arg]
    by_m: dict[int, list[dict]] = {}  # type: ignore[type-arg]
    for r in rows:
        by_m.setdefault(r["minutes"], []).append(r)
    for m, rs in sorted(by_m.items()):
        ok = [r for r in rs if "error" not in r]
        mixed = [r for r in ok if 0 < r["shares"].get("任务", 0) < 1]
        tasks = [r["shares"]["任务"] for r in mixed]
        know = [r["shares"].get("认识", 0) for r in mixed if "认识" in r["shares"]]
        guard = [r["shares"].get("保障", 0) for r in mixed if "保障" in r["shares"]]
        ratios = [r["ratio"] for r in ok]
        overview = [r for r in mixed if any("overview" in i for i in r.get("ids", []))]
        print(f"{m} min: {len(ok)} drafts formed of {len(rs)}; with other points {len(mixed)}: task share median"
              f" {statistics.median(tasks):.2f}, lowest {min(tasks):.2f}, under 0.5: {sum(t < 0.5 for t in tasks)};"
              f" 认识 median {statistics.median(know):.2f}; 保障 median {statistics.median(guard):.2f};"
              f" overview drafts {len(overview)}, their task share median"
              f" {statistics.median([r['shares']['任务'] for r in overview] or [0]):.2f};"
              f" length median {statistics.median(ratios):.3f}, under {short}: {sum(x < short for x in ratios)}")
        for r in rs:
            if "error" in r:
                print("   unformed:", r["place"], r["meeting"], r["seed"], r["error"][:60])
        for r in sorted(ok, key=lambda r: r["ratio"])[:0]:
            print("  ", r)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=int, nargs="+", default=[10, 12])
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--short", type=float, default=0.95, help="count drafts shorter than this share of minutes")
    parser.add_argument("--save", type=Path)
    parser.add_argument("--load", type=Path)
    args = parser.parse_args()
    rows = json.loads(args.load.read_text(encoding="utf-8")) if args.load else draw(args.minutes, args.seeds)
    if args.save:
        args.save.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    report(rows, args.short)


if __name__ == "__main__":
    main()
