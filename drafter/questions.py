"""Questions about the place and the meeting, asked the way Copier asks them.

What drafter derives (the level of 江阴市, its superior 无锡市, the work and the
kind of 全县乡村振兴工作推进会) is shown as the default of a question: Enter
confirms it, an answer changes it. A wrong answer is asked again with the
allowed choices; it never ends the session or loses the answers given. The
core never prints: questions go through the `prompt` callback of the CLI.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from drafter.errors import MissingAnswersError, UsageError
from drafter.findings import Finding, Severity
from drafter.meeting import (
    find_meeting_kind,
    is_vague,
    is_zone,
    outside_meeting,
    parse_meeting,
    scope_fits,
)
from drafter.meeting import kind_names as meeting_kind_names
from drafter.model import Variable
from drafter.places import (
    PlaceInfo,
    find_kind,
    kind_for_scope,
    kind_names,
    plain_place,
    plain_place_hint,
    resolve_place,
)

Prompt = Callable[[Variable], Any]
AskMissing = Callable[[Iterable[str]], None]
MAX_ATTEMPTS = 20  # a prompt that keeps answering wrongly (a script) ends with a clear error


def ask_valid(var: Variable, prompt: Prompt, check: Callable[[Any], Any], first: str = "") -> Any:
    """Ask `var` until `check` accepts the answer (an empty answer is returned as it is).

    `first` replaces the first question (to say why a given answer is asked again).

    Raises:
        UsageError: still no valid answer after MAX_ATTEMPTS.
    """
    question = replace(var, prompt=first) if first else var
    for _ in range(MAX_ATTEMPTS):
        value = prompt(question)
        if value in (None, "", []):
            return value
        try:
            return check(value)
        except UsageError as exc:
            question = replace(var, prompt=f"{exc.message}。请重新输入{var.prompt}")
    raise UsageError(f"{var.prompt}：多次回答都无效", hint="用 --set 直接给出这个值。")


def _ask_meeting_again(raw: dict[str, Any], prompt: Prompt) -> None:
    """The meeting's name once more, when the first answer (开会, a place name) names no kind and no work."""
    example = "会议名称（写完整，如 全县安全生产工作会议）"

    def check(value: Any) -> str:
        if is_vague(str(value)):
            raise UsageError(f"会议名称“{value}”看不出是哪项工作的会议")
        return str(value).strip()

    why = f"会议名称“{raw['meeting']}”看不出是哪项工作的会议。请重新输入{example}，或直接回车、接着说明讲哪项工作"
    # Not required: an empty answer keeps the name and goes on to ask for the work (a required one re-asked forever).
    answer = ask_valid(Variable("meeting", example, required=False), prompt, check, first=why)
    if answer:
        raw["meeting"] = answer


def _ask_instead_of_outside(raw: dict[str, Any], prompt: Prompt) -> None:
    """Another meeting name, when the first is one drafter does not write for (学校开学典礼, 医院职代会).

    Raises:
        UsageError: no other name given (an empty answer): nothing more is asked.
    """
    outside = outside_meeting(str(raw["meeting"]))
    assert outside is not None
    example = "会议名称（写完整，如 全县秋季开学工作会议）"

    def check(value: Any) -> str:
        other = outside_meeting(str(value))
        if other is not None:
            raise UsageError(f"会议名称“{value}”是{other.what}")
        return str(value).strip()

    why = f"会议名称“{raw['meeting']}”是{outside.what}。{outside.hint}请重新输入{example}"
    answer = ask_valid(Variable("meeting", example, required=False), prompt, check, first=why)
    if not answer:
        raise UsageError(f"会议名称“{raw['meeting']}”是{outside.what}", hint=outside.hint)
    raw["meeting"] = answer


def _choice(choices: tuple[str, ...], what: str) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        text = str(value).strip()
        if choices and text not in choices:
            raise UsageError(f"“{text}”不是可选的{what}（可选：{'、'.join(choices)}）")
        return text

    return check


def _level(value: Any) -> str:
    text = str(value).strip()
    if find_kind(text) is None:
        raise UsageError(f"“{text}”不是可选的层级（可选：{'、'.join(kind_names())}）")
    return text


def _confirm(
    raw: dict[str, Any],
    key: str,
    question: Variable,
    prompt: Prompt | None,
    check: Callable[[Any], Any],
) -> None:
    """Show a derived value as the default; store the answer only when the user changes it."""
    if prompt is None or key in raw:
        return
    value = ask_valid(question, prompt, check)
    if value not in (None, "", question.default):
        raw[key] = value


