"""Code that dataclasses generate, compiled once and kept between runs of the CLI.

Every @dataclass writes the source of its __init__, __repr__, __eq__, __setattr__ …
and compiles it with `exec` when its module is imported: about 0.3 ms a class, ~15 ms
of a draft's start-up for its ~60 classes, spent compiling the same text every run.
This module gives the dataclasses module an `exec` that compiles a source text as
`exec` would (file name "<string>", no inherited future flags) and keeps the code
object, marshalled as a .pyc keeps it, in the user cache folder, in a file keyed by
the Python build; a text seen before runs from its kept code. The kept code is only
ever used for its whole source text, so a changed class compiles afresh; a
damaged file or entry is ignored. Each entry is kept under a number worked out from its
text (`_number`) as the marshalled pair (text, code), and its text compared when it is
used: reading the file then makes an int and a bytes object an entry, not the ~500
source texts themselves (~1.4 M instructions of every command, #18).

Installed by the CLI only (drafter.cli.main): code importing drafter as a library is
not affected. Texts compiled for the first time are saved when the process exits.
"""

from __future__ import annotations

import atexit
import builtins
import marshal
import sys
import zlib
from pathlib import Path
from types import CodeType

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time (#18: ~10 M instructions)
if TYPE_CHECKING:
    from typing import Any

_MAX_ENTRIES = 2000

# Bumped when the layout of an entry changes: the stamp (and so the file name) changes with it.
_FORMAT = 2

# By `_number(source)`: the marshalled (source, code) as read from the file or made here.
_entries: dict[int, bytes] = {}
_used: set[int] = set()
_new = False
_file: Path | None = None


def install() -> bool:
    """Serve the dataclasses module's `exec` from the cache file from now on; False when that is not possible."""
    global _file
    try:
        import dataclasses

        if _file is not None or "exec" in vars(dataclasses):
            return False
        from drafter.cachefile import cache_folder

        folder = cache_folder()
        if folder is None:
            return False
        stamp = _stamp()
        _file = folder / f"exec-{zlib.crc32(stamp.encode()):08x}.pickle"
        _entries.update(_read(_file, stamp))
    except Exception:  # noqa: BLE001 - the cache is only an optimisation
        return False
    dataclasses.exec = _exec  # type: ignore[attr-defined]
    atexit.register(save)
    return True


def _stamp() -> str:
    from drafter.specs import magic_number

    return f"{_FORMAT}|{sys.version}|{sys.implementation.cache_tag}|{magic_number().hex()}"


def _number(source: str) -> int:
    """The number a source text is kept under: the CRC-32 of its UTF-8 and its length."""
    return zlib.crc32(source.encode("utf-8", "surrogatepass")) | len(source) << 32


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:  # noqa: A002 - exec's names
    global _new
    if type(source) is not str:
        builtins.exec(source, globals, locals)
        return
    code = None
    number = _number(source)
    kept = _entries.get(number)
    if kept is not None:
        try:
            text, code = marshal.loads(kept)
            if text != source or type(code) is not CodeType:
                code = None  # another text of the same number (kept; this one is compiled afresh, not kept)
                kept = b""
        except Exception:  # noqa: BLE001 - damaged entry: compile afresh
            code = None
    if code is None:
        # As `exec(source)` in dataclasses compiles it: file "<string>", no future flags of this module.
        code = compile(source, "<string>", "exec", dont_inherit=True)
        if kept != b"" and len(_entries) < 2 * _MAX_ENTRIES:  # bounded in a long run (serve)
            _entries[number] = marshal.dumps((source, code))
            _new = True
    if kept != b"":
        _used.add(number)
    builtins.exec(code, globals, locals)


def _read(file: Path, stamp: str) -> dict[int, bytes]:
    """The file's entries as they are: each is checked when its text is run (`_exec`)."""
    from drafter.cachefile import stamped_entries

    return stamped_entries(file, stamp)


def save() -> None:
    """Write the file if this process compiled texts it did not hold (atomically; the last writer wins)."""
    if not _new or _file is None:
        return
    import pickle

    from drafter.cachefile import _prune, _write

    entries = _entries if len(_entries) <= _MAX_ENTRIES else {k: v for k, v in _entries.items() if k in _used}
    entries = {k: v for k, v in entries.items() if type(k) is int and type(v) is bytes}
    _write(_file, pickle.dumps({"stamp": _stamp(), "entries": entries}, protocol=pickle.HIGHEST_PROTOCOL))
    _prune(_file.parent, "exec", _file)
