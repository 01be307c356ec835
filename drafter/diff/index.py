"""On-disk index of source speeches: unique sentences, their documents, winnowed fingerprints.

Layout (sqlite3, one file):
  meta(key, value)                    SCHEMA, the manifest's roots and file count, notes
                                      on sources that could not be read
  docs(id, name, path, size, mtime_ns, hash, sents)
                                      one row per source; `sents` packs the ids of its
                                      sentences in order (int32, little-endian)
  sents(id, key, norm, df)            unique normalised sentences; `key` is a 63-bit
                                      xxHash of `norm`, `df` how many sources hold it
  occ(sent, doc)                      the first OCC_CAP sources (lowest ids) holding each sentence
  fp(hash, sents)                     winnowed character 5-gram fingerprint → sentence ids
                                      (long lists: most widely held sentences first)
  folders(path, stamp)                every folder searched, with its change stamp (`manifest`)

Speeches of one genre share most of their sentences, so storing each distinct
sentence once keeps the index small and a verbatim sentence is one key lookup.
Sources are written by `build` (worker processes, batches, bounded memory). The
index is brought up to date on open when the manifest shows a change: files whose
size and stamp changed are hashed (sha256) and re-indexed only when their content
changed; removed files are dropped (their sentences stay with df 0, ignored, until
the next full rebuild). Hashes stored are xxHash/sha256, never Python's `hash()`.
"""

from __future__ import annotations

import os
import sqlite3
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from drafter.diff import manifest
from drafter.diff.fingerprint import (  # noqa: F401 - K and the hashes are the index's vocabulary
    HEAD,
    K,
    fingerprint_positions,
    fingerprints,
    gram_hashes,
    grams,
    sentence_key,
    unpack,
)
from drafter.diff.location import INDEX_NAME, SCHEMA, cache_location, default_location  # noqa: F401 - re-exported
from drafter.diff.sources import Entry, SourceDoc, change_stamp, resolve_roots, scan_sources
from drafter.errors import LockError
from drafter.limits import file_lock

TYPE_CHECKING = False
if TYPE_CHECKING:
    from drafter.diff.build import Source

# drafter.diff.build (the writer, worker processes, file hashing) is imported where an index is written: opening an
# index in line with its sources, as every draft's originality measure does, never needs it (#18, ~6 M instructions).

_CHUNK = 900  # bound on SQL parameters per statement
SENT_CACHE = 200_000  # sentence rows kept by an open index between reads


def _chunks(items: Sequence, size: int = _CHUNK) -> Iterator[Sequence]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


_DDL = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE docs(id INTEGER PRIMARY KEY, name TEXT, path TEXT UNIQUE, size INTEGER,
                  mtime_ns INTEGER, hash TEXT, sents BLOB);
