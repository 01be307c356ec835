"""The resident drafter: one process per user and install that keeps drafter's code loaded and runs commands in its
worker, a process it forks once that serves commands in turn (drafter/cli/resident_worker.py), or, when the worker
is busy or being replaced, in a child forked for the command (`drafter resident start`; the client is
drafter/cli/handover.py, which says the protocol). `DRAFTER_RESIDENT_WORKER=0` when it starts: a child per command.

What it holds is code, never a user's files: drafter's modules, typer, compiled patterns, the shipped gazetteer and
tables, and what a few warm-up commands left in the caches that check their key on every use (the shipped library
by the size and time of its files, compiled fragment texts and per-fragment results by their content). The
warm-up runs with a throw-away DRAFTER_HOME, so no user library, template or answers file is ever read here.
Everything a command reads from the environment it reads in the child, from the client's environment: the
caches keyed by an environment value (the cache folder) are forgotten in each child (`_forget_environment`).

The child (and the worker, for each command) takes the client's stdin, stdout and stderr as fds 0, 1 and 2, its folder, environment and umask,
the signal handlers a fresh interpreter has, and runs `drafter.cli.main` with the client's argv; it sends the exit
code once its output is flushed. The resident watches each connection: a client that goes away takes its child
with it (SIGTERM, then SIGKILL). Before each command it checks that its interpreter and drafter's files on disk
are those it loaded; if not, it refuses (the client runs the command itself) and exits. It exits by itself after
an idle time.
"""

from __future__ import annotations

import contextlib
import errno
import importlib
import json
import os
import select
import signal
import socket
import sys
import time
from typing import Any

from drafter import __version__
from drafter.cli import handover

_STOPPING = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGCHLD}
KILL_AFTER = 3.0  # seconds between SIGTERM and SIGKILL for a child whose client went away
_CHILD_FDS = 3


def code_stamp(package: str) -> tuple[Any, ...]:
    """What changes when drafter's files or the installed packages change: every file of the drafter package
    (but the shipped library, read fresh by each command) by name, size and time, and the folders on sys.path."""
    stats: list[tuple[str, int, int]] = []
    stack = [package]
    while stack:
        folder = stack.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    if entry.name not in ("__pycache__", "_shipped"):
                        stack.append(entry.path)
                elif not entry.name.endswith((".pyc", ".sock")):
                    st = entry.stat(follow_symlinks=False)
                    stats.append((entry.path, st.st_size, st.st_mtime_ns))
    for folder in sys.path:
        with contextlib.suppress(OSError):
            st = os.stat(folder or ".")
            stats.append((folder, st.st_ino, st.st_mtime_ns))
    return tuple(sorted(stats))


class Worker:
    """The resident's side of its worker (drafter/cli/resident_worker.py): a process that runs commands in turn."""

    def __init__(self, pid: int, sock: socket.socket) -> None:
        self.pid = pid
        self.sock = sock
        self.buffer = bytearray()
        self.conn: socket.socket | None = None  # the client whose command it runs, if any
        self.relayed = False  # a signal was passed to it for this command: it is not given another
        self.kill_at: float | None = None  # its client went away: SIGKILL at this time
        self.retiring = False  # it serves no more commands (ended, told to end, or being killed)
        self.cpu = 0.0  # its own CPU seconds at its last report (counted as the resident's children's)
        self.user = 0.0
        self.faults = 0
        self.served = 0
        self.rss = 0
        self.left: list[str] = []


