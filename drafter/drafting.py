"""One call from a draft request to a rendered draft: answers, prompts, plan, render, write.

The CLI builds a DraftRequest and passes a `prompt` callback (or None for
--no-input); this module never prints.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from drafter.answers import Record, dump_record, load_record, parse_set, record_path
from drafter.errors import (
    DrafterError,
    LibraryError,
    MissingAnswersError,
    TemplateError,
    UsageError,
)
from drafter.features import feature_notes, features_matter
from drafter.files import (
    all_or_none,
    check_writable,
    signals_held,
    told_if_cancelled,
    write_text_atomic,
)
from drafter.findings import Finding, Severity
from drafter.library import STANDARD_VARIABLES
from drafter.meeting import find_meeting_kind, parse_meeting
from drafter.model import OPT_IN_TAGS, Draft, Template, Variable, VarType
from drafter.questions import Prompt, ask_setting, ask_valid
from drafter.render import (
    FACT_QUESTIONS,
    change_answers,
    coerce_value,
    plan_draft,
    plan_variables,
    render_plan,
    replay_plan,
    resolve_answers,
)
from drafter.render.select import kept_fit_ids
from drafter.render.steer import Past, Steer
from drafter.render.values import meeting_of, place_of
from drafter.topics import meeting_topic_tags
from drafter.workspace import open_library, open_templates

__all__ = ["DraftRequest", "DraftResult", "make_draft", "replay_record", "write_draft", "draft_json", "record_path"]

DEFAULT_TEMPLATE = "work-meeting"
# Asked for only through flags, or derived from other answers.
_NOT_ASKED = {"points", "minutes", "level", "place_kind", "superior", "work", "kind", "convenor", "audience", "awards", "speeches", "gaps", *FACT_QUESTIONS}


@dataclass(frozen=True, slots=True)
class DraftRequest:
    """Everything `drafter draft` was asked for."""

    answers_file: Path | None = None
    answers: Mapping[str, Any] | None = None  # answers given directly (after the file, before --set)
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
    avoid: tuple[Path, ...] = ()  # past drafts, records or folders of them: steer away from their text
    history: bool = True  # also steer away from drafts written before for this place and meeting
    max_source_share: float = 0.30  # no source speech provides more of the draft
    max_run: int = 200  # no longer verbatim run of one source (characters)
    measure: bool = True  # measure originality against the corpus (and honour the budget by it)
    alts: Mapping[str, Mapping[str, int]] | None = None  # phrasings to keep, by fragment (update)
    # The seed the text's own unrecorded choices (how a user's task is wrapped, a gathered point's heading) are drawn
    # by, where the plan draws its fragments by another: `update --swap` moves the seed on until the part has a new
    # fragment, and the parts it keeps keep their words (swap53).
    render_seed: int | None = None
    # `update --swap`: the record's fragment uses, and the parts to draw again; every other part is kept as recorded
    # (its sub-points, its areas), whatever the plan drawn around it would do (`update.swap_plan`).
    recorded: tuple[Mapping[str, Any], ...] | None = None
    swapped: tuple[str, ...] = ()
    output: Path | None = None  # where the draft will be written (-o): checked before drafting
    force: bool = False  # -o may replace an edited draft


@dataclass(frozen=True, slots=True)
class DraftResult:
    """A draft and the options that made it (for the record file)."""

    draft: Draft
    options: Mapping[str, Any]
    fonts: str | None = None
    findings: tuple[Finding, ...] = ()
    notes: tuple[str, ...] = ()  # warnings about the library stack (ids found in two libraries)
    originality: Mapping[str, Any] | None = None  # measure_originality's figures, when measured


def find_template(templates: Mapping[str, Template], name: str | None) -> Template:
    """Find a template by file key (work-meeting) or Chinese name (工作会议讲话).

    Raises:
        TemplateError: no such template (the message lists the available ones).
    """
    name = (name or DEFAULT_TEMPLATE).strip()
    for template in templates.values():
        # 工作会议 (the kind, as `meetings` and the list below show it, without 讲话) was 没有名为“工作会议”的模板 (newuser38)
        if name in (template.key, template.name) or template.name == f"{name}讲话":
            return template
    names = "、".join(f"{t.name}（{t.key}）" for t in templates.values())
    raise TemplateError(f"没有名为“{name}”的模板", hint=f"可用的模板：{names}。")


def template_for_meeting(meeting: str, place: str = "") -> str:
    """The default template for a meeting name: its kind's (推进会 → advance, 联席会议 → joint-meeting).

    Read with the place, as the answers read it: 城关镇妇联第三届执行委员会第二次全体会议 is the 妇联's own plenary (工作会议)
    for 城关镇, not a 领导小组's (review30b: the draft said 工作会议 and took a 领导小组 opening, 今天请大家来……).
    """
    return parse_meeting(meeting, place).kind.template


def template_for_kind(raw: Mapping[str, Any]) -> str:
    """The template of the kind the user gave (--set kind=推进会), else of the meeting name."""
    kind = find_meeting_kind(str(raw.get("kind") or ""))
    return kind.template if kind else template_for_meeting(str(raw["meeting"]), str(raw.get("place") or ""))


def make_draft(request: DraftRequest, prompt: Prompt | None = None) -> DraftResult:
    """Load the library, gather answers (asking `prompt` for what is missing) and render.

    Raises:
        MissingAnswersError: `prompt` is None and required answers are missing.
        DrafterError: any library, template, answer or render problem.
    """
    if request.seed is not None and request.seed < 0:  # its record was then refused by --replay and update (newuser36)
        raise UsageError(f"--seed 应是不小于 0 的整数，而不是 {request.seed}",
                         hint="例如 --seed 1；不给 --seed 时由地名、会议和日期得出。")  # fmt: skip
    # The user's own file first: a wrong path or a bad file is said at once, before the library is read.
    _check_given(parse_set(request.sets))
    if request.replay is not None:
        _refuse_with_replay(request)
        replayed = load_record(request.replay)
    elif request.answers_file is not None:
        record = load_record(request.answers_file)
        if not record.answers:  # an empty file (or only comments) said only 缺少以下变量的值, naming no file
            raise UsageError("答案文件里没有任何答案（文件是空的，或只有注释）", path=request.answers_file,
                             hint="每行写一项，如 地名: 清河县、会议: 全县安全生产工作会议；文件没保存好时重新保存后再试。")  # fmt: skip
        _check_file_answers(record, request.answers_file)
    if request.output is not None:  # then the -o: said now, not once the draft is made and lost
        check_draft_target(request.output, force=request.force)
    # The library's errors and notes now; its fragments once the answers say which of them can fit (a draft
    # on one work reads only the files holding those, #18). A replay reads the whole library.
    library = open_library(request.library, only=() if request.replay is None else None)
    templates = open_templates(request.templates)
    refuse_unknown_sets(request.sets, library, templates)
    if request.replay is not None:
        result = _replay(replayed, library, templates, parse_set(request.sets))
        return replace(result, notes=(*library.notes, *result.notes))
    raw: dict[str, Any] = {}
    if request.answers_file is not None:
        raw.update(record.answers)
    raw.update(request.answers or {})
    raw.update(parse_set(request.sets))
    raw.update({k: v for k, v in (("points", request.points), ("minutes", request.minutes)) if v is not None})
    _one_line(raw)
    named_notes = (*_unused_names(raw, library, templates), *_simplified(raw))
    if request.tags:  # --tag 表彰x (no fragment carries it) drew nothing and said nothing (newuser37)
        from drafter.curate.query import check_tags

        check_tags(library.whole(), request.tags)
    for key in ("place", "meeting"):  # `--set place=` (an empty value): asked, or listed as missing, as if not given
        if isinstance(raw.get(key), str) and not raw[key].strip():  # (it said 无法从地名“”推出层级)
            del raw[key]
    try:
        warnings = _ask_setting(raw, prompt)
    except MissingAnswersError as exc:  # `meting: …` said only that meeting was missing (newuser37)
        raise _with_misspelt(exc, raw, request.answers_file) from None
    # Opt-in occasions (awards) decide which openings and acknowledgements fit: ask before planning.
    _ask(raw, [STANDARD_VARIABLES[answer] for tag, answer in OPT_IN_TAGS.items() if tag not in request.tags], prompt)
    # … and `--tag 发言` says the same as answering 是: the texts that thank the units' speeches ({% if spoken %}) then
    # say so too, not only the acknowledgements the tag draws (review18).
    raw.update({answer: "是" for tag, answer in OPT_IN_TAGS.items() if tag in request.tags and answer not in raw})
    # The user's own facts (optional, one per line) weigh on the length: ask before planning.
    _ask(raw, [STANDARD_VARIABLES[key] for key in FACT_QUESTIONS if key not in _not_asked_facts(raw)], prompt)
    # 城区、山区 … decide whether 水库安全度汛 and 山洪 may be said: asked when the work's text depends on them (review32)
    if features_matter(raw, meeting_topic_tags(str(raw.get("meeting", "")), str(raw.get("work", "")))):
        _ask(raw, [STANDARD_VARIABLES["features"]], prompt)
    named = request.template or raw.pop("template", None)
    template = find_template(templates, named or template_for_kind(raw))
    if request.answers_file is not None:
        _check_file_ranges(record, request.answers_file, template, raw)
    answers = resolve_answers(raw)
    seed = request.seed if request.seed is not None else seed_for(raw)
    steer, skipped = _steer(request, answers)
    fit = kept_fit_ids(library, answers, request.tags)
    library = library.narrowed(None if fit is None else {*fit, *request.picks})

    def plan_with(steer: Steer) -> Any:
        if request.recorded is not None:
            from drafter.update import swap_plan

            plan = swap_plan(library, template, answers, seed, request, steer)
        else:
            plan = plan_draft(library, template, answers, seed=seed, picks=request.picks, tags=request.tags,
                              rate=request.rate, steer=steer)  # fmt: skip
        if request.render_seed is not None:
            plan = replace(plan, seed=request.render_seed)
        return replace(plan, alts=request.alts) if request.alts else plan

    plan = plan_with(steer)
    _ask(raw, [v for v in plan_variables(plan) if v.name not in _NOT_ASKED], prompt)
    answers = resolve_answers(raw)
    draft = render_plan(plan, answers, rate=request.rate)
    originality: dict[str, Any] | None = None
    notes: tuple[str, ...] = ()
    if request.measure:
        draft, originality, notes = _within_budget(draft, plan, answers, plan_with, request)
    options = {"picks": list(request.picks), "tags": list(request.tags), "rate": request.rate,
               "max_source_share": request.max_source_share, "max_run": request.max_run,
               "avoid": [str(p) for p in request.avoid], "history": request.history}  # fmt: skip
    findings = (*warnings, *self_check(draft))
    notes = (*_renamed_place(answers), *_not_a_date(answers), *_tasks_not_used(answers), *_no_such_meeting_here(draft), *_no_such_committee_here(draft),
             *_no_material_for_work(draft, library), *_place_notes(answers), *skipped, *notes)  # fmt: skip
    return DraftResult(draft, options, request.fonts, findings, (*library.notes, *named_notes, *notes), originality)


def _place_notes(answers: Mapping[str, Any]) -> tuple[str, ...]:
    """What the place's features leave for the user to check: a 城区's 森林防火 speech (review33); a name several places
    bear (鼓楼区) whose superior nobody chose, drafted with the superior's plain words (市委、市政府)."""
    from drafter.topics import meeting_topic_tags

    place = place_of(answers)
    same = (
        (f"{place.name}有几处同名（上级可能是{'、'.join(place.candidates)}），讲话稿里的上级写作“{place.upper_label}”；"
         f"要写明上级时加 --set superior={place.candidates[0]}。",)
        if place.candidates and not place.superior
        else ()
    )  # fmt: skip
    return (*same, *feature_notes(answers, meeting_topic_tags(str(answers.get("meeting") or ""), str(answers.get("work") or ""))))


