"""Typed, immutable data of drafter: fragments, templates, answers, drafts, findings.

Everything here is plain data. Validation of untrusted input (YAML, answers)
happens in the stage that reads it (`library`, `render`); these classes only
hold what passed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

# Findings are data of their own module (a check needs nothing else of this one); re-exported here.
from drafter.findings import Finding as Finding
from drafter.findings import Severity as Severity


class Role(StrEnum):
    """Rhetorical role of a fragment in a speech."""

    TITLE = "title"
    SALUTATION = "salutation"
    OPENING = "opening"
    ACKNOWLEDGEMENT = "acknowledgement"
    TRANSITION = "transition"
    POINT = "point"
    SUBPOINT = "subpoint"
    CLOSING = "closing"
    OTHER = "other"


class Level(StrEnum):
    """Administrative level of the speaker's place."""

    PROVINCE = "省"
    CITY = "市"
    COUNTY = "县"
    DISTRICT = "区"
    TOWNSHIP = "乡"
    TOWN = "镇"


def suits_level(levels: tuple[str, ...], level: str | None) -> bool:
    """Text tagged for `levels` suits a speech of `level` (no tag: every level; no level: any text)."""
    return not levels or not level or level in levels


# A fragment's level tags: the levels above, and 街道. A 街道 speaks with its 区's words but has a
# town's powers, so it answers to its own tag, not to 区 (see render.values.level_tag).
STREET = "街道"
LEVEL_TAGS = (*Level._value2member_map_, STREET)


class VarType(StrEnum):
    """Type of a variable's value."""

    STR = "str"
    INT = "int"
    LIST = "list"


# Tag that marks source-bound facts: never selected unless the user asks for it.
SPECIFIC_TAG = "specific"
# Tags of fragments used only when the user asks for them (--tag, or the answer
# named here set to 是): 表彰 praises award winners, wrong at a meeting that gave none.
# Occasions a fragment may presume only when the user says they happened: awards given,
# units or people speaking (交流发言, 表态, 述职, 签约, a warning film watched).
OPT_IN_TAGS = {"表彰": "awards", "发言": "speeches"}
# Tag of text that appraises the place's own work (取得了积极成效, 总体平稳, 这些成绩来之不易): drawn only when the
# user gave achievements, or the speech praises what nobody told it.
APPRAISAL_TAG = "评价"
# Tag of text only a meeting of the 党委、政府 (or their 领导小组) says: 党政领导要靠前指挥, 让党委在教育工作中总揽全局,
# 考核各县（市、区）. A department's own meeting (县应急管理局…会议, convenor 部门) draws the rest (review21).
# A point carries it among its tags; a sub-point as `tags: [党委政府]`.
LEADERSHIP_TAG = "党委政府"
# What only some places have (review32): text tagged so is left out for a place that lacks it (drafter/features.py:
# a 城区 has no 水库, 山区, 林区 or 农村). A point or a sub-point may carry one. 沿海 (台风, 渔船回港) is text only a place said
# to be coastal takes, or a meeting naming 台风; 中心城区 (城区山体和公园绿地) only a 城区 (features.yaml `own`, review33).
PLACE_FEATURE_TAGS = ("山区", "水库", "林区", "农村", "沿海", "内陆", "中心城区")
SUBPOINT_TAGS = (LEADERSHIP_TAG, *PLACE_FEATURE_TAGS)
# Text that hands the level's Party committee and government, or the heads of its towns and departments, a duty
# of their own (县委、县政府要定期听取民政工作汇报, 县委要定期研究财政运行, 各乡镇（街道）党政主要负责同志要…, 纳入各乡镇
# （街道）、县直各部门的考核): only a 党委、政府 meeting says it, as if tagged 党委政府 — a bureau's own meeting does not
# command those who convene it, nor the towns' leaders (review25).
_COMMANDS_LEVEL = re.compile(
    r"\{\{ (?:party|government|leadership|all_leaderships|all_governments) \}\}"
    r"(?:、\{\{ government \}\})?(?:要|必须|每年|定期|将把|会把|书记要|主要负责同志)"
    r"|\{\{ below \}\}(?:、\{\{ own_depts \}\})?(?:的)?(?:党政)?(?:主要负责同志|“?一把手”?|党委（党工委）书记)"
    r"|(?:纳入|考核|对)\{\{ below \}\}(?:、\{\{ own_depts \}\})?(?:的)?(?:领导班子|班子|考核|年度考核)"
)


