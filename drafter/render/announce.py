"""How often a speech's points announce how many sub-points follow (要突出以下三个重点：).

A writer announces the speech's own count once (我讲三点意见) and, inside the points, a count only now and then: where
a long list follows. A draft that opens nearly every （一） section on 要…以下N个…： reads as written by a machine
(a 30-minute 全县审计工作会议 said sixteen, leadin45). The points are read once rendered: every paragraph that ends on
such a lead-in is a candidate; `budget` of them keep their count — the task points' and the longest series first,
never two in neighbouring sections nor two in one point — and the others are left out, their sub-points following the
text before them as in a speech, or said without the count (要突出这几个重点：) where leaving them out would cut what
the sentence says to someone (希望你们做到以下三点：) or leave a point's heading with nothing before its 一是. A speech
fit to its minutes says a left-out lead-in again, without its count, where its length needs it
(`assemble.render_plan`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from drafter.hashes import blake2b
from drafter.text import count_han, count_value

_NUMERALS = "一二三四五六七八九十两几"
# The count a lead-in announces: 以下三, 以下十二, 以下几.
_COUNT = re.compile(rf"以下([{_NUMERALS}]{{1,3}})")
# A sentence ends at 。！？ (and a closing quote after it).
_STOP = re.compile(r"[。！？]”?")
# A lead-in said as a sentence of its own (要从以下两个方面提高认识。), not one that only says 以下 (以下另行通知。).
_COUNTED_STOP = re.compile(rf"以下[{_NUMERALS}]{{1,3}}(?:个|项|点|件|条|方面)[^。！？；：]{{0,16}}。$")
# What a sub-point opens on: （一） 1. 一是 一要 第一，.
_MARK = re.compile(r"^(?:（[一二三四五六七八九十]+）|\d+\.|[一二三四五六七八九十]+[是要来]|第[一二三四五六七八九十]+[，、])")
_SECTION = re.compile(r"^（[一二三四五六七八九十]+）")
# Han characters before a lead-in's comma that say something of their own (not 为此，); a phrase before it that is no
# sentence of its own (面对新的形势和任务，) goes with it (as drafter/render/sections.without_lead_in): nor is 对代表建议办理
# 工作， (a 30-minute 全市人大工作会议 said 对代表建议办理工作。 once its lead-in went, thin46).
_SAYS_MORE = 8
_NO_SENTENCE = re.compile(
    r"^(?:面对|为了|围绕|按照|根据|结合|随着|对于|对|关于|从|针对|立足|着眼|站在|在|做好|抓好|做实|抓实|办好|干好)[^，]*$"
)
# 这项工作为什么要下大力气抓，我想从以下三个方面讲一讲。: a question its lead-in was to answer is no sentence without it
# (这项工作为什么要下大力气抓。 stood in a 省 现场推进会's 认识 section, lead45).
_ASKS = re.compile(r"为什么|为何|怎么|怎样|如何|哪些|哪几|什么")
# A lead-in that says whom its sub-points are hoped of or who will do them (希望你们做到以下三点：, a 座谈会's 我们将在以下
# 三个方面做好服务：, the one place it said what the government does for the guests, review34c) is said without its count.
_SAYS_WHO = re.compile("希望|我们将")
# Said in place of the count, in turn: 要突出这几个重点：, 要重点抓好几项工作：, 要在下面几个方面下功夫：.
_UNCOUNTED = ("这几", "几", "下面几")


# What a lead-in of a point did, as a draft's record keeps it in its point's `alts` under `pin_key` (update keeps it).
PIN_CUT, PIN_COUNTED, PIN_PLAIN = 0, 1, 2
_PIN = "count@"


def pin_key(para: int, heard: str) -> str:
    """The record's key for the lead-in of paragraph `para` of a point that says `heard` (`_heard`): the paragraph's
    place and its words, so that a point whose paragraphs moved (its gathered areas drawn again) pins none. No dot: the
    chooser reads a key's last dotted part as a family of lead-ins (`Chooser.__post_init__`)."""
    return f"{_PIN}{para}@{blake2b(heard.encode(), digest_size=3).hexdigest()}"


