"""The command line as plain data, read off the typer declarations (drafter/cli/commands/).

The fast path (drafter/cli/fast.py) parses argv from this spec without importing typer;
it is built here, with typer, only when the cached copy is missing or out of date. The
spec holds JSON types only (dicts, lists, strings, numbers; cached by drafter.cachefile,
which admits no class): commands by path, each parameter's names, kind, type, default
and the conversion typer applies before calling the body. Anything the fast parser
could not reproduce exactly is marked so that it leaves that command line to typer.
"""

from __future__ import annotations

import inspect
import types
import typing
from enum import Enum
from pathlib import Path
from typing import Any

import typer
import typer.main
from typer.models import ParameterInfo

FORMAT = 1

try:  # typer >= 0.28 vendors Click
    from typer._click import types as click_types
except ImportError:  # pragma: no cover - older typer uses Click itself
    from click import types as click_types  # type: ignore[no-redef]


def build_spec() -> dict[str, Any]:
    """The spec of every drafter command (imports typer and every command module)."""
    from drafter.cli.typer_app import _root, app

    root = typer.main.get_command(app)
    root.list_commands(None)  # type: ignore[attr-defined]  # LazyGroup: registers every command
    ctx = root.context_class(root, info_name="drafter", **root.context_settings)  # type: ignore[attr-defined]
    node = _group(root, ctx, noop=_root)
    return {"format": FORMAT, "root": node}


def _group(group: Any, ctx: Any, noop: Any = None) -> dict[str, Any]:
    callback = group.callback
    plain = callback is None or (noop is not None and inspect.unwrap(callback) is noop)
    commands = {}
    for name, cmd in group.commands.items():
        sub = cmd.context_class(cmd, info_name=name, parent=ctx, **cmd.context_settings)
        commands[name] = _group(cmd, sub) if hasattr(cmd, "commands") else _command(cmd, sub)
    return {"group": True, "plain": plain and _plain_context(ctx), "commands": commands}


def _plain_context(ctx: Any) -> bool:
    """Whether the context parses the way the fast parser does (no default map, env prefix, …)."""
    return (
        ctx.token_normalize_func is None
        and ctx.default_map is None
        and ctx.auto_envvar_prefix is None
        and not ctx.ignore_unknown_options
        and not ctx.resilient_parsing
    )


def _command(cmd: Any, ctx: Any) -> dict[str, Any]:
    body = getattr(cmd.callback, "drafter_body", None)
    shape = inspect.unwrap(cmd.callback) if cmd.callback else None
    metas = typer.utils.get_params_from_function(shape) if shape else {}
    params = [_param(p, metas.get(p.name)) for p in cmd.params]
    plain = (
        body is not None
        and _plain_context(ctx)
        and ctx.allow_interspersed_args
        and not ctx.allow_extra_args
        and all(p["plain"] for p in params)
        and set(metas) == {p["name"] for p in params}
        and set(inspect.signature(_body(body)).parameters) == set(metas)
    )
    return {
        "body": body,
        "plain": plain,
        "no_args_is_help": bool(cmd.no_args_is_help),
        "help": list(ctx.help_option_names) if cmd.add_help_option else [],
        "params": params,
    }


def _body(ref: str) -> Any:
    import importlib

    module, _, name = ref.partition(":")
    return getattr(importlib.import_module(module), name)


