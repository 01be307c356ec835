"""The closeness memo: pairs remembered on disk give exactly what computing them gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.library import fragment_from_dict, load_library, load_templates
from drafter.render import closeness, render_draft, settle
from drafter.render.repeat import _too_close, compute_too_close

MEETINGS = [
    ("清河县", "全县妇女儿童工作会议", 1),
    ("清河县", "全县安全生产工作会议", 2),
    ("青山镇", "全镇森林防火工作会议", 3),
    ("清河县", "全县经济工作会议", 4),
]


def _drafts(lib, templates, meetings=MEETINGS) -> list[str]:
    return [
        render_draft(lib, templates["work-meeting"], {"place": place, "meeting": meeting, "minutes": 25}, seed=seed).text
        for place, meeting, seed in meetings
    ]


def _append_record(file: Path, pair: bytes, close: bool) -> None:
    with file.open("ab") as out:
        out.write(pair + (b"\1" if close else b"\0"))


def _fresh_process() -> None:
    """Forget what this process computed or read, as a new `drafter draft` would."""
    _too_close.cache_clear()
    closeness._OPEN.clear()
    # … nor pairs settled ahead: an earlier test in this process may have read them from another cache folder (they
    # are keyed by the library, not the folder) or kept them as the resident does, and a settled pair is not computed
    settle._READ.clear()
    closeness.SETTLED.clear()


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path / "cache"))
    _fresh_process()
    yield tmp_path / "cache"
    _fresh_process()


def test_every_pair_the_selection_asks_is_remembered_as_computed(cache: Path, monkeypatch: pytest.MonkeyPatch):
    lib, templates = load_library(), load_templates()
    cold = _drafts(lib, templates)
    [memo_file] = cache.glob("closeness-*.pairs")
    stored = closeness._read(memo_file)
    by_key = {closeness.content_key(f): f for f in lib.fragments}
    # Pairs the shipped library's drafts ask are all apart (no two authored points share a sentence or heading);
    # close pairs are remembered in test_an_edited_fragment_is_compared_afresh.
    assert len(stored) > 200 and False in stored.values()
    for pair, close in stored.items():  # each remembered answer is what the rules compute
        assert compute_too_close(by_key[pair[:8]], by_key[pair[8:]]) == close

    _fresh_process()
    asked = []
    monkeypatch.setattr("drafter.render.repeat.compute_too_close", lambda a, b: asked.append((a.id, b.id)) or False)
    assert _drafts(lib, templates) == cold  # from the memo alone: the same drafts, word for word
    assert asked == []  # and no pair had to be worked out again


def test_an_edited_fragment_is_compared_afresh():
    def point(fid: str, sub_text: str):
        return fragment_from_dict({
            "id": fid, "role": "point", "tags": ["任务"], "heading": "加强组织领导，压实工作责任", "text": "要抓紧抓实。",
            "subpoints": [{"heading": "健全工作机制", "text": sub_text}], "source": {"speech": "s-01"},
        }, path="x.yaml")  # fmt: skip

    a = point("a", "要建立定期会商、信息通报和督查督办制度，形成上下联动的工作格局。")
    b = point("b", "考核结果要与评先评优挂钩。")
    memo, calls = closeness.Memo(None, {}), []
    assert memo.lookup(a, b, lambda: calls.append(1) or True)
    assert memo.lookup(b, a, lambda: calls.append(1) or False)  # either order: remembered
    edited = point("b", "考核结果要与评先评优、干部任用挂钩。")
    assert not memo.lookup(a, edited, lambda: calls.append(1) or False)
    assert len(calls) == 2


def test_a_damaged_memo_is_ignored_and_rewritten(cache: Path):
    lib, templates = load_library(), load_templates()
    first = _drafts(lib, templates)[:1]
    [memo_file] = cache.glob("closeness-*.pairs")
    memo_file.write_bytes(b"\x80\x05not a pickle")
    _fresh_process()
    assert _drafts(lib, templates)[:1] == first
    assert closeness._read(memo_file)  # written again, readable


def test_a_process_reads_its_memo_again_only_when_another_process_added_to_it(cache: Path, monkeypatch):
    """A long-running process (serve, the resident drafter whose children find the memo read) does not read an
    unchanged memo file again; pairs another process wrote meanwhile are read and used, its own are kept."""
    lib, templates = load_library(), load_templates()
    first = _drafts(lib, templates)
    [memo_file] = cache.glob("closeness-*.pairs")
    (held,) = closeness._OPEN.values()
    reads: list[Path] = []
    read_into = closeness._read_into
    monkeypatch.setattr(closeness, "_read_into", lambda file, *a: reads.append(file) or read_into(file, *a))
    assert _drafts(lib, templates) == first and reads == []  # unchanged: the memo as read (or written) here
    by_another = closeness._read(memo_file)
    pair, close = next(iter(by_another.items()))
    del held.known[pair]  # a pair this process has not met …
    _append_record(memo_file, pair, not close)  # … appended by another process
    assert _drafts(lib, templates) == first
    assert reads[:1] == [memo_file] and held.known[pair] is (not close)  # (and under the lock, when it appends)


def test_the_resident_reads_a_memo_again_before_a_command_when_a_command_added_to_it(cache: Path):
    """`refresh` (the resident, before each fork): a memo file another process rewrote is read again, so the next
    command finds its pairs already read; an unchanged one is left as it is."""
    lib, templates = load_library(), load_templates()
    _drafts(lib, templates)
    [memo_file] = cache.glob("closeness-*.pairs")
    (held,) = closeness._OPEN.values()
    closeness.refresh()
    assert closeness._OPEN[memo_file] is held  # unchanged: not read again
    pair = next(iter(held.known))
    was = held.known[pair]
    _append_record(memo_file, pair, not was)  # another process
    closeness.refresh()
    assert closeness._OPEN[memo_file] is held and held.known[pair] is (not was)


def test_a_writer_killed_mid_record_leaves_a_memo_the_next_draft_reads(cache: Path, monkeypatch: pytest.MonkeyPatch):
    """A draft killed while appending its pairs leaves part of a record at the end: the next draft uses every whole
    record before it, and what it appends after is read back whole."""
    lib, templates = load_library(), load_templates()
    first = _drafts(lib, templates, MEETINGS[:2])
    [memo_file] = cache.glob("closeness-*.pairs")
    remembered = closeness._read(memo_file)
    with memo_file.open("ab") as out:
        out.write(bytes(range(1, 10)))  # a record cut short
    _fresh_process()
    asked = []
    monkeypatch.setattr("drafter.render.repeat.compute_too_close", lambda a, b: asked.append(1) or compute_too_close(a, b))
    assert _drafts(lib, templates, MEETINGS[:2]) == first and asked == []  # every pair before the cut: remembered
    assert _drafts(lib, templates, MEETINGS[2:]) and asked  # two more meetings: new pairs, appended after the cut
    after = closeness._read(memo_file)
    assert memo_file.stat().st_size % 17 == 0 and len(after) > len(remembered) and set(remembered) <= set(after)
    assert all(compute_too_close(*(_by_key(lib)[k] for k in (p[:8], p[8:]))) == v for p, v in after.items() if p not in remembered)


def test_two_drafts_at_once_keep_both_their_pairs(cache: Path, seed_library_cache):
    """Two `drafter draft` at the same time append to the same memo: both sets of pairs are there, whole (the same
    drafts again find every pair they ask remembered: nothing is appended)."""
    import os
    import subprocess
    import sys

    # The library's parse as a user's first draft leaves it (no memo in it): both drafts read it rather than each
    # parsing the shipped library cold, which is not what this test is about.
    seed_library_cache(cache)
    env = {**os.environ, "DRAFTER_CACHE_DIR": str(cache)}

    def start(place: str, meeting: str, seed: int) -> subprocess.Popen:
        argv = ["draft", "--no-input", "--seed", str(seed), "--set", f"place={place}", "--set", f"meeting={meeting}"]
        return subprocess.Popen([sys.executable, "-m", "drafter", *argv], env=env, stdout=subprocess.PIPE)

    def outputs(runs: list[subprocess.Popen]) -> list[bytes]:
        done = [run.communicate(timeout=300)[0] for run in runs]
        assert [run.returncode for run in runs] == [0] * len(runs)
        return done

    at_once = outputs([start(*m) for m in MEETINGS[:2]])
    [memo_file] = cache.glob("closeness-*.pairs")
    size = memo_file.stat().st_size
    assert size % 17 == 0 and 200 < len(closeness._read(memo_file)) <= size // 17 - 1  # (a pair both met: twice)
    assert [outputs([start(*m)])[0] for m in MEETINGS[:2]] == at_once
    assert memo_file.stat().st_size == size  # every pair either draft asks: already in the memo


def test_the_memo_is_compacted_to_the_library_s_pairs_as_it_grows(cache: Path):
    """Pairs of fragments no longer in the library (edited since) do not stay in the file forever."""
    lib, templates = load_library(), load_templates()
    first = _drafts(lib, templates, MEETINGS[:1])
    [memo_file] = cache.glob("closeness-*.pairs")
    live = closeness._read(memo_file)
    with memo_file.open("ab") as out:  # pairs of fragments edited away, up to just below a compaction
        room = closeness._COMPACT_FROM - memo_file.stat().st_size // 17
        out.write(b"".join(bytes([1 + i % 200]) * 8 + i.to_bytes(8, "big") + b"\0" for i in range(room)))
    _fresh_process()
    assert _drafts(lib, templates, MEETINGS[:1]) == first
    _drafts(lib, templates, MEETINGS[1:])  # new pairs: over the line
    kept = closeness._read(memo_file)
    assert memo_file.stat().st_size < 4096 * 17 and set(live) <= set(kept)
    by_key = _by_key(lib)
    assert all(p[:8] in by_key and p[8:] in by_key for p in kept)


def _by_key(lib) -> dict:
    return {closeness.content_key(f): f for f in lib.fragments}
