"""Find and read source speeches: files under folders, their ids and body text."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from drafter.errors import SourceError, os_reason
from drafter.files import readable
from drafter.limits import missing_or_not_regular
from drafter.reader import DOC_SUFFIXES, LEGACY_SUFFIXES, read_speech


@dataclass(frozen=True, slots=True)
class SourceDoc:
    """One source speech: its id (front matter `id` or file stem), body text and file."""

    id: str
    text: str
    path: str = ""


def load_source(path: str | Path) -> SourceDoc:
    """Read a source file; a leading YAML front matter gives the id.

    A speech whose front matter says `duplicate_of` (a copy ingest found) is
    read as empty, so every sentence is credited to the complete original.

    Raises:
        SourceError: unreadable, binary or empty file.
    """
    path = Path(path)
    fields, body = read_speech(path)
    if fields.get("duplicate_of"):
        # ingest recorded this copy against its complete original: credit the original only.
        body = ""
    return SourceDoc(id=fields.get("id") or path.stem, text=body, path=str(path))


def change_stamp(st: os.stat_result) -> int:
    """When a file last changed: the later of mtime and ctime.

    An edit that keeps the size and restores the old mtime (touch -d, some
    sync tools) still moves ctime, which no user can set back, so the index
    re-reads the file and compares its content hash.
    """
    return max(st.st_mtime_ns, st.st_ctime_ns)


def resolve_roots(paths: Sequence[str | Path]) -> list[Path]:
    """The source paths, absolute, in order and without repeats.

    Raises:
        SourceError: a path does not exist.
    """
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not (path.is_file() or path.is_dir()):
            raise SourceError(
                missing_or_not_regular(path, "来源文件或文件夹不存在"), path=path, hint="用 --against 指向讲话稿文件夹或文件。"
            )
        if (real := path.resolve()) not in out:
            out.append(real)
    return out


Entry = tuple[str, int, int]  # (absolute path, size, change stamp)


def scan_sources(roots: Sequence[Path]) -> tuple[list[Entry], list[Entry]]:
    """The speech files under `roots` (sorted by path), and every folder searched.

    Folders are searched recursively; hidden files and folders and Office lock
    files (~$…) are skipped. One stat per file, no per-file path resolution, so
    re-checking 100,000 unchanged sources stays well under a second. A folder's
    stamp is read before it is listed, so a change made while listing shows later.

    Raises:
        SourceError: a folder cannot be listed, or no speech file is found.
    """
    found: dict[str, Entry] = {}
    folders: list[Entry] = []
    for path in roots:
        if path.is_file():
            st = path.stat()
            found[str(path)] = (str(path), st.st_size, change_stamp(st))
        else:
            for entry in _scan(str(path), folders):
                found[entry[0]] = entry
    undecodable = [k for k in found if not _is_utf8(k)]
    if undecodable:  # the index and every report hold names as UTF-8 text
        shown = "、".join(readable(k) for k in undecodable[:3]) + ("等" if len(undecodable) > 3 else "")
        raise SourceError(
            f"来源中有 {len(undecodable)} 个文件名不是 UTF-8 编码（按 GBK 读出：{shown}）",
            hint="把这些文件改成 UTF-8 名称后再对比（如 convmv -r -f gbk -t utf-8 --notest 文件夹）。",
        )
    if not found:
        where = "、".join(str(p) for p in roots)
        raise SourceError(
            f"来源中没有讲话稿（{where}）", hint="来源应包含 .txt、.md 或 .docx 文件。"
        )
    return [found[k] for k in sorted(found)], folders


def _is_utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def source_entries(paths: Sequence[str | Path]) -> list[Entry]:
    """(absolute path, size, change stamp) of the speech files under `paths` (see `scan_sources`).

    Raises:
        SourceError: a path does not exist, or no speech file is found.
    """
    return scan_sources(resolve_roots(paths))[0]


def _scan(root: str, folders: list[Entry]) -> list[Entry]:
    """Speech files below `root` with size and stamp (one stat each, iterative walk);
    each folder listed is added to `folders` with its stamp."""
    # old .doc/.wps speeches too, through LibreOffice as ingest and audit read them (once: the index keeps the text)
    suffixes = {s.lstrip(".") for s in (*DOC_SUFFIXES, *LEGACY_SUFFIXES)}
    out: list[Entry] = []
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            st = os.stat(folder)
            entries = list(os.scandir(folder))
        except OSError as exc:
            raise SourceError(f"无法读取文件夹（{os_reason(exc)}）", path=folder) from exc
        folders.append((folder, st.st_size, change_stamp(st)))
        for entry in entries:
            name = entry.name
            if name.startswith((".", "~$")):
                continue
            if entry.is_dir():
                stack.append(entry.path)
            elif name.rpartition(".")[2].lower() in suffixes and entry.is_file():
                st = entry.stat()
                out.append((entry.path, st.st_size, change_stamp(st)))
    return out


def source_files(paths: Sequence[str | Path]) -> list[Path]:
    """The speech files under `paths` (see `source_entries`)."""
    return [Path(p) for p, _, _ in source_entries(paths)]
