"""Plan a draft (fit it to a length when asked) and tell which answers it still needs."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from drafter.errors import UsageError
from drafter.features import place_features
from drafter.library import STANDARD_VARIABLES, Library, fragment_texts, used_variables
from drafter.limits import MAX_MINUTES
from drafter.meeting import seasons_of
from drafter.model import Fragment, Role, SubPoint, Template, Variable
from drafter.render.apart import areas_apart, han_runs, recognition_apart, subpoints_apart
from drafter.render.closeness import remembered
from drafter.render.fit import BRIEF_SHARE, fit_minutes, named_by_heading, stage_share
from drafter.render.ideas import key_phrase_test
from drafter.render.select import (
    Plan,
    PlannedPoint,
    choose_plan,
    draw_seed,
    fragment_topics,
    grow_plan,
    heads_of_files,
    planned,
    point_stages,
    preferences_kept,
)
from drafter.render.steer import NO_STEER, Steer
from drafter.render.values import DEFAULT_RATE
from drafter.topics import named_parts, own_parts, part_tags


def plan_draft(
    library: Library,
    template: Template,
    answers: Mapping[str, Any],
    *,
    seed: int,
    picks: Iterable[str] = (),
    tags: Sequence[str] = (),
    rate: int = DEFAULT_RATE,
    steer: Steer = NO_STEER,
) -> Plan:
    """Choose the fragments of a draft (seeded), fitting `minutes` when it is answered.

    Which fragments repeat each other is remembered between drafts (`closeness`).

    Raises:
        UsageError: a bad --points/--pick, or a length that the library cannot reach.
        LibraryError: too few fragments for a role or stage.
    """
    with remembered(library.roots or (library.root,), lambda: library.whole().fragments, library.content), preferences_kept():
        return _plan(library, template, answers, seed, picks, tags, rate, steer)


def _plan(
    library: Library,
    template: Template,
    answers: Mapping[str, Any],
    seed: int,
    picks: Iterable[str],
    tags: Sequence[str],
    rate: int,
    steer: Steer,
) -> Plan:
    picked = [library.get(pid) for pid in picks]
    n_points = answers.get("points")
    if n_points is not None and not template.min_points <= n_points <= template.max_points:
        raise UsageError(
            f"要点数应在 {template.min_points}–{template.max_points} 之间，而不是 {n_points}"
        )
    minutes = answers.get("minutes")
    if minutes is not None and not 1 <= minutes <= MAX_MINUTES:
        raise UsageError(f"讲话时长应在 1–{MAX_MINUTES} 分钟之间，而不是 {minutes}",
                         hint="常见的讲话为 10 到 30 分钟；不限时长时不加 --minutes。")  # fmt: skip
    if not minutes:
        count = n_points or template.default_points
        rng = random.Random(draw_seed(seed, answers))
        gather = n_points is None and template.gather > 1
        # Picked task points beyond the plan's one task slot are areas it gathers (an update or a swap keeps
        # every recorded area of a gathered point, and a user may pick two areas for one speech); a kind short on
        # 认识 gathers them as `_brief_views` does.
        extra = _extra_task_picks(template, count, picked) if gather or template.brief_stages else []
        picked = [f for f in picked if f not in extra]
        plan = choose_plan(library, template, answers, rng, count, picked, tags, seed, steer)
        if gather:
            plan = _gather_tasks(library, template, answers, rng, plan, tags, extra)
        plan = recognition_apart(library, template, answers, plan, tags, picked)
        plan = areas_apart(library, subpoints_apart(plan, answers), answers)
        return _brief_views(library, template, answers, rng, plan, tags, extra)
    steer = replace(steer, expected_chars=minutes * rate)
    plan = fit_minutes(library, template, answers, seed, picked, tags, minutes * rate, rate, steer)
    return _in_writers_order(library, answers, plan)


def _in_writers_order(library: Library, answers: Mapping[str, Any], plan: Plan) -> Plan:
    """Each gathered task point of a plan fit to minutes, in the order `_gather_tasks` lays areas out: the area drawn
    first leads only when a writer would open on it (`_keeps_first`), the others follow as their work's file lists
    them, areas about no work last. A 20-minute 乡村振兴 speech said 粮食安全始终居于首位 in its third area, after
    城乡融合 and 涉农风险 (review26). A meeting on a part is ordered by `fit` already."""
    if own_parts(str(answers.get("meeting", "")), str(answers.get("work", ""))):
        return plan
    if "任务" in plan.template.own_stages:  # a kind's own hopes first, the work's one area last (表彰大会, commend37)
        return plan
    points = []
    for point in plan.points:
        if point.fragment.stage == "任务" and point.sections:
            first, *areas = point.parts()
            if not _keeps_first(library, answers, point):
                first, *areas = sorted(point.parts(), key=_file_order)
            point = replace(first, sections=tuple(sorted(areas, key=_file_order)))
        points.append(point)
    return replace(plan, points=tuple(points))


def _file_order(part: PlannedPoint) -> tuple[bool, str, int]:
    """A gathered area's place: a work's areas as its file lists them, areas about no work after them."""
    return (not fragment_topics(part.fragment), part.fragment.path, part.fragment.line)


# A gathered section keeps at most this many sub-points: three areas of three make a speech of usual length.
_SECTION_SUBS = 3
# One of the areas a work's file lists first (粮食安全, 防返贫, 产业 for 乡村振兴) is among the gathered ones.
_LEAD_AREAS = 3


# Sub-points a point of a stage its kind keeps short keeps (`Template.brief_stages`), and the share of the points such
# points may run to before the 任务 point gathers one more area of the work.
_BRIEF_SUBS = 2
_BRIEF_SHARE = BRIEF_SHARE


def _brief_views(
    library: Library, template: Template, answers: Mapping[str, Any], rng: random.Random, plan: Plan,
    tags: Sequence[str], picked: Sequence[Fragment] = (),
) -> Plan:
    """The plan with each point of a stage its kind keeps short (`brief_stages`) cut to `_BRIEF_SUBS` sub-points (those
    its heading names, then the first: 形势 before 短板, as the point lays them out) and no section; when such points still run over
    `_BRIEF_SHARE` of the points, the one 任务 point gathers one more area of the work, its heading new to the plan
    (only one: a second held 灾后恢复重建 at a 防汛 视频会议 called before the rain), or the `picked` ones (an update or a
    swap keeps the area its record holds).

    A 防汛 视频会议 at 鼓楼区 spent 705 of 1,436 characters on 认识 (天气形势、工程欠账、基层能力) and 347 on 预警叫应、转移、
    巡查 (review36b). Two sub-points alone left 认识 near half the points; the deployment the meeting is called for
    keeps every sub-point it has (预警要叫应到人 is one: review35) and leads the gathered point, an area gathered after
    it keeps two (a teleconference stays short).
    """  # fmt: skip
    brief = template.brief_stages
    if not brief:
        return plan
    points = []
    for point in plan.points:
        if point.fragment.stage in brief:
            named = named_by_heading(point.fragment)
            first = sorted(point.keep, key=lambda i: (i not in named, i))[:_BRIEF_SUBS]
            point = replace(point, keep=tuple(i for i in point.keep if i in first), sections=())
        points.append(point)
    plan = replace(plan, points=tuple(points))
    tasks = [i for i, p in enumerate(plan.points) if p.fragment.stage == "任务"]
    if len(tasks) != 1 or (not picked and _brief_share(plan, answers) <= _BRIEF_SHARE):
        return plan
    index = tasks[0]
    if picked:
        point = replace(plan.points[index], sections=tuple(planned(f, answers) for f in picked))
        grown: Plan | None = replace(plan, points=(*plan.points[:index], point, *plan.points[index + 1 :]))
    else:
        grown = grow_plan(
            library, template, answers, rng, plan, index, tags, lead=_LEAD_AREAS, same_work=True, new_heading=True,
            part_twice=False,
        )  # fmt: skip
    if grown is None:
        return plan
    # the area gathered keeps two sub-points: the deployment the meeting is called for is the body
    point = grown.points[index]
    place = str(answers.get("place", ""))
    point = replace(point, sections=tuple(replace(p, keep=_subs_apart(library, p, point, place)) for p in point.sections))
    return areas_apart(library, replace(grown, points=(*grown.points[:index], point, *grown.points[index + 1 :])), answers)


def _subs_apart(library: Library, area: PlannedPoint, lead: PlannedPoint, place: str) -> tuple[int, ...]:
    """`_BRIEF_SUBS` of a gathered area's sub-points, in their order, drawn by the place (`_some_subs`), those that say a
    phrase of the point it is gathered under again last: a 防汛 电视电话会议 said 发现险情早报告、早处置，把险情消灭在萌芽
    状态 in 巡查抢险要到点到位 and again in the 堤防 area's 盯紧堤防巡查和险情处置."""
    rare = key_phrase_test(library)
    said = {r for r in _han_runs(lead.fragment.heading, lead.fragment.text,
                                  *(_subs_text(lead.fragment.subpoints[i]) for i in lead.keep)) if rare(r)}  # fmt: skip
    subs = area.fragment.subpoints
    drawn = random.Random(f"{place}|{area.fragment.id}").sample(area.keep, len(area.keep))
    ranked = sorted(area.keep, key=lambda i: (len(_han_runs(_subs_text(subs[i])) & said) >= _ECHO_RUNS, drawn.index(i)))
    return tuple(sorted(ranked[:_BRIEF_SUBS]))