@functools.lru_cache(maxsize=4096)
def commands_level(text: str) -> bool:
    """Whether a fragment's text (Jinja) hands the level's leadership or its towns' and departments' heads a duty:
    text only a 党委、政府 meeting says (`LEADERSHIP_TAG`), left out of a department's own meeting."""
    return bool(_COMMANDS_LEVEL.search(text))
# Tag of a task area a work's gathered 任务 point carries at least one of: a 乡村振兴 speech speaks of 产业 or
# 和美乡村, not only of its 底线 (粮食、防返贫、涉农风险; review21).
CORE_TAG = "主干"
# Tag of a work's task point that names its main areas in one (项目, 消费, 三农, 民生): the sole task point of a short
# speech (draft39); structural, like 主干, not a work.
OVERVIEW_TAG = "总览"
# Tag of a task area on cities and work units (城市基层党建, 机关、国企、学校医院党建): not a part of a work, but what a
# class of village cadres (kinds.yaml `village_trainees`) is not told to do (review27).
CITY_UNITS_TAG = "城市单位"
# Stage tags of top-level points (认识 → 任务 → 保障).
STAGES = ("认识", "任务", "保障")


@dataclass(frozen=True, slots=True)
class Variable:
    """A value a fragment or template needs from the user.

    A variable without a default is required; `required=False` with no default
    means it may stay empty (the text then leaves it out).
    """

    name: str
    prompt: str
    type: VarType = VarType.STR
    default: Any = None
    choices: tuple[str, ...] = ()
    required: bool = True


@dataclass(frozen=True, slots=True)
class Source:
    """Where a fragment comes from: a speech id of `corpus/` and a place in it.

    A fragment written by us has no speech: `authored` names who wrote it and
    `written` when (e.g. 2026-12); such text never states a figure, place,
    person or date.
    """

    speech: str
    where: str = ""
    authored: str = ""
    written: str = ""
    also: tuple[str, ...] = ()  # speeches of near-duplicates merged into the fragment (also_from)

    @property
    def speeches(self) -> tuple[str, ...]:
        """Every source speech whose text the fragment carries."""
        return tuple(s for s in (self.speech, *self.also) if s)

    @property
    def is_authored(self) -> bool:
        return bool(self.authored)


@dataclass(frozen=True, slots=True)
class SubPoint:
    """A sub-point of a top-level point. Its number is generated, never stored.

    A sub-point may carry its own run-in series (`items`, numbered 一要/一是 by
    `series`) that follows its text in the same paragraph. `levels` leaves it
    out of drafts for other levels (a 镇 does not recruit civil servants).
    """

    heading: str
    text: str = ""
    items: tuple[SubPoint, ...] = ()
    series: str = "要"
    levels: tuple[str, ...] = ()  # levels it suits (as a point's level tags); empty: every level
    tags: tuple[str, ...] = ()  # SUBPOINT_TAGS: 党委政府 leaves it out of a department's own meeting


def _leadership_only(sub: SubPoint) -> bool:
    """A sub-point only a 党委、政府 meeting says: tagged so, or its text hands the leadership a duty."""
    return LEADERSHIP_TAG in sub.tags or any(commands_level(t) for t in (sub.heading, sub.text)) or any(
        _leadership_only(item) for item in sub.items
    )


