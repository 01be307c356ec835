"""A cache of parsed fragment files, keyed by content hash, so large libraries load fast.

The cache is only an optimisation: results are identical with or without it,
and any problem with it falls back to parsing the files.
"""

from __future__ import annotations

import io
import os
import pickle
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from xxhash import xxh3_128_digest

from drafter.errors import FragmentFormatError
from drafter.library.content import (
    cache_dir,
    caches,
    code_version,
    content_key,
    read_fragment_bytes,
)
from drafter.library.digests import FileDigests
from drafter.library.jinja import _USED, _USED_KEPT, fragment_texts
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

    def __init__(self, *args: Any, common: dict[Any, int] | None = None, seen: set[Any] | None = None,
                 **kwargs: Any) -> None:  # fmt: skip
        super().__init__(*args, **kwargs)
        self._shared: dict[Any, Any] = {}
        self._common = common
        self._seen = seen

    def persistent_id(self, obj: Any) -> Any:
        """A value of the file's common table (see `_LoadCache`) is written as its index there."""
        if self._common is None and self._seen is None:
            return None
        key = _common_key(obj)
        if key is None:
            return None
        if self._seen is not None:
            self._seen.add(key)
            return None
        assert self._common is not None
        return self._common.get(key)

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


def _common_key(value: Any) -> Any:
    """What makes a value one of the common table: an exact str, tuple or frozenset of str, or such a source."""
    kind = type(value)
    if kind is str:
        return (str, value)
    if (kind is tuple or kind is frozenset) and all(type(v) is str for v in value):
        return (kind, value)
    if kind is Source:
        fields = tuple(getattr(value, name) for name in value.__slots__)
        if all(map(_plain, fields)):
            return (Source, fields)
    return None


class _ShardUnpickler(_Unpickler):
    """Reads a shard, whose values of the common table are written as their index there."""

    def __init__(self, file: Any, common: list[Any]) -> None:
        super().__init__(file)
        self.persistent_load = common.__getitem__  # type: ignore[method-assign]  # a C call, no Python frame


# The load cache's file: `<cache folder>/library-<key of the library folder>.pickle`, in the format below
# (its version is content._CACHE_VERSION, part of `code_version`: a file of another version is never read).
CACHE_NAME = "library"
_HEAD = 8  # the file starts with the length of its header pickle, 8 bytes big-endian


def cache_file(root: Path) -> Path | None:
    """Where the load cache keeps `root`'s parsed files, or None when it keeps none (caching off, a throw-away library)."""
    folder = cache_dir()
    if folder is None or not caches(root):
        return None  # throw-away libraries (tests, scratch copies) would only litter the user's cache
    from drafter.files import cache_key

    return folder / f"{CACHE_NAME}-{cache_key(f'{root.resolve()}{chr(0)}{root}'.encode())[:24]}.pickle"


class _Entry:
    """What the cache knows of one fragment file: its digest, problems and fragment ids, and its parsed
    fragments, kept as a pickle of their own (a shard, at `shard` = (offset, length) in the cache file)
    until some command asks for them."""

    __slots__ = ("digest", "problems", "ids", "shard", "shard_digest", "found", "used")

    def __init__(self, digest: bytes, problems: tuple[Any, ...], ids: tuple[str, ...],
                 shard: tuple[int, int] | None = None, shard_digest: bytes = b"",
                 found: tuple[Fragment, ...] | None = None,
                 used: dict[str, frozenset[str]] | None = None) -> None:  # fmt: skip
        self.digest, self.problems, self.ids = digest, problems, ids
        self.shard, self.shard_digest, self.found, self.used = shard, shard_digest, found, used


class _Shards:
    """The shards of one cache file, read one by one when a command asks for them, from that very file.

    A draft needs the shards of a few fragment files: reading the whole file (4.5 MB for the shipped library)
    and copying every shard out of it cost ~7 ms of CPU time, mostly the kernel faulting in fresh memory
    (#18). The file stays open while a library is read (`release` closes it); opened again later, it is used
    only if it is still the file the header was read from (same device, inode, size, mtime and ctime: the
    cache is replaced, never written in place, by drafter; any other write moves ctime). Each shard is also
    checked against its XXH3-128 from the header before it is unpickled.
    """

    def __init__(self, file: Path, handle: io.BufferedReader | None, stamp: tuple[int, ...]) -> None:
        self.file, self.handle, self.stamp = file, handle, stamp

    def read(self, offset: int, length: int) -> bytes | None:
        """The bytes at `offset` (length `length`), or None when the file is gone, changed or too short."""
        try:
            if self.handle is None:
                handle = open(self.file, "rb")  # noqa: SIM115 - kept open until `release`
                if _stamp(os.fstat(handle.fileno())) != self.stamp:
                    handle.close()
                    return None
                self.handle = handle
            self.handle.seek(offset)
            data = self.handle.read(length)
        except (OSError, ValueError):
            return None
        return data if len(data) == length else None

    def release(self) -> None:
        if self.handle is not None:
            self.handle.close()
            self.handle = None


def _stamp(st: os.stat_result) -> tuple[int, ...]:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