class Resident:
    """The serving loop: a listening socket, the connections of running children, the worker, an idle deadline."""

    def __init__(self, path: str, idle: float) -> None:
        self.path = path
        self.idle = idle
        self.identity = handover.identity()
        from drafter.cli.codewatch import watch

        self.watch = watch(self.identity["package"])  # armed before the stamp is taken: a change after it is an event
        self.stamp = code_stamp(self.identity["package"])
        self.started = time.time()
        self.answered = 0
        self.children: dict[int, tuple[socket.socket, float | None]] = {}  # pid -> (connection, SIGKILL time)
        self.listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.wake_r, self.wake_w = os.pipe()
        self.stopping = False
        self.bound: tuple[int, int] | None = None  # the socket file's (device, inode) once bound
        self.worker: Worker | None = None
        self.use_worker = os.environ.get("DRAFTER_RESIDENT_WORKER", "") != "0"  # 0: a fork per command (as before)
        self.by_worker = 0  # commands the workers ran
        self.workers = 0  # workers started
        self.retired: list[str] = []  # why the last workers ended (at most 20)

    # ------------------------------------------------------------------ the loop

    def serve(self) -> None:
        os.set_blocking(self.wake_w, False)
        signal.set_wakeup_fd(self.wake_w)
        signal.signal(signal.SIGCHLD, lambda *_: None)
        signal.signal(signal.SIGTERM, self._stop_signal)
        signal.signal(signal.SIGINT, self._stop_signal)
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
        deadline = time.monotonic() + self.idle
        try:
            while not self.stopping:
                self._spawn_worker()
                busy = self.children or (self.worker is not None and self.worker.conn is not None)
                timeout = deadline - time.monotonic()
                if timeout <= 0 and not busy:
                    break
                ready = self._poll(max(0.0, min(timeout, 1.0)) if busy else max(0.0, timeout))
                for fd in ready:
                    if fd == self.listener.fileno():
                        self._accept()
                    elif fd == self.wake_r:
                        with contextlib.suppress(BlockingIOError):
                            os.read(self.wake_r, 512)
                    elif self.worker is not None and fd == self.worker.sock.fileno():
                        self._worker_event()
                    else:
                        self._client_event(fd)
                self._reap()
                self._kill_late()
                if ready:
                    deadline = time.monotonic() + self.idle
        finally:
            self._close()

    def _poll(self, timeout: float) -> list[int]:
        poller = select.poll()
        poller.register(self.listener.fileno(), select.POLLIN)
        poller.register(self.wake_r, select.POLLIN)
        for conn, kill_at in self.children.values():
            # A client that went away is not watched again: its hung-up connection would wake every poll at once
            # until the child is reaped. That is the usual end of every command (the client exits as soon as it
            # has the exit code, while the child's exit takes a few ms more), and the loop spun all that time:
            # 4-10 ms of the resident's CPU per command. SIGCHLD (the wake-up fd) and the 1 s timeout remain.
            if kill_at is None:
                poller.register(conn.fileno(), select.POLLIN)
        worker = self.worker
        if worker is not None:
            poller.register(worker.sock.fileno(), select.POLLIN)
            if worker.conn is not None and worker.kill_at is None:
                poller.register(worker.conn.fileno(), select.POLLIN)
        try:
            return [fd for fd, _ in poller.poll(timeout * 1000)]
        except InterruptedError:
            return []

    def _stop_signal(self, *_: Any) -> None:
        self.stopping = True

    def _close(self) -> None:
        if self.watch is not None:
            self.watch.close()
        with contextlib.suppress(OSError):
            st = os.stat(self.path)
            if (st.st_dev, st.st_ino) == self.bound:
                os.unlink(self.path)  # ours still: another resident may have taken the name since
        self.listener.close()
        for conn, _ in self.children.values():
            conn.close()
        if self.worker is not None and self.worker.conn is not None and not self.worker.retiring:
            self._wait_children(10.0)  # the worker's command ends and its client gets the exit code, as a child's would
        if self.worker is not None:  # an idle worker ends on the end of its socket; one still busy is stopped
            if self.worker.conn is not None:
                with contextlib.suppress(OSError):
                    os.kill(self.worker.pid, signal.SIGKILL)
                self.worker.conn.close()
            self.worker.sock.close()

    # ------------------------------------------------------------------ requests

    def _accept(self) -> None:
        try:
            conn, _ = self.listener.accept()
        except OSError:
            return
        fds: list[int] = []
        try:
            conn.settimeout(handover.CONNECT_TIMEOUT * 2)
            creds = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, 12)
            if int.from_bytes(creds[4:8], sys.byteorder) != os.getuid():
                conn.close()
                return
            request, fds = _read_request(conn)
            self._answer(conn, request, fds)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            with contextlib.suppress(OSError):
                conn.sendall(handover.record("N", f"{type(exc).__name__}: {exc}".encode()))
            conn.close()
        finally:
            for fd in fds:
                with contextlib.suppress(OSError):
                    os.close(fd)

    def _answer(self, conn: socket.socket, request: dict[str, Any], fds: list[int]) -> None:
        op = request.get("op")
        if op == "status":
            if request.get("wait"):
                self._wait_children(5.0)
            conn.sendall(handover.record("J", json.dumps(self.status(), ensure_ascii=False).encode()))
            conn.close()
        elif op == "stop":
            self.stopping = True
            conn.sendall(handover.record("J", json.dumps(self.status(), ensure_ascii=False).encode()))
            conn.close()
        elif op == "run":
            refusal = self._refusal(request, fds)
            if refusal:
                conn.sendall(handover.record("N", refusal.encode()))
                conn.close()
                return
            self._fork(conn, request, fds)
        else:
            raise ValueError(f"unknown op {op!r}")

    def _refusal(self, request: dict[str, Any], fds: list[int]) -> str:
        """Why this resident will not run the request (empty: it will); stale code also stops it."""
        if request.get("protocol") != handover.PROTOCOL or request.get("identity") != self.identity:
            return "another interpreter or drafter install"
        if len(fds) != _CHILD_FDS:
            return "no standard streams"
        if not self._code_unchanged():
            self.stopping = True  # drafter or a package it uses changed on disk: a new resident must load it
            return "drafter's files changed since the resident started"
        return ""

    def _code_unchanged(self) -> bool:
        """drafter's files are those it loaded: nothing in the watch's queue (codewatch.py), else their stamp as it
        was (every file stat'ed, ~0.7 ms: with no watch, and after any event)."""
        if self.watch is not None and self.watch.quiet():
            return True
        if self.watch is not None:  # something changed there: a new watch (on folders made since too), then the look
            from drafter.cli.codewatch import watch

            self.watch.close()
            self.watch = watch(self.identity["package"])
        return code_stamp(self.identity["package"]) == self.stamp

    def _inherited(self) -> tuple[int, ...]:
        """The descriptors of the resident's own that a forked worker or child closes (its wake-up pipe, its watch)."""
        return (self.wake_r, self.wake_w) + ((self.watch.fd,) if self.watch is not None else ())

    def _fork(self, conn: socket.socket, request: dict[str, Any], fds: list[int]) -> None:
        conn.sendall(handover.record("A", b""))
        if conn.recv(1) != b"G":  # the client gave up waiting (and runs the command itself) or went away
            conn.close()
            return
        _refresh_growing()
        worker = self.worker
        if worker is not None and worker.conn is None and not worker.retiring:
            try:
                handover.send_request(worker.sock, request, tuple(fds))
            except OSError:
                self._retire(worker, "unreachable")
            else:
                worker.conn, worker.relayed = conn, False
                conn.settimeout(None)
                conn.setblocking(False)
                with contextlib.suppress(OSError):
                    conn.sendall(handover.record("S", (0).to_bytes(4, "big")))  # pid 0: signals come on the socket
                return
        # The child starts with the signals blocked: the resident's handlers must not run in it, and a Ctrl+C sent
        # while it sets itself up is taken once it runs the command.
        signal.pthread_sigmask(signal.SIG_BLOCK, _STOPPING)
        try:
            pid = os.fork()
            if pid == 0:  # the child: never returns
                _child(conn, request, fds, self._sockets(), self._inherited())
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPPING)
        conn.settimeout(None)
        conn.setblocking(False)
        self.children[pid] = (conn, None)
        with contextlib.suppress(OSError):
            conn.sendall(handover.record("S", pid.to_bytes(4, "big")))

    def _sockets(self) -> list[socket.socket]:
        """The resident's sockets, which a process it forks closes."""
        socks = [self.listener, *(c for c, _ in self.children.values())]
        if self.worker is not None:
            socks += [self.worker.sock, *([self.worker.conn] if self.worker.conn is not None else [])]
        return socks

    # ------------------------------------------------------------------ the worker

    def _spawn_worker(self) -> None:
        """A worker forked from this process when there is none (at start, and after one ended)."""
        if self.worker is not None or not self.use_worker or self.stopping:
            return
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        signal.pthread_sigmask(signal.SIG_BLOCK, _STOPPING)
        try:
            pid = os.fork()
            if pid == 0:  # the worker: never returns
                code = 0
                try:
                    ours.close()
                    _leave_the_loop(self._sockets(), self._inherited())
                    from drafter.cli import resident_worker

                    _keep_compiled_code()
                    resident_worker.serve(theirs, _run_command)
                except BaseException:  # noqa: BLE001 - never back into the resident's loop
                    _print_exception()
                    code = 1
                finally:
                    os._exit(code)
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPPING)
        theirs.close()
        self.worker = Worker(pid, ours)
        self.workers += 1

    def _worker_event(self) -> None:
        """The worker reported a command done (its exit code goes to the client), or its socket ended."""
        worker = self.worker
        assert worker is not None
        try:
            data = worker.sock.recv(65536)  # readable (poll): does not block
        except OSError:
            data = b""
        if not data:  # it ended (or was killed): reaped below, where its client is told
            worker.retiring = True
            return
        worker.buffer += data
        self._worker_reports(worker)

    def _worker_reports(self, worker: Worker) -> None:
        """Each whole report in the worker's buffer: its command's exit code goes to the client."""
        while len(worker.buffer) >= 5 and len(worker.buffer) >= 5 + int.from_bytes(worker.buffer[1:5], "big"):
            size = int.from_bytes(worker.buffer[1:5], "big")
            payload = bytes(worker.buffer[5 : 5 + size])
            del worker.buffer[: 5 + size]
            report = json.loads(payload)
            worker.cpu, worker.user, worker.faults = float(report["cpu"]), float(report["user"]), int(report["faults"])
            worker.served, worker.rss, worker.left = int(report["served"]), int(report["rss"]), list(report["left"])
            conn, worker.conn = worker.conn, None
            self.answered += 1
            self.by_worker += 1
            if conn is not None:
                with contextlib.suppress(OSError):
                    conn.setblocking(True)
                    conn.sendall(handover.record("X", int(report["code"]).to_bytes(4, "big", signed=True)))
                conn.close()
            if not report["reuse"]:
                worker.retiring = True  # it exits by itself
                self._note_retired(worker, ", ".join(worker.left) or f"{worker.served} commands or memory")
            elif worker.relayed or worker.kill_at is not None:
                self._retire(worker, "signal")

    def _retire(self, worker: Worker, why: str) -> None:
        """No more commands for this worker: it is killed (reaped in the loop, then a new one is forked)."""
        if not worker.retiring:
            self._note_retired(worker, why)
        worker.retiring = True
        with contextlib.suppress(OSError):
            os.kill(worker.pid, signal.SIGKILL)

    def _note_retired(self, worker: Worker, why: str) -> None:
        self.retired = [*self.retired[-19:], f"{worker.pid}: {why}"]

    def _worker_client_event(self, worker: Worker) -> None:
        """The worker's client asked to pass a signal on (Ctrl+C, SIGTERM, SIGHUP), or went away."""
        assert worker.conn is not None
        try:
            data = worker.conn.recv(4096)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if data:  # `I` records (handover.record: tag, length 4, the signal's number); a record cut short is dropped
            for at in range(0, len(data) - 8, 9):
                if data[at : at + 5] == b"I\0\0\0\4":
                    signum = int.from_bytes(data[at + 5 : at + 9], "big")
                    if signum in _STOPPING:
                        worker.relayed = True
                        with contextlib.suppress(OSError):
                            os.kill(worker.pid, signum)
            return
        worker.relayed = True  # the client went away: the command is stopped as a child would be, then the worker
        worker.kill_at = time.monotonic() + KILL_AFTER
        with contextlib.suppress(OSError):
            os.kill(worker.pid, signal.SIGTERM)

    def _client_event(self, fd: int) -> None:
        """A client sent something (ignored) or went away: its child is stopped."""
        worker = self.worker
        if worker is not None and worker.conn is not None and worker.conn.fileno() == fd:
            self._worker_client_event(worker)
            return
        for pid, (conn, kill_at) in list(self.children.items()):
            if conn.fileno() != fd:
                continue
            try:
                data = conn.recv(4096)
            except BlockingIOError:
                return
            except OSError:
                data = b""
            if not data and kill_at is None:
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGTERM)
                self.children[pid] = (conn, time.monotonic() + KILL_AFTER)
            return

    def _reap(self) -> None:
        while self.children or self.worker is not None:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            if self.worker is not None and pid == self.worker.pid:
                self._worker_ended(status)
                continue
            conn, _ = self.children.pop(pid, (None, None))
            self.answered += 1
            if conn is None:
                continue
            if os.WIFSIGNALED(status):  # killed before it could send its exit code
                with contextlib.suppress(OSError):
                    conn.setblocking(True)
                    conn.sendall(handover.record("K", os.WTERMSIG(status).to_bytes(4, "big")))
            conn.close()

    def _worker_ended(self, status: int) -> None:
        """The worker was reaped (its CPU is now the resident's children's): its client, if any, hears as from a
        child, and the loop forks another worker."""
        worker = self.worker
        assert worker is not None
        if worker.conn is not None:
            # A worker that reports and exits (it must not serve another command) can be reaped before the loop has
            # read its report: the report is still in the socket, and the command did end with its exit code.
            self._drain(worker)
        self.worker = None
        if not worker.retiring:
            self._note_retired(worker, f"ended ({status})")
        worker.sock.close()
        conn = worker.conn
        if conn is None:
            return
        self.answered += 1
        if os.WIFSIGNALED(status):  # killed while running the command
            with contextlib.suppress(OSError):
                conn.setblocking(True)
                conn.sendall(handover.record("K", os.WTERMSIG(status).to_bytes(4, "big")))
        conn.close()

    def _drain(self, worker: Worker) -> None:
        """Read what an ended worker left in its socket (its last report), without waiting."""
        with contextlib.suppress(OSError):
            worker.sock.setblocking(False)
            while worker.conn is not None:
                try:
                    data = worker.sock.recv(65536)
                except BlockingIOError:
                    return
                if not data:
                    return
                worker.buffer += data
                self._worker_reports(worker)

    def _kill_late(self) -> None:
        now = time.monotonic()
        worker = self.worker
        if worker is not None and worker.kill_at is not None and now > worker.kill_at:
            self._retire(worker, "client went away")
        for pid, (_, kill_at) in self.children.items():
            if kill_at is not None and now > kill_at:
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)

    def _wait_children(self, limit: float) -> None:
        """Until no command runs (children reaped, the worker's last command reported)."""
        end = time.monotonic() + limit
        while time.monotonic() < end:
            self._reap()
            worker = self.worker
            if worker is not None and worker.conn is not None:
                if select.select([worker.sock], [], [], 0.002)[0]:
                    self._worker_event()
                continue
            if not self.children:
                return
            time.sleep(0.002)

    def status(self) -> dict[str, Any]:
        import resource

        own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        worker = self.worker
        # The worker is not reaped after each command: its CPU (as it reported after its last command) is counted
        # with the children's, until it is reaped and RUSAGE_CHILDREN holds all of it.
        alive = worker if worker is not None else Worker(0, None)  # type: ignore[arg-type]
        return {"pid": os.getpid(), "version": __version__, "started": self.started, "answered": self.answered,
                "running": len(self.children) + (worker is not None and worker.conn is not None),
                "idle_seconds": self.idle, "socket": self.path,
                "python": sys.executable, "package": self.identity["package"],
                "cpu_self": own.ru_utime + own.ru_stime,
                "cpu_children": children.ru_utime + children.ru_stime + alive.cpu,
                "user_children": children.ru_utime + alive.user, "faults_children": children.ru_minflt + alive.faults,
                "cpu_worker": alive.cpu, "by_worker": self.by_worker, "workers": self.workers,
                "worker": {"pid": alive.pid, "served": alive.served, "rss": alive.rss} if worker else None,
                "retired": self.retired}  # fmt: skip


