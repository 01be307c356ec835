"""Doubts from a second reading (issue #13, session 39): where another way of reading the same text disagrees.

The cues of drafter.ingest.doubt and drafter.ingest.doubtcues each look for one shape a batch was read wrong on;
held out, they caught few: each new archive brings shapes no earlier batch had. A second reading that shares little
with the main reader is a different kind of signal: when two independent readings of one text disagree, at least one
is wrong, whatever the shape. Three readings, each of one thing only:

- heading-reading: the points from the numbering marks that open paragraphs alone (一、 / 第一， / （一） / 1. / 一是):
  the highest-ranked family of marks, its longest run of consecutive numbers, and under each the next family's run
  from 1 — ignoring the announced count, unnumbered headings, run-in leads and everything else the main reader
  weighs. A family that starts again at 1 under unnumbered headings (（一）（二）…（一）（二）) is read both ways.
  It disagrees when neither way gives the main reading's count of points, or when it finds numbered sub-points
  under a point in a number the main reading does not have.
- count-reading: the announced count from the last paragraph before the first point alone (……主要基于以下四点考虑。):
  a count of points at the end of the sentence that leads into the points, which the main reading did not take.
- series-reading: the sub-points of a point read with none, from sentences that run 一是…二是… / 第一，…第二，… /
  首先，…其次，… in its own paragraphs (a series of two or more).

A disagreement changes no reading: drafter.ingest.doubt prints it as `结构存疑：…` naming both readings and the
line to look at. Each reading walks the paragraphs once (style_of per paragraph, as the main reader does already).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate

from drafter.ingest.classify import OPENING_SERIES_NOTE, Outline
from drafter.ingest.para import Para
from drafter.ingest.points import style_of
from drafter.model import Role
from drafter.text import cn_number, count_word

# the families of marks, highest first: a family ranks over the ones after it (一、 over （一） over 1. over 一是);
# 首先…其次…最后, 其一 and ① number sub-points only (最后 has no number: 首先、其次 would read two of three points)
RANK = ("h1", "h1第", "h2", "h2第", "h3", "h4", "item", "r是", "r要", "order", "qi", "circled")
TOP = 9

_MARK = re.compile(
    r"^(?:[（(]?第?[一二三四五六七八九十百\d]+[）)]?[、.．，,：:]?|[一二三四五六七八九十]+[是要]|首先|其次|再次|其[一二三四五六七八九十])"
)


def _cn(n: int) -> str:
    return count_word(n) if 0 <= n < 100 else str(n)


def _runs(marks: Sequence[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """(paragraph index, number) in order, cut into runs of consecutive numbers (3 4 5 / 1 2 / 1 2 3)."""
    out: list[list[tuple[int, int]]] = []
    for mark in marks:
        if out and mark[1] == out[-1][-1][1] + 1:
            out[-1].append(mark)
        else:
            out.append([mark])
    return out


def _between(marks: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The marks of paragraphs start < k < end (marks are in paragraph order: two bisections, not a scan)."""
    return marks[bisect_right(marks, (start, 10**9)) : bisect_left(marks, (end, -1))]


