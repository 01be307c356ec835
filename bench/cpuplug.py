"""CPU seconds of each test (its own process and the children it waited for): what a test costs, whatever the load.

    PYTHONPATH=bench python -m pytest -p cpuplug -n 1 -p no:cacheprovider tests/test_x.py

writes `nodeid<TAB>cpu_s<TAB>wall_s` lines to /tmp/cpu-<worker>.tsv (CPUPLUG_OUT=/some/prefix for another place),
one file per xdist worker, appended to. Wall time counts whatever else the machine ran; CPU time does not.
"""

from __future__ import annotations

import os
import resource
import time
from collections.abc import Iterator

import pytest


def _cpu() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    cpu, wall = _cpu(), time.perf_counter()
    yield
    line = f"{item.nodeid}\t{_cpu() - cpu:.3f}\t{time.perf_counter() - wall:.3f}\n"
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    with open(f"{os.environ.get('CPUPLUG_OUT', '/tmp/cpu')}-{worker}.tsv", "a", encoding="utf-8") as out:
        out.write(line)