def _read_request(conn: socket.socket) -> tuple[dict[str, Any], list[int]]:
    """The request (length + JSON, at most MAX_REQUEST bytes) and the fds that came with it."""
    fds: list[int] = []
    data = bytearray()
    while len(data) < 4 or len(data) < 4 + int.from_bytes(data[:4], "big"):
        if len(data) >= 4 and int.from_bytes(data[:4], "big") > handover.MAX_REQUEST:
            raise ValueError("request too large")
        chunk, ancillary, flags, _ = conn.recvmsg(65536, socket.CMSG_SPACE(_CHILD_FDS * 4))
        for level, kind, payload in ancillary:
            if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
                usable = len(payload) - len(payload) % 4
                fds += [int.from_bytes(payload[i : i + 4], sys.byteorder, signed=True) for i in range(0, usable, 4)]
        if flags & socket.MSG_CTRUNC:
            raise ValueError("too many descriptors")
        if not chunk:
            raise ValueError("request cut short")
        data += chunk
    size = int.from_bytes(data[:4], "big")
    request = json.loads(bytes(data[4 : 4 + size]).decode("utf-8", "surrogatepass"))
    if not isinstance(request, dict):
        raise ValueError("request is not an object")
    return request, fds


# ------------------------------------------------------------------ the child


