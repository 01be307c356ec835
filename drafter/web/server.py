"""Run the application in a background thread on a free port (benchmarks, screenshots, tests)."""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass
from typing import Any


@dataclass
class Running:
    """A server running in this process: its address and how to stop it."""

    url: str
    server: Any
    thread: threading.Thread

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def start_in_thread(app: Any, host: str = "127.0.0.1", timeout: float = 15.0) -> Running:
    """Serve `app` with uvicorn on a free port of `host`; return once it accepts connections.

    Raises:
        RuntimeError: the server did not start within `timeout` seconds.
    """
    import uvicorn

    with socket.socket() as probe:
        probe.bind((host, 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", server_header=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            server.should_exit = True
            raise RuntimeError(f"drafter serve did not start on {host}:{port}")
        time.sleep(0.02)
    return Running(f"http://{host}:{port}", server, thread)
