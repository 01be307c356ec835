"""Load, validate and query the fragment library (`fragments/*.yaml`) and templates.

Fragment files are YAML lists of fragments. Loading is strict: unknown keys,
missing fields, duplicate ids, bad YAML, Jinja syntax errors and unsafe Jinja
are reported with file, line and fragment id. YAML is read with safe loaders
only; Jinja is parsed here and rendered only in `render`'s sandbox.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import io
import os
import pickle
import re
import tempfile
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from drafter.errors import FragmentFormatError, LibraryError, TemplateError
from drafter.model import STAGES, Fragment, Role, Source, SubPoint, Template, Variable, VarType
from drafter.text import LEVELS, unwrap

try:  # libyaml is much faster on large libraries; fall back to pure Python.
    _BaseLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _BaseLoader = yaml.SafeLoader

# Answers every fragment may use without declaring them (PRODUCT.md, answers).
STANDARD_VARIABLES: dict[str, Variable] = {
    v.name: v
    for v in (
        Variable("place", "地名（如 清河县、南通市）"),
        Variable("level", "层级（省/市/县/区/乡/镇，可由地名推出）", choices=LEVELS),
        Variable("meeting", "会议名称（如 全县妇女儿童工作会议）"),
        Variable("work", "工作名称（如 妇女儿童工作，可由会议名称推出）"),
        Variable("date", "讲话日期（如 2026年12月1日，可留空）", required=False),
        Variable("speaker", "讲话人（如 副县长 张三，可留空）", required=False),
        Variable("reporter", "作工作报告的同志（如 李明）"),
        Variable("plans", "规划名称", VarType.LIST, required=False),
        Variable("targets", "讲话必须讲到的目标和数字", VarType.LIST, default=[]),
        Variable("points", "讲几点意见（2–6）", VarType.INT, required=False),
        Variable("minutes", "讲话时长（分钟，可留空）", VarType.INT, required=False),
    )
}

# Names the renderer provides itself: level words, the level above, count words.
CONTEXT_HELPERS = frozenset(
    {
        "lv", "party", "government", "leadership", "scope", "we", "below",
        "own_depts", "wcwc", "upper", "count", "sub_count", "title",
    }
)  # fmt: skip

_FRAGMENT_KEYS = {
    "id": True, "role": True, "text": False, "tags": False, "variables": False,
    "source": True, "heading": False, "subpoints": False, "series": False,
    "inline": False, "ending": False, "also_from": False,
}  # fmt: skip
_VARIABLE_KEYS = {"prompt", "type", "default", "choices", "required"}
_SUBPOINT_KEYS = {"heading", "text", "items", "series"}
_SERIES = ("section", "是", "要")
_FORBIDDEN_NODES = ("Import", "FromImport", "Include", "Extends", "Macro", "CallBlock")


@functools.cache
def _jinja() -> tuple[Any, Any]:
    """Jinja's parser and AST nodes, imported on first use: a cached load never needs them."""
    import jinja2
    import jinja2.meta
    import jinja2.nodes

    return jinja2.Environment(autoescape=False), jinja2


def _undeclared(ast: Any) -> frozenset[str]:
    return frozenset(_jinja()[1].meta.find_undeclared_variables(ast))


class _LineDict(dict):  # type: ignore[type-arg]
    """A mapping read from YAML that remembers its line (1-based)."""

    line = 0


class _LineLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> _LineDict:
        mapping = _LineDict(super().construct_mapping(node, deep=deep))
        mapping.line = node.start_mark.line + 1
        return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _LineLoader.construct_mapping)


