"""Render a plan with complete answers: numbered points, targets, the template skeleton."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from drafter.library import STANDARD_VARIABLES, fragment_digest
from drafter.model import Draft, Fragment, FragmentUse, Role, SubPoint
from drafter.render.plan import missing_variables
from drafter.render.sandbox import helpers, render_text
from drafter.render.select import Plan, PlannedPoint
from drafter.render.values import DEFAULT_RATE
from drafter.text import cn_number, count_han, count_word, ensure_sentence_end, split_sentences


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
    pieces = {role.value: render_text(f.text, ctx, f) for role, f in plan.frame.items()}
    target_index = next((i for i, p in enumerate(plan.points) if p.fragment.stage == "任务"), 0)
    points = [
        render_point(i + 1, p, ctx, answers.get("targets", []) if i == target_index else [])
        for i, p in enumerate(plan.points)
    ]
    skeleton_ctx = {**ctx, **pieces, "points": points, "byline": _byline(answers)}
    text = _tidy(render_text(plan.template.skeleton, skeleton_ctx))
    uses = [FragmentUse(f.id, role, f.source, digest=fragment_digest(f)) for role, f in plan.frame.items()]
    uses += [
        FragmentUse(p.fragment.id, Role.POINT, p.fragment.source, p.keep, fragment_digest(p.fragment))
        for p in plan.points
    ]
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
    ctx.update(helpers(answers, len(plan.points), 0))
    return ctx


def _byline(answers: Mapping[str, Any]) -> str:
    parts = [str(answers[k]) for k in ("speaker", "date") if answers.get(k)]
    return f"（{'　'.join(parts)}）" if parts else ""


def render_point(
    number: int, point: PlannedPoint, ctx: Mapping[str, Any], targets: Sequence[str]
) -> str:
    """Render one numbered point: ## 一、heading, its text, targets, sub-points, ending."""
    frag = point.fragment
    subs = [frag.subpoints[i] for i in point.keep]
    local = {**ctx, "sub_count": count_word(len(subs)) if subs else ""}
    heading = render_text(frag.heading, local, frag).rstrip("。；，")
    paragraphs = [f"## {cn_number(number)}、{heading}"]
    intro = render_text(frag.text, local, frag)
    paragraphs += _with_targets(intro, "".join(ensure_sentence_end(t) for t in targets))
    series = [_render_sub(i + 1, s, frag.series, local, frag) for i, s in enumerate(subs)]
    if frag.inline and frag.series != "section":
        series = ["".join(series)] if series else []
    paragraphs += series
    if frag.ending:
        paragraphs.append(render_text(frag.ending, local, frag))
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


def _render_sub(
    number: int, sub: SubPoint, series: str, ctx: Mapping[str, Any], frag: Fragment
) -> str:
    heading = ensure_sentence_end(render_text(sub.heading, ctx, frag))
    mark = f"（{cn_number(number)}）" if series == "section" else f"{cn_number(number)}{series}"
    text = mark + heading + render_text(sub.text, ctx, frag)
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
