"""Townships asking for the same 乡村振兴 meeting (village45): how much two of their speeches share.

Run by hand (never by pytest):

    PYTHONPATH=. .venv/bin/python bench/bench_town_rural.py            # 10 townships × 3 seeds, 15 and 20 minutes
    PYTHONPATH=. .venv/bin/python bench/bench_town_rural.py --seeds 1  # quicker: each township's own seed only

Each township asks for 全镇（乡）乡村振兴工作会议 on the same date with no facts; the first seed is the one a user
gets without --seed (from place, meeting and date), the others are fixed. Reported per length:
  - pairs: the share of the second draft's sentences the first has (verbatim, edited or recombined, as
    bench_originality's neighbours; each place's name and level words put back to the first's), median, 90th, max;
  - the 产业 point (point.rural.task.rural-industry) where both drafts hold it: the same share over its text only;
  - sentences said (exactly) by at least half the drafts, and the points and sub-points every draft uses.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import re
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from drafter.diff import SourceDoc, Status, diff_text  # noqa: E402
from drafter.drafting import DraftRequest, make_draft, seed_for  # noqa: E402

TOWNS = ("桥头镇", "城关镇", "新店乡", "古楼乡", "三河镇", "葛仙庄镇", "连庄镇", "石桥镇", "柳河乡", "青山镇")
SHARED = {Status.VERBATIM, Status.EDITED, Status.RECOMBINED}
INDUSTRY = "point.rural.task.rural-industry"
DATE = "2026年3月8日"


def meeting(town: str) -> str:
    return f"全{town[-1]}乡村振兴工作会议"


def shared_share(text: str, earlier: str) -> float:
    report = diff_text(text, [SourceDoc("earlier", earlier)])
    return sum(s.status in SHARED for s in report.sentences) / max(len(report.sentences), 1)


def industry_text(text: str, heading_words: tuple[str, ...]) -> str:
    """The 产业 point's paragraphs: its heading paragraph and the numbered sub-points under it."""
    paras = text.split("\n\n")
    for i, para in enumerate(paras):
        head = para.removeprefix("## ")
        if any(w in head[:60] for w in heading_words):
            out = [para]
            for nxt in paras[i + 1:]:
                if nxt.startswith(("## ", "（")) or not re.match(r"\d+\.|[^（#]", nxt) or nxt.startswith("同志们"):
                    break
                out.append(nxt)
            return "\n\n".join(out)
    return ""


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[。！？；])", text.replace("\n", "")) if len(s) > 8]


def run(minutes: int, seeds: int) -> None:
    drafts = []
    for town in TOWNS:
        answers = {"place": town, "meeting": meeting(town), "date": DATE}
        for seed in [seed_for(answers), *range(1, seeds)]:
            d = make_draft(DraftRequest(answers=answers, seed=seed, minutes=minutes, history=False)).draft
            drafts.append((town, seed, d))
    heads = _industry_headings()
    pairs, industry = [], []
    for (ta, _, a), (tb, _, b) in itertools.combinations(drafts, 2):
        if ta == tb:
            continue
        bt = b.text.replace(tb, ta).replace(f"全{tb[-1]}", f"全{ta[-1]}")
        pairs.append(shared_share(bt, a.text))
        ia, ib = industry_text(a.text, heads), industry_text(bt, heads)
        if ia and ib:
            industry.append(shared_share(ib, ia))
    pairs.sort()
    industry.sort()
    print(f"{minutes} minutes, {len(drafts)} drafts, {len(pairs)} pairs of different townships:")
    print(f"  whole draft shared: median {statistics.median(pairs):.1%}, 90th {pairs[int(len(pairs) * .9)]:.1%}, "
          f"max {pairs[-1]:.1%}")
    if industry:
        print(f"  产业 point shared ({len(industry)} pairs holding it in both): median {statistics.median(industry):.1%}, "
              f"90th {industry[int(len(industry) * .9)]:.1%}, max {industry[-1]:.1%}")
    said = collections.Counter(s for _, _, d in drafts for s in set(sentences(d.text)))
    common = [(n, s) for s, n in said.items() if n >= len(drafts) / 2]
    print(f"  sentences in at least half the drafts: {len(common)}")
    for n, s in sorted(common, reverse=True)[:8]:
        print(f"    {n}/{len(drafts)} {s[:60]}")
    used = collections.Counter(u.id for _, _, d in drafts for u in d.uses if u.role.value == "point")
    subs = collections.Counter((u.id, i) for _, _, d in drafts for u in d.uses if u.id == INDUSTRY for i in u.subpoints)
    print("  points used by at least half: " + ", ".join(f"{k.split('.', 2)[2]} {n}" for k, n in used.most_common()
                                                          if n >= len(drafts) / 2))
    print(f"  产业 sub-points (of {used[INDUSTRY]} drafts holding it): " + ", ".join(f"{i} {n}" for (_, i), n in sorted(subs.items())))


def _industry_headings() -> tuple[str, ...]:
    from drafter.library import load_library

    frag = load_library().get(INDUSTRY)
    return tuple(h.strip()[:10] for h in re.split(r"\{% (?:alt|or|endalt) %\}", frag.heading) if h.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--minutes", type=int, nargs="*", default=[15, 20])
    args = parser.parse_args()
    for minutes in args.minutes:
        run(minutes, args.seeds)


if __name__ == "__main__":
    main()
