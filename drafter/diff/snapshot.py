"""A small index kept whole in the cache: a draft's originality measure reads it without sqlite3 (#18).

Every draft measures its text against the corpus (`drafting.measure_originality`). Opening the sqlite
index and querying it cost about a quarter of that measure (importing sqlite3 and datetime, preparing
statements, the IN-lists), while the shipped corpus's index holds a few hundred sentences. After a measure
has opened an index in line with its sources, its whole content is kept in the user cache folder
(`snapshot-<key>.pickle`); the next measure answers the same queries from it.

When a snapshot is used, which is exactly when `open_index` would have used the index as it is:

- it was taken from the index file now at the same place, and that file has not changed since: same size,
  modification and change time, and inode (sqlite rewrites the file on every commit; a file copied over it
  has another change time). It is only taken from a file whose times are SETTLE_NS old, so a later write
  cannot keep them;
- the manifest it holds says the sources are as they are now: the same check `SourceIndex._scan_if_changed`
  makes (every source file and folder stat'ed, `manifest.held` and `manifest.recorded_as`). Only indexes of
  at most `manifest.FULL_CHECK_MAX` sources and MAX_SENTENCES sentences are kept, so that check is the full one;
- otherwise (or the file is damaged, half-written, of another layout) the measure opens the index as before,
  which updates it, and keeps a new snapshot.

The queries give what `SourceIndex` gives, in the same order.
"""

from __future__ import annotations

import os
import sys
import time
from array import array
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from drafter.diff import manifest
from drafter.diff.fingerprint import HEAD, unpack
from drafter.diff.location import SCHEMA, default_location
from drafter.diff.sources import resolve_roots, scan_sources

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from drafter.diff.index import SourceIndex

    _Base = SourceIndex  # for the type checker an IndexSnapshot answers what a SourceIndex answers
else:
    _Base = object

_FORMAT = 2  # bumped when the layout of a snapshot changes (it is part of the file's key)
MAX_SENTENCES = 20_000  # a larger index stays in sqlite: unpickling it whole would cost more than the queries


