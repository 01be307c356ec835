"""The closeness memo: pairs remembered on disk give exactly what computing them gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.library import fragment_from_dict, load_library, load_templates
from drafter.render import closeness, render_draft
from drafter.render.repeat import _too_close, compute_too_close

MEETINGS = [
    ("清河县", "全县妇女儿童工作会议", 1),
    ("清河县", "全县安全生产工作会议", 2),
    ("青山镇", "全镇森林防火工作会议", 3),
    ("清河县", "全县经济工作会议", 4),
]


def _drafts(lib, templates) -> list[str]:
    return [
        render_draft(lib, templates["work-meeting"], {"place": place, "meeting": meeting, "minutes": 25}, seed=seed).text
        for place, meeting, seed in MEETINGS
    ]


def _fresh_process() -> None:
    """Forget what this process computed or read, as a new `drafter draft` would."""
    _too_close.cache_clear()
    closeness._OPEN.clear()


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path / "cache"))
    _fresh_process()
    yield tmp_path / "cache"
    _fresh_process()


def test_every_pair_the_selection_asks_is_remembered_as_computed(cache: Path, monkeypatch: pytest.MonkeyPatch):
    lib, templates = load_library(), load_templates()
    cold = _drafts(lib, templates)
    [memo_file] = cache.glob("closeness-*.pickle")
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
    [memo_file] = cache.glob("closeness-*.pickle")
    memo_file.write_bytes(b"\x80\x05not a pickle")
    _fresh_process()
    assert _drafts(lib, templates)[:1] == first
    assert closeness._read(memo_file)  # written again, readable


def test_a_process_reads_its_memo_again_only_when_another_process_added_to_it(cache: Path, monkeypatch):
    """A long-running process (serve, the resident drafter whose children find the memo read) does not read an
    unchanged memo file again; pairs another process wrote meanwhile are read and used, its own are kept."""
    lib, templates = load_library(), load_templates()
    first = _drafts(lib, templates)
    [memo_file] = cache.glob("closeness-*.pickle")
    (held,) = closeness._OPEN.values()
    reads: list[Path] = []
    read = closeness._read
    monkeypatch.setattr(closeness, "_read", lambda file: reads.append(file) or read(file))
    assert _drafts(lib, templates) == first and reads == []  # unchanged: the memo as read (or written) here
    by_another = dict(read(memo_file))
    pair, close = next(iter(by_another.items()))
    del held.known[pair]  # a pair this process has not met …
    from drafter.cachefile import _write

    _write(memo_file, __import__("pickle").dumps({**by_another, pair: not close}))  # … written by another process
    assert _drafts(lib, templates) == first
    assert reads == [memo_file] and held.known[pair] is (not close)


def test_the_resident_reads_a_memo_again_before_a_command_when_a_command_added_to_it(cache: Path):
    """`refresh` (the resident, before each fork): a memo file another process rewrote is read again, so the next
    command finds its pairs already read; an unchanged one is left as it is."""
    lib, templates = load_library(), load_templates()
    _drafts(lib, templates)
    [memo_file] = cache.glob("closeness-*.pickle")
    (held,) = closeness._OPEN.values()
    closeness.refresh()
    assert closeness._OPEN[memo_file] is held  # unchanged: not read again
    pair = next(iter(held.known))
    from drafter.cachefile import _write

    _write(memo_file, __import__("pickle").dumps({**held.known, pair: not held.known[pair]}))  # another process
    closeness.refresh()
    assert closeness._OPEN[memo_file] is not held and closeness._OPEN[memo_file].known[pair] is (not held.known[pair])
