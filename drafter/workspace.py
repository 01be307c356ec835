"""The user's workspace: their own library, templates and corpus, and the config naming them.

A workspace is a folder made by `drafter init` holding `drafter.yaml`, `fragments/`,
`templates/` and `corpus/`. Which workspace applies (first match wins):

1. `DRAFTER_CONFIG`: that config file;
2. `drafter.yaml` in the working directory or one of its parents;
3. `DRAFTER_HOME`: that folder is the workspace;
4. the user's config file (platformdirs config folder, `config.yaml`), whose `workspace:`
   names the default workspace (written by `drafter init`);
5. the user's data folder (platformdirs): created on first use by `drafter ingest`.

Libraries stack: the shipped library first, then the workspace's own, in the order the
config lists them. A fragment id found in more than one library is taken from the later
one (so a user can replace a shipped fragment), and each such clash is reported.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from drafter.errors import DrafterError, LibraryError, UsageError, os_reason
from drafter.files import cache_key, write_text_atomic
from drafter.library.paths import (
    default_corpus_dir,
    default_library_dir,
    default_templates_dir,
    is_shipped_package,
    user_config_file,
    user_data_dir,
)
from drafter.records import Record, replace

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time (#18: ~10 M instructions)
if TYPE_CHECKING:  # the library's loading code is imported when a library is loaded: search reads an index
    from typing import Any

    from drafter.library.load import Library
    from drafter.model import Template

CONFIG_NAME = "drafter.yaml"
# Written as a library path, this names the library shipped with drafter.
SHIPPED_NAMES = ("自带", "builtin")
_KEYS = {"libraries", "templates", "corpus", "shipped"}

CONFIG_TEXT = """\
# drafter 工作区配置（drafter init 生成）。路径相对于本文件所在的文件夹。
#
# 片段库按顺序叠加：先是 drafter 自带的片段库，再是下面列出的库。
# 同一个 id 出现在几个库中时，用后面的库中的片段，并给出提示。
# drafter ingest 和 drafter fragments add 写入下面列出的第一个库。
libraries:
  - fragments
# 自己的模板；与自带模板同名时用自己的。
templates:
  - templates
