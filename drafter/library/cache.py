"""A cache of parsed fragment files, keyed by content hash, so large libraries load fast.

The cache is only an optimisation: results are identical with or without it,
and any problem with it falls back to parsing the files.
"""

from __future__ import annotations

import io
import os
import pickle
import time
from pathlib import Path
from typing import Any

from xxhash import xxh3_128_digest

from drafter.errors import FragmentFormatError
from drafter.library.content import cache_dir, caches, code_version, content_key
from drafter.library.jinja import _USED, fragment_texts
from drafter.library.schema import fragments_from_data, read_fragment_file
from drafter.library.yamlio import parse_yaml
from drafter.limits import MAX_YAML_BYTES, read_limited
from drafter.model import Fragment, Source, SubPoint, Variable


class _Unpickler(pickle.Unpickler):
    """Only the plain data a cache entry holds may be rebuilt from the cache file."""

    _ALLOWED = {
        ("drafter.model", name) for name in ("Fragment", "Role", "Source", "SubPoint", "Variable", "VarType")
    } | {("builtins", "frozenset"), ("builtins", "set"), ("datetime", "date"), ("datetime", "datetime"),
         ("datetime", "timedelta"), ("datetime", "timezone")}  # fmt: skip

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in self._ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not cache data")
        return super().find_class(module, name)


class _Pickler(pickle.Pickler):
    """Stores model objects as constructor calls: rebuilding them is faster than setting state.

    Equal strings, tuples of strings and sources are stored once (later ones refer back to the first):
    half the strings of the shipped library are repeats (drafter 编写组, 2026-12, section, level tags), and
    its 1,374 authored fragments have ~250 distinct sources. Unpickled, they are one object each instead of
    one per fragment: ~20% less work to read the cache, on every command that loads the library (#18).
    Only values whose every part is an exact str are shared, so that no value is swapped for an equal
    one of another type (1 and True are equal).
    """

    _MODEL = (Fragment, SubPoint, Variable, Source)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._shared: dict[Any, Any] = {}

    def reducer_override(self, obj: Any) -> Any:
        if type(obj) in self._MODEL:
            return type(obj), tuple(self._share(getattr(obj, name)) for name in obj.__slots__)
        return NotImplemented

    def _share(self, value: Any) -> Any:
        if _plain(value):
            return self._shared.setdefault((type(value), value), value)
        if type(value) is Source:
            fields = tuple(getattr(value, name) for name in value.__slots__)
            if all(map(_plain, fields)):
                return self._shared.setdefault((Source, fields), value)
        return value


def _plain(value: Any) -> bool:
    return type(value) is str or (type(value) is tuple and all(type(v) is str for v in value))


