"""Drafts that say one theme twice: a theme heading two different sections (or sub-points of two sections) of one speech.

Run by hand from the checkout (one process, ~0.3 s a draft):
    PYTHONPATH=. python bench/echo_sweep.py --seeds 2                 # every work × 县/市 × 10/15/20/30 minutes
    PYTHONPATH=. python bench/echo_sweep.py --seeds 2 --list 20       # … and the drafts echoing most, with their themes

A heading is a point's (## 一、…), a section's (（一）… up to its first 。) or a sub-point's (1.… up to its first 。). Its
themes are the 4-character Han runs it says (not the meeting's name, not house wording: a run that heads sections of
five or more works in the sweep) and the named themes of `THEMES` (a writer hears 选准协商议题 and 协商选题要…少而精 as
one). A theme echoes when headings of two different sections say it; a section's own sub-points are its body.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from drafter.errors import DrafterError  # noqa: E402
from drafter.topics import load_topics  # noqa: E402
from tests.work_drafts import draft_text  # noqa: E402

PLACES = {"县": ("清河县", "全县"), "市": ("南通市", "全市")}
MINUTES = (10, 15, 20, 30)
# The drafts the echo43 reading named, drawn whatever the sweep draws.
NAMED = [("宁海县", "政协宁海县第十届委员会第五次会议闭幕会", 2, 10), ("临安区", "全区医德医风建设工作会议", 3, 15),
         *(("绍兴市", "全市教育工作会议", s, 15) for s in range(12))]  # fmt: skip
# Themes said in more than one word (independent of drafter/render/apart.py's, so before and after count alike).
THEMES = {
    "队伍": re.compile(r"(?<!志愿者)(?<!志愿服务)队伍"),
    "经费": re.compile(r"经费|资金(?:保障|投入)|筹措资金|用好资金"),
    "督考": re.compile(r"考核|督查|督导|督办|问责"),
    "作风": re.compile("作风"),
    "宣传": re.compile("宣传"),
    "调研": re.compile("调研|调查研究"),
    "选题": re.compile("选题|协商议题|协商计划"),
    "控辍": re.compile("控辍|辍学"),
}
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_SECTION = re.compile(r"^（([一二三四五六七八九十]+)）([^。！？]*)")
_SUB = re.compile(r"^(\d+)\.([^。！？]*)")


def meeting_name(scope: str, topic) -> str:  # type: ignore[no-untyped-def]
    work = topic.words[0]
    return f"{scope}{work}{'' if work.endswith('工作') else '工作'}会议"


# A run holding one of these is wording around a theme (推动文艺工, 好档案工), not the theme.
_FUNCTION = re.compile("[的了把让好推动做抓为和在要是与对从以更将使并及等个这其之于强增切实]|工作")


def runs(text: str) -> set[str]:
    return {r[i : i + 4] for r in _HAN.findall(text) for i in range(len(r) - 3)}


def content_runs(text: str) -> set[str]:
    return {r for r in runs(text) if not _FUNCTION.search(r)}


def headings(text: str) -> list[tuple[tuple[int, int], str]]:
    """Each heading of a draft with its section: (point, section); section 0 holds the sub-points of a point without
    sections, -1 is the point's own heading."""
    found, point, section = [], 0, 0
    for line in text.splitlines():
        if line.startswith("## "):
            point, section = point + 1, 0
            found.append(((point, -1), line[3:]))
        elif m := _SECTION.match(line):
            section += 1
            found.append(((point, section), m.group(2)))
        elif point and (m := _SUB.match(line)):
            found.append(((point, section), m.group(2)))
    return found


def themes(heading: str, meeting: str, common: set[str]) -> set[str]:
    own = runs(meeting)
    named = {name for name, pattern in THEMES.items() if pattern.search(heading)}
    return (content_runs(heading) - own - common) | named


def echoes(text: str, meeting: str, common: set[str], within: bool = False) -> dict[str, list[str]]:
    """The themes said in headings of two or more sections, with those headings (`within`: of one point)."""
    where: dict[str, dict[tuple[int, int], str]] = collections.defaultdict(dict)
    for unit, heading in headings(text):
        if unit[1] < 0:
            continue  # a point's heading names what its sections say
        for theme in themes(heading, meeting, common):
            where[theme].setdefault(unit, heading)
    if within:
        return {t: list(units.values()) for t, units in where.items()
                if max(collections.Counter(p for p, _ in units).values()) > 1}  # fmt: skip
    return {t: list(units.values()) for t, units in where.items() if len(units) > 1}


def draw(seeds: int) -> list[tuple[str, str, int, int, str]]:
    cases = [(p, meeting_name(scope, t), s, m) for t in load_topics() for p, scope in PLACES.values()
             for m in MINUTES for s in range(seeds)]  # fmt: skip
    drafts = []
    for place, meeting, seed, minutes in [*NAMED, *cases]:
        try:
            drafts.append((place, meeting, seed, minutes, draft_text(place, meeting, seed, minutes)))
        except DrafterError:
            continue  # a work that cannot run this long says so (own_length)
    return drafts


def common_runs(drafts: list[tuple[str, str, int, int, str]]) -> set[str]:
    """Runs heading sections in drafts of five or more meetings: house wording, no theme of a work."""
    by_run: dict[str, set[str]] = collections.defaultdict(set)
    for _, meeting, _, _, text in drafts:
        for _, heading in headings(text):
            for r in runs(heading):
                by_run[r].add(meeting)
    return {r for r, meetings in by_run.items() if len(meetings) >= 5}


def report(drafts: list[tuple[str, str, int, int, str]], listed: int) -> None:
    common = common_runs(drafts)
    for within in (True, False):
        found = [(len(e), d[:4], e) for d in drafts if (e := echoes(d[4], d[1], common, within))]
        by_minutes = collections.Counter(d[3] for _, d, _ in found)
        named = sum(d in NAMED for _, d, _ in found)
        print(f"{'within a point' if within else 'in the speech'}: {len(found)} of {len(drafts)} drafts say a theme in"
              f" two sections (by minutes {dict(sorted(by_minutes.items()))}), {sum(n for n, _, _ in found)} themes;"
              f" named drafts {named} of {len(NAMED)}")  # fmt: skip
        for n, case, e in sorted(found, key=lambda x: (-x[0], x[1]))[: listed if within else 0]:
            print(" ", n, *case, "; ".join(f"{t}: {' / '.join(h[:14] for h in hs)}" for t, hs in sorted(e.items())))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=2)
    parser.add_argument("--list", type=int, default=0, help="list this many drafts echoing most within a point")
    parser.add_argument("--save", type=Path, help="keep the drafts drawn in this JSON file")
    parser.add_argument("--load", type=Path, help="read the drafts from a --save file instead of drawing them")
    args = parser.parse_args()
    if args.load:
        drafts = [tuple(d) for d in json.loads(args.load.read_text(encoding="utf-8"))]
    else:
        drafts = draw(args.seeds)
    if args.save:
        args.save.write_text(json.dumps(drafts, ensure_ascii=False), encoding="utf-8")
    report(drafts, args.list)  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
