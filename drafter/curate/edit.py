"""Add, replace and remove single fragments in the library files, losing nothing.

Each change splices the lines of one list item (see `yamltext`), is validated
with `library.fragment_from_dict` and checked by re-parsing before it is
written atomically; a file changed on disk in the meantime is not overwritten.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drafter.curate.yamltext import (
    SourceFile,
    Span,
    append_text,
    edit_lock,
    flow_value,
    item_spans,
    load_items,
    parse_snippet,
    read_source,
    reindent,
    removal_text,
    replace_lines,
    span_text,
    spans_and_items,
    verify,
    write_if_unchanged,
)
from drafter.errors import FragmentFormatError, LibraryError, UsageError, os_reason
from drafter.library import (
    Library,
    default_library_dir,
    fragment_files,
    fragment_from_dict,
    load_library,
)
from drafter.library.jinja import line_holding
from drafter.library.paths import is_shipped_package
from drafter.model import Fragment, Role
from drafter.workspace import SHIPPED_NAMES, find_workspace

SCHEMA_LINE = "# yaml-language-server: $schema="


@dataclass(frozen=True, slots=True)
class Change:
    """What a curation command did: which fragment, in which file, at which line."""

    action: str  # "added", "replaced", "removed", "unchanged"
    fragment_id: str
    path: str
    line: int


@dataclass(frozen=True, slots=True)
class Located:
    """One fragment found in its file, with the file as it was read."""

    source: SourceFile
    span: Span
    items: list[Any]

    @property
    def text(self) -> str:
        """The fragment's YAML exactly as it stands in the file."""
        return span_text(self.source, self.span)


def library_root(root: str | Path | None) -> Path:
    """The library folder (or file) to work on: `root`, else the user's own library if it
    exists, else the shipped one (`自带` names it explicitly)."""
    path = Path(root) if root is not None else default_target()
    if str(path) in SHIPPED_NAMES:
        path = default_library_dir()
    if not path.exists():
        raise LibraryError("片段库目录不存在", path=path, hint="用 --library 指向含有 *.yaml 片段文件的目录。")
    return path


def default_target() -> Path:
    """The library curation commands work on when none is named."""
    own = find_workspace().own_library
    return own if own.is_dir() else default_library_dir()


def _own_library() -> Path:
    """Where `add` writes by default: the user's own library (made on first use), or, in a
    source checkout without one, the repository's library."""
    own = find_workspace().own_library
    if own.is_dir() or is_shipped_package(default_library_dir()):
        try:
            own.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(f"无法建立自己的片段库（{os_reason(exc)}）", path=own, hint="用 --library 指定片段库文件夹。") from exc
        return own
    return default_library_dir()


def _taken_ids(library: Library) -> set[str]:
    ids = {f.id for f in library.fragments}
    return ids | {e.fragment_id for e in library.errors if e.fragment_id}


def locate_fragment(root: str | Path | None, fragment_id: str, *, file: str | Path | None = None) -> Located:
    """Find the one list item with this id, in any file (valid or not) or in `file`.

    Raises:
        LibraryError: no such fragment, or the file holding it is not valid YAML.
        UsageError: the id occurs more than once (name the file with --file).
    """
    path = library_root(root)
    if file is not None:
        files = [resolve_target(path, file)]  # the file named: no need to read the whole library
    else:
        library = load_library(path, strict=False)
        known = [Path(f.path) for f in library.fragments if f.id == fragment_id]
        known += [Path(e.path) for e in library.errors if getattr(e, "fragment_id", None) == fragment_id and e.path]
        files = sorted(set(known)) or fragment_files(path)
    found: list[Located] = []
    broken: list[str] = []
    for candidate in files:
        source = read_source(candidate)
        try:
            spans, items = spans_and_items(source)
        except FragmentFormatError as exc:
            broken.append(exc.render())
            continue
        found += [Located(source, s, items) for s in spans if s.fragment_id == fragment_id]
    if len(found) == 1:
        return found[0]
    if found:
        where = "、".join(f"{f.source.path}:{f.span.line}" for f in found)
        raise UsageError(
            f"id 为 {fragment_id} 的片段有 {len(found)} 个：{where}",
            hint="用 --file 指明要改的文件；同一文件里的重复 id 请先手工改名。",
        )
    hint = "用 drafter fragments list 或 search 查找片段 id。"
    if not _same_folder(path, default_library_dir()) and _is_shipped_id(fragment_id):
        hint = (f"{fragment_id} 是自带片段，自带片段库不能修改。要改它，把它（drafter fragments show {fragment_id}）"
                "以同一 id 加入自己的片段库（drafter fragments add），自己的片段会取代自带的。")  # fmt: skip
    if broken:
        hint = "以下文件有 YAML 错误，其中的片段无法查找，请先修好：\n    " + "\n    ".join(broken)
    raise LibraryError(f"片段库中没有 id 为 {fragment_id} 的片段", path=path, hint=hint)