def _param(param: Any, meta: Any) -> dict[str, Any]:
    option = param.param_type_name == "option"
    kind = _type(param.type)
    default, default_ok = _default(param.default)
    convert, none_if_empty, convert_ok = _convert(meta)
    opts = [*param.opts, *param.secondary_opts] if option else []
    record = {
        "name": param.name,
        "option": option,
        "opts": list(param.opts) if option else [],
        "secondary": list(param.secondary_opts) if option else [],
        "flag": bool(option and param.is_flag),
        "multiple": bool(param.multiple),
        "nargs": param.nargs,
        "type": kind,
        "default": default,
        "default_ok": default_ok,
        "required": bool(param.required),
        "envvar": _envvars(param.envvar),
        "callback": param.callback is not None,
        "eager": bool(param.is_eager),
        "prompt": bool(getattr(param, "prompt", None)),
        "hidden": bool(getattr(param, "hidden", False)),
        "convert": convert,
        "none_if_empty": none_if_empty,
    }
    record["plain"] = (
        kind["name"] != "unsupported"
        and convert_ok
        and not record["callback"]
        and param.expose_value
        and not record["eager"]
        and not record["prompt"]
        and not getattr(param, "count", False)
        and (not option or param.nargs == 1)
        and (option or param.nargs in (1, -1))
        and not (record["flag"] and (param.multiple or kind["name"] != "bool"))
        and all(_plain_name(o) for o in opts)
    )
    return record


def _plain_name(opt: str) -> bool:
    """`--name` or `-x`: the forms the fast parser reads (click also accepts `-name`, `+x`, …)."""
    if opt.startswith("--"):
        return len(opt) > 2 and "=" not in opt
    return len(opt) == 2 and opt[0] == "-" and opt[1] != "-"


def _envvars(envvar: Any) -> list[str]:
    if envvar is None:
        return []
    return [envvar] if isinstance(envvar, str) else list(envvar)


def _default(value: Any) -> tuple[Any, bool]:
    """The default as JSON ({"path": …} for a Path), and whether it could be written at all."""
    if callable(value):
        return None, False
    if isinstance(value, Path):
        return {"path": str(value)}, type(value) in (Path, type(Path()))
    if value is None or isinstance(value, bool | int | float | str):
        return value, True
    if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
        return list(value), True
    return None, False


def _type(kind: Any) -> dict[str, Any]:
    """The click type as data; "unsupported" for any type the fast parser does not convert itself."""
    name = type(kind).__name__
    if isinstance(kind, click_types.StringParamType):
        return {"name": "str"}
    if isinstance(kind, click_types.BoolParamType):
        return {"name": "bool"}
    if name == "TyperPath":
        ok = kind.type is None
        return {"name": "path" if ok else "unsupported", "exists": kind.exists, "file_okay": kind.file_okay,
                "dir_okay": kind.dir_okay, "readable": kind.readable, "writable": kind.writable,
                "resolve_path": kind.resolve_path, "allow_dash": kind.allow_dash, "title": kind.name.title()}  # fmt: skip
    number = {"IntParamType": "int", "IntRange": "int", "FloatParamType": "float", "FloatRange": "float"}.get(name)
    if number is None:
        return {"name": "unsupported"}
    bounds = {"min": getattr(kind, "min", None), "max": getattr(kind, "max", None),
              "min_open": getattr(kind, "min_open", False), "max_open": getattr(kind, "max_open", False)}  # fmt: skip
    return {"name": "unsupported" if getattr(kind, "clamp", False) else number, **bounds}


def _convert(meta: Any) -> tuple[str | None, bool, bool]:
    """What typer does to the click value before the call: ("path" | "list" | "list-path" | None,
    whether an empty list becomes None, and whether the fast path can do the same)."""
    if meta is None:
        return None, False, False
    info = meta.default if isinstance(meta.default, ParameterInfo) else None
    if info is not None and (info.parser is not None or info.click_type is not None):
        return None, False, False
    default = None if info is None or info.default is ... else info.default
    annotation = meta.annotation
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        annotation = args[0] if len(args) == 1 else annotation
        origin = typing.get_origin(annotation)
    is_list = isinstance(origin, type) and issubclass(origin, list)
    base = typing.get_args(annotation)[0] if is_list else annotation
    if (origin is not None and not is_list) or typing.get_origin(base) is not None:
        return None, False, False  # tuples, unions typer rejects, nested types
    if isinstance(base, type) and issubclass(base, Enum):
        return None, False, False
    is_path = isinstance(base, type) and issubclass(base, Path)
    kind = ("list-path" if is_path else "list") if is_list else ("path" if is_path else None)
    return kind, is_list and default is None, True