# drafter ingest 把清理后的讲话稿存到这里；drafter diff 默认也与这里的讲话稿对比。
corpus: corpus
# 是否叠加 drafter 自带的片段库、模板和讲话稿（false：只用自己的）。
shipped: true
"""


class Workspace(Record):
    """Where the user's own material is, and whether the shipped material is stacked under it (a frozen record:
    drafter/records.py)."""

    __slots__ = ("root", "config", "libraries", "templates", "corpus", "shipped")
    root: Path
    config: Path | None
    libraries: tuple[Path, ...]
    templates: tuple[Path, ...]
    corpus: Path
    shipped: bool

    def __init__(self, root: Path, config: Path | None, libraries: tuple[Path, ...], templates: tuple[Path, ...],
                 corpus: Path, shipped: bool = True) -> None:  # fmt: skip
        set_field = object.__setattr__
        set_field(self, "root", root)
        set_field(self, "config", config)
        set_field(self, "libraries", libraries)
        set_field(self, "templates", templates)
        set_field(self, "corpus", corpus)
        set_field(self, "shipped", shipped)

    @property
    def own_library(self) -> Path:
        """The library `ingest` and `fragments add` write into."""
        return self.libraries[0] if self.libraries else self.root / "fragments"


def find_workspace(cwd: str | Path | None = None) -> Workspace:
    """The workspace that applies in `cwd` (see the module docstring for the order).

    Raises:
        UsageError: `DRAFTER_CONFIG` names a missing file, or a config file is invalid.
    """
    if os.environ.get("DRAFTER_CONFIG"):
        config = Path(os.environ["DRAFTER_CONFIG"])
        if not config.is_file():
            raise UsageError("环境变量 DRAFTER_CONFIG 指向的配置文件不存在", path=config,
                             hint="改正路径，或取消这个环境变量（unset DRAFTER_CONFIG）。")  # fmt: skip
        return read_workspace(config)
    here = Path(cwd) if cwd is not None else Path.cwd()
    for folder in (here, *here.resolve().parents):
        if (folder / CONFIG_NAME).is_file():
            return read_workspace(folder / CONFIG_NAME)
    if os.environ.get("DRAFTER_HOME"):
        return _plain_workspace(user_data_dir())
    default = _default_from_user_config()
    return default if default is not None else _plain_workspace(user_data_dir())


def read_workspace(config: Path) -> Workspace:
    """Read a workspace config file (`drafter.yaml`).

    Raises:
        UsageError: not YAML, not a mapping, an unknown key or a value of the wrong kind.
    """
    data = _read_mapping(config)
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise UsageError(f"配置文件中有不认识的项：{'、'.join(unknown)}", path=config,
                         hint=f"可用的项：{'、'.join(sorted(_KEYS))}。")  # fmt: skip
    root = config.parent
    libraries = _paths(data.get("libraries", ["fragments"]), root, config, "libraries")
    templates = _paths(data.get("templates", ["templates"]), root, config, "templates")
    corpus = _paths(data.get("corpus", "corpus"), root, config, "corpus")
    shipped = data.get("shipped", True)
    if not isinstance(shipped, bool) or len(corpus) != 1:
        bad = "shipped 应为 true 或 false" if not isinstance(shipped, bool) else "corpus 应是一个文件夹"
        raise UsageError(f"配置文件有误：{bad}", path=config, hint="参照 drafter init 生成的 drafter.yaml。")
    return Workspace(root, config, tuple(libraries), tuple(templates), corpus[0], shipped)


def _plain_workspace(root: Path) -> Workspace:
    """A workspace folder without a config file: the standard layout, shipped material stacked."""
    if (root / CONFIG_NAME).is_file():
        return read_workspace(root / CONFIG_NAME)
    return Workspace(root, None, (root / "fragments",), (root / "templates",), root / "corpus")


def _default_from_user_config() -> Workspace | None:
    config = user_config_file()
    if not config.is_file():
        return None
    data = _read_mapping(config)
    unknown = sorted(set(data) - {"workspace"})
    folder = data.get("workspace")
    if unknown or not isinstance(folder, str) or not folder.strip():
        raise UsageError("用户配置文件应只有一项 workspace: 工作区文件夹", path=config,
                         hint="改正或删除这个文件；drafter init 文件夹 --default 会重写它。")  # fmt: skip
    root = (config.parent / os.path.expanduser(folder)).resolve()
    if not root.is_dir():
        raise UsageError(f"默认工作区 {root} 不存在", path=config,
                         hint="用 drafter init 文件夹 --default 重新建立，或删除这个配置文件。")  # fmt: skip
    return _plain_workspace(root)


def _read_mapping(config: Path) -> dict[str, Any]:
    from drafter.library.yamlio import read_yaml

    try:
        data = read_yaml(config)
    except LibraryError as exc:
        raise UsageError(f"配置文件读不了：{exc.message}", path=config, line=exc.line, hint=exc.hint) from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise UsageError("配置文件顶层应是 名称: 值 的映射", path=config, line=1)
    return data


def _paths(value: Any, root: Path, config: Path, key: str) -> list[Path]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(i, str) and i.strip() for i in items):
        raise UsageError(f"配置文件有误：{key} 应是文件夹路径的列表", path=config,
                         hint=f"例如 {key}: [fragments]")  # fmt: skip
    return [root / os.path.expanduser(i) for i in items]


# ------------------------------------------------------------------ the stacks


def library_stack(explicit: Sequence[str | Path] = (), workspace: Workspace | None = None) -> list[Path]:
    """The library folders to load, bottom first.

    `explicit` (from `--library`, repeatable) replaces the configured stack; the name
    `自带` (or `builtin`) stands for the shipped library.
    """
    if explicit:
        return [default_library_dir() if str(p) in SHIPPED_NAMES else Path(p) for p in explicit]
    ws = workspace or find_workspace()
    shipped = [default_library_dir()] if ws.shipped else []
    own = [p for p in ws.libraries if p.is_dir() and not _same(p, default_library_dir())]
    return shipped + own


def open_library(
    explicit: str | Path | Sequence[str | Path] | None = None, *, strict: bool = True,
    only: Sequence[str] | None = None,
) -> Library:
    """Load the stacked library (see `library_stack`), reporting id clashes and missing libraries in `.notes`.

    `only`: a library of one folder is read in part (see `load_library`); a stack is read whole.

    Raises:
        LibraryError: a library folder is missing, or (strict) a fragment is invalid.
    """
    from drafter.library.load import load_library

    roots, missing = stack_roots(explicit)
    only = only if len(roots) == 1 else None
    stacked = stack_libraries([load_library(root, strict=strict, only=only) for root in roots])
    return replace(stacked, notes=missing + stacked.notes) if missing else stacked


def stack_roots(explicit: str | Path | Sequence[str | Path] | None = None) -> tuple[list[Path], tuple[str, ...]]:
    """The library folders `open_library` stacks, bottom first, and its notes about configured libraries not made yet.

    Raises:
        LibraryError: no library to stack (the config leaves out the shipped one and the own one is not made yet).
    """
    ws = None if explicit else find_workspace()
    roots = library_stack(_as_list(explicit), ws)
    if not roots:
        raise LibraryError("没有可用的片段库：配置中 shipped 为 false，且自己的片段库还不存在",
                           hint="用 drafter ingest 或 drafter fragments add 建立自己的片段库，或把 shipped 改为 true。")  # fmt: skip
    return roots, _missing_libraries(ws) if ws is not None else ()


def _missing_libraries(ws: Workspace) -> tuple[str, ...]:
    """Notes about libraries a config file lists that do not exist (yet)."""
    if ws.config is None:
        return ()  # the default workspace: its library appears with the first ingest
    return tuple(f"{ws.config} 中列出的片段库 {p} 还不存在，暂不叠加（drafter ingest 或 fragments add 会建立它）"
                 for p in ws.libraries if not p.is_dir())  # fmt: skip


def stack_libraries(libraries: Sequence[Library]) -> Library:
    """One library from several: later libraries replace fragments of the same id."""
    from drafter.library.load import Library

    if len(libraries) == 1:
        return replace(libraries[0], roots=(libraries[0].root,))
    merged: dict[str, Any] = {}
    notes: list[str] = []
    for library in libraries:
        for fragment in library.fragments:
            hidden = merged.get(fragment.id)
            if hidden is not None:
                notes.append(f"片段 {fragment.id} 在 {_where(hidden.path)}:{hidden.line} 和 "
                               f"{_where(fragment.path)}:{fragment.line} 中都有，用的是后者（后叠加的库优先）")  # fmt: skip
            merged[fragment.id] = fragment
    errors = tuple(e for library in libraries for e in library.errors)
    content = stacked_content([lib.content for lib in libraries])
    return Library(libraries[-1].root, tuple(merged.values()), errors, merged,
                   roots=tuple(lib.root for lib in libraries), notes=tuple(notes), content=content)  # fmt: skip


def stacked_content(contents: Sequence[str]) -> str:
    """The `content` of a stack of libraries with these contents, bottom first ("" when one is unknown)."""
    if len(contents) == 1:
        return contents[0]
    return cache_key(*(c.encode() for c in contents)) if all(contents) else ""


def _where(path: str) -> str:
    """A fragment file as the user knows it: shipped files by their name in the shipped library."""
    shipped = default_library_dir().resolve()
    resolved = Path(path).resolve()
    if resolved.is_relative_to(shipped):
        return f"自带片段库的 {resolved.relative_to(shipped).as_posix()}"
    return path


def open_templates(explicit: str | Path | None = None) -> dict[str, Template]:
    """The shipped templates with the workspace's own on top (same key: the user's wins)."""
    from drafter.library.templates import load_templates

    if explicit is not None:
        return load_templates(explicit)
    ws = find_workspace()
    own = [p for p in ws.templates if p.is_dir() and any(p.glob("*.y*ml"))]  # a fresh workspace has none yet
    folders = ([default_templates_dir()] if ws.shipped else []) + own
    merged: dict[str, Template] = {}
    for folder in folders or [default_templates_dir()]:
        merged.update(load_templates(folder))
    return merged


def default_corpora() -> list[Path]:
    """The speeches `diff` compares against by default: the shipped corpus and the user's own."""
    ws = find_workspace()
    shipped = [default_corpus_dir()] if ws.shipped else []
    own = [ws.corpus] if ws.corpus.is_dir() and any(ws.corpus.glob("*.md")) else []
    return shipped + own or [default_corpus_dir()]


