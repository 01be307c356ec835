"""The table of seconds per test file printed at the end of a run (tests/conftest.py): where CI's minutes went.

Each case runs pytest on a folder of small test files whose conftest takes the suite's two hooks (tests/file_seconds.py),
once in one process (`-n 0`) and once on two workers (`-n 2`, where the controller sums every worker's reports); no
plugin but xdist is loaded (each would cost every process of the run its import).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.file_seconds import FILE_TABLE_MIN_FILES, FILE_TABLE_ROWS

REPO = Path(__file__).resolve().parent.parent

# One heavy file (its three tests sleep in setup, call and teardown), one of many tests, and quick ones.
HEAVY = """\
import time
import pytest

@pytest.fixture
def slow():
    time.sleep(0.1)
    yield
    time.sleep(0.1)

@pytest.mark.parametrize("n", range(3))
def test_slow(slow, n):
    time.sleep(0.1)
"""
MANY = """\
import pytest

@pytest.mark.parametrize("n", range(40))
def test_many(n):
    assert n >= 0
"""
QUICK = "def test_quick():\n    assert True\n"


def run_suite(folder: Path, files: int, workers: str) -> str:
    folder.mkdir()
    (folder / "pytest.ini").write_text("[pytest]\naddopts = -p no:cacheprovider\n", encoding="utf-8")
    (folder / "conftest.py").write_text(
        "from tests.file_seconds import pytest_runtest_logreport, pytest_terminal_summary  # noqa: F401\n", encoding="utf-8"
    )
    (folder / "test_heavy.py").write_text(HEAVY, encoding="utf-8")
    (folder / "test_many.py").write_text(MANY, encoding="utf-8")
    for n in range(files - 2):
        (folder / f"test_quick_{n:02d}.py").write_text(QUICK, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "xdist", "-n", workers, "-q", "."],
        cwd=folder, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@pytest.mark.parametrize("workers", ["0", "2"])
def test_a_whole_run_ends_with_its_heaviest_files(tmp_path: Path, workers: str) -> None:
    files = FILE_TABLE_MIN_FILES + 5
    out = run_suite(tmp_path / "suite", files, workers)
    head, table = out.split("seconds per file, heaviest", 1)
    assert f"{FILE_TABLE_ROWS} (setup + call + teardown, all workers)" in table.splitlines()[0], out
    rows = re.findall(r"^ *([\d.]+) +(\d+)  (\S.*)$", table, re.M)
    assert len(rows) == FILE_TABLE_ROWS + 1, out  # the heaviest files, then the total
    # the heavy file first, with its setup, call and teardown counted (9 sleeps of 0.1 s), and its three tests
    seconds, tests, name = rows[0]
    assert name == "test_heavy.py" and tests == "3" and 0.85 <= float(seconds) < 5, out
    assert ("40", "test_many.py") in [(t, n) for _, t, n in rows], out
    total_seconds, total_tests, total = rows[-1]
    assert total == f"all {files} files" and int(total_tests) == 3 + 40 + files - 2, out
    assert float(total_seconds) >= float(seconds), out


def test_a_run_of_a_few_files_stays_quiet(tmp_path: Path) -> None:
    out = run_suite(tmp_path / "suite", FILE_TABLE_MIN_FILES - 1, "0")
    assert "seconds per file" not in out and "passed" in out, out
