"""Where a run's minutes went: seconds per test file, printed at the end of a run (hooks of tests/conftest.py).

Each test's reports (setup, call, teardown) add their duration to its file — under xdist the controller receives every
worker's reports — and a run of at least FILE_TABLE_MIN_FILES files ends with the heaviest FILE_TABLE_ROWS of them, with
their number of tests, and the total (CONTRIBUTING.md, "Where CI's minutes go"). A run of a few files stays quiet.
A module of its own, importing nothing of drafter's or hypothesis's: tests/test_file_seconds.py runs these hooks alone.
"""

from __future__ import annotations

import pytest

FILE_TABLE_ROWS = 20
FILE_TABLE_MIN_FILES = 20
_file_seconds: dict[str, float] = {}
_file_tests: dict[str, int] = {}


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    path = report.nodeid.split("::", 1)[0]
    _file_seconds[path] = _file_seconds.get(path, 0.0) + report.duration
    if report.when == "setup":
        _file_tests[path] = _file_tests.get(path, 0) + 1


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, exitstatus: int, config: pytest.Config) -> None:
    """The heaviest files of the run, with their seconds and number of tests, and the total of all files."""
    if hasattr(config, "workerinput") or len(_file_seconds) < FILE_TABLE_MIN_FILES:
        return
    heaviest = sorted(_file_seconds, key=lambda path: (-_file_seconds[path], path))[:FILE_TABLE_ROWS]
    terminalreporter.write_sep("=", f"seconds per file, heaviest {len(heaviest)} (setup + call + teardown, all workers)")
    terminalreporter.write_line(f"{'seconds':>9} {'tests':>6}  file")
    for path in heaviest:
        terminalreporter.write_line(f"{_file_seconds[path]:9.1f} {_file_tests.get(path, 0):6d}  {path}")
    total, tests = sum(_file_seconds.values()), sum(_file_tests.values())
    terminalreporter.write_line(f"{total:9.1f} {tests:6d}  all {len(_file_seconds)} files")
