"""#18, a new draft through the resident: what is worked out ahead (settled pairs, …) gives the same answers."""

from __future__ import annotations

import collections
import os
import random
import sys
from dataclasses import replace
from itertools import combinations

import pytest

from drafter.library import load_library
from drafter.model import Fragment, Role
from drafter.render import closeness, repeat, select, settle

pytest.importorskip("numpy")  # a dependency (audit); the resident settles pairs with it


def _library() -> list[Fragment]:
    return list(load_library().whole().fragments)


def _edited(text: str, rng: random.Random, share: float) -> str:
    """`text` with about `share` of its Han characters replaced, dropped or doubled (a writer's edits)."""
    out = []
    for c in text:
        if "\u4e00" <= c <= "\u9fff" and rng.random() < share:
            out.append(rng.choice(("某", "", c + c, "了")))
        else:
            out.append(c)
    return "".join(out)


def _copies(fragments: list[Fragment], rng: random.Random) -> list[Fragment]:
    """Edited copies of library points, about the same work as their original (so settled beside it): sentences and
    headings edited around the rules' lines (fuzzy ratios ~70–95), passages sharing ~20–40% of their runs."""
    points = [f for f in fragments if f.role == Role.POINT and f.subpoints and select.fragment_topics(f)]
    copies = []
    for n, f in enumerate(rng.sample(points, 40)):
        share = rng.choice((0.05, 0.1, 0.2, 0.3, 0.45, 0.6, 0.8, 0.9))

        def edit(sub, share=share):
            items = tuple(edit(i) for i in sub.items)
            return replace(sub, heading=_edited(sub.heading, rng, share), text=_edited(sub.text, rng, share), items=items)

        copies.append(replace(f, id=f"{f.id}-copy{n}", heading=_edited(f.heading, rng, share),
                              subpoints=tuple(edit(s) for s in f.subpoints), text=_edited(f.text, rng, share),
                              ending=_edited(f.ending, rng, share)))  # fmt: skip
    return copies


@pytest.fixture(scope="module")
def settled_with_copies() -> tuple[random.Random, list[Fragment], list[Fragment], frozenset[bytes]]:
    """The library, 40 edited copies of its points and the close pairs the bulk settles among them all, settled once
    for the two tests reading them (each settled on its own: ~17 CPU-s apiece). The random draw goes on in the
    first test (its 20,000 sampled pairs), as it did when that test made the copies itself."""
    rng = random.Random(30)
    fragments = _library()
    copies = _copies(fragments, rng)
    return rng, fragments, copies, settle.settle([*fragments, *copies])


def test_settled_pairs_are_too_close_exactly_when_compute_too_close_says_so(settled_with_copies):
    """The library and 40 edited copies of its points (near the lines of every rule): each pair the bulk settles is
    close exactly when `repeat.compute_too_close` finds it close — every close pair, every pair of a copy and a
    fragment about one of its works, and 2,000 other settled pairs; and some copies are close, some not."""
    rng, fragments, copies, close = settled_with_copies
    every = [*fragments, *copies]
    settled = settle.Settled({closeness.content_key(f): select.fragment_topics(f) for f in every}, close)
    unique = list(settle._unique(every).values())
    by_key = {closeness.content_key(f): f for f in unique}
    asked = {tuple(sorted((k[:8], k[8:]))) for k in close}
    for copy in copies:  # a copy beside every fragment about one of its works
        for other in unique:
            if other is not copy and select.fragment_topics(copy) & select.fragment_topics(other):
                asked.add(tuple(sorted((closeness.content_key(copy), closeness.content_key(other)))))
    pairs = list(combinations(range(len(unique)), 2))
    for i, j in rng.sample(pairs, 20_000):
        if settled.answer(unique[i], unique[j]) is not None:
            asked.add(tuple(sorted((closeness.content_key(unique[i]), closeness.content_key(unique[j])))))
        if len(asked) > 2_000 + len(close) + 2_000:
            break
    found = {True: 0, False: 0}
    for ka, kb in sorted(asked):
        a, b = by_key[ka], by_key[kb]
        answer = settled.answer(a, b)
        assert answer is not None, (a.id, b.id)
        assert answer == repeat.compute_too_close(a, b), (a.id, b.id)
        found[answer] += 1
    copy_keys = {closeness.content_key(c) for c in copies}
    near = [settled.answer(c, o) for c in copies for o in fragments if o.id == c.id.rsplit("-copy", 1)[0]]
    assert found[True] > 100 and found[False] > 2_000
    assert 5 < sum(near) < len(near) - 5  # copies on both sides of the lines
    assert copy_keys


