"""How often a speech announces its sub-points' count (以下三个方面：) — a writer does so a few times, not in every section.

Run by hand from the checkout (one process, ~0.3 s a draft):
    PYTHONPATH=. python bench/leadin_sweep.py                       # every work × 县/市 × 10/15/20/30 minutes, seed 0
    PYTHONPATH=. python bench/leadin_sweep.py --save /tmp/after.json --list 10
    PYTHONPATH=. python bench/leadin_sweep.py --load /tmp/before.json  # report drafts drawn before

Counts 以下N (N a Chinese numeral or 几) per draft: those before the first point (the speech's own 我讲以下两点) are the
speech's announcement and are not counted against its budget; the rest are held to drafter.render.announce.budget.
Also counts the lead-ins said without a count (要突出这几个重点：) that a speech short of its minutes says again.
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
from drafter.render.announce import budget  # noqa: E402
from drafter.topics import load_topics  # noqa: E402
from tests.work_drafts import draft_text  # noqa: E402

PLACES = {"县": ("泾县", "全县"), "市": ("宣城市", "全市")}
MINUTES = (10, 15, 20, 30)
# Drafts read by hand for leadin45, drawn whatever the sweep draws: (place, meeting, seed, minutes).
NAMED = [
    ("泾县", "全县审计工作会议", 1, 30),
    ("泾县", "全县统一战线工作会议", 1, 30),
    ("宣城市", "全市保密工作会议", 1, 30),
    ("泾县", "全县群团工作会议", 1, 30),
    ("宣城市", "全市人大工作会议", 1, 30),
    ("泾县", "全县外事工作会议", 1, 20),
    ("泾县", "全县教育工作先进集体和先进个人表彰大会", 1, 15),
    ("宣城市", "全市安全生产工作会议", 1, 20),
]
COUNTED = re.compile(r"以下[一二三四五六七八九十几]+")
# A lead-in that announces sub-points without their count, ending its paragraph (要突出这几个重点：, 要在几个方面下功夫：).
UNCOUNTED = re.compile(r"(?:这|下面)?几(?:个|项|点|件|条)[^。！？；：，\n]{0,12}[：。]\n\n(?=（|\d|[一二三四五六七八九十][是要来])")


def counts(text: str) -> tuple[int, int]:
    """(announcements before the first point, announcements inside the points)."""
    head, _, body = text.partition("\n## ")
    return len(COUNTED.findall(head)), len(COUNTED.findall(body))


def meeting_name(scope: str, topic) -> str:  # type: ignore[no-untyped-def]
    work = topic.words[0]
    return f"{scope}{work}{'' if work.endswith('工作') else '工作'}会议"


def draw(seed: int) -> list[tuple[str, str, int, int, str]]:
    cases = [(p, meeting_name(scope, t), seed, m) for t in load_topics() for p, scope in PLACES.values() for m in MINUTES]
    drafts = []
    for place, meeting, s, minutes in [*NAMED, *cases]:
        try:
            drafts.append((place, meeting, s, minutes, draft_text(place, meeting, s, minutes)))
        except DrafterError:
            continue  # a work that cannot run this long says so (own_length)
    return drafts


def report(drafts: list[tuple[str, str, int, int, str]], listed: int) -> None:
    named = [d for d in drafts if (d[0], d[1], d[2], d[3]) in NAMED]
    swept = [d for d in drafts if d not in named]
    for minutes in (*MINUTES, 0):
        group = [d for d in swept if minutes in (0, d[3])]
        if not group:
            continue
        inside = [counts(d[4])[1] for d in group]
        over = sum(n > budget(d[3]) for n, d in zip(inside, group, strict=True))
        plain = [len(UNCOUNTED.findall(d[4])) for d in group]
        print(f"{minutes or 'all':>4} min: {len(group)} drafts, 以下N inside the points median {statistics.median(inside)},"
              f" max {max(inside)}, over budget {over}; lead-ins without a count median {statistics.median(plain)},"
              f" max {max(plain)}")  # fmt: skip
    print("named drafts (before the points + inside):")
    for place, meeting, seed, minutes, text in named:
        head, body = counts(text)
        plain = len(UNCOUNTED.findall(text))
        print(f"  {place} {meeting} seed {seed} {minutes} min: {head} + {body} (budget {budget(minutes)}), {plain} without")
    for place, meeting, _, minutes, text in sorted(swept, key=lambda d: -counts(d[4])[1])[:listed]:
        print(f"  {counts(text)[1]:>3} {place} {meeting} {minutes} min")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--list", type=int, default=0, help="list this many drafts announcing most")
    parser.add_argument("--save", type=Path, help="keep the drafts drawn in this JSON file")
    parser.add_argument("--load", type=Path, help="read the drafts from a --save file instead of drawing them")
    args = parser.parse_args()
    if args.load:
        drafts = [tuple(d) for d in json.loads(args.load.read_text(encoding="utf-8"))]
    else:
        drafts = draw(args.seed)
    if args.save:
        args.save.write_text(json.dumps(drafts, ensure_ascii=False), encoding="utf-8")
    report(drafts, args.list)  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
