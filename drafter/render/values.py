"""The user's answers: types, level from the place, work and topic from the meeting."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from drafter.errors import UsageError
from drafter.library import STANDARD_VARIABLES
from drafter.model import Variable, VarType
from drafter.text import LEVELS, level_of_place
from drafter.topics import meeting_topic_tags

DEFAULT_RATE = 200


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
        derived = derive_level(str(place))
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


def derive_level(place: str) -> str | None:
    """The level of a place: from its suffix (清河县 → 县), else from the gazetteer (南通 → 市)."""
    level = level_of_place(place)
    if level is not None:
        return level
    from drafter.gazetteer import lookup  # only when the suffix does not tell

    levels = {p.level for p in lookup(place.strip())}
    return levels.pop() if len(levels) == 1 else None


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
            raise UsageError(f'{var.name} 应是列表，例如 --set {var.name}=\'["第一句", "第二句"]\'')
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
    """The topic tags a draft accepts: 通用 and the topics its meeting or work names (drafter.topics)."""
    return meeting_topic_tags(str(answers.get("meeting", "")), str(answers.get("work", "")))
