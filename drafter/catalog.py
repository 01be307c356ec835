"""What drafter can draft: the meeting kinds and the works, listed for `drafter meetings` and `drafter works`.

Both lists are read from the tables the drafting reads — the meeting kinds of data/kinds.yaml
(drafter.meeting), their templates (the shipped ones, or the workspace's own under the same key)
and the works of data/topics.yaml (drafter.topics) — never from a list kept by hand, so a kind
or a work added to a table is listed at once. Listing builds no fragment library and no draft.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time (#18)
if TYPE_CHECKING:
    from drafter.topics import Topic

# A fragment's level tags (drafter.model.LEVEL_TAGS), written out so that a listing builds no model classes;
# tests/test_userwalk3.py holds the two equal.
LEVELS = ("省", "市", "县", "区", "乡", "镇", "街道")


@dataclass(frozen=True, slots=True)
class MeetingEntry:
    """One meeting kind as a user sees it."""

    name: str  # 推进会
    description: str  # the template's one line: what the speech does
    template: str  # advance
    points: tuple[int, int, int]  # default, fewest, most
    levels: tuple[str, ...]  # level tags holding such meetings (every level when the table says nothing)
    elsewhere: str  # what the other levels have instead
    endings: tuple[str, ...]  # name endings that make a meeting this kind (现场推进会, 调度会 …)
    convenor: str  # who convenes it, when the kind decides (领导小组)



@dataclass(frozen=True, slots=True)
class WorkEntry:
    """One kind of work as a user sees it."""

    tag: str  # 安全生产: the tag its fragments carry
    name: str  # 应急管理与防汛抗旱: its full name
    description: str  # one line: the name and the parts a meeting may be about
    levels: tuple[str, ...]  # level tags with material on it
    words: tuple[str, ...]  # words of a meeting name that make it this work
    parts: tuple[str, ...]  # narrower works (消防, 燃气 …) a meeting naming them is about first
    file: str  # fragments/topics/<slug>.yaml


def list_meetings(templates: str | Path | None = None) -> list[MeetingEntry]:
    """Every meeting kind drafter tells apart, in the table's order, with its template's description.

    Raises:
        LibraryError: the kinds table cannot be read.
        TemplateError: a template folder cannot be read.
    """
    from drafter.meeting import load_meeting_table
    from drafter.workspace import open_templates

    found = open_templates(templates)
    entries = []
    for kind in load_meeting_table().kinds.values():
        t = found.get(kind.template)
        entries.append(
            MeetingEntry(
                name=kind.name,
                description=t.description.strip() if t else f"（模板 {kind.template} 不在模板目录中）",
                template=kind.template,
                points=(t.default_points, t.min_points, t.max_points) if t else (0, 0, 0),
                levels=kind.levels or LEVELS,
                elsewhere=kind.elsewhere,
                endings=kind.suffixes,
                convenor=kind.convenor,
            )
        )
    return entries


def list_works() -> list[WorkEntry]:
    """Every kind of work drafter has material on, in the table's order.

    Raises:
        LibraryError: the topic table cannot be read.
    """
    from drafter.topics import load_topics

    return [
        WorkEntry(
            tag=t.tag,
            name=t.name,
            description=_describe(t.name, _parts(t)),
            levels=t.staffed or LEVELS,
            words=t.words,
            parts=_parts(t),
            file=f"fragments/topics/{t.slug}.yaml",
        )
        for t in load_topics()
    ]


def _parts(topic: Topic) -> tuple[str, ...]:
    """The narrower works a meeting may name, without the tags only a conference's own frame carries (事故警示大会)."""
    own = {rule.tag for rule in topic.rules if rule.only_named}
    return tuple(tag for tag, _ in topic.narrower if tag not in own)


def _describe(name: str, parts: tuple[str, ...]) -> str:
    """One line from the table: 安全生产：也分开讲消防、燃气、建筑施工……"""
    if not parts:
        return f"{name}工作" if not name.endswith(("工作", "）")) else name
    shown = "、".join(parts[:8]) + ("等" if len(parts) > 8 else "")
    return f"{name}；名称说到其中一项的会议先讲它：{shown}"


def check_level(level: str | None) -> None:
    """Refuse a `--level` that is no level tag, naming the ones there are.

    Raises:
        UsageError: `level` is not one of LEVELS.
    """
    if level is not None and level not in LEVELS:
        from drafter.errors import UsageError

        raise UsageError(f"不认识层级“{level}”", hint=f"--level 写 {'、'.join(LEVELS)} 之一（县级市、市辖区写 县 或 区）。")


def fits(levels: tuple[str, ...], level: str | None) -> bool:
    """Whether an entry of `levels` is for a place of `level` (no level: every entry)."""
    return not level or level in levels


def level_words(levels: tuple[str, ...]) -> str:
    """How a listing says the levels: 各级, or 省、市、县、区."""
    return "各级" if set(levels) >= set(LEVELS) else "、".join(levels)