def writable_library(explicit: str | Path | None = None) -> Path:
    """The library that `ingest` writes into: `explicit`, else the workspace's own library.

    Raises:
        UsageError: the library is inside the installed package.
    """
    target = Path(explicit) if explicit is not None else find_workspace().own_library
    if str(target) in SHIPPED_NAMES or is_shipped_package(target):
        raise UsageError("自带片段库随 drafter 安装，不能写入", path=target,
                         hint="不加 --library 即写入自己的片段库；用 drafter init 文件夹 建立工作区。")  # fmt: skip
    return target


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _as_list(explicit: str | Path | Sequence[str | Path] | None) -> list[str | Path]:
    if explicit is None:
        return []
    if isinstance(explicit, str | Path):
        return [explicit]
    return list(explicit)


# ------------------------------------------------------------------ drafter init


class InitResult(Record):
    """What `init_workspace` made."""

    __slots__ = ("workspace", "created", "default_set")
    workspace: Workspace
    created: tuple[Path, ...]
    default_set: Path | None  # the user config file naming this workspace as default, if written

    def __init__(self, workspace: Workspace, created: tuple[Path, ...], default_set: Path | None) -> None:
        set_field = object.__setattr__
        set_field(self, "workspace", workspace)
        set_field(self, "created", created)
        set_field(self, "default_set", default_set)


