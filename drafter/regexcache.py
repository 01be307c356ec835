"""Compiled regular expressions kept between runs of the CLI (Python recompiles every pattern at each start).

Python compiles a pattern in two steps: parsing and code generation, written in Python
(about 0.1 ms a pattern: ~20 ms of a draft's and ~10 ms of a check's start-up), then
`_sre.compile`, in C, which validates that code and builds the Pattern object. This
module keeps the first step's output (a list of integers and the group names) in the user
cache folder, in a file keyed by the Python build and its regular-expression engine, and
within it by pattern and flags; a pattern seen before is then built by `_sre.compile`
from the kept code — the call `re` itself makes. What is not certain falls back to re's
own compiler: another Python layout, a damaged file, an entry `_sre` refuses, a pattern
whose kept code would build another Pattern than re's.

The code is kept as the bytes of an unsigned-int array (the engine's code words, CODESIZE
bytes each), turned back into the list `_sre.compile` takes only when its pattern is
compiled: the file holds every pattern any command compiled (~500), and unpickling them
all as lists of Python ints cost each start ~3 ms, while a check uses a fifth of them.
An entry is checked when it is used, not when the file is read.

Installed by the CLI only (drafter.cli.main): code importing drafter as a library is not
affected. Patterns compiled for the first time are saved when the process exits.
"""

from __future__ import annotations