def _is_shipped_id(fragment_id: str) -> bool:
    return any(f.id == fragment_id for f in load_library(default_library_dir(), strict=False).fragments)


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def resolve_target(root: Path, file: str | Path) -> Path:
    """A fragment file named on the command line: a path inside the library or a name in it.

    Raises:
        UsageError: outside the library, or not a .yaml/.yml file.
    """
    if root.is_file():
        if Path(file).resolve() != root.resolve():
            raise UsageError(f"片段库只有一个文件 {root}，--file 不能指向别的文件")
        return root
    target = Path(file)
    if not target.is_absolute() and not target.exists():
        target = root / target
    if target.suffix not in (".yaml", ".yml"):
        raise UsageError(f"片段文件必须是 .yaml 文件：{file}")
    try:
        target.resolve().relative_to(root.resolve())
    except ValueError:
        raise UsageError(f"{file} 不在片段库 {root} 中", hint="--file 写片段库中的文件名，如 openings.yaml。") from None
    return target


def _default_target(root: Path, library: Library, role: Role) -> Path:
    if root.is_file():
        return root
    counts = Counter(f.path for f in library.fragments if f.role == role)
    if not counts:  # the first fragment of its role (a new library): a file named by the role
        return root / f"{role.value}.yaml"
    return Path(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0])


def _checked(source: SourceFile, text: str, expected: list[Any]) -> str:
    if not verify(source.path, text, expected):
        raise LibraryError(
            "修改后的文件无法还原为预期的片段（缩进或格式与文件不一致），没有写入",
            path=source.path, hint="保持片段的缩进与文件中其他片段一致后重试。",
        )  # fmt: skip
    return text


def add_fragment(
    root: str | Path | None, snippet: str, *, file: str | Path | None = None, origin: str = "<stdin>"
) -> Change:
    """Append one fragment (YAML mapping or one-item list) to a library file.

    The fragment goes to `file`, or to the file holding most fragments of its role.

    Raises:
        FragmentFormatError: the snippet is not a valid fragment.
        UsageError: the id is already taken, or the target is not in the library.
        LibraryError: the target file is broken or changed while we worked.
    """
    path = library_root(root) if root is not None else _own_library()
    item, data = parse_snippet(snippet, origin)
    fragment = _from_snippet(data, snippet, origin)
    _refuse_path_like_id(fragment.id)
    library = load_library(path, strict=False)
    if fragment.id in _taken_ids(library):
        where = next((f"{f.path}:{f.line}" for f in library.fragments if f.id == fragment.id), "")
        raise UsageError(f"id {fragment.id} 已被占用（{where or '片段库中'}）", hint="换一个唯一的 id。")
    target = resolve_target(path, file) if file is not None else _default_target(path, library, fragment.role)
    # Read and write under one lock: concurrent adds to one file all land.
    with edit_lock(target):
        source = read_source(target, missing_ok=True)
        items = load_items(source) if source.text.strip() else []
        spans = item_spans(source) if items else []
        # Taken again under the lock: two shells adding one id at the same moment both passed the check above and
        # the file held the id twice (newuser38).
        if any(isinstance(it, dict) and str(it.get("id")) == fragment.id for it in items):
            line = next((sp.line for sp in spans if sp.fragment_id == fragment.id), None)
            raise UsageError(f"id {fragment.id} 已被占用（{target}{f':{line}' if line else ''}，刚刚有人添加了它）",
                             hint="换一个唯一的 id；先用 drafter fragments show 看看刚添加的那一条。")  # fmt: skip
        if source.digest is None:
            source = SourceFile(target, _new_file_header(path, target), None)
        text = _checked(source, append_text(source, spans, item), [*items, data])
        write_if_unchanged(source, text)
    return Change("added", fragment.id, str(target), len(text.splitlines()) - len(item.splitlines()) + 1)


_PATH_LIKE_ID = re.compile(r"[/\\\s\x00-\x1f\x7f]|\.\.|^\.")


