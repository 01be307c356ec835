"""Assemble a speech from fragments: answers, selection, length fitting, sandboxed rendering.

The flow is `resolve_answers` → `plan_draft` (which fragments, which sub-points)
→ `missing_variables` (what the user still has to answer) → `render_plan`.
`render_draft` runs them in one call for library users.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from drafter import __version__
from drafter.errors import LibraryError, RenderError, UsageError
from drafter.library import STANDARD_VARIABLES, Library, fragment_texts, used_variables
from drafter.model import (
    Draft,
    Fragment,
    FragmentUse,
    Role,
    SubPoint,
    Template,
    Variable,
    VarType,
)
from drafter.text import (
    LEVELS,
    cn_number,
    count_han,
    count_word,
    ensure_sentence_end,
    level_of_place,
    level_words,
    split_sentences,
    upper_words,
)

DEFAULT_RATE = 200
FRAME_ROLES = (Role.TITLE, Role.SALUTATION, Role.OPENING, Role.ACKNOWLEDGEMENT, Role.TRANSITION, Role.CLOSING)
TOPIC_TAGS = ("妇女儿童", "维权", "通用")
KIND_TAGS = ("工作会议", "联席会议")
_WOMEN_WORDS = ("妇女", "儿童", "妇儿", "妇联", "维权")
_FIT_TRIALS = 120


def make_environment() -> SandboxedEnvironment:
    """The one Jinja environment drafter renders with: sandboxed, strict, no globals."""
    env = SandboxedEnvironment(undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=False)
    env.globals.clear()
    return env


_ENV = make_environment()


@functools.lru_cache(maxsize=4096)
def _compile(text: str) -> jinja2.Template:
    """Compile a fragment text once; fitting a length renders the same texts many times."""
    return _ENV.from_string(text)


# ------------------------------------------------------------------ answers


def resolve_answers(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Validate and complete the user's answers: types, level from place, work from meeting.

    Raises:
        UsageError: a value of the wrong type or an unknown level.
    """
    answers = {k: v for k, v in raw.items() if v is not None and v != ""}
    for name, value in list(answers.items()):
        var = STANDARD_VARIABLES.get(name)
        if var is not None:
            answers[name] = coerce_value(var, value)
    place = answers.get("place")
    if "level" not in answers and place:
        derived = level_of_place(str(place))
        if derived is None:
            raise UsageError(
                f"无法从地名“{place}”推出层级",
                hint=f"请用 --set level=… 指明层级（{'/'.join(LEVELS)}）。",
            )
        answers["level"] = derived
    if "level" in answers and answers["level"] not in LEVELS:
        raise UsageError(f"未知的层级“{answers['level']}”", hint=f"层级只能是 {'/'.join(LEVELS)}。")
    if "work" not in answers and answers.get("meeting"):
        answers["work"] = work_of_meeting(str(answers["meeting"]))
    return answers


def coerce_value(var: Variable, value: Any) -> Any:
    """Convert an answer to the variable's type (a string "3" for an int, one string for a list)."""
    if var.type == VarType.INT:
        try:
            return int(value)
        except (TypeError, ValueError):
            raise UsageError(f"{var.name} 应是整数，而不是“{value}”") from None
    if var.type == VarType.LIST:
        if isinstance(value, str):
            return [value]
        if not isinstance(value, list):
            raise UsageError(f"{var.name} 应是列表，例如 --set {var.name}='[\"第一句\", \"第二句\"]'")
        return [str(v) for v in value]
    if var.choices and str(value) not in var.choices:
        raise UsageError(f"{var.name} 只能是 {'、'.join(var.choices)} 之一，而不是“{value}”")
    return value if isinstance(value, str) else str(value)


