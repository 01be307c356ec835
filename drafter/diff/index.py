"""On-disk index of source speeches: unique sentences, their documents, winnowed fingerprints.

Layout (sqlite3, one file):
  meta(key, value)                    SCHEMA (normalisation and fingerprint version)
  docs(id, name, path, size, mtime_ns, hash, sents)
                                      one row per source; `sents` packs the ids of its
                                      sentences in order (int32, little-endian)
  sents(id, key, norm, df)            unique normalised sentences; `key` is a blake2b
                                      digest of `norm`, `df` how many sources hold it
  occ(sent, doc)                      which sources hold which sentence
  fp(hash, sents)                     winnowed character 5-gram fingerprint → sentence ids
                                      (long lists: most widely held sentences first)

Speeches of one genre share most of their sentences, so storing each distinct
sentence once keeps the index small and a verbatim sentence is one key lookup.
The index is brought up to date on open: files whose size and mtime changed are
hashed (sha256) and re-indexed only when their content changed; removed files are
dropped (their sentences stay with df 0, ignored, until the next full rebuild).
Hashes stored are blake2b/sha256, never Python's per-process hash().
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from drafter.diff.normalize import sentence_texts
from drafter.diff.sources import SourceDoc, load_source, source_entries
from drafter.errors import LockError, SourceError
from drafter.library.paths import is_shipped, user_cache_dir
from drafter.limits import file_lock

INDEX_NAME = ".drafter-index.sqlite"
# Bump when normalisation, sentence splitting or fingerprints change: old indexes are rebuilt.
SCHEMA = "drafter-diff-index 6"  # 6: unreadable sources are indexed empty and noted
K = 5  # characters per n-gram
W = 4  # winnowing window: any shared run of K + W - 1 = 8 characters shares a fingerprint
HEAD = 400  # a query reads at most this many sentences per fingerprint (the most widely held)
_MASK = (1 << 63) - 1
_CHUNK = 900  # bound on SQL parameters per statement


def sentence_key(norm: str) -> bytes:
    """Stable key of a normalised sentence."""
    return hashlib.blake2b(norm.encode("utf-8"), digest_size=16).digest()


def _gram_hash(gram: str) -> int:
    return (
        int.from_bytes(hashlib.blake2b(gram.encode("utf-8"), digest_size=8).digest(), "little")
        & _MASK
    )


def fingerprints(norm: str) -> set[int]:
    """Winnowed K-gram hashes of a normalised sentence (empty when shorter than K)."""
    n = len(norm) - K + 1
    if n <= 0:
        return set()
    hashes = [_gram_hash(norm[i : i + K]) for i in range(n)]
    if n <= W:
        return {min(hashes)}
    return {min(hashes[i : i + W]) for i in range(n - W + 1)}


def fingerprint_positions(norm: str) -> dict[int, int]:
    """Winnowed K-gram hashes of a normalised sentence with the offset where each first occurs."""
    n = len(norm) - K + 1
    if n <= 0:
        return {}
    hashes = [_gram_hash(norm[i : i + K]) for i in range(n)]
    out: dict[int, int] = {}
    for i in range(max(1, n - W + 1)):
        window = hashes[i : i + W]
        h = min(window)
        out.setdefault(h, i + window.index(h))
    return out


def grams(norm: str) -> set[int]:
    """Hashes of every K-gram: a query looks up all of them, so it meets every stored
    fingerprint that occurs in it, not only those its own winnowing would pick."""
    return {_gram_hash(norm[i : i + K]) for i in range(len(norm) - K + 1)}


def pack(ids: Iterable[int]) -> bytes:
    arr = array("i", ids)
    if sys.byteorder != "little":  # pragma: no cover - stored little-endian everywhere
        arr.byteswap()
    return arr.tobytes()


def unpack(blob: bytes) -> array[int]:
    arr = array("i")
    arr.frombytes(blob)
    if sys.byteorder != "little":  # pragma: no cover
        arr.byteswap()
    return arr


def _chunks(items: Sequence, size: int = _CHUNK) -> Iterator[Sequence]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def default_location(paths: Sequence[str | Path]) -> Path:
    """Where the index of `paths` lives: in the one sources folder if writable and not shipped
    with drafter (the package and the checkout are never written to), else the cache."""
    resolved = [Path(p).resolve() for p in paths]
    one = resolved[0] if len(resolved) == 1 else None
    if one is not None and one.is_dir() and os.access(one, os.W_OK) and not is_shipped(one):
        return resolved[0] / INDEX_NAME
    return cache_location(resolved)


def cache_location(paths: Sequence[Path]) -> Path:
    base = user_cache_dir()
    key = hashlib.sha256("\n".join(sorted(str(p) for p in paths)).encode("utf-8")).hexdigest()[:16]
    return base / f"index-{key}.sqlite"


_DDL = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE docs(id INTEGER PRIMARY KEY, name TEXT, path TEXT UNIQUE, size INTEGER,
                  mtime_ns INTEGER, hash TEXT, sents BLOB);
CREATE TABLE sents(id INTEGER PRIMARY KEY, key BLOB UNIQUE, norm TEXT, df INTEGER);
CREATE TABLE occ(sent INTEGER, doc INTEGER, PRIMARY KEY(sent, doc)) WITHOUT ROWID;
CREATE TABLE fp(hash INTEGER PRIMARY KEY, sents BLOB);
"""


