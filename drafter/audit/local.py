"""The local engine: one machine, worker processes, memory bounded by spilling to disk.

Documents are read and fingerprinted by a pool of processes; the main process
appends each normalised text to a store file and each (fingerprint, document)
posting to one of BUCKETS spill files chosen by the fingerprint's top bits. Each
bucket is then reduced alone, so memory holds one bucket's postings, the pair
counts and the document list, never the archive's text.
"""

from __future__ import annotations

import multiprocessing
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.audit.documents import Digest, DocInfo, Skipped, digest
from drafter.audit.engine import CommonHash, Settings, common_passages, compare, date_key, finish
from drafter.audit.engine import reduce_fingerprint
from drafter.audit.report import AuditReport, PairFinding
from drafter.audit.shingles import distinct_fingerprints, fold

if TYPE_CHECKING:
    import numpy as np

BUCKETS = 64
SPILL = 1 << 20  # postings held before they are written to the bucket files
IN_PROCESS = 64  # archives this small are read without starting worker processes


def run_local(entries: list[tuple[int, str, str]], settings: Settings, workers: int = 2) -> AuditReport:
    """Audit the documents `entries` ((index, path, name), see documents.list_documents)."""
    with tempfile.TemporaryDirectory(prefix="drafter-audit-") as tmp:
        store = _Store(Path(tmp))
        infos: dict[int, DocInfo] = {}
        skipped: list[Skipped] = []
        for item, hashes in _mapped(entries, workers):
            if isinstance(item, Skipped):
                skipped.append(item)
                continue
            infos[item.info.index] = item.info
            store.add(item, hashes)
        store.flush()
        keys = {i: k for i, info in infos.items() if (k := date_key(info)) is not None}
        commons, counts = _reduce(store, keys, settings)
        common = _sorted_hashes(commons)
        findings = _verify(store, infos, counts, common, settings, workers)
        texts = _common_texts(store, infos, commons, settings)
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
    store: _Store, keys: dict[int, tuple[int, int, int]], settings: Settings
) -> tuple[dict[int, CommonHash], Counter[tuple[int, int]]]:
    """Common fingerprints and the shared-fingerprint count of every candidate pair."""
    import numpy as np

    commons: dict[int, CommonHash] = {}
    counts: Counter[tuple[int, int]] = Counter()
    for b in range(BUCKETS):
        post = store.bucket(b)
        if not len(post):
            continue
        post = post[np.lexsort((post[:, 1], post[:, 0]))]
        starts = np.flatnonzero(np.r_[True, post[1:, 0] != post[:-1, 0]])
        sizes = np.diff(np.r_[starts, len(post)])
        hashes, docs = post[:, 0].tolist(), post[:, 1].tolist()
        for s, n in zip(starts[sizes > 1].tolist(), sizes[sizes > 1].tolist(), strict=True):
            out = reduce_fingerprint(hashes[s], docs[s : s + n], keys, settings)
            if isinstance(out, CommonHash):
                commons[out.hash] = out
            else:
                counts.update(out)
    return commons, counts


def _sorted_hashes(commons: dict[int, CommonHash]) -> np.ndarray:
    import numpy as np

    return np.array(sorted(commons), dtype=np.uint64)


def _verify(
    store: _Store, infos: dict[int, DocInfo], counts: Counter[tuple[int, int]],
    common: np.ndarray, settings: Settings, workers: int,
) -> list[PairFinding]:  # fmt: skip
    """Compare every candidate pair (sorted, so that each document is read once in a row)."""
    pairs = sorted(p for p, n in counts.items() if n >= settings.min_shared)
    out: list[PairFinding] = []
    for a, b in pairs:
        found = compare(store.read(a, infos[a]), store.read(b, infos[b]), common, settings)
        if found is not None:
            out.append(found)
    return out


def _common_texts(
    store: _Store, infos: dict[int, DocInfo], commons: dict[int, CommonHash], settings: Settings
) -> list[tuple[int, tuple[str, int, int]]]:
    """The common passages, each quoted from the first document holding it."""
    by_doc: dict[int, dict[int, CommonHash]] = {}
    for h, c in commons.items():
        by_doc.setdefault(c.first, {})[h] = c
    out: list[tuple[int, tuple[str, int, int]]] = []
    for index in sorted(by_doc):
        doc = store.read(index, infos[index])
        out += [(index, found) for found in common_passages(doc, by_doc[index], settings)]
    return out