def _child(conn: socket.socket, request: dict[str, Any], fds: list[int], others: list[socket.socket],
           wake: tuple[int, ...]) -> None:  # fmt: skip
    """Become the client's command: its streams, folder, environment, umask and argv; run it; exit."""
    code = 1
    try:
        _leave_the_loop(others, wake)
        conn.setblocking(True)
        _become(request, fds)
        _keep_compiled_code()
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPPING)
        code = _run_command()
    except KeyboardInterrupt as exc:  # Ctrl+C or SIGTERM before the command started: as drafter.cli.main says it
        code = _cancelled(exc)
    except BaseException:  # noqa: BLE001 - the child must end here, never fall back into the resident's loop
        _print_exception()
    finally:
        with contextlib.suppress(BaseException):
            signal.pthread_sigmask(signal.SIG_BLOCK, _STOPPING)
            conn.sendall(handover.record("X", int(code).to_bytes(4, "big", signed=True)))
        os._exit(code & 0xFF if code >= 0 else 1)


def _leave_the_loop(others: list[socket.socket], wake: tuple[int, ...]) -> None:
    """In a process forked from the resident: close the resident's sockets, its wake-up pipe and its code watch, and
    take the signal handlers a fresh interpreter has (the signals stay blocked until the command runs)."""
    for sock in others:
        sock.close()
    signal.set_wakeup_fd(-1)
    for fd in wake:
        os.close(fd)
    for signum in (signal.SIGCHLD, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.default_int_handler)