@dataclass(frozen=True, slots=True)
class _Entry:
    """A source to (re)index: where it comes from and how to load it."""

    path: str
    size: int
    mtime_ns: int
    hash: str
    doc: SourceDoc | None = None  # None: load from `path`

    def load(self) -> SourceDoc:
        return self.doc if self.doc is not None else load_source(self.path)


class SourceIndex:
    """An open index; query methods are used by `drafter.diff.align`."""

    def __init__(self, conn: sqlite3.Connection, location: str, rebuilt: bool = False) -> None:
        self.conn = conn
        self.location = location
        self.rebuilt = rebuilt  # the file was unreadable or damaged and was built again

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
            conn.executescript(_DDL)
            conn.execute("INSERT INTO meta VALUES('schema', ?)", (SCHEMA,))
            conn.commit()
        conn.execute("PRAGMA synchronous=NORMAL")
        return cls(conn, location, rebuilt=damaged)

    def close(self) -> None:
        self.conn.close()

    def sync_files(self, entries: Sequence[tuple[str, int, int]]) -> tuple[int, int]:
        """Bring the index in line with source files given as (path, size, mtime_ns).

        Returns (documents indexed, documents removed).
        """
        rows = self.conn.execute("SELECT path, id, size, mtime_ns FROM docs")
        known = {path: (doc, size, mtime) for path, doc, size, mtime in rows}
        todo: list[_Entry] = []
        for path, size, mtime_ns in entries:
            old = known.pop(path, None)
            if old and old[1] == size and old[2] == mtime_ns:
                continue
            digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
            if old and self._hash(old[0]) == digest:
                self.conn.execute(
                    "UPDATE docs SET size=?, mtime_ns=? WHERE id=?", (size, mtime_ns, old[0])
                )
                continue
            todo.append(_Entry(path, size, mtime_ns, digest))
        return self._apply(todo, [v[0] for v in known.values()])

    def _hash(self, doc: int) -> str:
        return self.conn.execute("SELECT hash FROM docs WHERE id=?", (doc,)).fetchone()[0]

    def sync_docs(self, docs: Iterable[SourceDoc]) -> tuple[int, int]:
        """Bring the index in line with in-memory sources (keyed by id, hashed by content)."""
        known = {row[0]: row[1:] for row in self.conn.execute("SELECT path, id, hash FROM docs")}
        todo: list[_Entry] = []
        for doc in docs:
            key = doc.path or f"mem:{doc.id}"
            digest = hashlib.sha256(f"{doc.id}\0{doc.text}".encode()).hexdigest()
            old = known.pop(key, None)
            if old and old[1] == digest:
                continue
            todo.append(_Entry(key, len(doc.text), 0, digest, doc))
        return self._apply(todo, [v[0] for v in known.values()])

    def _apply(self, todo: list[_Entry], removed: list[int]) -> tuple[int, int]:
        conn = self.conn
        gone = len(removed)
        try:
            # A changed source is removed and indexed again under a new id.
            self._remove(removed + sorted(self.doc_ids(e.path for e in todo)))
            if todo:
                self._add(todo)
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
        return len(todo), gone

    def _remove(self, doc_ids: list[int]) -> None:
        conn = self.conn
        for doc_id in doc_ids:
            row = conn.execute("SELECT sents FROM docs WHERE id=?", (doc_id,)).fetchone()
            if row is None:
                continue
            distinct = sorted(set(unpack(row[0])))
            conn.executemany("UPDATE sents SET df=df-1 WHERE id=?", [(s,) for s in distinct])
            conn.executemany(
                "DELETE FROM occ WHERE sent=? AND doc=?", [(s, doc_id) for s in distinct]
            )
            path = conn.execute("SELECT path FROM docs WHERE id=?", (doc_id,)).fetchone()
            if path is not None:
                conn.execute("DELETE FROM meta WHERE key=?", ("skipped:" + path[0],))
            conn.execute("DELETE FROM docs WHERE id=?", (doc_id,))

    def _add(self, todo: list[_Entry]) -> None:
        conn = self.conn
        key_to_id: dict[bytes, int] = dict(conn.execute("SELECT key, id FROM sents"))
        next_sent = (conn.execute("SELECT max(id) FROM sents").fetchone()[0] or 0) + 1
        next_doc = (conn.execute("SELECT max(id) FROM docs").fetchone()[0] or 0) + 1
        new_sents: list[tuple[int, bytes, str]] = []
        postings: dict[int, array[int]] = {}
        df: Counter[int] = Counter()
        occ: list[tuple[int, int]] = []
        docs: list[tuple] = []
        for entry in todo:
            doc = self._load_or_skip(entry)
            ids = []
            for norm in sentence_texts(doc.text):
                key = sentence_key(norm)
                sid = key_to_id.get(key)
                if sid is None:
                    sid = key_to_id[key] = next_sent
                    next_sent += 1
                    new_sents.append((sid, key, norm))
                    for h in fingerprints(norm):
                        postings.setdefault(h, array("i")).append(sid)
                ids.append(sid)
            for sid in set(ids):
                df[sid] += 1
                occ.append((sid, next_doc))
            docs.append(
                (next_doc, doc.id, entry.path, entry.size, entry.mtime_ns, entry.hash, pack(ids))
            )
            next_doc += 1
        conn.executemany("INSERT INTO docs VALUES(?,?,?,?,?,?,?)", docs)
        fresh = {sid for sid, _, _ in new_sents}
        conn.executemany(
            "INSERT INTO sents VALUES(?,?,?,?)",
            ((sid, key, norm, df[sid]) for sid, key, norm in new_sents),
        )
        conn.executemany(
            "UPDATE sents SET df=df+? WHERE id=?",
            ((n, sid) for sid, n in df.items() if sid not in fresh),
        )
        occ.sort()
        conn.executemany("INSERT INTO occ VALUES(?,?)", occ)
        self._merge_postings(postings)

    def _load_or_skip(self, entry: _Entry) -> SourceDoc:
        """Load a source; one that cannot be read is indexed empty and remembered as skipped.

        A folder of old speeches often holds a stray empty or broken file: it must
        not block the diff. The note stays until the file changes and reads.
        """
        self.conn.execute("DELETE FROM meta WHERE key=?", ("skipped:" + entry.path,))
        try:
            return entry.load()
        except SourceError as exc:
            self.conn.execute(
                "INSERT INTO meta VALUES(?, ?)", ("skipped:" + entry.path, exc.message)
            )
            return SourceDoc(id=Path(entry.path).stem, text="", path=entry.path)

    def skipped(self) -> list[tuple[str, str]]:
        """Sources indexed empty because they could not be read: (path, reason)."""
        rows = self.conn.execute(
            "SELECT key, value FROM meta WHERE key LIKE 'skipped:%' ORDER BY key"
        )
        return [(key.removeprefix("skipped:"), reason) for key, reason in rows]

    def _merge_postings(self, postings: dict[int, array[int]]) -> None:
        """Store new postings; a long posting list keeps its most widely held sentences first,
        so a query can read just its head (see `postings`)."""
        conn = self.conn
        if conn.execute("SELECT 1 FROM fp LIMIT 1").fetchone() is not None:
            hashes = sorted(postings)
            for part in _chunks(hashes):
                q = f"SELECT hash, sents FROM fp WHERE hash IN ({_marks(part)})"
                for h, blob in conn.execute(q, list(part)):
                    old = unpack(blob)
                    old.extend(postings[h])
                    postings[h] = old
        long = [h for h, p in postings.items() if len(p) > HEAD]
        if long:
            df = dict(conn.execute("SELECT id, df FROM sents"))
            for h in long:
                postings[h] = array(
                    "i", sorted(postings[h], key=lambda sid: (-df.get(sid, 0), sid))
                )
        conn.executemany(
            "INSERT OR REPLACE INTO fp VALUES(?,?)",
            ((h, pack(postings[h])) for h in sorted(postings)),
        )

    # ----- queries -----------------------------------------------------------------------------

    def exact(self, keys: Sequence[bytes]) -> dict[bytes, int]:
        """Sentence id of each key that some source holds."""
        out: dict[bytes, int] = {}
        uniq = sorted(set(keys))
        for part in _chunks(uniq):
            q = f"SELECT key, id FROM sents WHERE df>0 AND key IN ({_marks(part)})"
            out.update(self.conn.execute(q, list(part)))
        return out

    def postings(self, hashes: Iterable[int]) -> dict[int, tuple[int, array[int]]]:
        """For each fingerprint: how many sentences hold it, and the first HEAD of them."""
        out: dict[int, tuple[int, array[int]]] = {}
        uniq = sorted(set(hashes))
        for part in _chunks(uniq):
            q = f"SELECT hash, length(sents), substr(sents, 1, {HEAD * 4}) FROM fp WHERE hash IN ({_marks(part)})"
            out.update((h, (n // 4, unpack(b))) for h, n, b in self.conn.execute(q, list(part)))
        return out

    def full_postings(self, hashes: Iterable[int]) -> dict[int, array[int]]:
        """All sentence ids behind each fingerprint (use for fingerprints known to be short)."""
        out: dict[int, array[int]] = {}
        uniq = sorted(set(hashes))
        for part in _chunks(uniq):
            q = f"SELECT hash, sents FROM fp WHERE hash IN ({_marks(part)})"
            out.update((h, unpack(b)) for h, b in self.conn.execute(q, list(part)))
        return out

    def sentences(self, ids: Iterable[int]) -> dict[int, tuple[str, int]]:
        """(normalised text, document frequency) of sentence ids."""
        out: dict[int, tuple[str, int]] = {}
        uniq = sorted(set(ids))
        for part in _chunks(uniq):
            q = f"SELECT id, norm, df FROM sents WHERE id IN ({_marks(part)})"
            out.update((i, (n, d)) for i, n, d in self.conn.execute(q, list(part)))
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


def _marks(items: Sequence) -> str:
    return ",".join("?" * len(items))


def open_index(paths: Sequence[str | Path], location: str | Path | None = None) -> SourceIndex:
    """Open the index of the speech files under `paths`, updating it if the files changed.

    The update runs under the index's lock, so diffs started together never
    write one index at once; a damaged index is rebuilt (see `SourceIndex.rebuilt`).

    Raises:
        SourceError: a path is missing or holds no speeches (a source that cannot
            be read is skipped: see `SourceIndex.skipped`).
    """
    files = source_entries(paths)
    target = Path(location) if location else default_location(paths)
    try:
        return _open_synced(target, files)
    except (sqlite3.Error, OSError, LockError):
        if location:
            raise
        return _open_synced(cache_location([Path(p).resolve() for p in paths]), files)


def _open_synced(target: Path, files: list[tuple[str, int, int]]) -> SourceIndex:
    target.parent.mkdir(parents=True, exist_ok=True)
    with file_lock(target):
        index = SourceIndex.open(target)
        try:
            index.sync_files(files)
        except sqlite3.DatabaseError:  # damaged pages: start again from the sources
            index.close()
            _remove_index(target)
            index = SourceIndex.open(target)
            index.sync_files(files)
            index.rebuilt = True
    return index


def _remove_index(target: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)


def index_docs(docs: Iterable[SourceDoc], location: str | Path = ":memory:") -> SourceIndex:
    """An index of in-memory sources (kept at `location`, in memory by default)."""
    index = SourceIndex.open(location)
    index.sync_docs(docs)
    return index
