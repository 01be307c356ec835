"""Which fragments suit a draft, and one seeded choice of them (a Plan)."""

from __future__ import annotations

import functools
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from drafter.errors import LibraryError, UsageError
from drafter.library import Library, fragment_texts, used_variables
from drafter.meeting import kind_names as meeting_kind_names
from drafter.model import OPT_IN_TAGS, SPECIFIC_TAG, STAGES, Fragment, Role, Template
from drafter.render.values import topics_of
from drafter.text import LEVELS, count_han, split_sentences

FRAME_ROLES = (
    Role.TITLE,
    Role.SALUTATION,
    Role.OPENING,
    Role.ACKNOWLEDGEMENT,
    Role.TRANSITION,
    Role.CLOSING,
)

GENERAL_TAG = "通用"

# Meeting kinds (工作会议, 推进会 …) as fragment tags: they say where a fragment fits, not its topic.
KIND_TAGS = meeting_kind_names()


@dataclass(frozen=True, slots=True)
class PlannedPoint:
    """A top-level point of a plan: the fragment and the indices of sub-points kept."""

    fragment: Fragment
    keep: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Plan:
    """Which fragments a draft uses, before the user's remaining answers are known."""

    template: Template
    frame: Mapping[Role, Fragment]
    points: tuple[PlannedPoint, ...]
    seed: int

    def fragments(self) -> list[Fragment]:
        return [*self.frame.values(), *(p.fragment for p in self.points)]


def _fits(
    fragment: Fragment, answers: Mapping[str, Any], topics: set[str], tags: Sequence[str]
) -> bool:
    if fragment.is_specific:
        return False
    if any(t in fragment.tags and not _opted_in(t, answers, tags) for t in OPT_IN_TAGS):
        return False
    level = answers.get("level")
    if level and fragment.levels and level not in fragment.levels:
        return False
    return _suits_topic(fragment, answers, topics, tags)


# Tags that say how or where a fragment is used, not what work it is about.
_STRUCTURAL_TAGS = frozenset(
    {*LEVELS, *STAGES, *KIND_TAGS, *OPT_IN_TAGS, SPECIFIC_TAG, GENERAL_TAG, "消息稿", "导入"}
)


def _suits_topic(
    fragment: Fragment, answers: Mapping[str, Any], topics: set[str], tags: Sequence[str]
) -> bool:
    """A fragment about some work (森林防火, 妇女儿童 …) suits only a meeting on that work.

    Every tag that is not structural names a topic; a fragment with none, or
    tagged 通用, suits any meeting.
    """
    own = {t for t in fragment.tags if t not in _STRUCTURAL_TAGS}
    if not own or GENERAL_TAG in fragment.tags:
        return True
    meeting = str(answers.get("meeting", ""))
    return bool(own & (topics | set(tags))) or any(t in meeting for t in own)


def _opted_in(tag: str, answers: Mapping[str, Any], tags: Sequence[str]) -> bool:
    return tag in tags or answers.get(OPT_IN_TAGS[tag]) == "是"


def _answerable(fragment: Fragment, answers: Mapping[str, Any]) -> bool:
    return all(
        v.name in answers or v.default is not None or not v.required for v in fragment.variables
    )


# Answers that only some fragments use: when the user gives one, prefer those fragments.
_SPECIFIC_ANSWERS = frozenset({"reporter", "plans"})


def _names(fragment: Fragment) -> set[str]:
    return {v.name for v in fragment.variables} | used_variables(fragment_texts(fragment))


@functools.lru_cache(maxsize=4096)
def _sentences(fragment: Fragment) -> frozenset[str]:
    """The longer sentences of a fragment, to tell two fragments cut from the same passage."""
    found = set()
    for text in fragment_texts(fragment):
        found |= {s for s in split_sentences(text) if count_han(s) >= 15}
    return frozenset(found)


def overlaps(a: Fragment, b: Fragment) -> bool:
    """True when two fragments share a sentence (e.g. a point and one of its sections)."""
    return a.id == b.id or bool(_sentences(a) & _sentences(b))


def _kind_fits(fragment: Fragment, template: Template) -> bool:
    """A fragment written for another kind of meeting (座谈会, 联席会议 …) never fits this one.

    工作会议 is the common kind: its fragments may stand in when a kind has none of its own.
    """
    kinds = {t for t in fragment.tags if t in KIND_TAGS}
    return not kinds or bool(kinds & set(template.tags)) or kinds == {"工作会议"}