class _LoadCache:
    """Parsed fragments of each file of one library, keyed by the file's content hash.

    A cache entry is used only when the file's bytes hash to the same digest,
    so an edit (by hand, by git or by drafter) is always seen. Any problem with
    the cache file itself just means parsing again.
    """

    def __init__(self, file: Path, entries: dict[str, Any], version: tuple[Any, ...]) -> None:
        self.file = file
        self.entries = entries
        self.version = version
        self.seen: set[str] = set()
        self.digests: dict[str, bytes] = {}  # of the files read through the cache, as their entries were used or made
        self.dirty = False

    @classmethod
    def open(cls, root: Path) -> _LoadCache | None:
        folder = cache_dir()
        if folder is None or not caches(root):
            return None  # throw-away libraries (tests, scratch copies) would only litter the user's cache
        from drafter.files import cache_key

        key = cache_key(f"{root.resolve()}\0{root}".encode())[:24]
        file = folder / f"library-{key}.pickle"
        entries: dict[str, Any] = {}
        version = code_version()
        try:
            with file.open("rb") as handle:
                data = _Unpickler(handle).load()
            if isinstance(data, dict) and data.get("version") == version:
                entries = data["files"]
                if time.time() - file.stat().st_mtime > 86400:
                    os.utime(file)  # still in use: keep it from being pruned
        except Exception:  # noqa: BLE001 - a missing or damaged cache is simply rebuilt
            entries = {}
        return cls(file, entries, version)

    def content(self, files: list[Path]) -> str:
        """A key of what `files` were parsed into: the code's version and each file's digest ("" if one is unknown)."""
        digests = []
        for file in files:
            digest = self.digests.get(str(file))
            if digest is None:
                return ""  # read without the cache (unreadable, not UTF-8): its content is not known
            digests.append((str(file), digest))
        return content_key(self.version, digests)

    def read(self, file: Path) -> tuple[list[Fragment], list[FragmentFormatError]]:
        try:
            raw = read_limited(file, MAX_YAML_BYTES, "YAML 文件", FragmentFormatError)
        except FragmentFormatError as exc:  # a device or pipe under a fragment file's name, or too large
            return [], [exc]
        except OSError:
            return read_fragment_file(file)
        name = str(file)
        self.seen.add(name)
        # XXH3-128 of the bytes (specified byte for byte, ~10x cheaper than blake2b): every command reading the
        # library hashes every fragment file, ~1 MB, to know its entry is still that file's.
        digest = xxh3_128_digest(raw)
        hit = self.entries.get(name)
        if hit is not None and hit[0] == digest:
            _USED.update(hit[3])
            self.digests[name] = digest
            return list(hit[1]), [_error_from_tuple(e) for e in hit[2]]
        found: list[Fragment]
        problems: list[FragmentFormatError]
        try:
            data = parse_yaml(raw.decode("utf-8-sig"), file)
        except UnicodeDecodeError:
            return read_fragment_file(file)
        except FragmentFormatError as exc:
            found, problems = [], [exc]
        else:
            found, problems = fragments_from_data(data, file)
        used = {t: _USED[t] for f in found for t in fragment_texts(f) if t in _USED}
        self.entries[name] = (
            digest,
            tuple(found),
            tuple(_error_to_tuple(e) for e in problems),
            used,
        )
        self.digests[name] = digest
        self.dirty = True
        return found, problems

    def save(self) -> None:
        stale = set(self.entries) - self.seen
        if not (self.dirty or stale):
            return
        for name in stale:
            del self.entries[name]
        shared: dict[
            frozenset[str], frozenset[str]
        ] = {}  # one object per distinct name set: faster to unpickle
        for name, (digest, found, problems, used) in list(self.entries.items()):
            used = {text: shared.setdefault(names, names) for text, names in used.items()}
            self.entries[name] = (digest, found, problems, used)
        buffer = io.BytesIO()
        _Pickler(buffer, protocol=5).dump({"version": self.version, "files": self.entries})
        _prune(self.file.parent)
        import tempfile

        try:
            self.file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd, tmp = tempfile.mkstemp(prefix=".library-", suffix=".tmp", dir=self.file.parent)
            with os.fdopen(fd, "wb") as handle:
                handle.write(buffer.getvalue())
            os.replace(tmp, self.file)
        except OSError:  # the cache is only an optimisation: never fail a load over it
            if "tmp" in locals():
                Path(tmp).unlink(missing_ok=True)


_CACHE_DAYS = 30


def _prune(folder: Path) -> None:
    """Remove cache files of libraries not loaded for a month (the library may be long gone)."""
    try:
        old = [
            p
            for p in folder.glob("library-*.pickle")
            if time.time() - p.stat().st_mtime > _CACHE_DAYS * 86400
        ]
        for path in old:
            path.unlink(missing_ok=True)
    except OSError:
        pass


def _error_to_tuple(exc: FragmentFormatError) -> tuple[Any, ...]:
    message = exc.message
    if exc.fragment_id and message.startswith(f"片段 {exc.fragment_id}："):
        message = message[len(f"片段 {exc.fragment_id}：") :]
    return (message, exc.path, exc.line, exc.fragment_id, exc.hint)


def _error_from_tuple(item: tuple[Any, ...]) -> FragmentFormatError:
    message, path, line, fragment_id, hint = item
    return FragmentFormatError(message, path=path, line=line, fragment_id=fragment_id, hint=hint)