def work_of_meeting(meeting: str) -> str:
    """The work a meeting is about: 全县安全生产工作会议 → 安全生产工作."""
    name = meeting
    for prefix in ("全省", "全市", "全县", "全区", "全乡", "全镇", "全州", "全旗"):
        if name.startswith(prefix):
            name = name[len(prefix) :]
            break
    for suffix in ("联席工作会议", "联席会议", "工作会议", "会议", "大会"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    return name + "工作" if name and not name.endswith("工作") else name or "各项工作"


def topics_of(answers: Mapping[str, Any]) -> set[str]:
    """The topic tags a draft accepts, from the meeting name (妇女儿童 or 通用)."""
    meeting = str(answers.get("meeting", ""))
    topics = {"通用"}
    if any(w in meeting for w in _WOMEN_WORDS):
        topics.add("妇女儿童")
    if "维权" in meeting:
        topics.add("维权")
    return topics


# ------------------------------------------------------------------ planning


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


# Tags a fragment may only be used for when the user asks for them (--tag):
# 表彰 praises award winners, wrong at a meeting that gave no awards.
OPT_IN_TAGS = ("表彰",)


def _fits(fragment: Fragment, answers: Mapping[str, Any], topics: set[str], tags: Sequence[str]) -> bool:
    if fragment.is_specific:
        return False
    if any(t in fragment.tags and t not in tags for t in OPT_IN_TAGS):
        return False
    level = answers.get("level")
    if level and fragment.levels and level not in fragment.levels:
        return False
    frag_topics = {t for t in fragment.tags if t in TOPIC_TAGS}
    return not frag_topics or bool(frag_topics & topics)


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
    if role == Role.POINT:  # a point must never repeat another's passage
        pool = [f for f in pool if not any(overlaps(f, other) for other in avoid)]
    given = set(answers) & _SPECIFIC_ANSWERS
    own_topic = topics - {"通用"}
    prefs = [
        lambda f: any(t in template.tags for t in f.tags if t in KIND_TAGS) or not any(t in KIND_TAGS for t in f.tags),
        lambda f: all(t in f.tags for t in tags),
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


def plan_draft(
    library: Library,
    template: Template,
    answers: Mapping[str, Any],
    *,
    seed: int,
    picks: Iterable[str] = (),
    tags: Sequence[str] = (),
    rate: int = DEFAULT_RATE,
) -> Plan:
    """Choose the fragments of a draft (seeded), fitting `minutes` when it is answered.

    Raises:
        UsageError: a bad --points/--pick, or a length that the library cannot reach.
        LibraryError: too few fragments for a role or stage.
    """
    picked = [library.get(pid) for pid in picks]
    n_points = answers.get("points")
    if n_points is not None and not template.min_points <= n_points <= template.max_points:
        raise UsageError(f"要点数应在 {template.min_points}–{template.max_points} 之间，而不是 {n_points}")
    minutes = answers.get("minutes")
    if not minutes:
        count = n_points or template.default_points
        return _choose(library, template, answers, random.Random(seed), count, picked, tags, seed)
    return _fit_minutes(library, template, answers, seed, picked, tags, minutes * rate, rate)


def _choose(
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
        forced = [f for f in picked if f.role == role]
        options = forced or candidates(library, role, template, answers, tags, avoid=[*points, *frame.values()])
        if not options:
            raise LibraryError(
                f"片段库中没有适合的“{role.value}”片段", path=library.root,
                hint="用 drafter fragments add 补充，或换用 --library。",
            )  # fmt: skip
        frame[role] = options[0] if forced else rng.choice(options)
    return Plan(template, frame, tuple(PlannedPoint(p, tuple(range(len(p.subpoints)))) for p in points), seed)


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
        raise UsageError(f"--pick 指定的要点 {ids} 与本次的要点结构（{'、'.join(stages)}）不符", hint="增加 --points 或换一个要点。")
    return chosen


def _fit_minutes(
    library: Library,
    template: Template,
    answers: Mapping[str, Any],
    seed: int,
    picked: list[Fragment],
    tags: Sequence[str],
    target: float,
    rate: int,
) -> Plan:
    counts = [answers["points"]] if answers.get("points") else _point_counts(template)
    best: tuple[float, Plan] | None = None
    for n in counts:
        rng = random.Random(seed)
        for _ in range(_FIT_TRIALS):
            try:
                plan = _choose(library, template, answers, rng, n, picked, tags, seed)
            except LibraryError:
                break
            plan, length = _trim(plan, answers, target)
            miss = abs(length - target) / target
            if best is None or miss < best[0]:
                best = (miss, plan)
            if miss <= 0.05:
                return plan
    if best is None or best[0] > 0.10:
        minutes = answers["minutes"]
        raise UsageError(
            f"片段库无法组成约 {minutes} 分钟（{int(target)} 字左右）的讲话稿",
            hint=f"换一个时长，或补充更长/更短的片段（按每分钟 {rate} 字计）。",
        )
    return best[1]


def _point_counts(template: Template) -> list[int]:
    d = template.default_points
    order = [d]
    for step in range(1, template.max_points - template.min_points + 1):
        order += [d + step, d - step]
    return [n for n in order if template.min_points <= n <= template.max_points]


def _trim(plan: Plan, answers: Mapping[str, Any], target: float) -> tuple[Plan, float]:
    """Drop sub-points (keeping at least two per point) to bring the length near `target`."""
    ctx = estimate_context(answers, len(plan.points))
    fixed = sum(_han(_render_text(f.text, ctx)) for f in plan.frame.values())
    fixed += sum(_han(_render_text(t, ctx)) for t in answers.get("targets", []))
    sizes = []
    for p in plan.points:
        base = _han(_render_text(p.fragment.heading, ctx)) + _han(_render_text(p.fragment.text, ctx))
        base += _han(_render_text(p.fragment.ending, ctx)) + 2
        subs = [_sub_length(s, ctx) for s in p.fragment.subpoints]
        sizes.append((base, subs))
    keep = [list(p.keep) for p in plan.points]

    def total() -> float:
        return fixed + sum(b + sum(subs[i] for i in k) for (b, subs), k in zip(sizes, keep, strict=True))

    length = total()
    while length > target:
        options = [
            (abs(length - sizes[pi][1][si] - target), pi, si)
            for pi, k in enumerate(keep) if len(k) > 2 for si in k
        ]  # fmt: skip
        if not options:
            break
        miss, pi, si = min(options)
        if miss >= abs(length - target):
            break
        keep[pi].remove(si)
        length = total()
    points = tuple(replace(p, keep=tuple(k)) for p, k in zip(plan.points, keep, strict=True))
    return replace(plan, points=points), length


def _sub_length(sub: SubPoint, ctx: Mapping[str, Any]) -> int:
    return 3 + _han(_render_text(sub.heading, ctx)) + _han(_render_text(sub.text, ctx)) + sum(
        _sub_length(i, ctx) for i in sub.items
    )


def _han(text: str) -> int:
    return count_han(text)


def estimate_context(answers: Mapping[str, Any], n_points: int) -> dict[str, Any]:
    """A render context for length estimates: unknown answers stand in as 某某."""
    ctx: dict[str, Any] = {name: "某某" for name in STANDARD_VARIABLES}
    ctx.update({"plans": [], "targets": []})
    ctx.update(answers)
    ctx.update(helpers(answers.get("level") or "县", n_points, 3))
    return _Lenient(ctx)


class _Lenient(dict):  # type: ignore[type-arg]
    """A context mapping that answers 某某 for names the estimate does not know yet."""

    def __missing__(self, key: str) -> str:
        return "某某"


# ------------------------------------------------------------------ variables


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


# ------------------------------------------------------------------ rendering


def helpers(level: str, n_points: int, n_sub: int) -> dict[str, Any]:
    """Level words, the level above and count words available to every text."""
    words: dict[str, Any] = level_words(level).as_dict()
    words["upper"] = upper_words(level)
    words["count"] = count_word(n_points)
    words["sub_count"] = count_word(n_sub) if n_sub else ""
    return words


def _render_text(text: str, ctx: Mapping[str, Any], fragment: Fragment | None = None) -> str:
    if not text:
        return ""
    try:
        return _compile(text).render(ctx).strip()
    except jinja2.exceptions.SecurityError as exc:
        raise RenderError(
            f"片段 {fragment.id if fragment else ''} 试图执行不安全的操作，已拒绝：{exc}",
            path=fragment.path if fragment else None, line=fragment.line if fragment else None,
        ) from exc  # fmt: skip
    except jinja2.UndefinedError as exc:
        raise RenderError(
            f"片段 {fragment.id if fragment else '模板'} 用到了没有值的变量：{exc.message}",
            path=fragment.path if fragment else None, line=fragment.line if fragment else None,
            hint="在片段的 variables 中声明它，或在 answers 中提供。",
        ) from exc  # fmt: skip
    except jinja2.TemplateError as exc:
        raise RenderError(f"渲染失败：{exc}", path=fragment.path if fragment else None) from exc


def render_plan(plan: Plan, answers: Mapping[str, Any], *, rate: int = DEFAULT_RATE) -> Draft:
    """Render a plan with complete answers into a Draft (Markdown text).

    Raises:
        MissingAnswersError-like UsageError: required variables without answers.
        RenderError: a fragment fails in the sandbox.
    """
    missing = missing_variables(plan, answers)
    if missing:
        from drafter.errors import MissingAnswersError

        raise MissingAnswersError([(v.name, v.prompt) for v in missing])
    ctx = _base_context(plan, answers)
    pieces = {role.value: _render_text(f.text, ctx, f) for role, f in plan.frame.items()}
    target_index = next((i for i, p in enumerate(plan.points) if p.fragment.stage == "任务"), 0)
    points = [
        render_point(i + 1, p, ctx, answers.get("targets", []) if i == target_index else [])
        for i, p in enumerate(plan.points)
    ]
    skeleton_ctx = {**ctx, **pieces, "points": points, "byline": _byline(answers)}
    text = _tidy(_render_text(plan.template.skeleton, skeleton_ctx))
    uses = [FragmentUse(f.id, role, f.source) for role, f in plan.frame.items()]
    uses += [FragmentUse(p.fragment.id, Role.POINT, p.fragment.source, p.keep) for p in plan.points]
    return Draft(
        text=text,
        title=pieces["title"],
        template=plan.template.key,
        answers=dict(answers),
        seed=plan.seed,
        uses=tuple(uses),
        points=len(points),
        han_chars=count_han(text),
        rate=rate,
    )


def _base_context(plan: Plan, answers: Mapping[str, Any]) -> dict[str, Any]:
    ctx: dict[str, Any] = {name: None for name in STANDARD_VARIABLES}
    for frag in plan.fragments():
        for var in frag.variables:
            ctx[var.name] = var.default
    ctx.update({"plans": [], "targets": []})
    ctx.update({k: v for k, v in answers.items() if isinstance(v, str | int | list)})
    ctx.update(helpers(answers["level"], len(plan.points), 0))
    return ctx


def _byline(answers: Mapping[str, Any]) -> str:
    parts = [str(answers[k]) for k in ("speaker", "date") if answers.get(k)]
    return f"（{'　'.join(parts)}）" if parts else ""


def render_point(number: int, point: PlannedPoint, ctx: Mapping[str, Any], targets: Sequence[str]) -> str:
    """Render one numbered point: ## 一、heading, its text, targets, sub-points, ending."""
    frag = point.fragment
    subs = [frag.subpoints[i] for i in point.keep]
    local = {**ctx, "sub_count": count_word(len(subs)) if subs else ""}
    heading = _render_text(frag.heading, local, frag).rstrip("。；，")
    paragraphs = [f"## {cn_number(number)}、{heading}"]
    intro = _render_text(frag.text, local, frag)
    paragraphs += _with_targets(intro, "".join(ensure_sentence_end(t) for t in targets))
    series = [_render_sub(i + 1, s, frag.series, local, frag) for i, s in enumerate(subs)]
    if frag.inline and frag.series != "section":
        series = ["".join(series)] if series else []
    paragraphs += series
    if frag.ending:
        paragraphs.append(_render_text(frag.ending, local, frag))
    return "\n\n".join(p for p in paragraphs if p)


def _with_targets(intro: str, targets: str) -> list[str]:
    """Put the user's targets after the point's intro, before a closing 以下…方面： lead-in."""
    paras = [p for p in intro.split("\n\n") if p]
    if not targets:
        return paras
    if not paras:
        return [targets]
    last = paras[-1]
    if last.endswith("："):
        sentences = split_sentences(last)
        lead = sentences[-1] if sentences else last
        head = last[: len(last) - len(lead)]
        paras[-1] = head + targets + lead
    else:
        paras.append(targets)
    return paras


def _render_sub(number: int, sub: SubPoint, series: str, ctx: Mapping[str, Any], frag: Fragment) -> str:
    heading = ensure_sentence_end(_render_text(sub.heading, ctx, frag))
    mark = f"（{cn_number(number)}）" if series == "section" else f"{cn_number(number)}{series}"
    text = mark + heading + _render_text(sub.text, ctx, frag)
    for i, item in enumerate(sub.items):
        text += _render_sub(i + 1, item, sub.series, ctx, frag)
    return text


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    return "\n".join(out).strip() + "\n"


def render_draft(
    library: Library,
    template: Template,
    answers: Mapping[str, Any],
    *,
    seed: int = 0,
    picks: Iterable[str] = (),
    tags: Sequence[str] = (),
    rate: int = DEFAULT_RATE,
) -> Draft:
    """Plan and render a draft in one call (no prompting: answers must be complete)."""
    resolved = resolve_answers(answers)
    plan = plan_draft(library, template, resolved, seed=seed, picks=picks, tags=tags, rate=rate)
    return render_plan(plan, resolved, rate=rate)


def replay_plan(library: Library, template: Template, uses: Sequence[Mapping[str, Any]], seed: int) -> Plan:
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


def version_info() -> str:
    return __version__