def _become(request: dict[str, Any], fds: list[int]) -> None:
    """Take the client's streams, environment, locale, time zone, folder, umask and argv."""
    _take_streams(fds, request["streams"])
    fds.clear()
    set_environ({str(k): str(v) for k, v in request["env"].items()})
    with contextlib.suppress(Exception):
        import locale

        locale.setlocale(locale.LC_CTYPE, "")  # as an interpreter does at start, from the client's variables
    time.tzset()  # the client's TZ for local times
    os.chdir(request["cwd"])
    os.umask(int(request["umask"]))
    sys.argv = [str(a) for a in request["argv"]]
    import drafter.cli

    drafter.cli.prog_name = _program_name(sys.argv[0] if sys.argv else "")
    _forget_environment()


def set_environ(env: dict[str, str]) -> None:
    """Make os.environ equal to `env`, changing only the variables that differ (a clear and an update set every
    variable again, ~50 putenv calls: ~0.1 ms, twice a command in a worker)."""
    current = dict(os.environ)
    if current == env:
        return
    for name in current.keys() - env.keys():
        del os.environ[name]
    for name, value in env.items():
        if current.get(name) != value:
            os.environ[name] = value


def _program_name(first: str) -> str:
    """What the client typed to run drafter, as click would have named it in the client's own interpreter: the
    console script's name, or `python -m drafter`."""
    name = os.path.basename(first)
    return "python -m drafter" if name in ("__main__.py", "") else name


