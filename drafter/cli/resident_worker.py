"""The resident's worker: one process forked from the resident that runs commands in turn (drafter/cli/resident_server.py).

A child forked per command pays for every page of the resident's it writes to (reference counts: ~13.7 MB, ~3,500
copy-on-write faults, ~12-16 ms of a draft). The worker pays that once in its life: the resident hands it a command
when it is idle (a second command at the same time gets a child of its own, as before).

Each command sees what a forked child sees: the client's streams, folder, environment, umask, argv, locale and time
zone, the signal handlers a fresh interpreter has, the caches that depend on the environment forgotten. After it the
worker puts back what a command may change and that a later command would see: the environment, folder, umask, argv,
standard streams (the client's fds are closed before the exit code is sent, so a reader of the client's output sees
its end), signal handlers, the global random state (seeded anew, as after a fork), warnings filters, locale, recursion limit, sys hooks, sys.path.
What it cannot put back it checks, and a command that left any of it behind is the worker's last (it exits and the
resident forks a new one): an exception out of the command, Ctrl+C or SIGTERM, a file descriptor left open, a thread
or a child process still running, a timer, a tracer, logging set up, a module's global rebound or a module removed
(but the per-process memos listed in _MEMOS, which are keyed by what they depend on). It also stops after
MAX_COMMANDS commands or once its resident memory grew by MAX_GROWTH bytes (a command's objects that the collector
does not free: drafter.cli freezes them).

Protocol with the resident (one socketpair): the resident sends a request as a client does (length + JSON, fds 0, 1
and 2 attached); the worker answers each with a record `D` (JSON: exit code, whether it serves another command, its
own CPU seconds so far) once the command's output is flushed and its fds are closed. End of file: the resident is gone.
"""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import socket
import sys
from json import dumps  # bound here: a command rebinding json.dumps must not break the report
from operator import is_
from typing import Any

from drafter.cli import handover

MAX_COMMANDS = int(os.environ.get("DRAFTER_RESIDENT_WORKER_COMMANDS", "") or 200)
MAX_GROWTH = int(os.environ.get("DRAFTER_RESIDENT_WORKER_GROWTH_MB", "") or 200) * 1024 * 1024

# Module globals a command rebinds by design: per-process memos keyed by what they depend on, and the fast path's
# record of the command it ran (reset before each command).
_MEMOS = {("drafter.regexcache", "_new"), ("drafter.regexcache", "_file"), ("drafter.regexcache", "_keeping"),
          ("drafter.execcache", "_new"), ("drafter.execcache", "_file"), ("drafter.cli.fast", "finished"),
          ("drafter.cli.fast", "_RUNNING_KEY"), ("drafter.diff.build", "_load"), ("drafter.diff.build", "_seen"),
          ("sys", "argv"), ("time", "tzname"),  # set for each command and put back
          ("drafter.cli", "prog_name")}  # fmt: skip  (set for each command from the client's argv[0])


def rss() -> int:
    """This process's resident memory in bytes."""
    with open("/proc/self/statm", "rb") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize()