def _not_asked_facts(raw: Mapping[str, Any]) -> set[str]:
    """The facts not asked at this kind of meeting: tasks at one that deploys none (开班式, 结业式, 欢送会)."""
    kind = find_meeting_kind(str(raw.get("kind") or "")) or parse_meeting(str(raw.get("meeting") or "")).kind
    return {"tasks"} if kind.no_tasks else set()


def _tasks_not_used(answers: Mapping[str, Any]) -> tuple[str, ...]:
    """A note naming the user's tasks a kind of meeting deploys none of (开班式, 结业式, 欢送会), and why.

    They were set aside without a word, or said to trainees as 今年还有几项工作要专门强调 (review32).
    """
    from drafter.render.values import UNUSED_TASKS

    unused = answers.get(UNUSED_TASKS)
    if not unused:
        return ()
    kind = find_meeting_kind(str(answers.get("kind") or ""))
    why = kind.no_tasks if kind is not None else ""
    items = "；".join(str(t) for t in (unused if isinstance(unused, list) else [unused]))
    return (f"没有用上“任务”（{items}）：{why}。要讲这些工作，可以另起草一篇工作会议或推进会的讲话。",)


def _not_a_date(answers: Mapping[str, Any]) -> tuple[str, ...]:
    """A note when the date answer is no date (昨天, 下周一, 20260308): it is printed as written under the title.

    `--set date=昨天` gave the byline “（县长 王强　昨天）” with not a word said.
    """
    date = str(answers.get("date") or "").strip()
    if not date or any(c in date for c in "年月日号"):
        return ()
    return (f"日期“{date}”不是具体日期，照原样写在了标题下；交稿前改成“2026年3月8日”的写法"
            f"（--set date=2026年3月8日，或用 drafter update 改）。",)  # fmt: skip


