"""A speech's outline printed by the page above a copy cut short: the points the copy lost.

Document sites print a speech's headings before its text (目录/提纲 lines, a one-line 【提纲】一、…（一）…, or the
bare 一、二、三、 lines over the title) and then cut the text off for non-members, often inside its first point. A
clerk reading such a page counts the points from the outline. Ingest does the same, for the report only: the points
the text never reached are listed with their headings and no text, and a warning says where they came from. The
fragments are still cut from the text alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from drafter.ingest.classify import Outline
from drafter.ingest.debris import Removed
from drafter.ingest.para import Para
from drafter.ingest.points import Point, Sub

# the reasons clean gives the outline's lines (clean_text: the table of contents, the site's one-line 【提纲】)
_OUTLINE_REASONS = ("网页目录", "网页提纲（正文里有全文）")
_MARK = re.compile(r"(?P<top>[一二三四五六七八九十]{1,2}、)|(?P<sub>[（(][一二三四五六七八九十]{1,2}[）)])")
_HEAD_LINE = re.compile(r"^[一二三四五六七八九十]{1,2}、[^。！？]{2,40}$")
_CUT = "没有找到结束语"
_SUB_LINE = re.compile(r"^[（(][一二三四五六七八九十]{1,2}[)）][^。！？]{2,40}$")


def page_outline(removed: Sequence[Removed], paras: Sequence[Para]) -> tuple[list[tuple[str, list[str]]], int]:
    """(heading, headings of its （一） entries) of each top entry of the outline printed above the text, and its first line;
    ([], 0) when the page prints none."""
    lines = [r for r in removed if r.reason in _OUTLINE_REASONS]
    if lines:
        return _entries("\n".join(r.text for r in lines)), lines[0].line
    lead: list[Para] = []  # 一、回顾过去 / 二、研判形势 … over the title: the headings alone, set out before the speech
    for p in paras:  # (their （一） lines too, once a 一、 line has opened the outline)
        if not (_HEAD_LINE.match(p.text) or (lead and _SUB_LINE.match(p.text))):
            break
        lead.append(p)
    return (_entries("\n".join(p.text for p in lead)), lead[0].line) if len(lead) >= 2 else ([], 0)


def _entries(text: str) -> list[tuple[str, list[str]]]:
    marks = list(_MARK.finditer(text))
    tops: list[tuple[str, list[str]]] = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        said = re.split(r"[\n。]", text[m.end() : end])[0].strip("：: ")
        if m.group("top"):
            tops.append((said, []))
        elif tops:
            tops[-1][1].append(said)
    numbers = [m.group("top") for m in marks if m.group("top")]
    return tops if len(tops) >= 2 and numbers[0].startswith("一") else []


def _same(heading: str, entry: str) -> bool:
    a, b = re.sub(r"\W", "", heading), re.sub(r"\W", "", entry)
    return bool(a) and bool(b) and a[:4] == b[:4]


def fill_from_outline(
    outline: Outline, entries: list[tuple[str, list[str]]], at: int, warnings: Sequence[str], cut: bool = False
) -> tuple[Outline, str]:
    """The outline with the points the cut copy lost taken from the page's outline (see the module docstring):
    only when the copy stops before its closing (or, `cut`, a report's copy breaks off inside a sentence), holds
    fewer points than the page lists, and the points it holds are the page's first ones."""
    read = list(outline.points)
    if not entries or len(read) >= len(entries) or not (cut or any(_CUT in w for w in warnings)):
        return outline, ""
    if not all(_same(p.heading, entries[k][0]) for k, p in enumerate(read)):
        return outline, ""
    where = f"网页上的提纲（原文第{at}行）"
    points = read[:-1] if read else []
    if read:  # the point the copy stops in: its sub-points as the outline lists them, when it lists more
        last, (_, listed) = read[-1], entries[len(read) - 1]
        subs = (*last.subpoints, *(Sub(h, "", at) for h in listed[len(last.subpoints) :]))  # the read ones keep their text
        points.append(replace(last, subpoints=subs))
    for k, (heading, listed) in enumerate(entries[len(read) :], start=len(read)):
        points.append(Point(k + 1, heading, at, where, subpoints=tuple(Sub(h, "", at) for h in listed)))
    stop = f"停在第{len(read)}点" if read else "停在第一点之前"
    note = f"副本不全（{stop}）：共 {len(entries)} 点按{where}计，正文没有的点只有标题（不拆分为片段）"
    return replace(outline, points=tuple(points)), note
