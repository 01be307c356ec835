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
from drafter.render.announce import cut_lead, lead_start

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


def group_options(stage: str | None, audiences: Sequence[str] = ()) -> tuple[GroupHeading, ...]:
    """The options for a gathered point of `stage` spoken to the first of `audiences` the table has (`group_heading`)."""
    table = load_group_headings()
    stage = stage or "任务"
    return next((table[k] for a in audiences if (k := f"{stage}@{a}") in table), None) or table.get(stage) or table["任务"]


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
    options = group_options(stage, audiences)
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


def without_lead_in(paras: list[str]) -> list[str]:
    """A gathered area's intro without its closing 以下…： sentence, where the intro says more than that.

    The group's lead-in has said how many areas follow; each area saying 以下三个方面 again read as an echo
    (重点抓好以下三个方面的工作： and on the next line 重点抓好以下三个方面：, review19). Its sub-points follow the
    intro as they do in a speech. An intro that is only a lead-in (…，要重点做好以下三件事：) keeps it. A lead-in said as
    a sentence of its own (要从以下两个方面提高认识。, some 150 fragments) goes like one that ends on ：. The draft leaves
    such lead-ins out over its count budget in the same way (`announce.within_budget`).
    """
    if not paras:
        return paras
    start = lead_start(paras[-1])
    cut = None if start is None else cut_lead(paras[-1], start, alone=len(paras) == 1, hopes=False)
    if cut is None:
        return paras
    return [*paras[:-1], cut] if cut else paras[:-1]
