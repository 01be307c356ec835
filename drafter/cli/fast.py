"""The fast path: run a command without importing typer when its command line is plain.

Typer and its Click take ~25 ms of every start. Most command lines need none of it:
`drafter check 讲话.md --json` is a command name, a few options and a file. So `run`
parses argv from a cached spec of the typer declarations (drafter/cli/spec.py) with
Click's own rules, and calls the same body with the same arguments and the same error
handling (drafter/cli/output.py) as the typer path. Whatever it is not sure of — help,
no arguments, an unknown or misspelt option, a missing or bad value, an option whose
environment variable is set, eager options such as --version, shell completion, a type
it does not convert itself — it leaves to typer, which prints today's Chinese messages.
`DRAFTER_NO_FAST=1` turns it off.
"""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Sequence
from pathlib import Path

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time (#18: ~10 M instructions)
if TYPE_CHECKING:
    from typing import Any


def run(argv: Sequence[str]) -> None:
    """Run `drafter ARGV` and exit if it parses cleanly; return (having done nothing) otherwise."""
    if not argv or argv[0].startswith("-") or "--help" in argv or "-h" in argv or not _allowed():
        return  # help, --version, no command: typer's at once (a value spelt -h just loses the shortcut)
    spec = load_spec()
    found = parse(spec, argv) if spec is not None else None
    if found is None:
        return
    body, kwargs = found
    code = execute(body, kwargs)
    global finished
    finished = body
    sys.exit(code)


# Commands that leave nothing behind once their body returned (every file they write is closed by a `with`, no
# thread, no child process): run by the console script, they skip the interpreter's teardown (#18).
QUICK_EXIT = frozenset({"drafter.cli.draft:draft_command", "drafter.cli.check:check_command",
                        "drafter.cli.fragments:search_command"})  # fmt: skip
finished: str | None = None  # the body `run` ran to its end, if any


def leave(code: int) -> None:
    """Exit with `code` as `sys.exit` would, without tearing down every module and object (~10 M instructions of a
    draft): the atexit handlers run (the regex and code caches are saved), then stdout and stderr are flushed. A
    thread still running, or a flush that fails (a closed pipe, a full disk), leaves by `sys.exit` as before, which
    reports it as it always did."""
    if "threading" in sys.modules and sys.modules["threading"].active_count() > 1:
        sys.exit(code)
    import atexit

    atexit._run_exitfuncs()
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        sys.exit(code)
    os._exit(code)


def _allowed() -> bool:
    """Whether the environment lets the fast path run at all."""
    if os.environ.get("DRAFTER_NO_FAST", "") not in ("", "0") or os.name == "nt":
        return False  # on Windows click expands wildcards and writes to the console its own way
    if any(name.startswith("_") and name.endswith("_COMPLETE") for name in os.environ):
        return False  # shell completion (_DRAFTER_COMPLETE=…) is click's business
    return not (_misconfigured(sys.stdout) or _misconfigured(sys.stderr))


def _misconfigured(stream: Any) -> bool:
    """A stream click would re-wrap before writing (no encoding, ASCII, no error handler)."""
    import codecs

    encoding = getattr(stream, "encoding", None)
    if stream is None or not encoding or getattr(stream, "errors", None) is None:
        return True
    try:
        return codecs.lookup(encoding).name == "ascii"
    except LookupError:
        return True


# ------------------------------------------------------------------ the spec


def load_spec() -> dict[str, Any] | None:
    """The spec from the cache folder, rebuilt (with typer) when the CLI changed; None without a cache."""
    from drafter import cachefile

    folder = cachefile.cache_folder()
    if folder is None:
        return None  # rebuilding on every run would cost more than typer itself
    key = _running_key()
    known = _LOADED.get(key)
    if known is not None:
        return known  # read before by this process for this very code (the resident, for each child it forks)
    if not (folder / f"clispec-{key}.pickle").is_file() and not _writable(folder):
        return None  # likewise: a spec that cannot be kept would be rebuilt on every run

    def build() -> dict[str, Any]:
        from drafter.cli.spec import build_spec

        return _packed(build_spec())

    spec: dict[str, Any] = cachefile.cached("clispec", key, build, valid=_valid)
    _LOADED.clear()
    _LOADED[key] = spec
    return spec


# The spec this process read, by its key (the CLI's code): a resident's child finds it here instead of unpickling the
# file again (~0.6 ms and ~110 fresh pages of a draft). Parsing only reads it.
_LOADED: dict[str, dict[str, Any]] = {}


def _packed(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec with each command under the root kept as its own pickle, read by `_find` only for the command run: the
    whole spec (~16 KB, ~25 commands with every option) cost every command ~2 M instructions to unpickle (startup52)."""
    import pickle

    root = spec["root"]
    commands = {name: pickle.dumps(node, protocol=pickle.HIGHEST_PROTOCOL) for name, node in root["commands"].items()}
    return {**spec, "root": {**root, "commands": commands}}


def _unpacked(data: bytes) -> dict[str, Any]:
    """A command's node as `_packed` kept it (plain data only, as the cache file it came from)."""
    import io

    from drafter.cachefile import _Unpickler

    try:
        node = _Unpickler(io.BytesIO(data), frozenset()).load()
    except Exception as exc:  # a damaged entry is as good as no spec: typer parses the command line
        raise ValueError("not a command's spec") from exc
    if not isinstance(node, dict):
        raise TypeError("not a command's spec")
    return node


def _writable(folder: Path) -> bool:
    """Whether a file can be made in `folder` (or in the nearest existing folder above it)."""
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return os.access(folder, os.W_OK)


def _valid(value: Any) -> bool:
    return isinstance(value, dict) and value.get("format") == _FORMAT and isinstance(value.get("root"), dict)


_FORMAT = 1  # the same number as drafter.cli.spec.FORMAT (a test holds them equal)


def _running_key() -> str:
    """`spec_key` of the CLI this process runs, worked out once: its files cannot change under a process that keeps
    the spec (a resident checks drafter's files before every command and exits when they changed)."""
    global _RUNNING_KEY
    if _RUNNING_KEY is None:
        _RUNNING_KEY = spec_key()
    return _RUNNING_KEY


_RUNNING_KEY: str | None = None


def spec_key(here: Path | None = None) -> str:
    """drafter's version, the size and time of every file of drafter/cli (`here`), and typer's install."""
    from drafter import __version__
    from drafter.files import cache_key, module_stamp

    here = here or Path(__file__).parent
    parts = [__version__, module_stamp("typer")]
    for folder in (here, here / "commands"):
        with os.scandir(folder) as entries:
            for entry in sorted(entries, key=lambda e: e.name):
                if entry.name.endswith(".py"):
                    st = entry.stat()
                    parts.append(f"{folder.name}/{entry.name}:{st.st_size}:{st.st_mtime_ns}")
    return cache_key("\n".join(parts).encode())


# ------------------------------------------------------------------ parsing


class Decline(Exception):  # noqa: N818 - a signal, not an error
    """The fast parser is not sure: typer parses this command line."""


def parse(spec: dict[str, Any], argv: Sequence[str]) -> tuple[str, dict[str, Any]] | None:
    """(body, kwargs) of the command ARGV names, as typer would call it; None when typer must parse it."""
    try:
        node, args = _find(spec["root"], list(argv))
        return node["body"], _arguments(node, args)
    except (Decline, KeyError, TypeError, ValueError, AttributeError):
        return None  # a spec of another shape is as good as none


def _find(node: dict[str, Any], args: list[str]) -> tuple[dict[str, Any], list[str]]:
    """The command node named by the leading words; options before it (--version, --help) decline."""
    while node.get("group"):
        if not node["plain"] or not args or args[0].startswith("-"):
            raise Decline
        node = node["commands"].get(args[0]) or _decline()
        if type(node) is bytes:  # packed in the cache file (`_packed`)
            node = _unpacked(node)
        args = args[1:]
    if not node["plain"] or (node["no_args_is_help"] and not args):
        raise Decline
    return node, args


def _decline() -> Any:
    raise Decline


def _arguments(node: dict[str, Any], args: list[str]) -> dict[str, Any]:
    """The keyword arguments of the body: Click's parsing, conversion and defaults, then typer's."""
    raw, positional = _split(node, args)
    arguments = [p for p in node["params"] if not p["option"]]
    values, extra = _unpack(positional, [p["nargs"] for p in arguments])
    if extra:
        raise Decline  # "unexpected extra argument"
    for param, value in zip(arguments, values, strict=True):
        raw[param["name"]] = None if param["nargs"] == -1 and value == () else value
    return {p["name"]: _value(p, raw.get(p["name"])) for p in node["params"]}


def _split(node: dict[str, Any], args: list[str]) -> tuple[dict[str, Any], list[str]]:
    """Options (by parameter name) and the positional words, as Click's option parser reads them."""
    table: dict[str, tuple[dict[str, Any], bool]] = {}
    for param in node["params"]:
        table.update({opt: (param, True) for opt in param["opts"]})
        table.update({opt: (param, False) for opt in param["secondary"]})
    raw: dict[str, Any] = {}
    positional: list[str] = []
    rest = list(args)
    while rest:
        word = rest.pop(0)
        if word == "--":
            return raw, positional + rest
        if word[:1] != "-" or len(word) == 1:
            positional.append(word)
            continue
        name, eq, explicit = word.partition("=") if word.startswith("--") else (word, "", "")
        if name in node["help"] or name not in table:
            raise Decline  # help, an unknown option, or short options run together (-jn)
        param, on = table[name]
        if param["flag"]:
            if eq:
                raise Decline  # "does not take a value"
            raw[param["name"]] = on
            continue
        if not eq and not rest:
            raise Decline  # "requires an argument"
        value = explicit if eq else rest.pop(0)
        if param["multiple"]:
            raw.setdefault(param["name"], []).append(value)
        else:
            raw[param["name"]] = value
    return raw, positional


def _unpack(args: list[str], nargs: list[int]) -> tuple[list[Any], list[str]]:
    """Click's _unpack_args for arguments taking one value or any number (-1, at most one such)."""
    if nargs.count(-1) > 1 or any(n not in (1, -1) for n in nargs):
        raise Decline
    words, specs = deque(args), deque(nargs)
    values: list[Any] = []
    star: int | None = None
    while specs:
        n = specs.popleft() if star is None else specs.pop()
        if n == 1:
            values.append((words.popleft() if star is None else words.pop()) if words else None)
        else:
            star = len(values)
            values.append(None)
    if star is None:
        return values, list(words)
    values[star] = tuple(words)
    values[star + 1 :] = reversed(values[star + 1 :])
    return values, []


def _value(param: dict[str, Any], raw: Any) -> Any:
    """One parameter: the command line, else its default; converted by its type, then as typer does."""
    if raw is None:
        if any(os.environ.get(name) for name in param["envvar"]) or not param["default_ok"]:
            raise Decline
        raw = param["default"]
        if isinstance(raw, dict):
            raw = raw["path"]
    if raw is None:
        value: Any = () if param["multiple"] or param["nargs"] == -1 else None
    elif param["multiple"] or param["nargs"] == -1:
        value = tuple(_convert(param["type"], item) for item in raw)
    else:
        value = _convert(param["type"], raw)
    if param["required"] and (value is None or ((param["nargs"] != 1 or param["multiple"]) and value == ())):
        raise Decline  # "missing argument/option"
    return _typer_value(param, value)


def _typer_value(param: dict[str, Any], value: Any) -> Any:
    """What typer's convertors make of Click's value: Path objects, lists (or None when empty)."""
    convert = param["convert"]
    if convert == "path":
        return None if value is None else Path(value)
    if convert in ("list", "list-path"):
        if value is None or (param["none_if_empty"] and len(value) == 0):
            return None
        return [Path(v) for v in value] if convert == "list-path" else list(value)
    return value


def _convert(kind: dict[str, Any], value: Any) -> Any:
    """Click's conversion of one value by its type; anything Click would refuse declines."""
    name = kind["name"]
    if name == "str":
        return str(value)
    if name == "bool":
        if isinstance(value, bool):
            return value
        raise Decline  # "yes", "1", … are click's to read
    if name in ("int", "float"):
        try:
            number = int(value) if name == "int" else float(value)
        except (TypeError, ValueError):
            raise Decline from None
        _in_range(kind, number)
        return number
    if name == "path":
        return _path(kind, value)
    raise Decline


def _in_range(kind: dict[str, Any], number: float) -> None:
    low, high = kind.get("min"), kind.get("max")
    if low is not None and (number <= low if kind.get("min_open") else number < low):
        raise Decline
    if high is not None and (number >= high if kind.get("max_open") else number > high):
        raise Decline


def _path(kind: dict[str, Any], value: Any) -> Any:
    """typer's TyperPath.convert: the same stat and access checks, declining where it would fail."""
    import stat

    if kind["file_okay"] and kind["allow_dash"] and value == "-":
        return value
    path = os.path.realpath(value) if kind["resolve_path"] else value
    try:
        st = os.stat(path)
    except OSError:
        if kind["exists"]:
            raise Decline from None
        return path
    if (not kind["file_okay"] and stat.S_ISREG(st.st_mode)) or (not kind["dir_okay"] and stat.S_ISDIR(st.st_mode)):
        raise Decline
    if (kind["readable"] and not os.access(path, os.R_OK)) or (kind["writable"] and not os.access(path, os.W_OK)):
        raise Decline
    return path


# ------------------------------------------------------------------ running


def execute(body: str, kwargs: dict[str, Any]) -> int:
    """Call the body as the typer path does (output.call) and return the exit code typer would give."""
    from drafter.cli.output import Exit, call, echo

    module, _, name = body.partition(":")
    try:  # importlib.import_module, without importing importlib (#18): a body's module is a plain absolute name
        __import__(module)
        function = getattr(sys.modules[module], name)
    except KeyboardInterrupt:
        return 130  # as click: Ctrl+C before the command started exits 130 without a message
    try:
        result = call(function, kwargs)
    except Exit as exc:
        return exc.code
    except EOFError:  # click: a newline, then Abort, which drafter's frame prints as 已取消。
        echo(err=True)
        echo("已取消。", err=True)
        return 1
    except OSError as exc:
        import errno

        if exc.errno != errno.EPIPE:
            raise
        sys.stdout, sys.stderr = _Quiet(sys.stdout), _Quiet(sys.stderr)
        return 1
    return result if isinstance(result, int) else 0


class _Quiet:
    """click's PacifyFlushWrapper: a stream whose flush ignores a closed pipe at exit."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def flush(self) -> None:
        import errno

        try:
            self.stream.flush()
        except OSError as exc:
            if exc.errno != errno.EPIPE:
                raise

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)

