"""Turn one YAML fragment into a validated Fragment, or say exactly what is wrong and where."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from drafter.errors import ErrorContext, FragmentFormatError
from drafter.library.jinja import check_jinja
from drafter.library.names import STANDARD_VARIABLES
from drafter.library.yamlio import read_yaml
from drafter.model import (
    LEVEL_TAGS,
    STAGES,
    SUBPOINT_TAGS,
    Fragment,
    Role,
    Source,
    SubPoint,
    Variable,
    VarType,
)
from drafter.text import unwrap

_FRAGMENT_KEYS = {
    "id": True, "role": True, "text": False, "tags": False, "variables": False,
    "source": True, "heading": False, "subpoints": False, "series": False,
    "inline": False, "ending": False, "also_from": False,
}  # fmt: skip

_VARIABLE_KEYS = {"prompt", "type", "default", "choices", "required"}

_SUBPOINT_KEYS = {"heading", "text", "items", "series", "levels", "tags"}

_SERIES = ("section", "是", "要")


def read_fragment_file(path: Path) -> tuple[list[Fragment], list[FragmentFormatError]]:
    """Read one fragment file; return its valid fragments and the problems found."""
    try:
        data = read_yaml(path)
    except FragmentFormatError as exc:
        return [], [exc]
    return fragments_from_data(data, path)


def fragments_from_data(
    data: Any, path: str | Path
) -> tuple[list[Fragment], list[FragmentFormatError]]:
    """Validate the parsed YAML of one fragment file; return its fragments and problems."""
    if data is None:
        return [], []
    if not isinstance(data, list):
        hint = "文件顶层应是片段列表，每项以 “- id: …” 开头。"
        return [], [FragmentFormatError("文件顶层不是列表", path=path, line=1, hint=hint)]
    fragments, errors = [], []
    for item in data:
        try:
            fragments.append(fragment_from_dict(item, path=str(path)))
        except FragmentFormatError as exc:
            errors.append(exc)
    return fragments, errors


def fragment_from_dict(data: Any, *, path: str = "") -> Fragment:
    """Build a validated Fragment from a YAML mapping.

    Raises:
        FragmentFormatError: naming the file, line, fragment id and key at fault.
    """
    line = getattr(data, "line", 0)
    if not isinstance(data, dict):
        raise FragmentFormatError("列表项不是片段（应为键值对）", path=path, line=line or None)
    fid = data.get("id")
    ctx: ErrorContext = {
        "path": path,
        "line": line or None,
        "fragment_id": str(fid) if fid else None,
    }
    _check_keys(data, _FRAGMENT_KEYS, ctx)
    if not isinstance(fid, str) or not fid.strip() or any(c.isspace() for c in fid):
        raise FragmentFormatError("id 必须是不含空白的非空字符串", **ctx)
    role = _parse_role(data["role"], ctx)
    fragment = Fragment(
        id=fid,
        role=role,
        text=_string(data, "text", ctx),
        tags=_string_list(data.get("tags"), "tags", ctx),
        variables=_parse_variables(data.get("variables"), ctx),
        source=_parse_source(data["source"], ctx),
        heading=_string(data, "heading", ctx),
        subpoints=_parse_subpoints(data.get("subpoints"), ctx),
        series=_parse_series(data.get("series", "section"), ctx),
        inline=bool(data.get("inline", False)),
        ending=_string(data, "ending", ctx),
        path=path,
        line=line,
    )
    _check_shape(fragment, ctx)
    also = _parse_also_from(data.get("also_from"), ctx)
    if also and fragment.source is not None:
        fragment = replace(fragment, source=replace(fragment.source, also=also))
    check_jinja(fragment, ctx)
    return fragment


# How a missing required key is written, for the message asking for it.
_MISSING_EXAMPLES = {
    "id": "id: closing.mine-1",
    "role": "role: closing（title、opening、point、closing 等）",
    "text": "text: 同志们，……",
    "source": "source: {authored: 本单位, written: 2026-12}",
    "authored": "source: {authored: 本单位, written: 2026-12}",
    "written": "source: {authored: 本单位, written: 2026-12}",
}


def _check_keys(
    data: Mapping[str, Any], allowed: Mapping[str, bool] | set[str], ctx: ErrorContext
) -> None:
    unknown = sorted(str(k) for k in data if k not in allowed)
    if unknown:
        raise FragmentFormatError(
            f"未知的键 {', '.join(unknown)}", **ctx, hint=f"允许的键：{', '.join(allowed)}。"
        )
    if isinstance(allowed, Mapping):
        missing = [k for k, required in allowed.items() if required and k not in data]
        if missing:  # said with no hint: `source: {authored: 本单位}` was told 缺少必填的键 written, nothing more (newuser36)
            example = _MISSING_EXAMPLES.get(missing[0], "")
            hint = f"补上这一项，如 {example}。" if example else f"补上 {', '.join(missing)}。"
            raise FragmentFormatError(f"缺少必填的键 {', '.join(missing)}", **ctx, hint=hint)


def _parse_role(value: Any, ctx: ErrorContext) -> Role:
    try:
        return Role(value)
    except ValueError:
        import difflib

        roles = "、".join(r.value for r in Role)
        near = difflib.get_close_matches(str(value), [r.value for r in Role], n=1, cutoff=0.7)  # opning (newuser37)
        raise FragmentFormatError(
            f"未知的 role “{value}”" + (f"（是不是 {near[0]}？）" if near else ""), **ctx, hint=f"可用的 role：{roles}。"
        ) from None


def _string(data: Mapping[str, Any], key: str, ctx: ErrorContext) -> str:
    value = data.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise FragmentFormatError(f"{key} 必须是文本", **ctx)
    return unwrap(value)


def _string_list(value: Any, key: str, ctx: ErrorContext) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
        raise FragmentFormatError(f"{key} 必须是文本列表", **ctx)
    return tuple(str(v) for v in value)


def _parse_source(value: Any, ctx: ErrorContext) -> Source:
    if isinstance(value, dict) and "authored" in value:
        _check_keys(value, {"authored": True, "written": True, "where": False}, ctx)
        if not isinstance(value["authored"], str) or not value["authored"].strip():
            raise FragmentFormatError(
                "source.authored 必须写明编写者", **ctx,
                hint="例如 source: {authored: drafter 编写组, written: 2026-12}",
            )  # fmt: skip
        return Source(
            "", str(value.get("where") or ""), value["authored"].strip(), str(value["written"])
        )
    if not isinstance(value, dict) or not isinstance(value.get("speech"), str):
        raise FragmentFormatError(
            "source 必须含 speech（来源讲话的 id），或 authored（自行编写）",
            **ctx,
            hint="例如 source: {speech: wc-01, where: 一、第2段} 或 source: {authored: drafter 编写组, written: 2026-12}",
        )
    _check_keys(value, {"speech": True, "where": False}, ctx)
    return Source(value["speech"], str(value.get("where") or ""))


def _parse_also_from(value: Any, ctx: ErrorContext) -> tuple[str, ...]:
    """`also_from`: sources of near-duplicates merged into this fragment; their speech ids.

    A draft using the fragment uses text of every one of these speeches (the
    originality budget counts them all).
    """
    if value is None:
        return ()
    if not isinstance(value, list):
        raise FragmentFormatError(
            "also_from 必须是来源列表",
            **ctx,
            hint="例如 also_from: [{speech: wc-02, where: 二、, id: 旧的片段id}]",
        )
    for item in value:  # a merged fragment of one's own writing keeps who wrote it and when (newuser37)
        if not isinstance(item, dict) or not isinstance(item.get("speech", item.get("authored")), str):
            raise FragmentFormatError("also_from 的每一项都必须含 speech（来源讲话的 id）或 authored（编写者）", **ctx)
        _check_keys(item, {"speech": False, "where": False, "id": False, "authored": False, "written": False}, ctx)
    return tuple(dict.fromkeys(item["speech"] for item in value if item.get("speech")))


def _parse_series(value: Any, ctx: ErrorContext) -> str:
    if value not in _SERIES:
        raise FragmentFormatError(f"series 只能是 {'、'.join(_SERIES)}，而不是 “{value}”", **ctx)
    return str(value)


def _parse_variables(value: Any, ctx: ErrorContext) -> tuple[Variable, ...]:
    if value is None:
        return ()
    if not isinstance(value, dict):
        raise FragmentFormatError("variables 必须是 名称: 说明 的映射", **ctx)
    return tuple(_parse_variable(str(name), spec, ctx) for name, spec in value.items())


def _parse_variable(name: str, spec: Any, ctx: ErrorContext) -> Variable:
    standard = STANDARD_VARIABLES.get(name)
    if spec is None or spec == {}:
        if standard is None:
            raise FragmentFormatError(f"变量 {name} 不是标准变量，必须写明 prompt", **ctx)
        return standard
    if not isinstance(spec, dict):
        raise FragmentFormatError(f"变量 {name} 的说明必须是映射（prompt、type、default…）", **ctx)
    _check_keys(spec, _VARIABLE_KEYS, ctx)
    try:
        vtype = VarType(spec.get("type", "str"))
    except ValueError:
        raise FragmentFormatError(f"变量 {name} 的 type 只能是 str、int 或 list", **ctx) from None
    prompt = spec.get("prompt") or (standard.prompt if standard else None)
    if not prompt:
        raise FragmentFormatError(f"变量 {name} 缺少 prompt（提示语）", **ctx)
    return Variable(
        name=name,
        prompt=str(prompt),
        type=vtype,
        default=spec.get("default"),
        choices=_string_list(spec.get("choices"), f"{name}.choices", ctx),
        required=bool(spec.get("required", True)),
    )


def _parse_subpoints(value: Any, ctx: ErrorContext, *, top: bool = True) -> tuple[SubPoint, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise FragmentFormatError("subpoints 必须是列表", **ctx)
    return tuple(_parse_subpoint(item, ctx, top) for item in value)


def _parse_subpoint(item: Any, ctx: ErrorContext, top: bool) -> SubPoint:
    if not isinstance(item, dict) or not isinstance(item.get("heading"), str):
        raise FragmentFormatError(
            "每个分论点都要有 heading",
            **(ctx | {"line": getattr(item, "line", None) or ctx["line"]}),
        )
    ctx = ctx | {"line": getattr(item, "line", None) or ctx["line"]}
    _check_keys(item, _SUBPOINT_KEYS, ctx)
    series = item.get("series", "要")
    if series not in ("是", "要"):
        raise FragmentFormatError("分论点下的 series 只能是 是 或 要", **ctx)
    return SubPoint(
        heading=item["heading"].strip(),
        text=_string(item, "text", ctx),
        items=_parse_subpoints(item.get("items"), ctx, top=False),
        series=series,
        levels=_parse_levels(item.get("levels"), ctx, top),
        tags=_parse_subpoint_tags(item.get("tags"), ctx, top),
    )


def _parse_subpoint_tags(value: Any, ctx: ErrorContext, top: bool) -> tuple[str, ...]:
    """A sub-point's `tags`: only 党委政府 (said only at a 党委、政府 meeting) or a place feature (山区, 水库, 林区: said
    only where the place has it), on (一)(二) sub-points."""
    if value is None:
        return ()
    tags = _string_list(value, "tags", ctx)
    unknown = [t for t in tags if t not in SUBPOINT_TAGS]
    if not top or unknown or not tags:
        raise FragmentFormatError(
            f"分论点的 tags 只能是 {'、'.join(SUBPOINT_TAGS)}" + (f"，不能是 {'、'.join(unknown)}" if unknown else ""),
            **ctx, hint="tags: [党委政府] 写在（一）（二）分论点上，表示只在党委、政府召开的会上讲；[水库]、[山区]、[林区] 表示只写给有水库、山、林区的地方；工作和层级写在要点的 tags 和分论点的 levels 上。",
        )  # fmt: skip
    return tags


def _parse_levels(value: Any, ctx: ErrorContext, top: bool) -> tuple[str, ...]:
    """A sub-point's `levels`: level tags as on a point; only (一)(二) sub-points, not 一要 items."""
    if value is None:
        return ()
    if not top:
        raise FragmentFormatError(
            "levels 只能写在分论点上，不能写在分论点下的 items（一要、二要……）里", **ctx,
            hint="把整个分论点标上 levels，或把这一条移出 items。",
        )  # fmt: skip
    levels = _string_list(value, "levels", ctx)
    unknown = [lv for lv in levels if lv not in LEVEL_TAGS]
    if unknown or not levels:
        raise FragmentFormatError(
            f"分论点的 levels 含未知的层级 {'、'.join(unknown)}" if unknown else "分论点的 levels 不能为空",
            **ctx, hint=f"层级可以是 {'、'.join(LEVEL_TAGS)}，例如 levels: [省, 市, 县, 区]。",
        )  # fmt: skip
    return levels


def _check_shape(fragment: Fragment, ctx: ErrorContext) -> None:
    if fragment.role == Role.POINT:
        if not fragment.heading:
            raise FragmentFormatError("point 片段必须有 heading（不含序号）", **ctx)
        if sum(t in STAGES for t in fragment.tags) != 1:
            raise FragmentFormatError("point 片段的 tags 必须恰好含 认识、任务、保障 之一", **ctx)
    elif not fragment.text:
        raise FragmentFormatError("缺少 text", **ctx)
    elif fragment.subpoints or fragment.heading:
        raise FragmentFormatError("只有 point 片段可以有 heading 和 subpoints", **ctx)
