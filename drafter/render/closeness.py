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
import pickle
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache, lru_cache
from pathlib import Path

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


class Memo:
    """Closeness of fragment pairs by content key; `new` counts the pairs not yet on disk."""

    def __init__(self, file: Path | None, known: dict[bytes, bool], stamp: tuple[int, ...] | None = None) -> None:
        self.file = file
        self.known = known
        self.new = 0
        self.stamp = stamp  # the file's stamp when `known` was read from it (or written), None: unknown

    def lookup(self, a: Fragment, b: Fragment, compute: Callable[[], bool]) -> bool:
        """The remembered answer for (a, b), else `compute()`, remembered."""
        key = _pair(a, b)
        found = self.known.get(key)
        if found is None:
            found = self.known[key] = compute()
            self.new += 1
        return found

    def save(self, fragments: Callable[[], tuple[Fragment, ...]]) -> None:
        """Write the memo when it learnt something, keeping only pairs of the library's `fragments()`."""
        if self.file is None or not self.new:
            return
        from drafter.cachefile import _prune, _write

        current = {content_key(f) for f in fragments()}
        # another process may have added pairs meanwhile; a file still as this process last read or wrote it holds
        # nothing `known` lacks, and is not read again (the whole memo, at every new draft of a warm worker, #18)
        same = self.stamp is not None and _stamp(self.file) == self.stamp
        merged = self.known if same else {**_read(self.file), **self.known}
        self.known = {k: v for k, v in merged.items() if k[:8] in current and k[8:] in current}
        _write(self.file, pickle.dumps(self.known, protocol=pickle.HIGHEST_PROTOCOL))
        self.stamp = _stamp(self.file)  # the file as this process wrote it
        _prune(self.file.parent, self.file.name.rsplit("-", 1)[0], self.file)
        self.new = 0


# The memo in use while a plan is chosen (see `remembered`); None: compute every pair. A context
# variable: the requests `drafter serve` plans in its worker threads each see their own.
ACTIVE: ContextVar[Memo | None] = ContextVar("closeness_memo", default=None)
# Memos this process has read, by file: a long-running process (serve, the resident drafter) reads one again only when
# another process rewrote the file (its stamp changed), and a resident's child finds it read.
_OPEN: dict[Path, Memo] = {}


@contextmanager
def remembered(roots: tuple[str, ...], fragments: Callable[[], tuple[Fragment, ...]]) -> Iterator[Memo | None]:
    """Use (and afterwards save) the memo of the library stack `roots` while planning (`fragments()`: all of it)."""
    memo = _open(roots)
    token = ACTIVE.set(memo)
    try:
        yield memo
    finally:
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
    file = folder / f"closeness-{stack}-{_code_version()}.pickle"
    stamp = _stamp(file)  # before the read: a file replaced meanwhile is read again next time
    memo = _OPEN.get(file)
    if memo is None:
        memo = _OPEN[file] = Memo(file, _read(file), stamp)
        if memo.known:
            keep_in_use(file)
    elif memo.stamp != stamp:  # another process added pairs: this one's are kept too
        memo.known = {**_read(file), **memo.known}
        memo.stamp = stamp
    return memo


def reopen() -> None:
    """Read every memo this process holds from its file again (the resident drafter, once its warm-up wrote them)."""
    for file in list(_OPEN):
        _OPEN[file] = Memo(file, _read(file), _stamp(file))


def refresh() -> None:
    """Read again each memo whose file another process rewrote since (the resident drafter, before it forks a
    command: its children then find what earlier children added already read, instead of each reading the file)."""
    for file, memo in list(_OPEN.items()):
        stamp = _stamp(file)
        if stamp != memo.stamp:
            _OPEN[file] = Memo(file, _read(file), stamp)


def _stamp(file: Path) -> tuple[int, ...] | None:
    """What changes when the file is written (always by replacing it: a new inode) or another takes its place."""
    try:
        st = os.stat(file)
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def _read(file: Path) -> dict[bytes, bool]:
    try:
        with file.open("rb") as handle:
            data = _BytesOnly(handle).load()
    except Exception:  # noqa: BLE001 - a missing or damaged memo is simply rebuilt
        return {}
    if not isinstance(data, dict) or not all(
        isinstance(k, bytes) and len(k) == 16 and isinstance(v, bool) for k, v in data.items()
    ):
        return {}
    return data


class _BytesOnly(pickle.Unpickler):
    """The memo is a dict of bytes to bools: no class may be rebuilt from it."""

    def find_class(self, module: str, name: str) -> object:
        raise pickle.UnpicklingError(f"{module}.{name} is not memo data")


@lru_cache(maxsize=1)
def _code_version() -> str:
    from drafter.files import module_stamp

    package = Path(__file__).resolve().parent.parent
    code = hashes.blake2b(str(_VERSION).encode(), digest_size=8)
    for name in _RULES:
        code.update((package / name).read_bytes())
    code.update(module_stamp("rapidfuzz").encode())
    return code.hexdigest()