def heading_readings(
    paras: Sequence[Para],
) -> tuple[str, list[int], list[tuple[int, list[int], int]]]:
    """The family read as the points, the paragraph indexes of its longest run, and the readings it allows: (points,
    sub-points under each, the index of the paragraph it starts at). The second reading, when the family's every run after the first starts at 1, is the family
    numbering the sub-points under unnumbered headings, one run from 1 to a point. ("", [], []) when no paragraph opens with a mark."""
    first = paras[0].line if paras else 0
    families: dict[str, list[tuple[int, int]]] = {}
    for k, para in enumerate(paras):
        # (the title's own 一、 is title-mark's doubt)
        mark = style_of(para.text) if para.line > first else None
        if mark and mark[0] in RANK:
            families.setdefault(mark[0], []).append((k, mark[1]))
    for rank, key in enumerate(RANK[:TOP]):
        if key not in families:
            continue
        runs = _runs(families[key])
        longest = max(runs, key=len)
        if len(longest) < 2 and longest[0][1] != 1:
            continue  # (a lone 第三， or 二、: a list's item or a later page's part; the next family may read the whole)
        top = [k for k, _ in longest]
        subs = []
        for j, k in enumerate(top):
            end = top[j + 1] if j + 1 < len(top) else len(paras)
            inner = next(
                (
                    inside
                    for lower in RANK[rank + 1 :]
                    if (inside := _between(families.get(lower, []), k, end))
                ),
                [],
            )
            subs.append(max((len(r) for r in _runs(inner) if r[0][1] == 1), default=0))
        readings = [(len(top), subs, top[0])]
        restarts = [r for r in runs if r[0][1] == 1]
        # (the first run may be a part begun on an earlier page)
        # (a lone 一、 is no run of sub-points: a series has two at least)
        if restarts and all(r[0][1] == 1 for r in runs[1:]) and min(len(r) for r in restarts) >= 2:
            if (
                len(restarts) > 1
            ):  # (a congress report's parts each numbered from one: all their items, in turn)
                readings.append((sum(len(r) for r in restarts), [], restarts[0][0][0]))
            readings.append((len(restarts), [len(r) for r in restarts], restarts[0][0][0]))
        return key, top, readings
    return "", [], []


def _shape(n: int, subs: Sequence[int], other: Sequence[int]) -> str:
    """三点 / 三点（小点依次为 2、0、6 个）: the sub-points said only when either reading has any."""
    if not any(subs) and not any(other):
        return f"{_cn(n)}点"
    if not any(subs):
        return f"{_cn(n)}点、没有小点"
    return f"{_cn(n)}点（小点依次为 {'、'.join(str(s) for s in subs)} 个）"


def heading_reading(kind: str, outline: Outline, paras: Sequence[Para]) -> str:
    """The points read from the paragraphs' own numbering marks alone disagree with the main reading."""
    key, top, readings = heading_readings(paras)
    if not key or any("主持词" in w or "不计入论点" in w or w.startswith(OPENING_SERIES_NOTE) for w in outline.warnings):
        # (a host's agenda: its items are the order of business; 另有一组要求…不计入论点: the main reader weighed a second
        # list of marks and said why it left it out; 网页在宣布论点之后就断了: the series above the cut announcement, said
        # already as the opening's — classify.OPENING_SERIES_NOTE)
        return ""
    points = outline.points
    subs = [len(p.subpoints) for p in points]
    if not points and len(top) < 2:
        return ""  # (a lone 2. under a text read with no points: a list item, not a second reading)
    for n, hsubs, _ in readings:
        if n == len(points) and all(h < 2 or h == s for h, s in zip(hsubs, subs, strict=False)):
            return ""  # (sub-points it sees none or one of may be unnumbered or run in: no disagreement)
    if len(readings) > 1 and readings[-1][1] == [s for s in subs if s]:
        return ""  # (（一）（二）…（一）（二）（三） under unnumbered heads, and a head with none under it)
    # (a family begun again at 1 more than once, 一、二、三、…一、二、三、: its runs are the parts, told as such)
    again = len(readings) > 1 and readings[-1][0] > 1
    n, hsubs, at = readings[-1] if again else readings[0]
    head = paras[at]
    m = _MARK.match(head.text)
    mark = m.group(0) if m else head.text[:2]
    main = _shape(len(points), subs, hsubs) if points else "没有论点"
    return (
        f"读作{main}，按段首的序号“{mark}”{f'（从头编了{_cn(n)}遍）' if again else ''}可读作{_shape(n, hsubs, subs)}"
        f"（第 {head.line} 行起），两种读法不一致，请核对。"
    )