def _renamed_place(answers: Mapping[str, Any]) -> tuple[str, ...]:
    """A place given by its former name (奉化市) is drafted under today's name: say so."""
    former = answers.get("place_former")
    if not former:
        return ()
    from drafter.gazetteer import former_note, renamed

    was = renamed(str(former))
    when = f"（{former_note(*was)}）" if was else ""
    return (f"“{former}”是旧名{when}，稿子按现名“{answers.get('place')}”写。",)


def _check_given(answers: Mapping[str, Any]) -> None:
    """Each answer given with --set checked at once: a wrong one is said before the library is read.

    Raises:
        UsageError: a value of the wrong type or far too long (a pasted page as the meeting's name).
    """
    from drafter.render.values import coerce_value

    for name, value in answers.items():
        var = STANDARD_VARIABLES.get(name)
        if var is not None and value is not None and value != "":
            example = _TEXT_EXAMPLES.get(name, "…")
            _refuse_structured(var, value, hint=f"例如 --set {name}={example}（只写一项，不加方括号）。")
            coerce_value(var, value)


# One-line answers, and what joins the lines of one pasted as two (a name wrapped in the document it was copied from).
_ONE_LINE = {"place": "", "meeting": "", "date": "", "speaker": " ", "reporter": " "}
_LINE_BREAK = re.compile(r"[ \t\u3000]*[\r\n]+[ \t\u3000]*")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Zero-width characters a copy from a web page or a chat brings along, unseen: 清河县\u200b was no place (newuser37).
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")


def _one_line(raw: dict[str, Any]) -> None:
    """A name pasted across two lines is joined; one holding a control character is refused; zero-width characters go.

    `--set meeting=$'全县安全生产\n工作会议'` titled the speech “# 在全县安全生产” with “工作会议上的讲话” as the first line of
    its body; a place pasted with a terminal's colour code (清\x1b[31m河县) was said to be missing from the gazetteer
    as “清河县” (newuser36).

    Raises:
        UsageError: a one-line answer holds a control character other than a line break.
    """
    for key, value in raw.items():  # the user's facts too: the speech would carry the unseen characters
        if isinstance(value, str) and _INVISIBLE.search(value):
            raw[key] = value = _INVISIBLE.sub("", value)
        elif isinstance(value, list) and any(isinstance(v, str) and _INVISIBLE.search(v) for v in value):
            raw[key] = value = [_INVISIBLE.sub("", v) if isinstance(v, str) else v for v in value]
        # A task copied out of a Word table brings its cell mark (\x07), a line of Word its manual break (\x0b): the
        # speech carried them unseen, and a .docx of it could not be written (newuser38). Facts keep their words.
        if key not in _ONE_LINE and isinstance(value, str) and _CONTROL.search(value):
            raw[key] = _without_controls(value)
        elif isinstance(value, list) and any(isinstance(v, str) and _CONTROL.search(v) for v in value):
            raw[key] = [_without_controls(v) if isinstance(v, str) else v for v in value]
    for key, joiner in _ONE_LINE.items():
        value = raw.get(key)
        if not isinstance(value, str):
            continue
        value = _LINE_BREAK.sub(joiner, value.strip())
        if _CONTROL.search(value):
            label = STANDARD_VARIABLES[key].prompt.split("（", 1)[0]
            raise UsageError(f"“{label}”里有看不见的控制字符，多半是复制时带进来的",
                             hint=f"重新输入{label}，不要从终端或网页复制。")  # fmt: skip
        raw[key] = value


_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")


def _without_controls(text: str) -> str:
    """`text` without terminal colour codes and control characters (a vertical tab or form feed: a space)."""
    text = _ANSI.sub("", text)
    return _CONTROL.sub(lambda m: " " if m.group() in "\x0b\x0c" else "", text)


def _simplified(raw: dict[str, Any]) -> tuple[str, ...]:
    """Answers typed in traditional characters (清河縣, 全縣安全生產工作會議), in simplified; a note saying so.

    清河縣 was said to be no place (无法从地名推出层级), and the facts would have reached a simplified speech as typed.
    Only answers holding a character that is traditional only are converted: 乾县 stays (OpenCC would make it 干县).
    """
    from drafter.text import TRADITIONAL_ONLY, t2s_converter

    def traditional(text: Any) -> bool:
        return isinstance(text, str) and not TRADITIONAL_ONLY.isdisjoint(text)

    changed = [k for k, v in raw.items() if traditional(v) or isinstance(v, list) and any(map(traditional, v))]
    converter = t2s_converter() if changed else None
    if converter is None:
        return ()
    for key in changed:
        value = raw[key]
        raw[key] = [converter.convert(v) if traditional(v) else v for v in value] if isinstance(value, list) \
            else converter.convert(value)  # fmt: skip
    shown = "、".join(str(raw[k]) for k in ("place", "meeting") if k in changed)
    return (f"答案里有繁体字，已按简体起草{'：' + shown if shown else ''}。",)


