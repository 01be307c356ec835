"""Small caches in the user's cache folder: read if valid, else rebuilt; written atomically.

A cache is only an optimisation: every reader falls back to building the value
itself when the file is missing, stale, damaged or unwritable. Files are keyed
by what their content depends on, so a new version of the data or of the code
that builds it never reads an old file.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Set
from pathlib import Path

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time (#18: ~10 M instructions)
if TYPE_CHECKING:
    from typing import Any

try:  # the C pickler pickle.py wraps: importing pickle.py (its Python classes) costs every command ~1 ms
    from _pickle import Unpickler, UnpicklingError, dumps
except ImportError:  # pragma: no cover - a Python without the C accelerator
    from pickle import Unpickler, UnpicklingError, dumps

_PROTOCOL = 5  # pickle.HIGHEST_PROTOCOL of every Python drafter supports


def cache_folder() -> Path | None:
    """drafter's cache folder, or None when caching is off (`DRAFTER_NO_CACHE=1`).

    `DRAFTER_CACHE_DIR` sets the folder; the default is the user's cache folder
    (platformdirs, honours XDG_CACHE_HOME).
    """
    environ = os.environ
    key = tuple(map(environ.get, _FOLDER_VARIABLES))
    if key == _FOLDER[0]:  # the environment it was found in: the resident's worker sets each command's
        return _FOLDER[1]
    folder = None if environ.get("DRAFTER_NO_CACHE", "") not in ("", "0") else user_cache_root()
    _FOLDER[:] = [key, folder]
    return folder


# What the cache folder depends on (userdirs.user_folder: XDG, the home folder, an Android app's variables), and the
# folder last found for them: a new draft asked for it ~16 times (~0.3 ms, #18).
_FOLDER_VARIABLES = ("DRAFTER_NO_CACHE", "DRAFTER_CACHE_DIR", "XDG_CACHE_HOME", "HOME", "ANDROID_DATA", "ANDROID_ROOT")
_FOLDER: list[Any] = [None, None]


def user_cache_root() -> Path:
    """The user's cache folder for drafter, whether caching is on or not (`DRAFTER_CACHE_DIR`, else platformdirs)."""
    if os.environ.get("DRAFTER_CACHE_DIR"):
        return Path(os.environ["DRAFTER_CACHE_DIR"])
    from drafter.userdirs import user_folder

    return user_folder("cache")


class _Unpickler(Unpickler):
    """Rebuilds only the classes a cache declares; anything else makes the file invalid."""

    def __init__(self, file: Any, allowed: Set[tuple[str, str]]) -> None:
        super().__init__(file)
        self.allowed = allowed

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in self.allowed:
            raise UnpicklingError(f"{module}.{name} is not cache data")
        return super().find_class(module, name)


def cached(
    name: str, key: str, build: Callable[[], Any], allowed: Set[tuple[str, str]] = frozenset(),
    valid: Callable[[Any], bool] | None = None,
) -> Any:  # fmt: skip
    """The value cached in `<cache folder>/<name>-<key>.pickle`, built and saved on a miss.

    `allowed` lists the (module, class) pairs the value may contain besides
    plain builtins; a value that fails `valid` (when given) is rebuilt too. Files of the same `name` with another key are removed when
    a new one is written and they were not used for a day (they belong to an
    older version of the data or code, or to another drafter installed beside
    this one, which keeps its own while it is in use).
    """
    value = read_cached(name, key, allowed, valid)
    if value is None:
        value = build()
        write_cached(name, key, value)
    return value


def read_cached(
    name: str, key: str, allowed: Set[tuple[str, str]] = frozenset(), valid: Callable[[Any], bool] | None = None
) -> Any:
    """The value kept in `<cache folder>/<name>-<key>.pickle` (see `cached`), or None: none kept, damaged, not valid."""
    folder = cache_folder()
    if folder is None:
        return None
    file = folder / f"{name}-{key}.pickle"
    try:
        with file.open("rb") as handle:
            value = _Unpickler(handle, allowed).load()
        if valid is None or valid(value):
            keep_in_use(file)
            return value
    except Exception:  # noqa: BLE001 - a missing or damaged cache is simply rebuilt
        pass
    return None


