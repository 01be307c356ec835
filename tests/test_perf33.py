"""A new draft in a long-running process (the resident's worker, serve) finds again what depends only on the library.

Each draft reads the library in part into Library objects of its own: what planning works out per library (the key
phrases' rarity, the grouping by role) was worked out again for every draft. Now a read of the same part of an
unchanged library gives the same Library, key phrases are kept per library content, and a sub-point's text is not
listed into 4-character runs to meet a few headings' runs. Every draft must stay as it was (bench/draft_sweep.py
hashes 300 varied drafts before and after), and an edited library is still seen by the very next draft.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from drafter.library import load_library

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def library_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path / "cache"))
    copy = tmp_path / "shipped"
    shutil.copytree(REPO / "fragments", copy)
    return copy


def _forget() -> None:
    """What a new process would not have read yet."""
    from drafter.library import load as library_load
    from drafter.render import ideas, select

    library_load._LOADED.clear()
    library_load._PARTS.clear()
    select._KEPT_FITS.clear()
    ideas._RARE.clear()


def _draft(library: Path, place: str, meeting: str, seed: int) -> str:
    from drafter import drafting

    request = drafting.DraftRequest(sets=(f"place={place}", f"meeting={meeting}"), seed=seed, library=library,
                                    history=False)  # fmt: skip
    return drafting.make_draft(request).draft.text


def test_a_part_read_again_from_an_unchanged_library_is_the_same_library(library_copy: Path) -> None:
    whole = load_library(library_copy)
    _forget()
    ids = {whole.fragments[0].id, whole.fragments[-1].id}
    first = load_library(library_copy, only=ids)
    assert first.more is not None  # read in part
    assert load_library(library_copy, only=set(ids)) is first
    assert first.narrowed(ids).fragments is load_library(library_copy, only=ids).fragments
    assert first.whole().fragments == whole.fragments


def test_an_edited_file_is_seen_by_the_next_read_of_the_same_part(library_copy: Path) -> None:
    _forget()
    target = library_copy / "topics" / "women-children.yaml"
    before = load_library(library_copy, only=set())
    ids = {f.id for f in before.whole().fragments if f.path == str(target)}
    part = load_library(library_copy, only=ids)
    assert not any("测试标记" in f.text for f in part.fragments)
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("妇女", "妇女测试标记"), encoding="utf-8")
    again = load_library(library_copy, only=ids)
    assert again is not part and again.content != part.content
    assert any("测试标记" in f.text for f in again.fragments)
    assert again.fragments == tuple(f for f in load_library(library_copy, cache=False).fragments if f in again.fragments)


def test_key_phrases_are_worked_out_once_per_library_content_and_anew_after_an_edit(library_copy: Path) -> None:
    from drafter.render.ideas import key_phrase_test

    _forget()
    whole = load_library(library_copy)
    _forget()
    a = load_library(library_copy, only={whole.fragments[0].id})
    b = load_library(library_copy, only={whole.fragments[-1].id})
    assert a.fragments != b.fragments and a.content == b.content
    rare = key_phrase_test(a)
    assert key_phrase_test(b) is rare
    target = library_copy / "topics" / "women-children.yaml"
    target.write_text(target.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    edited = load_library(library_copy, only={whole.fragments[0].id})
    assert edited.content != a.content and key_phrase_test(edited) is not rare


def test_a_library_of_unknown_content_keeps_its_key_phrases_per_fragment_tuple() -> None:
    from drafter.library.load import Library
    from drafter.render.ideas import key_phrase_test

    shipped = load_library(REPO / "fragments", cache=False)
    one = Library(shipped.root, shipped.fragments[:50])
    other = Library(shipped.root, shipped.fragments[50:100])
    assert not one.content and key_phrase_test(one) is not key_phrase_test(other)
    assert key_phrase_test(one) is key_phrase_test(one)


def test_what_a_sub_point_says_of_headings_is_what_its_listed_runs_say() -> None:
    """`_said_in` answers `_runs(text) & runs` for every sub-point text and heading of the shipped library."""
    from drafter.render.apart import _runs, _said_in

    fragments = load_library(REPO / "fragments", cache=False).fragments
    headings = [f.heading for f in fragments if f.heading] + [s.heading for f in fragments for s in f.subpoints]
    texts = [s.text for f in fragments for s in f.subpoints] + [f.text for f in fragments]
    assert len(texts) > 1000 and any("{" in t for t in texts)
    for n, text in enumerate(texts):
        runs = _runs(headings[n % len(headings)]) | _runs(headings[(n * 7 + 3) % len(headings)])
        runs |= frozenset(sorted(_runs(text))[::3])  # some runs the text does say
        assert _said_in(runs, text) == _runs(text) & runs


def test_drafts_made_one_after_another_in_one_process_are_those_made_alone(library_copy: Path) -> None:
    """A long run (the resident's worker) keeps the library's part reads and key phrases between drafts: each draft
    is still the one a fresh process makes, in whatever order they come."""
    asked = [("清河县", "全县安全生产工作会议", 3), ("南通市", "全市妇女儿童工作会议", 4),
             ("城关镇", "全镇防汛工作会议", 5), ("清河县", "全县安全生产工作会议", 6)]  # fmt: skip
    alone = []
    for place, meeting, seed in asked:
        _forget()
        alone.append(_draft(library_copy, place, meeting, seed))
    _forget()
    in_turn = [_draft(library_copy, *a) for a in reversed(asked)]
    assert in_turn[::-1] == alone
    assert len(set(alone)) == len(alone)


def test_templates_are_read_again_only_when_a_file_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from drafter.library import templates

    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "templates"
    shutil.copytree(REPO / "templates", folder)
    first = templates.load_templates(folder)
    read: list[str] = []
    key = templates._cache_key
    monkeypatch.setattr(templates, "_cache_key", lambda files: read.append("key") or key(files))
    assert templates.load_templates(folder) == first and not read  # unchanged: no file read and hashed again
    target = folder / "advance.yaml"
    target.write_text(target.read_text(encoding="utf-8").replace("name: 推进会讲话", "name: 推进会上的讲话"), encoding="utf-8")
    edited = templates.load_templates(folder)
    assert read and edited["advance"].name == "推进会上的讲话" and first["advance"].name == "推进会讲话"
    target.unlink()
    assert "advance" not in templates.load_templates(folder)



def _scan_every_word(name: str) -> list[tuple[object, str, int]]:
    """topics._scan as it was: every word of the table looked for in the name."""
    from drafter.topics import _words

    taken = [False] * len(name)
    claimed: set[tuple[str, int]] = set()
    found = []
    for word, topic in _words():
        start = name.find(word)
        while start != -1:
            span = range(start, start + len(word))
            if (word, start) in claimed or not any(taken[i] for i in span):
                for i in span:
                    taken[i] = True
                claimed.add((word, start))
                found.append((topic, word, start + len(word)))
            start = name.find(word, start + 1)
    return found


def test_a_name_is_scanned_for_the_same_words_in_the_same_order_as_by_every_word() -> None:
    from drafter.topics import _scan, _words

    words = [w for w, _ in _words()]
    sys.path.insert(0, str(REPO / "bench"))
    try:
        from draft_sweep import BENCH_VARIED, sweep_argv
    finally:
        sys.path.pop(0)
    names = [a.split("=", 1)[1] for n in range(300) for a in sweep_argv(n) if a.startswith("meeting=")]
    names += [m for _, m in BENCH_VARIED] + words + ["".join(words[n::97][:4]) for n in range(97)] + ["", "会议"]
    names += [f"全县{a}暨{b}工作会议" for a, b in zip(words[::13], words[5::13], strict=False)]
    for name in names:
        assert list(_scan(name)) == _scan_every_word(name), name


def test_a_record_rewritten_after_it_was_read_is_read_again(tmp_path: Path) -> None:
    """`draft -o` over an earlier draft reads its record twice (before drafting, before writing), the second time from
    what the first read kept while the file is unchanged; a record replaced meanwhile is read again."""
    from drafter import drafting
    from drafter.answers import record_path
    from drafter.errors import OverwriteError
    from drafter.outputs import check_draft_output

    out = tmp_path / "讲话.md"
    request = drafting.DraftRequest(sets=("place=清河县", "meeting=全县安全生产工作会议"), seed=1, history=False)
    drafting.write_draft(drafting.make_draft(request), out)
    check_draft_output(out)
    check_draft_output(out)  # unchanged: may be written over
    record_path(out).write_text("地名: 清河县\n会议: 全县安全生产工作会议\n", encoding="utf-8")  # the user's answers
    with pytest.raises(OverwriteError, match="不是 drafter 写下的"):
        check_draft_output(out)
