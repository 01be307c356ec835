"""Session 42's lead: what a clerk saw reading the results of the commands.

Each test here failed before its fix (branch lead42).
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from tests.cli_runner import run

DRAFT = ["draft", "--no-input", "--seed", "3", "--no-history"]
SETTING = ["--set", "place=清河县", "--set", "meeting=全县妇女儿童工作会议"]


def test_update_leaves_no_lock_file_beside_the_speech(mini_library, tmp_path: Path) -> None:
    """`update 一稿.md -o 二稿.md` left `.二稿.md.lock` in the clerk's folder (Windows shows dot files), and
    `update 一稿.md` left `.一稿.md.lock`: the folder holds the speeches, their records and the backup only."""
    folder = tmp_path / "稿子"
    folder.mkdir()
    first = folder / "一稿.md"
    assert run(*DRAFT, "--library", str(mini_library), *SETTING, "-o", str(first)).exit_code == 0
    second = folder / "二稿.md"
    assert run("update", str(first), "--points", "4", "-o", str(second), "--library", str(mini_library)).exit_code == 0
    assert run("update", str(second), "--points", "3", "--library", str(mini_library)).exit_code == 0
    assert sorted(p.name for p in folder.iterdir()) == [
        "一稿.answers.yaml", "一稿.md", "二稿.answers.yaml", "二稿.md", "二稿.md.bak",
    ]  # fmt: skip


def _add(path: str, times: int) -> None:
    from drafter.limits import file_lock

    target = Path(path)
    for _ in range(times):
        with file_lock(target, timeout=30, tidy=True):
            n = int(target.read_text())
            target.write_text(str(n + 1))


def test_a_lock_removed_on_release_still_keeps_two_writers_apart(tmp_path: Path) -> None:
    """Four processes each add 40 to one counter under the tidy lock: a waiter that opened the lock file its holder
    then removed must not count as holding the lock (no update lost), and no lock file is left."""
    counter = tmp_path / "讲话.md"
    counter.write_text("0")
    ctx = multiprocessing.get_context("fork")
    workers = [ctx.Process(target=_add, args=(str(counter), 40)) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
    assert [w.exitcode for w in workers] == [0, 0, 0, 0]
    assert counter.read_text() == "160"
    assert [p.name for p in tmp_path.iterdir()] == ["讲话.md"]