# What a text answer looks like, for a message refusing a list or a table in its place.
_TEXT_EXAMPLES = {"place": "清河县", "meeting": "全县安全生产工作会议", "date": "2026年3月8日", "speaker": "县长 张三",
                  "reporter": "县应急管理局局长李强", "awards": "是", "speeches": "否", "points": "4", "minutes": "20"}  # fmt: skip


def _refuse_structured(var: Variable, value: Any, hint: str) -> None:
    """A list or a table where one text is wanted (speaker: [县长 张三], place: {name: 清河县}) is refused.

    Written as text, it reached the speech as Python wrote it: the line under the title read （['县长 张三']）,
    a place ['清河县'] was 无法推出层级.

    Raises:
        UsageError: the answer is a list or a mapping and `var` takes one text (or a number).
    """
    label = var.prompt.split("（", 1)[0]
    if var.type == VarType.LIST and isinstance(value, list | tuple):
        # tasks: [[甲, 乙]] or tasks: &a [*a] (a list holding itself) put [[...]] into the speech (newuser36)
        at = next((n for n, item in enumerate(value, 1) if isinstance(item, list | dict | tuple)), 0)
        if at:
            in_file = hint.startswith("在答案文件中")
            how = f"{var.name}: 下面每行写一条“- 一句文字”" if in_file else f"--set {var.name}='第一条；第二条'"
            raise UsageError(f"“{label.split('，', 1)[0]}”的第 {at} 条又写成了列表或表，每条只能是一句文字",
                             hint=f"改成 {how}。")  # fmt: skip
        return
    if var.type == VarType.LIST or not isinstance(value, list | dict | tuple):
        return
    shape = "列表" if isinstance(value, list | tuple) else "“名称: 值”的表"
    one = "一个整数" if var.type == VarType.INT else "一项文字"
    raise UsageError(f"“{label}”只能写{one}，而这里写成了{shape}", hint=hint)


def _check_file_answers(record: Record, path: Path) -> None:
    """Each typed answer of an answers file (points, a list, a yes/no) is checked where it is written.

    Checked later, with the other answers, its message named neither the file nor the line
    (“讲几点意见（2–6）”应是整数，而不是“十”).

    Raises:
        UsageError: naming the file, the line of the answer and how to write it there.
    """
    from drafter.answers import standard_name
    from drafter.render.values import coerce_value

    for name, value in record.answers.items():
        var = STANDARD_VARIABLES.get(name)
        if var is None or value is None or value == "":
            continue
        try:
            example = _TEXT_EXAMPLES.get(name, "…")
            _refuse_structured(var, value, hint=f"在答案文件中把这一项写成一行文字，如 {name}: {example}。")
            if var.type == VarType.INT and (isinstance(value, bool) or isinstance(value, float) and not value.is_integer()):
                # points: 3.5 drafted three points, points: true (1) said “而不是 1”: YAML read them as numbers
                raise UsageError(f"“{var.prompt}”应是整数，而不是“{_as_written(value)}”")
            coerce_value(var, value)
        except UsageError as exc:
            raise UsageError(
                exc.message.split("，例如 --set")[0], path=path, line=_answer_line(path, name, standard_name),
                hint=exc.hint or "在答案文件中改正这一项：整数直接写数字（points: 4），列表一行一项（- 第一句）。",
            ) from None


def _as_written(value: Any) -> str:
    """A YAML scalar as the user wrote it (true, not True)."""
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def _check_file_ranges(record: Record, path: Path, template: Template, raw: Mapping[str, Any]) -> None:
    """Points and minutes the answers file gives (and nothing overrides) checked against the template's range there.

    `points: 9` or `minutes: 1000` in a file said “要点数应在 2–6 之间，而不是 9” naming neither the file nor the
    line, and told to drop a --minutes never given.

    Raises:
        UsageError: naming the file, the answer's line and the range.
    """
    from drafter.answers import standard_name
    from drafter.limits import MAX_MINUTES
    from drafter.render.values import coerce_value

    ranges = {"points": (template.min_points, template.max_points, "讲几点意见"),
              "minutes": (1, MAX_MINUTES, "讲话时长（分钟）")}  # fmt: skip
    for name, (low, high, meaning) in ranges.items():
        value = record.answers.get(name)
        if value is None or value == "" or raw.get(name) != value:
            continue  # not in the file, or --set / --points / --minutes gave another
        number = coerce_value(STANDARD_VARIABLES[name], value)
        if isinstance(number, int) and not low <= number <= high:
            raise UsageError(
                f"{meaning}应在 {low}–{high} 之间，而不是 {number}", path=path,
                line=_answer_line(path, name, standard_name),
                hint=f"在答案文件中改正这一项（如 {name}: {4 if name == 'points' else 20}）；不限定时删去这一行。",
            )  # fmt: skip


def _answer_line(path: Path, name: str, standard_name: Any) -> int | None:
    """The line of answer `name` (written under any of its names: points, 几点 …) in the file."""
    import re

    try:
        lines = path.read_text("utf-8", errors="replace").splitlines()
    except OSError:
        return None
    for number, line in enumerate(lines, start=1):
        key = re.match(r"[\"']?([^\s:\"'#-][^:\"']*)[\"']?\s*:", line)
        if key and standard_name(key.group(1).strip()) == name:
            return number
    return None


def _no_such_meeting_here(draft: Draft) -> tuple[str, ...]:
    """A note when the meeting's kind is not held at this place's level (a 镇 has no 人大常委会: kinds.yaml `levels`).

    The draft is written all the same: the writer may have meant the county's meeting, or a 人大主席团's.
    """
    from drafter.meeting import parse_meeting
    from drafter.render.values import level_tag

    kind = parse_meeting(str(draft.answers.get("meeting") or "")).kind
    level = level_tag(draft.answers)
    if not kind.levels or not level or level in kind.levels:
        return ()
    where = "、".join(kind.levels)
    return (
        f"{kind.name}只在{where}一级召开（{kind.elsewhere}）：{draft.answers.get('place')}（{level}）的讲话稿照常起草了，"
        "交稿前请核对会议名称和地方（若是上级的会，地方写上级；drafter meetings 列出各种会议在哪几级召开）。",
    )