def ask_place_itself(raw: dict[str, Any], prompt: Prompt | None) -> None:
    """Refuse (or ask again for) a place given with its organ or marks: 清河县委 was asked for its level, then drafted as
    a county named 清河县委 (清河县委县委、县政府)."""
    place = str(raw["place"])
    plain = plain_place(place) if resolve_place(place) is None else None
    if plain is None:
        return
    why = f"地名“{place}”不是地名本身（像是 {plain}）"
    if prompt is None:
        raise UsageError(why, hint=plain_place_hint(plain))
    answer = ask_valid(Variable("place", "地名", required=False), prompt, lambda v: str(v).strip(),
                       first=f"{why}。请重新输入地名 [{plain}]")  # fmt: skip
    raw["place"] = answer or plain


def _resolve(raw: dict[str, Any], prompt: Prompt | None) -> PlaceInfo:
    ask_place_itself(raw, prompt)
    place = str(raw["place"])
    hint = raw.get("level")
    if hint is not None and find_kind(str(hint)) is None:
        if prompt is None:
            raise UsageError(f"未知的层级“{hint}”", hint=f"层级可以是 {'/'.join(kind_names())}。")
        del raw["level"]
        hint = None
    if hint is None and raw.get("meeting") and resolve_place(place) is None:
        hint = kind_for_scope(place, parse_meeting(str(raw["meeting"]), place).scope)
    info = resolve_place(place, str(hint) if hint else None, raw.get("superior"))
    if info is None:
        question = Variable(
            "level", f"层级（无法从地名“{place}”推出，请选择）", choices=kind_names()
        )
        if prompt is None:
            raise MissingAnswersError(
                [("level", question.prompt + f"（{'/'.join(kind_names())}）")]
            )
        raw["level"] = ask_valid(question, prompt, _level) or "县"
        info = resolve_place(place, str(raw["level"]), raw.get("superior"))
        assert info is not None
    return info


def _confirm_place(raw: dict[str, Any], prompt: Prompt | None) -> PlaceInfo:
    info = _resolve(raw, prompt)
    place = str(raw["place"])
    question = Variable("level", f"{place}的层级", default=info.kind.name, choices=kind_names())
    _confirm(raw, "level", question, prompt, _level)
    info = _resolve(raw, prompt)
    if info.superior or info.candidates:
        sup = Variable(
            "superior",
            f"{place}的上级",
            default=info.superior or None,
            choices=info.candidates,
            required=False,
        )
        _confirm(raw, "superior", sup, prompt, _choice(info.candidates, "上级"))
        info = _resolve(raw, prompt)
    return info


def _superior_warning(raw: dict[str, Any], info: PlaceInfo) -> list[Finding]:
    """A superior the gazetteer does not have above the place (清河县 under 南京市): said, not silently replaced."""
    given = str(raw.get("superior") or "").strip()
    if not given or not info.superior or info.superior.startswith(given):
        return []
    from drafter.gazetteer import lookup

    if any(p.name == info.superior for p in lookup(given)):
        return []  # the superior written with its own superiors: 常德市桃源县, 湖南省桃源县
    message = (f"行政区划中{raw['place']}的上级是{info.superior}，不是“{given}”，"
               f"讲话稿引用上级时按{info.superior}起草")  # fmt: skip
    fix = "同名的地方用 superior 写它真正的上级；不需要时去掉 superior"
    return [Finding("superior", Severity.WARNING, message, text=given, suggestion=fix)]


def _unknown_place_warning(raw: dict[str, Any], info: PlaceInfo) -> list[Finding]:
    """A 县-or-higher place the gazetteer lacks (火星市, 清和县 for 清河县): drafted from its suffix, and said."""
    from drafter.gazetteer import ancestors, load_gazetteer, lookup

    place = str(raw["place"]).strip()
    if info.kind.rank not in ("省", "地", "县") or lookup(place) or ("level" in raw and raw.get("superior")):
        return []
    if not info.kind.gazetteer:
        return []  # 南通经济技术开发区: a kind the gazetteer never lists (a 功能区), nothing misspelt
    upper = info.superior or info.upper_label or "不明"
    message = (f"行政区划中没有“{place}”，讲话稿按地名当作{info.kind.name}起草"
               f"（{info.kind.words.scope}、{info.kind.words.leadership}，上级 {upper}）")  # fmt: skip
    like = load_gazetteer().names_like(place, limit=4)
    names = [p.name + "".join(f"（{a[0].name}）" for a in [ancestors(p)] if a) for p in like]
    fix = f"地名写错时请改正（相近的有 {'、'.join(names)}）；" if 0 < len(names) <= 3 else "地名写错时请改正；"
    fix += "新设或更名的地方请写明层级和上级（level、superior）"
    return [Finding("unknown-place", Severity.WARNING, f"{message}；{fix}", text=place, suggestion=fix)]


