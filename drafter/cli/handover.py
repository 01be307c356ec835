"""The client of the resident drafter (`drafter resident start`): hand a command line to it, or say it cannot.

The console script calls `hand_over` before anything else (drafter/cli/__init__.py). When a resident process
for this user, this interpreter and this exact drafter code answers on its socket, the command runs in a child
the resident forks, on this process's own stdin, stdout and stderr (passed as file descriptors), in this
process's folder, environment and umask; this process waits for its exit code and exits with it. Anything
else — no socket, a refused or stale resident, a timeout, a command that asks questions or runs long —
returns None and the command runs in this process as always, silently. A socket or folder that is not safe
(another user's, a symbolic link, a plain file, open to others) is said on stderr, then the command runs here.

Cheap by design (it runs before every command): only modules a bare interpreter has already loaded, plus
_socket, _struct and zlib; no typer, no pathlib, no json (the request is encoded here, see `_json`).

Protocol (one connection per command): the client sends a 4-byte big-endian length and a JSON object, with
its fds 0, 1 and 2 attached to the first bytes (SCM_RIGHTS). The resident answers with records: one tag byte,
a 4-byte big-endian length, a payload: `A` (accepted: it will run the command once the client says go, one byte
`G`) or `N` (refused: run it yourself); then `S` (the child's pid: the command started), `X` (the exit code,
sent by the child after its output is flushed) or `K` (the child was killed by this signal). `J` is a JSON
answer to status and stop. A pid of 0 in `S` means the resident's worker runs the command (it serves commands in
turn, so its pid is never signalled by a client: a late signal could reach the next command): the client sends
`I` records (a 4-byte signal number) and the resident passes them on while the command runs.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

PROTOCOL = 2
MAX_REQUEST = 4 * 1024 * 1024  # bytes of JSON the resident reads at most (argv and a whole environment fit well)
CONNECT_TIMEOUT = 1.0  # seconds to connect and to hear that the command started
# Commands the resident runs (the first word, and for groups the second). The others run in the client's process:
# questions and editors on the terminal (interactive draft, init, fragments add/edit), the web page (serve),
# long work that may start threads or processes (ingest, audit, update, fragments dedupe) and the resident itself.
RESIDENT_COMMANDS = frozenset({"check", "diff", "export", "meetings", "works"})
RESIDENT_GROUPS = {"fragments": frozenset({"list", "show", "search", "lint", "stats"}),
                   "templates": frozenset({"list", "show"})}  # fmt: skip


def wanted(argv: list[str]) -> bool:
    """Whether the resident may run `drafter ARGV` (see RESIDENT_COMMANDS); `draft` only with --no-input."""
    if not argv:
        return False
    first = argv[0]
    if first == "draft":
        return "--no-input" in argv and "--" not in argv
    if first in RESIDENT_GROUPS:
        return len(argv) > 1 and argv[1] in RESIDENT_GROUPS[first]
    return first in RESIDENT_COMMANDS


def supported() -> bool:
    """Unix sockets, descriptor passing, the peer's uid and fork: without one of them the client never tries."""
    if not _linux():
        return False
    import _socket

    return all(hasattr(_socket, name) for name in ("AF_UNIX", "SCM_RIGHTS", "SO_PEERCRED"))


def _linux() -> bool:
    # SO_PEERCRED is Linux's; elsewhere (getpeereid) Python has no call: refuse rather than trust
    return os.name == "posix" and hasattr(os, "fork") and sys.platform.startswith("linux")


def socket_folder() -> str:
    """The per-user folder of the resident's socket: $XDG_RUNTIME_DIR/drafter, else <cache folder>/resident."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if os.path.isabs(runtime):
        return os.path.join(runtime, "drafter")
    return _cache_folder()


def _cache_folder() -> str:
    """<the user's cache folder>/resident (drafter.cachefile.user_cache_root on Linux, without its imports)."""
    cache = os.environ.get("DRAFTER_CACHE_DIR", "")
    if not cache:
        cache = os.path.join(_xdg("XDG_CACHE_HOME", ".cache"), "drafter")
    return os.path.join(cache, "resident")


def _xdg(variable: str, default: str) -> str:
    base = os.environ.get(variable, "")
    return base if os.path.isabs(base) else os.path.join(os.path.expanduser("~"), default)


def off_marker() -> str:
    """The file whose presence means `drafter resident off`: commands never start a resident by themselves
    (drafter.userdirs.user_folder("config") on Linux, where the resident runs)."""
    return os.path.join(_xdg("XDG_CONFIG_HOME", ".config"), "drafter", "resident-off")