# Key phrases (4-character runs said in few places) a sub-point shares with another part to say a phrase of it again:
# three are a phrase of six characters (把险情消灭在萌芽); 要在岗在位 alone is no echo.
_ECHO_RUNS = 3


def _subs_text(sub: SubPoint) -> str:
    """A sub-point's heading and text (its Jinja left in)."""
    return f"{sub.heading}|{sub.text}"


def _han_runs(*texts: str) -> frozenset[str]:
    """The four-character runs of Han characters in `texts` (apart.han_runs of each)."""
    return frozenset().union(*(han_runs(t or "") for t in texts))


def _brief_share(plan: Plan, answers: Mapping[str, Any]) -> float:
    """The share of the points' length the points of a stage its kind keeps short run to."""
    return stage_share(plan, answers, plan.template.brief_stages)


def _extra_task_picks(template: Template, count: int, picked: Sequence[Fragment]) -> list[Fragment]:
    """Picked 任务 points beyond the task slots of a plan of `count` points, in the order picked."""
    slots = point_stages(template, count).count("任务")
    tasks = [f for f in picked if f.role == Role.POINT and f.stage == "任务"]
    return tasks[slots:] if slots == 1 else []


def _gather_tasks(
    library: Library, template: Template, answers: Mapping[str, Any], rng: random.Random, plan: Plan,
    tags: Sequence[str], picked: Sequence[Fragment] = (),
) -> Plan:
    """The speech's one 任务 point gathers up to `template.gather` task areas of the work as （一）（二） sections.

    A 工作会议 speech of three points (认识、任务、保障) whose 任务 point spoke of one area only (防汛 speeches of
    救援力量 alone, never of 监测预警 or 抗旱) left out most of what the meeting is for. Each area keeps its first
    sub-points (at most _SECTION_SUBS, drawn by place in their order); a work with one area, or a level with fewer, keeps what it has. A part
    the meeting's name says (抗旱 of 防汛抗旱) gets an area when the library has one, and so does one of the
    areas the work's file lists first when none of them was drawn. The area drawn first (by the rules for the
    one task point: the core of the work, the user's tasks) opens the point unless it is none of those first
    areas and one of them was gathered (`_keeps_first`); the others follow in the order the library lists
    them, a part the name says last (防汛, then 抗旱).
    """  # fmt: skip
    tasks = [i for i, p in enumerate(plan.points) if p.fragment.stage == "任务"]
    if len(tasks) != 1:
        return plan
    index = tasks[0]
    point = plan.points[index]
    if picked:
        point = replace(point, sections=tuple(planned(f, answers) for f in picked))
        plan = replace(plan, points=(*plan.points[:index], point, *plan.points[index + 1 :]))
    names = (str(answers.get("meeting", "")), str(answers.get("work", "")))
    named = named_parts(*names)
    while len(plan.points[index].parts()) < template.gather:
        last = len(plan.points[index].parts()) + 1 >= template.gather
        grown = grow_plan(
            library, template, answers, rng, plan, index, tags, named, lead=_LEAD_AREAS, same_work=True, last=last,
            part_twice=False,
        )  # fmt: skip
        if grown is None:
            break
        plan = grown
    point = plan.points[index]
    if not point.sections:
        return plan
    # In the library's order (a work's file lists its areas as a writer does: before, during, after the flood),
    # a part the name says after the others, as the name says it (防汛, then 抗旱).
    # The area drawn first keeps its place: it was chosen by the rules for a plan's one task point (the core of
    # the work, the user's tasks, a season's first job).
    first, *areas = point.parts()
    if not _keeps_first(library, answers, point):
        first, *areas = sorted(point.parts(), key=lambda p: (p.fragment.path, p.fragment.line))
    parts = [first, *sorted(areas, key=lambda p: (bool(named.intersection(p.fragment.tags)), p.fragment.path, p.fragment.line))]
    # Which three of an area's sub-points, by place and in their order: two counties at one meeting say different
    # things, not each area's first three.
    parts = [replace(p, keep=_some_subs(p, str(answers.get("place", "")))) for p in parts]
    gathered = replace(parts[0], sections=tuple(parts[1:]))
    return replace(plan, points=(*plan.points[:index], gathered, *plan.points[index + 1 :]))