@dataclass(frozen=True, slots=True)
class Fragment:
    """A reusable piece of a speech.

    `text` is a Jinja template. For a point, `heading` is the point's heading
    (without 一、), `text` its opening paragraphs, `subpoints` its series and
    `ending` a paragraph after them. `series` says how the sub-points are
    numbered: "section" gives （一）…, "是" gives 一是…, "要" gives 一要…;
    `inline` runs a 是/要 series on in one paragraph instead of one each.
    """

    id: str
    role: Role
    text: str
    tags: tuple[str, ...] = ()
    variables: tuple[Variable, ...] = ()
    source: Source | None = None
    heading: str = ""
    subpoints: tuple[SubPoint, ...] = ()
    series: str = "section"
    inline: bool = False
    ending: str = ""
    path: str = ""
    line: int = 0

    def __hash__(self) -> int:
        # Equal fragments have equal ids and texts, so hashing those alone is right, and it spares
        # every set and cache of fragments (selection asks its lru_caches ~1,000 times a draft)
        # hashing each field, sub-point and variable in Python on every look-up.
        return hash((self.id, self.text))

    @property
    def is_specific(self) -> bool:
        return SPECIFIC_TAG in self.tags

    @property
    def levels(self) -> tuple[str, ...]:
        """Levels this fragment suits; empty means every level."""
        return tuple(t for t in self.tags if t in LEVEL_TAGS)

    def subpoints_for(
        self, level: str | None, department: bool = False, lacks: frozenset[str] = frozenset()
    ) -> tuple[int, ...]:
        """Indices of the sub-points a speech of `level` keeps (all when none is level-tagged); a department's
        own meeting (`department`) also leaves out those only a 党委、政府 meeting says, and a place leaves out those
        tagged with what it `lacks` (a 城区: 水库)."""
        return tuple(
            i for i, s in enumerate(self.subpoints)
            if suits_level(s.levels, level) and not (department and _leadership_only(s)) and lacks.isdisjoint(s.tags)
        )  # fmt: skip

    @property
    def stage(self) -> str | None:
        """The 认识/任务/保障 stage of a point, if tagged."""
        for tag in self.tags:  # a loop, not next() over a generator: planning asks ~6,500 times a draft
            if tag in STAGES:
                return tag
        return None

    def variable(self, name: str) -> Variable | None:
        return next((v for v in self.variables if v.name == name), None)


@dataclass(frozen=True, slots=True)
class Template:
    """A speech skeleton: which roles in which order, and how many points."""

    key: str
    name: str
    skeleton: str
    description: str = ""
    tags: tuple[str, ...] = ()
    stages: Mapping[int, tuple[str, ...]] = field(default_factory=dict)
    default_points: int = 3
    min_points: int = 2
    max_points: int = 6
    # How many task areas the one 任务 point of a speech of the default count gathers as （一）（二） sections
    # (1: none). A 工作会议 speech's 任务 point covers the work's main tasks, not only one of them.
    gather: int = 1
    variables: tuple[Variable, ...] = ()
    path: str = ""
    # Frame roles (opening, transition …) taken from fragments tagged with this template's kind when any exist.
    own_roles: tuple[str, ...] = ()
    # Point stages where a meeting about a known work takes that work's own points before the kind's
    # (a 教育工作座谈会 hears about education in its 任务 point, not the kind's general hopes).
    topic_stages: tuple[str, ...] = ()
    # Point stages the kind speaks of in its own words at every length: a long speech's point of such a stage gathers
    # only the kind's own sections (a 调度会's 认识 point is where the work stands, not 提高政治站位 on why it matters).
    own_stages: tuple[str, ...] = ()
    # How many of the work's sections such a point gathers after the kind's own (a 调度会: two); a 闭幕会 borrows none:
    # its 认识 point took 正视人大工作面临的新要求 (the work's shortcomings nobody gave) at a session's close (review30b).
    own_borrows: int = 2
    # Point stages the kind keeps short in a speech of no set length: such a point keeps two sub-points and no section,
    # and while it still runs over a third of the points the 任务 point gathers one more area of the work. A
    # teleconference is short on 认识 and long on 部署: a 防汛 视频会议's 认识 point was half its draft (review36b, tele37).
    brief_stages: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FragmentUse:
    """One fragment used in a draft, with its provenance.

    `section` marks a point gathered as a （一） section under the point before it.
    """

    id: str
    role: Role
    source: Source | None
    subpoints: tuple[int, ...] = ()
    digest: str = ""  # of the fragment's texts when used: a replay tells if it changed since
    section: bool = False
    alts: Mapping[str, int] = field(default_factory=dict)  # alternative phrasing chosen, by block


@dataclass(frozen=True, slots=True)
class Draft:
    """A rendered speech and how it was made."""

    text: str
    title: str
    template: str
    answers: Mapping[str, Any]
    seed: int
    uses: tuple[FragmentUse, ...]
    points: int
    han_chars: int
    rate: int = 200

    @property
    def minutes(self) -> float:
        return self.han_chars / self.rate
