"""A draft's originality measure reads a snapshot of a small index, without sqlite3 (#18): same figures, never stale."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

import drafter.diff.manifest as manifest
from drafter.diff import diff_text, open_index
from drafter.diff.snapshot import keep_snapshot, open_snapshot

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    """The shipped corpus copied into a folder of the test's own, the cache in tmp, and a clock far enough ahead
    that every stamp just written counts as settled (the index file's too)."""
    monkeypatch.setattr(manifest, "now_ns", lambda: time.time_ns() + 3600 * 10**9)
    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "corpus"
    folder.mkdir()
    for source in sorted((ROOT / "corpus").glob("*.md")):
        (folder / source.name).write_bytes(source.read_bytes())
    return folder


def _kept(folder: Path):
    index = open_index([folder])
    try:
        keep_snapshot(index, [folder])
    finally:
        index.close()
    return open_snapshot([folder])


def _texts(folder: Path) -> list[str]:
    """Drafts and speeches of every kind of reuse: the goldens, the sources themselves, and sources cut and edited."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("tests/golden/*/expected.md"))]
    sources = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.md"))]
    texts += sources[:2]
    texts += [s[len(s) // 3 : len(s) // 3 + 900].replace("全市", "全县").replace("。", "，", 3) for s in sources]
    return texts


def test_a_snapshot_gives_the_figures_the_index_gives(corpus) -> None:
    snapshot = _kept(corpus)
    assert snapshot is not None
    index = open_index([corpus])
    try:
        for text in _texts(corpus):
            assert diff_text(text, snapshot).to_dict() == diff_text(text, index).to_dict()
        ids = [row[0] for row in index.conn.execute("SELECT id FROM sents")]
        hashes = [row[0] for row in index.conn.execute("SELECT hash FROM fp")] + [1, -5, 2**62]
        keys = [row[0] for row in index.conn.execute("SELECT key FROM sents")] + [7]
        docs = [row[0] for row in index.conn.execute("SELECT id FROM docs")] + [999]
        assert snapshot.exact(keys) == index.exact(keys)
        assert snapshot.postings(hashes) == index.postings(hashes)
        assert snapshot.full_postings(hashes) == index.full_postings(hashes)
        assert snapshot.sentences(ids + [10**6]) == index.sentences(ids + [10**6])
        assert snapshot.doc_rows(docs) == index.doc_rows(docs)
        assert all(snapshot.docs_holding(i, n) == index.docs_holding(i, n) for i in ids for n in (1, 3, -1))
    finally:
        index.close()


def test_an_edited_added_or_removed_source_or_a_written_index_is_not_answered_from_an_old_snapshot(corpus) -> None:
    own = "这一句只在新改的讲话里出现，用来辨认快照是否已经过时。"
    assert _kept(corpus) is not None
    first = sorted(corpus.glob("*.md"))[0]
    first.write_text(first.read_text(encoding="utf-8") + f"\n{own}\n", encoding="utf-8")  # edited in place
    assert open_snapshot([corpus]) is None
    snapshot = _kept(corpus)  # the measure opens the index (which takes the edit in) and keeps a new snapshot
    assert snapshot is not None and diff_text(own, snapshot).reuse == 1.0
    (corpus / "new.md").write_text(f"同志们：\n\n{own}\n", encoding="utf-8")
    assert open_snapshot([corpus]) is None
    assert _kept(corpus) is not None
    (corpus / "new.md").unlink()
    assert open_snapshot([corpus]) is None
    assert _kept(corpus) is not None
    index = open_index([corpus])  # any write to the index file (here a note in its meta table)
    index.conn.execute("INSERT INTO meta VALUES('note', 'x')")
    index.conn.commit()
    index.close()
    assert open_snapshot([corpus]) is None


def test_a_half_written_or_foreign_snapshot_is_not_trusted(corpus) -> None:
    assert _kept(corpus) is not None
    (kept,) = (corpus.parent / "cache").glob("snapshot-*.pickle")
    data = kept.read_bytes()
    kept.write_bytes(data[: len(data) // 2])  # a process killed while writing (drafter writes atomically anyway)
    assert open_snapshot([corpus]) is None
    kept.write_bytes(b"\x80\x05N.")  # a pickle of None
    assert open_snapshot([corpus]) is None


def test_an_index_fresh_from_a_build_is_not_kept_until_its_file_has_settled(corpus, monkeypatch) -> None:
    monkeypatch.setattr(manifest, "now_ns", time.time_ns)  # the real clock: the index was just written
    index = open_index([corpus])
    keep_snapshot(index, [corpus])
    index.close()
    assert not list((corpus.parent / "cache").glob("snapshot-*.pickle"))
    target = corpus / ".drafter-index.sqlite"
    old = time.time_ns() - 10 * 10**9
    os.utime(target, ns=(old, old))
    assert open_snapshot([corpus]) is None


def test_a_large_index_stays_in_sqlite(corpus, monkeypatch) -> None:
    from drafter.diff import snapshot

    monkeypatch.setattr(snapshot, "MAX_SENTENCES", 10)  # the corpus holds some hundreds
    assert _kept(corpus) is None
    assert not list((corpus.parent / "cache").glob("snapshot-*.pickle"))
    monkeypatch.setattr(manifest, "FULL_CHECK_MAX", 3)  # more sources than a full check covers: not kept either
    monkeypatch.setattr(snapshot, "MAX_SENTENCES", 10**6)
    assert _kept(corpus) is None


def test_a_text_measured_again_in_the_same_process_gives_the_same_report_without_matching_again(corpus, monkeypatch) -> None:
    """The resident's worker measures draft after draft against one snapshot: each sentence is matched once, and a
    draft measured after others (in any order) gets the report a fresh process gives it."""
    from drafter.diff import align

    texts = _texts(corpus)
    index = open_index([corpus])
    try:
        fresh = [diff_text(text, index).to_dict() for text in texts]  # the sqlite index remembers nothing
    finally:
        index.close()
    snapshot = _kept(corpus)
    assert snapshot is not None
    assert [diff_text(text, snapshot).to_dict() for text in texts] == fresh
    matched: list[int] = []
    original = align._match_pending
    monkeypatch.setattr(align, "_match_pending", lambda index, sents, hashes, pending, *rest: (
        matched.extend(pending), original(index, sents, hashes, pending, *rest)))  # fmt: skip
    assert [diff_text(text, snapshot).to_dict() for text in reversed(texts)] == fresh[::-1]
    assert matched == []  # every sentence was matched the first time


def test_a_sentence_matched_before_is_matched_anew_once_the_corpus_changes(corpus) -> None:
    """What a snapshot remembers of a sentence goes with it: an edited copy of that sentence added to the corpus is
    found by the next measure in the same process."""
    own = "我们要把这一句写成只在这份稿子里出现的话，用来辨认记住的比对是否已经过时。"
    copy = own.replace("辨认", "辨别").replace("这份", "此份")  # edited, not word for word: found by fuzzy matching
    text = f"同志们：\n\n{own}\n"
    snapshot = _kept(corpus)
    assert snapshot is not None
    before = diff_text(text, snapshot)
    assert before.reuse < 0.2 and diff_text(text, snapshot).to_dict() == before.to_dict()
    assert open_snapshot([corpus]) is snapshot  # unchanged: the same content, read once in this process
    (corpus / "新讲话.md").write_text(f"同志们：\n\n{copy}\n", encoding="utf-8")
    assert open_snapshot([corpus]) is None
    again = _kept(corpus)
    assert again is not None and again is not snapshot
    after = diff_text(text, again)
    assert after.sources[0].id == "新讲话" and after.reuse > 0.5