def write_cached(name: str, key: str, value: Any) -> None:
    """Keep `value` in `<cache folder>/<name>-<key>.pickle` (atomically), pruning other versions as `cached` says."""
    folder = cache_folder()
    if folder is None:
        return
    file = folder / f"{name}-{key}.pickle"
    _write(file, dumps(value, protocol=_PROTOCOL))
    _prune(folder, name, file)


def built_apart(name: str, key: str, build: Callable[[], Any], valid: Callable[[Any], bool]) -> Any:
    """`cached(name, key, build)`, but a value not kept yet is built in a forked child that writes it, and read back
    here (the resident drafter, before it forks its worker): building makes and drops millions of small objects, whose
    holes in the resident's heap its worker's allocations then fill, copying those pages on every command (a repeated
    draft through a resident that had built the lexicon's index cost ~3 ms more than through one that had read it)."""
    value = read_cached(name, key, valid=valid)
    if value is None and hasattr(os, "fork"):
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            try:
                write_cached(name, key, build())
            finally:
                os._exit(0)
        os.waitpid(pid, 0)
        value = read_cached(name, key, valid=valid)
    return value if value is not None else cached(name, key, build, valid=valid)


_DAY = 86400
_UNUSED_DAYS = 30


def stamped_entries(file: Path, stamp: str) -> dict[Any, Any]:
    """The `entries` of a kept-code file written for this `stamp` (plain builtins only); {} when missing or damaged."""
    data = stamped_data(file, stamp)
    if data:
        keep_in_use(file)
    return data.get("entries", {})  # type: ignore[no-any-return]


def stamped_data(file: Path, stamp: str) -> dict[str, Any]:
    """The whole of a kept-code file written for this `stamp` (a dict with its `entries`); {} when missing or damaged."""
    try:
        with file.open("rb") as handle:
            data = _Unpickler(handle, frozenset()).load()
    except Exception:  # noqa: BLE001 - missing or damaged: start empty
        return {}
    if not (isinstance(data, dict) and data.get("stamp") == stamp and isinstance(data.get("entries"), dict)):
        return {}
    return data


def keep_in_use(path: Path) -> None:
    """Mark a cache file or folder as used today (its modification time, set at most once a day)."""
    try:
        if time.time() - path.stat().st_mtime > _DAY:
            os.utime(path)
    except OSError:
        pass


def unused_for(path: Path, days: float) -> bool:
    """Whether a cache file or folder was last used (or written) more than `days` ago."""
    return time.time() - path.stat().st_mtime > days * _DAY


# Kinds of cache file no drafter writes any more, and the kind that replaced each: old files of
# them are removed (once unused for a day) when a file of the new kind is written.
_RETIRED = {"search": ("haystacks",)}  # the search index replaced startup4's haystacks-*.pickle


# Kinds whose files are kept one per question asked, not one per version: a new file of one is no new version, and looks
# once an hour like a file written again (`fits`: one per place and meeting drafted for; a worker of the test suite
# drafting for ~2,000 of them looked over every fits file of its folder at each, ci53a).
_KEYED_BY_ANSWERS = frozenset({"fits"})
_PRUNE_EVERY = 3600.0  # seconds between two looks for stale versions of one cache file rewritten in one process
_PRUNED: dict[tuple[str, str, str], tuple[float, Path]] = {}  # when each cache was last looked over, for which file


