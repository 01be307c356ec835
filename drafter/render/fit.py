"""Fit a draft to a delivery time: seeded plans, grown by sections when short, trimmed by sub-points when long.

Lengths come from the fragments' own text rendered once per fragment and
level (`render_text` caches compiled texts), never from rendering whole drafts.
"""

from __future__ import annotations

import functools
import itertools
import math
import random
import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from drafter import outdated
from drafter.errors import LibraryError, UsageError
from drafter.library import STANDARD_VARIABLES, Library
from drafter.library.alternatives import Chooser, choosing, first_sentences
from drafter.library.alternatives import _clauses as clauses_of
from drafter.library.alternatives import _runs as runs_of
from drafter.model import OVERVIEW_TAG, Fragment, SubPoint, Template
from drafter.render.announce import budget, lead_chars, plain_budget
from drafter.render.apart import (
    areas_apart,
    asked_by_heading,
    recognition_apart,
    subpoints_apart,
    themes_apart,
)
from drafter.render.facts import FACT_KEYS, facts_paragraph, gather_facts
from drafter.render.sandbox import helpers, render_text
from drafter.render.select import (
    Plan,
    PlannedPoint,
    choose_plan,
    draw_seed,
    general_point,
    grow_plan,
    hands_down_work,
    open_items,
    planned,
    user_items,
)
from drafter.render.steer import NO_STEER, Steer
from drafter.render.values import level_tag
from drafter.text import count_han
from drafter.topics import (
    alone_tags,
    is_body_work,
    kept_parts,
    own_length_tags,
    own_length_topic,
    own_parts,
    says_own_views,
)

_FIT_TRIALS = 40
# A plan this near its target (a share of it) is fitted: the first such draw wins; the best draw within
# _TOLERANCE is taken when none comes that near.
_CLOSE = 0.05
# With a plan within ±10% in hand (on the meeting's part, every task housed), this many draws in a row that come no
# nearer end the search: a 30-minute 全县文联工作会议, never within ±5%, drew 126 plans (about 20 s).
_STALE_TRIALS = 12
# … and a count of points whose draws miss by more than 12% this many times in a row gives way to the next count (the
# 文联 speech's four points missed by 12–14% forty times before five points were tried). Draws that miss by 10–12% go on:
# one in forty comes within ±10% (a 20-minute 全市防震减灾工作会议 was refused when they stopped at ten).
_REACH_TRIALS = 10
_NEAR_MISS = 0.12
_TOLERANCE = 0.10
# A plan on the part of a work its meeting is named for this near (inside _TOLERANCE by a margin for the estimate,
# which the rendered draft misses by a few characters) needs none of the whole work's areas.
_PART_REACH = 0.08
# How short of its length a draft must be for a section whose heading echoes another's (a 30-minute draft still forms;
# one within this of its length stops rather than say 增强做好…的责任感 twice).
_ECHO_SHORT = 0.08
# What a section gathered to reach a length may be, for a meeting named for a part of a work (see `_grow`).
_OWN, _GENERAL_VIEWS, _GENERAL, _ANY = "own", "general-views", "general", "any"
_WHOLE = "whole"  # the whole work's areas on none of its parts, before another part's (review30a)
# general sections on 保障 points only: a whole work long on its own text says its own 认识 (外事, 文联: draft39)
_GENERAL_GUARDS = "general-guards"
# A length this far off (a share of the target), three draws in a row, is out of reach of the library:
# `drafter draft --minutes 999` fails in seconds instead of trying every draw for a minute.
_HOPELESS = 0.15
_HOPELESS_TRIALS = 3
# A gathered point never holds more than this many sections.
_MAX_SECTIONS = 6
# … and a 认识 or 保障 point no more than this many parts: a 30-minute 人居环境整治 speech's 认识 point held six, two of
# them general ones on the same shortcomings (坚持问题导向，找准制约推进的症结 and 客观看待工作中的不足, review27).
_MAX_VIEW_PARTS = 5
# Characters a gathered point adds of its own (heading and lead-in), and a section heading's mark.
_GROUP_OVERHEAD = 31  # sections.yaml: heading and lead-in average 27–35 Han characters (review25: shorter headings)
# Han characters of a lead-in into sub-points a render keeps with its count (要集中力量抓好以下四个方面：, 要把握好以下三点：).
_KEPT_LEAD = 11
# The share of the points the stages a kind keeps short (`Template.brief_stages`: a teleconference's 认识) may run to.
BRIEF_SHARE = 1 / 3
# The least share of the points a speech's 任务 points hold once it is fit to its minutes (where it has 认识 or 保障
# points beside them): a 10-minute 全市生态环境工作会议 gave its tasks two one-line sub-points of its overview, 11% of the
# points, the 认识 point three paragraphs and the 保障 point two sections (lead44). Sub-points of the tasks are not cut
# below it, and among plans the search holds, one above it beats one as near its length below it.
TASK_FLOOR = 0.4