def _no_such_committee_here(draft: Draft) -> tuple[str, ...]:
    """A note when the meeting's deciding committee is not set up at this place's rank.

    A 县 (or a 县级市, a 区) has no 住房公积金管委会 (the 市 does; the 县 has the fund's branch): the draft is
    written all the same, but the writer should check the meeting's name and place before handing it in.
    """
    from drafter.meeting import DEFAULT_BODY, load_meeting_table, parse_meeting
    from drafter.render.values import place_of

    meeting = parse_meeting(str(draft.answers.get("meeting") or ""))
    where = load_meeting_table().committee_levels.get(meeting.work.removesuffix("工作"))
    if meeting.body == DEFAULT_BODY or where is None:
        return ()
    place = place_of(draft.answers)
    if not place.kind.rank or place.kind.rank in where.ranks:
        return ()
    return (
        f"{where.body}设在{where.at}，{place.name}（{place.kind.name}）设的是{where.below}，不开管委会全体会议："
        "讲话稿照常起草了，交稿前请核对会议名称和地方（若是所在市的管委会会议，地方写那个市）。",
    )


def _no_material_for_work(draft: Draft, library: Any) -> tuple[str, ...]:
    """A note when the library has nothing on the draft's work and every point is general wording.

    A 外事 or 机关事务 meeting gets points that suit any work (认识、重点、作风): a writer must
    know before handing it in that the speech says nothing yet about the work itself. A kind's own 认识 or 保障 point
    (a 推进会's 拧紧思想发条) does not make it one about the work; its own 任务 points (a 开班式's) do, and so does a meeting
    on every work (各项工作).
    """
    from drafter.meeting import TRAINEES_WORK, kind_names
    from drafter.model import LEVEL_TAGS, STAGES
    from drafter.render.values import level_tag
    from drafter.topics import GENERAL_TAG, find_topics

    work = str(draft.answers.get("work") or "")
    topics = find_topics(str(draft.answers.get("meeting") or ""), work)
    level = level_tag(draft.answers)
    # A work only county and above do (粮食和物资储备 at a 镇): its fragments are not for this level.
    elsewhere = [t for t in topics if t.staffed and level and level not in t.staffed]
    if not work or (topics and not elsewhere):
        return ()
    plain = {GENERAL_TAG, *STAGES, *LEVEL_TAGS}
    kinds = set(kind_names())
    points = [library.get(use.id) for use in draft.uses if use.role == "point"]
    if work == TRAINEES_WORK or not points or any(set(f.tags) - plain - kinds for f in points):
        return ()
    # A kind's own 任务 points (a 开班式's 学用结合) stand without a work; its own 认识 or 保障 point does not make a speech
    # about the work: a 全街道垃圾分类工作推进会 opened on the 推进会's 拧紧思想发条 and then said 垃圾分类工作 only as a name
    # in eleven general sections, with no note (review29a).
    if any(kinds & set(f.tags) for f in points if f.stage == "任务"):
        return ()
    if elsewhere:
        levels = "、".join(elsewhere[0].staffed)
        return (
            f"片段库里“{work}”的内容只写给{levels}一级（乡、镇、街道一般不承担这项工作），{level}的讲话稿各点用的是"
            "适用于任何工作的通用写法：交稿前要写进本地这项工作的实情（--set tasks='[…]'，以及 achievements、problems），"
            "或确认会议名称和地方是否写对。",
        )
    return (
        f"片段库里没有“{work}”的专门内容，各点用的是适用于任何工作的通用写法：交稿前要写进这项工作的实情。"
        "请给出这项工作的重点任务、成绩和问题（命令行用 --set tasks='[…]'，以及 achievements、problems、targets），"
        "或给片段库补上这项工作的片段（docs/works.md）；如果是片段库已有的工作，会议名称写明，如 全县森林防火工作会议。",
    )


def _steer(request: DraftRequest, answers: Mapping[str, Any]) -> tuple[Steer, tuple[str, ...]]:
    """The budget and the past texts (--avoid, and the history of this place and meeting); notes on files skipped."""
    from drafter.history import past_texts, read_avoid_noting

    avoided, skipped = read_avoid_noting(list(request.avoid))
    texts = past_texts(avoided, answers, history=request.history)
    past = Past(texts) if texts else None
    return Steer(past=past, max_share=request.max_source_share, max_run=request.max_run), skipped


_BUDGET_TRIES = 3


def _within_budget(
    draft: Draft, plan: Any, answers: Mapping[str, Any], plan_with: Any, request: DraftRequest
) -> tuple[Draft, dict[str, Any], tuple[str, ...]]:
    """Measure the draft; while a source is over its share or a run too long, plan again without it.

    Returns the best draft found, its figures, and a note saying by how much it
    still misses the budget when the library cannot meet it.
    """
    best = (draft, measure_originality(draft))
    for _ in range(_BUDGET_TRIES):
        over = _over_budget(best[1], request)
        if not over:
            return (*best, ())
        steer = replace(plan.steer, excluded=plan.steer.excluded | over)
        try:
            plan = plan_with(steer)
            candidate = render_plan(plan, answers, rate=request.rate)
        except DrafterError:
            break  # no other fragments fit, or they need answers not given
        figures = measure_originality(candidate)
        if _excess(figures, request) < _excess(best[1], request):
            best = (candidate, figures)
    return (*best, _shortfall(best[1], request))


def _over_budget(o: Mapping[str, Any], request: DraftRequest) -> frozenset[str]:
    over = set()
    if o["largest_source"] and o["largest_share"] > request.max_source_share:
        over.add(o["largest_source"])
    if o["longest_run_source"] and o["longest_run"] > request.max_run:
        over.add(o["longest_run_source"])
    return frozenset(over)


def _excess(o: Mapping[str, Any], request: DraftRequest) -> float:
    return max(o["largest_share"] - request.max_source_share, 0) + max(o["longest_run"] - request.max_run, 0) / 1000


