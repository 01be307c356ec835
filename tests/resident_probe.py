"""A resident whose `check @probe ACTION` runs ACTION instead of a check (tests/test_resident.py starts it).

ACTION is what a command could do to the process that serves it (change its environment, leave a file open, crash,
hang) or `report`: print, as JSON, what a command sees of the process. Every other command runs as drafter's.
"""

from __future__ import annotations

import json
import os
import sys
import time


def _probe(action: str) -> int:
    import logging
    import random
    import signal
    import warnings

    if action == "report":
        seen = {"pid": os.getpid(), "env": os.environ.get("PROBE_LEAK"), "cwd": os.getcwd(), "umask": os.umask(0o22),
                "random": random.random(), "warnings": [str(f[0]) for f in warnings.filters[:2]],
                "logging": len(logging.getLogger().handlers), "usr1": str(signal.getsignal(signal.SIGUSR1)),
                "fds": sorted(os.listdir("/proc/self/fd")), "global": getattr(json, "PROBE", None),
                "dumps": json.dumps is json.JSONEncoder and "patched", "argv": sys.argv[1:],
                "stdin": sys.stdin.read(), "path": sys.path[:1]}  # fmt: skip
        print(json.dumps(seen, ensure_ascii=False))
        return 0
    if action == "restorable":  # what the worker puts back
        os.environ["PROBE_LEAK"] = "1"
        os.chdir("/")
        os.umask(0o77)
        random.seed(1)
        warnings.simplefilter("ignore")
        signal.signal(signal.SIGUSR1, lambda *_: None)
        sys.path.insert(0, "/nowhere")
        print("改了")
        return 0
    if action == "file":
        os.open(os.devnull, os.O_RDONLY)  # left open on purpose
    elif action == "logging":
        logging.basicConfig()
    elif action == "global":
        json.PROBE = 1  # type: ignore[attr-defined]
        json.dumps = json.JSONEncoder  # type: ignore[assignment]
    elif action == "raise":
        raise RuntimeError("探针故障")
    elif action == "exit":
        os._exit(7)
    elif action == "sysexit":
        sys.exit(4)
    elif action == "hang":
        print("开始", flush=True)
        time.sleep(60)
    elif action == "slow":
        print("开始", flush=True)
        time.sleep(1.5)
        print("完成")
    elif action == "burn":
        end = time.process_time() + 0.3
        while time.process_time() < end:
            pass
    return 0


def main(path: str, idle: float) -> None:
    from drafter.cli import resident_server

    real = resident_server._run_command

    def run_command() -> int:
        if sys.argv[1:3] == ["check", "@probe"]:
            from drafter.cli import fast

            fast.finished = None
            try:
                return _probe(sys.argv[3])
            except SystemExit as exc:  # as drafter's own run_command takes a command's exit
                return int(exc.code or 0)
            finally:
                sys.stdout.flush()
        return real()

    resident_server._run_command = run_command
    resident_server.run(path, idle)


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]))
