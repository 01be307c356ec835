"""A library's fragment files are known again by their stamps (drafter.library.digests), never when they changed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from drafter.library import cache as load_cache
from drafter.library import content, digests, load, load_library
from drafter.library.content import library_content

HAND = """\
- id: opening.one
  role: opening
  tags: [通用]
  text: 今天，{{ we }}召开{{ meeting }}，主要任务是总结成绩、安排部署。
  source: {speech: s-01, where: 开头}
- id: closing.one
  role: closing
  tags: [通用]
  text: 同志们，{{ we }}各项事业一定能再上新台阶！
  source: {speech: s-01, where: 结尾}
"""


@pytest.fixture
def lib(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path / "cache"))  # a library under tmp is cached only so
    folder = tmp_path / "library"
    folder.mkdir()
    (folder / "hand.yaml").write_text(HAND, encoding="utf-8")
    return folder


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The fragment files read (their bytes) by a search's library_content and by the load cache."""
    seen: list[str] = []

    def counted(file: Path) -> bytes:
        seen.append(file.name)
        return Path(file).read_bytes()

    monkeypatch.setattr(content, "read_fragment_bytes", counted)
    monkeypatch.setattr(load_cache, "read_fragment_bytes", counted)
    return seen


def _edit_in_place_keeping_size_and_mtime(file: Path, old: str, new: str) -> None:
    """An edit a size-and-mtime check would miss: the same length, the old mtime put back (only ctime moves)."""
    info = file.stat()
    text = file.read_text(encoding="utf-8")
    assert len(old.encode()) == len(new.encode()) and old in text
    file.write_text(text.replace(old, new), encoding="utf-8")
    os.utime(file, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert file.stat().st_size == info.st_size and file.stat().st_mtime_ns == info.st_mtime_ns


def test_a_settled_library_is_not_read_again_and_an_edit_in_place_is_always_seen(
    lib: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(digests, "SETTLE_NS", 0)  # the files count as settled at once (else 2 s after a write)
    first = load_library(lib)
    key = library_content(lib)
    assert key == first.content and reads
    reads.clear()
    load._LOADED.clear()  # as a new process: the load cache's file, not this process's memory
    assert library_content(lib) == key and load_library(lib).content == key
    assert reads == []  # known by their stamps: no file read, the same keys
    _edit_in_place_keeping_size_and_mtime(lib / "hand.yaml", "安排部署", "研究部署")
    edited = library_content(lib)
    assert edited != key and reads == ["hand.yaml"]
    assert edited == load_library(lib).content
    assert "研究部署" in load_library(lib).get("opening.one").text
    assert edited == _fresh_content(lib, monkeypatch)


def test_a_file_read_within_its_clock_tick_is_read_again_next_time(lib: Path, reads: list[str]) -> None:
    assert library_content(lib) and reads == ["hand.yaml"]  # written just now: its stamp may still move unseen
    assert library_content(lib) and reads == ["hand.yaml"] * 2
    load_library(lib)
    assert reads == ["hand.yaml"] * 3


def test_a_damaged_or_foreign_memo_is_not_trusted(lib: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(digests, "SETTLE_NS", 0)
    key = library_content(lib)
    (memo,) = (lib.parent / "cache").glob("digests-*.pickle")
    good = memo.read_bytes()
    _edit_in_place_keeping_size_and_mtime(lib / "hand.yaml", "安排部署", "研究部署")
    for bad in (good[: len(good) // 2], b"not a pickle", b"\x80\x05}\x94."):  # half written, garbage, empty dict
        memo.write_bytes(bad)
        assert library_content(lib) == _fresh_content(lib, monkeypatch) != key
    stamp = digests.stamp_of((lib / "hand.yaml").stat())
    import pickle

    memo.write_bytes(pickle.dumps({str(lib / "hand.yaml"): (stamp, b"short")}))  # a digest of another shape
    assert library_content(lib) == _fresh_content(lib, monkeypatch)


def _fresh_content(lib: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The library's content key computed with no memo at all (every file read)."""
    with monkeypatch.context() as m:
        m.setattr(digests.FileDigests, "digest", lambda self, path: None)
        return library_content(lib)