def pins_of(alts: Mapping[str, int]) -> dict[str, int]:
    """The lead-in choices among a fragment's recorded `alts`."""
    return {k: v for k, v in alts.items() if k.startswith(_PIN)}


def budget(minutes: float) -> int:
    """Lead-ins that announce a count inside the points of a speech of `minutes`: two up to a quarter of an hour,
    three beyond (real speeches say fewer still; a long list is where a listener is glad of one)."""
    return 2 if minutes <= 15 else 3


def plain_budget(minutes: float) -> int:
    """Lead-ins said without their count (要抓好下面几个方面：) inside the points of a speech of `minutes`, as many as
    `budget`: a 30-minute 全县审计工作会议 said twelve, one under nearly every （一）, where a speech goes from a section's
    heading sentence straight to its 1. 2. 3. and says such a sentence a few times (thin46)."""
    return budget(minutes)


@dataclass(frozen=True)
class Lead:
    """A paragraph of a rendered point ending on a lead-in that announces a count."""

    point: int  # index of the point
    para: int  # index of the paragraph in the point ("\n\n"-separated, the heading is 0)
    unit: int  # the point's intro or a （N） section, numbered through the speech: adjacent units are neighbours
    count: int  # the sub-points it announces (0: 以下几)
    task: bool  # in a task point
    start: int  # where its sentence starts in the paragraph
    cut: str | None  # the paragraph without it (None: it cannot go, only its count)

    @property
    def where(self) -> tuple[int, int]:
        return (self.point, self.para)


def lead_start(para: str) -> int | None:
    """Where the lead-in sentence `para` ends on starts, or None when it ends on none that announces a count; a lead-in
    said in two sentences starts at the first (要在以下几个环节上多用心。主要是以下三个方面：)."""
    if not para.endswith(("：", "。")):
        return None
    stops = [0, *(m.end() for m in _STOP.finditer(para, 0, len(para) - 1))]
    lead = para[stops[-1] :]
    if not _COUNT.search(lead) or (lead.endswith("。") and not _COUNTED_STOP.search(lead)):
        return None
    if len(stops) > 1 and _COUNTED_STOP.search(para[stops[-2] : stops[-1]]):
        return stops[-2]
    return stops[-1]


# A lead-in into no sub-points: a section whose sub-points were all left out renders 要在以下个方面下功夫： (its count
# empty); it goes whatever it says.
_EMPTY = re.compile(r"以下(?:个|项|点|件|条|方面)[^。！？；：]{0,16}[：。]$")


def _uncounted(para: str) -> str:
    """`para` without a closing lead-in that announces no count at all (以下个方面：)."""
    if not _EMPTY.search(para):
        return para
    stops = [0, *(m.end() for m in _STOP.finditer(para, 0, len(para) - 1))]
    return cut_lead(para, stops[-1], alone=False, hopes=False) or ""


def cut_lead(para: str, start: int, alone: bool, hopes: bool = True) -> str | None:
    """`para` without its lead-in sentence (from `start`): a clause before the lead-in's comma that says something of
    its own stays as the sentence (城市管理，群众每天都看在眼里。). None when it cannot go: it says whom a hope is for
    or who will act (`_SAYS_WHO`, unless `hopes` is False), or it is all the paragraph says and `alone` forbids leaving
    nothing."""
    lead = para[start:]
    first = _STOP.search(lead)
    comma = lead.rfind("，", 0, first.end() if first else len(lead))
    if comma >= 0 and "以下" in lead[comma:] and count_han(lead[:comma]) >= _SAYS_MORE and not _NO_SENTENCE.match(
        lead[:comma]
    ) and not _ASKS.search(lead[:comma]):
        kept, gone = para[: start + comma] + "。", lead[comma:]
    else:
        kept, gone = para[:start], lead
    if hopes and _SAYS_WHO.search(gone):
        return None
    if not kept.strip() and alone:
        return None
    return kept


