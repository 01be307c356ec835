"""#18, a new draft through the resident: closeness worked out another way gives the same answers and the same drafts."""

from __future__ import annotations

import random
import sys
from dataclasses import replace

import pytest

from drafter.library import load_library, load_templates
from drafter.model import Role
from drafter.render import render_draft, repeat, select
from drafter.render.repeat import (
    HEADING_SIMILARITY,
    SENTENCE_SIMILARITY,
    _similar_at_once,
    _similar_each,
)

pytest.importorskip("numpy")  # a dependency (audit); the resident loads it for `_similar_at_once`


def _points():
    return [f for f in load_library().whole().fragments if f.role == Role.POINT]


def _close_as_before(a, b) -> bool:
    """`repeat.compute_too_close` as it was: the sentences and headings as written, one string at a time."""
    return repeat.overlaps(a, b) or (
        _similar_each(repeat.headings_of(a), repeat.headings_of(b), HEADING_SIMILARITY)
        or _similar_each(repeat.sentences_of(a), repeat.sentences_of(b), SENTENCE_SIMILARITY)
        or repeat._same_ground(a, b)
    )


def test_strings_compared_swapped_and_in_one_call_are_judged_as_written_one_by_one_on_our_library():
    """Every string pair near the line (an edited copy of a library sentence or heading, ratios ~70–95, ASCII too)
    and pairs of the library's points: compared with their characters swapped and in one cdist call (as the
    resident does), or swapped one string at a time (in process), they are close exactly when they were."""
    points = _points()
    rng = random.Random(29)
    sentences = sorted({s for f in points for s in repeat.sentences_of(f)})
    headings = sorted({h for f in points for h in repeat.headings_of(f)})
    near = {True: 0, False: 0}
    for strings, cutoff in ((sentences, SENTENCE_SIMILARITY), (headings, HEADING_SIMILARITY)):
        for text in rng.sample(strings, 300):
            edited = list(text)
            for _ in range(rng.randint(len(text) // 8, len(text) // 3)):  # characters replaced, dropped or added
                at, how = rng.randrange(len(edited)), rng.randrange(4)
                if how == 0:
                    edited[at] = "某"
                elif how == 1:
                    del edited[at]
                elif how == 2:
                    edited.insert(at, "了")
                else:
                    edited[at] = rng.choice("aA1\x01\xff")  # a code point the swap moves a common character to
            copy = "".join(edited)
            others = tuple(rng.sample(strings, 5))
            left, right = (text, *others[:2]), (copy, *others[2:])
            said = _similar_each(left, right, cutoff)
            swapped = tuple(x.translate(repeat._SWAP) for x in left), tuple(y.translate(repeat._SWAP) for y in right)
            assert _similar_at_once(*swapped, cutoff) == _similar_each(*swapped, cutoff) == said, (left, right)
            near[said] += 1
    assert min(near.values()) > 50  # both answers met near the line
    pairs = [rng.sample(points, 2) for _ in range(400)]
    for a, b in pairs:
        assert repeat.compute_too_close(a, b) == _close_as_before(a, b), (a.id, b.id)
    assert "numpy" in sys.modules  # the pairs above went through the resident's way (one cdist call)


def _eager_candidates(library, role, template, answers, tags=(), *, stage=None, avoid=(), steer=select.NO_STEER,
                      within=None):  # fmt: skip
    """`select.candidates` as it was: every fragment of the pool compared with every fragment to avoid first."""
    topics = select.topics_of(answers)
    fits = select._kept_fitting(library, answers, topics, tags)
    pool = [f for f in library.by_role(role) if (stage is None or f.stage == stage) and fits(f)]
    pool = [f for f in pool if select._kind_fits(f, template) and (within is None or within(f))]
    if role == Role.ACKNOWLEDGEMENT:
        pool = [f for f in pool if select._answerable(f, answers)]

    def apart(f):
        return not any(repeat.too_close(f, other) for other in avoid)

    if role == Role.POINT:
        pool = [f for f in pool if apart(f)]
    for pref in select._preferences(role, template, answers, tags, topics, avoid, steer, apart):
        narrowed = [f for f in pool if pref(f)]
        if narrowed:
            pool = narrowed
    return sorted(pool, key=lambda f: f.id)


MEETINGS = [("清河县", "全县安全生产工作会议", 1, 20), ("南通市", "全市妇女儿童工作会议", 2, None),
            ("江阴市", "全市乡村振兴工作推进会", 3, 30), ("城关镇", "全镇防汛工作会议", 4, None),
            ("故城县", "全县党风廉政建设工作会议", 5, 25), ("鼓楼区", "全区优化营商环境工作会议", 6, None),
            ("清河县", "全县退役军人事务暨双拥工作会议", 7, 30)]  # fmt: skip


def test_candidates_compared_only_where_it_decides_are_those_of_comparing_all(monkeypatch):
    """Planning asks whether a fragment repeats a chosen one only where the answer decides the pool: every pool of
    these drafts is the one comparing every candidate first gives, and so is every draft."""
    lib, templates = load_library(), load_templates()
    lazy = select.candidates
    asked = []

    def both(*args, **kwargs):
        got = lazy(*args, **kwargs)
        assert [f.id for f in got] == [f.id for f in _eager_candidates(*args, **kwargs)]
        asked.append(args[1])
        return got

    monkeypatch.setattr(select, "candidates", both)
    for place, meeting, seed, minutes in MEETINGS:
        answers = {"place": place, "meeting": meeting, **({"minutes": minutes} if minutes else {})}
        render_draft(lib, templates["work-meeting"], answers, seed=seed)
    assert asked.count(Role.POINT) > 50 and {Role.OPENING, Role.CLOSING} <= set(asked)



def test_passages_compared_as_arrays_share_ground_exactly_when_their_runs_do_on_our_library():
    """Whether two fragments cover the same ground (a passage sharing > 30% of its 4-character runs with one of the
    other's), counted as arrays (the resident) or as sets (in process): the same on pairs of our library's points
    from one file and at random, and on made copies that mix one point's sentences with another's around the line."""
    points = [f for f in _points() if repeat._passages(f)]
    rng = random.Random(18)
    by_file = {}
    for f in points:
        by_file.setdefault(f.path, []).append(f)
    pairs = [tuple(rng.sample(group, 2)) for group in by_file.values() if len(group) > 1 for _ in range(20)]
    pairs += [tuple(rng.sample(points, 2)) for _ in range(500)]
    said = {True: 0, False: 0}
    for _ in range(300):
        a, b = rng.sample(points, 2)
        mine, theirs = a.text.split("。"), b.text.split("。")
        keep = rng.random()
        mixed = [s for s in mine if rng.random() < keep] + [s for s in theirs if rng.random() > keep]
        rng.shuffle(mixed)
        pairs.append((a, replace(b, id=b.id + ".copy", text="。".join(mixed), subpoints=())))
    for a, b in pairs:
        as_sets = any(len(x & y) > repeat.CONTENT_OVERLAP * min(len(x), len(y))
                      for x in repeat._passages(a) for y in repeat._passages(b))  # fmt: skip
        assert repeat._same_ground_at_once(a, b) == as_sets, (a.id, b.id)
        said[as_sets] += 1
    assert min(said.values()) > 50