def _cancelled(exc: KeyboardInterrupt) -> int:
    from drafter.cli.output import Terminated

    with contextlib.suppress(BaseException):
        print("已取消。", file=sys.stderr, flush=True)
    return 143 if isinstance(exc, Terminated) else 130


def _print_exception() -> None:
    with contextlib.suppress(BaseException):
        import traceback

        traceback.print_exc()


def _take_streams(fds: list[int], streams: list[dict[str, Any]]) -> None:
    """The client's fds as 0, 1 and 2, and sys.stdin/stdout/stderr over them as the client had them."""
    import io

    for target, fd in enumerate(fds):
        os.dup2(fd, target)
        os.close(fd)
    made = []
    for fd, (mode, spec) in enumerate(zip(("rb", "wb", "wb"), streams, strict=True)):
        raw = open(fd, mode, closefd=False)  # noqa: SIM115 - the process's standard stream from now on
        made.append(io.TextIOWrapper(raw, encoding=spec["encoding"], errors=spec["errors"],
                                     line_buffering=bool(spec["line_buffering"]),
                                     write_through=bool(spec["write_through"])))  # fmt: skip
    sys.stdin, sys.stdout, sys.stderr = made
    sys.__stdin__, sys.__stdout__, sys.__stderr__ = made  # type: ignore[misc]


def _forget_environment() -> None:
    """Caches keyed by a value of the resident's environment (the cache folder): each child works them out from
    its own. (The others are keyed by code, shipped data, or a content or file stamp checked on every use.)"""
    for name, function in (("drafter.render.sandbox", "_bytecode_cache"),
                           ("drafter.export.fontcheck", "installed_families")):  # fmt: skip
        module = sys.modules.get(name)
        if module is not None:
            getattr(module, function).cache_clear()
    lines = sys.modules.get("drafter.check.lines")
    if lines is not None:
        lines.forget_files()  # an edited fragment file is seen by the doubled-character rules' lexicon too


def _keep_compiled_code() -> None:
    """A child does not write the kept regular expressions and dataclass code back: the resident would never learn
    what it added, so every child would write the whole file again (~10 ms); it compiles what is new (~0.1 ms each,
    a pattern built from the draft's place: its neighbours, the other provinces), without preparing it for keeping
    (which parsed it a second time). (They stay installed: `_file` is set, so the command's own install() is a no-op.)"""
    import atexit

    from drafter import execcache, regexcache

    regexcache.keep_nothing()
    atexit.unregister(execcache.save)