def fit_minutes(
    library: Library,
    template: Template,
    answers: Mapping[str, Any],
    seed: int,
    picked: list[Fragment],
    tags: Sequence[str],
    target: float,
    rate: int,
    steer: Steer = NO_STEER,
) -> Plan:
    """Find a plan within ±10% of `target` Han characters (first within ±5% wins).

    Without an answered `points`, other point counts are tried around the
    template's default. A plan too short for the target gathers further points
    of a stage as sections; one too long drops sub-points. Raises UsageError
    when no plan comes within ±10%.
    """
    counts = [answers["points"]] if answers.get("points") else _point_counts(template)
    part = own_parts(str(answers.get("meeting", "")), str(answers.get("work", "")))
    alone = kept_parts(str(answers.get("meeting", "")), str(answers.get("work", ""))) & own_length_tags()
    # a whole work long on its own text (机关党建, review36: a 30-minute 市直机关党建工作会议 held six general task sections)
    whole = frozenset({_own_length_topic(answers)} - {""})
    alone = alone or whole
    # … and a whole work long on its own text says its own 认识 too: a 20-minute 全县外事工作会议 gathered a general
    # 认识 section (看清大势) beside its own three, a 30-minute 文联 one addressed to 各乡镇（街道）、县直各部门 (draft39)
    stages = ("任务", "认识") if whole and alone == whole and says_own_views(next(iter(whole))) else ("任务",)
    # … and a body's own part (科协) hands its work to no 乡镇 or 部门 however long: a 20-minute 科协 speech told 各乡镇（街道）、
    # 县直各部门 to put 科协工作 on their agenda, 通报排名 and 追责 (review36)
    body = bool(alone) and is_body_work(str(answers.get("meeting", "")), str(answers.get("work", "")))
    kind = str(answers.get("kind") or "")  # the kind's own points borrow no area (`_borrows`)
    best: tuple[bool, bool, int, bool, float, bool, int, bool, Plan] | None = None
    stale = 0  # trials since `best` last improved
    lengths: list[float] = []  # every fitted plan's length: what the library can form, said when none is near
    for n in counts:
        rng = random.Random(draw_seed(seed, answers))
        far = 0  # trials in a row that missed by more than _HOPELESS
        outside = 0  # … and by more than _NEAR_MISS
        for _ in range(_FIT_TRIALS):
            try:
                plan = choose_plan(library, template, answers, rng, n, picked, tags, seed, steer)
            except LibraryError:
                break
            plan = _house_tasks(library, template, answers, plan, tags, target)
            plan = _grow(library, template, answers, rng, plan, tags, target)
            plan = recognition_apart(library, template, answers, plan, tags, picked)
            plan = areas_apart(library, subpoints_apart(plan, answers), answers)
            if _full_length(plan, answers) < target * (1 - _TOLERANCE):
                # The sub-points left out took it out of reach: grow again (a 20-minute 总工会 全体会议, its sections spent
                # at full length, could no longer be formed). Only then: a general section is no better than a sub-point
                # said again in passing (a 30-minute 防汛 调度会 gathered 统筹发展和安全 among its flood areas).
                plan = areas_apart(library, _grow(library, template, answers, rng, plan, tags, target), answers)
            plan, echoed = _themes_apart_grown(library, template, answers, rng, plan, tags, target)
            plan = own_areas_together(plan, part)
            # (refused before it is trimmed: trimming keeps every area, and only the hint reads a refused plan's length)
            if alone and (_borrows(plan, alone, stages, kind) or (body and _hands_down(plan))):
                if body and not _borrows(plan, alone, stages, kind):  # the length it forms without them, for the hint
                    lengths.append(_without_hands_down(_trim(plan, answers, target)[0], answers))
                # A meeting on a part long on its own text (`own_length`) deploys its own areas only: a 20-minute 保交房 推进会
                # held one housing area beside 聚焦重点难点, 统筹发展和安全, 向改革要动力 and 以制度建设为抓手 (review35).
                # Past its own text the hint says what length it forms, as for a training class (review34c). Such a
                # draw counts as one out of reach: three in a row and this many points is given up.
                far += 1
                if far == _HOPELESS_TRIALS:
                    break
                continue
            plan, length = _trim(plan, answers, target)
            lengths.append(length)
            miss = abs(length - target) / target
            # Within reach, a plan on the part the meeting is named for beats one nearer the length that borrows
            # the whole work's areas (a 校园安全 speech of four points, its second task 控辍保学). Other plans that come
            # near keep the order of the counts tried (the template's own first).
            on_part = miss <= _PART_REACH and not _borrows(plan, part)
            # … and one whose task points are about each of the user's targets and tasks beats one that leaves one to be
            # said after the points: a 12-minute 乡村振兴 推进会 of three points has room for 产业 or 和美乡村, one of four
            # for both (review31).
            unhoused = len(open_items(plan, answers)) if miss <= _TOLERANCE else 0
            # … and among those as near, one that says no theme twice beats one that could reach its length only so
            # (`_themes_apart_grown`), and one that says its overview whole: a 10-minute 生态环境 speech kept 守护蓝天 and 督察整改
            # of its overview, 碧水 and 净土 cut for a second 保障 section (echo43). A plan with no overview ranks as one
            # that cut it, so that the count the template gives first still wins over more task points.
            cut = _overview_cut(plan, answers)
            overview = any(OVERVIEW_TAG in f.tags for f in plan.fragments())
            partial = cut or not overview
            # … and one whose tasks hold their share of the points beats one as near that leaves them two lines (TASK_FLOOR).
            # A short speech's overview is the task point it is meant to have whatever its share: ranked so, a 10-minute
            # 食品安全 speech took four points, 检查 and 餐饮 its two task points, instead of its overview (draft42).
            lopsided = not overview and _task_share(plan, answers) < TASK_FLOOR
            # … and among those as near, one that says less general text (讲政治/谋发展/惠民生, 把握政策导向) beats one that
            # says more: a 30-minute 全县审计工作会议 of three points filled its 认识 point with two general sections, its
            # one task point full, while four points held the work's own areas (thin46). A general section is the last
            # resort, so a plan of the template's count that says one tries the next count before it is taken — one next
            # count: six points, four of them task points under headings of no work, read no better than it did.
            general = _general_said(plan)
            score = (miss > _TOLERANCE, not on_part, unhoused, lopsided, max(miss, _CLOSE), echoed, general, partial, plan)
            if best is None or score[:8] < best[:8]:
                best, stale = score, 0
            else:
                stale += 1
                if best[:3] == (False, False, 0) and stale >= _STALE_TRIALS:
                    return best[8]  # a plan within ±10% in hand and nothing nearer for a while: the search is done
            if miss <= _CLOSE:
                # (drawing on for a plan above TASK_FLOOR doubled a 10-minute speech's time and found none nearer)
                if on_part and not unhoused and not cut and (not general or n != counts[0]):
                    return best[8]  # (this plan, or one as near found before it that says its overview whole)
                break  # this many points come near only by borrowing or leave a task unhoused: try the next count
            far = far + 1 if miss > _HOPELESS else 0
            if far == _HOPELESS_TRIALS:  # 2 or 200 minutes: no draw of this many points comes near it
                break
            outside = outside + 1 if miss > _NEAR_MISS else 0
            if outside == _REACH_TRIALS:  # this many points keep missing by 12–15%: another count may come nearer
                break
    if best is None or best[4] > _TOLERANCE:
        minutes, points = answers["minutes"], answers.get("points")
        hint = _reach_hint(lengths, target, rate) or f"换一个时长，或补充更长/更短的片段（按每分钟 {rate} 字计）。"
        if points and lengths and max(lengths) < target:
            # too few points to fill the length: fewer points could only fall shorter (a 20-minute 表彰大会 of two
            # points was told 难以压到 20 分钟：减少 --points, reader52b)
            most = max(1, math.floor(max(lengths) / rate))
            hint = f"{points} 点意见讲不满 {minutes} 分钟（最多约 {most} 分钟）：增加 --points，或改为 --minutes {most}。"
        elif points:
            hint = f"每点至少讲两个方面，{points} 点意见难以压到 {minutes} 分钟：减少 --points，或加长时长。"
        raise UsageError(
            f"片段库无法组成约 {minutes} 分钟（{int(target)} 字左右）的讲话稿", hint=hint
        )
    return best[8]


def _general_said(plan: Plan) -> int:
    """The general parts of the plan (about no work, no kind and no audience of their own) and the sub-points they
    keep: text that would suit any meeting. A kind's own text is no such part though it is tagged 通用 (it suits any
    work): counted so, a 10-minute 巡察反馈会 took two points over three, its 压实整改主体责任 point left out (land47)."""
    return sum(1 + len(part.keep) for part in _parts(plan) if general_point(part.fragment))


def own_areas_together(plan: Plan, part: frozenset[str]) -> Plan:
    """A long speech on a part of a work (燃气, 特种设备, 天然气保供) with its own areas spread one or two to a task point
    among general sections, laid out as a writer does: the part's own areas gathered in one task point (or as few as
    hold them), the general sections the length took after them in as few points as hold them, no more task points
    than before.

    A 30-minute 全县特种设备安全工作会议 gave each of its four task points one area of its own (电梯, 承压设备, 工地和景区
    …) between 向改革要动力, 以制度建设为抓手 and 聚焦重点难点: a list of thin topics, the work's own matters scattered
    (village45). The parts, their sub-points and so the length stay as they were.
    """
    if not part or "任务" in plan.template.own_stages:
        return plan
    slots = [i for i, p in enumerate(plan.points) if p.fragment.stage == "任务"]
    if len(slots) < 2 or slots != list(range(slots[0], slots[-1] + 1)):
        return plan
    holding = [i for i in slots if any(not part.isdisjoint(q.fragment.tags) for q in plan.points[i].parts())]
    if len(holding) < 2:
        return plan  # its own areas are in one point already
    parts = [q for i in slots for q in plan.points[i].parts()]
    own = sorted(
        (q for q in parts if not part.isdisjoint(q.fragment.tags)),
        key=lambda q: (q.fragment.path, q.fragment.line),
    )
    rest = [q for q in parts if part.isdisjoint(q.fragment.tags)]
    groups = _spread(own, math.ceil(len(own) / _MAX_VIEW_PARTS))
    if rest:
        # as few points as hold them (a point of six parts at most), and no more task points than the plan had
        most = math.ceil(len(rest) / _MAX_SECTIONS)
        fewest = min(math.ceil(len(rest) / _MAX_VIEW_PARTS), len(slots) - len(groups))
        groups += _spread(rest, max(most, fewest))
    tasks = tuple(replace(first, sections=tuple(more)) for first, *more in groups)
    return replace(plan, points=(*plan.points[: slots[0]], *tasks, *plan.points[slots[-1] + 1 :]))


def _spread(parts: Sequence[PlannedPoint], n: int) -> list[list[PlannedPoint]]:
    """`parts` in order, in `n` runs as even as can be (the longer first)."""
    n = max(1, min(n, len(parts)))
    size, extra = divmod(len(parts), n)
    runs, at = [], 0
    for k in range(n):
        step = size + (k < extra)
        runs.append(list(parts[at : at + step]))
        at += step
    return runs


def stage_share(plan: Plan, answers: Mapping[str, Any], stages: Sequence[str]) -> float:
    """The share of the points' length, as kept, the plan's points of `stages` hold."""
    lengths = kept_point_lengths(plan, answers)
    own = sum(n for p, n in zip(plan.points, lengths, strict=True) if p.fragment.stage in stages)
    return own / max(sum(lengths), 1)


def _task_share(plan: Plan, answers: Mapping[str, Any]) -> float:
    """The share of the points the plan's 任务 points hold (1.0 where it has no other points or none)."""
    share = stage_share(plan, answers, ("任务",))
    return share if 0 < share < 1 else 1.0


def _overview_cut(plan: Plan, answers: Mapping[str, Any]) -> bool:
    """Whether an overview (总览) point of the plan left out one of the sub-points its level may give."""
    return any(
        OVERVIEW_TAG in part.fragment.tags and len(part.keep) < len(planned(part.fragment, answers).keep)
        for point in plan.points for part in point.parts()
    )  # fmt: skip


