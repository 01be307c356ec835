"""The diff index at scale: worker processes, bounded staging, the folder manifest, streams."""

from __future__ import annotations

import os
import sqlite3
import time

import pytest

import drafter.diff.build as build
import drafter.diff.index as index_module
import drafter.diff.manifest as manifest
from drafter.diff import SourceDoc, diff_draft, diff_text, index_docs, open_index
from drafter.diff.build import Source
from drafter.diff.index import INDEX_NAME, SourceIndex, index_stream

PARAS = [
    "今天，我们召开全市妇女儿童工作会议，主要任务是总结成绩，安排部署今后一个时期的工作。",
    "各级各部门要切实加强组织领导，把妇女儿童工作纳入经济社会发展总体规划。",
    "要大力推进妇女创业就业，拓展城乡妇女就业渠道，重点解决好农村富余女性劳动力就业问题。",
    "要进一步完善儿童福利制度，扎实做好留守儿童关爱服务，为儿童成长营造良好环境。",
    "要加强妇女儿童权益保障，依法严厉打击拐卖妇女儿童犯罪活动，切实维护社会和谐稳定。",
    "要强化食品药品安全、校园治安、消防安全和校车交通安全等工作，预防和避免儿童意外伤害。",
]
UNIQUE = "这一句只在这篇讲话里出现，用来辨认它的来源，别处没有相同的说法。"


def _speech(k: int) -> str:
    """A generated speech: a few shared paragraphs, one sentence of its own."""
    paras = [PARAS[(k + i) % len(PARAS)] for i in range(4)]
    return "\n\n".join([f"同志们：第{k}篇讲话的开头。", *paras, f"第{k}篇：{UNIQUE}"]) + "\n"


def _docs(n: int) -> list[SourceDoc]:
    return [SourceDoc(f"s{k:03d}", _speech(k)) for k in range(n)]


def _tables(index: SourceIndex) -> dict[str, list]:
    one = index.conn.execute
    return {
        "docs": one("SELECT id, name, path, hash, sents FROM docs ORDER BY id").fetchall(),
        "sents": one("SELECT id, key, norm, df FROM sents ORDER BY id").fetchall(),
        "fp": one("SELECT hash, sents FROM fp ORDER BY hash").fetchall(),
        "occ": one("SELECT sent, doc FROM occ ORDER BY sent, doc").fetchall(),
    }


def _generated(k: int) -> Source:  # module level: a loader run in the worker processes
    return Source.of(SourceDoc(f"s{k:03d}", _speech(k)))


def test_worker_processes_build_the_same_index_as_one_process() -> None:
    docs = _docs(40)
    serial = index_stream(docs, ":memory:", workers=0)
    parallel = index_stream(range(40), ":memory:", load=_generated, workers=2)
    assert _tables(parallel) == _tables(serial)
    assert parallel.stats()["docs"] == 40
    report = diff_text(f"第7篇：{UNIQUE}", parallel)
    assert [s.id for s in report.sources] == ["s007"] and report.reuse == 1.0


def test_spilled_staging_and_small_batches_give_the_same_index(monkeypatch) -> None:
    docs = _docs(30)
    whole = index_docs(docs)
    monkeypatch.setattr(build, "STAGE_MAX", 5)  # spill to temporary files all the time
    monkeypatch.setattr(build, "BATCH", 3)
    monkeypatch.setattr(build, "HEAD", 4)  # long posting lists: widely held sentences first
    spilled = index_docs(docs)
    assert _tables(spilled)["sents"] == _tables(whole)["sents"]
    assert _tables(spilled)["docs"] == _tables(whole)["docs"]
    assert {h for h, _ in _tables(spilled)["fp"]} == {h for h, _ in _tables(whole)["fp"]}
    text = PARAS[1] + f"\n\n第12篇：{UNIQUE}"
    assert diff_text(text, spilled).sources[0].id == "s012"


