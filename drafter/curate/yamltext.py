"""Edit one fragment of a YAML file by splicing its lines; every other byte stays as it was.

A fragment file is a YAML list. Each list item spans a range of lines; adding,
replacing or removing a fragment rewrites only that range, so comments, key
order, quoting and layout of every other fragment are untouched (nothing else is
re-serialised). Every splice is checked by parsing the result and comparing it
with what was intended before anything is written, and a file that changed on
disk since it was read is never overwritten.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drafter.errors import FragmentFormatError, LibraryError, os_reason
from drafter.files import write_bytes_atomic
from drafter.library import parse_yaml
from drafter.library.paths import is_shipped_package
from drafter.limits import MAX_YAML_BYTES, file_lock, read_limited

if TYPE_CHECKING:  # PyYAML is imported when a file is edited: listing and searching never do
    import yaml

_BOM = b"\xef\xbb\xbf"
_LEADING_BLANKS = re.compile(r"\A(?:[ \t]*\r?\n)+")


@dataclass(frozen=True, slots=True)
class Span:
    """Lines [start, end) of one list item (0-based), its id and list index."""

    index: int
    start: int
    end: int
    fragment_id: str
    dash_column: int
    content_column: int  # column of the item's keys

    @property
    def line(self) -> int:
        """1-based line of the item's `-`."""
        return self.start + 1


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A fragment file as read: its text, lines and the digest of its bytes."""

    path: Path
    text: str
    digest: str | None  # None: the file did not exist
    bom: bool = False

    @property
    def lines(self) -> list[str]:
        return self.text.splitlines(keepends=True)

    @property
    def newline(self) -> str:
        return "\r\n" if "\r\n" in self.text else "\n"


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_source(path: Path, *, missing_ok: bool = False) -> SourceFile:
    """Read a fragment file for editing.

    Raises:
        LibraryError: unreadable or not UTF-8 (or missing, unless `missing_ok`).
    """
    try:
        raw = read_limited(path, MAX_YAML_BYTES, "片段文件", LibraryError)
    except FileNotFoundError:
        if missing_ok:
            return SourceFile(path, "", None)
        raise LibraryError("片段文件不存在", path=path) from None
    except OSError as exc:
        raise LibraryError(f"无法读取片段文件（{os_reason(exc)}）", path=path) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LibraryError("片段文件不是 UTF-8 编码", path=path, hint="把文件另存为 UTF-8 后重试。") from exc
    return SourceFile(path, text, _digest(raw), raw.startswith(_BOM))


def load_items(source: SourceFile) -> list[Any]:
    """The parsed list items of a file (empty file: []).

    Raises:
        FragmentFormatError: bad YAML or the top level is not a list.
    """
    data = parse_yaml(source.text, source.path)
    if data is None:
        return []
    if not isinstance(data, list):
        raise FragmentFormatError("文件顶层不是列表，无法按片段编辑", path=source.path, line=1)
    return data


def spans_and_items(source: SourceFile) -> tuple[list[Span], list[Any]]:
    """`item_spans` and `load_items` of the file from one parse of it (they parsed it once each).

    Raises:
        FragmentFormatError: bad YAML or the top level is not a list.
    """
    import yaml

    spans: list[Span] = []
    failed: list[Exception] = []

    def composed(root: yaml.Node) -> None:  # the lines are found on the tree as composed, before its data are built
        if isinstance(root, yaml.SequenceNode):
            lines = source.lines
            try:
                spans.extend(_span(i, node, lines) for i, node in enumerate(root.value))
            except Exception as exc:  # noqa: BLE001 - raised after the parse, as item_spans raised it
                failed.append(exc)

    data = parse_yaml(source.text, source.path, composed=composed)
    if failed:
        raise failed[0]
    if data is None:
        return [], []
    if not isinstance(data, list):
        raise FragmentFormatError("文件顶层不是列表，无法按片段编辑", path=source.path, line=1)
    return spans, data


def item_spans(source: SourceFile) -> list[Span]:
    """The line span of every list item of the file, in order.

    Raises:
        FragmentFormatError: bad YAML or the top level is not a list.
    """
    import yaml

    try:
        root = yaml.compose(source.text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        load_items(source)  # raises with the line of the problem
        raise
    if root is None:
        return []
    if not isinstance(root, yaml.SequenceNode):
        raise FragmentFormatError("文件顶层不是列表，无法按片段编辑", path=source.path, line=1)
    lines = source.lines
    return [_span(i, node, lines) for i, node in enumerate(root.value)]


def _span(index: int, node: yaml.Node, lines: list[str]) -> Span:
    import yaml

    start = node.start_mark.line
    column = node.start_mark.column
    if "-" not in lines[start][:column]:  # "-" alone on the line above the item
        start -= 1
        while start > 0 and (not lines[start].strip() or lines[start].lstrip().startswith("#")):
            start -= 1
    mark = node.end_mark  # the item ends before its end mark's line if only indentation precedes the mark
    ended_before = mark.line >= len(lines) or not lines[mark.line][: mark.column].strip()
    end = min(mark.line + (0 if ended_before else 1), len(lines))
    while end > start + 1 and (not lines[end - 1].strip() or _is_comment(lines[end - 1], column)):
        end -= 1  # trailing blank lines and comments belong to what follows
    fid = ""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == "id" and isinstance(value, yaml.ScalarNode):
                fid = value.value
    return Span(index, start, end, fid, lines[start].index("-"), column)


def _is_comment(line: str, column: int) -> bool:
    """A comment line, not indented past the item's keys (deeper, it may be block-scalar text)."""
    stripped = line.lstrip()
    return stripped.startswith("#") and len(line) - len(stripped) <= column