def _shortfall(o: Mapping[str, Any], request: DraftRequest) -> tuple[str, ...]:
    notes = []
    if o["largest_share"] > request.max_source_share:
        notes.append(
            f"原创度未达上限要求：来源 {o['largest_source']} 占本稿 {o['largest_share']:.0%}，"
            f"超出 --max-source-share {request.max_source_share:.0%} 共 {o['largest_share'] - request.max_source_share:.0%}；"
            "片段库中可替换的片段不够（可补充片段，或放宽上限）"
        )
    if o["longest_run"] > request.max_run:
        notes.append(
            f"原创度未达上限要求：有一段 {o['longest_run']} 字照搬自 {o['longest_run_source']}，"
            f"超出 --max-run {request.max_run} 字共 {o['longest_run'] - request.max_run} 字；请改写该段或补充片段"
        )
    return tuple(notes)


def _unknown_names(raw: Mapping[str, Any], library: Any, templates: Mapping[str, Template]) -> list[str]:
    """The answer names nothing uses: not standard, not declared by a fragment or template.

    Chinese names (成绩, 任务 …) are standard names already (drafter.answers.standard_name); a name the user's
    own fragments declare (a `mayor`, say) is theirs and used.
    """
    from drafter.library.names import CONTEXT_HELPERS

    strange = [k for k in raw if k not in STANDARD_VARIABLES and k not in CONTEXT_HELPERS and k != "template"]
    if not strange:
        return []
    declared = {v.name for f in library.whole().fragments for v in f.variables}
    declared |= {v.name for t in templates.values() for v in t.variables}
    return [key for key in strange if key not in declared]


def _unused_names(raw: Mapping[str, Any], library: Any, templates: Mapping[str, Template]) -> tuple[str, ...]:
    """A note for each answer name that nothing uses (an answers file's: its other answers are drafted)."""
    return tuple(
        f"不认识答案名称“{key}”，讲话稿中没有用上。可用的名称如 成绩、问题、任务、目标、上级精神、讲话人"
        "（或 achievements、problems、tasks、targets、upper、speaker）。"
        for key in _unknown_names(raw, library, templates)
    )  # fmt: skip


def refuse_unknown_sets(
    sets: Sequence[str], library: Any, templates: Mapping[str, Template], *, done: str = "没有起草"
) -> None:
    """A `--set` name nothing uses is refused before anything is written.

    `--set 成积=排查隐患3200处` (成绩 misspelt) wrote the speech without the achievements and exited 0 with a note
    the writer scrolled past: the command line is typed for this draft, so the name is said and nothing drafted
    (user52). An answers file's unknown name stays a note (a record of another version may carry one).

    Raises:
        UsageError: the unknown names, each with the nearest known name where there is one.
    """
    unknown = _unknown_names(parse_set(sets), library, templates)
    if not unknown:
        return
    import difflib

    from drafter.answers import ANSWER_ALIASES

    # The two every draft needs first: plase is place, not plans
    needed = [name for name, std in (*((n, n) for n in STANDARD_VARIABLES), *ANSWER_ALIASES.items())
              if std in ("place", "meeting")]  # fmt: skip
    names = [*STANDARD_VARIABLES, *ANSWER_ALIASES]
    said = []
    for key in unknown:
        cutoff = 0.6 if key.isascii() else 0.5
        near = difflib.get_close_matches(key, needed, n=1, cutoff=cutoff) or difflib.get_close_matches(
            key, names, n=1, cutoff=cutoff
        )
        said.append(f"“{key}”" + (f"（是不是“{near[0]}”？）" if near else ""))
    raise UsageError(
        f"--set 中不认识答案名称{'、'.join(said)}，为免讲话稿里少了这一项，{done}",
        hint="改正名称后再运行。可用的名称如 地名、会议、日期、成绩、问题、任务、目标、上级精神、讲话人"
        "（或 place、meeting、date、achievements、problems、tasks、targets、upper、speaker）；"
        "drafter draft -h 有示例。",
    )


def _with_misspelt(exc: MissingAnswersError, raw: Mapping[str, Any], path: Path | None) -> MissingAnswersError:
    """The missing-answers error, naming each unknown answer name that looks like a missing one (meting, 会义).

    Without it, an answers file with `meting: 全县安全生产工作会议` was told only that meeting was missing.
    """
    import difflib

    from drafter.answers import ANSWER_ALIASES, standard_name

    strange = [k for k in raw if k not in STANDARD_VARIABLES]
    said = []
    for name, _prompt in exc.missing:
        spellings = [name, *(alias for alias, std in ANSWER_ALIASES.items() if std == name)]
        for key in strange:
            near = difflib.get_close_matches(key, spellings, n=1, cutoff=0.6 if key.isascii() else 0.5)
            if not near:
                continue
            line = _answer_line(path, key, standard_name) if path is not None else None
            where = f"{path} 第 {line} 行" if path is not None and line else (f"{path} 中" if path else "--set ")
            said.append(f"{where}写的“{key}”不是答案名称，是不是“{near[0]}”？")
    if not said:
        return exc
    return MissingAnswersError(exc.missing, misspelt=tuple(said))


def _ask_setting(raw: dict[str, Any], prompt: Prompt | None) -> list[Finding]:
    """Place and meeting, then what they imply (level, superior, work, kind), confirmed when asking."""
    if prompt is not None and "place" not in raw:  # 清河县委 said when given, not after the meeting's name (newuser39)
        from drafter.questions import ask_place_itself

        _ask(raw, [STANDARD_VARIABLES["place"]], prompt)
        ask_place_itself(raw, prompt)
    _ask(raw, [STANDARD_VARIABLES["place"], STANDARD_VARIABLES["meeting"]], prompt)
    return ask_setting(raw, prompt, lambda names: _ask(raw, [STANDARD_VARIABLES[n] for n in names], prompt))


def _ask(raw: dict[str, Any], variables: list[Variable], prompt: Prompt | None) -> None:
    """Fill `raw` for unanswered variables by asking; raise listing what is still missing."""
    missing = []
    for var in variables:
        if var.name in raw:
            continue
        if prompt is not None:
            value = ask_valid(var, prompt, lambda v, var=var: _checked_answer(var, v))  # type: ignore[misc]
            if value not in (None, "", []):
                raw[var.name] = value
                continue
        if var.required and var.default is None:
            missing.append((var.name, var.prompt))
    if missing:
        raise MissingAnswersError(missing)


