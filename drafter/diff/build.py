"""Write sources into the index: normalised in worker processes, streamed into sqlite.

Work is split where it is cheapest. Worker processes (two on a typical machine,
only for a few hundred sources or more) read each source, normalise it, cut it
into sentences and hash them (`digest_source`); each ships the text and the
fingerprints of a sentence only the first time it meets it. This process, in
the sources' order, gives every new sentence the next id (so ids do not depend
on how many workers ran), and writes documents, sentences and holders in
batches. Memory stays bounded however many sources come: the fingerprint
postings are staged in hash partitions (spilled to temporary files past
STAGE_MAX pairs) and grouped one partition at a time at the end; holders are
stored for the first OCC_CAP documents of each sentence only (a query reads at
most a few dozen, see `SourceIndex.docs_holding`). A new index gets its lookup
indexes after the bulk load, not row by row.
"""

from __future__ import annotations

import sys
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import IO, Any, NamedTuple

from drafter import hashes  # sha256 without OpenSSL (#18)
from drafter.diff.fingerprint import HEAD, fingerprints, pack, sentence_key, unpack
from drafter.diff.normalize import sentence_texts
from drafter.diff.sources import SourceDoc, load_source
from drafter.errors import SourceError, SourceUnavailable

RETRY = "retry:"  # meta key prefix: a skipped source read again on the next run (`_read`)

OCC_CAP = 64  # documents stored as holders of one sentence (lowest ids first)
PARALLEL_MIN = 400  # sources from which normalisation runs in worker processes
WORKERS = 2
BATCH = 2000  # documents written to sqlite at once
BLOCK = 16384  # sources handed to the workers at once (bounds results waiting in memory)
PARTS = 16  # fingerprint staging partitions
STAGE_MAX = 1 << 22  # staged (fingerprint, sentence) pairs held in memory before spilling
_CHUNK = 900  # bound on SQL parameters per statement

INDEXES = (
    "CREATE UNIQUE INDEX IF NOT EXISTS sents_key ON sents(key)",
    "CREATE INDEX IF NOT EXISTS occ_sent ON occ(sent, doc)",
)


@dataclass(frozen=True, slots=True)
class Source:
    """A source to index: where it comes from (a file, or mem:ID), change stamp and content hash."""

    path: str
    size: int = 0
    stamp: int = 0
    hash: str = ""  # sha256 of the file (or of id and text); computed when empty
    doc: SourceDoc | None = None  # None: read from `path`

    @classmethod
    def of(cls, doc: SourceDoc) -> Source:
        """An in-memory source, keyed by its path or id and hashed by its content."""
        digest = hashes.sha256(f"{doc.id}\0{doc.text}".encode()).hexdigest()
        return cls(doc.path or f"mem:{doc.id}", len(doc.text), 0, digest, doc)


class Digest(NamedTuple):
    """A source reduced to what the index stores (a tuple: cheap to ship between processes)."""

    source: Source
    name: str
    keys: bytes  # sentence keys in order (int64, little-endian)
    new: list[tuple[int, str, bytes]]  # (key, text, fingerprints) of sentences first met here
    skipped: str = ""  # why the source could not be read ("" when it was)
    retry: bool = False  # it may read on another run, unchanged (see `SourceUnavailable`)


def digest_source(source: Source, seen: set[int]) -> Digest:
    """Read, normalise and hash one source; `seen` holds the keys already shipped."""
    doc, skipped, retry = _read(source)
    # The text goes no further than this (it is not shipped back from a worker process).
    source = Source(source.path, source.size, source.stamp, source.hash or file_hash(source.path))
    keys: list[int] = []
    new: list[tuple[int, str, bytes]] = []
    for norm in sentence_texts(doc.text):
        key = sentence_key(norm)
        keys.append(key)
        if key not in seen:
            seen.add(key)
            new.append((key, norm, pack(sorted(fingerprints(norm)), "q")))
    return Digest(source, doc.id, pack(keys, "q"), new, skipped, retry)


def _read(source: Source) -> tuple[SourceDoc, str, bool]:
    """The source's text; one that cannot be read is indexed empty, with the reason, and whether to try it again.

    A folder of old speeches often holds a stray empty or broken file: it must
    not block the diff. The note stays until the file changes and reads; one
    that could not be opened, or whose converter is not installed, is
    tried again on the next run (LibreOffice installed since, the disk back).
    """
    if source.doc is not None:
        return source.doc, "", False
    try:
        return load_source(source.path), "", False
    except SourceError as exc:
        empty = SourceDoc(id=Path(source.path).stem, text="", path=source.path)
        return empty, exc.message, isinstance(exc, SourceUnavailable)