def _run_command() -> int:
    """`drafter.cli.script` in this process: the command's exit code, its output flushed, atexit handlers run."""
    import atexit

    from drafter.cli import fast, main

    fast.finished = None
    try:
        main()
        code: Any = 0
    except SystemExit as exc:
        code = exc.code
    if code is None:
        code = 0
    elif not isinstance(code, int):
        print(code, file=sys.stderr)
        code = 1
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            code = code or 120  # as the interpreter does when flushing stdout fails at exit
    return int(code)


# ------------------------------------------------------------------ start-up


_WARM_SPEECH = "# 在全县安全生产工作会议上的讲话\n\n同志们：\n\n今天，我们召开全县安全生产工作会议。我讲三点意见。\n"
_WARM_UP = (
    ["draft", "--no-input", "--seed", "5", "--set", "place=江阴市", "--set", "meeting=全市乡村振兴工作推进会"],
    ["draft", "--no-input", "--seed", "2", "--set", "place=南通市", "--set", "meeting=全市安全生产工作会议", "--json"],
    ["draft", "--no-input", "--seed", "4", "--set", "place=城关镇", "--set", "meeting=全镇防汛工作会议", "-o", "{home}/稿.md"],
    ["check", "{speech}"],
    ["fragments", "search", "责任感"],
)


def preload() -> None:
    """Import what commands use and run a few with a throw-away home (the shipped library only), output to nowhere;
    then put the environment back and forget what depends on it.

    The commands run twice: first in a forked child, which fills the cache folder if it is cold (a first use), then
    here, so what this process keeps is what a warm cache gives (a library read from a cold cache is parsed from
    its files, and caches that need its content key are then skipped: every child would pay for that)."""
    import gc

    from drafter import execcache, regexcache

    regexcache.install()
    execcache.install()
    if os.environ.get("DRAFTER_RESIDENT_WARM_UP", "") != "0":  # 0: imports only (a quicker start; tests)
        pid = os.fork()
        if pid == 0:
            try:
                _warm_up()
            finally:
                os._exit(0)
        os.waitpid(pid, 0)
        _warm_up()
    for name in _IMPORTED:  # the other commands the resident runs: their code, not a run
        with contextlib.suppress(BaseException):
            importlib.import_module(name)
    with contextlib.suppress(Exception):
        prepare()
    with contextlib.suppress(Exception):  # the check's rule patterns compile on first use: here once, not in each child
        from drafter.check import lazyre

        lazyre.compile_all()
    _forget_environment()
    for name, reopen in _GROWING:
        module = sys.modules.get(name)
        if module is not None:
            getattr(module, reopen)()
    regexcache.save()  # what the warm-up compiled is kept now (children write nothing back: _keep_compiled_code)
    execcache.save()
    gc.collect()
    gc.freeze()  # the children never scan (and so never copy) what the resident holds


def prepare() -> None:
    """Work every child would repeat, done once here on what the warm-up read (the shipped library, the snapshot of
    the shipped corpus's index): every fragment unpickled, the per-fragment results a draft's planning asks for, the
    scoring form of every corpus sentence, every fragment's kept key phrases read from their file, the closeness of
    the fragment pairs a draft is likely to meet (`settle`). All are pure functions of content (caches keyed by the
    fragment or the text), so a child meets them only for the very same content; whatever else it needs it works out
    as before."""
    from drafter.diff import snapshot
    from drafter.diff.clauses import clauses_of
    from drafter.diff.mechanical import scoring_form
    from drafter.library.load import read_every_shard
    from drafter.render.ideas import read_kept_ideas

    fragments = read_every_shard()
    for fragment in fragments:
        for name, function in _PER_FRAGMENT:
            getattr(importlib.import_module(name), function)(fragment)
    for _, kept in list(snapshot._READ.values()):
        for norm in kept.norms() if kept is not None else ():
            clauses_of(scoring_form(norm)[0])
    read_kept_ideas()
    if "numpy" not in sys.modules:  # its BLAS in one thread: the resident's products are small, and no thread is
        for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):  # left over when it forks
            os.environ.setdefault(name, "1")
    import numpy  # noqa: F401 - loaded here, planning compares a new pair in arrays (repeat._any_similar, _same_ground)

    from drafter.check.lines import keep_index
    from drafter.library.load import contents_read
    from drafter.render.settle import keep

    keep_index()  # the doubled-character rules' questions answered from the lexicon's pair index
    contents = contents_read()
    if len(contents) == 1:  # the shipped library: the fragment pairs a draft is likely to meet, settled in bulk (#18)
        keep(fragments, contents[0])