def _checked_answer(var: Variable, value: Any) -> Any:
    """An answer as typed, checked when it is given: a meeting name drafter does not write for (a speech's title, an
    opening ceremony, 《》 marks) was said only after the level and superior had been asked (newuser39).

    Raises:
        UsageError: what is wrong with the answer (said with the question asked again).
    """
    value = coerce_value(var, value)
    if var.name == "meeting":
        from drafter.meeting import outside_meeting

        outside = outside_meeting(str(value))
        if outside is not None:
            raise UsageError(f"会议名称“{str(value).strip()}”是{outside.what}。{outside.hint.rstrip('。')}")
    return value


def seed_for(answers: Mapping[str, Any]) -> int:
    """The seed of a draft asked for without --seed: from place, meeting and date (today by default).

    Neighbouring places asking for the same meeting get different drafts, and the
    same request on the same day gets the same one; the record keeps the seed.
    """
    import datetime

    from drafter import hashes  # blake2b and sha256 without OpenSSL (#18)

    date = str(answers.get("date") or datetime.date.today().isoformat())
    key = "\0".join([str(answers.get("place", "")), str(answers.get("meeting", "")), date])
    return int.from_bytes(hashes.sha256(key.encode("utf-8")).digest()[:4], "big") % 100_000


def replay_record(
    record: Record, library: Path | tuple[Path, ...] | None = None, templates: Path | None = None
) -> DraftResult:
    """Render a record held in memory (the web page's draft) as `--replay` renders a record file."""
    lib = open_library(library)
    result = _replay(record, lib, open_templates(templates))
    return replace(result, notes=(*lib.notes, *result.notes))


def _refuse_with_replay(request: DraftRequest) -> None:
    given = [flag for flag, value in (("--answers", request.answers_file), ("--points", request.points),
             ("--minutes", request.minutes), ("--pick", request.picks), ("--template", request.template)) if value]  # fmt: skip
    # The length is the recorded fragments': a number set here would only be written into the record.
    given += [f"--set {key}" for key in ("points", "minutes") if key in parse_set(request.sets)]
    if given:
        raise UsageError(
            f"--replay 逐字重现记录中的讲话稿，不能与 {'、'.join(given)} 同用",
            hint="要改答案可加 --set；要改篇幅、要点或换片段，请对讲话稿用 drafter update。",
        )


def _replay(
    record: Record, library: Any, templates: Mapping[str, Template], changes: Mapping[str, Any] | None = None
) -> DraftResult:
    """Render a record again: the same fragments and choices, with `changes` applied to its answers.

    The result's notes say exactly what differs from the recorded draft: fragments
    edited or gone since, a different drafter version.

    Raises:
        UsageError: not a record, or it names sub-points a fragment does not have.
        LibraryError: a recorded fragment is no longer in the library.
    """
    if not record.fragments or record.seed is None:
        raise UsageError("这不是起草记录文件（缺少 fragments 或 seed）", path=record.path or None,
                         hint="--replay 需要 draft -o 写出的 *.answers.yaml。")  # fmt: skip
    template = find_template(templates, record.template)
    answers = resolve_answers(change_answers(record.answers, changes or {}))
    # `update 讲话.md --set 成积=1` said only 已更新 (and wrote a backup of an unchanged speech): the misspelt name
    # is said as `draft` says it.
    notes = (*_unused_names(changes or {}, library, templates), *_replay_differences(record, library))
    plan = replay_plan(library, template, record.fragments, int(record.seed))
    rate = int(record.options.get("rate", 200))
    draft = render_plan(plan, answers, rate=rate)
    if not changes and record.text is not None and draft.text != record.text and not notes:
        notes += ("重现的文字与记录中的原稿不同（渲染规则已更新）；记录中的原稿仍保存在记录文件的 text 中。",)
    return DraftResult(draft, dict(record.options), findings=self_check(draft), notes=notes)


def fragment_gone(record: Record, fragment_id: str) -> LibraryError:
    """The error for a fragment a record uses that the library no longer holds (deleted, or merged by dedupe)."""
    again = f"drafter draft --no-input --answers {record.path} -o 新文件名" if record.path else "drafter draft --answers 起草记录"
    return LibraryError(
        f"起草记录用到的片段 {fragment_id} 已不在片段库中（被删除了，或被 fragments dedupe 合并进了别的片段），"
        "无法逐字重现", path=record.path or None,
        hint=f"{again} 按记录中的答案重新起草（片段重新选取）；要逐字重现，先把这个片段加回片段库。",
    )  # fmt: skip


def _replay_differences(record: Record, library: Any) -> tuple[str, ...]:
    """What changed in the library since the record was written, fragment by fragment."""
    from drafter import __version__
    from drafter.library import fragment_digest

    notes = []
    for i, use in enumerate(record.fragments, start=1):
        try:
            fragment = library.get(str(use["id"]))
        except LibraryError:  # said only 片段库中没有 id 为 … 的片段, naming neither the record nor what to do (newuser37)
            raise fragment_gone(record, str(use["id"])) from None
        size = len(fragment.subpoints)
        if any(n >= size for n in use.get("subpoints", [])):
            raise UsageError(
                f"起草记录 fragments 第 {i} 项要用片段 {fragment.id} 的第 {max(use['subpoints']) + 1} 个分论点，"
                f"但该片段只有 {size} 个", path=record.path or None,
                hint="片段已被修改；删去该项的 subpoints 或重新起草。",
            )  # fmt: skip
        if use.get("digest") and use["digest"] != fragment_digest(fragment):
            notes.append(f"片段 {fragment.id} 在这份记录之后被修改过，重现的文字与原稿不同（{fragment.path}:{fragment.line}）")
    recorded = record.version
    if recorded and recorded != __version__:
        notes.append(f"记录由 drafter {recorded} 写出，现在是 {__version__}，文字可能略有不同")
    return tuple(notes)


