"""Each fragment's key phrases kept in the cache folder (#18): same answers as working them out, never trusted broken."""

from __future__ import annotations

import random

import pytest

from drafter.library import load_library
from drafter.render import ideas


@pytest.fixture
def own_cache(monkeypatch, tmp_path):
    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path))
    ideas._RARE.clear()
    yield tmp_path
    ideas._RARE.clear()


def _pairs(library, n: int = 400):
    """Pairs of fragments of one role (where planning compares them), half of them on one idea by the rules."""
    rng = random.Random(18)
    points = [f for f in library.fragments if f.role.value == "point"]
    rare = ideas.key_phrase_test(library)
    same = [(a, b) for a in points[:160] for b in points[:160] if ideas.says_again(a, [b], rare)]
    others = [tuple(rng.sample(library.fragments, 2)) for _ in range(n)]
    return rng.sample(same, min(len(same), n // 2)) + others


def test_kept_key_phrases_say_of_every_pair_what_working_them_out_says(own_cache):
    library = load_library()
    assert library.content  # the shipped library is one the load cache keeps: its key phrases are kept
    says_again = ideas.idea_test(library)
    says_again(library.fragments[0], [library.fragments[1]])  # writes them, and the library's counts with them
    assert {p.name.split("-")[0] for p in own_cache.glob("key*.pickle")} == {"keyideas", "keyphrases"}
    ideas._RARE.clear()
    rare = ideas.key_phrase_test(library)  # the counts kept with them: as counting in the text says
    text = "|".join(ideas.plain_text(f) for f in library.fragments)
    sample = ["取长补短", "组织领导", "第一时间", "扑火人员", "教育投入", "高质量发"]
    assert [rare(run) for run in sample] == [text.count(run) <= ideas.KEY_PHRASE_COUNT for run in sample]
    pairs = _pairs(library)
    says_again = ideas.idea_test(library)
    assert [says_again(a, [b]) for a, b in pairs] == [ideas.says_again(a, [b], rare) for a, b in pairs]
    assert any(says_again(a, [b]) for a, b in pairs) and not all(says_again(a, [b]) for a, b in pairs)
    assert says_again(pairs[0][0], [pairs[0][0]]) is False  # a fragment is not on its own idea twice
    assert len(list(own_cache.glob("keyideas-*.pickle"))) == 1


def test_a_draft_planned_again_works_out_no_fragment_text(own_cache, monkeypatch):
    # Every 4-character window of each fragment a gathered draft weighs was half of its planning: the second
    # draft reads them from the cache folder.
    from tests.work_drafts import draft_meeting

    first = draft_meeting("全县安全生产工作会议", seed=1)[1].text
    ideas._RARE.clear()
    ideas.text_grams.cache_clear()
    worked_out = []
    real = ideas.text_grams
    monkeypatch.setattr(ideas, "text_grams", lambda f: worked_out.append(f.id) or real(f))
    assert draft_meeting("全县安全生产工作会议", seed=1)[1].text == first
    assert worked_out == []


def test_a_damaged_kept_file_or_entry_is_worked_out_again(own_cache):
    library = load_library()
    pairs = _pairs(library, 120)
    rare = ideas.key_phrase_test(library)
    expected = [ideas.says_again(a, [b], rare) for a, b in pairs]
    ideas.idea_test(library)(*pairs[0][:1], [pairs[0][1]])
    [kept] = own_cache.glob("keyideas-*.pickle")
    whole = kept.read_bytes()
    length = int.from_bytes(whole[:8], "little")
    flipped = bytearray(whole)
    for at in range(8 + length, len(whole), 97):  # entries changed in place (their digests no longer match)
        flipped[at] ^= 0x55
    for damage in (whole[:5], whole[: 8 + length // 2], whole[: 8 + length + 100], bytes(flipped), b"junk" * 9):
        kept.write_bytes(damage)
        ideas._RARE.clear()
        says_again = ideas.idea_test(library)
        assert [says_again(a, [b]) for a, b in pairs] == expected
