"""Headings of a point that gathers several points of one stage (drafter/data/sections.yaml).

A long speech may put two or more 任务 points under one 一、 heading; the
heading and the sentence that leads into the （一）（二） sections come from
this table, the option least like the sections' own headings first.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from drafter.errors import LibraryError
from drafter.files import load_data_table
from drafter.model import Fragment
from drafter.text import count_han

_TABLE = Path(__file__).resolve().parent.parent / "data" / "sections.yaml"


@dataclass(frozen=True, slots=True)
class GroupHeading:
    """The heading of a gathered point and its lead-in (Jinja, with {{ sub_count }}); `again`, the heading of a second
    gathered point of the stage, which need not name the work once more."""

    heading: str
    lead: str
    again: str = ""


@functools.cache
def load_group_headings(path: Path = _TABLE) -> dict[str, tuple[GroupHeading, ...]]:
    """The table by stage (认识/任务/保障).

    Raises:
        LibraryError: the table is missing or malformed (a packaging bug).
    """
    try:
        data = load_data_table(path)
        table = {
            str(stage): tuple(GroupHeading(str(r["heading"]), str(r["lead"]), str(r.get("again") or "")) for r in rows)
            for stage, rows in data.items()
        }
        return table
    except (OSError, KeyError, TypeError, AttributeError, ValueError) as exc:
        raise LibraryError(
            f"合并要点的标题表无法读取：{exc}", path=path, hint="重新安装 drafter。"
        ) from exc


def _likeness(option: GroupHeading, heading: str) -> float:
    """How much an option's heading or lead-in echoes a section heading (0–100)."""
    return max(
        fuzz.partial_ratio(option.heading, heading), fuzz.partial_ratio(option.lead[:8], heading)
    )


def group_heading(
    stage: str | None,
    headings: Sequence[str],
    number: int,
    taken: frozenset[str] = frozenset(),
    audiences: Sequence[str] = (),
) -> GroupHeading:
    """The option for a gathered point of `stage` whose heading and lead-in least echo its sections' `headings`.

    Options whose heading is in `taken` (another gathered point of the draft took it) come last, and then those that
    say five characters running of a heading in `taken` (an earlier point's: 三、坚持问题导向，扎实推进…… after
    一、（三）坚持问题导向，找准……症结, review27). A point spoken to an audience (企业家), or at a kind of meeting
    that speaks to others than cadres (培训班开班式: its trainees), takes the options of the first of `audiences` the
    table has (`认识@企业家`, `任务@培训班开班式`); others, those spoken to cadres.
    """
    table = load_group_headings()
    stage = stage or "任务"
    options = next((table[k] for a in audiences if (k := f"{stage}@{a}") in table), None) or table.get(stage) or table["任务"]
    spread = sum(map(ord, "".join(headings)))  # drafts gathering other sections take other headings
    ranked = sorted(
        range(len(options)),
        key=lambda i: (
            options[i].heading in taken,
            _says_again(options[i].heading, headings),
            _says_again(options[i].heading, sorted(taken)),
            max((_likeness(options[i], h) for h in headings), default=0) // 10,
            (i - number - spread) % len(options),
        ),
    )
    return options[ranked[0]]


_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{5,}")
# Five characters a group heading shares with a section under it say the same words twice.
_ECHO = 5


def _says_again(heading: str, headings: Sequence[str]) -> bool:
    """Whether a group heading says five characters running that a section heading under it says (一、提高政治站位，
    深刻认识…… over （四）提高政治站位，切实增强……, review26)."""
    runs = {r[i : i + _ECHO] for r in _HAN_RUN.findall(_JINJA.sub("|", heading)) for i in range(len(r) - _ECHO + 1)}
    return any(run in h for run in runs for h in headings)


# A sentence ends at 。！？ (and a closing quote after it).
_STOP = re.compile(r"[。！？]”?")


def keeps_lead_in(fragment: Fragment, kind: str) -> bool:
    """Whether a gathered section keeps the lead-in its intro ends on: a kind's own hopes do, since it says whom they go
    to (希望全县广大教师以他们为榜样，做到以下三点：), and a 表彰大会's 希望 section was left with 教师是立教之本。 before
    希望大家… (draft38)."""
    return bool(kind) and kind in fragment.tags and fragment.stage == "任务"


# Han characters before a lead-in's comma that say something of their own (not 为此， or 对此，).
_SAYS_MORE = 8
# A sentence that announces how many sub-points follow (要从以下两个方面提高认识。), not one that only says 以下.
_COUNTED_LEAD = re.compile(r"以下[一二三四五六七八九十两几]{1,2}(?:个|项|点|件|条|方面)[^。！？；：]{0,12}。$")


# A phrase before a lead-in's comma that is no sentence of its own (面对新的形势和任务，要从以下…; 做好新形势下的…工作，
# 要…): the lead-in's whole sentence goes (draft44 read 面对新的形势和任务。 left alone).
_NO_SENTENCE = re.compile(r"^(?:面对|为了|围绕|按照|根据|结合|随着|对于|针对|立足|着眼|站在|在|做好|抓好|做实|抓实|办好|干好)[^，]*$")
# 这项工作为什么要下大力气抓，我想从以下三个方面讲一讲。: a question its lead-in was to answer is no sentence without it
# (这项工作为什么要下大力气抓。 stood in a 省 现场推进会's 认识 section, lead45).
_ASKS = re.compile(r"为什么|为何|怎么|怎样|如何|哪些|哪几|什么")


def without_lead_in(paras: list[str]) -> list[str]:
    """A gathered area's intro without its closing 以下…： sentence, where the intro says more than that.

    The group's lead-in has said how many areas follow; each area saying 以下三个方面 again read as an echo
    (重点抓好以下三个方面的工作： and on the next line 重点抓好以下三个方面：, review19). Its sub-points follow the
    intro as they do in a speech. An intro that is only a lead-in (…，要重点做好以下三件事：) keeps it. A lead-in said as
    a sentence of its own (要从以下两个方面提高认识。, some 150 fragments) goes like one that ends on ：.
    """
    if not paras or not paras[-1].endswith(("：", "。")):
        return paras
    last = paras[-1]
    stops = [m.end() for m in _STOP.finditer(last, 0, len(last) - 1)]
    lead = last[stops[-1] if stops else 0 :]
    if "以下" not in lead or (lead.endswith("。") and not _COUNTED_LEAD.search(lead)):
        return paras
    comma = lead.rfind("，")
    if comma >= 0 and "以下" in lead[comma:] and count_han(lead[:comma]) >= _SAYS_MORE and not _NO_SENTENCE.match(lead[:comma]) \
            and not _ASKS.search(lead[:comma]):  # fmt: skip
        # the sentence says something before its lead-in (城市管理，群众每天都看在眼里，要统筹推进以下三项工作：): it ends there
        return [*paras[:-1], last[: len(last) - len(lead) + comma] + "。"]
    if stops:
        return [*paras[:-1], last[: stops[-1]]]
    return paras[:-1] if len(paras) > 1 else paras