def span_text(source: SourceFile, span: Span) -> str:
    """The exact text of one item, as it stands in the file."""
    return "".join(source.lines[span.start : span.end])


# ------------------------------------------------------------------ splices


def _newlines(text: str, newline: str) -> str:
    """Text with the file's own line endings (an editor may have saved others)."""
    text = text.replace("\r\n", "\n")
    return text if newline == "\n" else text.replace("\n", newline)


def replace_lines(source: SourceFile, start: int, end: int, new: str) -> str:
    """The file text with lines [start, end) replaced by `new` (ending with a newline)."""
    lines = source.lines
    new = _newlines(new, source.newline)
    if new and not new.endswith(("\n", "\r")):
        new += source.newline
    if new and end == len(lines) and lines and not lines[-1].endswith(("\n", "\r")):
        new = new[: -len(source.newline)] if new.endswith(source.newline) else new  # keep "no newline at end"
    return "".join(lines[:start]) + new + "".join(lines[end:])


def removal_range(lines: list[str], span: Span) -> tuple[int, int]:
    """Lines to delete with an item: it and the blank lines after it (before it, if last)."""
    after = span.end
    while after < len(lines) and not lines[after].strip():
        after += 1
    if after < len(lines):
        return span.start, after
    before = span.start
    while before > 0 and not lines[before - 1].strip():
        before -= 1
    return before, len(lines)


def splice_many(source: SourceFile, edits: list[tuple[int, int, str]]) -> str:
    """The file text with several disjoint line ranges [start, end) replaced."""
    lines = source.lines
    out: list[str] = []
    position = 0
    for start, end, new in sorted(edits):
        if start < position:
            raise ValueError("overlapping edits")
        out += lines[position:start]
        if new and out and not out[-1].endswith(("\n", "\r")):
            out[-1] += source.newline
        if new:
            new = _newlines(new, source.newline)
            out.append(new if new.endswith(("\n", "\r")) else new + source.newline)
        position = end
    out += lines[position:]
    return "".join(out)


def merge_ranges(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching line ranges joined."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def removal_text(source: SourceFile, span: Span) -> list[str]:
    """Candidate texts without the item, best layout first (one blank separator kept)."""
    start, end = removal_range(source.lines, span)
    candidates = [replace_lines(source, start, end, "")]
    if (start, end) != (span.start, span.end):
        candidates.append(replace_lines(source, span.start, span.end, ""))
    return candidates


def append_text(source: SourceFile, spans: list[Span], item: str) -> str:
    """The file text with `item` appended as a new last list item.

    The new item is indented like the others and separated from them the way
    they are separated from each other (by a blank line, or not).
    """
    nl = source.newline
    text = source.text
    if text and not text.endswith(("\n", "\r")):
        text += nl
    lines = source.lines
    gaps = [lines[a.end : b.start] for a, b in zip(spans, spans[1:], strict=False)]
    spaced = not gaps or any(not line.strip() for gap in gaps for line in gap)
    if text.strip() and spaced and not text.endswith(nl + nl):
        text += nl
    body = reindent(item, spans[-1].dash_column if spans else 0).replace("\r\n", "\n").replace("\n", nl)
    if not body.endswith(nl):
        body += nl
    return text + body


def flow_value(value: Any) -> str:
    """One YAML value on one line (flow style), quoted only where YAML needs it."""
    import yaml

    dumped = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=2**31 - 1, sort_keys=False)
    return "\n".join(line for line in dumped.splitlines() if line != "...").strip()


