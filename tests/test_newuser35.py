"""Session 35's new user: a plain `pip install`, every command, then the wrong input and hostile files of a busy office.

Each test here failed before its fix (branch newuser35).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ANSWERS = {"place": "清河县", "meeting": "全县安全生产工作会议", "date": "2026年5月1日"}


def test_a_history_entry_linked_to_a_device_is_skipped_not_read_until_memory_runs_out(
    tmp_path: Path,
) -> None:
    """A history entry that is a link to /dev/zero: the draft read it whole (20 GB, killed by the kernel)."""
    from drafter.history import _folder

    folder = _folder(ANSWERS)
    folder.mkdir(parents=True)
    (folder / "2025.md").write_text(
        "# 在全县安全生产工作会议上的讲话\n\n同志们：\n\n去年的讲话。\n", encoding="utf-8"
    )
    (folder / "2026-01-01.md").symlink_to("/dev/zero")
    code = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1 << 31, 1 << 31))\n"
        "from drafter.history import history_texts\n"
        f"texts = history_texts({ANSWERS!r})\n"
        "print(len(texts), texts[0].splitlines()[0] if texts else '')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=os.environ
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["1", "#", "在全县安全生产工作会议上的讲话"], done.stdout
