"""perf32 (#18): the user's cache folder kept within a size, least recently used first, and a written draft's cost."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from drafter import cachefile

KB = 1024


def _file(folder: Path, name: str, size: int, hours_ago: float) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\0" * size)
    when = time.time() - hours_ago * 3600
    os.utime(path, (when, when))
    return path


def _bytes(folder: Path) -> int:
    """What the bound counts: every regular file but the resident's."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and "resident" not in p.parts)


@pytest.fixture
def full_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of ~3.4 MB under a bound of 1 MB: 30 pickles of 100 KB used 1–30 hours ago, and what must stay."""
    folder = tmp_path / "cache"
    for i in range(30):
        _file(folder, f"fits-{i:02d}.pickle", 100 * KB, hours_ago=30 - i)  # fits-29 is the newest
        (folder / f".fits-{i:02d}.pickle.lock").touch()  # empty lock files are never removed
    _file(folder, "jinja-sandbox-3.1.6-abc/old.cache", 100 * KB, hours_ago=40)
    _file(folder, "jinja-sandbox-3.1.6-abc/new.cache", 10 * KB, hours_ago=0.1)
    _file(folder, "resident/r-0-abc.log", 500 * KB, hours_ago=100)  # the resident's: never touched
    _file(folder, "index-old.sqlite", 100 * KB, hours_ago=24 * 8)  # an index and its journal go together
    _file(folder, "index-old.sqlite-journal", 10 * KB, hours_ago=24 * 8)
    _file(folder, ".lexicon-x1.tmp", 100 * KB, hours_ago=0.5)  # being written
    _file(folder, ".lexicon-x2.tmp", 100 * KB, hours_ago=48)  # a killed writer's
    _file(folder, "closeness-ab-cd.pairs", 20 * KB, hours_ago=60)  # appended to by another process right now
    (folder / ".closeness-ab-cd.pairs.lock").touch()
    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(folder))
    monkeypatch.setenv("DRAFTER_CACHE_MAX_MB", "1")
    monkeypatch.delenv("DRAFTER_NO_CACHE", raising=False)
    return folder


def _held(lock: Path) -> int:
    fd = os.open(lock, os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX)
    return fd


def test_a_full_cache_folder_goes_down_to_its_bound_least_recently_used_first(full_cache: Path) -> None:
    writer = _held(full_cache / ".closeness-ab-cd.pairs.lock")
    try:
        assert _bytes(full_cache) > 3 * 1024 * KB
        cachefile.write_cached("table-test", "k1", {"a": 1})  # any cache written: the folder is looked over
    finally:
        os.close(writer)
    assert _bytes(full_cache) <= 1024 * KB
    assert cachefile.read_cached("table-test", "k1") == {"a": 1}  # what was just written stays
    left = sorted(p.name for p in full_cache.glob("fits-*.pickle"))
    assert left and left == [f"fits-{i:02d}.pickle" for i in range(30 - len(left), 30)]  # the newest stay, in order
    assert len(left) >= 5
    assert not (full_cache / "index-old.sqlite").exists() and not (full_cache / "index-old.sqlite-journal").exists()
    assert not (full_cache / "jinja-sandbox-3.1.6-abc/old.cache").exists()
    assert (full_cache / "jinja-sandbox-3.1.6-abc/new.cache").exists()
    assert not (full_cache / ".lexicon-x2.tmp").exists()
    assert (full_cache / ".lexicon-x1.tmp").exists()  # a writer may be at it
    assert (full_cache / "closeness-ab-cd.pairs").exists()  # its lock was held: in use
    assert (full_cache / "resident/r-0-abc.log").exists()
    assert len(list(full_cache.glob(".fits-*.pickle.lock"))) == 30


def test_the_folder_is_looked_over_at_most_once_an_hour(full_cache: Path) -> None:
    cachefile.write_cached("table-test", "k1", {"a": 1})
    assert _bytes(full_cache) <= 1024 * KB
    for i in range(10):
        _file(full_cache, f"keyideas-{i}.pickle", 100 * KB, hours_ago=10)
    cachefile.write_cached("table-test", "k2", {"a": 2})
    assert _bytes(full_cache) > 1024 * KB  # looked over less than an hour ago: one stat, no walk
    stamp = full_cache / ".bounded"
    old = time.time() - cachefile.BOUND_EVERY - 60
    os.utime(stamp, (old, old))
    cachefile.write_cached("table-test", "k3", {"a": 3})
    assert _bytes(full_cache) <= 1024 * KB
    assert not list(full_cache.glob("keyideas-*.pickle"))  # older than every file the first pass kept
    for i in range(10):
        _file(full_cache, f"snapshot-{i}.pickle", 100 * KB, hours_ago=20)
    cachefile.write_cached("table-test", "k4", {"a": 4})
    assert _bytes(full_cache) > 1024 * KB
    cachefile.write_cached("table-test", "k5", b"\1" * 120 * KB)  # more than the headroom a look leaves: looked over now
    assert _bytes(full_cache) <= 1024 * KB
    assert not list(full_cache.glob("snapshot-*.pickle"))


def test_a_library_cache_written_prunes_the_folder_too(full_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The load cache of the fragment library is written by its own writer (drafter/library/cache.py)."""
    monkeypatch.setenv("DRAFTER_CACHE_MAX_MB", "20")
    for i in range(40):
        _file(full_cache, f"lexicon-{i:02d}.pickle", 1024 * KB, hours_ago=100 - i)
    subprocess.run(
        [sys.executable, "-c", "from drafter.library import load_library; load_library()"],
        check=True, env={**os.environ},
    )  # fmt: skip
    assert list(full_cache.glob("library-*.pickle"))
    assert _bytes(full_cache) <= 20 * 1024 * KB


