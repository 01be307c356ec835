"""Form fields → answers, as `--set` would give them; the field list the 起草 page shows."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from drafter.errors import UsageError
from drafter.library import STANDARD_VARIABLES
from drafter.limits import MAX_ITEM_CHARS, MAX_ITEMS
from drafter.render.values import split_list_text

# One field: as much as the engine takes for a list answer (every item at its longest, one a line). A field beyond it
# is refused with a message, never cut: a cut would drop the end of the last task without a word.
MAX_FIELD_CHARS = MAX_ITEMS * (MAX_ITEM_CHARS + 2)


@dataclass(frozen=True, slots=True)
class Field:
    """One question of the 起草 form (the same wording as `drafter draft` asks)."""

    name: str
    label: str
    kind: str  # text, lines, number, yesno
    hint: str = ""
    required: bool = False


def _label(name: str) -> str:
    return STANDARD_VARIABLES[name].prompt.split("（", 1)[0]


FIELDS = (
    Field("place", _label("place"), "text", "如 清河县、南通市、江阴市", True),
    Field("meeting", _label("meeting"), "text", "如 全县安全生产工作会议", True),
    Field("date", _label("date"), "text", "如 2026年12月1日，可留空"),
    Field("speaker", _label("speaker"), "text", "如 县长 张三，可留空"),
    Field("reporter", _label("reporter"), "text", "如 县应急管理局局长李强，可留空"),
    Field("awards", _label("awards"), "yesno"),
    Field("speeches", _label("speeches"), "yesno"),
    Field("upper", "上级会议或文件精神", "lines", "每行一条，可留空"),
    Field("achievements", "一年来的主要成绩", "lines", "每行一条，可带数字"),
    Field("problems", "存在的主要问题", "lines", "每行一条"),
    Field("targets", "必须讲到的目标和数字", "lines", "每行一条"),
    Field("tasks", "今年的重点工作", "lines", "每行一条"),
    Field("plans", "规划名称", "lines", "每行一个，书名号自动加"),
    Field("points", "讲几点意见", "number", "2–6，留空按会议种类"),
    Field("minutes", "讲话时长（分钟）", "number", "留空不限"),
    Field("gaps", "没给的成绩、问题等处留〔待补〕", "yesno"),
)


def answers_from_form(form: Mapping[str, Any]) -> dict[str, Any]:
    """The answers a form gives: text trimmed, list items one a line (or split by 分号), 是 for a ticked box.

    Values stay data: the renderer treats them as text, never as a template.
    Type errors (a points value that is not a number) are left to the engine,
    which reports them as `drafter draft --set` would.
    """
    answers: dict[str, Any] = {}
    for field in FIELDS:
        raw = form.get(field.name)
        if isinstance(raw, str) and len(raw) > MAX_FIELD_CHARS:
            raise UsageError(
                f"“{field.label}”一栏太长（{len(raw)} 字，最多 {MAX_FIELD_CHARS} 字），没有起草",
                hint="只写讲话要用的要点，每行一条、每条不超过 500 字；背景材料不必贴进来。",
            )
        value = raw.strip() if isinstance(raw, str) else ""
        if field.kind == "yesno":
            if value == "是":
                answers[field.name] = "是"
        elif field.kind == "lines":
            items = split_list_text(value)  # one a line, or 甲；乙 as after --set
            if items:
                answers[field.name] = items
        elif value:
            answers[field.name] = value
    return answers


def form_values(answers: Mapping[str, Any]) -> dict[str, str]:
    """What the form fields show for `answers` (lists one item per line)."""
    out = {}
    for field in FIELDS:
        value = answers.get(field.name)
        if isinstance(value, list):
            out[field.name] = "\n".join(str(v) for v in value)
        elif value is not None:
            out[field.name] = str(value)
    return out