def identity() -> dict[str, str]:
    """What a resident must share with the client: this interpreter (and its venv) and this drafter package."""
    import drafter

    return {"python": os.path.realpath(sys.executable), "version": sys.version, "prefix": sys.prefix,
            "package": os.path.dirname(os.path.abspath(drafter.__file__)),
            # decided when an interpreter starts, from its environment: a child cannot take the client's
            "encoding": f"{sys.getfilesystemencoding()}:{sys.flags.utf8_mode}"}  # fmt: skip


def socket_path(ident: dict[str, str] | None = None) -> str:
    """The socket of the resident for this identity (one resident per interpreter and drafter install)."""
    ident = ident or identity()
    key = _fnv("\n".join(ident[k] for k in sorted(ident)))
    return os.path.join(socket_folder(), f"r-{os.getuid()}-{key:08x}.sock")


def _fnv(text: str) -> int:
    key = 0x811C9DC5  # FNV-1a, 32 bits: zlib's crc32 would cost the client a shared library's loading (~1 ms)
    for byte in text.encode("utf-8", "surrogateescape"):
        key = ((key ^ byte) * 0x01000193) & 0xFFFFFFFF
    return key


class Unsafe(Exception):  # noqa: N818 - a verdict, said to the user
    """The socket or its folder may not be trusted: the Chinese message says what to do."""


def check_folder(folder: str, *, missing_ok: bool = True) -> bool:
    """Whether `folder` is this user's own, private, real folder; False if absent; Unsafe otherwise."""
    import stat

    try:
        st = os.lstat(folder)
    except FileNotFoundError:
        if missing_ok:
            return False
        raise
    if stat.S_ISLNK(st.st_mode) or not stat.S_ISDIR(st.st_mode):
        raise Unsafe(f"{folder} 不是文件夹（是符号链接或文件）")
    if st.st_uid != os.getuid():
        raise Unsafe(f"{folder} 属于另一个用户（uid {st.st_uid}）")
    if st.st_mode & 0o077:
        raise Unsafe(f"{folder} 的权限是 {stat.S_IMODE(st.st_mode):o}，其他用户也能进入（应为 700）")
    return True


def check_socket(path: str) -> bool:
    """Whether `path` is this user's socket; False if absent; Unsafe when it is a link, a file or another's."""
    import stat

    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return False
    if stat.S_ISLNK(st.st_mode) or not stat.S_ISSOCK(st.st_mode):
        raise Unsafe(f"{path} 不是套接字（是符号链接或普通文件）")
    if st.st_uid != os.getuid():
        raise Unsafe(f"{path} 属于另一个用户（uid {st.st_uid}）")
    return True


def warn_unsafe(exc: Unsafe) -> None:
    folder = socket_folder()
    sys.stderr.write(f"注意：常驻进程的套接字不安全，没有使用：{exc}。本次在当前进程中运行。\n"
                     f"  处理办法：确认无人冒用后删除 {folder}（rm -r），需要时再运行 drafter resident start。\n")  # fmt: skip
    sys.stderr.flush()


def connect(path: str, timeout: float = CONNECT_TIMEOUT) -> Any:
    """A connected socket to the resident at `path` whose peer runs as this user; OSError otherwise."""
    import _socket

    sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    try:
        sock.settimeout(timeout)
        sock.connect(path)
        peer = sock.getsockopt(_socket.SOL_SOCKET, _socket.SO_PEERCRED, 12)
        if int.from_bytes(peer[4:8], sys.byteorder) != os.getuid():
            raise Unsafe(f"{path} 由另一个用户的进程监听")
    except BaseException:
        sock.close()
        raise
    return sock


def send_request(sock: Any, request: dict[str, Any], fds: tuple[int, ...] = ()) -> None:
    """The request as length + JSON, with `fds` attached to its first bytes."""
    import _socket

    data = _json(request).encode("utf-8", "surrogatepass")
    data = len(data).to_bytes(4, "big") + data
    ancillary = [(_socket.SOL_SOCKET, _socket.SCM_RIGHTS, b"".join(fd.to_bytes(4, sys.byteorder, signed=True)
                                                                     for fd in fds))] if fds else []  # fmt: skip
    sent = sock.sendmsg([data], ancillary)
    if sent < len(data):
        sock.sendall(data[sent:])


def read_record(sock: Any, buffer: bytearray) -> tuple[str, bytes] | None:
    """The next record (tag, payload), or None at the end of the connection."""
    while True:
        if len(buffer) >= 5:
            size = int.from_bytes(buffer[1:5], "big")
            if len(buffer) >= 5 + size:
                tag, payload = chr(buffer[0]), bytes(buffer[5 : 5 + size])
                del buffer[: 5 + size]
                return tag, payload
        chunk = sock.recv(65536)
        if not chunk:
            return None
        buffer += chunk


def record(tag: str, payload: bytes) -> bytes:
    return tag.encode("ascii") + len(payload).to_bytes(4, "big") + payload