CREATE TABLE sents(id INTEGER PRIMARY KEY, key INTEGER, norm TEXT, df INTEGER);
CREATE TABLE occ(sent INTEGER, doc INTEGER);
CREATE TABLE fp(hash INTEGER PRIMARY KEY, sents BLOB);
CREATE TABLE folders(path TEXT PRIMARY KEY, stamp INTEGER) WITHOUT ROWID;
"""


class SourceIndex:
    """An open index; query methods are used by `drafter.diff.align`."""

    def __init__(self, conn: sqlite3.Connection, location: str, rebuilt: bool = False) -> None:
        self.conn = conn
        self.location = location
        self.rebuilt = rebuilt  # the file was unreadable or damaged and was built again
        self._sents: dict[int, tuple[str, int]] = {}  # rows read by `sentences`

    # ----- opening and building ------------------------------------------------------------

    @classmethod
    def open(cls, location: str | Path) -> SourceIndex:
        """Open (creating if needed) the index at `location` (":memory:" for a temporary one).

        An unreadable file or one of an older layout is replaced by an empty index.
        """
        location = str(location)
        if location != ":memory:":
            Path(location).parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(location, timeout=60)
        try:
            _keep_journal(conn)
            ok = conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone() == (SCHEMA,)
        except sqlite3.DatabaseError:
            ok = False
        damaged = False
        if not ok:
            conn.close()
            if location != ":memory:":
                damaged = Path(location).stat().st_size > 0 if Path(location).exists() else False
                _remove_index(Path(location))
            conn = sqlite3.connect(location, timeout=60)
            _keep_journal(conn)
            conn.executescript(_DDL)
            from drafter.diff.build import INDEXES

            conn.executescript(";".join(INDEXES))
            conn.execute("INSERT INTO meta VALUES('schema', ?)", (SCHEMA,))
            conn.commit()
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA cache_size=-65536")  # 64 MB: bulk loads touch many pages
        return cls(conn, location, rebuilt=damaged)

    def close(self) -> None:
        self.conn.close()

    def sync_paths(self, roots: Sequence[Path], scan: Scan | None = None) -> tuple[int, int]:
        """Bring the index in line with the speech files under `roots` (resolved paths).

        Returns (documents indexed, documents removed); (0, 0) without walking
        the files when the manifest shows nothing changed (see `manifest`).
        `scan` is what `scan_sources(roots)` just returned, not read again.
        """
        scanned = scan or self._scan_if_changed(roots)
        if scanned is None:
            return 0, 0
        files, folders = scanned
        done = self.sync_files(files)
        manifest.record(self.conn, roots, folders, len(files))
        self.conn.commit()
        return done

    def _scan_if_changed(self, roots: Sequence[Path]) -> Scan | None:
        """None when the index holds exactly the sources under `roots` with the manifest
        recorded for them, else the scan (files, folders) to bring it in line with."""
        if manifest.unchanged(self.conn, roots):
            return None
        files, folders = scan_sources(roots)
        rows = self.conn.execute("SELECT path, size, mtime_ns FROM docs").fetchall()
        if manifest.held(rows, files) and manifest.recorded(self.conn, roots, folders, len(files)):
            return None
        return files, folders

    def sync_files(
        self,
        entries: Sequence[tuple[str, int, int]],
        workers: int | None = None,
        scope: Sequence[str] | None = None,
        force: bool = False,
    ) -> tuple[int, int]:
        """Bring the index in line with source files given as (path, size, change stamp).

        With `scope`, only the documents at those paths are compared (and removed
        when not among `entries`); all others are kept. With `force`, every entry is
        read again, changed or not. Returns (documents indexed, documents removed).
        """
        if scope is None:
            rows = self.conn.execute("SELECT path, id, size, mtime_ns, hash FROM docs").fetchall()
        else:
            rows = self._doc_rows_at(scope)
        known = {path: (doc, size, stamp, digest) for path, doc, size, stamp, digest in rows}
        from drafter.diff.build import Source, file_hash

        todo: list[Source] = []
        for path, size, stamp in entries:
            old = known.pop(path, None)
            stamp = manifest.settled(stamp)  # a stamp too fresh to trust is checked again
            if old and old[1] == size and old[2] == stamp and stamp >= 0 and not force:
                continue
            digest = file_hash(path) if old else ""
            if old and old[3] == digest and not force:
                self.conn.execute(
                    "UPDATE docs SET size=?, mtime_ns=? WHERE id=?", (size, stamp, old[0])
                )
                continue
            todo.append(Source(path, size, stamp, digest))
        return self._apply(todo, [v[0] for v in known.values()], workers)

    def _doc_rows_at(self, paths: Sequence[str]) -> list[tuple[str, int, int, int, str]]:
        out = []
        for part in _chunks(sorted(set(paths))):
            q = f"SELECT path, id, size, mtime_ns, hash FROM docs WHERE path IN ({_marks(part)})"
            out += self.conn.execute(q, list(part)).fetchall()
        return out

    def refresh(self, paths: Iterable[str]) -> bool:
        """Re-index those of the source files at `paths` that changed since they were indexed
        (a diff checks the sources it cites: see `manifest`). Returns whether any did."""
        paths = sorted({p for p in paths if p and not p.startswith("mem:")})
        if self.location == ":memory:" or manifest.files_unchanged(self.conn, paths):
            return False
        indexed, removed = self._resync(paths)
        return bool(indexed or removed)

    def retry_unavailable(self) -> None:
        """Read again the sources skipped because they could not be read *then* (not opened, or LibreOffice not
        installed: `SourceUnavailable`), though the files have not changed: `diff` said 需要 LibreOffice，本机没有安装
        on every run after LibreOffice was installed, until the .doc itself was touched (newuser39). Sources that
        cannot be read as they are (empty, binary, damaged) wait for the file to change."""
        from drafter.diff.build import RETRY

        if self.location == ":memory:":
            return
        rows = self.conn.execute("SELECT key FROM meta WHERE key >= ? AND key < ?", (RETRY, RETRY[:-1] + ";"))
        paths = [key.removeprefix(RETRY) for (key,) in rows]
        if paths:
            self._resync(paths, force=True)

    def _resync(self, paths: Sequence[str], force: bool = False) -> tuple[int, int]:
        """`sync_files` for the files at `paths` as they are now (a missing one is removed), under the index's lock."""
        with file_lock(Path(self.location)):
            entries = []
            for path in paths:
                try:
                    st = os.stat(path)
                except OSError:
                    continue  # gone: removed from the index below
                entries.append((path, st.st_size, change_stamp(st)))
            return self.sync_files(entries, scope=paths, force=force)

    def sync_docs(self, docs: Iterable[SourceDoc]) -> tuple[int, int]:
        """Bring the index in line with in-memory sources (keyed by id, hashed by content)."""
        from drafter.diff.build import Source

        known = {row[0]: row[1:] for row in self.conn.execute("SELECT path, id, hash FROM docs")}
        todo: list[Source] = []
        for doc in docs:
            source = Source.of(doc)
            old = known.pop(source.path, None)
            if old and old[1] == source.hash:
                continue
            todo.append(source)
        return self._apply(todo, [v[0] for v in known.values()])

    def add_sources(
        self, items: Iterable[Any], load: Callable[[Any], Source] | None = None, workers: int | None = None
    ) -> int:
        """Index sources produced one by one (read, fetched or generated as they come), in
        `workers` processes; none may already be in the index. Returns how many were added.

        `load` turns each item into a `Source` (default: items are Sources or
        SourceDocs); with workers it runs in them and must be a module-level function.
        """
        from drafter.diff.build import WORKERS, Writer, as_source, digests

        self._sents.clear()
        try:
            added = Writer(self.conn).add_all(digests(items, load or as_source, WORKERS if workers is None else workers))
            self.conn.commit()
        except BaseException:
            self.conn.rollback()
            raise
        return added

    def _apply(
        self, todo: list[Source], removed: list[int], workers: int | None = None
    ) -> tuple[int, int]:
        from drafter.diff.build import PARALLEL_MIN, WORKERS, Writer, as_source, digests

        conn = self.conn
        self._sents.clear()
        if workers is None:
            workers = WORKERS if len(todo) >= PARALLEL_MIN else 0
        try:
            # A changed source is removed and indexed again under a new id.
            self._remove(removed + sorted(self.doc_ids(e.path for e in todo)))
            if todo:
                Writer(conn).add_all(digests(todo, as_source, workers))
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
        return len(todo), len(removed)

    def _remove(self, doc_ids: list[int]) -> None:
        from drafter.diff.build import RETRY  # (a write: build is loaded for it anyway)

        conn = self.conn
        for doc_id in doc_ids:
            row = conn.execute("SELECT sents, path FROM docs WHERE id=?", (doc_id,)).fetchone()
            if row is None:
                continue
            distinct = sorted(set(unpack(row[0])))
            conn.executemany("UPDATE sents SET df=df-1 WHERE id=?", [(s,) for s in distinct])
            conn.executemany(
                "DELETE FROM occ WHERE sent=? AND doc=?", [(s, doc_id) for s in distinct]
            )
            conn.execute("DELETE FROM meta WHERE key IN (?, ?)", ("skipped:" + row[1], RETRY + row[1]))
            conn.execute("DELETE FROM docs WHERE id=?", (doc_id,))

    def skipped(self) -> list[tuple[str, str]]:
        """Sources indexed empty because they could not be read: (path, reason)."""
        rows = self.conn.execute(
            "SELECT key, value FROM meta WHERE key LIKE 'skipped:%' ORDER BY key"
        )
        return [(key.removeprefix("skipped:"), reason) for key, reason in rows]

    # ----- queries -----------------------------------------------------------------------------

    def exact(self, keys: Sequence[int]) -> dict[int, int]:
        """Sentence id of each key that some source holds."""
        out: dict[int, int] = {}
        uniq = sorted(set(keys))
        for part in _chunks(uniq):
            q = f"SELECT key, id FROM sents WHERE df>0 AND key IN ({_marks(part)})"
            out.update(self.conn.execute(q, list(part)))
        return out

    def postings(self, hashes: Iterable[int]) -> dict[int, tuple[int, Sequence[int]]]:
        """For each fingerprint: how many sentences hold it, and the first HEAD of them."""
        out: dict[int, tuple[int, Sequence[int]]] = {}
        uniq = sorted(set(hashes))
        for part in _chunks(uniq):
            q = f"SELECT hash, length(sents), substr(sents, 1, {HEAD * 4}) FROM fp WHERE hash IN ({_marks(part)})"
            out.update((h, (n // 4, unpack(b))) for h, n, b in self.conn.execute(q, list(part)))
        return out

    def full_postings(self, hashes: Iterable[int]) -> dict[int, Sequence[int]]:
        """All sentence ids behind each fingerprint (use for fingerprints known to be short)."""
        out: dict[int, Sequence[int]] = {}
        uniq = sorted(set(hashes))
        for part in _chunks(uniq):
            q = f"SELECT hash, sents FROM fp WHERE hash IN ({_marks(part)})"
            out.update((h, unpack(b)) for h, b in self.conn.execute(q, list(part)))
        return out

    def sentences(self, ids: Iterable[int]) -> dict[int, tuple[str, int]]:
        """(normalised text, document frequency) of sentence ids.

        Rows read are kept (up to SENT_CACHE) until the index changes: a diff reads
        its candidates' texts to align them, and again to build the report.
        """
        cache = self._sents
        uniq = set(ids)
        out = {i: cache[i] for i in uniq & cache.keys()}
        todo = sorted(uniq - out.keys())
        if len(cache) + len(todo) > SENT_CACHE:
            cache.clear()
        for part in _chunks(todo):
            q = f"SELECT id, norm, df FROM sents WHERE id IN ({_marks(part)})"
            for i, n, d in self.conn.execute(q, list(part)).fetchall():
                out[i] = cache[i] = (n, d)
        return out

    def docs_holding(self, sent: int, limit: int) -> list[int]:
        """Up to `limit` documents that hold sentence `sent` (lowest ids first)."""
        q = "SELECT doc FROM occ WHERE sent=? ORDER BY doc LIMIT ?"
        return [r[0] for r in self.conn.execute(q, (sent, limit))]

    def docs_among(self, sent: int, docs: Sequence[int]) -> set[int]:
        """Those of `docs` that hold sentence `sent`."""
        out: set[int] = set()
        for part in _chunks(sorted(docs)):
            q = f"SELECT doc FROM occ WHERE sent=? AND doc IN ({_marks(part)})"
            out.update(r[0] for r in self.conn.execute(q, [sent, *part]))
        return out

    def doc_rows(self, ids: Iterable[int]) -> dict[int, tuple[str, str, array[int]]]:
        """(name, path, sentence ids in order) of documents."""
        out: dict[int, tuple[str, str, array[int]]] = {}
        uniq = sorted(set(ids))
        for part in _chunks(uniq):
            q = f"SELECT id, name, path, sents FROM docs WHERE id IN ({_marks(part)})"
            rows = self.conn.execute(q, list(part))
            out.update(
                (i, (n, "" if p.startswith("mem:") else p, unpack(s))) for i, n, p, s in rows
            )
        return out

    def doc_ids(self, paths: Iterable[str]) -> frozenset[int]:
        """Ids of the documents read from `paths` (absolute, as stored)."""
        wanted = sorted(set(paths))
        found: set[int] = set()
        for part in _chunks(wanted):
            q = f"SELECT id FROM docs WHERE path IN ({_marks(part)})"
            found.update(r[0] for r in self.conn.execute(q, list(part)))
        return frozenset(found)

    def stats(self) -> dict[str, int]:
        """Counts of documents, distinct sentences and fingerprints."""
        one = self.conn.execute
        return {
            "docs": one("SELECT count(*) FROM docs").fetchone()[0],
            "sentences": one("SELECT count(*) FROM sents WHERE df>0").fetchone()[0],
            "fingerprints": one("SELECT count(*) FROM fp").fetchone()[0],
        }


def _keep_journal(conn: sqlite3.Connection) -> None:
    """Writes never add or remove a file beside the index: the rollback journal is kept
    between transactions (PERSIST), so an index kept in its sources folder does not
    change the folder's stamp that the manifest watches."""
    conn.execute("PRAGMA journal_mode=PERSIST")


Scan = tuple[list[Entry], list[Entry]]  # scan_sources: (files, folders)


def _marks(items: Sequence) -> str:
    return ",".join("?" * len(items))


def open_index(paths: Sequence[str | Path], location: str | Path | None = None) -> SourceIndex:
    """Open the index of the speech files under `paths`, updating it if the files changed.

    The update runs under the index's lock, so diffs started together never
    write one index at once; a damaged index is rebuilt (see `SourceIndex.rebuilt`).
    On an unchanged corpus no source file is read or listed (see `manifest`).

    Raises:
        SourceError: a path is missing or holds no speeches (a source that cannot
            be read is skipped: see `SourceIndex.skipped`).
    """
    roots = resolve_roots(paths)
    target = Path(location) if location else default_location(paths)
    try:
        return _open_synced(target, roots)
    except (sqlite3.Error, OSError, LockError):
        if location:
            raise
    try:
        return _open_synced(cache_location(roots), roots)
    except (sqlite3.OperationalError, OSError, LockError):
        # the cache folder full or not writable (a traceback from `draft` before): built in memory, as a cache miss
        index = SourceIndex.open(":memory:")
        index.sync_paths(roots)
        return index


def _open_synced(target: Path, roots: list[Path]) -> SourceIndex:
    current, scan = _open_current(target, roots)
    if current is not None:
        current.retry_unavailable()
        return current
    target.parent.mkdir(parents=True, exist_ok=True)
    with file_lock(target):
        index = SourceIndex.open(target)
        try:
            index.sync_paths(roots, scan)
        except sqlite3.DatabaseError:  # damaged pages: start again from the sources
            index.close()
            _remove_index(target)
            index = SourceIndex.open(target)
            index.sync_paths(roots)
            index.rebuilt = True
    index.retry_unavailable()
    return index


def _open_current(target: Path, roots: list[Path]) -> tuple[SourceIndex | None, Scan | None]:
    """The index at `target` opened without its lock when it exists, has this layout and is
    in line with the sources (the usual case: nothing to write); else (None, the sources'
    scan when one was made, for the update under the lock)."""
    if not target.is_file():
        return None, None
    try:  # mode=rw: never creates the file (only `SourceIndex.open` does, under the lock)
        conn = sqlite3.connect(f"{target.absolute().as_uri()}?mode=rw", uri=True, timeout=60)
    except sqlite3.Error:
        return None, None
    scan = None
    try:
        _keep_journal(conn)
        if conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone() == (SCHEMA,):
            index = SourceIndex(conn, str(target))
            scan = index._scan_if_changed(roots)
            if scan is None:
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.execute("PRAGMA cache_size=-65536")
                return index, None
    except sqlite3.Error:
        scan = None  # damaged or busy: the caller opens it under the lock and repairs it
    except BaseException:
        conn.close()
        raise
    conn.close()
    return None, scan


def _remove_index(target: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)


def index_docs(docs: Iterable[SourceDoc], location: str | Path = ":memory:") -> SourceIndex:
    """An index of in-memory sources (kept at `location`, in memory by default)."""
    index = SourceIndex.open(location)
    index.sync_docs(docs)
    return index


def index_stream(
    items: Iterable[Any],
    location: str | Path,
    *,
    load: Callable[[Any], Source] | None = None,
    workers: int | None = None,
) -> SourceIndex:
    """A new index at `location` (any index there is replaced) of sources produced one by one.

    For corpora that never sit in one folder: documents read from an archive,
    fetched, or generated (bench/bench_index.py indexes a million this way).
    `load` turns each item into a Source inside the worker processes.
    """
    if str(location) != ":memory:":
        _remove_index(Path(location))
    index = SourceIndex.open(location)
    index.add_sources(items, load, workers)
    return index