def _keeps_first(library: Library, answers: Mapping[str, Any], point: PlannedPoint) -> bool:
    """Whether the area drawn first opens the gathered point: it is one of the areas its work's file lists first
    (not one on a part: 征兵 opens no 国防动员 speech), or none of those was gathered, or it is the job of the season
    the meeting is held in. A 乡村振兴 推进会 opened on
    涉农风险 (drawn as the work's core) before 防返贫: a writer opens on a main area and keeps the 底线 for later."""
    first = point.fragment
    if seasons_of(str(answers.get("meeting", "")), str(answers.get("date", ""))).intersection(first.tags):
        return True  # a season's first job opens a meeting held for it (秋冬季安全生产: 森林防火, 取暖, 团雾)
    if place_features(answers).intersection(first.tags):
        return True  # a place's own area opens it: 城区山体绿地 for 鼓楼区's 森林防火 meeting, not 严管野外火源 (review33)
    if own_parts(str(answers.get("meeting", "")), str(answers.get("work", ""))):
        return False  # a meeting on a part (燃气, 征兵): its areas as the file lists them (排查整治 before 经营企业)
    parts = part_tags(str(answers.get("meeting", "")), str(answers.get("work", "")))
    own = [f for f in library.by_role(Role.POINT) if f.path == first.path and f.stage == "任务" and f.source is not None
           and f.source.is_authored]  # fmt: skip
    # An area on a part leads no speech (征兵: six areas in the 国防动员 file; 道路交通, 节能), except the file's first
    # area when it alone serves its part: 粮食安全 (tagged 耕地) is the core of 乡村振兴, and 古楼乡 put 绿色 before it
    # (review20).
    counts = Counter(t for f in own for t in parts.intersection(f.tags))
    core = min(own, key=lambda f: f.line, default=None)
    own = [f for f in own if not parts.intersection(f.tags)
           or (f is core and all(counts[t] == 1 for t in parts.intersection(f.tags)))]  # fmt: skip
    heads = heads_of_files(own, _LEAD_AREAS)
    return first in heads or not heads.intersection(p.fragment for p in point.sections)