def measure_originality(draft: Draft) -> dict[str, Any]:
    """How much of the draft comes from the corpus, measured by the diff engine `drafter diff` uses.

    Returns reuse (share of characters in copied runs), the largest single
    source and its share, the longest verbatim run, and the six largest sources'
    shares; the same figures as `drafter diff --json` on the same text.
    """
    from drafter.diff import diff_text
    from drafter.diff.snapshot import keep_snapshot, open_snapshot
    from drafter.workspace import default_corpora

    corpora = default_corpora()
    index: Any = open_snapshot(corpora)  # the index's content kept whole: no sqlite3 (#18)
    if index is None:
        from drafter.diff.index import open_index

        index = open_index(corpora)
        keep_snapshot(index, corpora)
    try:
        report = diff_text(draft.text, index)
    finally:
        index.close()
    top = report.sources[0] if report.sources else None
    run = report.longest_run
    return {
        "reuse": round(report.reuse, 4),
        "largest_source": top.id if top else None,
        "largest_share": round(top.share, 4) if top else 0.0,
        "longest_run": run.length if run else 0,
        "longest_run_source": run.source_id if run else None,
        "shares": [[s.id, round(s.share, 4)] for s in report.sources[:6]],
    }


def self_check(draft: Draft) -> tuple[Finding, ...]:
    """Proof-read a fresh draft like a reviewer would; any error is a library or renderer bug."""
    from drafter.check import check_text  # the gazetteer loads only when a draft is made

    answers = draft.answers
    report = check_text(draft.text, place=answers.get("place"), level=answers.get("level"), rate=draft.rate)
    return (*(f for f in report.findings if f.severity != Severity.INFO), *_former_names_in(draft.text, answers))


def _former_names_in(text: str, answers: Mapping[str, Any]) -> tuple[Finding, ...]:
    """A draft never names its own place by a former name (奉化市 in a draft for 奉化区): an error, like a foreign place."""
    place = answers.get("place")
    if not place:
        return ()
    from drafter.check.places import former_name_findings

    return tuple(former_name_findings(text, str(place)))


def check_draft_target(output: Path, *, force: bool = False) -> None:
    """Refuse, before any drafting, an -o that `write_draft` could not write: said after a draft, the work was lost.

    Raises:
        DrafterError: `output` is a folder, has a format drafter does not write, would overwrite an
            edited draft (unless `force`), or its folder is missing or not writable.
    """
    from drafter.export import output_suffix  # only a draft that is written needs the exporters
    from drafter.outputs import (  # nor the outputs' state (hashes, locks): #18
        check_draft_output,
        refuse_non_file,
    )

    refuse_non_file(output)  # -o 讲话稿/ is a folder, before "no suffix"
    if output_suffix(output) == ".pdf":  # -o 三稿.xyz is a format, before whose record 三稿.answers.yaml is
        from drafter.export.pdf import require_soffice

        require_soffice(output)  # no LibreOffice: said once the draft was made, and the draft was lost
    check_draft_output(output, force=force)
    check_writable(output)
    check_writable(record_path(output))


def output_state(output: Path) -> tuple[int, int, int] | None:
    """What is at `output` now (size, mtime, inode; None: nothing), to tell later whether someone wrote it meanwhile."""
    try:
        st = os.stat(output)
    except (OSError, ValueError):
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ino)


def write_draft_unless_taken(
    result: DraftResult, output: Path, since: tuple[int, int, int] | None, *, force: bool = False
) -> tuple[Path, tuple[str, ...]]:
    """Write the draft to `output` as `write_draft` does, unless another process wrote `output` after `since` (its state
    when this draft began): then beside it, under a free name. Two clerks drafting to 讲话.md at once were both told
    已写入 讲话.md, and one draft was gone (newuser39).

    Returns:
        Where the draft went and the export's warnings (the first one saying why, when it went beside).
    """
    from drafter.outputs import free_draft_name

    # No lock file: a draft left none beside it (.讲话.md.lock), and the window between this look and the write is a
    # few milliseconds against the seconds (or minutes of questions) a draft takes.
    if force or output_state(output) == since:
        return output, write_draft(result, output, force=force)
    beside = free_draft_name(output, "另存")
    why = (f"起草期间 {output.name} 被另一个程序写过（可能是同事同时在起草），为免覆盖，这篇讲话稿写到了 {beside.name}；"
           f"两篇都看过后，删去不要的一篇")  # fmt: skip
    return beside, (why, *write_draft(result, beside, force=force))


def write_draft(result: DraftResult, output: Path, *, force: bool = False) -> tuple[str, ...]:
    """Write the draft to `output` (format by suffix) and its record beside it; export's warnings.

    Raises:
        OverwriteError: `output` was edited since drafter wrote it (unless `force`).
    """
    from drafter.export import export_text  # only a written draft needs the exporters
    from drafter.export.fonts import load_font_profile
    from drafter.outputs import check_draft_output, remember_output

    check_draft_output(output, force=force)
    profile = load_font_profile(result.fonts) if result.fonts else None
    written: list[Path] = []
    with told_if_cancelled(written):
        # the draft and its record: both written, or (Ctrl+C, SIGTERM, a full disk at the record) neither
        with signals_held(), all_or_none(output, record_path(output)):
            warnings = export_text(result.draft.text, output, profile)
            write_text_atomic(record_path(output), dump_record(result.draft, result.options, output))
            remember_output(output)
            written += [output, record_path(output)]
        if result.options.get("history", True):
            from drafter.history import remember_or_say

            warnings = (*warnings, *remember_or_say(result.draft.answers, result.draft.text))
    return warnings


def setting_json(answers: Mapping[str, Any]) -> dict[str, Any]:
    """What drafter understood of the place and meeting: level, upper, work, kind, convenor, audience."""
    place = place_of(answers)
    meeting = meeting_of(answers)
    return {
        "place": place.name, "level": place.kind.name, "tier": place.kind.tier, "upper": place.upper_label,
        "work": meeting.work, "kind": meeting.kind.name, "convenor": meeting.convenor.name,
        "audience": str(answers.get("audience") or "干部"),
    }  # fmt: skip


def draft_json(result: DraftResult, originality: Mapping[str, Any] | None = None) -> dict[str, Any]:
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
            {"rule": f.rule, "name": f.name, "severity": f.severity.value, "line": f.line, "text": f.text,
             "message": f.message}
            for f in result.findings
        ],
        "originality": dict(originality) if originality is not None else None,
        "text": draft.text,
    }
