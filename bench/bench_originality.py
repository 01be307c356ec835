"""Originality of drafts (issue #12): reuse of the corpus, neighbours and last year's draft.

Run by hand (never by pytest):

    .venv/bin/python bench/bench_originality.py            # the whole grid
    .venv/bin/python bench/bench_originality.py --seeds 2  # quicker
    .venv/bin/python bench/bench_originality.py --skip-grid --dates 6  # every neighbour pair on six dates: the tail

It reports, over 4 levels × 6 topics × N seeds (default 5):
  - corpus figures of each draft (as `drafter diff` measures them): reuse, the largest
    single source's share, the longest verbatim run; median and maximum;
  - neighbours: two places of the same level, same meeting and date, no --seed: the share
    of the second draft's sentences that the first one also has (verbatim or edited,
    place names and level words not counted as changes);
  - next year: the same place and meeting a year later: with --avoid last year's draft, with
    only the history (last year's draft written with -o), and with neither, for comparison.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from drafter.diff import SourceDoc, Status, diff_text  # noqa: E402
from drafter.drafting import DraftRequest, make_draft, measure_originality  # noqa: E402
from drafter.history import remember  # noqa: E402
from drafter.model import Draft  # noqa: E402

LEVELS = {  # level: (place, neighbour, scope word)
    "省": ("河北省", "山西省", "全省"),
    "市": ("邢台市", "衡水市", "全市"),
    "县": ("清河县", "故城县", "全县"),
    "镇": ("葛仙庄镇", "连庄镇", "全镇"),
}
# --streets: 街道 pairs in the tail too (a 街道 has a town's powers, so a town's pool of points).
STREETS = {"街道": ("城关街道", "东城街道", "全街道")}
TOPICS = ("安全生产", "防汛抗旱", "教育", "乡村振兴", "党风廉政建设", "妇女儿童")
SHARED = {Status.VERBATIM, Status.EDITED, Status.RECOMBINED}


def meeting(scope: str, topic: str) -> str:
    return f"{scope}{topic}工作会议"


def make(place: str, meet: str, date: str, seed: int | None, avoid: tuple[Path, ...] = (), history: bool = True) -> Draft:
    answers = {"place": place, "meeting": meet, "date": date}
    return make_draft(DraftRequest(answers=answers, seed=seed, avoid=avoid, history=history)).draft


def draft(place: str, meet: str, date: str, seed: int | None, avoid: tuple[Path, ...] = (), history: bool = True) -> str:
    return make(place, meet, date, seed, avoid, history).text


def shared_share(text: str, earlier: str) -> float:
    """Share of `text`'s sentences found (verbatim, edited or recombined) in `earlier`."""
    report = diff_text(text, [SourceDoc("earlier", earlier)])
    sents = report.sentences
    return sum(s.status in SHARED for s in sents) / max(len(sents), 1)


def grid(seeds: int) -> None:
    shares, runs, reuse, rows = [], [], [], []
    start = time.perf_counter()
    for level, (place, _, scope) in LEVELS.items():
        for topic in TOPICS:
            for seed in range(1, seeds + 1):
                o = measure_originality(make(place, meeting(scope, topic), "2026年3月8日", seed))
                shares.append(o["largest_share"])
                runs.append(o["longest_run"])
                reuse.append(o["reuse"])
                rows.append((level, topic, seed, o))
    n = len(rows)
    print(f"grid: {n} drafts in {time.perf_counter() - start:.1f} s")
    print(f"  largest-source share: median {statistics.median(shares):.1%}, max {max(shares):.1%}")
    print(f"  longest verbatim run: median {statistics.median(runs)}, max {max(runs)} characters")
    print(f"  reuse: median {statistics.median(reuse):.1%}, max {max(reuse):.1%}")
    worst = max(rows, key=lambda r: r[3]["largest_share"])
    print(f"  worst: {worst[0]} {worst[1]} seed {worst[2]}: {worst[3]}")


KINDS = ("安全生产工作推进会", "防汛抗旱工作动员部署会", "乡村振兴工作领导小组会议", "教育工作座谈会", "优秀教师表彰大会",
         "森林防火工作电视电话会议", "党风廉政建设培训班开班式", "经济工作总结会", "妇女维权联席会议")


def neighbours_by_kind() -> None:
    """Neighbours for every kind of meeting (the frame of a kind is shared by all its topics)."""
    pair = []
    for level in ("市", "县", "镇"):
        place, other, scope = LEVELS[level]
        for kind in KINDS:
            meet = scope + kind
            a = draft(place, meet, "2026年3月8日", None, history=False)
            b = draft(other, meet, "2026年3月8日", None, history=False)
            pair.append((shared_share(b.replace(other, place), a), level, kind))
    print(f"neighbours by meeting kind ({len(pair)} pairs): shared sentences "
          f"median {statistics.median(s for s, *_ in pair):.1%}, max {max(pair)[0]:.1%} ({max(pair)[1]} {max(pair)[2]})")