# ……主要基于以下四点考虑。 / ……谈三个方面的体会： — a count of points ending the sentence that leads into them
_COUNT_END = re.compile(
    r"(?:以下|如下|这么|这)?(?P<n>[二三四五六七八九十两])(?:点|个方面|方面|件事|个问题|条)[\u4e00-\u9fff]{0,6}[：:。]?$"
)


def count_reading(kind: str, outline: Outline, paras: Sequence[Para]) -> str:
    """The count said at the end of the paragraph just before the first point differs from the count read."""
    points = outline.points
    if not points or outline.announced == "几":
        return ""
    before = [p for p in paras if p.line < points[0].line]
    if not before:
        return ""
    last = before[-1]
    m = _COUNT_END.search(last.text)
    if not m:
        return ""
    said = 2 if m.group("n") == "两" else "一二三四五六七八九十".index(m.group("n")) + 1
    if said == outline.announced:
        return ""
    read = (
        "没有宣布点数"
        if outline.announced is None
        else f"宣布{_cn(outline.announced) if isinstance(outline.announced, int) else outline.announced}点"
    )
    words = m.group(0).rstrip("：:。")
    return f"读作{read}，但第 {last.line} 行引出论点的一句说“{words}”，可读作宣布{_cn(said)}点，请核对宣布的点数。"


_ORDINALS = "一二三四五六七八九十"
# a sentence that opens 一是 / 第一， / 首先， (the series kinds: 是, 第, 首先-其次-再次); not a clause after a semicolon:
# 主要有：一是……；二是……, one sentence's list of results or reasons, is no series of sub-points (ingest reads it so)
_SERIES = (
    re.compile(r"(?:^|[。！？：:])\s*(?P<n>[一二三四五六七八九十])是"),
    re.compile(r"(?:^|[。！？：:])\s*第(?P<n>[一二三四五六七八九十])[，,、]"),
    re.compile(r"(?:^|[。！？：:])\s*(?P<n>首先|其次|再次)[，,]"),
)
_ORDER = {"首先": 1, "其次": 2, "再次": 3}


def _series_length(text: str) -> tuple[int, str, int]:
    """The longest 一是…二是…(三是) in the text, counted from 一: its length, how its first item opens, and where."""
    found: list[tuple[int, str, int]] = []
    for pattern in _SERIES:
        for m in pattern.finditer(text):
            n = _ORDER.get(m.group("n")) or _ORDINALS.index(m.group("n")) + 1
            if n == 1:
                found.append((1, re.sub(r"^[。！？：:\s]+|[，,、]$", "", m.group(0)), m.start("n")))
            elif found and n == found[-1][0] + 1:
                found[-1] = (n, *found[-1][1:])
    best = max(found, default=(0, "", 0))
    return best if best[0] >= 2 else (0, "", 0)


def series_reading(kind: str, outline: Outline, paras: Sequence[Para]) -> str:
    """A point read with no sub-points whose own paragraphs run 一是…二是…: another reading has them as sub-points."""
    points = outline.points
    if len({p.line for p in points}) < len(points):
        return ""  # (points sharing a line: a page copied as one line, whose spans cannot be told apart)
    closing = outline.role(Role.CLOSING)
    for k, point in enumerate(points):
        if point.subpoints:
            continue
        end = points[k + 1].line if k + 1 < len(points) else 10**9
        if k + 1 == len(points) and closing and closing[0].line > point.line:
            end = closing[0].line
        span = [p for p in paras if point.line <= p.line < end]
        n, word, at = _series_length("\n".join(p.text for p in span))
        if n:
            ends = list(accumulate(len(p.text) + 1 for p in span))
            line = span[bisect_right(ends, at)].line
            return (
                f"第{cn_number(k + 1)}个论点读作没有小点，但第 {line} 行起的句子按“{word}……”排列，"
                f"可读作{_cn(n)}个小点，请核对小点。"
            )
    return ""