def _themes_apart_grown(
    library: Library,
    template: Template,
    answers: Mapping[str, Any],
    rng: random.Random,
    plan: Plan,
    tags: Sequence[str],
    target: float,
) -> tuple[Plan, bool]:
    """The plan without the sub-points that say a theme twice (`apart.themes_apart`) where it still reaches `target`,
    before the trim brings it to its length; and whether it keeps them.

    Left out only at render time, the sub-points came back whenever the speech fell short of 93% of its minutes (a
    10-minute 政协 closing said 调研 and 协商议题 under two sections, a 15-minute 医德医风 speech 医德教育 twice): left out
    here, the trim keeps other sub-points instead, or the plan gathers a section of its own work. A plan that would
    fall short without them keeps them for the length search as before; `render_plan` then leaves them out if the
    speech keeps its length.
    """
    apart = themes_apart(plan)
    if apart is plan:
        return plan, False
    # … or one section more of its own work, on a theme not yet said (a 15-minute 教育 speech, 控辍保学 said under
    # three sections, gathers 学前教育 instead); no general one (a 30-minute 保密 speech took them until half its
    # parts were not its own)
    while _full_length(apart, answers) < target:
        memo: dict[tuple[int, bool, bool, bool], tuple[list[Fragment], bool]] = {}
        grown = _grow_once(library, template, answers, rng, apart, tags, _OWN, False, False,
                           kept_point_lengths(apart, answers), memo)  # fmt: skip
        if grown is None:
            return plan, True
        apart = themes_apart(areas_apart(library, grown, answers))
    return apart, False


def _reach_hint(lengths: Sequence[float], target: float, rate: int) -> str:
    """What length the library can form instead, as the hint of a length out of reach ("" when nothing was formed).

    A 欢送会 at 20 minutes was refused with 换一个时长 alone: the user could not know which length works (review33d).
    """
    if not lengths:
        return ""
    longest, shortest = max(lengths), min(lengths)
    if target > longest:
        length, said = longest, "这次会议的片段最多约组成 {}的讲话稿"
    elif target < shortest:
        length, said = shortest, "这次会议的片段最少约组成 {}的讲话稿"
    else:  # between two plans' lengths, none near the target
        length = min(lengths, key=lambda n: abs(n - target))
        said = "这次会议的片段组成的讲话稿，最接近的约 {}"
    minutes = round(length / rate)
    if minutes < 1 or abs(length - minutes * rate) > _CLOSE * minutes * rate:
        # a length the plans reach, not one just beyond them: down from the longest, up from the shortest
        minutes = max(1, math.floor(length / rate) if length < target else math.ceil(length / rate))
    more = "更多" if length < target else "更短的"
    return (
        said.format(f"{minutes} 分钟（{int(length)} 字左右）")
        + f"：可改为 --minutes {minutes}，或补充{more}片段（按每分钟 {rate} 字计）。"
    )


def _borrows(plan: Plan, part: frozenset[str], stages: tuple[str, ...] = ("任务",), kind: str = "") -> bool:
    """Whether one of the plan's areas of `stages` (task areas) is on none of the `part` a meeting is named for. The
    meeting kind's own points (tagged with the `kind`: a 培训班开班式's hopes for its trainees) borrow no work's area: a
    全市机关党建工作培训班开班式 could be formed at no length, its own hopes read as borrowed from other works (lead45)."""
    areas = [f for p in plan.points if p.fragment.stage in stages for f in p.fragments()]
    return bool(part) and any(part.isdisjoint(f.tags) and not (kind and kind in f.tags) for f in areas)


def _own_length_topic(answers: Mapping[str, Any]) -> str:
    """The whole work a meeting is named for when it is long on its own text at this place's level (topics.py)."""
    return own_length_topic(str(answers.get("meeting", "")), str(answers.get("work", "")), level_tag(answers))


def _hands_down(plan: Plan) -> bool:
    """Whether a general point of the plan hands the meeting's work to this level's units as theirs (select)."""
    return any(hands_down_work(f) for p in plan.points for f in p.fragments())


def _without_hands_down(plan: Plan, answers: Mapping[str, Any]) -> float:
    """The plan's length less its general parts that hand the work down (the length a body's own text forms)."""
    sizes, parts = _measure(plan, answers), _parts(plan)
    total = sizes.total([p.keep for p in parts])
    for part, (base, subs) in zip(parts, sizes.parts, strict=True):
        if hands_down_work(part.fragment):
            total -= base + sum(subs[i] for i in part.keep)
    return total


def _point_counts(template: Template) -> list[int]:
    d = template.default_points
    order = [d]
    for step in range(1, template.max_points - template.min_points + 1):
        order += [d + step, d - step]
    return [n for n in order if template.min_points <= n <= template.max_points]


@dataclass(frozen=True, slots=True)
class _Sizes:
    """Lengths of a plan: what is fixed, and each part's own text and sub-points."""

    fixed: int
    parts: tuple[
        tuple[int, tuple[int, ...]], ...
    ]  # per part (in plan order): base, sub-point lengths

    def total(self, keep: Sequence[Sequence[int]]) -> int:
        return self.fixed + sum(
            base + sum(subs[i] for i in k) for (base, subs), k in zip(self.parts, keep, strict=True)
        )


def _parts(plan: Plan) -> list[PlannedPoint]:
    return [part for p in plan.points for part in p.parts()]


def _measure(plan: Plan, answers: Mapping[str, Any]) -> _Sizes:
    """The plan's length in the phrasings its draft will take (the draft's chooser, not always the first).

    The length search measures a plan again after each section it gathers: the points before the first one that changed
    are not rendered again. Their lengths, and the chooser as it stood after them (what they said steers the choices of
    every later point), are those the last measure of the same draft kept; the lengths are the same as measuring anew.
    """
    frame = tuple(plan.frame.values())
    points = [tuple((part.fragment, 3 if point.sections else 2) for part in point.parts()) for point in plan.points]
    chooser = _recorder(draw_seed(plan.seed, answers), plan.alts)
    year = outdated.this_year()  # (a text may say this year's words: a memo kept over New Year's Eve is not reused)
    # The same plan measured again (a trial's plan after `_grow` measured it, by `_full_length` and `_trim`; a later trial
    # forming a plan an earlier one formed): its lengths as they came, nothing rendered (fit48: half of a 20-minute
    # 病险水库 draft's 2,200 measures were of plans measured before)
    sizes_memo = _sizes_memo(answers, plan, year)
    known = sizes_memo.find(frame, points)
    if known is not None:
        return known
    ctx = sizes_memo.context(answers, len(plan.points))
    kept: _Measured | None = getattr(_LAST, "measure", None)
    reused = 0
    if kept is not None and kept.year == year and kept.frame_of(plan, answers, frame):
        while reused < min(len(points), len(kept.points)) and _same_point(points[reused], kept.points[reused]):
            reused += 1
    else:
        kept = None
    with choosing(chooser):  # the draft's own draws (assemble._chooser)
        if kept is not None:
            last = kept
            fixed = last.fixed
            last.states[reused].restore(chooser)
        else:
            fixed = sum(count_han(render_text(f.text, ctx, f)) for f in frame)
            fixed += count_han(facts_paragraph(gather_facts(answers, set()), FACT_KEYS, ctx))
            last = _Measured(dict(answers), plan.seed, plan.alts, len(plan.points), frame, fixed, year)
            _LAST.measure = last
        del last.points[reused:], last.sizes[reused:], last.states[reused + 1 :]
        if not last.states:
            last.states.append(_ChooserState.of(chooser))
        memo = _point_memo(answers, plan, year)
        for point in points[reused:]:
            # part by part: a point grown by a section renders only the new section where its earlier parts read
            # the chooser alike (a grown point's parts are its parts before, in order, and the new one)
            sizes = tuple(_part_sizes(part, i == 0, memo, chooser, ctx, last.states[-1]) for i, part in enumerate(point))
            last.points.append(point)
            last.sizes.append(sizes)
            last.states.append(_ChooserState.of(chooser))
    groups = sum(1 for p in plan.points if p.sections)
    fixed += _GROUP_OVERHEAD * groups
    # … and the lead-ins the render keeps by its count budget (`announce.budget`), which the parts' lengths leave out (a
    # gathered point's lead-in, in _GROUP_OVERHEAD, is kept first: only those the groups leave of the budget), and those
    # it says again without their count when short (`announce.plain_budget`): a 20-minute 全市气象工作会议 of 3,588
    # characters was refused for 12 it would say so (a town's 机构编制 and 机关事务 speeches too)
    if minutes := answers.get("minutes"):
        length = float(str(minutes))
        fixed += _KEPT_LEAD * (max(0, budget(length) - groups) + plain_budget(length))
    measured = _Sizes(fixed, tuple(part for point in last.sizes for part in point))
    sizes_memo.keep(frame, points, measured)
    return measured