def neighbours_and_history(tmp: Path) -> None:
    pair, avoided, plain, remembered = [], [], [], []
    for level, (place, other, scope) in LEVELS.items():
        for topic in TOPICS:
            meet = meeting(scope, topic)
            a = draft(place, meet, "2026年3月8日", None)
            b = draft(other, meet, "2026年3月8日", None)
            pair.append((shared_share(b.replace(other, place), a), level, topic))
            last = tmp / f"{place}-{topic}-2026.md"
            last.write_text(a, encoding="utf-8")
            plain.append(shared_share(draft(place, meet, "2027年3月8日", None, history=False), a))
            remember({"place": place, "meeting": meet, "date": "2026年3月8日"}, a)  # as `draft -o` does
            remembered.append(shared_share(draft(place, meet, "2027年3月8日", None), a))
            avoided.append(
                (shared_share(draft(place, meet, "2027年3月8日", None, (last,), history=False), a), level, topic)
            )
    print(f"neighbours, same meeting, no seed ({len(pair)} pairs): shared sentences "
          f"median {statistics.median(s for s, *_ in pair):.1%}, max {max(pair)[0]:.1%} ({max(pair)[1]} {max(pair)[2]})")
    print(f"next year, no --avoid, no history: median {statistics.median(plain):.1%}, max {max(plain):.1%}")
    print(f"next year, history only (draft -o last year): median {statistics.median(remembered):.1%}, "
          f"max {max(remembered):.1%}")
    print(f"next year with --avoid last year's draft: median {statistics.median(s for s, *_ in avoided):.1%}, "
          f"max {max(avoided)[0]:.1%} ({max(avoided)[1]} {max(avoided)[2]})")


DATES = ("2026年3月8日", "2026年4月16日", "2026年6月2日", "2026年9月21日", "2026年11月5日", "2027年1月12日")


def neighbours_over_dates(n: int, streets: bool = False) -> None:
    """The tail: every pair above (工作会议 × 6 topics × 4 levels, 9 kinds × 3 levels) on n dates, no seed."""
    shares = []
    places = {**LEVELS, **(STREETS if streets else {})}
    for date in DATES[:n]:
        for level, (place, other, scope) in places.items():
            meets = [meeting(scope, t) for t in TOPICS]
            if level != "省":
                meets += [scope + k for k in KINDS]
            for meet in meets:
                a = draft(place, meet, date, None, history=False)
                b = draft(other, meet, date, None, history=False)
                shares.append((shared_share(b.replace(other, place), a), date, level, meet))
    over = [s for s in shares if s[0] > 0.30]
    values = sorted(s for s, *_ in shares)
    print(f"neighbours over {n} dates ({len(shares)} pairs): median {statistics.median(values):.1%}, "
          f"95th percentile {values[int(len(values) * 0.95)]:.1%}, max {values[-1]:.1%}; "
          f"over 30%: {len(over)} ({len(over) / len(shares):.1%})")
    for level in places:
        mine = sorted(s for s, _, lv, _ in shares if lv == level)
        print(f"  {level}: {len(mine)} pairs, median {statistics.median(mine):.1%}, max {mine[-1]:.1%}, "
              f"over 30%: {sum(s > 0.30 for s in mine)}")
    for s, date, level, meet in sorted(over, reverse=True)[:5]:
        print(f"  {s:.1%} {level} {meet} {date}")


def towns_over_dates(n: int) -> None:
    """Town pairs only, wider: every topic's 工作会议 for a 镇 pair and a 街道 pair on n dates, no seed.

    A town draws its points from a smaller pool than a county (county-only points are
    filtered out), so its pairs are the tail; six dates × six topics are too few to see
    a change in the library, this sweep is not.
    """
    import datetime

    from drafter.topics import load_topics

    start = datetime.date(2026, 1, 5)
    dates = [f"{d.year}年{d.month}月{d.day}日" for d in (start + datetime.timedelta(days=17 * i) for i in range(n))]
    for level, (place, other, scope) in {"镇": LEVELS["镇"], **STREETS}.items():
        shares = []
        for topic in load_topics():
            work = topic.words[0]
            meet = f"{scope}{work}{'' if work.endswith('工作') else '工作'}会议"
            for date in dates:
                a = draft(place, meet, date, None, history=False)
                b = draft(other, meet, date, None, history=False)
                shares.append(shared_share(b.replace(other, place), a))
        shares.sort()
        print(f"towns, every topic's 工作会议 × {n} dates, {level} ({len(shares)} pairs): "
              f"median {statistics.median(shares):.1%}, 95th percentile {shares[int(len(shares) * 0.95)]:.1%}, "
              f"max {shares[-1]:.1%}, over 30%: {sum(s > 0.30 for s in shares)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--skip-grid", action="store_true")
    parser.add_argument("--dates", type=int, default=0, help="also every neighbour pair on this many dates (≤ 6)")
    parser.add_argument("--streets", action="store_true", help="with --dates: 街道 pairs too, reported apart")
    parser.add_argument("--towns", type=int, default=0, help="also every topic's 工作会议 for 镇 and 街道 pairs on N dates")
    args = parser.parse_args()
    import tempfile

    if not args.skip_grid:
        grid(args.seeds)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DRAFTER_HOME"] = str(Path(tmp) / "home")  # the history lives here, not in the user's folder
        neighbours_and_history(Path(tmp))
        neighbours_by_kind()
        if args.dates:
            neighbours_over_dates(args.dates, args.streets)
        if args.towns:
            towns_over_dates(args.towns)


if __name__ == "__main__":
    main()
