"""Assemble a speech from fragments: answers, selection, length fitting, sandboxed rendering.

The flow is `resolve_answers` → `plan_draft` (which fragments, which sub-points)
→ `missing_variables` (what the user still has to answer) → `render_plan`.
`render_draft` runs them in one call for library users.

Modules: `values` (answers), `select` (which fragments), `fit` (delivery time),
`plan` (planning and variables), `sandbox` (Jinja), `assemble` (the text).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from drafter.library import Library
from drafter.model import Draft, Template
from drafter.render.assemble import render_plan, render_point
from drafter.render.plan import missing_variables, plan_draft, plan_variables
from drafter.render.sandbox import helpers, make_environment, render_text
from drafter.render.select import Plan, PlannedPoint, candidates, overlaps, replay_plan
from drafter.render.values import (
    DEFAULT_RATE,
    change_answers,
    coerce_value,
    derive_level,
    resolve_answers,
    topics_of,
    work_of_meeting,
)

__all__ = [
    "DEFAULT_RATE", "Plan", "PlannedPoint", "candidates", "change_answers", "coerce_value", "derive_level", "helpers", "make_environment",
    "missing_variables", "overlaps", "plan_draft", "plan_variables", "render_draft", "render_plan",
    "render_point", "render_text", "replay_plan", "resolve_answers", "topics_of", "work_of_meeting",
]  # fmt: skip


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
