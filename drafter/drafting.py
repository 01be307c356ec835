"""One call from a draft request to a rendered draft: answers, prompts, plan, render, write.

The CLI builds a DraftRequest and passes a `prompt` callback (or None for
--no-input); this module never prints.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from drafter.answers import Record, dump_record, load_record, parse_set, record_path
from drafter.errors import MissingAnswersError, TemplateError, UsageError
from drafter.export import export_text
from drafter.export.fonts import load_font_profile
from drafter.files import write_text_atomic
from drafter.library import STANDARD_VARIABLES
from drafter.meeting import find_meeting_kind, parse_meeting
from drafter.model import OPT_IN_TAGS, Draft, Finding, Severity, Template, Variable
from drafter.outputs import check_draft_output, remember_output
from drafter.questions import Prompt, ask_setting, ask_valid
from drafter.render import (
    coerce_value,
    plan_draft,
    plan_variables,
    render_plan,
    replay_plan,
    resolve_answers,
)
from drafter.render.values import meeting_of, place_of
from drafter.workspace import open_library, open_templates

__all__ = ["DraftRequest", "DraftResult", "make_draft", "write_draft", "draft_json", "record_path"]

DEFAULT_TEMPLATE = "work-meeting"
# Asked for only through flags, or derived from other answers.
_NOT_ASKED = {"points", "minutes", "level", "place_kind", "superior", "work", "kind", "convenor", "awards"}


@dataclass(frozen=True, slots=True)
class DraftRequest:
    """Everything `drafter draft` was asked for."""

    answers_file: Path | None = None
    sets: tuple[str, ...] = ()
    replay: Path | None = None
    template: str | None = None
    seed: int | None = 0
    picks: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    points: int | None = None
    minutes: int | None = None
    rate: int = 200
    library: Path | tuple[Path, ...] | None = None  # None: the configured stack (drafter.workspace)
    templates: Path | None = None
    fonts: str | None = None


@dataclass(frozen=True, slots=True)
class DraftResult:
    """A draft and the options that made it (for the record file)."""

    draft: Draft
    options: Mapping[str, Any]
    fonts: str | None = None
    findings: tuple[Finding, ...] = ()
    notes: tuple[str, ...] = ()  # warnings about the library stack (ids found in two libraries)


def find_template(templates: Mapping[str, Template], name: str | None) -> Template:
    """Find a template by file key (work-meeting) or Chinese name (工作会议讲话).

    Raises:
        TemplateError: no such template (the message lists the available ones).
    """
    name = name or DEFAULT_TEMPLATE
    for template in templates.values():
        if name in (template.key, template.name):
            return template
    names = "、".join(f"{t.name}（{t.key}）" for t in templates.values())
    raise TemplateError(f"没有名为“{name}”的模板", hint=f"可用的模板：{names}。")


def template_for_meeting(meeting: str) -> str:
    """The default template for a meeting name: its kind's (推进会 → advance, 联席会议 → joint-meeting)."""
    return parse_meeting(meeting).kind.template


def template_for_kind(raw: Mapping[str, Any]) -> str:
    """The template of the kind the user gave (--set kind=推进会), else of the meeting name."""
    kind = find_meeting_kind(str(raw.get("kind") or ""))
    return kind.template if kind else template_for_meeting(str(raw["meeting"]))


def make_draft(request: DraftRequest, prompt: Prompt | None = None) -> DraftResult:
    """Load the library, gather answers (asking `prompt` for what is missing) and render.

    Raises:
        MissingAnswersError: `prompt` is None and required answers are missing.
        DrafterError: any library, template, answer or render problem.
    """
    library = open_library(request.library)
    templates = open_templates(request.templates)
    if request.replay is not None:
        return replace(_replay(load_record(request.replay), library, templates), notes=library.notes)
    raw: dict[str, Any] = {}
    if request.answers_file is not None:
        record = load_record(request.answers_file)
        raw.update(record.answers)
    raw.update(parse_set(request.sets))
    raw.update({k: v for k, v in (("points", request.points), ("minutes", request.minutes)) if v is not None})
    warnings = _ask_setting(raw, prompt)
    # Opt-in occasions (awards) decide which openings and acknowledgements fit: ask before planning.
    _ask(raw, [STANDARD_VARIABLES[answer] for tag, answer in OPT_IN_TAGS.items() if tag not in request.tags], prompt)
    named = request.template or raw.pop("template", None)
    template = find_template(templates, named or template_for_kind(raw))
    answers = resolve_answers(raw)
    seed = request.seed if request.seed is not None else 0
    plan = plan_draft(library, template, answers, seed=seed, picks=request.picks, tags=request.tags, rate=request.rate)
    _ask(raw, [v for v in plan_variables(plan) if v.name not in _NOT_ASKED], prompt)
    answers = resolve_answers(raw)
    draft = render_plan(plan, answers, rate=request.rate)
    options = {"picks": list(request.picks), "tags": list(request.tags), "rate": request.rate}
    return DraftResult(draft, options, request.fonts, (*warnings, *self_check(draft)), library.notes)