def _some_subs(point: PlannedPoint, place: str) -> tuple[int, ...]:
    """At most _SECTION_SUBS of a gathered area's sub-points, in their order, drawn by the place and the fragment
    alone: two counties say different things, and a swap or update that keeps the area (and moves the seed on)
    keeps the same three."""
    draw = random.Random(f"{place}|{point.fragment.id}")
    return tuple(sorted(draw.sample(point.keep, min(len(point.keep), _SECTION_SUBS))))


def plan_variables(plan: Plan) -> list[Variable]:
    """Variables the plan's template and fragments actually use, in the order the speech uses them."""
    found: dict[str, Variable] = {}

    def add(names: Iterable[str], declared: Iterable[Variable]) -> None:
        own = {v.name: v for v in declared}
        for name in [*own, *sorted(names)]:
            var = own.get(name) or STANDARD_VARIABLES.get(name)
            if var is not None and name not in found and (name in names or name in own):
                found[name] = var

    add(["place", "level", "meeting"], [])
    add(used_variables([plan.template.skeleton]), plan.template.variables)
    for frag in plan.fragments():
        add(used_variables(fragment_texts(frag)), frag.variables)
    return list(found.values())


def missing_variables(plan: Plan, answers: Mapping[str, Any]) -> list[Variable]:
    """Required variables of the plan that have neither an answer nor a default."""
    return [
        v for v in plan_variables(plan)
        if v.name not in answers and v.default is None and v.required
    ]  # fmt: skip