class Baseline:
    """The worker's state between commands, taken once when it starts: what each command gets back."""

    def __init__(self) -> None:
        import locale
        import warnings

        self.env = dict(os.environ)
        self.cwd = os.getcwd()
        self.umask = os.umask(0o022)
        os.umask(self.umask)
        self.argv = list(sys.argv)
        self.path = list(sys.path)
        self.meta_path = list(sys.meta_path)
        self.path_hooks = list(sys.path_hooks)
        self.streams = (sys.stdin, sys.stdout, sys.stderr, sys.__stdin__, sys.__stdout__, sys.__stderr__)
        self.std_fds = [os.dup(fd) for fd in (0, 1, 2)]  # the resident's own (its log), put back after each command
        self.hooks = (sys.excepthook, sys.displayhook, sys.unraisablehook, sys.breakpointhook)
        self.recursion = sys.getrecursionlimit()
        self.filters = list(warnings.filters)
        self.showwarning = warnings.showwarning
        self.locale = locale.setlocale(locale.LC_ALL)
        # _signal's getsignal: the handler as set (SIG_DFL and SIG_IGN as the ints 0 and 1, which signal.signal takes),
        # without signal.getsignal's conversion to an enum (~2 µs for each of ~60 signals after every command)
        self.handlers = {s: _getsignal(s) for s in signal.valid_signals() if s not in _UNCATCHABLE}
        self.handlers = {s: h for s, h in self.handlers.items() if h is not None}
        self.fds = _open_fds()
        self.modules = set(sys.modules)
        self.globals = _module_globals()
        self.logging = _logging_state()
        self.rss = rss()

    def before(self) -> None:
        """What each command starts from (the rest is put back after the previous one)."""
        import random

        random.seed()  # as each process forked from the resident (random reseeds itself after a fork)

    def restore(self) -> list[str]:
        """Put back what a command may change; return what it left behind that cannot be put back (empty: clean)."""
        import locale
        import warnings

        left: list[str] = []
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(BaseException):
                stream.flush()
        for fd, saved in zip((0, 1, 2), self.std_fds, strict=True):
            os.dup2(saved, fd)  # the client's fds are closed here: its readers see the end of the output
        sys.stdin, sys.stdout, sys.stderr, sys.__stdin__, sys.__stdout__, sys.__stderr__ = self.streams  # type: ignore[misc]
        from drafter.cli.resident_server import set_environ

        set_environ(self.env)
        with contextlib.suppress(Exception):
            locale.setlocale(locale.LC_ALL, self.locale)
        import time

        time.tzset()
        os.chdir(self.cwd)
        os.umask(self.umask)
        sys.argv = list(self.argv)
        sys.path[:] = self.path
        sys.excepthook, sys.displayhook, sys.unraisablehook, sys.breakpointhook = self.hooks
        sys.setrecursionlimit(self.recursion)
        warnings.filters[:] = self.filters  # type: ignore[index]
        warnings.showwarning = self.showwarning
        warnings._filters_mutated()  # type: ignore[attr-defined]
        for signum, handler in self.handlers.items():
            if _getsignal(signum) is not handler:
                signal.signal(signum, handler)
        if signal.set_wakeup_fd(-1) != -1:
            left.append("wake-up fd")
        if signal.getitimer(signal.ITIMER_REAL) != (0.0, 0.0) or signal.alarm(0):
            left.append("timer")
        if sys.gettrace() is not None or sys.getprofile() is not None:
            left.append("tracer")
        if list(sys.meta_path) != self.meta_path or list(sys.path_hooks) != self.path_hooks:
            left.append("import hooks")
        if _open_fds() != self.fds:
            left.append("open files")
        if len(os.listdir("/proc/self/task")) > 1:
            left.append("threads")
        try:
            os.waitpid(-1, os.WNOHANG)
            left.append("child processes")
        except ChildProcessError:
            pass
        if not self.modules <= set(sys.modules):
            left.append("modules removed")
        if _logging_state() != self.logging:
            left.append("logging")
        rebound = _rebound(self.globals)
        if rebound:
            left.append(f"globals: {', '.join(rebound[:5])}")
        return left


_UNCATCHABLE = {signal.SIGKILL, signal.SIGSTOP}
from _signal import getsignal as _getsignal  # noqa: E402 - signal.getsignal without its enum conversion


def _open_fds() -> set[str]:
    return set(os.listdir("/proc/self/fd")) - {"."}


def _module_globals() -> dict[str, tuple[dict[str, int], tuple[Any, ...]]]:
    """The identity of each module's globals (a rebinding shows as another object; what a memo holds is not read):
    by name, and as the values in the dict's order, which a later dict starts with, object for object, while nothing
    was rebound or removed (names added go to the end: importing a submodule adds it to its package). The values are
    held, so no id is reused by another object meanwhile."""
    kept = {}
    for name, module in list(sys.modules.items()):
        space = getattr(module, "__dict__", None)
        if isinstance(space, dict):
            kept[name] = ({k: id(v) for k, v in space.items()}, tuple(space.values()))
    return kept