def reindent(item: str, column: int) -> str:
    """A list item's lines shifted so that its `-` stands at `column`."""
    first = next((ln for ln in item.splitlines() if ln.strip() and not ln.lstrip().startswith("#")), "")
    shift = column - (len(first) - len(first.lstrip()))
    if shift > 0:
        pad = " " * shift
        return "".join(pad + ln if ln.strip() else ln for ln in item.splitlines(keepends=True))
    if shift < 0:
        lines = item.splitlines(keepends=True)
        if all(not ln.strip() or ln[: -shift].isspace() for ln in lines):
            return "".join(ln[-shift:] if ln.strip() else ln for ln in lines)
    return item


def as_list_item(snippet: str) -> str:
    """A fragment written as a mapping (`id: …`) turned into a list item (`- id: …`).

    A snippet that already is a one-item list is returned as it is. Leading
    comments stay above the item.
    """
    lines = snippet.rstrip().splitlines(keepends=True)
    body = [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
    if body and (body[0].lstrip().startswith("- ") or body[0].strip() == "-"):
        return "".join(lines) + ("\n" if lines and not lines[-1].endswith("\n") else "")
    out, first = [], True
    for line in lines:
        if first and line.strip() and not line.lstrip().startswith("#"):
            out.append("- " + line)
            first = False
        elif first:
            out.append(line)
        else:
            out.append("  " + line if line.strip() else line)
    text = "".join(out)
    return text if text.endswith("\n") else text + "\n"


def parse_snippet(snippet: str, path: str = "") -> tuple[str, Any]:
    """Parse a fragment snippet (mapping or one-item list) into (list-item text, data).

    Raises:
        FragmentFormatError: bad YAML, or not exactly one fragment.
    """
    item = as_list_item(snippet)  # same line numbers as the snippet, for error messages
    data = parse_yaml(item, path)
    if not isinstance(data, list) or len(data) != 1:
        raise FragmentFormatError(
            "应当只写一个片段（以 id: 开头的键值对）", path=path or None, line=1,
            hint="一次只编辑或添加一个片段；多个片段请分别添加。",
        )  # fmt: skip
    return _LEADING_BLANKS.sub("", item), data[0]


# ------------------------------------------------------------------ writes


def verify(path: Path, text: str, expected: list[Any]) -> bool:
    """Whether `text` parses to exactly the items `expected`."""
    try:
        data = parse_yaml(text, path)
    except FragmentFormatError:
        return False
    return (data or []) == expected


def write_checked(source: SourceFile, text: str) -> None:
    """Write `text` over the file atomically, unless it changed since it was read.

    The check and the write happen under the file's lock, so an edit made by
    someone else in between is refused, never overwritten.

    Raises:
        LibraryError: the file was changed, created or removed by someone else
            in the meantime (nothing is written), or it cannot be written.
    """
    with edit_lock(source.path):
        write_if_unchanged(source, text)


@contextlib.contextmanager
def edit_lock(path: Path) -> Iterator[None]:
    """Hold a fragment file's lock for a read-modify-write; a shipped file is refused first.

    Raises:
        LibraryError: `path` lies inside the installed package (refused before any lock file is made).
        LockError: another process held the lock too long.
    """
    refuse_shipped(path)
    with file_lock(path):
        yield


def refuse_shipped(path: Path) -> None:
    """Refuse to touch (or even lock) a file of the library installed with drafter.

    Raises:
        LibraryError: `path` lies inside the installed package.
    """
    if is_shipped_package(path):
        raise LibraryError(
            "自带片段库随 drafter 安装，不能修改", path=path,
            hint="在自己的片段库中改：drafter init 建立工作区后，把片段复制过去（id 相同即取代自带的）。",
        )  # fmt: skip


def write_if_unchanged(source: SourceFile, text: str) -> None:
    """`write_checked` for a caller that already holds the file's lock."""
    try:
        current: str | None = _digest(source.path.read_bytes())
    except FileNotFoundError:
        current = None
    if current != source.digest:
        raise LibraryError(
            "文件在读取之后被修改过（别的程序或别人改了它），为免覆盖这些修改，没有写入",
            path=source.path, hint="重新运行该命令，它会基于文件的最新内容修改。",
        )  # fmt: skip
    data = text.encode("utf-8")
    write_bytes_atomic(source.path, (_BOM + data) if source.bom else data)
