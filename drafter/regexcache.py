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
An entry is checked when it is used, not when the file is read. Each entry is itself kept marshalled, as bytes, under
a number worked out from its pattern and flags (`_number`): reading the file then makes two objects an entry instead of
the pattern's text and its code's five parts (~800 entries once draft, check and search have run: ~4 M instructions of
each command's ~160-180 M, perf41), and an entry is read when its pattern is compiled, its key checked then.

Installed by the CLI only (drafter.cli.main): code importing drafter as a library is not
affected. Patterns compiled for the first time are saved when the process exits.
"""

from __future__ import annotations

import atexit
import marshal
import sys
import zlib
from array import array
from pathlib import Path

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time (#18: ~10 M instructions)
if TYPE_CHECKING:
    from typing import Any

# Bumped when the layout of an entry changes: the stamp (and so the file name) changes with it.
_FORMAT = 3
# The file keeps at most this many patterns, and none that no saving run used in its last _MAX_AGE saves: patterns
# built from a speech's own text (a place's name, a phrase it repeats) would otherwise pile up with every command
# (465 KB-3 MB seen), and each start reads the whole file (#18). A run saves only when it compiled a pattern the file
# did not hold; drafter's own patterns (~800 once draft, check and search have run) are used by nearly every such run.
_MAX_ENTRIES = 2000
_MAX_AGE = 100

# By `_number(key)`: the entry as read from the file (marshalled bytes), or (key, kept) once read or made here.
_entries: dict[int, Any] = {}
_used: set[int] = set()
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
    number = _number(key)
    entry = _entries.get(number)
    if entry is None:
        return None
    try:
        if type(entry) is bytes:
            entry = _entries[number] = _read_entry(entry)
        if entry[0] != key or type(entry[0][0]) is not type(key[0]):
            return None  # another pattern of the same number (kept; this one is compiled afresh, not kept)
        pattern = sre.compile(key[0], *compile_arguments(entry[1]))
    except Exception:  # noqa: BLE001 - malformed, or refused by _sre
        _entries.pop(number, None)
        return None
    _used.add(number)
    return pattern


def _number(key: tuple[Any, int]) -> int:
    """The number an entry is kept under: the CRC-32 of the pattern's UTF-8 (or bytes), its type and its flags."""
    pattern, flags = key
    if type(pattern) is str:
        return zlib.crc32(pattern.encode("utf-8", "surrogatepass")) | flags << 33
    return zlib.crc32(pattern) | 1 << 32 | flags << 33


def _read_entry(data: bytes) -> tuple[Any, Any]:
    """An entry as the file keeps it: ((pattern, flags), kept code), marshalled (plain builtins only, read by C
    without pickle's machinery: an entry's unpickler cost as much as building its pattern)."""
    entry = marshal.loads(data)
    if not (type(entry) is tuple and len(entry) == 2 and type(entry[0]) is tuple and len(entry[0]) == 2):
        raise TypeError("not a kept entry")
    return entry  # type: ignore[no-any-return]


def entries_of(file_entries: dict[int, Any]) -> dict[tuple[Any, int], tuple[Any, ...]]:
    """The entries of a file as read (`stamped_entries`), by (pattern, flags): what each number holds."""
    return dict(_read_entry(data) if type(data) is bytes else data for data in file_entries.values())


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
    if len(_entries) >= 4 * _MAX_ENTRIES:
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
    number = _number(key)
    _entries[number] = (key, kept)
    _used.add(number)
    _new = True


def _read(file: Path, stamp: str) -> dict[int, Any]:
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
    """Write the file if this process compiled patterns it did not hold (atomically; the last writer wins).

    Each save is one generation; the file keeps, beside the entries, the generation each was last used in (as the
    bytes of an array of (number, generation) pairs, read here only). An entry no save used in its last _MAX_AGE
    generations is dropped, and of the rest the _MAX_ENTRIES used last are kept: the file stays bounded however many
    speeches were checked, and what a command uses stays in it."""
    if not _new or _file is None:
        return
    import _sre
    import pickle

    from drafter.cachefile import _prune, _write, stamped_data

    stamp = _stamp(_sre)
    before = stamped_data(_file, stamp)
    generation, ages = _ages(before)
    generation += 1
    ages.update(dict.fromkeys(_used, generation))
    live = [(ages.get(k, generation), k) for k in _entries if generation - ages.get(k, generation) <= _MAX_AGE]
    if len(live) > _MAX_ENTRIES:
        live.sort(reverse=True)  # used last first (ties by number: the same choice in every process)
        del live[_MAX_ENTRIES:]
    kept = {k: _entries[k] for _, k in sorted(live, key=lambda pair: pair[1])}
    entries = {k: v if type(v) is bytes else marshal.dumps(v) for k, v in kept.items()}
    pairs = array("Q")
    for k in entries:
        pairs.extend((k, ages.get(k, generation)))
    data = {"stamp": stamp, "entries": entries, "generation": generation, "ages": pairs.tobytes()}
    _write(_file, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
    _prune(_file.parent, "regex", _file)


def _ages(data: dict[str, Any]) -> tuple[int, dict[int, int]]:
    """(the file's last generation, the generation each entry was last used in) as `save` wrote them; (0, {}) for a
    file without them (written before they were kept: its entries count as used now) or with damaged ones."""
    generation, raw = data.get("generation"), data.get("ages")
    if type(generation) is not int or type(raw) is not bytes or generation < 0:
        return 0, {}
    try:
        pairs = array("Q", raw)
    except ValueError:
        return 0, {}
    if len(pairs) % 2:
        return 0, {}
    return generation, dict(zip(pairs[::2], pairs[1::2], strict=True))
