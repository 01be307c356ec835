"""Which fragment pairs are too close, remembered on disk between drafts.

Whether two fragments would repeat each other (`repeat.too_close`) depends only
on their wording, and working it out (sentence splitting, fuzzy ratios, 4-gram
sets) is most of what planning a draft costs in a fresh process. So each pair's
answer is kept in the user's cache folder, keyed by the content of both
fragments and by the code that decides it: an edited fragment has a new key and
is compared afresh, a new version of the rules or of rapidfuzz reads another
file. The memo is only an optimisation: a missing, damaged or unwritable file
means computing again, with the same results.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from drafter import hashes  # blake2b and sha256 without OpenSSL (#18)
from drafter.library.paths import is_throwaway
from drafter.model import Fragment, SubPoint

# Code whose rules decide closeness: a change to any of them starts a new memo.
_RULES = ("render/repeat.py", "render/closeness.py", "text.py", "library/jinja.py")
_VERSION = 1


# Unbounded (one entry per fragment version met): a bounded cache moves the entry it hits to the front of its list,
# a write that costs each child of the resident drafter, which holds these for the whole shipped library, a page copy.
@cache
def content_key(fragment: Fragment) -> bytes:
    """8 bytes naming everything of a fragment that closeness reads (texts, headings, structure)."""
    parts = [fragment.text, fragment.heading, fragment.ending]

    def add(sub: SubPoint) -> None:
        parts.extend(("\x1e", sub.heading, sub.text))
        for item in sub.items:
            add(item)
        parts.append("\x1d")

    for sub in fragment.subpoints:
        add(sub)
    return hashes.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=8).digest()


def _pair(a: Fragment, b: Fragment) -> bytes:
    ka, kb = content_key(a), content_key(b)
    return ka + kb if ka <= kb else kb + ka


# The memo's file: a header, then one 17-byte record per pair (its 16-byte key, then 1 if close, 0 if not), appended
# as drafts meet new pairs (#18: a draft writes only its new pairs, not the whole memo) and read back in order. A
# record cut short (a writer killed mid-write) is ignored, and the next writer cuts it off before appending. Writers
# hold the file's lock (two drafts at once append one after the other); readers take none, and read whole records
# only. Now and then (when the records reach the next power of two, at least 4,096) the file is rewritten with
# each pair of the library's current fragments once (compacted), replacing it: readers then read the new file whole.
_REC = 17
_MAGIC = b"drafter-closeness"  # the header: one record's length
_COMPACT_FROM = 4096
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation


def _read_at(fd: int, offset: int, size: int) -> bytes:
    """Up to `size` bytes of the file from `offset` (fewer at its end)."""
    os.lseek(fd, offset, os.SEEK_SET)
    chunks = []
    while size > 0:
        chunk = os.read(fd, size)
        if not chunk:
            break
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


class Memo:
    """Closeness of fragment pairs by content key; `new` holds the pairs not yet on disk."""

    def __init__(self, file: Path | None, known: dict[bytes, bool], stamp: tuple[int, int] | None = None) -> None:
        self.file = file
        self.known = known
        self.new: list[bytes] = []
        # the file's inode and how many of its bytes were read into `known` (whole records), None: not read
        self.stamp = stamp

    def lookup(self, a: Fragment, b: Fragment, compute: Callable[[], bool]) -> bool:
        """The remembered answer for (a, b), else `compute()`, remembered."""
        key = _pair(a, b)
        found = self.known.get(key)
        if found is None:
            found = self.known[key] = compute()
            self.new.append(key)
        return found

    def read_more(self) -> None:
        """Add what other processes appended to the file since this one read it (all of it when it was replaced)."""
        if self.file is not None:
            self.stamp = _read_into(self.file, self.known, self.stamp)

    def save(self, fragments: Callable[[], tuple[Fragment, ...]]) -> None:
        """Append the pairs learnt to the file; compact it (only pairs of `fragments()`, each once) now and then."""
        if self.file is None or not self.new:
            return
        from drafter.errors import LockError
        from drafter.limits import file_lock

        try:
            self.file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            with file_lock(self.file, timeout=2):
                self._append(fragments)
        except (OSError, LockError):  # the memo is only an optimisation: never fail over it
            pass
        self.new = []

    def _append(self, fragments: Callable[[], tuple[Fragment, ...]]) -> None:
        file = self.file
        assert file is not None
        fd = os.open(file, os.O_RDWR | os.O_CREAT | os.O_APPEND | _BINARY, 0o600)
        try:
            size = os.fstat(fd).st_size
            if size < _REC or _read_at(fd, 0, _REC) != _MAGIC:  # new, or not a memo of this format: begin it
                os.ftruncate(fd, 0)
                os.write(fd, _MAGIC)
                self.stamp = None
                from drafter.cachefile import _prune

                for suffix in (".pairs", ".pickle"):  # other versions' memos (.pickle: before the records)
                    _prune(file.parent, file.name.rsplit("-", 1)[0], file, suffix)
            elif size % _REC:  # a record cut short by a killed writer
                os.ftruncate(fd, size - size % _REC)
            before = os.fstat(fd).st_size // _REC - 1
            self.stamp = _read_into(file, self.known, self.stamp, fd)  # what others appended since, first
            if self.stamp is None:  # damaged after its header: rewritten with what this process knows
                after = before = 0
            else:
                os.write(fd, b"".join(key + (b"\1" if self.known[key] else b"\0") for key in self.new))
                after = before + len(self.new)
                self.stamp = (self.stamp[0], self.stamp[1] + len(self.new) * _REC)
        finally:
            os.close(fd)
        if self.stamp is None or (after >= _COMPACT_FROM and after.bit_length() != before.bit_length()):
            self._compact(fragments)

    def _compact(self, fragments: Callable[[], tuple[Fragment, ...]]) -> None:
        """Rewrite the file with each pair of the library's current fragments once (the file's lock held)."""
        from drafter.cachefile import _write

        file = self.file
        assert file is not None
        current = {content_key(f) for f in fragments()}
        self.known = {k: v for k, v in self.known.items() if k[:8] in current and k[8:] in current}
        _write(file, _MAGIC + b"".join(k + (b"\1" if v else b"\0") for k, v in self.known.items()))
        st = os.stat(file)
        self.stamp = (st.st_ino, st.st_size)


# Pairs settled in bulk (drafter/render/settle.py: the resident drafter, before it forks its worker), asked before
# the memo; empty: none. A plan in any other process uses those kept for its library (`ACTIVE_SETTLED`).
SETTLED: list[Any] = []
ACTIVE_SETTLED: ContextVar[Any] = ContextVar("settled_pairs", default=None)

# The memo in use while a plan is chosen (see `remembered`); None: compute every pair. A context
# variable: the requests `drafter serve` plans in its worker threads each see their own.
ACTIVE: ContextVar[Memo | None] = ContextVar("closeness_memo", default=None)
# Memos this process has read, by file: a long-running process (serve, the resident drafter) reads only what another
# process appended since (or the whole file, when it was compacted), and a resident's child finds it read.
_OPEN: dict[Path, Memo] = {}


@contextmanager
def remembered(roots: tuple[str, ...], fragments: Callable[[], tuple[Fragment, ...]], content: str = "") -> Iterator[Memo | None]:
    """Use (and afterwards save) the memo of the library stack `roots` while planning (`fragments()`: all of it), and
    the pairs settled for a library of `content` when some are kept (drafter/render/settle.py)."""
    memo = _open(roots)
    token = ACTIVE.set(memo)
    settled = None
    if not SETTLED and content and memo is not None:
        from drafter.render.settle import read

        settled = read(content)
    kept = ACTIVE_SETTLED.set(settled)
    try:
        yield memo
    finally:
        ACTIVE_SETTLED.reset(kept)
        ACTIVE.reset(token)
        if memo is not None:
            memo.save(fragments)


def _open(roots: tuple[str, ...]) -> Memo | None:
    from drafter.cachefile import cache_folder, keep_in_use

    folder = cache_folder()
    if folder is None or not roots:
        return None
    if not os.environ.get("DRAFTER_CACHE_DIR") and any(is_throwaway(r) for r in roots):
        return None  # throw-away libraries (tests, scratch copies) would only litter the user's cache
    stack = hashes.sha256("\0".join(str(Path(r).resolve()) for r in roots).encode()).hexdigest()[:16]
    file = folder / f"closeness-{stack}-{_code_version()}.pairs"
    memo = _OPEN.get(file)
    if memo is None:
        memo = _OPEN[file] = Memo(file, {})
        memo.read_more()
        if memo.known:
            keep_in_use(file)
    elif memo.stamp != _stamp(file):  # another process added pairs: read them (this one's are kept too)
        memo.read_more()
    return memo


def reopen() -> None:
    """Read every memo this process holds from its file again (the resident drafter, once its warm-up wrote them)."""
    for file in list(_OPEN):
        memo = _OPEN[file] = Memo(file, {})
        memo.read_more()


def refresh() -> None:
    """Read what another process appended to each memo's file since (the resident drafter, before it forks a command:
    its children then find what earlier children added already read, instead of each reading it)."""
    for file, memo in _OPEN.items():
        if memo.stamp != _stamp(file):
            memo.read_more()


def _stamp(file: Path) -> tuple[int, int] | None:
    """The file's inode and its length in whole records (what a memo that read all of it holds as `stamp`)."""
    try:
        st = os.stat(file)
    except OSError:
        return None
    return (st.st_ino, st.st_size - st.st_size % _REC)


