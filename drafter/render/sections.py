"""Headings of a point that gathers several points of one stage (drafter/data/sections.yaml).

A long speech may put two or more 任务 points under one 一、 heading; the
heading and the sentence that leads into the （一）（二） sections come from
this table, the option least like the sections' own headings first.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from drafter.errors import LibraryError
from drafter.files import load_data_table

_TABLE = Path(__file__).resolve().parent.parent / "data" / "sections.yaml"


@dataclass(frozen=True, slots=True)
class GroupHeading:
    """The heading of a gathered point and its lead-in (Jinja, with {{ sub_count }})."""

    heading: str
    lead: str


@functools.cache
def load_group_headings(path: Path = _TABLE) -> dict[str, tuple[GroupHeading, ...]]:
    """The table by stage (认识/任务/保障).

    Raises:
        LibraryError: the table is missing or malformed (a packaging bug).
    """
    try:
        data = load_data_table(path)
        table = {
            str(stage): tuple(GroupHeading(str(r["heading"]), str(r["lead"])) for r in rows)
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
    stage: str | None, headings: Sequence[str], number: int, taken: frozenset[str] = frozenset()
) -> GroupHeading:
    """The option for a gathered point of `stage` whose heading and lead-in least echo its sections' `headings`.

    Options whose heading is in `taken` (another gathered point of the draft took it) come last.
    """
    options = load_group_headings().get(stage or "任务") or load_group_headings()["任务"]
    spread = sum(map(ord, "".join(headings)))  # drafts gathering other sections take other headings
    ranked = sorted(
        range(len(options)),
        key=lambda i: (
            options[i].heading in taken,
            max((_likeness(options[i], h) for h in headings), default=0) // 10,
            (i - number - spread) % len(options),
        ),
    )
    return options[ranked[0]]