def read_yaml(path: Path) -> Any:
    """Read a YAML file with the safe loader, mappings remembering their lines.

    Raises:
        FragmentFormatError: unreadable file or bad YAML, with its line.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise FragmentFormatError(f"无法读取文件（{exc}）", path=path, hint="检查文件是否存在、是否为 UTF-8 编码。") from exc
    return parse_yaml(text, path)


def parse_yaml(text: str, path: str | Path = "") -> Any:
    """Parse YAML text (safe loader, mappings remembering their lines).

    Raises:
        FragmentFormatError: bad YAML, naming `path` and the line.
    """
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise FragmentFormatError(
            f"YAML 格式错误：{problem}", path=path, line=line, hint="检查该行的缩进、冒号和引号。"
        ) from exc


@dataclass(frozen=True, slots=True)
class Library:
    """The fragments of one library, and the problems found while loading it."""

    root: str
    fragments: tuple[Fragment, ...]
    errors: tuple[FragmentFormatError, ...] = ()
    _by_id: Mapping[str, Fragment] = field(default_factory=dict, repr=False)

    def get(self, fragment_id: str) -> Fragment:
        """Return the fragment `fragment_id`.

        Raises:
            LibraryError: no such fragment.
        """
        try:
            return self._by_id[fragment_id]
        except KeyError:
            raise LibraryError(
                f"片段库中没有 id 为 {fragment_id} 的片段", path=self.root,
                hint="用 drafter fragments list 查看可用的片段 id。",
            ) from None  # fmt: skip

    def by_role(self, role: Role) -> list[Fragment]:
        return [f for f in self.fragments if f.role == role]


def default_library_dir() -> Path:
    """The library shipped with drafter (the repository's `fragments/`)."""
    return _shipped_dir("DRAFTER_LIBRARY", "fragments")


def default_templates_dir() -> Path:
    """The templates shipped with drafter (the repository's `templates/`)."""
    return _shipped_dir("DRAFTER_TEMPLATES", "templates")


def _shipped_dir(env: str, name: str) -> Path:
    if os.environ.get(env):
        return Path(os.environ[env])
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / name, here / "_shipped" / name, Path.cwd() / name):
        if candidate.is_dir():
            return candidate
    return here.parent / name


def fragment_files(root: Path) -> list[Path]:
    """The fragment files of a library folder (or one file), in a stable order."""
    if root.is_file():
        return [root]
    return sorted(p for p in root.rglob("*.y*ml") if p.suffix in (".yaml", ".yml"))


def load_library(root: str | Path | None = None, *, strict: bool = True, cache: bool = True) -> Library:
    """Load every fragment file under `root` (default: the shipped library).

    Args:
        root: a folder of fragment files, or one file.
        strict: raise on the first problem list instead of returning it.
        cache: reuse the parsed fragments of files whose content is unchanged
            since the last load (see `cache_dir`); results are identical.

    Raises:
        LibraryError: the folder is missing, or (strict) any fragment is invalid.
    """
    path = Path(root) if root is not None else default_library_dir()
    if not path.exists():
        raise LibraryError("片段库目录不存在", path=path, hint="用 --library 指向含有 *.yaml 片段文件的目录。")
    fragments: list[Fragment] = []
    errors: list[FragmentFormatError] = []
    store = _LoadCache.open(path) if cache else None
    for file in fragment_files(path):
        found, problems = store.read(file) if store else read_fragment_file(file)
        fragments.extend(found)
        errors.extend(problems)
    if store:
        store.save()
    fragments, dup_errors = _drop_duplicates(fragments)
    errors.extend(dup_errors)
    if strict and errors:
        raise LibraryError(
            "片段库有错误：\n" + "\n".join(f"  {e.render()}" for e in errors),
            hint="改正以上问题后重试；drafter fragments lint 可列出全部问题。",
        )
    by_id = {f.id: f for f in fragments}
    return Library(str(path), tuple(fragments), tuple(errors), by_id)