def _rebound(before: dict[str, tuple[dict[str, int], tuple[Any, ...]]]) -> list[str]:
    found = []
    for name, (kept, values) in before.items():
        module = sys.modules.get(name)
        if module is None:
            continue
        now = vars(module)
        if len(now) >= len(values) and all(map(is_, now.values(), values)):
            continue  # the quick look, in C (~0.6 ms after a draft, where a list of every value's id cost ~1.6)
        for key, ident in kept.items():
            value = now.get(key, _MISSING)
            if id(value) != ident and (name, key) not in _MEMOS and not key.startswith("__"):
                found.append(f"{name}.{key}")
    return found


_MISSING = object()


def _logging_state() -> Any:
    """What logging is set up to do (a logger a library merely creates is not set up); logging not imported yet is
    the same as imported and untouched."""
    logging = sys.modules.get("logging")
    if logging is None:
        return 30, (), 0, []
    root = logging.getLogger()
    touched = sorted(name for name, lg in list(logging.Logger.manager.loggerDict.items())
                     if getattr(lg, "handlers", None) or getattr(lg, "level", 0) or getattr(lg, "disabled", False))  # fmt: skip
    return root.level, tuple(map(id, root.handlers)), logging.root.manager.disable, touched


def serve(sock: socket.socket, run: Any) -> None:
    """The worker's loop: a command from the resident, run, put back, report; exits when it must not go on."""
    from drafter.cli import resident_server as rs

    baseline = Baseline()
    served = 0
    while True:
        try:
            request, fds = rs._read_request(sock)
        except (OSError, ValueError):
            os._exit(0)  # the resident is gone (or sent what it never sends)
        served += 1
        code, left = run_one(request, fds, baseline, run)
        reuse = not left and served < MAX_COMMANDS and rss() - baseline.rss < MAX_GROWTH
        usage = resource.getrusage(resource.RUSAGE_SELF)
        report = {"code": code, "reuse": reuse, "left": left, "served": served, "rss": rss(),
                  "cpu": usage.ru_utime + usage.ru_stime, "user": usage.ru_utime, "faults": usage.ru_minflt}  # fmt: skip
        try:
            sock.sendall(handover.record("D", dumps(report).encode()))
        except OSError:
            os._exit(0)
        if not reuse:
            os._exit(0)


def run_one(request: dict[str, Any], fds: list[int], baseline: Baseline, run: Any) -> tuple[int, list[str]]:
    """One command in this process as a forked child would run it: (exit code, what it left behind)."""
    from drafter.cli import resident_server as rs

    code = 1
    left: list[str] = []
    try:
        try:
            rs._become(request, fds)
            rs._refresh_growing()  # the memo of fragment pairs, read again if another process added to its file
            baseline.before()
            signal.pthread_sigmask(signal.SIG_UNBLOCK, rs._STOPPING)
            code = run()
        finally:
            signal.pthread_sigmask(signal.SIG_BLOCK, rs._STOPPING)
    except KeyboardInterrupt as exc:  # Ctrl+C or SIGTERM outside the command's own handling
        code = rs._cancelled(exc)
        left.append("interrupted")
    except BaseException:  # noqa: BLE001 - whatever the command raised, the worker reports and is replaced
        rs._print_exception()
        left.append("exception")
    finally:
        for fd in fds:
            with contextlib.suppress(OSError):
                os.close(fd)
    for signum in rs._STOPPING:  # a signal that came as the command ended: this worker must not serve another
        if signum in signal.sigpending():
            left.append("signal")
    if code in (130, 143):
        left.append("interrupted")
    left += baseline.restore()
    return int(code), left
