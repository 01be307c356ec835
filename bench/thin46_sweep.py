"""Thin works: which drafts of 20 and 30 minutes reach their length on general sections and lead-ins rather than on the
work's own text (thin46).

Run by hand from the checkout (one process, ~1 s a draft):
    PYTHONPATH=. python bench/thin46_sweep.py --save /tmp/before.json        # every work × 县/市 × 20/30 minutes, seed 0
    PYTHONPATH=. python bench/thin46_sweep.py --load /tmp/before.json --list 20

Per draft: the sub-points of general sections (point.general.*: 讲政治/谋发展/惠民生, 把握政策导向 …), the lead-ins
inside the points that announce a count (以下三个方面：) and those said without one (要抓好下面几个方面：), and the length.
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
from drafter.text import count_han  # noqa: E402
from drafter.topics import load_topics  # noqa: E402
from tests.work_drafts import draft_made  # noqa: E402

PLACES = {"县": ("泾县", "全县"), "市": ("宣城市", "全市")}
MINUTES = (20, 30)
COUNTED = re.compile(r"以下[一二三四五六七八九十几]+")
# A lead-in that announces sub-points without their count, ending its paragraph (要突出这几个重点：, 要在几个方面下功夫：).
UNCOUNTED = re.compile(r"(?:这|下面)?几(?:个|项|点|件|条)[^。！？；：，\n]{0,12}[：。]\n\n(?=（|\d|[一二三四五六七八九十][是要来])")


def meeting_name(scope: str, topic) -> str:  # type: ignore[no-untyped-def]
    work = topic.words[0]
    return f"{scope}{work}{'' if work.endswith('工作') else '工作'}会议"


def row(place: str, meeting: str, seed: int, minutes: int) -> dict[str, object] | None:
    try:
        draft = draft_made(place, meeting, seed, minutes)
    except DrafterError:
        return None  # a work that cannot run this long says so (own_length)
    text = str(draft.text)
    body = text.partition("\n## ")[2]
    general = [u for u in draft.uses if u.id.startswith("point.general.")]
    return {
        "place": place, "meeting": meeting, "seed": seed, "minutes": minutes, "text": text,
        "han": count_han(text), "counted": len(COUNTED.findall(body)), "uncounted": len(UNCOUNTED.findall(body)),
        "general": [u.id for u in general], "general_subs": sum(len(u.subpoints) for u in general),
    }  # fmt: skip


def draw(seeds: list[int], only: str) -> list[dict[str, object]]:
    rows = []
    for topic in load_topics():
        for place, scope in PLACES.values():
            meeting = meeting_name(scope, topic)
            if only and only not in meeting:
                continue
            for seed in seeds:
                for minutes in MINUTES:
                    found = row(place, meeting, seed, minutes)
                    if found:
                        rows.append(found)
    return rows


def report(rows: list[dict[str, object]], listed: int) -> None:
    for minutes in (*MINUTES, 0):
        group = [r for r in rows if minutes in (0, r["minutes"])]
        if not group:
            continue
        gen = [int(r["general_subs"]) for r in group]  # type: ignore[call-overload]
        unc = [int(r["uncounted"]) for r in group]  # type: ignore[call-overload]
        cnt = [int(r["counted"]) for r in group]  # type: ignore[call-overload]
        short = sum(int(r["han"]) < 0.93 * 200 * int(r["minutes"]) for r in group)  # type: ignore[call-overload]
        print(f"{minutes or 'all':>4} min: {len(group)} drafts; general sub-points mean {statistics.mean(gen):.2f}"
              f" (drafts with any {sum(g > 0 for g in gen)}); uncounted lead-ins mean {statistics.mean(unc):.2f}"
              f" max {max(unc)} (drafts over 3: {sum(u > 3 for u in unc)}); counted mean {statistics.mean(cnt):.2f}"
              f" max {max(cnt)}; under 93% of length {short}")  # fmt: skip
    worst = sorted(rows, key=lambda r: (-int(r["general_subs"]), -int(r["uncounted"])))  # type: ignore[call-overload]
    for r in worst[:listed]:
        print(f"  gen {r['general_subs']:>2} unc {r['uncounted']:>2} {r['han']:>5} {r['place']} {r['meeting']}"
              f" {r['minutes']} min seed {r['seed']}: {' '.join(str(g).removeprefix('point.general.') for g in r['general'])}")  # type: ignore[union-attr]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[0])
    parser.add_argument("--only", default="", help="only meetings whose name holds this")
    parser.add_argument("--list", type=int, default=0, help="list this many drafts leaning most on general sections")
    parser.add_argument("--save", type=Path, help="keep the drafts drawn in this JSON file")
    parser.add_argument("--load", type=Path, help="read the drafts from a --save file instead of drawing them")
    args = parser.parse_args()
    rows = json.loads(args.load.read_text(encoding="utf-8")) if args.load else draw(args.seeds, args.only)
    if args.save:
        args.save.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    report(rows, args.list)


if __name__ == "__main__":
    main()