def _scope_warning(
    raw: dict[str, Any], info: PlaceInfo, prompt: Prompt | None, ask_missing: AskMissing
) -> list[Finding]:
    """A meeting named for another level (全市… for a 县): asked interactively, a warning otherwise."""
    place = str(raw["place"])
    for _ in range(MAX_ATTEMPTS):
        meeting = parse_meeting(str(raw["meeting"]), place)
        # 市委第三巡察组巡察清河县委情况反馈会 at 清河县: the 市委's 巡察组 feeds back to this 县委, whose 书记 pledges (works37)
        if scope_fits(meeting.scope, info.kind, place) or meeting.kind.template == "pledge":
            return []
        words = info.kind.words
        message = (f"会议名称“{meeting.name}”中的“{meeting.scope}”不是{place}（{info.kind.name}）的说法，"
                   f"讲话稿将按{info.kind.name}的口径（{words.scope}、{words.leadership}）起草")  # fmt: skip
        if prompt is None:
            fix = f"把会议名称改为“{words.scope}…”，或确认地名和层级"
            if is_zone(meeting.scope):  # 南通经济技术开发区…: the zone's own meeting (党工委、管委会), review30b
                fix = f"为{meeting.scope}起草，地名写 {meeting.scope}（按党工委、管委会的口径）；" + fix
            return [
                Finding(
                    "meeting-scope", Severity.WARNING, message, text=meeting.scope, suggestion=fix
                )
            ]
        question = Variable(
            "scope_ok",
            f"{message}。仍这样起草吗？（否：重新输入会议名称）",
            default="是",
            choices=("是", "否"),
        )
        if ask_valid(question, prompt, _choice(("是", "否"), "回答")) != "否":
            return []
        del raw["meeting"]
        ask_missing(["meeting"])
    return []


def ask_setting(
    raw: dict[str, Any], prompt: Prompt | None, ask_missing: AskMissing
) -> list[Finding]:
    """Resolve place and meeting in `raw`, asking to confirm or change what was derived.

    Returns warnings for the draft (a meeting of another level). Raises
    MissingAnswersError when the level cannot be told and nobody can be asked.
    """
    info = _confirm_place(raw, prompt)
    if prompt is not None and outside_meeting(str(raw["meeting"])) is not None:
        _ask_instead_of_outside(raw, prompt)
    if prompt is not None and "work" not in raw and is_vague(str(raw["meeting"])):
        _ask_meeting_again(raw, prompt)
    warnings = _unknown_place_warning(raw, info) + _superior_warning(raw, info)
    warnings += _scope_warning(raw, info, prompt, ask_missing)
    meeting = parse_meeting(str(raw["meeting"]), str(raw["place"]))
    # A name that says no work (开会) offers none to confirm: “开会工作” is no work.
    work = "" if "work" not in raw and is_vague(str(raw["meeting"])) else meeting.work
    _confirm(
        raw,
        "work",
        Variable("work", "这次会议讲的工作", default=work),
        prompt,
        lambda v: str(v).strip(),
    )
    if prompt is not None and not work and "work" not in raw:  # both left empty: eight more questions were asked,
        # then the draft was refused for the name said at the start (user52)
        raise UsageError(f"会议名称“{raw['meeting']}”看不出是哪项工作的会议，也没有说明讲哪项工作，没有起草",
                         hint="重新运行 drafter draft：会议名称写完整（如 全县安全生产工作会议），"
                         "或在“这次会议讲的工作”处写出工作（如 安全生产工作）。")  # fmt: skip
    kinds = meeting_kind_names()
    kind_q = Variable("kind", "会议种类", default=meeting.kind.name, choices=kinds)
    _confirm(raw, "kind", kind_q, prompt, _choice(kinds, "会议种类"))
    kind = find_meeting_kind(str(raw.get("kind") or "")) or meeting.kind
    if kind.name == "表彰大会":
        raw.setdefault("awards", "是")
    return warnings