def test_pairs_outside_the_settled_blocks_or_edited_since_are_left_to_compare():
    """A fragment edited after the library was settled (another content key), and two fragments about different
    works, are not answered from the settled pairs: planning compares them as before."""
    fragments = _library()
    points = [f for f in fragments if f.role == Role.POINT]
    settled = settle.Settled({closeness.content_key(f): select.fragment_topics(f) for f in fragments}, frozenset())
    general = next(f for f in fragments if not select.fragment_topics(f))
    a = next(f for f in points if select.fragment_topics(f))
    b = next(f for f in points if select.fragment_topics(f) and not select.fragment_topics(f) & select.fragment_topics(a))
    same = next(f for f in points if f is not a and select.fragment_topics(f) & select.fragment_topics(a))
    assert settled.answer(a, b) is None
    assert settled.answer(a, same) is False and settled.answer(general, b) is False
    edited = replace(a, text=a.text + "要抓住关键环节，持续用力。")
    assert settled.answer(edited, same) is None and settled.answer(general, edited) is None
    assert settled.answer(a, replace(a, id=a.id + "-twin")) is None  # the same content under two ids: compared


def test_strings_of_different_characters_are_counted_from_where_their_rarest_one_stands():
    """The lexicon index counts a string of three or four different characters (the doubled-character rules ask them
    around every doubled character) from where its rarest character stands: the same answer as `str.count` and `in`
    on every window of 3 and 4 characters of our fixtures' text, windows with one character changed, and strings
    whose matches overlap (ABA in ABABA counts once, as str.count does)."""
    from pathlib import Path

    from drafter.check.lines import RARE_CHAR, LexiconIndex, build_index

    fixtures = Path(__file__).parent / "fixtures"
    text = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in sorted(fixtures.rglob("*"))
                     if p.is_file() and p.suffix in (".md", ".txt"))  # fmt: skip
    text += "\n工城工城工 甲乙甲乙甲乙 丙丁丙 x" + "的" * (RARE_CHAR + 1)
    indexed = LexiconIndex(text, build_index(text))
    assert "的" not in indexed.rare and "城" in indexed.rare  # a common character is scanned for, as before
    rng = random.Random(30)
    asked = {text[i : i + n] for n in (3, 4) for i in rng.sample(range(len(text) - 4), 4000)}
    asked |= {w[:1] + rng.choice("工城的会议要") + w[2:] for w in list(asked)[:2000]}
    asked |= {"工城工", "城工城", "甲乙甲", "乙甲乙甲", "丙丁丙", "的的的", "会议的", "工作要"}
    asked = {q for q in asked if len(set(q)) == len(q) or q in ("工城工", "城工城", "甲乙甲", "乙甲乙甲", "丙丁丙")}
    assert len(asked) > 3000
    # `str.count` reads the ~600,000 characters once per question (~1 ms; ~8,700 questions: ~9 CPU-s). A string of
    # different characters cannot overlap itself, so its count is the number of windows equal to it: the windows,
    # counted in one pass, answer those; `str.count` answers the overlapping ones and every 50th other one.
    windows = collections.Counter(text[i : i + n] for n in (3, 4) for i in range(len(text) - n + 1))
    for k, question in enumerate(sorted(asked)):
        overlapping = len(set(question)) < len(question)
        expected = text.count(question) if overlapping or k % 50 == 0 else windows[question]
        assert indexed.count(question) == expected, question
        assert (question in indexed) == (expected > 0), question
    assert indexed.count("工城工") == 1 and indexed.count("甲乙甲") == 1  # overlapping matches: the leftmost, then on