def _refuse_path_like_id(fragment_id: str) -> None:
    """A new id that reads as a path (../../evil, a/b) or holds blanks is refused.

    `fragments add --id ../../evil` was added (newuser36): the web page, which refuses every address with “..”
    or a “/” in an id, could then neither show nor edit it, and an editor's temporary file took the id as a path.

    Raises:
        UsageError: the id holds a slash, a backslash, “..”, a leading dot, a blank or a control character.
    """
    if _PATH_LIKE_ID.search(fragment_id):
        raise UsageError(
            f"id “{fragment_id}”不能含有斜杠、“..”、空格或控制字符，也不能以“.”开头",
            hint="id 用字母、数字、汉字、短横线和点组成，如 closing.mine-1。",
        )


def _new_file_header(root: Path, target: Path) -> str:
    """A new fragment file points editors at the JSON Schema its siblings point at, if any."""
    for sibling in fragment_files(root):
        schema = schema_reference(sibling)
        if schema is not None and schema.is_file():
            return f"{SCHEMA_LINE}{Path(os.path.relpath(schema, target.parent.resolve())).as_posix()}\n\n"
    return ""


def schema_reference(file: Path) -> Path | None:
    """The JSON Schema a fragment file's first line points at (resolved), or None."""
    try:
        with file.open(encoding="utf-8-sig") as handle:
            first = handle.readline().strip()
    except (OSError, UnicodeDecodeError):
        return None
    if not first.startswith(SCHEMA_LINE):
        return None
    return (file.parent / first[len(SCHEMA_LINE) :].strip()).resolve()


def replace_fragment(
    root: str | Path | None, located: Located, snippet: str, *, origin: str = "<edit>"
) -> Change:
    """Replace one located fragment by `snippet`, touching no other line of its file.

    Raises:
        FragmentFormatError: the new text is not a valid fragment (line numbers
            count in `snippet`, reported against `origin`).
        UsageError: the id was changed to one already taken.
        LibraryError: the file changed on disk since it was located.
    """
    item, data = parse_snippet(snippet, origin)
    fragment = _from_snippet(data, snippet, origin)
    old_id = located.span.fragment_id
    if fragment.id != old_id:
        _refuse_path_like_id(fragment.id)
    if fragment.id != old_id and fragment.id in _taken_ids(load_library(library_root(root), strict=False)):
        raise UsageError(f"新的 id {fragment.id} 已被其他片段使用", hint="换一个唯一的 id，或保留原来的 id。")
    if item.strip() == located.text.strip():
        return Change("unchanged", fragment.id, str(located.source.path), located.span.line)
    with edit_lock(located.source.path):
        now = relocate(located)  # others may have changed other fragments of the file meanwhile
        source, span = now.source, now.span
        expected = [*now.items[: span.index], data, *now.items[span.index + 1 :]]
        text = _checked(source, replace_lines(source, span.start, span.end, reindent(item, span.dash_column)), expected)
        write_if_unchanged(source, text)
    return Change("replaced", fragment.id, str(source.path), span.line)


def edit_fragment(root: str | Path | None, fragment_id: str, base: str, snippet: str, *, origin: str = "<edit>") -> Change:
    """Replace a fragment by `snippet`, provided it still reads `base` (what the editor started from).

    The web page's edit form: an edit made on a stale copy is refused, never written
    over someone else's change.

    Raises:
        LibraryError: the fragment changed or was removed since `base` was read.
        FragmentFormatError, UsageError: as `replace_fragment`.
    """
    located = locate_fragment(root, fragment_id)
    if located.text.strip() != base.strip():
        raise LibraryError(
            f"片段 {fragment_id} 在你打开之后被别人修改了，为免覆盖别人的修改，没有保存",
            path=located.source.path, hint="你的修改仍在编辑框中：复制下来，重新打开该片段，在最新内容上再改。",
        )  # fmt: skip
    return replace_fragment(root, located, snippet, origin=origin)


def relocate(located: Located) -> Located:
    """The same fragment in its file as it is now (call with the file's lock held).

    Edits of other fragments of the file since it was located are fine; an edit
    or removal of this fragment itself is refused, never overwritten.

    Raises:
        LibraryError: the fragment was changed or removed by someone else.
    """
    source = read_source(located.source.path)
    if source.digest == located.source.digest and source.text == located.source.text:
        # The same bytes as when it was located: the same items at the same lines, without parsing the file again
        # (a removal parsed its file to locate the fragment, again here, and once more to verify the new text).
        return Located(source, located.span, located.items)
    spans, items = spans_and_items(source)
    found = [s for s in spans if s.fragment_id == located.span.fragment_id]
    if len(found) != 1 or span_text(source, found[0]).strip() != located.text.strip():
        raise LibraryError(
            f"片段 {located.span.fragment_id} 在读取之后被别人修改或删除了，为免覆盖这些修改，没有写入",
            path=source.path, hint="重新运行该命令，它会基于文件的最新内容修改。",
        )  # fmt: skip
    return Located(source, found[0], items)