def _read(file: Path) -> dict[bytes, bool]:
    """Every pair the file holds (none if missing or damaged)."""
    known: dict[bytes, bool] = {}
    _read_into(file, known, None)
    return known


def _read_into(file: Path, known: dict[bytes, bool], stamp: tuple[int, int] | None, fd: int | None = None
               ) -> tuple[int, int] | None:
    """Add the file's records after `stamp` (all of them if it is another file) to `known`; the new stamp.

    A record cut short at the end is left for later; a file not in this format, or damaged, adds nothing."""
    own = fd is None
    try:
        if own:
            fd = os.open(file, os.O_RDONLY | _BINARY)
        assert fd is not None
        st = os.fstat(fd)
        start = stamp[1] if stamp is not None and stamp[0] == st.st_ino and stamp[1] <= st.st_size else 0
        data = _read_at(fd, start, st.st_size - start)
    except OSError:
        return None
    finally:
        if own and fd is not None:
            os.close(fd)
    if start == 0:
        if data[:_REC] != _MAGIC:
            return None
        data, start = data[_REC:], _REC
    body = data[: len(data) - len(data) % _REC]
    flags = body[16::_REC]
    if flags.strip(b"\0\1"):  # not whole records of ours: damaged, nothing read from it
        return None
    known.update(zip([body[i : i + 16] for i in range(0, len(body), _REC)], map(bool, flags), strict=True))
    return (st.st_ino, start + len(body))


@lru_cache(maxsize=1)
def _code_version() -> str:
    from drafter.files import module_stamp

    package = Path(__file__).resolve().parent.parent
    code = hashes.blake2b(str(_VERSION).encode(), digest_size=8)
    for name in _RULES:
        code.update((package / name).read_bytes())
    code.update(module_stamp("rapidfuzz").encode())
    return code.hexdigest()