def test_heading_echoes_worked_out_per_heading_are_those_worked_out_per_pair():
    """`select._headings_echo` (a run of five characters two point headings share) from each heading's runs worked
    out once: the same answer as comparing the pair's texts, on 20,000 pairs of our points' headings and edited
    copies sharing parts of them (variables and punctuation inside the runs too)."""
    import re

    jinja = re.compile(r"\{%.*?%\}|\{\{.*?\}\}")

    def as_before(one: str, other: str) -> bool:
        a, b = jinja.sub("|", one), jinja.sub("|", other)
        runs = {a[i : i + 5] for i in range(len(a) - 4)}
        return any("|" not in r and not any(c in r for c in "，、。；") and r in b for r in runs)

    rng = random.Random(30)
    headings = sorted({f.heading for f in _library() if f.role == Role.POINT and f.heading})
    pairs = [(rng.choice(headings), rng.choice(headings)) for _ in range(10_000)]
    for one, _ in list(pairs):
        cut = rng.randrange(max(1, len(one) - 6))
        pairs.append((one, rng.choice(headings)[:8] + one[cut : cut + 6] + "{{ work }}，"))
    found = 0
    for one, other in pairs:
        assert select._headings_echo(one, other) == as_before(one, other), (one, other)
        found += as_before(one, other)
    assert 500 < found < len(pairs) - 500


def test_a_library_lists_its_fragments_of_a_role_and_stage_as_a_filter_over_all_of_them_would():
    """`Library.of_role`, made for every role and stage in one pass, gives what filtering every fragment gives, in
    library order; a copy made with `replace` lists its own."""
    from dataclasses import replace as copy_with

    library = load_library()
    for role in Role:
        for stage in (None, "认识", "任务", "保障", "其他"):
            expected = tuple(f for f in library.fragments if f.role == role and (stage is None or f.stage == stage))
            assert library.of_role(role, stage) == expected, (role, stage)
    fewer = copy_with(library, fragments=library.fragments[:50])
    assert fewer.of_role(Role.POINT) == tuple(f for f in library.fragments[:50] if f.role == Role.POINT)


def test_a_fragment_fits_a_meeting_whichever_test_is_asked_first(monkeypatch):
    """`select._fitting` asks the topic first (most fragments are about another work): a fragment fits exactly when
    it is on the meeting's topic and passes every other test — those tests asked of every fragment with the topic
    test left out — for meetings of several works, kinds, levels and audiences."""
    from drafter.render.values import resolve_answers

    library = _library()
    cases = [("清河县", "全县安全生产工作会议", {}), ("南通市", "全市妇女儿童工作座谈会", {}),
             ("江阴市", "全市乡村振兴工作推进会", {"achievements": "新建高标准农田"}),
             ("城关镇", "全镇防汛工作会议", {}), ("鼓楼区", "全区优化营商环境工作会议", {"audience": "企业家"}),
             ("故城县", "全县党风廉政建设工作会议", {}), ("南通市", "全市年轻干部培训班开班式", {})]  # fmt: skip
    for place, meeting, extra in cases:
        answers = resolve_answers({"place": place, "meeting": meeting, **extra})
        topics = select.topics_of(answers)
        fits = select._fitting(answers, topics, ())
        on_topic_test = select._topic_test(answers, topics, ())
        on_topic = {f.id for f in library if on_topic_test(f)}
        found = {f.id for f in library if fits(f)}
        with monkeypatch.context() as patched:
            patched.setattr(select, "_topic_test", lambda *args: lambda fragment: True)
            others = select._fitting(answers, topics, ())
            rest = {f.id for f in library if others(f)}
        assert found == on_topic & rest, meeting
        assert 100 < len(found) < len(on_topic) <= len(library) // 2


