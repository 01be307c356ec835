"""When an index must look at its source files again: the folder manifest.

Re-reading the stamp of every source on each `diff` costs seconds at a million
speeches, so the index keeps a manifest: the sources given (resolved), how many
files they held, and the change stamp (later of mtime and ctime) of every folder
searched. The rule, which is what a user may rely on:

- Adding, removing or renaming a speech changes its folder's stamp, and so does
  saving one the way word processors and most editors save (a new file written,
  then renamed over the old one). Every open stats each folder of the manifest (a
  thousand folders for a million speeches, about a millisecond); if any changed,
  all sources are listed and compared again as before (size, stamp, then content).
- A speech rewritten in place (the same file truncated and written again, as a
  shell `>>` or some editors do) changes only that file. In sources of at most
  FULL_CHECK_MAX files every file is stat'ed on every open anyway (a few
  milliseconds), so such an edit is always noticed. In larger sources it is
  noticed when a diff cites the file (the cited sources are checked before the
  report is made, see `SourceIndex.refresh`) or when its folder next changes.
- Sources given as single files are stat'ed on every open.
- A stamp read less than SETTLE_NS after it was set may still move within the
  same clock tick (file systems stamp with a coarse clock): it is recorded as
  unknown (-1), so the next open looks again, as git does with "racily clean" files.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from drafter.diff.sources import Entry, change_stamp
from drafter.files import (
    SETTLE_NS,  # a stamp younger than this is not trusted (coarse file-system clocks)
)

TYPE_CHECKING = False  # a draft's measure reads the manifest of a snapshot (drafter.diff.snapshot) without sqlite3
if TYPE_CHECKING:
    import sqlite3

FULL_CHECK_MAX = 2000  # sources of at most this many files are stat'ed file by file on every open


def now_ns() -> int:
    return time.time_ns()


def settled(stamp: int) -> int:
    """`stamp`, or -1 when it is too recent to be sure it will not move within its tick."""
    return -1 if stamp > now_ns() - SETTLE_NS else stamp


def _roots_key(roots: Sequence[Path]) -> str:
    return "\n".join(str(p) for p in roots)


def unchanged(conn: sqlite3.Connection, roots: Sequence[Path]) -> bool:
    """Whether the manifest shows the sources under `roots` unchanged since it was recorded."""
    meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('roots', 'files')"))
    if meta.get("roots") != _roots_key(roots) or int(meta.get("files", 0)) <= FULL_CHECK_MAX:
        return False
    for path, stamp in conn.execute("SELECT path, stamp FROM folders"):
        try:
            if stamp < 0 or change_stamp(os.stat(path)) != stamp:
                return False
        except OSError:
            return False
    files = [str(p) for p in roots if not p.is_dir()]
    return not files or files_unchanged(conn, files)


def files_unchanged(conn: sqlite3.Connection, paths: Sequence[str]) -> bool:
    """Whether the files at `paths` still have the size and stamp the index recorded."""
    for path in paths:
        row = conn.execute("SELECT size, mtime_ns FROM docs WHERE path=?", (path,)).fetchone()
        try:
            st = os.stat(path)
        except OSError:
            return False
        if row is None or row[1] < 0 or (st.st_size, change_stamp(st)) != tuple(row):
            return False
    return True


def recorded(conn: sqlite3.Connection, roots: Sequence[Path], folders: Sequence[Entry], files: int) -> bool:
    """Whether `record` with these arguments would leave the manifest as it is."""
    meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('roots', 'files')"))
    return recorded_as(meta, lambda: dict(conn.execute("SELECT path, stamp FROM folders")), roots, folders, files)


def recorded_as(
    meta: dict[str, str], stamps: Callable[[], dict[str, int]], roots: Sequence[Path], folders: Sequence[Entry],
    files: int,
) -> bool:  # fmt: skip
    """`recorded`, given the manifest's roots and file count (`meta`) and its folder stamps (read if needed)."""
    if meta != {"roots": _roots_key(roots), "files": str(files)}:
        return False
    return stamps() == {path: settled(stamp) for path, _, stamp in folders}


def held(rows: Iterable[tuple[str, int, int]], files: Sequence[Entry]) -> bool:
    """Whether the documents indexed, (path, size, stamp) rows, are exactly the source `files` as listed now."""
    known = {path: (size, stamp) for path, size, stamp in rows}
    return len(known) == len(files) and all(
        stamp >= 0 and known.get(path) == (size, stamp) for path, size, stamp in ((p, z, settled(t)) for p, z, t in files)
    )


def record(
    conn: sqlite3.Connection, roots: Sequence[Path], folders: Sequence[Entry], files: int
) -> None:
    """Record the sources just listed: roots, number of files, each folder's stamp."""
    conn.execute("DELETE FROM folders")
    conn.executemany(
        "INSERT OR REPLACE INTO folders VALUES(?, ?)",
        ((path, settled(stamp)) for path, _, stamp in folders),
    )
    conn.executemany(
        "INSERT OR REPLACE INTO meta VALUES(?, ?)",
        [("roots", _roots_key(roots)), ("files", str(files))],
    )