def test_adding_to_an_index_keeps_ids_and_holders(monkeypatch) -> None:
    monkeypatch.setattr(build, "OCC_CAP", 3)  # only the first three holders of a sentence
    index = index_docs(_docs(5))
    index.sync_docs(_docs(8))  # three more: shared sentences gain holders, ids stay
    df = dict(index.conn.execute("SELECT norm, df FROM sents"))
    assert df[PARAS[0]] == sum(PARAS[0] in _speech(k) for k in range(8))
    assert index.docs_holding(index.exact([index_module.sentence_key(PARAS[0])]).popitem()[1], 10)
    assert diff_text(f"第6篇：{UNIQUE}", index).sources[0].id == "s006"


# ----- the folder manifest ---------------------------------------------------------------------


@pytest.fixture
def large(tmp_path, monkeypatch):
    """A sources folder treated as large (no file-by-file check), with a clock far ahead so
    the stamps just written count as settled."""
    monkeypatch.setattr(manifest, "FULL_CHECK_MAX", 0)
    monkeypatch.setattr(manifest, "now_ns", lambda: time.time_ns() + 3600 * 10**9)
    folder = tmp_path / "corpus"
    for k in range(6):
        sub = folder / f"{k // 3:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"s{k}.md").write_text(f"---\nid: s{k}\n---\n{_speech(k)}", encoding="utf-8")
    return folder


def _tick() -> None:
    """Step past the file system's clock tick (a few ms), as any real later change is."""
    time.sleep(0.05)


def test_unchanged_large_sources_are_not_walked(large, monkeypatch) -> None:
    open_index([large]).close()

    def no_walk(roots):
        raise AssertionError("the sources were listed again")

    monkeypatch.setattr(index_module, "scan_sources", no_walk)
    index = open_index([large])
    assert index.stats()["docs"] == 6
    index.close()


def test_addition_removal_and_replacing_save_are_picked_up(large, tmp_path) -> None:
    open_index([large]).close()
    _tick()
    draft = tmp_path / "draft.md"
    (large / "00" / "new.md").write_text(f"---\nid: new\n---\n新增的讲话。{UNIQUE}\n", encoding="utf-8")
    draft.write_text(f"新增的讲话。{UNIQUE}\n", encoding="utf-8")
    assert [s.id for s in diff_draft(draft, [large]).sources] == ["new"]  # addition
    _tick()
    (large / "00" / "new.md").unlink()
    assert "new" not in {s.id for s in diff_draft(draft, [large]).sources}  # removal
    # An editor's save: a new file written beside the old, renamed over it.
    target = large / "01" / "s4.md"
    _tick()
    temp = large / "01" / ".s4.md.swp"
    temp.write_text(f"---\nid: s4\n---\n改写后的讲话。{UNIQUE}\n", encoding="utf-8")
    os.replace(temp, target)
    draft.write_text(f"改写后的讲话。{UNIQUE}\n", encoding="utf-8")
    report = diff_draft(draft, [large])
    assert [s.id for s in report.sources] == ["s4"] and report.reuse == 1.0


def test_edit_in_place_of_a_cited_source_is_picked_up(large, tmp_path) -> None:
    open_index([large]).close()
    _tick()
    target = large / "00" / "s1.md"
    with target.open("a", encoding="utf-8") as f:  # appended in place: the folder is unchanged
        f.write("补在原文件末尾的一句新话，讲的是今年的新任务。\n")
    draft = tmp_path / "draft.md"
    draft.write_text(f"第1篇：{UNIQUE}\n补在原文件末尾的一句新话，讲的是今年的新任务。\n", encoding="utf-8")
    report = diff_draft(draft, [large])
    assert [s.id for s in report.sources] == ["s1"]
    assert report.reuse == 1.0  # the appended sentence was indexed before the report was made