def remove_fragment(root: str | Path | None, fragment_id: str, *, file: str | Path | None = None) -> Change:
    """Remove one fragment (and the blank line that separated it) from its file.

    Raises:
        LibraryError, UsageError: as `locate_fragment`, or the file changed meanwhile.
    """
    return remove_located(locate_fragment(root, fragment_id, file=file))


def remove_located(located: Located) -> Change:
    """Remove a located fragment, unless that fragment changed since it was located."""
    with edit_lock(located.source.path):
        now = relocate(located)
        source, span = now.source, now.span
        expected = [*now.items[: span.index], *now.items[span.index + 1 :]]
        for text in removal_text(source, span):
            if verify(source.path, text, expected):
                write_if_unchanged(source, text)
                return Change("removed", span.fragment_id, str(source.path), span.line)
    raise LibraryError("无法只删除这一个片段而不影响其他内容，没有写入", path=source.path, hint="请手工编辑该文件。")


# ------------------------------------------------------------------ snippets


def _text_lines(key: str, text: str) -> list[str]:
    lines = text.split("\n")
    literal_ok = "\n" in text and all(not ln[:1].isspace() and ln == ln.rstrip() for ln in lines if ln)
    if literal_ok and lines[0] and lines[-1]:
        return [f"{key}: |-", *(f"  {ln}" if ln else "" for ln in lines)]
    return [f"{key}: {flow_value(text)}"]


def fragment_snippet(
    *,
    fragment_id: str,
    role: str,
    text: str,
    speech: str,
    where: str = "",
    tags: Sequence[str] = (),
    variables: Mapping[str, str | None] | None = None,
    heading: str = "",
) -> str:
    """The YAML of a new fragment in the library's house style (flow lists, `|-` blocks)."""
    lines = [f"id: {flow_value(fragment_id)}", f"role: {flow_value(role)}"]
    if tags:
        lines.append(f"tags: {flow_value(list(tags))}")
    if variables:
        specs = {name: ({"prompt": prompt} if prompt else None) for name, prompt in variables.items()}
        if all(v is None and name.isidentifier() for name, v in specs.items()):
            lines.append("variables: {" + ", ".join(f"{name}: " for name in specs) + "}")  # house style
        else:
            lines.append(f"variables: {flow_value(specs)}")
    if heading:
        lines.append(f"heading: {flow_value(heading)}")
    if text:
        lines += _text_lines("text", text)
    source = {**_source_option(speech), **({"where": where} if where else {})}
    lines.append(f"source: {flow_value(source)}")
    return "\n".join(lines) + "\n"


_AUTHORED_EXAMPLE = "--source '{authored: 本单位, written: 2026-12}'"


def _source_option(speech: str) -> dict[str, Any]:
    """`--source`: a speech id, or a source written as in a fragment file ({authored: 本单位, written: 2026-12}).

    The mapping was stored as a speech id named `{authored: 本单位, written: 2026-12}` (newuser37).

    Raises:
        UsageError: braces that hold no source mapping.
    """
    if not speech.strip().startswith("{"):
        return {"speech": speech}
    from drafter.library.yamlio import parse_yaml

    try:
        data = parse_yaml(speech, "--source")
    except FragmentFormatError as exc:
        raise UsageError(f"--source 的写法有误：{exc.message}", hint=f"自己写的片段：{_AUTHORED_EXAMPLE}。") from None
    if not isinstance(data, dict):
        raise UsageError(f"--source 的写法有误：“{speech}”", hint=f"自己写的片段：{_AUTHORED_EXAMPLE}。")
    return dict(data)


def _from_snippet(data: Any, snippet: str, origin: str) -> Fragment:
    """The fragment a pasted snippet holds; a mistake in it is reported at the snippet's own line."""
    try:
        return fragment_from_dict(data, path=origin)
    except FragmentFormatError as exc:
        if exc.words:
            exc.line = line_holding(snippet.splitlines(), exc.words, exc.line)
            exc.args = (exc.render(),)
        raise