def hand_over(argv: list[str]) -> int | None:
    """Run `drafter ARGV` in the resident and return its exit code; None when it runs here instead (and `vacant` is
    the socket when no resident answers there: `start_in_background` may start one once the command is done)."""
    global vacant
    try:
        if os.environ.get("DRAFTER_NO_RESIDENT", "") not in ("", "0") or not wanted(argv) or not _linux():
            return None
        ident = identity()
        path = socket_path(ident)
        # no socket folder or socket (no resident running): decided before _socket is imported
        if not check_folder(os.path.dirname(path)) or not check_socket(path):
            vacant = path
            return None
        if not supported():
            return None
        sock = connect(path)
    except Unsafe as exc:
        warn_unsafe(exc)
        return None
    except (ConnectionRefusedError, FileNotFoundError):  # a socket left by a resident that is gone (killed)
        vacant = path
        return None
    except (OSError, ValueError):  # a timeout, a name too long for a socket
        return None
    try:
        return _run(sock, argv, ident)
    finally:
        sock.close()


# The socket where `hand_over` found no resident (none started, or one that is gone), for `start_in_background`.
vacant: str | None = None
RETRY_AFTER = 60.0  # seconds after a start this client made (failed, or still loading) before another is tried


def start_in_background() -> None:
    """Once a command the resident would have served ran here because none was running (`vacant`), start one for
    the next commands, as `drafter resident start` does but without waiting for it: a new session, no terminal,
    stdin and stdout on /dev/null, stderr added to the resident's log (what it says if it fails). Silently nothing when DRAFTER_NO_RESIDENT or CI is
    set, the user said `drafter resident off`, the folders are not this user's own, or a start was tried in the
    last minute (`RETRY_AFTER`: a start that failed is not tried again by every command; one still loading is not
    started twice). Two commands at once start one (a lock on that start's stamp in the cache folder; the resident
    also takes a lock of its own, drafter/cli/resident_server.py). Costs the command one posix_spawn (no fork of
    this process, no import) and a few system calls; nothing is waited for."""
    path = vacant
    if path is None or os.environ.get("CI") or os.environ.get("DRAFTER_NO_RESIDENT", "") not in ("", "0"):
        return
    try:
        # _linux(), not supported(): importing _socket for its constants would cost this command ~1 ms (they are
        # Linux's own; a resident that cannot listen fails, and that failure is remembered like any other)
        if os.path.lexists(off_marker()) or not _linux() or len(os.fsencode(path)) > 107:
            return
        folder = os.path.dirname(path)
        stamps = _cache_folder()
        for own in (folder, stamps):
            os.makedirs(own, mode=0o700, exist_ok=True)
            check_folder(own, missing_ok=False)
        stamp = os.path.join(stamps, f"start-{_fnv(path):08x}")
        fd = os.open(stamp, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    except (OSError, ValueError, Unsafe):
        return
    try:
        os.lockf(fd, os.F_TLOCK, 0)  # another command is starting one right now: OSError
        import time

        st = os.fstat(fd)
        if st.st_size and abs(time.time() - st.st_mtime) < RETRY_AFTER:
            return
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()} {path}\n".encode("utf-8", "surrogateescape"))
        _spawn(path)
    except (OSError, ValueError):
        return
    finally:
        os.close(fd)  # and the lock with it