def _drop_duplicates(fragments: list[Fragment]) -> tuple[list[Fragment], list[FragmentFormatError]]:
    seen: dict[str, Fragment] = {}
    errors = []
    for frag in fragments:
        first = seen.get(frag.id)
        if first is None:
            seen[frag.id] = frag
            continue
        errors.append(
            FragmentFormatError(
                f"id 重复（第一次出现在 {first.path}:{first.line}）",
                path=frag.path, line=frag.line, fragment_id=frag.id,
                hint="每个片段的 id 必须唯一，请改名或删除其中一个。",
            )
        )  # fmt: skip
    return list(seen.values()), errors


def read_fragment_file(path: Path) -> tuple[list[Fragment], list[FragmentFormatError]]:
    """Read one fragment file; return its valid fragments and the problems found."""
    try:
        data = read_yaml(path)
    except FragmentFormatError as exc:
        return [], [exc]
    return fragments_from_data(data, path)


def fragments_from_data(data: Any, path: str | Path) -> tuple[list[Fragment], list[FragmentFormatError]]:
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
    ctx = {"path": path, "line": line or None, "fragment_id": str(fid) if fid else None}
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
    _parse_also_from(data.get("also_from"), ctx)
    check_jinja(fragment, ctx)
    return fragment


def _check_keys(data: Mapping[str, Any], allowed: Mapping[str, bool] | set[str], ctx: dict[str, Any]) -> None:
    unknown = sorted(str(k) for k in data if k not in allowed)
    if unknown:
        raise FragmentFormatError(
            f"未知的键 {', '.join(unknown)}", **ctx, hint=f"允许的键：{', '.join(allowed)}。"
        )
    if isinstance(allowed, Mapping):
        missing = [k for k, required in allowed.items() if required and k not in data]
        if missing:
            raise FragmentFormatError(f"缺少必填的键 {', '.join(missing)}", **ctx)


def _parse_role(value: Any, ctx: dict[str, Any]) -> Role:
    try:
        return Role(value)
    except ValueError:
        roles = "、".join(r.value for r in Role)
        raise FragmentFormatError(f"未知的 role “{value}”", **ctx, hint=f"可用的 role：{roles}。") from None


def _string(data: Mapping[str, Any], key: str, ctx: dict[str, Any]) -> str:
    value = data.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise FragmentFormatError(f"{key} 必须是文本", **ctx)
    return unwrap(value)


def _string_list(value: Any, key: str, ctx: dict[str, Any]) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
        raise FragmentFormatError(f"{key} 必须是文本列表", **ctx)
    return tuple(str(v) for v in value)


def _parse_source(value: Any, ctx: dict[str, Any]) -> Source:
    if not isinstance(value, dict) or not isinstance(value.get("speech"), str):
        raise FragmentFormatError("source 必须含 speech（来源讲话的 id）", **ctx, hint="例如 source: {speech: wc-01, where: 一、第2段}")
    _check_keys(value, {"speech": True, "where": False}, ctx)
    return Source(value["speech"], str(value.get("where") or ""))


def _parse_also_from(value: Any, ctx: dict[str, Any]) -> None:
    """`also_from`: sources of near-duplicates merged into this fragment (provenance only)."""
    if value is None:
        return
    if not isinstance(value, list):
        raise FragmentFormatError("also_from 必须是来源列表", **ctx, hint="例如 also_from: [{speech: wc-02, where: 二、, id: 旧的片段id}]")
    for item in value:
        if not isinstance(item, dict) or not isinstance(item.get("speech"), str):
            raise FragmentFormatError("also_from 的每一项都必须含 speech（来源讲话的 id）", **ctx)
        _check_keys(item, {"speech": True, "where": False, "id": False}, ctx)


def _parse_series(value: Any, ctx: dict[str, Any]) -> str:
    if value not in _SERIES:
        raise FragmentFormatError(f"series 只能是 {'、'.join(_SERIES)}，而不是 “{value}”", **ctx)
    return str(value)


def _parse_variables(value: Any, ctx: dict[str, Any]) -> tuple[Variable, ...]:
    if value is None:
        return ()
    if not isinstance(value, dict):
        raise FragmentFormatError("variables 必须是 名称: 说明 的映射", **ctx)
    return tuple(_parse_variable(str(name), spec, ctx) for name, spec in value.items())


