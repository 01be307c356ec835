"""Fit a draft to a delivery time: try seeded plans, drop sub-points to come near the length."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from drafter.errors import LibraryError, UsageError
from drafter.library import STANDARD_VARIABLES, Library
from drafter.model import Fragment, SubPoint, Template
from drafter.render.sandbox import helpers, render_text
from drafter.render.select import Plan, choose_plan
from drafter.text import count_han

_FIT_TRIALS = 120


def fit_minutes(
    library: Library,
    template: Template,
    answers: Mapping[str, Any],
    seed: int,
    picked: list[Fragment],
    tags: Sequence[str],
    target: float,
    rate: int,
) -> Plan:
    """Find a plan within ±10% of `target` Han characters (first within ±5% wins).

    Without an answered `points`, other point counts are tried around the
    template's default. Raises UsageError when no plan comes within ±10%.
    """
    counts = [answers["points"]] if answers.get("points") else _point_counts(template)
    best: tuple[float, Plan] | None = None
    for n in counts:
        rng = random.Random(seed)
        for _ in range(_FIT_TRIALS):
            try:
                plan = choose_plan(library, template, answers, rng, n, picked, tags, seed)
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
    fixed = sum(count_han(render_text(f.text, ctx)) for f in plan.frame.values())
    fixed += sum(count_han(render_text(t, ctx)) for t in answers.get("targets", []))
    sizes = []
    for p in plan.points:
        base = count_han(render_text(p.fragment.heading, ctx)) + count_han(
            render_text(p.fragment.text, ctx)
        )
        base += count_han(render_text(p.fragment.ending, ctx)) + 2
        subs = [_sub_length(s, ctx) for s in p.fragment.subpoints]
        sizes.append((base, subs))
    keep = [list(p.keep) for p in plan.points]

    def total() -> float:
        return fixed + sum(
            b + sum(subs[i] for i in k) for (b, subs), k in zip(sizes, keep, strict=True)
        )

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
    return (
        3
        + count_han(render_text(sub.heading, ctx))
        + count_han(render_text(sub.text, ctx))
        + sum(_sub_length(i, ctx) for i in sub.items)
    )


def estimate_context(answers: Mapping[str, Any], n_points: int) -> dict[str, Any]:
    """A render context for length estimates: unknown answers stand in as 某某."""
    ctx: dict[str, Any] = {name: "某某" for name in STANDARD_VARIABLES}
    ctx.update({"plans": [], "targets": []})
    ctx.update(answers)
    ctx.update(helpers(answers, n_points, 3))
    return _Lenient(ctx)


class _Lenient(dict):  # type: ignore[type-arg]
    """A context mapping that answers 某某 for names the estimate does not know yet."""

    def __missing__(self, key: str) -> str:
        return "某某"
