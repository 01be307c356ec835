"""The resident's client and a signal that comes between "go" and the child's pid (session 50).

A Ctrl+C in that moment (the resident has forked the command; the client has not yet read its pid) killed the client
by KeyboardInterrupt and left the child to the resident: the user saw a traceback-less exit by SIGINT (-2), never
已取消 and 130. tests/test_resident's end-to-end test met it once in several hundred CI runs; these tests put the
signal exactly there, with a fake resident on a socket pair.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading

import pytest

from drafter.cli import handover

pytestmark = pytest.mark.skipif(not handover._linux(), reason="the resident runs on Linux only")


def _fake_resident(ours: socket.socket, then: str, child: subprocess.Popen[bytes] | None) -> threading.Thread:
    """Accept the request, wait for "go", send this process a SIGINT, then send the child's pid (then="pid") or
    hang up before any pid (then="gone")."""

    def serve() -> None:
        buffer = b""
        while len(buffer) < 4 or len(buffer) < 4 + int.from_bytes(buffer[:4], "big"):
            buffer += ours.recv(65536)
        ours.sendall(handover.record("A", b""))
        assert ours.recv(1) == b"G"
        os.kill(os.getpid(), signal.SIGINT)  # the user's Ctrl+C, before the client knows the child
        if then == "gone":
            ours.close()
            return
        assert child is not None
        ours.sendall(handover.record("S", child.pid.to_bytes(4, "big")))
        code = child.wait(timeout=20)
        ours.sendall(handover.record("K", (-code).to_bytes(4, "big")) if code < 0 else handover.record("X", code.to_bytes(4, "big")))
        ours.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return thread


@pytest.fixture(autouse=True)
def _standard_streams(monkeypatch):
    """A test runner's worker has no terminal streams to pass: the client would decline before asking."""
    monkeypatch.setattr(handover, "_stream", lambda stream: {"encoding": "utf-8"})


def test_a_ctrl_c_before_the_childs_pid_reaches_the_child_once_its_pid_is_known():
    # a child that takes Ctrl+C as a command does (a test runner's worker may ignore SIGINT, and children inherit that)
    code = "import signal, time; signal.signal(signal.SIGINT, signal.SIG_DFL); print(flush=True); time.sleep(30)"
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE)
    assert child.stdout is not None and child.stdout.readline() == b"\n"
    ours, client = socket.socketpair()
    before = signal.signal(signal.SIGINT, signal.default_int_handler)  # this process as a command line starts
    try:
        thread = _fake_resident(ours, "pid", child)
        code = handover._run(client, ["check", "讲话.md"], handover.identity())
        thread.join(timeout=20)
        # the command's child had the Ctrl+C (it was held, not lost, and did not kill this client)
        assert child.returncode == -signal.SIGINT and code == 128 + signal.SIGINT
    finally:
        child.kill()
        child.wait()
        assert child.stdout is not None
        child.stdout.close()
        client.close()
        signal.signal(signal.SIGINT, before)


def test_a_ctrl_c_held_when_the_resident_ends_before_forking_cancels_the_command_here():
    ours, client = socket.socketpair()
    before = signal.signal(signal.SIGINT, signal.default_int_handler)  # this process as a command line starts
    try:
        thread = _fake_resident(ours, "gone", None)
        # nothing ran there: the command would run in this process, but the user asked to cancel it
        with pytest.raises(KeyboardInterrupt):
            handover._run(client, ["check", "讲话.md"], handover.identity())
        thread.join(timeout=20)
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # this process's own handler is back
    finally:
        client.close()
        signal.signal(signal.SIGINT, before)