def file_hash(path: str) -> str:
    """sha256 of a file's bytes ("" when it cannot be read)."""
    try:
        return hashes.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return ""


# ----- worker processes ---------------------------------------------------------------------

_load: Callable[[Any], Source] | None = None
_seen: set[int] = set()


def _init(load: Callable[[Any], Source]) -> None:
    global _load, _seen
    _load, _seen = load, set()


def _work(item: Any) -> Digest:
    assert _load is not None
    return digest_source(_load(item), _seen)


def as_source(item: Source | SourceDoc) -> Source:
    """A Source for a Source or a SourceDoc (the default loader)."""
    return item if isinstance(item, Source) else Source.of(item)


def digests(
    items: Iterable[Any], load: Callable[[Any], Source] = as_source, workers: int = 0
) -> Iterator[Digest]:
    """Digests of `items` in their order, made by `workers` processes (0: in this one).

    `load` turns an item into a Source inside the worker, so reading or
    generating the documents runs in parallel too; with several workers it must
    be picklable (a module-level function).
    """
    if workers <= 1:
        seen: set[int] = set()
        for item in items:
            yield digest_source(load(item), seen)
        return
    import multiprocessing  # only here: every `draft` opens an index, few build one

    # fork on Linux (workers start at once, the loader need not be importable); elsewhere the
    # platform's default (spawn on Windows and macOS, where fork is unsafe).
    linux = sys.platform.startswith("linux")
    ctx = multiprocessing.get_context("fork") if linux else multiprocessing.get_context()
    with ctx.Pool(workers, initializer=_init, initargs=(load,)) as pool:
        it = iter(items)
        while block := list(islice(it, BLOCK)):
            yield from pool.imap(_work, block, chunksize=max(1, min(64, len(block) // (4 * workers))))


# ----- writing ------------------------------------------------------------------------------


@dataclass
class _Stage:
    """(fingerprint, sentence) pairs in hash partitions, spilled to temporary files."""

    bufs: list[array[int]] = field(default_factory=lambda: [array("q") for _ in range(PARTS)])
    files: list[IO[bytes] | None] = field(default_factory=lambda: [None] * PARTS)
    held: int = 0

    def add(self, sid: int, fps: bytes) -> None:
        bufs = self.bufs
        for h in unpack(fps, "q"):
            buf = bufs[h % PARTS]
            buf.append(h)
            buf.append(sid)
        self.held += len(fps) // 8
        if self.held > STAGE_MAX:
            self.spill()

    def spill(self) -> None:
        import tempfile  # only an index build this large spills: a draft's measure never does (#18)

        for p, buf in enumerate(self.bufs):
            if buf:
                file = self.files[p] = self.files[p] or tempfile.TemporaryFile()  # noqa: SIM115 - read back in partitions()
                buf.tofile(file)
                self.bufs[p] = array("q")
        self.held = 0

    def partitions(self) -> Iterator[dict[int, list[int]]]:
        """Sentence ids per fingerprint, one partition at a time (ids in the order staged)."""
        for p in range(PARTS):
            pairs = array("q")
            file = self.files[p]
            if file is not None:
                file.seek(0)
                pairs.frombytes(file.read())
                file.close()
            pairs.extend(self.bufs[p])
            self.bufs[p] = array("q")
            groups: defaultdict[int, list[int]] = defaultdict(list)
            for h, sid in zip(pairs[0::2], pairs[1::2], strict=True):
                groups[h].append(sid)
            yield groups


class Writer:
    """Writes digests into an open index connection (inside the caller's transaction)."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.fresh = conn.execute("SELECT 1 FROM sents LIMIT 1").fetchone() is None
        if self.fresh:  # bulk load first, lookup indexes after (see `finish`)
            conn.execute("DROP INDEX IF EXISTS sents_key")
            conn.execute("DROP INDEX IF EXISTS occ_sent")
        self.ids: dict[int, int] = {}  # sentence key → id, for keys met in this run
        self.base = (conn.execute("SELECT max(id) FROM sents").fetchone()[0] or 0) + 1
        self.next_doc = (conn.execute("SELECT max(id) FROM docs").fetchone()[0] or 0) + 1
        self.new_df = array("i")  # holders of each new sentence, by id - base
        self.old_df: Counter[int] = Counter()  # holders added to sentences already stored
        self.stage = _Stage()
        self.pending: list[Digest] = []
        self.count = 0

    def add_all(self, items: Iterable[Digest]) -> int:
        """Write every digest, then the postings; returns the number of documents written."""
        for d in items:
            self.pending.append(d)
            if len(self.pending) >= BATCH:
                self._flush()
        self._flush()
        self._finish()
        return self.count

    def _flush(self) -> None:
        if not self.pending:
            return
        if not self.fresh:
            self._lookup({k for d in self.pending for k in unpack(d.keys, "q")})
        docs: list[tuple] = []
        sents: list[tuple[int, int, str, int]] = []
        occ: list[tuple[int, int]] = []
        for d in self.pending:
            docs.append(self._doc(d, sents, occ))
        conn = self.conn
        conn.executemany("INSERT INTO sents VALUES(?,?,?,?)", sents)
        conn.executemany("INSERT INTO docs VALUES(?,?,?,?,?,?,?)", docs)
        conn.executemany("INSERT INTO occ VALUES(?,?)", occ)
        skipped = [("skipped:" + d.source.path, d.skipped) for d in self.pending if d.skipped]
        skipped += [(RETRY + d.source.path, "") for d in self.pending if d.retry]
        conn.executemany("INSERT OR REPLACE INTO meta VALUES(?, ?)", skipped)
        self.count += len(self.pending)
        self.pending = []

    def _lookup(self, keys: set[int]) -> None:
        """Ids of keys the index already holds (only when adding to an existing index)."""
        unknown = sorted(keys - self.ids.keys())
        for i in range(0, len(unknown), _CHUNK):
            part = unknown[i : i + _CHUNK]
            q = f"SELECT key, id FROM sents WHERE key IN ({','.join('?' * len(part))})"
            self.ids.update(self.conn.execute(q, part))

    def _doc(self, d: Digest, sents: list, occ: list) -> tuple:
        ids = self.ids
        for key, norm, fps in d.new:
            if key not in ids:
                sid = ids[key] = self.base + len(self.new_df)
                self.new_df.append(0)
                sents.append((sid, key, norm, 0))
                self.stage.add(sid, fps)
        sids = [ids[k] for k in unpack(d.keys, "q")]
        doc = self.next_doc
        self.next_doc += 1
        base, new_df, old_df = self.base, self.new_df, self.old_df
        for sid in sorted(set(sids)):
            if sid >= base:
                new_df[sid - base] += 1
                n = new_df[sid - base]
            else:
                old_df[sid] += 1
                n = old_df[sid]
            if n <= OCC_CAP:
                occ.append((sid, doc))
        src = d.source
        return (doc, d.name, src.path, src.size, src.stamp, src.hash, pack(sids))

    def _finish(self) -> None:
        conn = self.conn
        base = self.base
        conn.executemany(
            "UPDATE sents SET df=? WHERE id=?",
            ((n, base + i) for i, n in enumerate(self.new_df)),
        )
        conn.executemany(
            "UPDATE sents SET df=df+? WHERE id=?", sorted((n, sid) for sid, n in self.old_df.items())
        )
        for part in self.stage.partitions():
            self._postings(part)
        for ddl in INDEXES:
            conn.execute(ddl)

    def _postings(self, groups: dict[int, list[int]]) -> None:
        """Store one partition's postings, merged after the lists already stored; a long list
        keeps its most widely held sentences first, so a query can read just its head."""
        conn = self.conn
        hashes = sorted(groups)
        if not self.fresh:
            for i in range(0, len(hashes), _CHUNK):
                part = hashes[i : i + _CHUNK]
                q = f"SELECT hash, sents FROM fp WHERE hash IN ({','.join('?' * len(part))})"
                for h, blob in conn.execute(q, part):
                    groups[h] = list(unpack(blob)) + groups[h]
        long = [h for h in hashes if len(groups[h]) > HEAD]
        if long:
            df = self._df({sid for h in long for sid in groups[h]})
            for h in long:
                groups[h].sort(key=lambda sid: (-df.get(sid, 0), sid))
        conn.executemany(
            "INSERT OR REPLACE INTO fp VALUES(?,?)", ((h, pack(groups[h])) for h in hashes)
        )

    def _df(self, sids: set[int]) -> dict[int, int]:
        base, new_df = self.base, self.new_df
        out = {sid: new_df[sid - base] for sid in sids if sid >= base}
        old = sorted(sid for sid in sids if sid < base)
        for i in range(0, len(old), _CHUNK):
            part = old[i : i + _CHUNK]
            q = f"SELECT id, df FROM sents WHERE id IN ({','.join('?' * len(part))})"
            out.update(self.conn.execute(q, part))
        return out