# What planning works out per fragment (lru caches keyed by the fragment: equal content, equal answer).
_PER_FRAGMENT = (("drafter.render.repeat", "thanks"), ("drafter.render.repeat", "mentions_awards"),
                 ("drafter.render.repeat", "_compared_sentences"), ("drafter.render.repeat", "_compared_headings"),
                 ("drafter.render.steer", "_chars"), ("drafter.render.steer", "_longest_run"),
                 ("drafter.render.closeness", "content_key"), ("drafter.render.select", "fragment_topics"),
                 ("drafter.render.select", "_works_of"))  # fmt: skip

_IMPORTED = ("drafter.cli.typer_app", "drafter.cli.diff", "drafter.diff", "drafter.cli.export", "drafter.export",
             "drafter.cli.fragments", "drafter.cli.templates", "drafter.cli.meetings", "drafter.cli.works")  # fmt: skip

# Memos of cache files that commands add to (pairs of fragments found to say the same), read again once the warm-up
# wrote them: a child uses the memo as read here while the file is unchanged (its stamp, checked on every use), and
# reads the file again when a command added to it since (kept as the warm-up left it, every child would work out
# and write again what the children found: a draft ~180 ms).
_GROWING = (("drafter.render.closeness", "reopen"),)
# … and before each fork, each of them read again if a command added to its file since (one stat each).
_REFRESHED = (("drafter.render.closeness", "refresh"),)


def _refresh_growing() -> None:
    for name, refresh in _REFRESHED:
        module = sys.modules.get(name)
        if module is not None:
            with contextlib.suppress(Exception):  # only a cache: a child reads the file itself
                getattr(module, refresh)()


def _warm_up() -> None:
    import io
    import tempfile

    saved_env, saved_argv, saved_streams = dict(os.environ), sys.argv, (sys.stdin, sys.stdout, sys.stderr)
    try:
        with tempfile.TemporaryDirectory(prefix="drafter-resident-") as home:
            speech = os.path.join(home, "讲话.md")
            with open(speech, "w", encoding="utf-8") as out:
                out.write(_WARM_SPEECH)
            os.environ.pop("DRAFTER_CONFIG", None)
            os.environ.update({"DRAFTER_HOME": home, "XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home})
            for argv in _WARM_UP:
                sys.argv = ["drafter", *(a.format(speech=speech, home=home) for a in argv)]
                # real text streams (not StringIO): the fast path runs as it does for a command
                sys.stdin, sys.stdout, sys.stderr = (io.TextIOWrapper(io.BytesIO(), encoding="utf-8"),
                                                     io.TextIOWrapper(io.BytesIO(), encoding="utf-8"),
                                                     io.TextIOWrapper(io.BytesIO(), encoding="utf-8"))  # fmt: skip
                with contextlib.suppress(BaseException):
                    _run_warm()
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved_streams
        sys.argv = saved_argv
        os.environ.clear()
        os.environ.update(saved_env)


def _run_warm() -> None:
    from drafter.cli import fast, main

    fast.finished = None
    with contextlib.suppress(SystemExit):
        main()


def run(path: str, idle: float) -> None:
    """The resident's process (`python -m drafter.cli.resident_server PATH IDLE`), detached by `start` or started by
    a command that found none (drafter/cli/handover.py: `start_in_background`).

    It holds a lock on PATH's `.lock` file for its life: a second one started for the same socket (two starts at
    once, a start while one still loads) exits at once, before it loads anything or takes the socket's name."""
    os.chdir("/")  # a resident never keeps the folder it was started from busy (a USB stick could not be unmounted)
    folder = os.path.dirname(path)
    handover.check_folder(folder, missing_ok=False)
    lock = os.open(path[:-5] + ".lock", os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    try:
        os.lockf(lock, os.F_TLOCK, 0)
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EAGAIN):  # another resident of this install runs or is loading
            print(f"{time.strftime('%Y-%m-%d %H:%M:%S')} 另一个常驻进程已在运行或正在启动，本进程退出。", file=sys.stderr)
            raise SystemExit(0) from None
        raise
    resident = Resident(path, idle)
    preload()
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)  # a socket left by a resident that was killed (start checked nothing answers on it)
    old = os.umask(0o177)
    try:
        resident.listener.bind(path)
    finally:
        os.umask(old)
    os.chmod(path, 0o600)
    st = os.stat(path)
    resident.bound = (st.st_dev, st.st_ino)
    handover.check_folder(folder, missing_ok=False)
    resident.listener.listen(64)
    resident.serve()


if __name__ == "__main__":
    try:
        run(sys.argv[1], float(sys.argv[2]))
    except OSError as error:
        if error.errno != errno.EADDRINUSE:
            raise
