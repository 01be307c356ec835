"""The local engine: one machine, worker processes, memory bounded by spilling to disk.

Documents are read and fingerprinted by a pool of processes; the main process
appends each normalised text to a store file and each (fingerprint, document)
posting to one of BUCKETS spill files chosen by the fingerprint's top bits. Each
bucket is then reduced alone, so memory holds one bucket's postings, the pair
counts and the document list, never the archive's text.
"""

from __future__ import annotations

import errno
import multiprocessing
import tempfile
from collections.abc import Iterator
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.audit.documents import Digest, DocInfo, Skipped, digest
from drafter.audit.engine import CommonHash, Settings, common_passages, compare, date_key, finish
from drafter.audit.report import AuditReport, PairFinding
from drafter.audit.shingles import distinct_fingerprints, fold

if TYPE_CHECKING:
    import numpy as np

BUCKETS = 64
SPILL = 1 << 20  # postings held before they are written to the bucket files
IN_PROCESS = 64  # archives this small are read without starting worker processes


def run_local(entries: list[tuple[int, str, str]], settings: Settings, workers: int = 2) -> AuditReport:
    """Audit the documents `entries` ((index, path, name), see documents.list_documents).

    Raises:
        DrafterError: the spill files cannot be written (a full temporary disk, a file size limit).
    """
    try:
        return _run_local(entries, settings, workers)
    except OSError as exc:  # said "错误：文件超出系统允许的大小，操作没有完成" naming no file and no fix
        from drafter.errors import DrafterError, os_hint, os_reason

        folder = Path(exc.filename).parent if exc.filename else Path(tempfile.gettempdir())
        raise DrafterError(
            f"审查用的临时文件写不下（{os_reason(exc)}），没有审查完", path=folder,
            hint=os_hint(exc, "") if exc.errno == errno.EFBIG else "临时文件大约是档案正文的四倍：腾出临时文件夹"
            "所在磁盘的空间，或设置 TMPDIR 指向有空间的文件夹后重试（如 TMPDIR=/data/tmp drafter audit …）。",
        ) from exc


def _run_local(entries: list[tuple[int, str, str]], settings: Settings, workers: int) -> AuditReport:
    with tempfile.TemporaryDirectory(prefix="drafter-audit-") as tmp:
        store = _Store(Path(tmp))
        try:
            infos: dict[int, DocInfo] = {}
            skipped: list[Skipped] = []
            for item, hashes in _mapped(entries, workers):
                if isinstance(item, Skipped):
                    skipped.append(item)
                    continue
                infos[item.info.index] = item.info
                store.add(item, hashes)
            store.flush()
            commons, pairs = _reduce(store, infos, settings)
            findings = _verify(store, infos, pairs, _sorted_hashes(commons), settings)
            texts = _common_texts(store, infos, commons, settings)
        finally:
            store.close()
    return finish(infos, skipped, findings, texts, settings, "local")


def _map_one(entry: tuple[int, str, str]) -> tuple[Digest | Skipped, np.ndarray | None]:
    item = digest(*entry)
    if isinstance(item, Skipped):
        return item, None
    return item, distinct_fingerprints(fold(item.norm))


def _mapped(entries: list[tuple[int, str, str]], workers: int) -> Iterator[tuple[Digest | Skipped, np.ndarray | None]]:
    if workers <= 1 or len(entries) <= IN_PROCESS:
        yield from map(_map_one, entries)
        return
    # spawn: fork from a process holding threads (pytest, Spark) is unsafe and warns.
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        yield from pool.imap(_map_one, entries, chunksize=64)