def init_workspace(folder: str | Path, *, make_default: bool | None = None) -> InitResult:
    """Make a workspace in `folder`: `drafter.yaml`, `fragments/`, `templates/`, `corpus/`.

    Existing files are never overwritten. Unless `make_default` is False, the folder
    becomes the user's default workspace when there is none yet (or when True).

    Raises:
        DrafterError: `folder` is a file, or it cannot be written.
    """
    root = Path(folder)
    if root.exists() and not root.is_dir():
        raise DrafterError("已有同名文件，不能建成工作区文件夹", path=root, hint="换一个文件夹名。")
    if is_shipped_package(root) or _same(root / "fragments", default_library_dir()):
        raise UsageError("这里是 drafter 自带片段库所在的文件夹（安装目录或源代码仓库），不能作为工作区",
                         path=root, hint="换一个文件夹，如 drafter init 我的库。")  # fmt: skip
    created: list[Path] = []
    try:
        for sub in ("", "fragments", "templates", "corpus"):
            path = root / sub
            if not path.is_dir():
                path.mkdir(parents=True)
                created.append(path)
        config = root / CONFIG_NAME
        if not config.exists():  # whole or not at all: a full disk left an empty drafter.yaml every command refused
            write_text_atomic(config, CONFIG_TEXT)
            created.append(config)
    except OSError as exc:
        raise DrafterError(f"无法建立工作区（{os_reason(exc)}）", path=root, hint="检查路径和权限。") from exc
    workspace = read_workspace(root / CONFIG_NAME)
    default_set = _set_default(root) if _should_set_default(make_default) else None
    return InitResult(workspace, tuple(created), default_set)


def _should_set_default(make_default: bool | None) -> bool:
    if make_default is not None:
        return make_default
    return not os.environ.get("DRAFTER_CONFIG") and not user_config_file().exists()


def _set_default(root: Path) -> Path:
    config = user_config_file()
    text = (
        "# drafter 用户配置：默认工作区（在别的文件夹里运行 drafter 时使用）。\n"
        f"workspace: {_yaml_string(str(root.resolve()))}\n"
    )
    try:
        config.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(config, text)  # a full disk left an empty config.yaml that every later command refused
    except OSError as exc:
        raise DrafterError(f"无法写入用户配置（{os_reason(exc)}）", path=config, hint="检查权限，或设置环境变量 DRAFTER_HOME。") from exc
    return config


def _yaml_string(value: str) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid YAML scalar (Windows paths too)