def _parse_variable(name: str, spec: Any, ctx: dict[str, Any]) -> Variable:
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


def _parse_subpoints(value: Any, ctx: dict[str, Any]) -> tuple[SubPoint, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise FragmentFormatError("subpoints 必须是列表", **ctx)
    return tuple(_parse_subpoint(item, ctx) for item in value)


def _parse_subpoint(item: Any, ctx: dict[str, Any]) -> SubPoint:
    if not isinstance(item, dict) or not isinstance(item.get("heading"), str):
        raise FragmentFormatError("每个分论点都要有 heading", **{**ctx, "line": getattr(item, "line", None) or ctx["line"]})
    _check_keys(item, _SUBPOINT_KEYS, ctx)
    series = item.get("series", "要")
    if series not in ("是", "要"):
        raise FragmentFormatError("分论点下的 series 只能是 是 或 要", **ctx)
    return SubPoint(
        heading=item["heading"].strip(),
        text=_string(item, "text", ctx),
        items=_parse_subpoints(item.get("items"), ctx),
        series=series,
    )


def _check_shape(fragment: Fragment, ctx: dict[str, Any]) -> None:
    if fragment.role == Role.POINT:
        if not fragment.heading:
            raise FragmentFormatError("point 片段必须有 heading（不含序号）", **ctx)
        if sum(t in STAGES for t in fragment.tags) != 1:
            raise FragmentFormatError("point 片段的 tags 必须恰好含 认识、任务、保障 之一", **ctx)
    elif not fragment.text:
        raise FragmentFormatError("缺少 text", **ctx)
    elif fragment.subpoints or fragment.heading:
        raise FragmentFormatError("只有 point 片段可以有 heading 和 subpoints", **ctx)


def fragment_texts(fragment: Fragment) -> list[str]:
    """Every Jinja text of a fragment: text, heading, ending and all sub-points."""
    texts = [fragment.text, fragment.heading, fragment.ending]
    stack = list(fragment.subpoints)
    while stack:
        sub = stack.pop(0)
        texts += [sub.heading, sub.text]
        stack.extend(sub.items)
    return [t for t in texts if t]


# Names each Jinja text reads, by text: parsing is the slow part of loading, and
# the load cache fills this in so that lint and render need not parse again.
_USED: dict[str, frozenset[str]] = {}


# Most fragment texts hold only `{{ name }}` and `{{ name.attr }}`: for those the
# names are read off directly, which gives what Jinja's parser gives, 20× faster.
_SIMPLE_EXPR = re.compile(r"\{\{\s*([A-Za-z][A-Za-z0-9_]*)(?:\.[A-Za-z][A-Za-z0-9_]*)*\s*\}\}")
_JINJA_OPEN = re.compile(r"\{[{%#]")
_JINJA_WORDS = frozenset(
    {"true", "false", "none", "True", "False", "None", "and", "or", "not", "in", "is", "if", "else"}
)


def _simple_names(text: str) -> frozenset[str] | None:
    """Names of a text made only of plain `{{ name(.attr)* }}` expressions, else None."""
    if "{" not in text:
        return frozenset()
    names = _SIMPLE_EXPR.findall(text)
    if _JINJA_OPEN.search(_SIMPLE_EXPR.sub("", text)) or _JINJA_WORDS.intersection(names):
        return None
    return frozenset(names)


def used_variables(texts: Iterable[str]) -> set[str]:
    """Names a set of Jinja texts reads from the context (parse only, nothing runs)."""
    names: set[str] = set()
    for text in texts:
        found = _USED.get(text)
        if found is None:
            found = _simple_names(text)
            if found is None:
                found = _undeclared(_jinja()[0].parse(text))
            _USED[text] = found
        names |= found
    return names


def check_jinja(fragment: Fragment, ctx: dict[str, Any]) -> None:
    """Parse every text of `fragment`; refuse syntax errors and unsafe constructs.

    Raises:
        FragmentFormatError: syntax error (with its line), private attribute access,
            imports/includes/macros, or a name that is neither declared nor provided.
    """
    declared = {v.name for v in fragment.variables}
    used: set[str] = set()
    for text in fragment_texts(fragment):
        names = _simple_names(text)
        if names is None:
            ast = parse_jinja(text, ctx)
            check_safe(ast, ctx)
            names = _undeclared(ast)
        _USED[text] = names
        used |= names
    unknown = used - declared - CONTEXT_HELPERS - set(STANDARD_VARIABLES)
    if unknown:
        raise FragmentFormatError(
            f"使用了未声明的变量 {', '.join(sorted(unknown))}", **ctx,
            hint="在 variables 下声明它们（写明 prompt），或改用层级词（scope、we、leadership…）。",
        )  # fmt: skip


def parse_jinja(text: str, ctx: dict[str, Any]) -> Any:
    """Parse Jinja text (a `jinja2.nodes.Template`); a syntax error becomes a FragmentFormatError at its line."""
    parser, jinja2 = _jinja()
    try:
        return parser.parse(text)
    except jinja2.TemplateSyntaxError as exc:
        base = ctx.get("line") or 0
        raise FragmentFormatError(
            f"Jinja 语法错误：{exc.message}（文本第 {exc.lineno} 行）",
            **{**ctx, "line": (base + exc.lineno) if base else exc.lineno},
            hint="检查 {{ }} 和 {% %} 是否成对。",
        ) from exc


def check_safe(ast: Any, ctx: dict[str, Any]) -> None:
    """Refuse private attribute access and template-loading constructs (in a `jinja2.nodes.Node`)."""
    jinja2 = _jinja()[1]
    forbidden = tuple(getattr(jinja2.nodes, name) for name in _FORBIDDEN_NODES)
    for node in ast.find_all((jinja2.nodes.Getattr, jinja2.nodes.Getitem, *forbidden)):
        if isinstance(node, forbidden):
            what = type(node).__name__
        elif isinstance(node, jinja2.nodes.Getattr) and not node.attr.startswith("_"):
            continue
        elif isinstance(node, jinja2.nodes.Getitem) and not (
            isinstance(node.arg, jinja2.nodes.Const) and str(node.arg.value).startswith("_")
        ):
            continue
        else:
            what = "访问以下划线开头的属性"
        raise FragmentFormatError(
            f"文本含有不安全的 Jinja 写法（{what}），已拒绝，未执行任何内容",
            **ctx, hint="片段文本只能使用变量、过滤器和 if/for；不能访问内部属性或导入模板。",
        )  # fmt: skip


# ------------------------------------------------------------- load cache

_CACHE_VERSION = 2


def cache_dir() -> Path | None:
    """Where parsed fragment files are cached, or None when caching is off.

    `DRAFTER_CACHE_DIR` sets the folder, `DRAFTER_NO_CACHE=1` turns caching
    off; the default is the user's cache folder, never the library itself.
    """
    if os.environ.get("DRAFTER_NO_CACHE", "") not in ("", "0"):
        return None
    if os.environ.get("DRAFTER_CACHE_DIR"):
        return Path(os.environ["DRAFTER_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "drafter"


def _code_version() -> tuple[Any, ...]:
    """What the parsed result depends on besides the file: this code and its versions."""
    here = Path(__file__).resolve().parent
    code = hashlib.blake2b(digest_size=16)
    for module in ("library.py", "model.py", "text.py", "errors.py"):
        code.update((here / module).read_bytes())
    jinja = importlib.util.find_spec("jinja2")
    jinja_stamp = os.stat(jinja.origin).st_mtime_ns if jinja and jinja.origin else 0
    return (_CACHE_VERSION, code.hexdigest(), yaml.__version__, jinja_stamp)


class _Unpickler(pickle.Unpickler):
    """Only the plain data a cache entry holds may be rebuilt from the cache file."""

    _ALLOWED = {
        ("drafter.model", name) for name in ("Fragment", "Role", "Source", "SubPoint", "Variable", "VarType")
    } | {("builtins", "frozenset"), ("builtins", "set"), ("datetime", "date"), ("datetime", "datetime"),
         ("datetime", "timedelta"), ("datetime", "timezone")}  # fmt: skip

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in self._ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not cache data")
        return super().find_class(module, name)


class _Pickler(pickle.Pickler):
    """Stores model objects as constructor calls: rebuilding them is faster than setting state."""

    _MODEL = (Fragment, SubPoint, Variable, Source)

    def reducer_override(self, obj: Any) -> Any:
        if type(obj) in self._MODEL:
            return type(obj), tuple(getattr(obj, name) for name in obj.__slots__)
        return NotImplemented


class _LoadCache:
    """Parsed fragments of each file of one library, keyed by the file's content hash.

    A cache entry is used only when the file's bytes hash to the same digest,
    so an edit (by hand, by git or by drafter) is always seen. Any problem with
    the cache file itself just means parsing again.
    """

    def __init__(self, file: Path, entries: dict[str, Any]) -> None:
        self.file = file
        self.entries = entries
        self.seen: set[str] = set()
        self.dirty = False

    @classmethod
    def open(cls, root: Path) -> _LoadCache | None:
        folder = cache_dir()
        if folder is None:
            return None
        if not os.environ.get("DRAFTER_CACHE_DIR") and _is_temporary(root):
            return None  # throw-away libraries (tests, scratch copies) would only litter the user's cache
        key = hashlib.sha256(f"{root.resolve()}\0{root}".encode()).hexdigest()[:24]
        file = folder / f"library-{key}.pickle"
        entries: dict[str, Any] = {}
        try:
            with file.open("rb") as handle:
                data = _Unpickler(handle).load()
            if isinstance(data, dict) and data.get("version") == _code_version():
                entries = data["files"]
                if time.time() - file.stat().st_mtime > 86400:
                    os.utime(file)  # still in use: keep it from being pruned
        except Exception:  # noqa: BLE001 - a missing or damaged cache is simply rebuilt
            entries = {}
        return cls(file, entries)

    def read(self, file: Path) -> tuple[list[Fragment], list[FragmentFormatError]]:
        try:
            raw = file.read_bytes()
        except OSError:
            return read_fragment_file(file)
        name = str(file)
        self.seen.add(name)
        digest = hashlib.blake2b(raw, digest_size=20).digest()
        hit = self.entries.get(name)
        if hit is not None and hit[0] == digest:
            _USED.update(hit[3])
            return list(hit[1]), [_error_from_tuple(e) for e in hit[2]]
        try:
            data = parse_yaml(raw.decode("utf-8-sig"), file)
        except UnicodeDecodeError:
            return read_fragment_file(file)
        except FragmentFormatError as exc:
            found, problems = [], [exc]
        else:
            found, problems = fragments_from_data(data, file)
        used = {t: _USED[t] for f in found for t in fragment_texts(f) if t in _USED}
        self.entries[name] = (digest, tuple(found), tuple(_error_to_tuple(e) for e in problems), used)
        self.dirty = True
        return found, problems

    def save(self) -> None:
        stale = set(self.entries) - self.seen
        if not (self.dirty or stale):
            return
        for name in stale:
            del self.entries[name]
        shared: dict[frozenset[str], frozenset[str]] = {}  # one object per distinct name set: faster to unpickle
        for name, (digest, found, problems, used) in list(self.entries.items()):
            used = {text: shared.setdefault(names, names) for text, names in used.items()}
            self.entries[name] = (digest, found, problems, used)
        buffer = io.BytesIO()
        _Pickler(buffer, protocol=5).dump({"version": _code_version(), "files": self.entries})
        _prune(self.file.parent)
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd, tmp = tempfile.mkstemp(prefix=".library-", suffix=".tmp", dir=self.file.parent)
            with os.fdopen(fd, "wb") as handle:
                handle.write(buffer.getvalue())
            os.replace(tmp, self.file)
        except OSError:  # the cache is only an optimisation: never fail a load over it
            if "tmp" in locals():
                Path(tmp).unlink(missing_ok=True)


_CACHE_DAYS = 30


def _is_temporary(root: Path) -> bool:
    try:
        return root.resolve().is_relative_to(Path(tempfile.gettempdir()).resolve())
    except OSError:
        return False


def _prune(folder: Path) -> None:
    """Remove cache files of libraries not loaded for a month (the library may be long gone)."""
    try:
        old = [p for p in folder.glob("library-*.pickle") if time.time() - p.stat().st_mtime > _CACHE_DAYS * 86400]
        for path in old:
            path.unlink(missing_ok=True)
    except OSError:
        pass


def _error_to_tuple(exc: FragmentFormatError) -> tuple[Any, ...]:
    message = exc.message
    if exc.fragment_id and message.startswith(f"片段 {exc.fragment_id}："):
        message = message[len(f"片段 {exc.fragment_id}：") :]
    return (message, exc.path, exc.line, exc.fragment_id, exc.hint)


def _error_from_tuple(item: tuple[Any, ...]) -> FragmentFormatError:
    message, path, line, fragment_id, hint = item
    return FragmentFormatError(message, path=path, line=line, fragment_id=fragment_id, hint=hint)


# ---------------------------------------------------------------- templates


_TEMPLATE_KEYS = {
    "name": True, "description": False, "tags": False, "points": False,
    "stages": False, "variables": False, "skeleton": True,
}  # fmt: skip


def load_templates(root: str | Path | None = None) -> dict[str, Template]:
    """Load every `*.yaml` template under `root` (default: the shipped templates).

    Raises:
        TemplateError: missing folder, bad YAML, unknown keys or unsafe Jinja.
    """
    path = Path(root) if root is not None else default_templates_dir()
    if not path.is_dir():
        raise TemplateError("模板目录不存在", path=path, hint="用 --templates 指向含有 *.yaml 模板的目录。")
    templates = {}
    for file in sorted(path.glob("*.yaml")):
        template = read_template(file)
        templates[template.key] = template
    if not templates:
        raise TemplateError("模板目录中没有模板（*.yaml）", path=path)
    return templates


def read_template(file: Path) -> Template:
    """Read and validate one template file."""
    try:
        data = read_yaml(file)
    except FragmentFormatError as exc:
        raise TemplateError(exc.message, path=file, line=exc.line, hint=exc.hint) from exc
    ctx = {"path": str(file), "line": getattr(data, "line", None)}
    try:
        if not isinstance(data, dict):
            raise FragmentFormatError("模板文件顶层应是键值对", **ctx)
        _check_keys(data, _TEMPLATE_KEYS, ctx)
        points = data.get("points") or {}
        stages = {int(k): tuple(v) for k, v in (data.get("stages") or {}).items()}
        skeleton = str(data["skeleton"])
        check_safe(parse_jinja(skeleton, ctx), ctx)
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
            variables=_parse_variables(data.get("variables"), ctx),
            path=str(file),
        )
    except FragmentFormatError as exc:
        raise TemplateError(exc.message, path=file, line=exc.line, hint=exc.hint) from exc
    except (TypeError, ValueError) as exc:
        raise TemplateError(f"模板格式错误：{exc}", path=file) from exc


def default_corpus_dir() -> Path:
    """The cleaned speeches shipped with drafter (the repository's `corpus/`)."""
    return _shipped_dir("DRAFTER_CORPUS", "corpus")