def test_the_bound_is_a_setting() -> None:
    env = os.environ.copy()
    try:
        os.environ.pop("DRAFTER_CACHE_MAX_MB", None)
        assert cachefile.cache_limit() == 300 * 1024 * KB
        for value, limit in (("0", None), ("0.5", 512 * KB), ("1024", 1024 * 1024 * KB), ("abc", 300 * 1024 * KB),
                             ("-5", 300 * 1024 * KB), ("nan", 300 * 1024 * KB), ("", 300 * 1024 * KB)):  # fmt: skip
            os.environ["DRAFTER_CACHE_MAX_MB"] = value
            assert cachefile.cache_limit() == limit, value
    finally:
        os.environ.clear()
        os.environ.update(env)


def test_no_bound_removes_nothing(full_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAFTER_CACHE_MAX_MB", "0")
    before = _bytes(full_cache)
    cachefile.write_cached("table-test", "k1", {"a": 1})
    assert _bytes(full_cache) > before


def test_a_failing_look_never_fails_the_write(full_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: object) -> None:
        raise PermissionError("denied")

    monkeypatch.setattr(cachefile, "prune_to", broken)
    cachefile.write_cached("table-test", "k1", {"a": 1})
    assert cachefile.read_cached("table-test", "k1") == {"a": 1}


def _search(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "drafter", "fragments", "search", "责任感"],
                          capture_output=True, text=True, env=env)  # fmt: skip


def test_commands_give_the_same_output_while_their_cache_is_pruned(
    tmp_path: Path, seed_library_cache, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file removed while it is in use is only a miss: the next command builds it again, output unchanged."""
    folder = seed_library_cache(tmp_path / "cache")
    env = {k: v for k, v in os.environ.items() if k != "DRAFTER_NO_CACHE"}
    env.update({"DRAFTER_CACHE_DIR": str(folder), "DRAFTER_NO_RESIDENT": "1"})
    first = _search(env)
    assert first.returncode == 0 and "责任" in first.stdout
    kept = [p for p in folder.iterdir() if p.is_file()]
    assert kept
    for path in folder.glob("search-*.pickle"):
        path.unlink()  # a miss: the search writes its index again, and the folder is looked over
    (folder / ".bounded").unlink()  # (the first search looked it over under the default bound: as if an hour later)
    again = _search({**env, "DRAFTER_CACHE_MAX_MB": "0.001"})  # ~1 KB: nearly everything goes
    assert (again.returncode, again.stdout, again.stderr) == (first.returncode, first.stdout, first.stderr)
    assert not list(folder.glob("library-*.pickle"))  # the shipped library's parse (~5 MB), read by this search, went
    third = _search(env)  # everything rebuilt from nothing
    assert (third.returncode, third.stdout, third.stderr) == (first.returncode, first.stdout, first.stderr)


def test_an_open_library_cache_removed_is_read_whole_or_parsed_again(
    tmp_path: Path, seed_library_cache, monkeypatch: pytest.MonkeyPatch
) -> None:
    from drafter.library import load_library

    folder = seed_library_cache(tmp_path / "cache")
    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(folder))
    monkeypatch.delenv("DRAFTER_NO_CACHE", raising=False)
    expected = [(f.id, f.text) for f in load_library().fragments]
    from drafter.library import cache as library_cache
    from drafter.library.paths import default_library_dir

    root = default_library_dir()
    opened = library_cache._LoadCache.open(root)
    assert opened is not None and opened.entries  # the file is open, its header read
    assert cachefile.prune_to(folder, 0) == 0  # everything removed under it
    parsed = []
    for name in sorted(opened.entries):
        found, problems, _ = opened.read(Path(name))
        assert not problems
        parsed += [(f.id, f.text) for f in found or ()]
    opened.release()
    assert sorted(parsed) == sorted(expected)


def test_a_record_is_the_yaml_pyyaml_writes_with_shared_lists_floats_and_odd_types() -> None:
    """record_yaml's direct scalar nodes write what yaml.safe_dump writes (libyaml's emitter or PyYAML's)."""
    import enum
    import random

    import yaml

    from drafter.answers import record_yaml

    class Level(enum.IntEnum):
        county = 3

    rng = random.Random(32)
    words = ["清河县", "全县安全生产工作会议", "true", "null", "~", "3", "0x1f", "1e3", "-", "a: b", "#", "", " x", "é"]
    for _ in range(400):
        shared = [rng.choice(words) for _ in range(rng.randint(0, 3))]
        data = {"drafter": "0.2.0", "seed": rng.randint(-5, 10**12), "history": rng.random() < 0.5, "none": None,
                "share": rng.choice([0.3, 1e-7, 2.5e20, float("inf")]), "a": shared, "b": shared,
                "options": {"tags": [rng.choice(words)], "rate": 200}, "level": int(Level.county),
                "fragments": [{"id": rng.choice(words), "alts": {"9aab5c0d.0": rng.randint(0, 3)}} for _ in range(5)],
                "text": "".join(rng.choice(words + ["\n", "。"]) for _ in range(rng.randint(0, 80)))}  # fmt: skip
        assert record_yaml(data) == yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def test_a_corpus_index_used_this_week_stays_even_past_the_bound(full_cache: Path) -> None:
    """A large archive's diff index takes minutes to build: the bound never makes a user who diffs weekly rebuild it."""
    _file(full_cache, "index-big.sqlite", 1500 * KB, hours_ago=24 * 5)  # alone more than the whole bound
    cachefile.write_cached("table-test", "k1", {"a": 1})
    assert (full_cache / "index-big.sqlite").exists()
    assert not (full_cache / "index-old.sqlite").exists()  # unused for more than a week: goes like any file
    assert not list(full_cache.glob("fits-*.pickle"))  # everything else went first, oldest to newest