def lead_chars(text: str, alone: bool) -> int:
    """The Han characters of the lead-in `text` ends on that a render over the count budget leaves out (0: none, or
    one that cannot go): what the length search does not count as speech (a 30-minute 全县审计工作会议 counted twelve
    such lead-ins, left them out, came out short and said them again without their count, thin46). `alone`: the text
    is a paragraph of its own before a run-in series (`find_leads`)."""
    para = text.rsplit("\n\n", 1)[-1]
    start = lead_start(para)
    if start is None:
        return 0
    cut = cut_lead(para, start, alone)
    return 0 if cut is None else count_han(para) - count_han(cut)


def _plain(para: str, start: int, turn: int) -> str:
    """`para` with its lead-in said without the count: 要突出以下三个重点： → 要突出这几个重点：."""
    way = _UNCOUNTED[turn % len(_UNCOUNTED)]

    def said(found: re.Match[str]) -> str:
        # 几 alone after 好 or 把 reads as 好几 (quite a few) or a few of something (要抓好这几项工作, 要把这几项工作抓实),
        # and 在几点上 as a question
        before, after = found.string[found.start() - 1 : found.start()], found.string[found.end() : found.end() + 1]
        return "这几" if way == "几" and (before in ("好", "把") or after == "点") else way

    return para[:start] + _COUNT.sub(said, para[start:])


_HEARD = re.compile(rf"以下[{_NUMERALS}]{{1,3}}|这几|下面几|[：。]$")


def _heard(para: str, start: int) -> str:
    """The lead-in clause of `para` as a listener hears it, count or none (要从以下五个方面深化认识： and 要从这几个方面
    深化认识。 are one lead-in said twice)."""
    lead = para[start:]
    return _HEARD.sub("", lead[lead.rfind("，") + 1 :]).removeprefix("我们").removeprefix("要")


def find_leads(points: Sequence[str], tasks: Sequence[bool]) -> list[Lead]:
    """The count-announcing lead-ins of the rendered `points` (`tasks`: whether each is a task point), in order."""
    found: list[Lead] = []
    unit = 0
    for pi, text in enumerate(points):
        paras = text.split("\n\n")
        unit += 1
        for j, para in enumerate(paras):
            if j == 0:
                continue
            if _SECTION.match(para) and j > 1:
                unit += 1
            nxt = paras[j + 1] if j + 1 < len(paras) else ""
            start = lead_start(para)
            if start is None or not _MARK.match(nxt):
                continue
            count = _COUNT.findall(para[start:])[-1]
            # a point's heading with nothing under it but 一是…二是… reads bare: only a numbered series may follow it
            section = bool(_SECTION.match(para))
            alone = not section and (j == 1 and not (_SECTION.match(nxt) or nxt[:1].isdigit()))
            task = tasks[pi] if pi < len(tasks) else False
            found.append(Lead(pi, j, unit, count_value(count), task, start, cut_lead(para, start, alone)))
    return found


def counted(
    leads: Sequence[Lead], allowed: int, pinned: Mapping[tuple[int, int], int] | None = None
) -> set[tuple[int, int]]:
    """The lead-ins that keep their count: those `pinned` to keep it first (`PIN_COUNTED`: a kept point's, as its draft
    said it), then the task points' first, the longest series first, then in order; never two in neighbouring units
    (二、's lead-in and its （一）'s, or （一）'s and （二）'s), nor two in one point (二、 said 以下五项重点工作 and its （三）
    以下四项工作: a count inside a count, lead43). A lead-in pinned otherwise is no candidate."""
    kept: set[tuple[int, int]] = set()
    units: set[int] = set()
    points: set[int] = set()
    pinned = pinned or {}
    first = [x for x in leads if pinned.get(x.where) == PIN_COUNTED]
    rest = sorted((x for x in leads if x.where not in pinned), key=lambda x: (not x.task, -x.count, x.unit))
    for lead in (*first, *rest):
        if len(kept) >= allowed:
            break
        if {lead.unit - 1, lead.unit, lead.unit + 1} & units or lead.point in points:
            continue
        kept.add(lead.where)
        units.add(lead.unit)
        points.add(lead.point)
    return kept