import atexit
import sys
import zlib
from array import array
from pathlib import Path

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time (#18: ~10 M instructions)
if TYPE_CHECKING:
    from typing import Any

# Bumped when the layout of an entry changes: the stamp (and so the file name) changes with it.
_FORMAT = 2
# A file holding more patterns than this (patterns built from user text, say) starts again from the ones in use.
_MAX_ENTRIES = 4000

_entries: dict[tuple[Any, int], tuple[Any, ...]] = {}
_used: set[tuple[Any, int]] = set()
_new = False
_file: Path | None = None
_built: dict[tuple[Any, int], Any] = {}  # patterns built from kept code, by (pattern, flags): `_serve_kept`
_MAX_BUILT = 4096
_words = ""  # the array type code of the engine's code words (`_code_type`), once known
_keeping = True  # False: this process writes nothing back (a resident's child), so new patterns are not prepared


def install() -> bool:
    """Serve re's compilations from the cache file from now on; False when this Python or the cache does not allow it."""
    global _file
    try:
        import _sre
        from re import _compiler, _parser  # type: ignore[attr-defined]

        if _file is not None or not (hasattr(_compiler, "_code") and hasattr(_parser, "parse")):
            return False
        from drafter.cachefile import cache_folder

        folder = cache_folder()
        if folder is None:
            return False
        stamp = _stamp(_sre)
        _file = folder / f"regex-{zlib.crc32(stamp.encode()):08x}.pickle"
        _entries.update(_read(_file, stamp))
    except Exception:  # noqa: BLE001 - the cache is only an optimisation
        return False
    original = _compiler.compile

    def compile(p: Any, flags: int = 0) -> Any:  # noqa: A001 - re._compiler's name
        if not isinstance(p, str | bytes) or flags & _compiler.SRE_FLAG_DEBUG:
            return original(p, flags)
        key = (p, int(flags))
        pattern = _from_kept(_sre, key)
        if pattern is not None:
            return pattern
        pattern = original(p, flags)
        if _keeping:  # preparing an entry parses the pattern again (as long as compiling it): only if it is kept
            _remember(key, p, flags, pattern, _compiler, _parser, _sre)
        return pattern

    _compiler.compile = compile
    _serve_kept(_sre, _compiler)
    atexit.register(save)
    return True


def _serve_kept(sre: Any, compiler: Any) -> None:
    """`re.compile`, `re.search` … build a kept pattern without re's `_compile`, whose tests of the flags (`flags & T`,
    `flags & DEBUG`: an int against a RegexFlag, so each an enum operation in Python) cost more than building the
    pattern from its kept code: ~1.5 ms of a check's ~490 patterns (#18). A pattern not kept yet, or whose entry
    `_sre` refuses, is compiled by re's `_compile` (and kept by `compile` above). Either is then served from `_built`
    (by pattern and flags, as re's own cache, which holds 512, would have served it). A Pattern object, the DEBUG or
    TEMPLATE flag and anything else go to re's own `_compile`, as before."""
    import re

    original = re._compile  # type: ignore[attr-defined]
    regex_flag = re.RegexFlag
    special = compiler.SRE_FLAG_DEBUG | getattr(compiler, "SRE_FLAG_TEMPLATE", 0)

    def _compile(pattern: Any, flags: Any) -> Any:
        if type(pattern) is str or type(pattern) is bytes:
            if type(flags) is not int:
                if not isinstance(flags, regex_flag):
                    return original(pattern, flags)
                flags = flags._value_
            key = (pattern, flags)
            built = _built.get(key)
            if built is not None:
                return built
            if not flags & special:
                built = _from_kept(sre, key)
                if built is None:
                    built = original(pattern, flags)  # and kept by `compile` for the next run
                if len(_built) >= _MAX_BUILT:
                    _built.clear()
                _built[key] = built
                return built
        return original(pattern, flags)

    re._compile = _compile  # type: ignore[attr-defined]


def _from_kept(sre: Any, key: tuple[Any, int]) -> Any:
    """The pattern `key` (pattern, int flags) names, built from its kept code; None when none is kept or `_sre`
    refuses the entry (then dropped: re compiles it afresh and `compile` keeps it again)."""
    kept = _entries.get(key)
    if kept is None:
        return None
    try:
        pattern = sre.compile(key[0], *compile_arguments(kept))
    except Exception:  # noqa: BLE001 - malformed, or refused by _sre
        _entries.pop(key, None)
        return None
    _used.add(key)
    return pattern


def _stamp(sre: Any) -> str:
    """What the kept code depends on: the Python build and its sre engine."""
    return f"{_FORMAT}|{sys.version}|{sys.implementation.cache_tag}|{sre.MAGIC}|{sre.CODESIZE}|{sre.MAXGROUPS}"


def _code_type(sre: Any) -> str:
    """The array type code whose items are the engine's code words (CODESIZE bytes, unsigned)."""
    return next(t for t in "IL" if array(t).itemsize == sre.CODESIZE)


def compile_arguments(kept: tuple[Any, ...]) -> tuple[Any, ...]:
    """The arguments after the pattern of `_sre.compile` for a kept entry (its code words as a list again).

    Raises (TypeError, ValueError …) for an entry of another shape: the caller compiles afresh.
    """
    global _words
    flags, code, groups, groupindex, indexgroup = kept
    if not (type(flags) is int and type(code) is bytes and type(groups) is int and type(groupindex) is dict
            and type(indexgroup) is tuple):  # fmt: skip
        raise TypeError("not a kept pattern")
    if not _words:
        import _sre

        _words = _code_type(_sre)
    return flags, array(_words, code).tolist(), groups, groupindex, indexgroup


def _remember(key: tuple[Any, int], p: Any, flags: int, pattern: Any, compiler: Any, parser: Any, sre: Any) -> None:
    """Keep what re's compiler made of `p`, if building from it gives the same Pattern as re's."""
    global _new
    if len(_entries) >= 2 * _MAX_ENTRIES:
        return  # a long run (serve) compiling patterns from user text: keep memory bounded
    try:
        parsed = parser.parse(p, flags)
        code = array(_code_type(sre), compiler._code(parsed, flags)).tobytes()
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        kept = (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
        rebuilt = sre.compile(p, *compile_arguments(kept))
        if (rebuilt.flags, rebuilt.groups, rebuilt.groupindex) != (pattern.flags, pattern.groups, pattern.groupindex):
            return
    except Exception:  # noqa: BLE001 - not kept; re's own Pattern is used
        return
    _entries[key] = kept
    _used.add(key)
    _new = True


def _read(file: Path, stamp: str) -> dict[tuple[Any, int], tuple[Any, ...]]:
    """The file's entries as they are: each is checked when its pattern is compiled (`compile_arguments`)."""
    from drafter.cachefile import stamped_entries

    return stamped_entries(file, stamp)


def keep_nothing() -> None:
    """This process writes no patterns back (a resident's child: `save` is not run at exit), so it prepares none."""
    import atexit

    global _keeping
    _keeping = False
    atexit.unregister(save)


def save() -> None:
    """Write the file if this process compiled patterns it did not hold (atomically; the last writer wins)."""
    if not _new or _file is None:
        return
    import _sre
    import pickle

    from drafter.cachefile import _prune, _write

    entries = _entries if len(_entries) <= _MAX_ENTRIES else {k: v for k, v in _entries.items() if k in _used}
    data = {"stamp": _stamp(_sre), "entries": entries}
    _write(_file, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
    _prune(_file.parent, "regex", _file)