class _LoadCache:
    """Parsed fragments of each file of one library, keyed by the file's content hash.

    A cache entry is used only when the file's bytes hash to the same digest,
    so an edit (by hand, by git or by drafter) is always seen. Any problem with
    the cache file itself just means parsing again.

    The file is a header (per fragment file: digest, problems, fragment ids, where its shard is and
    the shard's XXH3-128) and one shard per fragment file (its fragments and the names their texts
    read). A draft unpickles only the shards of the files holding fragments it can use (#18: reading
    the whole library was 139 M instructions, 3.6× `python -c pass`); a shard that does not hash to
    its digest or does not hold the fragments the header names is not trusted: its file is parsed
    again. Shards are read from the file the header was read from (`_Shards`), so a file replaced meanwhile
    is never read half old.
    """

    def __init__(self, file: Path, entries: dict[str, _Entry], version: tuple[Any, ...], common: list[Any],
                 root: Path | None = None, shards: _Shards | None = None) -> None:  # fmt: skip
        self.file = file
        self.shards = shards
        self.entries = entries
        self.common = common
        self.version = version
        self.seen: set[str] = set()
        self.digests: dict[str, bytes] = {}  # of the files read through the cache, as their entries were used or made
        self.memo = FileDigests.open(Path(root)) if root is not None else FileDigests(None, {})
        self.dirty = False

    @classmethod
    def open(cls, root: Path) -> _LoadCache | None:
        file = cache_file(root)
        if file is None:
            return None
        version = code_version()
        shards = None
        entries: dict[str, _Entry]
        common: list[Any]
        try:
            handle = open(file, "rb")  # noqa: SIM115 - kept open for the shards until `release`
        except OSError:
            entries, common = {}, []
        else:
            try:
                st = os.fstat(handle.fileno())
                shards = _Shards(file, handle, _stamp(st))
                entries, common = _read_entries(handle, version)
                if entries and time.time() - st.st_mtime > 86400:
                    os.utime(file)  # still in use: keep it from being pruned
                    shards.stamp = _stamp(os.fstat(handle.fileno()))  # the touch is ours: still the same file
            except Exception:  # noqa: BLE001 - a damaged cache is simply rebuilt
                entries, common = {}, []
            if not entries:
                handle.close()
                shards = None
        return cls(file, entries, version, common, root, shards)

    def release(self) -> None:
        """Close the cache file until a shard is asked for again (a library read in part reads more later)."""
        if self.shards is not None:
            self.shards.release()

    def content(self, files: list[Path]) -> str:
        """A key of what `files` were parsed into: the code's version and each file's digest ("" if one is unknown)."""
        digests = []
        for file in files:
            digest = self.digests.get(str(file))
            if digest is None:
                return ""  # read without the cache (unreadable, not UTF-8): its content is not known
            digests.append((str(file), digest))
        return content_key(self.version, digests)

    def read(
        self, file: Path, wanted: Callable[[tuple[str, ...]], bool] | None = None
    ) -> tuple[list[Fragment] | None, list[FragmentFormatError], tuple[str, ...]]:
        """The fragments of `file`, its problems and its fragment ids; fragments None when the cache holds them
        but `wanted` (asked with the file's ids) says they are not needed."""
        name = str(file)
        hit = self.entries.get(name)
        digest = self.digests.get(name)
        known = self.memo.digest(file) if hit is not None and (digest is None or hit.digest != digest) else None
        if known is not None and hit is not None and known == hit.digest:  # its stamp says: still the entry's file
            self.seen.add(name)
            digest, raw = known, b""
        elif digest is None or hit is None or hit.digest != digest:  # not yet seen by this process, or parsed anew
            try:
                # XXH3-128 of the bytes (specified byte for byte, ~10x cheaper than blake2b): to know an entry is
                # still its file's, a file not known by its stamp (drafter.library.digests) is read and hashed.
                raw, digest = self.memo.read(file, read_fragment_bytes)
            except FragmentFormatError as exc:  # a device or pipe under a fragment file's name, or too large
                return [], [exc], ()
            except OSError:
                again, issues = read_fragment_file(file)
                return again, issues, tuple(f.id for f in again)
            self.seen.add(name)
            if hit is not None and hit.digest != digest:
                hit = None
        else:
            raw = b""
        if hit is not None:
            self.digests[name] = digest
            problems = [_error_from_tuple(e) for e in hit.problems]
            if wanted is not None and not wanted(hit.ids):
                return None, problems, hit.ids
            if hit.found is not None or self._unpickle(hit):
                assert hit.found is not None and hit.used is not None
                if len(_USED) >= _USED_KEPT:  # bounded like used_variables' own additions (#18)
                    _USED.clear()
                _USED.update(hit.used)
                return list(hit.found), problems, hit.ids
            if not raw:  # a damaged shard met on a second look at the file: read it again
                try:
                    raw = read_limited(file, MAX_YAML_BYTES, "YAML 文件", FragmentFormatError)
                except (FragmentFormatError, OSError):
                    self.digests.pop(name, None)
                    again, issues = read_fragment_file(file)
                    return again, issues, tuple(f.id for f in again)
        found: list[Fragment]
        problems_: list[FragmentFormatError]
        try:
            data = parse_yaml(raw.decode("utf-8-sig"), file)
        except UnicodeDecodeError:
            self.digests.pop(name, None)
            found, problems_ = read_fragment_file(file)
            return found, problems_, tuple(f.id for f in found)
        except FragmentFormatError as exc:
            found, problems_ = [], [exc]
        else:
            found, problems_ = fragments_from_data(data, file)
        used = {t: _USED[t] for f in found for t in fragment_texts(f) if t in _USED}
        ids = tuple(f.id for f in found)
        self.entries[name] = _Entry(digest, tuple(_error_to_tuple(e) for e in problems_), ids, found=tuple(found),
                                    used=used)  # fmt: skip
        self.digests[name] = digest
        self.dirty = True
        return found, problems_, ids

    def _unpickle(self, entry: _Entry) -> bool:
        """Read an entry's shard; False (and the entry forgotten) when it is damaged or not what the header says."""
        try:
            shard = None if entry.shard is None or self.shards is None else self.shards.read(*entry.shard)
            if shard is None or xxh3_128_digest(shard) != entry.shard_digest:
                raise ValueError("damaged shard")
            found, used = _ShardUnpickler(io.BytesIO(shard), self.common).load()
            if not (type(found) is tuple and all(type(f) is Fragment for f in found) and type(used) is dict
                    and tuple(f.id for f in found) == entry.ids):  # fmt: skip
                raise ValueError("a shard of other fragments")
        except Exception:  # noqa: BLE001 - parse the file again
            entry.shard = None
            return False
        entry.found, entry.used = found, used
        return True

    def save(self) -> None:
        self.memo.save(self.seen)
        stale = set(self.entries) - self.seen
        if not (self.dirty or stale):
            return
        for name in stale:
            del self.entries[name]
        # Every shard is written anew, with a common table of the values found in more than one file.
        kept = {name: e for name, e in self.entries.items() if e.found is not None or self._unpickle(e)}
        seen: dict[Any, int] = {}
        for entry in kept.values():
            found: set[Any] = set()
            _dump_shard(entry, seen=found)
            for key in found:
                seen[key] = seen.get(key, 0) + 1
        common_keys = [key for key, files in seen.items() if files > 1]
        common = {key: i for i, key in enumerate(common_keys)}
        values = [Source(*key[1]) if key[0] is Source else key[1] for key in common_keys]
        header: dict[str, tuple[Any, ...]] = {}
        shards: list[bytes] = []
        offset = 0
        for name, entry in kept.items():
            shard = _dump_shard(entry, common=common)
            header[name] = (entry.digest, entry.problems, entry.ids, offset, len(shard), xxh3_128_digest(shard))
            shards.append(shard)
            offset += len(shard)
        buffer = io.BytesIO()
        _Pickler(buffer, protocol=5).dump({"version": self.version, "files": header, "common": values})
        head = buffer.getvalue()
        _prune(self.file.parent)
        import tempfile

        try:
            self.file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd, tmp = tempfile.mkstemp(prefix=f".{CACHE_NAME}-", suffix=".tmp", dir=self.file.parent)
            with os.fdopen(fd, "wb") as handle:
                handle.write(len(head).to_bytes(_HEAD, "big"))
                handle.write(head)
                for shard in shards:
                    handle.write(shard)
            os.replace(tmp, self.file)
        except OSError:  # the cache is only an optimisation: never fail a load over it
            if "tmp" in locals():
                Path(tmp).unlink(missing_ok=True)
        else:
            from drafter.cachefile import bound

            bound(self.file.parent, self.file)  # the cache folder kept within its size (#18)
        self.dirty = False