def test_small_sources_notice_any_edit_in_place(tmp_path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.md").write_text(_speech(1), encoding="utf-8")
    (folder / "b.md").write_text(_speech(2), encoding="utf-8")
    open_index([folder]).close()
    _tick()
    with (folder / "b.md").open("a", encoding="utf-8") as f:
        f.write("这是后来补写的一句完全不同的话。\n")
    index = open_index([folder])
    report = diff_text("这是后来补写的一句完全不同的话。", index)
    assert [s.id for s in report.sources] == ["b"]
    index.close()


def test_fresh_stamps_are_checked_again(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(manifest, "FULL_CHECK_MAX", 0)
    monkeypatch.setattr(manifest, "SETTLE_NS", 600 * 10**9)  # "fresh" however slow this machine is
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.md").write_text(_speech(1), encoding="utf-8")
    open_index([folder]).close()  # just written: within the same clock tick as a later change
    stamps = sqlite3.connect(folder / INDEX_NAME).execute("SELECT stamp FROM folders").fetchall()
    assert stamps == [(-1,)]
    calls = []
    real = index_module.scan_sources
    monkeypatch.setattr(index_module, "scan_sources", lambda roots: calls.append(1) or real(roots))
    open_index([folder]).close()
    assert calls == [1]


def test_an_index_in_line_with_its_sources_is_read_without_being_written(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(manifest, "SETTLE_NS", 0)  # stamps are trusted at once
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.md").write_text(_speech(1), encoding="utf-8")
    open_index([folder]).close()
    file = folder / INDEX_NAME
    before = (file.read_bytes(), file.stat().st_mtime_ns)
    index = open_index([folder])
    assert [s.id for s in diff_text(_speech(1), index).sources] == ["a"]
    index.close()
    assert (file.read_bytes(), file.stat().st_mtime_ns) == before
    _tick()
    (folder / "b.md").write_text(_speech(2), encoding="utf-8")
    index = open_index([folder])  # a change is still seen
    assert index.conn.execute("SELECT count(*) FROM docs").fetchone() == (2,)
    index.close()


def test_an_index_at_a_relative_location_opens_again(tmp_path, monkeypatch) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.md").write_text(_speech(1), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    open_index([folder], "index.sqlite").close()
    index = open_index([folder], "index.sqlite")  # the second open reads it as it is
    assert [s.id for s in diff_text(_speech(1), index).sources] == ["a"]
    index.close()


def test_fingerprint_positions_match_the_window_by_window_definition() -> None:
    """Winnowing in one pass keeps each fingerprint's first position, as window by window did."""
    import random

    from drafter.diff.fingerprint import W, fingerprint_positions, gram_hashes

    def by_window(hashes: list[int]) -> dict[int, int]:
        out: dict[int, int] = {}
        for i in range(max(1, len(hashes) - W + 1) if hashes else 0):
            window = hashes[i : i + W]
            out.setdefault(min(window), i + window.index(min(window)))
        return out

    rng = random.Random(7)
    for _ in range(3000):
        hashes = [rng.randint(0, 6) for _ in range(rng.randint(0, 24))]  # ties on purpose
        assert list(fingerprint_positions("", hashes).items()) == list(by_window(hashes).items())
    text = "坚持以人民为中心的发展思想，把群众满意作为检验工作成效的根本标准。"
    assert fingerprint_positions(text) == by_window(gram_hashes(text))


@pytest.mark.parametrize("text", ["今天我们召开全县妇女儿童工作会议，部署今后一个时期的重点任务。", "２０２３年ＧＤＰ增长５％", "全县2023年增长5%",
                                  "é😀é😀é😀", "\u0800\uffff\u0800\uffff\u0800", "一二三四", ""])  # fmt: skip
def test_gram_hashes_are_the_xxh3_of_each_grams_utf8_bytes(text):
    """Chinese text hashes its grams as slices of its bytes: the same stable hashes as encoding each gram (the index
    on disk and every other platform hold those); text with narrower or wider characters takes the gram by gram way."""
    from xxhash import xxh3_64_intdigest

    from drafter.diff.fingerprint import K, gram_hashes

    expected = [xxh3_64_intdigest(text[i : i + K].encode("utf-8")) & ((1 << 63) - 1) for i in range(len(text) - K + 1)]
    assert gram_hashes(text) == expected