class _Store:
    """Spill files: the normalised texts (UTF-32, read back by offset) and the posting buckets."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.text = open(folder / "texts.bin", "wb+")  # noqa: SIM115 - closed in close()
        self.offsets: dict[int, tuple[int, int]] = {}
        self.pending: list[tuple[np.ndarray, int]] = []
        self.held = 0

    def add(self, item: Digest, hashes: np.ndarray | None) -> None:
        data = item.norm.encode("utf-32-le")
        self.offsets[item.info.index] = (self.text.tell(), len(data))
        self.text.write(data)
        if hashes is not None:
            self.pending.append((hashes, item.info.index))
            self.held += len(hashes)
        if self.held >= SPILL:
            self.flush()

    def flush(self) -> None:
        import numpy as np

        if not self.pending:
            return
        hashes = np.concatenate([h for h, _ in self.pending])
        docs = np.concatenate([np.full(len(h), i, dtype=np.uint64) for h, i in self.pending])
        bucket = (hashes >> np.uint64(58)).astype(np.int64)
        for b in np.unique(bucket).tolist():
            mine = bucket == b
            with open(self.folder / f"b{b:02d}.bin", "ab") as out:
                np.stack([hashes[mine], docs[mine]], axis=1).tofile(out)
        self.pending, self.held = [], 0

    def bucket(self, b: int) -> np.ndarray:
        import numpy as np

        path = self.folder / f"b{b:02d}.bin"
        if not path.exists():
            return np.zeros((0, 2), dtype=np.uint64)
        return np.fromfile(path, dtype=np.uint64).reshape(-1, 2)

    def read(self, index: int, info: DocInfo) -> Digest:
        start, size = self.offsets[index]
        self.text.seek(start)
        return Digest(info, self.text.read(size).decode("utf-32-le"))

    def close(self) -> None:
        self.text.close()


def _reduce(
    store: _Store, infos: dict[int, DocInfo], settings: Settings
) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """Common fingerprints (a table, see `_commons`), and the candidate pairs (sharing at least `min_shared` others).

    Vectorised form of `engine.reduce_fingerprint`, bucket by bucket; the pair keys
    (a << 32 | b) are spilled by a's low bits and counted one partition at a time.
    """
    import numpy as np

    rank = _date_ranks(infos)
    commons: list[np.ndarray] = [np.zeros((0, 4), dtype=np.int64)]
    pair_files = [open(store.folder / f"p{b:02d}.bin", "wb") for b in range(BUCKETS)]  # noqa: SIM115
    try:
        for b in range(BUCKETS):
            post = store.bucket(b)
            if not len(post):
                continue
            post = post[np.lexsort((post[:, 1], post[:, 0]))]
            starts = np.flatnonzero(np.r_[True, post[1:, 0] != post[:-1, 0]])
            sizes = np.diff(np.r_[starts, len(post)])
            commons.append(_commons(post, starts, sizes, rank, settings))
            keys = _pair_keys(post[:, 1], starts, sizes, settings)
            part = (keys & np.uint64(BUCKETS - 1)).astype(np.int64)
            for p in np.unique(part).tolist():
                keys[part == p].tofile(pair_files[p])
    finally:
        for f in pair_files:
            f.close()
    pairs: list[tuple[int, int]] = []
    for b in range(BUCKETS):
        keys = np.fromfile(store.folder / f"p{b:02d}.bin", dtype=np.uint64)
        found, counts = np.unique(keys, return_counts=True)
        for key in found[counts >= settings.min_shared].tolist():
            pairs.append((key >> 32, key & 0xFFFFFFFF))
    table = np.concatenate(commons)  # rows: hash (as int64 bits), documents, first, earliest
    return table[np.argsort(np.ascontiguousarray(table[:, 0]).view(np.uint64))], sorted(pairs)


def _date_ranks(infos: dict[int, DocInfo]) -> np.ndarray:
    """Each document's place in date order (ties by index); undated documents rank last."""
    import numpy as np

    size = max(infos, default=-1) + 1
    rank = np.full(size, np.iinfo(np.int64).max, dtype=np.int64)
    dated = sorted((k, i) for i, info in infos.items() if (k := date_key(info)) is not None)
    for r, (_, i) in enumerate(dated):
        rank[i] = r
    return rank


def _commons(post: np.ndarray, starts: np.ndarray, sizes: np.ndarray, rank: np.ndarray,
             settings: Settings) -> np.ndarray:  # fmt: skip
    """Rows (hash bits, documents, first document, earliest dated document or -1) of the
    common fingerprints of one bucket: arrays, not objects, for millions of them."""
    import numpy as np

    big = sizes >= settings.common_docs
    docs = post[:, 1].astype(np.int64)
    ranks = rank[docs]
    best = np.minimum.reduceat(ranks, starts)[big]
    undated = best == np.iinfo(np.int64).max
    order = np.argsort(rank)  # rank → document (ranks of dated documents are 0, 1, 2 …)
    earliest = np.where(undated, -1, order[np.where(undated, 0, best)])
    hashes = post[starts[big], 0].view(np.int64)
    return np.stack([hashes, sizes[big], docs[starts[big]], earliest], axis=1).astype(np.int64)


def _pair_keys(docs: np.ndarray, starts: np.ndarray, sizes: np.ndarray, settings: Settings) -> np.ndarray:
    """a << 32 | b for every pair of documents holding one fingerprint held by 2 to common_docs - 1."""
    import numpy as np

    out = [np.zeros(0, dtype=np.uint64)]
    for n in range(2, settings.common_docs):
        sel = starts[sizes == n]
        if not len(sel):
            continue
        group = docs[sel[:, None] + np.arange(n)]
        for i, j in combinations(range(n), 2):
            out.append((group[:, i] << np.uint64(32)) | group[:, j])
    return np.concatenate(out)


def _sorted_hashes(table: np.ndarray) -> np.ndarray:
    import numpy as np

    return np.ascontiguousarray(table[:, 0]).view(np.uint64)


def _verify(
    store: _Store, infos: dict[int, DocInfo], pairs: list[tuple[int, int]],
    common: np.ndarray, settings: Settings,
) -> list[PairFinding]:  # fmt: skip
    """Compare every candidate pair (sorted: each first document is read in a row)."""
    out: list[PairFinding] = []
    for a, b in pairs:
        found = compare(store.read(a, infos[a]), store.read(b, infos[b]), common, settings)
        if found is not None:
            out.append(found)
    return out


def _common_texts(
    store: _Store, infos: dict[int, DocInfo], table: np.ndarray, settings: Settings
) -> list[tuple[int, tuple[str, int, int]]]:
    """The common passages, each quoted from the first document holding it."""
    import numpy as np

    if not len(table):
        return []
    table = table[np.lexsort((np.ascontiguousarray(table[:, 0]).view(np.uint64), table[:, 2]))]
    cuts = np.flatnonzero(np.r_[True, table[1:, 2] != table[:-1, 2], True])
    out: list[tuple[int, tuple[str, int, int]]] = []
    for lo, hi in zip(cuts[:-1].tolist(), cuts[1:].tolist(), strict=True):
        rows = table[lo:hi]
        index = int(rows[0, 2])
        mine = {
            h: CommonHash(h, n, first, early)
            for h, n, first, early in zip(np.ascontiguousarray(rows[:, 0]).view(np.uint64).tolist(), *rows[:, 1:].T.tolist(), strict=True)
        }
        doc = store.read(index, infos[index])
        out += [(index, found) for found in common_passages(doc, mine, settings)]
    return out