def _ask_setting(raw: dict[str, Any], prompt: Prompt | None) -> list[Finding]:
    """Place and meeting, then what they imply (level, superior, work, kind), confirmed when asking."""
    _ask(raw, [STANDARD_VARIABLES["place"], STANDARD_VARIABLES["meeting"]], prompt)
    return ask_setting(raw, prompt, lambda names: _ask(raw, [STANDARD_VARIABLES[n] for n in names], prompt))


def _ask(raw: dict[str, Any], variables: list[Variable], prompt: Prompt | None) -> None:
    """Fill `raw` for unanswered variables by asking; raise listing what is still missing."""
    missing = []
    for var in variables:
        if var.name in raw:
            continue
        if prompt is not None:
            value = ask_valid(var, prompt, lambda v, var=var: coerce_value(var, v))  # type: ignore[misc]
            if value not in (None, "", []):
                raw[var.name] = value
                continue
        if var.required and var.default is None:
            missing.append((var.name, var.prompt))
    if missing:
        raise MissingAnswersError(missing)


def _replay(record: Record, library: Any, templates: Mapping[str, Template]) -> DraftResult:
    if not record.fragments or record.seed is None:
        raise UsageError("这不是起草记录文件（缺少 fragments 或 seed）", hint="--replay 需要 draft -o 写出的 *.answers.yaml。")
    template = find_template(templates, record.template)
    answers = resolve_answers(record.answers)
    plan = replay_plan(library, template, record.fragments, int(record.seed))
    rate = int(record.options.get("rate", 200))
    draft = render_plan(plan, answers, rate=rate)
    return DraftResult(draft, dict(record.options), findings=self_check(draft))


def self_check(draft: Draft) -> tuple[Finding, ...]:
    """Proof-read a fresh draft like a reviewer would; any error is a library or renderer bug."""
    from drafter.check import check_text  # the gazetteer loads only when a draft is made

    answers = draft.answers
    report = check_text(draft.text, place=answers.get("place"), level=answers.get("level"), rate=draft.rate)
    return tuple(f for f in report.findings if f.severity != Severity.INFO)


def write_draft(result: DraftResult, output: Path, *, force: bool = False) -> tuple[str, ...]:
    """Write the draft to `output` (format by suffix) and its record beside it; export's warnings.

    Raises:
        OverwriteError: `output` was edited since drafter wrote it (unless `force`).
    """
    check_draft_output(output, force=force)
    profile = load_font_profile(result.fonts) if result.fonts else None
    warnings = export_text(result.draft.text, output, profile)
    write_text_atomic(record_path(output), dump_record(result.draft, result.options, output))
    remember_output(output)
    return warnings


def setting_json(answers: Mapping[str, Any]) -> dict[str, Any]:
    """What drafter understood of the place and meeting: level, upper, work, kind, convenor."""
    place = place_of(answers)
    meeting = meeting_of(answers)
    return {
        "place": place.name, "level": place.kind.name, "tier": place.kind.tier, "upper": place.upper_label,
        "work": meeting.work, "kind": meeting.kind.name, "convenor": meeting.convenor.name,
    }  # fmt: skip


def draft_json(result: DraftResult) -> dict[str, Any]:
    """The draft as JSON-ready data: text, title, length and fragments with sources."""
    draft = result.draft
    return {
        "title": draft.title,
        "template": draft.template,
        "seed": draft.seed,
        "points": draft.points,
        "han_chars": draft.han_chars,
        "minutes": round(draft.minutes, 1),
        **setting_json(draft.answers),
        "answers": dict(draft.answers),
        "fragments": [
            {"id": u.id, "role": u.role.value, "source": u.source.speech if u.source else None}
            for u in draft.uses
        ],
        "findings": [
            {"rule": f.rule, "severity": f.severity.value, "line": f.line, "text": f.text, "message": f.message}
            for f in result.findings
        ],
        "text": draft.text,
    }