def candidates(
    library: Library,
    role: Role,
    template: Template,
    answers: Mapping[str, Any],
    tags: Sequence[str] = (),
    *,
    stage: str | None = None,
    avoid: Sequence[Fragment] = (),
) -> list[Fragment]:
    """Fragments that suit this role (and stage), level, topic and template, best-suited first.

    Points that overlap one in `avoid` are left out; other roles avoid them when
    they can. Narrowing is soft: a preference (meeting kind, user tags,
    answerable variables, no overlap, the meeting's own topic) applies only when
    some candidate meets it.
    """
    topics = topics_of(answers)
    pool = [
        f for f in library.by_role(role)
        if (stage is None or f.stage == stage) and _fits(f, answers, topics, tags)
    ]  # fmt: skip
    pool = [f for f in pool if _kind_fits(f, template)]
    if role == Role.POINT:  # a point must never repeat another's passage
        pool = [f for f in pool if not any(overlaps(f, other) for other in avoid)]
    given = set(answers) & _SPECIFIC_ANSWERS
    opted = {t for t in OPT_IN_TAGS if _opted_in(t, answers, tags)}
    own_topic = topics - {"通用"}
    prefs = [
        lambda f: role.value not in template.own_roles or bool(set(f.tags) & set(template.tags)),
        lambda f: (
            any(t in template.tags for t in f.tags if t in KIND_TAGS)
            or not any(t in KIND_TAGS for t in f.tags)
        ),
        lambda f: all(t in f.tags for t in tags),
        lambda f: not opted or bool(opted & set(f.tags)),
        lambda f: _answerable(f, answers),
        lambda f: not any(overlaps(f, other) for other in avoid),
        lambda f: not given or bool(given & _names(f)),
        lambda f: "维权" not in topics or "维权" in f.tags,
        lambda f: not own_topic or bool(own_topic & set(f.tags)),
    ]
    for pref in prefs:
        narrowed = [f for f in pool if pref(f)]
        if narrowed:
            pool = narrowed
    return sorted(pool, key=lambda f: f.id)


def choose_plan(
    library: Library,
    template: Template,
    answers: Mapping[str, Any],
    rng: random.Random,
    n_points: int,
    picked: list[Fragment],
    tags: Sequence[str],
    seed: int,
) -> Plan:
    stages = template.stages.get(n_points) or _default_stages(n_points)
    forced_points = [f for f in picked if f.role == Role.POINT]
    points = _choose_points(library, template, answers, rng, stages, forced_points, tags)
    # Points first: they have the fewest alternatives; the frame then avoids repeating them.
    frame: dict[Role, Fragment] = {}
    for role in FRAME_ROLES:
        if role != Role.TITLE and "{{ " + role.value + " }}" not in template.skeleton:
            continue  # a kind without this part (电视电话会议: no acknowledgement)
        forced = [f for f in picked if f.role == role]
        options = forced or candidates(
            library, role, template, answers, tags, avoid=[*points, *frame.values()]
        )
        if not options:
            raise LibraryError(
                f"片段库中没有适合的“{role.value}”片段", path=library.root,
                hint="用 drafter fragments add 补充，或换用 --library。",
            )  # fmt: skip
        frame[role] = options[0] if forced else rng.choice(options)
    return Plan(
        template,
        frame,
        tuple(PlannedPoint(p, tuple(range(len(p.subpoints)))) for p in points),
        seed,
    )


def _default_stages(n: int) -> tuple[str, ...]:
    return ("认识", *(["任务"] * max(n - 2, 0)), "保障")[:n] if n >= 2 else ("任务",)


def _choose_points(
    library: Library,
    template: Template,
    answers: Mapping[str, Any],
    rng: random.Random,
    stages: Sequence[str],
    forced: list[Fragment],
    tags: Sequence[str],
) -> list[Fragment]:
    chosen: list[Fragment] = []
    forced_left = list(forced)
    for stage in stages:
        mine = next((f for f in forced_left if f.stage == stage), None)
        if mine is not None:
            forced_left.remove(mine)
            chosen.append(mine)
            continue
        options = candidates(
            library, Role.POINT, template, answers, tags, stage=stage, avoid=[*chosen, *forced]
        )
        if not options:
            raise LibraryError(
                f"片段库中适合本次会议的“{stage}”类要点不够（需要 {stages.count(stage)} 个，且彼此内容不重复）",
                path=library.root, hint="减少 --points，或在片段库中补充该类要点。",
            )  # fmt: skip
        chosen.append(rng.choice(options))
    if forced_left:
        ids = "、".join(f.id for f in forced_left)
        raise UsageError(
            f"--pick 指定的要点 {ids} 与本次的要点结构（{'、'.join(stages)}）不符",
            hint="增加 --points 或换一个要点。",
        )
    return chosen


def replay_plan(
    library: Library, template: Template, uses: Sequence[Mapping[str, Any]], seed: int
) -> Plan:
    """Rebuild the plan recorded in an answers file (fragment ids and kept sub-points).

    Raises:
        LibraryError: a recorded fragment is no longer in the library.
    """
    frame: dict[Role, Fragment] = {}
    points = []
    for use in uses:
        frag = library.get(str(use["id"]))
        if frag.role == Role.POINT:
            keep = tuple(int(i) for i in use.get("subpoints", range(len(frag.subpoints))))
            points.append(PlannedPoint(frag, keep))
        else:
            frame[frag.role] = frag
    return Plan(template, frame, tuple(points), seed)