def _read_entries(handle: io.BufferedReader, version: tuple[Any, ...]) -> tuple[dict[str, _Entry], list[Any]]:
    """The entries and common table of an open cache file, read from its header alone (the shards stay where
    they are); none when it is of another version. Raises when damaged."""
    size = int.from_bytes(handle.read(_HEAD), "big")
    data = handle.read(size)
    if len(data) != size:
        raise ValueError("a cut header")
    head = _Unpickler(io.BytesIO(data)).load()
    if not (isinstance(head, dict) and head.get("version") == version and type(head.get("common")) is list):
        return {}, []
    start = _HEAD + size
    entries = {}
    for name, (digest, problems, ids, offset, length, shard_digest) in head["files"].items():
        entries[name] = _Entry(digest, problems, ids, (start + offset, length), shard_digest)
    return entries, head["common"]


def _dump_shard(entry: _Entry, common: dict[Any, int] | None = None, seen: set[Any] | None = None) -> bytes:
    """An entry's fragments and the names their texts read, pickled (`seen`: only collect its common values)."""
    shared: dict[frozenset[str], frozenset[str]] = {}  # one object per distinct name set: faster to unpickle
    used = {text: shared.setdefault(names, names) for text, names in (entry.used or {}).items()}
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=5, common=common, seen=seen).dump((entry.found, used))
    return buffer.getvalue()


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