@dataclass(frozen=True)
class LeftOut:
    """A lead-in left out: where (point index, paragraph index), the Han characters it says without its count, and how
    many sub-points it led into."""

    where: tuple[int, int]
    chars: int
    series: int
    unit: int = 0  # the point's intro or （N） section it closes, numbered through the speech (`Lead.unit`)
    said: bool = False  # said without its count already (it cannot go): it spends the plain budget, is not said again


def within_budget(
    points: Sequence[str],
    tasks: Sequence[bool],
    minutes: float,
    restore: frozenset[tuple[int, int]] = frozenset(),
    left_out: list[LeftOut] | None = None,
    pins: Sequence[Mapping[str, int]] = (),
    decided: dict[tuple[int, int], tuple[str, int]] | None = None,
) -> list[str]:
    """The `points` with lead-ins announcing a count held to `budget(minutes)`: the others left out (recorded in
    `left_out`), or said without the count where they cannot go or are in `restore` (said for the speech's length). A
    lead-in into no sub-points (以下个方面：) goes.

    `pins` (by point, its record's `pin_key` choices) holds what a draft's record says each lead-in of a kept point
    did: it does it again whatever the other points now are, and is no candidate to be said again for the length
    (`update --swap 二` said point 一's 注意把握以下三点： that its draft had left out, the new point 二 being longer,
    swap53). What each lead-in does goes into `decided`, by (point, paragraph): (its `pin_key`, what it did)."""
    points = ["\n\n".join(p for p in map(_uncounted, text.split("\n\n")) if p) for text in points]
    leads = find_leads(points, tasks)
    out = [text.split("\n\n") for text in points]
    keys = {lead.where: pin_key(lead.para, _heard(out[lead.point][lead.para], lead.start)) for lead in leads}
    pinned = {
        lead.where: pins[lead.point][keys[lead.where]]
        for lead in leads
        if lead.point < len(pins) and pins[lead.point].get(keys[lead.where]) in (PIN_CUT, PIN_COUNTED, PIN_PLAIN)
    }
    keep = counted(leads, budget(minutes), pinned)
    heard: set[str] = set()
    for turn, lead in enumerate(leads):
        paras = out[lead.point]
        said = _heard(paras[lead.para], lead.start)
        again = said in heard
        heard.add(said)
        pin = pinned.get(lead.where)
        if decided is not None:
            done = PIN_COUNTED if lead.where in keep else PIN_CUT
            if lead.where not in keep and (lead.cut is None or pin == PIN_PLAIN or (pin is None and lead.where in restore and not again)):
                done = PIN_PLAIN
            decided[lead.where] = (keys[lead.where], done)
        if pin is not None and lead.where not in keep:
            if pin == PIN_PLAIN or lead.cut is None:
                if left_out is not None:
                    left_out.append(LeftOut(lead.where, 0, lead.count, lead.unit, said=True))
                paras[lead.para] = _plain(paras[lead.para], lead.start, turn)
            else:
                paras[lead.para] = lead.cut
            continue
        if lead.where in keep:
            # a lead-in said in two sentences announces once: 要在几个环节上多用心。主要是以下两个方面：
            region = paras[lead.para][lead.start :]
            last = list(_COUNT.finditer(region))[-1]
            paras[lead.para] = paras[lead.para][: lead.start] + _plain(region[: last.start()], 0, 1) + region[last.start() :]
            continue
        plain = _plain(paras[lead.para], lead.start, turn)
        if lead.cut is None or (lead.where in restore and not again):
            if left_out is not None and lead.cut is None:
                left_out.append(LeftOut(lead.where, 0, lead.count, lead.unit, said=True))
            paras[lead.para] = plain
            continue
        if left_out is not None and not again:
            # (a lead-in the speech said before, 要从…深化认识 twice, is not said again for its length)
            left_out.append(LeftOut(lead.where, count_han(plain) - count_han(lead.cut), lead.count, lead.unit))
        paras[lead.para] = lead.cut
    return ["\n\n".join(p for p in paras if p) for paras in out]