def _prune(folder: Path, name: str, kept: Path, suffix: str = ".pickle") -> None:
    """Remove other versions of this cache unused for a day, and caches of its kind unused for a month.

    `name` is "kind" or "kind-folder" (templates-1a2b…: one per template folder,
    which may be long gone). Files of kinds this one replaced go when unused for a day:
    a drafter of an older version installed beside this one keeps its own while it uses them.
    A reader never sees a removed file half-read (an open file stays whole until closed) and
    a file removed before it was opened is only a miss, rebuilt.
    """
    kind = name.split("-", 1)[0]
    # A file written again (the same version) looks once an hour in a process: a glob over the whole cache folder
    # (~0.85 ms in a user's ~2,000 files) came with every write, and a long run (the resident's worker) rewrites the
    # check's learnt answers after most new drafts (#18). A new version looks at once; what goes stale meanwhile goes
    # at the next look.
    seen = (str(folder), name, suffix)
    now = time.monotonic()
    last = _PRUNED.get(seen)
    if last is not None and (last[1] == kept or name in _KEYED_BY_ANSWERS) and now - last[0] < _PRUNE_EVERY:
        return
    if len(_PRUNED) >= 256:
        _PRUNED.clear()
    _PRUNED[seen] = (now, kept)
    try:
        for old in folder.glob(f"{kind}-*{suffix}"):
            stale = unused_for(old, 1 if old.name.startswith(f"{name}-") else _UNUSED_DAYS)
            if old != kept and stale:
                old.unlink(missing_ok=True)
        for retired in _RETIRED.get(kind, ()):
            for old in folder.glob(f"{retired}-*.pickle"):
                if unused_for(old, 1):
                    old.unlink(missing_ok=True)
    except OSError:
        pass


def _write(file: Path, data: bytes) -> None:
    """Write `data` to `file` atomically (a reader sees the old file or the whole new one)."""
    import tempfile
    tmp = None
    try:
        file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(prefix=f".{file.stem}-", suffix=".tmp", dir=file.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, file)
    except OSError:  # the cache is only an optimisation: never fail over it
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        return
    bound(file.parent, file)


# ------------------------------------------------------------------ the folder's bound
#
# Each library, template folder, data table and version of drafter keeps its own files, and the kinds that go after a
# day or a month unused still add up (1.4 GB in ~2,000 files on a machine drafting for months against changing
# libraries). So the folder is also bounded by size: once its files pass the bound, the least recently used go first.

BOUND_MB = 300  # the default bound: DRAFTER_CACHE_MAX_MB changes it (0: no bound)
BOUND_EVERY = 3600  # seconds: the folder is looked over at most once in this time after a write (its `.bounded` stamp)
HEADROOM = 0.1  # a look leaves the folder this share under its bound, and the next comes once as much was written
_BOUND_STAMP = ".bounded"  # modified when the folder was last looked over
_WRITTEN = ".written"  # one byte per KiB of cache written since then (appended to: several processes may write)
_KEPT_APART = ("resident",)  # the resident's sockets, locks and logs: never cache data
_UNITS = ("-journal", "-wal", "-shm")  # an sqlite index's side files go with it
_FRESH_TEMP = _DAY  # a temporary younger than this may still be being written
# A corpus's diff index takes minutes to build for a large archive (~10 at a million speeches, ~640 MB): one used
# within a week is the user's working set and stays whatever the bound; unused longer, it goes like any file (lead32).
_INDEX_KEEP = 7 * _DAY


def cache_limit() -> int | None:
    """How many bytes the cache folder may hold (`DRAFTER_CACHE_MAX_MB`, default BOUND_MB), None: no bound (0)."""
    raw = os.environ.get("DRAFTER_CACHE_MAX_MB", "").strip()
    try:
        mb = float(raw) if raw else BOUND_MB
    except ValueError:
        mb = BOUND_MB  # a value that is no number: the default, never a failed command
    if not mb >= 0 or mb == float("inf"):
        mb = BOUND_MB
    return None if mb == 0 else int(mb * 2**20)


