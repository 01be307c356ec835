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
    if os.environ.get("DRAFTER_NO_CACHE", "") not in ("", "0"):
        return None
    return user_cache_root()


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
    try:
        with file.open("rb") as handle:
            data = _Unpickler(handle, frozenset()).load()
    except Exception:  # noqa: BLE001 - missing or damaged: start empty
        return {}
    if not (isinstance(data, dict) and data.get("stamp") == stamp and isinstance(data.get("entries"), dict)):
        return {}
    keep_in_use(file)
    return data["entries"]


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


def _prune(folder: Path, name: str, kept: Path, suffix: str = ".pickle") -> None:
    """Remove other versions of this cache unused for a day, and caches of its kind unused for a month.

    `name` is "kind" or "kind-folder" (templates-1a2b…: one per template folder,
    which may be long gone). Files of kinds this one replaced go when unused for a day:
    a drafter of an older version installed beside this one keeps its own while it uses them.
    A reader never sees a removed file half-read (an open file stays whole until closed) and
    a file removed before it was opened is only a miss, rebuilt.
    """
    kind = name.split("-", 1)[0]
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