# Plans kept measured per draft (`_SizesMemo`); a new draft's answers, seed or replayed choices start afresh.
_KEPT_PLANS = 4096


@dataclass(slots=True)
class _SizesMemo:
    """The plans one draft's length search measured, by their frame and points (the fragments themselves, held, so that
    an id is never another fragment's while kept), for the answers, seed and record they were measured under."""

    answers: dict[str, Any]
    seed: int
    alts: Mapping[str, Mapping[str, int]]
    year: int
    kept: dict[tuple[Any, ...], tuple[tuple[Fragment, ...], list[_Point], _Sizes]] = field(default_factory=dict)
    contexts: dict[int, dict[str, Any]] = field(default_factory=dict)

    def context(self, answers: Mapping[str, Any], n_points: int) -> dict[str, Any]:
        """`estimate_context` for a plan of `n_points`, worked out once per draft (a copy: each measure its own)."""
        if n_points not in self.contexts:
            self.contexts[n_points] = estimate_context(answers, n_points)
        return _Lenient(self.contexts[n_points])

    def find(self, frame: tuple[Fragment, ...], points: list[_Point]) -> _Sizes | None:
        known = self.kept.get(_plan_key(frame, points))
        if known is None:
            return None
        kept_frame, kept_points, sizes = known
        same = all(f is g for f, g in zip(frame, kept_frame, strict=True)) and all(
            _same_point(a, b) for a, b in zip(points, kept_points, strict=True)
        )
        return sizes if same else None

    def keep(self, frame: tuple[Fragment, ...], points: list[_Point], sizes: _Sizes) -> None:
        if len(self.kept) >= _KEPT_PLANS:
            self.kept.clear()
        self.kept[_plan_key(frame, points)] = (frame, list(points), sizes)


def _plan_key(frame: tuple[Fragment, ...], points: list[_Point]) -> tuple[Any, ...]:
    return (tuple(map(id, frame)), *map(_point_key, points))


def _sizes_memo(answers: Mapping[str, Any], plan: Plan, year: int) -> _SizesMemo:
    """This thread's measured plans for these answers, seed and replayed choices (the number of points is in the key)."""
    memo: _SizesMemo | None = getattr(_REC, "sizes", None)
    if memo is None or memo.seed != plan.seed or memo.year != year or memo.alts != plan.alts or memo.answers != dict(answers):
        memo = _REC.sizes = _SizesMemo(dict(answers), plan.seed, plan.alts, year)
    return memo


_Point = tuple[tuple[Fragment, int], ...]  # a point's parts, each with the depth its sub-points are numbered at
_PartSizes = tuple[tuple[int, tuple[int, ...]], ...]


def _part_sizes(
    part: tuple[Fragment, int],
    first: bool,
    memo: _PointMemo,
    chooser: Chooser,
    ctx: Mapping[str, Any],
    state: _ChooserState,
) -> tuple[int, tuple[int, ...]]:
    """One part's lengths: said again from `memo` where the chooser answers its reads alike, else rendered and kept
    (`state`: the chooser's state before the point, which is the state before its `first` part)."""
    unit = (part,)
    known = memo.find(unit, chooser)
    if known is not None:
        known.said_again(chooser)
        return known.sizes[0]
    before = state if first else _ChooserState.of(chooser)
    log = _REC.log = _PointLog()
    try:
        sizes = _point_sizes(unit, ctx)
    finally:
        _REC.log = None
    memo.keep(unit, log, before, chooser, sizes)
    return sizes[0]


def _point_sizes(point: _Point, ctx: Mapping[str, Any]) -> _PartSizes:
    """Each part's own length and its sub-points', rendered with the chooser in force (`_measure`)."""
    sizes = []
    for frag, depth in point:  # a gathered point's sections number their sub-points 1. (no Han)
        # + 1: the part's own number (一、 or （一）)
        texts = [render_text(t, ctx, frag) for t in (frag.heading, frag.text, frag.ending)]
        base = sum(map(count_han, texts)) + 1
        if frag.subpoints:
            # the lead-in into them is no speech: over the count budget a render leaves it out (`announce`), and a
            # plan that counted it came out short of its minutes (the budget's few kept fit within the tolerance)
            base -= lead_chars(texts[1], alone=depth == 2 and frag.series != "section")
        sizes.append((base, tuple(_sub_length(s, ctx, frag, frag.series, depth) for s in frag.subpoints)))
    return tuple(sizes)


# ----- a point measured again after another point changed ------------------------------------------------------------
#
# A section gathered on one point changes what the draft has said before every later point, so `_measure` rendered them
# all again, though a later point's phrasings seldom depend on it. What a point's rendering reads of the chooser is few
# things: whether a clause or run of an alternative it may take was said (`Chooser._choose`), whether a lead-in form was
# (`lead_forms`), whether a block's phrasings were spent (`spent`), and its own fragments' choices. So a point is kept
# with the answers to those reads as they stood and what it said; measured again where the chooser answers every one
# of them alike, it renders as it did (the same choices, the same lengths), and what it said is said again.

_REC = threading.local()  # .log: the `_PointLog` of the point being rendered in this thread, or None
_REC.log = None


class _PointLog:
    """What rendering one point asked of the chooser and what it added."""

    __slots__ = ("asked_said", "asked_runs", "asked_forms", "asked_spent", "heard", "forms", "spent")

    def __init__(self) -> None:
        self.asked_said: set[str] = set()
        self.asked_runs: set[str] = set()
        self.asked_forms: set[str] = set()
        self.asked_spent: set[tuple[str, str]] = set()
        self.heard: list[str] = []
        self.forms: list[str] = []
        self.spent: list[tuple[str, str]] = []


def _log() -> _PointLog | None:
    return getattr(_REC, "log", None)


def _logged_set(asked: str, added: str, doc: str) -> type[set]:  # type: ignore[type-arg]
    """A set class whose reads and additions are logged (in the `_PointLog` fields `asked` and `added`) while a point
    is rendered: the chooser's `lead_forms` and `spent`."""

    class Logged(set):  # type: ignore[type-arg]
        __slots__ = ()
        __doc__ = doc

        def __contains__(self, item: object) -> bool:
            if (log := _log()) is not None:
                getattr(log, asked).add(item)
            return set.__contains__(self, item)

        def add(self, item: Any) -> None:
            if (log := _log()) is not None:
                getattr(log, added).append(item)
            set.add(self, item)

    return Logged


_Forms = _logged_set("asked_forms", "forms", "The chooser's `lead_forms`, logged while a point is rendered.")
_Spent = _logged_set("asked_spent", "spent", "The chooser's `spent`, logged while a point is rendered.")


class _Recorder(Chooser):
    """The measuring chooser: a `Chooser` that logs what rendering asks of the clauses said and what it says."""

    __slots__ = ()

    def _choose(self, fragment_id: str, key: str, count: int, texts: tuple[str, ...] = ()) -> int:
        if texts and (log := _log()) is not None:  # every option it may ask about (a few more than it does)
            said, runs = _options_read(texts)
            log.asked_said.update(said)
            log.asked_runs.update(runs)
        return Chooser._choose(self, fragment_id, key, count, texts)

    def hear(self, text: str) -> None:
        if (log := _log()) is not None:
            log.heard.append(text)
        Chooser.hear(self, text)