def _spawn(path: str) -> None:
    """`python -P -m drafter.cli.resident_server PATH 1800` in a session of its own, not waited for."""
    log = path[:-5] + ".log"
    actions: list[tuple[Any, ...]] = [(os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0), (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
               (os.POSIX_SPAWN_OPEN, 2, log, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_NOFOLLOW, 0o600)]  # fmt: skip
    with _suppressed():
        for name in os.listdir("/proc/self/fd"):  # descriptors given to this process (a pipe of its caller's):
            with _suppressed():  # the resident must not hold them open (the listing's own is closed by now)
                if int(name) > 2 and os.get_inheritable(int(name)):
                    actions.append((os.POSIX_SPAWN_CLOSE, int(name)))
    os.posix_spawn(sys.executable, [sys.executable, "-P", "-m", "drafter.cli.resident_server", path, "1800"],
                   os.environ, file_actions=actions, setsid=True)  # fmt: skip


class _suppressed:
    """contextlib.suppress(OSError, ValueError), without importing contextlib."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: Any, *_: Any) -> bool:
        return kind is not None and issubclass(kind, OSError | ValueError)


def _run(sock: Any, argv: list[str], ident: dict[str, str]) -> int | None:
    streams = [_stream(s) for s in (sys.stdin, sys.stdout, sys.stderr)]
    if None in streams:
        return None  # a closed or missing standard stream: the in-process run knows what to do with it
    buffer = bytearray()
    try:
        umask = os.umask(0o022)
        os.umask(umask)
        request = {"op": "run", "protocol": PROTOCOL, "identity": ident, "argv": sys.argv[:1] + argv,
                   "cwd": os.getcwd(), "env": dict(os.environ), "umask": umask, "streams": streams}  # fmt: skip
        send_request(sock, request, (0, 1, 2))
        accepted = read_record(sock, buffer)
        if accepted is None or accepted[0] != "A":
            return None  # refused (N), or gone: nothing ran there
    except OSError:  # the resident stopped, refused or did not answer in time: nothing ran there
        return None
    # From "go" on the command is the resident's (no run here, even if it then fails): a client that timed out
    # before it never sends it, and the resident forks nothing (the command never runs twice). Signals are caught
    # from before "go": one that comes before the child's pid is held and passed on once the pid is known (a Ctrl+C
    # in that moment killed this client and left the child to the resident).
    relay = _Relay(sock)
    try:
        sock.settimeout(None)
        sock.sendall(b"G")
        first = read_record(sock, buffer)
    except OSError:
        first = None
    if first is None:  # the resident ended before it forked the command (or never heard "go")
        relay.release()
        return None
    if first[0] == "X":  # the child's exit code came before its pid (the resident died right after the fork)
        return int.from_bytes(first[1], "big", signed=True)
    relay.started(int.from_bytes(first[1], "big"))
    return _wait(sock, buffer)


class _Relay:
    """Ctrl+C, SIGTERM and SIGHUP while the resident runs the command: passed on to its child (or, pid 0, to the
    resident, which passes them on), held until the child's pid is known."""

    def __init__(self, sock: Any) -> None:
        import _signal

        self.sock = sock
        self.child: int | None = None
        self.held: list[int] = []
        self.previous = [(n, _signal.signal(n, self.forward)) for n in (_signal.SIGINT, _signal.SIGTERM, _signal.SIGHUP)]

    def forward(self, signum: int, _frame: Any) -> None:
        if self.child is None:
            self.held.append(signum)
            return
        try:  # noqa: SIM105 - contextlib is one import more for every command
            if self.child:
                os.kill(self.child, signum)
            else:  # the resident's worker runs it: the resident passes the signal on while the command runs
                self.sock.sendall(record("I", signum.to_bytes(4, "big")))
        except OSError:
            pass

    def started(self, child: int) -> None:
        self.child = child
        for signum in self.held:
            self.forward(signum, None)
        self.held.clear()

    def release(self) -> None:
        """Nothing runs there: the handlers this process had, and a signal held meanwhile delivered to it as if it
        had come now (a Ctrl+C before the command starts here cancels it)."""
        import _signal

        for signum, handler in self.previous:
            _signal.signal(signum, handler)
        for signum in self.held:
            os.kill(os.getpid(), signum)


def _stream(stream: Any) -> dict[str, Any] | None:
    """How the child must rebuild this standard stream (its fd is passed as it is)."""
    try:
        if stream is None or stream.closed or stream.fileno() not in (0, 1, 2):
            return None
        return {"encoding": stream.encoding, "errors": stream.errors, "line_buffering": stream.line_buffering,
                "write_through": bool(getattr(stream, "write_through", False))}  # fmt: skip
    except (AttributeError, ValueError, OSError):
        return None


def _wait(sock: Any, buffer: bytearray) -> int:
    """Wait for the child's exit code (signals are passed on by `_Relay`)."""
    while True:
        try:
            got = read_record(sock, buffer)
        except OSError:
            got = None
        if got is None:
            sys.stderr.write("错误：常驻进程中的命令意外中止，没有返回结果，输出可能不完整。\n"
                             "  处理办法：重新运行命令；仍然如此时运行 drafter resident stop，"
                             "或设置 DRAFTER_NO_RESIDENT=1 在当前进程中运行。\n")  # fmt: skip
            return 1
        tag, payload = got
        if tag == "X":
            return int.from_bytes(payload, "big", signed=True)
        if tag == "K":
            return 128 + int.from_bytes(payload, "big")


_ESCAPES = {i: f"\\u{i:04x}" for i in range(32)} | {ord('"'): '\\"', ord("\\"): "\\\\"}


def _json(value: Any) -> str:
    """JSON of strings, ints, bools, None, lists and dicts (what a request holds), as json.dumps would write it
    with ensure_ascii=False; lone surrogates (undecodable bytes in argv or the environment) as \\udcXX escapes,
    which json.loads turns back into the same string."""
    if isinstance(value, str):
        text = value.translate(_ESCAPES)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            text = "".join(f"\\u{ord(c):04x}" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)
        return f'"{text}"'
    if value is None or isinstance(value, bool):
        return {None: "null", True: "true", False: "false"}[value]
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dict):
        return "{" + ",".join(f"{_json(str(k))}:{_json(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ",".join(_json(v) for v in value) + "]"
    raise TypeError(f"not in a request: {type(value).__name__}")
