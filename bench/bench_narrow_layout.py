"""How a long speech on a narrow work is laid out (village45): points, sections per point, whose sections.

Run by hand (never by pytest):

    PYTHONPATH=. .venv/bin/python bench/bench_narrow_layout.py              # 20 and 30 minutes, seeds 1–3
    PYTHONPATH=. .venv/bin/python bench/bench_narrow_layout.py --show       # and each draft's outline

For each narrow work's 全县…工作会议 (a work of few areas of its own: 天然气保供, 特种设备, 体育赛事安全, 数据安全,
燃气安全, 电动自行车) it draws the speech `drafter draft --minutes N` makes and counts, per draft: its points, the
sections of each task point, how many of those are the work's own areas and how many general ones (a section about no
work: 以制度建设为抓手, 向改革要动力 …), and the sub-points under the work's own areas.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from drafter.drafting import DraftRequest, make_draft  # noqa: E402
from drafter.library import load_library  # noqa: E402
from drafter.render.select import fragment_topics  # noqa: E402

MEETINGS = ("全县天然气保供工作会议", "全县特种设备安全工作会议", "全县体育赛事安全工作会议", "全县数据安全工作会议",
            "全县燃气安全工作会议", "全县电动自行车安全隐患整治工作会议")  # fmt: skip


def layout(meeting: str, minutes: int, seed: int) -> dict[str, object]:
    draft = make_draft(DraftRequest(answers={"place": "清河县", "meeting": meeting}, seed=seed, minutes=minutes,
                                    history=False)).draft  # fmt: skip
    library = load_library()
    points: list[list[tuple[str, bool, int]]] = []  # per point: (id, general, sub-points kept)
    for use in draft.uses:
        if use.role.value != "point":
            continue
        frag = library.get(use.id)
        entry = (use.id, not fragment_topics(frag), len(use.subpoints))
        if use.section and points:
            points[-1].append(entry)
        else:
            points.append([entry])
    tasks = [p for p in points if library.get(p[0][0]).stage == "任务"]
    own = [e for p in tasks for e in p if not e[1]]
    return {
        "text": draft.text, "points": len(points), "tasks": len(tasks),
        "task_parts": [len(p) for p in tasks], "own": len(own), "general": sum(e[1] for p in tasks for e in p),
        "own_subs": [e[2] for e in own], "han": draft.han_chars,
        "holding": sum(any(not e[1] for e in p) for p in tasks),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=int, nargs="*", default=[20, 30])
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    for minutes in args.minutes:
        rows = []
        for meeting in MEETINGS:
            for seed in range(1, args.seeds + 1):
                try:
                    row = layout(meeting, minutes, seed)
                except Exception as exc:  # a length the library cannot form is a figure too
                    print(f"  {meeting} {minutes} min seed {seed}: {type(exc).__name__} {exc}")
                    continue
                rows.append(row)
                print(f"  {meeting} {minutes} min seed {seed}: {row['points']} points, {row['holding']} holding own areas, task parts "
                      f"{row['task_parts']} (own {row['own']}, general {row['general']}), own areas' sub-points "
                      f"{row['own_subs']}, {row['han']} characters")
                if args.show:
                    print("\n".join("    " + line[:40] for line in str(row["text"]).splitlines()
                                    if line.startswith(("## ", "（"))))
        parts = [n for r in rows for n in r["task_parts"]]  # type: ignore[attr-defined]
        print(f"{minutes} minutes, {len(rows)} drafts: points median {statistics.median(r['points'] for r in rows)}, "
              f"task points median {statistics.median(r['tasks'] for r in rows)}, sections per task point "
              f"mean {statistics.mean(parts):.2f}, general task sections per draft mean "
              f"{statistics.mean(r['general'] for r in rows):.2f}, own areas per draft mean "
              f"{statistics.mean(r['own'] for r in rows):.2f}, task points holding own areas per draft mean "
              f"{statistics.mean(r['holding'] for r in rows):.2f}")


if __name__ == "__main__":
    main()