@functools.lru_cache(maxsize=4096)
def _options_read(texts: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The clauses and the runs of a block's alternatives together (`_Recorder._choose` logs them at every ask)."""
    return frozenset().union(*map(clauses_of, texts)), frozenset().union(*map(runs_of, texts))


def _recorder(seed: int, alts: Mapping[str, Mapping[str, int]]) -> _Recorder:
    chooser = _Recorder(seed, replay=alts)
    chooser.spent, chooser.lead_forms = _Spent(chooser.spent), _Forms(chooser.lead_forms)
    return chooser


@dataclass(frozen=True, slots=True)
class _Kept:
    """A point as measured: its lengths, what the chooser answered its reads, and what it said."""

    point: _Point
    sizes: _PartSizes
    ids: frozenset[str]
    said_any: bool
    asked: tuple[frozenset[Any], ...]  # said clauses, runs, lead-in forms, spent blocks it asked about …
    answered: tuple[frozenset[Any], ...]  # … and those of them the chooser held before it
    said: frozenset[str]
    runs: frozenset[str]
    forms: frozenset[str]
    spent: frozenset[tuple[str, str]]
    chosen: dict[str, dict[str, int]]
    leads: dict[tuple[str, str], int]

    def answers_alike(self, chooser: Chooser) -> bool:
        """Whether `chooser` answers every read of the point as the chooser it was rendered with did."""
        if bool(chooser.said) != self.said_any or not _untouched(chooser, self.ids):
            return False
        held: tuple[set[Any], ...] = (chooser.said, chooser.runs, chooser.lead_forms, chooser.spent)
        return all(a.intersection(h) == b for a, h, b in zip(self.asked, held, self.answered, strict=True))

    def said_again(self, chooser: Chooser) -> None:
        """What rendering the point adds to the chooser, added."""
        set.update(chooser.said, self.said)
        set.update(chooser.runs, self.runs)
        set.update(chooser.lead_forms, self.forms)
        set.update(chooser.spent, self.spent)
        for fid, blocks in self.chosen.items():
            chooser.chosen[fid] = dict(blocks)
        chooser.leads.update(self.leads)


def _untouched(chooser: Chooser | _ChooserState, ids: frozenset[str]) -> bool:
    """Whether no choice of the point's own fragments was made before it (each fragment is in one point of a plan)."""
    return ids.isdisjoint(chooser.chosen) and not any(fid in ids for fid, _ in chooser.leads)


# Points kept per draft; a new draft's answers, seed or replayed choices start afresh.
_KEPT_POINTS = 4096
_KEPT_STATES = 4  # (the same point measured after other chooser states: the newest few)


@dataclass(slots=True)
class _PointMemo:
    """The points of one draft's length search kept as measured (`_point_memo`), for the answers, seed and record
    they were measured under."""

    answers: dict[str, Any]
    seed: int
    alts: Mapping[str, Mapping[str, int]]
    n_points: int
    year: int
    kept: dict[tuple[int, ...], list[_Kept]] = field(default_factory=dict)

    def find(self, point: _Point, chooser: Chooser) -> _Kept | None:
        for known in self.kept.get(_point_key(point), ()):
            if _same_point(known.point, point) and known.answers_alike(chooser):
                return known
        return None

    def keep(self, point: _Point, log: _PointLog, before: _ChooserState, chooser: Chooser, sizes: _PartSizes) -> None:
        """Keep `point` as rendered from the chooser state `before` (`chooser` now stands after it)."""
        ids = frozenset(frag.id for frag, _ in point)
        if not _untouched(before, ids):
            return
        asked = (frozenset(log.asked_said), frozenset(log.asked_runs), frozenset(log.asked_forms),
                 frozenset(log.asked_spent))  # fmt: skip
        held = (before.said, before.runs, before.lead_forms, before.spent)
        said: set[str] = set()
        runs: set[str] = set()
        for text in log.heard:
            said.update(clauses_of(text))
            runs.update(runs_of(text))
        known = _Kept(
            point, sizes, ids, bool(before.said), asked, tuple(a & h for a, h in zip(asked, held, strict=True)),
            frozenset(said), frozenset(runs), frozenset(log.forms), frozenset(log.spent),
            {fid: dict(chooser.chosen[fid]) for fid in ids if fid in chooser.chosen},
            {k: v for k, v in chooser.leads.items() if k[0] in ids},
        )  # fmt: skip
        if len(self.kept) >= _KEPT_POINTS:
            self.kept.clear()
        states = self.kept.setdefault(_point_key(point), [])
        states.insert(0, known)
        del states[_KEPT_STATES:]


def _point_key(point: _Point) -> tuple[int, ...]:
    return tuple(id(frag) * 4 + depth for frag, depth in point)


def _point_memo(answers: Mapping[str, Any], plan: Plan, year: int) -> _PointMemo:
    """This thread's kept points for a plan of these answers, seed, replayed choices and number of points."""
    memo: _PointMemo | None = getattr(_REC, "memo", None)
    if (
        memo is None or memo.seed != plan.seed or memo.n_points != len(plan.points) or memo.year != year
        or memo.alts != plan.alts or memo.answers != dict(answers)
    ):  # fmt: skip
        memo = _REC.memo = _PointMemo(dict(answers), plan.seed, plan.alts, len(plan.points), year)
    return memo


def _same_point(a: tuple[tuple[Fragment, int], ...], b: tuple[tuple[Fragment, int], ...]) -> bool:
    return len(a) == len(b) and all(f is g and d == e for (f, d), (g, e) in zip(a, b, strict=True))


@dataclass(frozen=True, slots=True)
class _ChooserState:
    """What a chooser has taken and heard at one point of rendering (copied: the chooser goes on)."""

    chosen: dict[str, dict[str, int]]
    leads: dict[tuple[str, str], int]
    said: frozenset[str]
    runs: frozenset[str]
    spent: frozenset[tuple[str, str]]
    lead_forms: frozenset[str]

    @classmethod
    def of(cls, c: Chooser) -> _ChooserState:
        chosen = {k: dict(v) for k, v in c.chosen.items()}
        return cls(chosen, dict(c.leads), frozenset(c.said), frozenset(c.runs), frozenset(c.spent), frozenset(c.lead_forms))

    def restore(self, c: Chooser) -> None:
        c.chosen = {k: dict(v) for k, v in self.chosen.items()}
        c.leads, c.said, c.runs = dict(self.leads), set(self.said), set(self.runs)
        c.spent, c.lead_forms = _Spent(self.spent), _Forms(self.lead_forms)


@dataclass(slots=True)
class _Measured:
    """The last plan measured in this thread: its frame's length, and each point's parts, lengths and the chooser's
    state before it (`states[i]`; the last after every point)."""

    answers: dict[str, Any]
    seed: int
    alts: Mapping[str, Mapping[str, int]]
    n_points: int  # (the frame's 我讲N点意见)
    frame: tuple[Fragment, ...]
    fixed: int
    year: int
    points: list[tuple[tuple[Fragment, int], ...]] = field(default_factory=list)
    sizes: list[tuple[tuple[int, tuple[int, ...]], ...]] = field(default_factory=list)
    states: list[_ChooserState] = field(default_factory=list)

    def frame_of(self, plan: Plan, answers: Mapping[str, Any], frame: tuple[Fragment, ...]) -> bool:
        """Whether `plan` is drawn for the same answers, seed, replayed choices and frame (its points may differ)."""
        return (
            plan.seed == self.seed
            and len(plan.points) == self.n_points
            and len(frame) == len(self.frame)
            and all(f is g for f, g in zip(frame, self.frame, strict=True))
            and plan.alts == self.alts
            and dict(answers) == self.answers
        )


_LAST = threading.local()


def _grow(
    library: Library,
    template: Template,
    answers: Mapping[str, Any],
    rng: random.Random,
    plan: Plan,
    tags: Sequence[str],
    target: float,
) -> Plan:
    """Gather further points as sections until the plan, with every sub-point, reaches `target`.

    任务 points grow first (they carry a speech), 认识 and 保障 at a third of the pace. A meeting named for a part
    of a work (燃气 of 安全生产, 校园安全 of 教育) gathers that part's areas first, as `_gather_tasks` does for a
    speech of no set length, and only when none is left anywhere the whole work's: a 20-minute 燃气 speech gathered
    道路交通 and 应急救援 beside its one 燃气 area, and a 校园安全 one 职业教育 (review22).
    """
    part = kept_parts(str(answers.get("meeting", "")), str(answers.get("work", "")))
    # A part that is a work of its own within its topic (`alone` in topics.yaml): its own areas first, then general
    # ones, and only then the whole work's — a 20-minute 人居环境整治 speech gathered 农民增收, 乡村治理 and 涉农风险 beside
    # its one 人居环境 area (review25). General 认识 and 保障 sections come before general 任务 ones, which say little of
    # it. Other parts (依申请公开 of 政务公开, 群团综合 of 群团) borrow the whole work's areas, still on their work.
    # A meeting on a whole work gathers its work's sections on every point before any general one: a 30-minute 财政
    # speech of two task points held three finance areas and three general ones in each (改革、制度、统筹发展和安全)
    # while its 认识 and 保障 points had finance sections left (review26).
    # An `alone` part borrows none of the whole work's areas at all: a 30-minute 人居环境整治 speech, its own and the
    # general sections spent, deployed 粮食安全 (and a draft a little short of its length is better than that).
    # A part that is not `alone` borrows the whole work's areas on no part first: a 20-minute 信访 speech took 全力打好反诈攻坚战
    # (反诈, another part) beside 矛盾纠纷化解 (the whole work's), review30a.
    # A part long on its own text (`own_length`: 保交房, 县中) takes no general task section at all (review35).
    alone_tiers = (_OWN, _GENERAL_VIEWS) if part & own_length_tags() else (_OWN, _GENERAL_VIEWS, _GENERAL)
    whole_own = _own_length_topic(answers)
    whole_tiers = (_OWN, _GENERAL_GUARDS) if says_own_views(whole_own) else (_OWN, _GENERAL_VIEWS)
    tiers = (alone_tiers if part & alone_tags() else (_OWN, _WHOLE, _ANY)) if part else whole_tiers if whole_own else (_OWN, _ANY)
    # A section on a part of the work its point speaks of already (a second 志愿服务 area) only when no tier has any
    # other: a general section reads better than the same part twice (lead28).
    spent = _spent_memo(library, template, answers, tags)
    while (length := (sizes := _measure(plan, answers)).total([p.keep for p in _parts(plan)])) < target:
        grown = None
        # a section whose heading echoes another's only while the draft is still well short of its length
        echo_ok = length < target * (1 - _ECHO_SHORT)
        memo: dict[tuple[int, bool, bool, bool], tuple[list[Fragment], bool]] = {}  # this plan's options (`grow_plan`)
        for part_twice, tier in ((twice, tier) for twice in (False, True) for tier in tiers):
            if part and tier != _OWN and length >= target * (1 - _PART_REACH):
                continue  # within reach on the part's own areas: borrow none of the whole work's for a few characters
            if spent.spent(plan, tier, echo_ok, part_twice):
                continue  # this plan took no section of this tier before (an earlier trial, or the grow before areas_apart)
            grown = _grow_once(
                library, template, answers, rng, plan, tags, tier, echo_ok, part_twice, _point_lengths(plan, sizes),
                memo,
            )  # fmt: skip
            if grown is not None:
                break
            spent.keep(plan, tier, echo_ok, part_twice)
        if grown is None:
            break
        plan = grown
    plan = _kind_in_file_order(plan)
    # A kind that speaks of its tasks in its own words keeps its own first: a 劳动模范表彰大会 (工会 its part) opened its
    # 希望 point on 扎实办好服务职工的实事, and the work's opener then gathered two more 工会 areas (commend37).
    return _in_file_order(plan, part) if part and "任务" not in plan.template.own_stages else plan


# Plans kept per draft as taking no section (`_SpentMemo`).
_KEPT_SPENT = 4096


@dataclass(slots=True)
class _SpentMemo:
    """The plans of one draft's length search to which `_grow_once` added no section, by tier and flags.

    `_grow_once` draws (`rng.choice`) only when it adds one, and what it may add depends on the plan, the answers, tags,
    library and template alone: asked again of the same plan it finds nothing again, and draws nothing. A 20-minute
    病险水库 draft ran out of its own areas on every trial at about 90% of its length and asked each spent plan every tier
    again, on each of its 160 trials and again after `areas_apart` (fit48)."""

    library: Library
    template: Template
    answers: dict[str, Any]
    tags: tuple[str, ...]
    kept: dict[tuple[Any, ...], Plan] = field(default_factory=dict)

    def spent(self, plan: Plan, tier: str, echo_ok: bool, part_twice: bool) -> bool:
        return (_grown_key(plan), tier, echo_ok, part_twice) in self.kept

    def keep(self, plan: Plan, tier: str, echo_ok: bool, part_twice: bool) -> None:
        if len(self.kept) >= _KEPT_SPENT:
            self.kept.clear()
        self.kept[(_grown_key(plan), tier, echo_ok, part_twice)] = plan  # (held: its objects' ids stay theirs)


def _grown_key(plan: Plan) -> tuple[Any, ...]:
    """What `_grow_once` reads of a plan, by identity: its template, frame, points with their kept sub-points and
    sections, seed, steer and replayed choices."""
    points = tuple(
        (id(p.fragment), p.keep, tuple((id(s.fragment), s.keep, len(s.sections)) for s in p.sections))
        for p in plan.points
    )
    frame = tuple((role, id(f)) for role, f in plan.frame.items())
    alts = tuple((k, tuple(sorted(v.items()))) for k, v in sorted(plan.alts.items()))
    return (id(plan.template), frame, points, plan.seed, id(plan.steer), alts)


def _spent_memo(library: Library, template: Template, answers: Mapping[str, Any], tags: Sequence[str]) -> _SpentMemo:
    """This thread's spent plans for this library, template, answers and tags."""
    memo: _SpentMemo | None = getattr(_REC, "spent", None)
    if (
        memo is None or memo.library is not library or memo.template is not template or memo.tags != tuple(tags)
        or memo.answers != dict(answers)
    ):  # fmt: skip
        memo = _REC.spent = _SpentMemo(library, template, dict(answers), tuple(tags))
    return memo


def _house_tasks(
    library: Library,
    template: Template,
    answers: Mapping[str, Any],
    plan: Plan,
    tags: Sequence[str],
    target: float,
) -> Plan:
    """The plan with a section for each of the user's targets and tasks that none of its 任务 points is about, where the
    library has an area about it and the draft still fits its length with it.

    A 12-minute 乡村振兴 推进会 whose one task point was 和美乡村 said the user's 发展特色种植和农产品加工 as a bare
    （四） of stock sentences, with the 产业 area unused; its problem was 产业链条短 (review31). The user's items choose
    the areas a speech deploys before its length does. Drawn apart from the plan's seed: a plan with nothing to house
    draws as it did.
    """
    items = open_items(plan, answers)
    if not items:
        return plan
    rng = random.Random(f"{draw_seed(plan.seed, answers)}|house")
    while items:
        grown = None
        for index in sorted(_task_indexes(plan), key=lambda i: (len(plan.points[i].parts()), i)):
            if len(plan.points[index].sections) + 1 >= _MAX_SECTIONS:
                continue
            candidate = grow_plan(
                library, template, answers, rng, plan, index, tags, same_work=True, part_twice=False
            )
            if candidate is None or len(left := open_items(candidate, answers)) == len(items):
                continue  # no area of the work about an open item (a section for the length is `_grow`'s)
            if _trim(candidate, answers, target)[1] > target * (1 + _CLOSE):
                continue  # even with two sub-points an area, no room for it at this length
            grown, items = candidate, left
            break
        if grown is None:
            break
        plan = grown
    return plan


def _full_length(plan: Plan, answers: Mapping[str, Any]) -> int:
    """The plan's length with every sub-point it keeps."""
    return _measure(plan, answers).total([p.keep for p in _parts(plan)])


def _task_indexes(plan: Plan) -> list[int]:
    return [i for i, p in enumerate(plan.points) if p.fragment.stage == "任务"]


def _kind_in_file_order(plan: Plan) -> Plan:
    """A point of a stage its kind speaks of in its own words (`own_stages`): its gathered sections as the kind's file
    lists them, after the point that opens it (a 调度会: where the work stands, then what lies ahead, review29a), and the
    work's own after the kind's."""
    kinds = set(plan.template.tags)

    def kind_first(p: PlannedPoint) -> tuple[bool, str, int]:
        return (kinds.isdisjoint(p.fragment.tags), p.fragment.path, p.fragment.line)

    points = []
    for point in plan.points:
        if point.sections and point.fragment.stage in plan.template.own_stages:
            order = sorted(point.sections, key=kind_first)
            if not kinds.isdisjoint(point.fragment.tags) or kinds.isdisjoint(order[0].fragment.tags):
                point = replace(point, sections=tuple(order))
            else:  # the work's own opened it: the kind's lead (a 五四表彰大会's 希望 before 青年创业就业, commend37)
                first, *rest = sorted(point.parts(), key=kind_first)
                point = replace(first, sections=tuple(rest))
        points.append(point)
    return replace(plan, points=tuple(points))


def _in_file_order(plan: Plan, part: frozenset[str]) -> Plan:
    """Each gathered task point of a meeting on a part: the part's areas as its file lists them (燃气 排查整治 before
    经营企业, as `_gather_tasks` lays them out), then any area borrowed from the whole work."""
    points = []
    for point in plan.points:
        if point.fragment.stage == "任务" and point.sections:
            first, *rest = sorted(
                point.parts(), key=lambda p: (part.isdisjoint(p.fragment.tags), p.fragment.path, p.fragment.line)
            )
            point = replace(first, sections=tuple(rest))
        points.append(point)
    # … and the task points so too: a 20-minute 两委换届 speech deployed 监督委员会 and 换届期间的工作 as 二、 before
    # 选好带头人, 资格联审 and 选举程序 as 三、 (review35)
    slots = [i for i, p in enumerate(points) if p.fragment.stage == "任务"]
    tasks = sorted(
        (points[i] for i in slots),
        key=lambda p: (part.isdisjoint(p.fragment.tags), p.fragment.path, p.fragment.line),
    )
    for i, task in zip(slots, tasks, strict=True):
        points[i] = task
    return replace(plan, points=tuple(points))


# A task point grown for the length holds one of the areas its work's file lists first, as `plan._gather_tasks` does for
# a speech of no set length: a 20-minute 全省卫生健康工作会议 deployed 公共卫生, 心理健康 and 职业健康 and not a word on
# 医共体, 公立医院 or 基层 (review32b).
_LEAD_AREAS = 3
# … and by its second area one of its work's areas tagged 主干 (社会救助 for 民政), as `plan._gather_tasks` gathers them:
# 20- and 30-minute 民政 speeches deployed 养老, 儿童福利 and 社会组织 and not a word on 社会救助 (review33b).
# A meeting on a part holds its part's 主干 area too, where it has one (only its own areas are drawn here): an 8-minute
# 全乡农村人居环境整治工作推进会 deployed 规划、公共设施、集镇 and not a word on 厕所、垃圾、污水 (reader49).
_CORE_BY = 2


def _grow_once(
    library: Library,
    template: Template,
    answers: Mapping[str, Any],
    rng: random.Random,
    plan: Plan,
    tags: Sequence[str],
    tier: str,
    echo_ok: bool = True,
    part_twice: bool = True,
    lengths: Sequence[int] = (),
    memo: dict[tuple[int, bool, bool, bool], tuple[list[Fragment], bool]] | None = None,
) -> Plan | None:
    """The plan with one more section on the first point (in growth order) that takes one, or None.

    `tier` says which sections may come: the part's own (`_OWN`), general ones on 认识 and 保障 points only
    (`_GENERAL_VIEWS`), general ones anywhere (`_GENERAL`), or any (`_ANY`).
    """
    same_work, general = tier == _OWN, tier in (_GENERAL_VIEWS, _GENERAL, _GENERAL_GUARDS)
    tasks = sum(p.fragment.stage == "任务" for p in plan.points)
    lengths = lengths or [0] * len(plan.points)
    order = sorted(range(len(plan.points)), key=lambda i: _growth_order(plan.points[i], i, lengths[i], tasks))
    if tier == _GENERAL_VIEWS:  # a general 任务 area says little of the part's work (聚焦重点难点，奋力开创…新局面)
        order = [i for i in order if plan.points[i].fragment.stage != "任务"]
    elif tier == _GENERAL_GUARDS:
        order = [i for i in order if plan.points[i].fragment.stage == "保障"]
    elif tier == _GENERAL:  # … so a general section goes to a 认识 or 保障 point first, while one takes it (review30a)
        order = sorted(order, key=lambda i: plan.points[i].fragment.stage == "任务")
    if tier == _ANY and plan.template.own_stages:
        # A kind that speaks in its own words (调度会, 总结会) deploys its work's areas and no general one: a 30-minute
        # 全镇防汛工作调度会, the four flood areas a 镇 takes spent, deployed 抓实关键环节，以点带面推动防汛工作 as a fifth
        # (lead32, after review32's flood text said less for a place without a date); a little short reads better.
        # A kind that speaks of its tasks in its own words too (欢送会: 临别的希望和嘱托) grows them with its own sections.
        own = plan.template.own_stages
        order = [i for i in order if plan.points[i].fragment.stage != "任务" or "任务" in own]
    # First a section whose heading is new on any point, then the least echoing one (a 30-minute draft still forms).
    passes = [(new_heading, order) for new_heading in ((True, False) if echo_ok else (True,))]
    if _short_speech(answers) and _tasks_short(plan, lengths):
        # … but a short speech whose tasks hold under half of it grows its tasks first, at either pass: a 10-minute
        # 自然资源 speech, its one task area's next ones echoing a heading, gathered three 认识 sections (share45)
        first = [i for i in order if plan.points[i].fragment.stage == "任务"]
        passes = [(h, first) for h, _ in passes] + [(h, [i for i in o if i not in first]) for h, o in passes]
    for new_heading, indexes in passes:
        for index in indexes:
            point = plan.points[index]
            if len(point.sections) + 1 >= _MAX_SECTIONS:
                continue
            if point.fragment.stage != "任务" and len(point.parts()) >= _MAX_VIEW_PARTS:
                continue
            own_task = same_work and point.fragment.stage == "任务"
            grown = grow_plan(
                library, template, answers, rng, plan, index, tags,
                same_work=same_work, general=general, new_heading=new_heading, part_twice=part_twice,
                unparted=tier == _WHOLE, lead=_LEAD_AREAS if own_task else 0,
                last=own_task and len(point.parts()) + 1 >= _CORE_BY, memo=memo,
            )  # fmt: skip
            if grown is not None:
                return grown
    return None


# How much longer than a 认识 or 保障 point the 任务 points of a speech run together: three times (60% of a speech of three
# points). Counted by sections, a 20-minute 调度会 gave its one 任务 point nine-tenths of the speech, the kind's own
# 认识 and 保障 points being a few short sub-points each (review30a).
_TASK_WEIGHT = 3.0


def _tasks_short(plan: Plan, lengths: Sequence[int]) -> bool:
    """Whether the plan's 任务 points hold under `SHORT_TASK_FLOOR` of its points' `lengths` (and it has others)."""
    own = sum(n for p, n in zip(plan.points, lengths, strict=True) if p.fragment.stage == "任务")
    return 0 < own < SHORT_TASK_FLOOR * sum(lengths)


def _growth_order(point: PlannedPoint, index: int, length: int = 0, tasks: int = 1) -> tuple[float, bool, int]:
    """The point that grows first: the shortest for its stage, a 任务 point counting a share of `_TASK_WEIGHT` (never
    less than a view's half again)."""
    is_task = point.fragment.stage == "任务"
    weight = max(1.5, _TASK_WEIGHT / max(tasks, 1)) if is_task else 1.0
    return (length / weight, not is_task, index)


def _point_lengths(plan: Plan, sizes: _Sizes) -> list[int]:
    """Each point's length with all its sub-points (its parts' in `_parts` order, summed per point)."""
    lengths, it = [], iter(sizes.parts)
    for point in plan.points:
        lengths.append(sum(base + sum(subs) for base, subs in (next(it) for _ in point.parts())))
    return lengths


def kept_point_lengths(plan: Plan, answers: Mapping[str, Any]) -> list[int]:
    """Each point's estimated Han characters with the sub-points and sections it keeps, in plan order."""
    sizes = _measure(plan, answers)
    kept = iter(zip(_parts(plan), sizes.parts, strict=True))
    lengths = []
    for point in plan.points:
        parts = [next(kept) for _ in point.parts()]
        lengths.append(sum(base + sum(subs[i] for i in part.keep) for part, (base, subs) in parts))
    return lengths


def _trim(plan: Plan, answers: Mapping[str, Any], target: float) -> tuple[Plan, float]:
    """Drop sub-points (keeping at least two per point or section) to bring the length near `target`."""
    sizes = _measure(plan, answers)
    parts = _parts(plan)
    keep = [list(p.keep) for p in parts]
    tasks = [p.fragment.stage == "任务" for p in parts]
    # … nor one the user's problems name: 部分企业主体责任落实不到位, and 三、健全安全生产责任体系 cut 落实企业主体责任.
    asked = user_items(answers, ("targets", "tasks", "problems"))
    named = [named_by_heading(p.fragment) | asked_by_heading(p.fragment, *asked) for p in parts]
    brief = [p.fragment.stage in plan.template.brief_stages for p in parts]
    # An overview's sub-points are its work's main matters, a paragraph each: cut only when nothing else can be (a
    # 10-minute 生态环境 speech kept 守护蓝天 and 督察整改 of its overview, 碧水 and 净土 cut, its 认识 point whole, echo43).
    overview = [OVERVIEW_TAG in p.fragment.tags for p in parts]
    length = sizes.total(keep)
    while length > target:
        # Among cuts that come about as near, cut 认识 and 保障 before 任务 (the body of a speech). A sub-point the
        # point's heading names stays: 三、建强监管队伍，抓好宣传教育 lost its 宣传教育 sub-point (review25).
        options = [
            (abs(length - sizes.parts[pi][1][si] - target) // 100, tasks[pi], abs(length - sizes.parts[pi][1][si] - target), pi, si)
            for pi, k in enumerate(keep) if len(k) > 2 for si in k if si not in named[pi]
            if not (tasks[pi] and any(brief) and _brief_over(sizes, keep, brief, pi, si))
            and not (tasks[pi] and _tasks_under(sizes, keep, tasks, pi, si))
        ]  # fmt: skip
        if not options:
            break
        cut = min(options)
        if overview[cut[3]] or (tasks[cut[3]] and _tasks_under(sizes, keep, tasks, -1, -1)):
            # another part's sub-point first, if one brings it nearer at all
            cut = min((o for o in options if not overview[o[3]] and not tasks[o[3]] and o[2] < abs(length - target)),
                      default=cut)  # fmt: skip
        _, _, miss, pi, si = cut
        if miss >= abs(length - target):
            break
        keep[pi].remove(si)
        length = sizes.total(keep)
    if _short_speech(answers) and any(tasks) and not all(tasks):
        # (the length before it, for the search: a plan whose views were cut on purpose ranks as near as it came, or a
        # 12-minute 民政 speech took a plan that cut its overview's 婚姻殡葬 area over one shortened for its tasks)
        _views_cut(plan, sizes, keep, tasks, named, target, length)
    return _with_keep(plan, keep), length


# A speech of this many minutes or fewer is mostly what to do: its 任务 points hold at least this share of the points.
# A 10-minute 全市生态环境工作会议 gave its 认识 point three paragraphs, its tasks four one-paragraph areas and its 保障
# point two sections, a third each; a 10-minute 自然资源 one 17% to its tasks (share45).
SHORT_MINUTES = 12
SHORT_TASK_FLOOR = 0.5
# … for which a short speech's 认识 and 保障 sub-points are cut while it keeps this share of its length at least (inside
# the ±10% of `_TOLERANCE` by a margin for the estimate, which the rendered draft misses by a few characters).
_SHORT_LEAST = 0.92


def _short_speech(answers: Mapping[str, Any]) -> bool:
    minutes = answers.get("minutes")
    return minutes is not None and 0 < float(minutes) <= SHORT_MINUTES


def _views_cut(
    plan: Plan,
    sizes: _Sizes,
    keep: list[list[int]],
    tasks: Sequence[bool],
    named: Sequence[frozenset[int]],
    target: float,
    length: int,
) -> None:
    """Cut 认识 and 保障 sub-points of a short speech whose 任务 points hold under `SHORT_TASK_FLOOR` of the points, the
    longest first, while the draft keeps `_SHORT_LEAST` of `target`: a short speech says why and how briefly and what to
    do at length. A point keeps two sub-points (none its heading names goes); a gathered section whose own text says
    two sentences or more is said by it alone, its sub-points cut together (a 10-minute 自然资源 speech's 认识 point
    held three sections of three sub-points each, share45)."""
    heads = list(itertools.accumulate((len(p.parts()) for p in plan.points), initial=0))
    sections = set(range(heads[-1])) - set(heads)
    said = [first_sentences(part.fragment.text) >= 2 for part in _parts(plan)]
    # (a heading that lists what it holds keeps it: 三、把用地、用能、用工、资金保障到位 lost 资金 to a 10-minute 经济 speech)
    listed = ["、" in part.fragment.heading for part in _parts(plan)]
    while not _share_reached(sizes, keep, tasks):
        options: list[tuple[int, int, tuple[int, ...]]] = []
        for pi, k in enumerate(keep):
            if tasks[pi] or not k or listed[pi]:
                continue
            if len(k) > 2:
                options += [(sizes.parts[pi][1][si], pi, (si,)) for si in k if si not in named[pi]]
            elif pi in sections and said[pi] and not named[pi] & set(k):
                options.append((sum(sizes.parts[pi][1][si] for si in k), pi, tuple(k)))
        options = [o for o in options if length - o[0] >= target * _SHORT_LEAST]
        if not options:
            break
        _, pi, cut = max(options)
        keep[pi] = [i for i in keep[pi] if i not in cut]
        length = sizes.total(keep)


def _share_reached(sizes: _Sizes, keep: Sequence[Sequence[int]], tasks: Sequence[bool]) -> bool:
    lengths = _lengths_without(sizes, keep, -1, -1)
    return sum(n for n, t in zip(lengths, tasks, strict=True) if t) >= SHORT_TASK_FLOOR * sum(lengths)


def _tasks_under(sizes: _Sizes, keep: Sequence[Sequence[int]], tasks: Sequence[bool], pi: int, si: int) -> bool:
    """Whether the 任务 parts would hold less than `TASK_FLOOR` of the points with sub-point `si` of part `pi` cut (none
    cut: -1), where the plan has other points beside them."""
    lengths = _lengths_without(sizes, keep, pi, si)
    own, total = sum(n for n, t in zip(lengths, tasks, strict=True) if t), sum(lengths)
    return 0 < own < total and own < TASK_FLOOR * total


def _brief_over(sizes: _Sizes, keep: Sequence[Sequence[int]], brief: Sequence[bool], pi: int, si: int) -> bool:
    """Whether the stages a kind keeps short would run over `BRIEF_SHARE` of the points with sub-point `si` of part
    `pi` cut: a 任务 sub-point cut for length made an 8-minute 安全生产视频会议's 认识 35.7% of it (review36b)."""
    lengths = _lengths_without(sizes, keep, pi, si)
    return sum(n for n, b in zip(lengths, brief, strict=True) if b) > BRIEF_SHARE * sum(lengths)


def _lengths_without(sizes: _Sizes, keep: Sequence[Sequence[int]], pi: int, si: int) -> list[int]:
    """Each part's length with the sub-points `keep` holds, sub-point `si` of part `pi` cut (none: -1)."""
    parts = enumerate(zip(sizes.parts, keep, strict=True))
    return [base + sum(subs[i] for i in k if (p, i) != (pi, si)) for p, ((base, subs), k) in parts]


_JINJA = re.compile(r"\{%.*?%\}|\{\{.*?\}\}")
# Words of four characters a heading shares with a sub-point's without naming it (加强, 安全生产 is the work itself).
_NAMED_RUN = 4


@functools.lru_cache(maxsize=2048)
def named_by_heading(fragment: Fragment) -> frozenset[int]:
    """Sub-points whose heading shares a four-character word with the point's heading in any phrasing (建强监管队伍，
    抓好宣传教育 and 深入开展安全宣传教育), the work's own name aside: the heading promises them."""
    heading = _JINJA.sub("|", fragment.heading)
    work_words = {t for t in fragment.tags if len(t) >= _NAMED_RUN}
    runs = {
        heading[i : i + _NAMED_RUN] for i in range(len(heading) - _NAMED_RUN + 1)
    } - {w[j : j + _NAMED_RUN] for w in work_words for j in range(len(w) - _NAMED_RUN + 1)}
    runs = {r for r in runs if "|" not in r and not any(c in r for c in "，、。；")}
    return frozenset(
        i for i, sub in enumerate(fragment.subpoints) if any(r in _JINJA.sub("|", sub.heading) for r in runs)
    )


def _with_keep(plan: Plan, keep: list[list[int]]) -> Plan:
    """The plan with each part's kept sub-points replaced, in `_parts` order."""
    it = iter(keep)
    points = []
    for point in plan.points:
        head = replace(point, keep=tuple(next(it)))
        sections = tuple(replace(s, keep=tuple(next(it))) for s in point.sections)
        points.append(replace(head, sections=sections))
    return replace(plan, points=tuple(points))


def _sub_length(sub: SubPoint, ctx: Mapping[str, Any], frag: Fragment, series: str, depth: int) -> int:
    """A sub-point's Han characters with its number as `assemble._mark` writes it: （一） has one, 1. none, 一是 two
    (a flat 3 for every number put a 20-minute draft of gathered points ~100 characters above its text, review26)."""
    mark = (1 if depth == 2 else 0) if series == "section" else 2
    return (
        mark
        + count_han(render_text(sub.heading, ctx, frag, group="subheadings"))
        + count_han(render_text(sub.text, ctx, frag))
        + sum(_sub_length(i, ctx, frag, sub.series, 2) for i in sub.items)
    )


def estimate_context(answers: Mapping[str, Any], n_points: int) -> dict[str, Any]:
    """A render context for length estimates: unknown answers stand in as 某某."""
    ctx: dict[str, Any] = {name: "某某" for name in STANDARD_VARIABLES}
    ctx.update({"plans": [], "targets": []})
    ctx.update(answers)
    ctx.update(helpers(answers, n_points, 3))
    if not isinstance(ctx.get("work"), str):
        ctx["work"] = "某某工作"
    return _Lenient(ctx)


class _Lenient(dict):  # type: ignore[type-arg]
    """A context mapping that answers 某某 for names the estimate does not know yet."""

    def __missing__(self, key: str) -> str:
        return "某某"
