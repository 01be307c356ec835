"""Load and validate speech templates (`templates/*.yaml`).

Validated templates are cached in the user's cache folder, keyed by the bytes
of every template file and by the code that reads them: parsing the YAML and
every skeleton's Jinja is most of the cost of loading them.
"""

from __future__ import annotations

import functools
from pathlib import Path

from drafter.errors import DrafterError, ErrorContext, FragmentFormatError, TemplateError
from drafter.files import cache_key, files_stamp
from drafter.library.jinja import check_safe, parse_jinja
from drafter.library.paths import default_templates_dir
from drafter.library.plain import plain_tree
from drafter.library.schema import _check_keys, _parse_variables, _string_list
from drafter.library.yamlio import read_yaml
from drafter.limits import MAX_YAML_BYTES, read_limited
from drafter.model import Template

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

_TEMPLATE_KEYS = {
    "name": True, "description": False, "tags": False, "points": False,
    "stages": False, "variables": False, "skeleton": True, "own_roles": False,
    "topic_stages": False, "own_stages": False, "own_borrows": False, "brief_stages": False,
}  # fmt: skip


def load_templates(root: str | Path | None = None) -> dict[str, Template]:
    """Load every `*.yaml` template under `root` (default: the shipped templates).

    Raises:
        TemplateError: missing folder, bad YAML, unknown keys or unsafe Jinja.
    """
    path = Path(root) if root is not None else default_templates_dir()
    if not path.is_dir():  # a file (一个模板.yaml) was said not to exist (newuser37)
        raise TemplateError(
            "这是一个文件，不是模板文件夹" if path.exists() else "模板目录不存在", path=path,
            hint="用 --templates 指向含有 *.yaml 模板的文件夹（一个模板文件放进文件夹里再指向文件夹）。",
        )  # fmt: skip
    files = sorted(path.glob("*.yaml"))
    if not files:
        raise TemplateError("模板目录中没有模板（*.yaml）", path=path)
    from drafter.cachefile import cached

    folder = cache_key(str(path.resolve()).encode())[:16]
    stamps = files_stamp(files)  # None: one cannot be looked at, so nothing is kept by it
    known = _LOADED.get(folder)
    if known is None or stamps is None or known[0] != stamps:
        key = _cache_key(files)
        known = (stamps, cached(f"templates-{folder}", key, lambda: _read_all(files), _CACHED))
        _LOADED[folder] = known
    return dict(known[1])  # the caller's own dict (open_templates merges into it)


# Templates this process has loaded, per folder, with the stamps of the files they were loaded from (name, size,
# mtime, inode and ctime of each, as the library's `_signature`: any write changes the ctime): a resident's worker,
# or `serve`, does not read and hash every template file again for each draft (#18), and sees an edited one at once.
_LOADED: dict[str, tuple[tuple[Any, ...] | None, dict[str, Template]]] = {}


def _read_all(files: list[Path]) -> dict[str, Template]:
    templates = {}
    for file in files:
        template = read_template(file)
        templates[template.key] = template
    return templates


_CACHED = frozenset({("drafter.model", "Template"), ("drafter.model", "Variable"), ("drafter.model", "VarType")})


def _cache_key(files: list[Path]) -> str:
    """The template files (names and bytes) and the code that reads them."""
    parts = [_reading_code()]
    for file in files:
        parts.append(str(file).encode())
        try:
            parts.append(read_limited(file, MAX_YAML_BYTES, "模板文件"))
        except (OSError, DrafterError):
            parts.append(b"\0unreadable")  # read_template reports it
    return cache_key(*parts)


@functools.cache
def _reading_code() -> bytes:
    """A key of the code that reads templates, as this process runs it (read once, as `content.code_version`: a draft
    read and hashed the ~130 KB of drafter/library/*.py and model.py again on every call)."""
    here = Path(__file__).resolve().parent
    return cache_key(*(code.read_bytes() for code in (*sorted(here.glob("*.py")), here.parent / "model.py"))).encode()


# Templates this process has read, by file, size and mtime (drafter serve reads them per request).
_READ: dict[tuple[str, int, int, int], Template] = {}


def read_template(file: Path) -> Template:
    """Read and validate one template file (once per process while it is unchanged)."""
    try:
        st = file.stat()
    except OSError:
        return _read_template(file)  # let the reader say what is wrong
    key = (str(file.resolve()), st.st_mtime_ns, st.st_size, st.st_ino)
    if key not in _READ:
        if len(_READ) > 512:
            _READ.clear()  # a server whose templates keep changing: forget the old versions
        _READ[key] = _read_template(file)
    return _READ[key]


def _read_template(file: Path) -> Template:
    try:
        data = read_yaml(file)
    except FragmentFormatError as exc:
        raise TemplateError(exc.message, path=file, line=exc.line, hint=exc.hint) from exc
    ctx: ErrorContext = {"path": str(file), "line": getattr(data, "line", None)}
    try:
        if not isinstance(data, dict):
            raise FragmentFormatError("模板文件顶层应是键值对", **ctx)
        _check_keys(data, _TEMPLATE_KEYS, ctx)
        points = data.get("points") or {}
        stages = {int(k): tuple(v) for k, v in (data.get("stages") or {}).items()}
        skeleton = str(data["skeleton"])
        at: ErrorContext = {**ctx, "line": _key_line(file, "skeleton") or ctx["line"]}
        if plain_tree(skeleton) is None:  # a plain skeleton is well formed and safe by its shape (no jinja2 import)
            check_safe(parse_jinja(skeleton, at), at)
        return Template(
            key=file.stem,
            name=str(data["name"]),
            skeleton=skeleton,
            description=str(data.get("description") or ""),
            tags=_string_list(data.get("tags"), "tags", ctx),
            stages=stages,
            default_points=int(points.get("default", 3)),
            min_points=int(points.get("min", 2)),
            max_points=int(points.get("max", 6)),
            gather=_gather(points.get("gather", 1), ctx),
            variables=_parse_variables(data.get("variables"), ctx),
            path=str(file),
            own_roles=_string_list(data.get("own_roles"), "own_roles", ctx),
            topic_stages=_string_list(data.get("topic_stages"), "topic_stages", ctx),
            own_stages=_string_list(data.get("own_stages"), "own_stages", ctx),
            own_borrows=_own_borrows(data.get("own_borrows", 2), ctx),
            brief_stages=_string_list(data.get("brief_stages"), "brief_stages", ctx),
        )
    except FragmentFormatError as exc:
        raise TemplateError(exc.message, path=file, line=exc.line, hint=exc.hint) from exc
    except (TypeError, ValueError) as exc:
        raise TemplateError(f"模板格式错误：{exc}", path=file) from exc


def _own_borrows(value: object, ctx: ErrorContext) -> int:
    """own_borrows: 0 to 6 sections of the work an `own_stages` point gathers after the kind's own."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 6:
        raise FragmentFormatError("own_borrows 应是 0 到 6 之间的整数（自己的要点之后收入几节这项工作的要点）", **ctx)
    return value


def _gather(value: object, ctx: ErrorContext) -> int:
    """points.gather: 1 (no gathering) to 6 task areas under the 任务 point."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 6:
        raise FragmentFormatError("points.gather 应是 1 到 6 之间的整数（任务要点汇集几个方面）", **ctx)
    return value


def _key_line(file: Path, key: str) -> int | None:
    """The line where a top-level key starts, so that skeleton errors point into the file."""
    try:
        lines = file.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    return next((i + 1 for i, line in enumerate(lines) if line.startswith(f"{key}:")), None)