class IndexSnapshot(_Base):
    """The queries of a `SourceIndex` a diff makes, answered from the index's content read whole."""

    def __init__(self, data: dict[str, Any], location: str) -> None:
        self.location = location
        self.rebuilt = False
        self._data = data
        self._docs: dict[int, tuple[str, str, bytes]] = data["docs"]  # id -> (name, path, packed sentence ids)
        self._rows: dict[int, tuple[int, str, int]] = data["sents"]  # id -> (key, norm, df)
        hashes, starts, self._fp = data["fp"]  # fingerprints (sorted), where each one's packed sentence ids start
        self._starts = array("Q", starts)
        self._at = dict(zip(array("q", hashes), range(len(self._starts) - 1), strict=True))  # built in C: cheap
        self._occ: dict[int, list[int]] = data["occ"]  # sentence -> the documents holding it, lowest first
        self._keys = {key: i for i, (key, _, df) in self._rows.items() if df > 0}
        # What `align.best_matches` found for each draft sentence (by its normalised text) against this content: a
        # process that measures many drafts (the resident's worker, `serve`) matches a sentence once. A changed index
        # is another snapshot, with a memo of its own.
        self.memo: dict[str, Any] = {}

    def norms(self) -> list[str]:
        """The text (normalised) of every sentence the index holds."""
        return [norm for _, norm, _ in self._rows.values()]

    def close(self) -> None:
        """Nothing to close: the content was read with the file."""

    def exact(self, keys: Sequence[int]) -> dict[int, int]:
        keys_ = self._keys
        return {k: keys_[k] for k in sorted(set(keys)) if k in keys_}

    def _held(self, hashes: Iterable[int]) -> Iterator[tuple[int, int, int]]:
        """(fingerprint, start, end of its packed ids) of each of `hashes` the index holds (in no order: the matcher
        only looks them up; sorting ~3,000 a new draft cost it ~0.3 ms, #18)."""
        where, starts = self._at, self._starts
        for h in set(hashes):
            at = where.get(h)
            if at is not None:
                yield h, starts[at], starts[at + 1]

    def postings(self, hashes: Iterable[int]) -> dict[int, tuple[int, Sequence[int]]]:
        ids = self._ids
        return {h: ((end - start) // 4, ids(start, min(end, start + HEAD * 4))) for h, start, end in self._held(hashes)}

    def full_postings(self, hashes: Iterable[int]) -> dict[int, Sequence[int]]:
        ids = self._ids
        return {h: ids(start, end) for h, start, end in self._held(hashes)}

    def _ids(self, start: int, end: int) -> Sequence[int]:
        """The sentence ids packed in `_fp[start:end]`: a view of them where the machine is little-endian, as stored
        (no copy of each fingerprint's list), else unpacked."""
        if _LITTLE:
            return memoryview(self._fp)[start:end].cast("i")
        return unpack(self._fp[start:end])  # pragma: no cover - big-endian

    def sentences(self, ids: Iterable[int]) -> dict[int, tuple[str, int]]:
        sents = self._rows
        return {i: (sents[i][1], sents[i][2]) for i in sorted(set(ids)) if i in sents}

    def docs_holding(self, sent: int, limit: int) -> list[int]:
        held = self._occ.get(sent, [])
        return held[:limit] if limit >= 0 else list(held)  # sqlite's LIMIT: a negative one is none

    def docs_among(self, sent: int, docs: Sequence[int]) -> set[int]:
        return set(self._occ.get(sent, ())) & set(docs)

    def doc_rows(self, ids: Iterable[int]) -> dict[int, tuple[str, str, array[int]]]:
        docs = self._docs
        return {
            i: (docs[i][0], "" if docs[i][1].startswith("mem:") else docs[i][1], unpack(docs[i][2]))
            for i in sorted(set(ids))
            if i in docs
        }


def open_snapshot(paths: Sequence[str | Path]) -> IndexSnapshot | None:
    """The snapshot of the index `open_index(paths)` would open, if it may stand for it (see the module); else None.

    Raises:
        SourceError: a path is missing or holds no speeches, as `open_index` says.
    """
    roots = resolve_roots(paths)
    target = default_location(paths)
    snapshot = _read(target)
    data = snapshot._data if snapshot is not None else None
    if not isinstance(data, dict) or data.get("format") != (_FORMAT, SCHEMA) or data.get("file") != _file_stamp(target):
        return None
    files, folders = scan_sources(roots)
    rows = ((path, size, stamp) for path, (size, stamp) in data["sources"].items())
    if not (manifest.held(rows, files) and manifest.recorded_as(data["meta"], lambda: data["folders"], roots, folders,
                                                                len(files))):  # fmt: skip
        return None
    return snapshot


# Snapshots read in this process, by their cache file and its stamp when read (size, times, inode): a process that
# measures many drafts (the resident drafter, which forks a child per draft, `serve`) reads and indexes the file once.
# Every use still stats the file, and the checks above (the index file, the sources) run on every use.
_READ: dict[Path, tuple[tuple[int, int, int, int], IndexSnapshot | None]] = {}
_LITTLE = sys.byteorder == "little"


def _read(target: Path) -> IndexSnapshot | None:
    """The snapshot kept for the index at `target` as its cache file now holds it (None: none, damaged, another layout)."""
    from drafter.cachefile import cache_folder, keep_in_use, read_cached

    key = _key(target)
    folder = cache_folder()
    file = folder / f"snapshot-{key}.pickle" if folder is not None else None
    stamp = _file_stamp(file) if file is not None else None  # before the read: a file replaced meanwhile is read again
    kept = _READ.get(file) if file is not None else None
    if kept is not None and stamp is not None and kept[0] == stamp:
        if time.time() - stamp[1] / 1e9 > 86400:
            keep_in_use(file)  # type: ignore[arg-type]
        return kept[1]
    data = read_cached("snapshot", key)
    try:
        snapshot = IndexSnapshot(data, str(target)) if _well_formed(data) else None
    except Exception:  # noqa: BLE001 - a damaged cache is only a miss
        snapshot = None
    if file is not None and stamp is not None:
        if len(_READ) >= 8:
            _READ.clear()
        _READ[file] = (stamp, snapshot)
    return snapshot


def _well_formed(data: Any) -> bool:
    return isinstance(data, dict) and data.get("format") == (_FORMAT, SCHEMA) and isinstance(data.get("fp"), tuple)


def keep_snapshot(index: SourceIndex, paths: Sequence[str | Path]) -> None:
    """Keep the content of `index`, just opened by `open_index(paths)` and so in line with its sources, for the next
    measure: only a small index at its usual place, whose file has settled; never fails (a cache)."""
    from drafter.cachefile import write_cached

    target = default_location(paths)
    try:
        if index.location != str(target):
            return  # open_index fell back to the cache folder: the next open tries `target` first
        before = _file_stamp(target)
        if before is None or before[1] > manifest.now_ns() - manifest.SETTLE_NS:
            return
        conn = index.conn
        if conn.in_transaction:
            return
        conn.execute("BEGIN")  # one read transaction: all tables as of one moment
        try:
            data = _read_whole(conn)
        finally:
            conn.rollback()
        if data is None or _file_stamp(target) != before:
            return
        data.update(format=(_FORMAT, SCHEMA), file=before)
        write_cached("snapshot", _key(target), data)
    except Exception:  # noqa: BLE001 - only a cache: sqlite, the disk or an odd row never fail the draft
        return


def _read_whole(conn: Any) -> dict[str, Any] | None:
    """The index's content as the snapshot keeps it; None when it is too large or not a plain manifest."""
    meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('roots', 'files')"))
    if int(meta.get("files", 0)) > manifest.FULL_CHECK_MAX:
        return None
    (last,) = conn.execute("SELECT max(id) FROM sents").fetchone()  # one look-up, where count(*) reads the table
    if (last or 0) > MAX_SENTENCES:
        return None
    occ: dict[int, list[int]] = {}
    for sent, doc in conn.execute("SELECT sent, doc FROM occ ORDER BY sent, doc"):
        occ.setdefault(sent, []).append(doc)
    docs = conn.execute("SELECT id, name, path, size, mtime_ns, sents FROM docs").fetchall()
    return {
        "meta": meta,
        "folders": dict(conn.execute("SELECT path, stamp FROM folders")),
        "sources": {path: (size, stamp) for _, _, path, size, stamp, _ in docs},
        "docs": {i: (name, path, bytes(packed)) for i, name, path, _, _, packed in docs},
        "sents": {i: (key, norm, df) for i, key, norm, df in conn.execute("SELECT id, key, norm, df FROM sents")},
        "fp": _packed_postings(conn.execute("SELECT hash, sents FROM fp ORDER BY hash")),
        "occ": occ,
    }


def _packed_postings(rows: Iterable[tuple[int, bytes]]) -> tuple[bytes, bytes, bytes]:
    """The fingerprint table as three byte strings (sorted fingerprints, offsets, the packed ids one after another):
    read back at once, where a dict of some thousands of entries cost ~4 M instructions to unpickle."""
    hashes, starts, blob = array("q"), array("Q", [0]), bytearray()
    for h, packed in rows:
        hashes.append(h)
        blob += packed
        starts.append(len(blob))
    return hashes.tobytes(), starts.tobytes(), bytes(blob)


def _key(target: Path) -> str:
    from drafter import hashes

    return hashes.sha256(f"{_FORMAT}\0{SCHEMA}\0{target}".encode()).hexdigest()[:24]


def _file_stamp(target: Path) -> tuple[int, int, int, int] | None:
    """What changes when sqlite (or the cache) writes the file or another file takes its place: size, mtime, ctime,
    inode."""
    try:
        st = os.stat(target)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino
