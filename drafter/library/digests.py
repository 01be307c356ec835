"""The digests of a library's fragment files, known again from their stamps without reading them (#18).

Every command that reads the library (a draft's load, a search's `library_content`) must know
that each fragment file is still the one its cache entry was made from: it read all ~80 files
(~5 MB) and hashed them on every run, ~5 ms of a ~55 ms search, almost all of it copying the
bytes in. This keeps, per library, each file's XXH3-128 digest with the stamp it was read at:
(device, inode, size, mtime_ns, ctime_ns). A file whose stamp is the same is the same file: any
write changes its ctime (which no program can set back), a file replaced by another has another
inode. As git does with "racily clean" files, a digest is kept only when the file's mtime and ctime
were SETTLE_NS old when it was read, and the stamp was the same before and after reading it: a
write within the same coarse clock tick as the read could otherwise leave the stamp unchanged.
Only regular files are known so (a device or pipe put under a fragment file's name is read, and
refused, as before).

The memo is a small pickle in the cache folder, one per library folder, written atomically
(`cachefile`): a damaged or half-written one is not read, and starts again from nothing.
"""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

from drafter.files import SETTLE_NS

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time (#18: ~10 M instructions)
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

_FORMAT = 1
_DIGEST_BYTES = 16  # XXH3-128

Stamp = tuple[int, int, int, int, int]


def stamp_of(info: os.stat_result) -> Stamp | None:
    """What identifies a file's content without reading it; None for anything but a regular file."""
    if not stat.S_ISREG(info.st_mode):
        return None
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


class FileDigests:
    """The kept digests of one library folder's files: `digest` answers from them, `remember` adds, `save` keeps."""

    def __init__(self, name: str | None, known: dict[str, tuple[Stamp, bytes]]) -> None:
        self._name = name  # the cache file's name (None: nothing is kept, e.g. caching off)
        self._known = known
        self._changed = False

    @classmethod
    def open(cls, root: Path) -> FileDigests:
        """The digests kept for the library at `root` (none when nothing is kept or the memo is damaged)."""
        from drafter import cachefile
        from drafter.files import cache_key

        if cachefile.cache_folder() is None:
            return cls(None, {})
        name = f"digests-{cache_key(str(root.resolve()).encode())[:24]}"
        known = cachefile.read_cached(name, str(_FORMAT), valid=_is_memo)
        return cls(name, known if known is not None else {})

    def digest(self, path: Path) -> bytes | None:
        """The digest of the file at `path` if it was read at the stamp it has now; None otherwise (read it)."""
        kept = self._known.get(str(path))
        if kept is None:
            return None
        try:
            now = stamp_of(os.stat(path))
        except OSError:
            return None
        return kept[1] if now is not None and now == kept[0] else None

    def read(self, path: Path, read: Callable[[Path], bytes]) -> tuple[bytes, bytes]:
        """(bytes, XXH3-128 digest) of the file at `path`, read by `read` (whose errors pass), and remembered
        when its stamp is settled and did not move while it was read."""
        from xxhash import xxh3_128_digest

        try:
            before = stamp_of(os.stat(path))
        except OSError:
            before = None
        raw = read(path)
        digest = xxh3_128_digest(raw)
        if before is not None and before[2] == len(raw):
            self.remember(path, before, digest)
        return raw, digest

    def remember(self, path: Path, before: Stamp, digest: bytes) -> None:
        """Keep `digest` for `path` if its stamp was `before` all along and is old enough to trust."""
        try:
            after = stamp_of(os.stat(path))
        except OSError:
            return
        if after != before or max(before[3], before[4]) > time.time_ns() - SETTLE_NS:
            self._known.pop(str(path), None)
            return
        if self._known.get(str(path)) != (before, digest):
            self._known[str(path)] = (before, digest)
            self._changed = True

    def save(self, files: Iterable[str | Path]) -> None:
        """Write the memo if it learnt something, holding only `files` (the library's files now)."""
        if self._name is None or not self._changed:
            return
        from drafter import cachefile

        names = {str(f) for f in files}
        cachefile.write_cached(self._name, str(_FORMAT), {k: v for k, v in self._known.items() if k in names})
        self._changed = False


def _is_memo(value: object) -> bool:
    """Whether a value read from a memo file has the shape `save` writes."""
    if not isinstance(value, dict):
        return False
    for path, entry in value.items():
        if not (type(path) is str and type(entry) is tuple and len(entry) == 2):
            return False
        kept, digest = entry
        if not (type(digest) is bytes and len(digest) == _DIGEST_BYTES and type(kept) is tuple and len(kept) == 5
                and all(type(n) is int for n in kept)):  # fmt: skip
            return False
    return True