def test_a_draft_in_process_reads_the_pairs_a_resident_settled_and_drafts_the_same(
    monkeypatch, tmp_path, settled_with_copies
):
    """A resident keeps the settled pairs in the cache folder (`settle.keep`); a draft in another process reads them
    for the same library and compares almost no pair itself, and drafts word for word what it drafts without them.

    What `keep` settles is the library's pairs of the module's one settle (the library and its edited copies): the
    bulk answers each pair by the pair alone (the test above holds its answers to `compute_too_close`), so a copy's
    pairs aside it is the library's own settle, made once here rather than a second time (~17 CPU-s)."""
    from drafter import drafting

    library = load_library()
    close = settled_with_copies[3]

    def settled_once(fragments):  # type: ignore[no-untyped-def]
        keys = {closeness.content_key(f) for f in fragments}
        assert len(keys) == len(fragments) > 1000  # the library's fragments, one per content (`keep`'s _unique)
        return frozenset(k for k in close if k[:8] in keys and k[8:] in keys)

    monkeypatch.setattr(settle, "settle", settled_once)
    asked: list[tuple[str, str]] = []
    compute = repeat.compute_too_close
    monkeypatch.setattr(repeat, "compute_too_close", lambda a, b: asked.append((a.id, b.id)) or compute(a, b))

    def draft(cache: str) -> str:
        monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path / cache))
        repeat._too_close.cache_clear()
        monkeypatch.setattr(closeness, "_OPEN", {})  # a fresh process: no memo of pairs read yet
        monkeypatch.setattr(settle, "_READ", {})
        asked.clear()
        request = drafting.DraftRequest(sets=("place=江阴市", "meeting=全市乡村振兴工作推进会"), seed=7, measure=False,
                                        history=False)  # fmt: skip
        return drafting.make_draft(request).draft.text

    plain = draft("alone")
    compared = len(asked)
    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path / "with"))
    monkeypatch.setattr(closeness, "SETTLED", [])
    settle.keep(library.whole().fragments, library.content)  # as the resident does before it forks its worker
    monkeypatch.setattr(closeness, "SETTLED", [])  # … and this is another process: it reads the file
    assert draft("with") == plain
    assert compared > 20 and len(asked) < compared / 4


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="inotify is Linux's")
def test_the_resident_s_code_watch_sees_every_change_its_stamp_would(tmp_path, monkeypatch):
    """The resident asks its code watch before it stats its ~220 files (`resident_server.code_stamp`): the watch stays
    quiet while nothing changes and hears a file written in place, a file's time set (as an install does), a file
    added in a folder made after the watch, a folder removed; off a local file system there is no watch."""
    from drafter.cli import codewatch, resident_server

    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "a.py").write_text("x = 1\n")
    (package / "sub" / "b.py").write_text("y = 2\n")
    monkeypatch.setattr(sys, "path", [str(tmp_path / "site"), str(tmp_path / "missing" / "zip")])
    (tmp_path / "site").mkdir()
    stamp = resident_server.code_stamp(str(package))
    changes = [
        lambda: (package / "a.py").write_text("x = 3\n"),
        lambda: os.utime(package / "sub" / "b.py", ns=(0, 10**18)),
        lambda: (package / "new").mkdir(),
        lambda: (package / "new" / "c.py").write_text("z = 1\n"),
        lambda: (tmp_path / "site" / "other.pth").write_text(""),
        lambda: (tmp_path / "missing").mkdir(),
        lambda: (package / "sub" / "b.py").unlink(),
    ]
    for change in changes:
        watch = codewatch.watch(str(package))
        assert watch is not None and watch.quiet() and watch.quiet()
        change()
        assert not watch.quiet(), change
        assert watch.quiet()  # the events are dropped once asked
        watch.close()
    assert resident_server.code_stamp(str(package)) != stamp
    monkeypatch.setattr(codewatch, "_LOCAL", frozenset())
    assert codewatch.watch(str(package)) is None  # every command then stats, as before