def bound(folder: Path, kept: Path | None = None) -> None:
    """After `kept` was written in the cache folder `folder`: keep the folder within `cache_limit()`.

    The folder is looked over (a walk: one stat per file) when it was not for BOUND_EVERY, or when what was written
    since could have used up the headroom the last look left; otherwise this costs two stats and one small append.
    Never raises: the cache is only an optimisation.
    """
    try:
        limit = cache_limit()
        if limit is None:
            return
        stamp, written = folder / _BOUND_STAMP, folder / _WRITTEN
        size = kept.stat().st_size if kept is not None else 0
        try:
            looked = stamp.stat().st_mtime
            since = written.stat().st_size * 1024 if written.exists() else 0
        except FileNotFoundError:
            looked, since = 0.0, 0
        if time.time() - looked < BOUND_EVERY and since + size < limit * HEADROOM:
            with open(written, "ab") as out:
                out.write(b"\0" * min(-(-size // 1024), int(limit * HEADROOM) // 1024 + 1))
            return
        with open(stamp, "ab"):  # stamped before the walk: processes writing at the same time do not all walk
            pass
        os.utime(stamp)
        with open(written, "wb"):
            pass
        prune_to(folder, int(limit * (1 - HEADROOM)), kept)
    except Exception:  # noqa: BLE001 - never fail a command over the cache
        pass


def prune_to(folder: Path, limit: int, kept: Path | None = None) -> int:
    """Remove the least recently used cache files of `folder` until it holds at most `limit` bytes; bytes left.

    Last used is the later of a file's access and modification times (readers mark what they use: `keep_in_use`).
    An sqlite index goes with its journal. Never removed: `kept` (just written), the resident's folder, lock files,
    a temporary younger than a day (a writer may be at it), a file whose `.name.lock` another process holds (a memo
    being appended to, an index being written). Whatever else is removed while a process reads it is only a miss: an
    open file stays whole until closed, and every reader builds the value again when its file is gone.
    """
    units: dict[str, list[Any]] = {}  # unit -> [last used, bytes, files, removable]
    now = time.time()
    for sub in _listing(folder):
        for entry in sub:
            name = entry.name
            if name in (_BOUND_STAMP, _WRITTEN) or name.endswith(".lock"):
                continue
            try:
                st = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            if st.st_mode & 0o170000 != 0o100000:  # regular files only (no links, sockets, folders)
                continue
            base = entry.path
            for side in _UNITS:
                if base.endswith(side):
                    base = base[: -len(side)]
            unit = units.setdefault(base, [0.0, 0, [], True])
            unit[0] = max(unit[0], st.st_atime, st.st_mtime)
            unit[1] += st.st_size
            unit[2].append(entry.path)
            fresh_temp = name.startswith(".") and name.endswith(".tmp") and now - st.st_mtime < _FRESH_TEMP
            if fresh_temp or (kept is not None and entry.path == str(kept)):
                unit[3] = False
    for base, unit in units.items():
        if os.path.basename(base).startswith("index-") and now - unit[0] < _INDEX_KEEP:
            unit[3] = False
    total = sum(unit[1] for unit in units.values())
    for base, (_, size, files, removable) in sorted(units.items(), key=lambda item: item[1][0]):
        if total <= limit:
            break
        if removable and _remove_unit(base, files):
            total -= size
    return total


def _listing(folder: Path) -> Any:
    """The entries of the cache folder and of its folders (Jinja's bytecode), but the resident's."""
    with os.scandir(folder) as top:
        entries = list(top)
    yield entries
    for entry in entries:
        if entry.name not in _KEPT_APART and entry.is_dir(follow_symlinks=False):
            try:
                with os.scandir(entry.path) as inner:
                    yield list(inner)
            except OSError:
                continue


def _remove_unit(base: str, files: list[str]) -> bool:
    """Remove `files` (one cache entry), unless another process holds its lock; whether they were removed."""
    folder, name = os.path.split(base)
    lock = -1
    try:
        lock_file = os.path.join(folder, f".{name}.lock")
        if os.path.lexists(lock_file):  # else never locked: nobody appends to it
            lock = os.open(lock_file, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
            import fcntl

            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return False  # in use: a writer holds it
        for file in sorted(files, key=len, reverse=True):  # an index's journal before the index
            if os.path.lexists(file):
                os.unlink(file)
        return True
    except (OSError, ImportError):
        return False
    finally:
        if lock >= 0:
            os.close(lock)

