"""Drafting a meeting in-process for the tests of named and narrower works (test_named_works, test_narrow_works)."""

from __future__ import annotations

import os
import re
from pathlib import Path

from drafter.library import load_library, load_templates
from drafter.meeting import parse_meeting
from drafter.render import render_draft

# The ids of the points written for a named work (fragments/topics/): a draft of one work must not draw another's.
TOPIC_POINTS = frozenset(
    line.removeprefix("- id: ").strip()
    for path in (Path(__file__).resolve().parent.parent / "fragments" / "topics").glob("*.yaml")
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.startswith("- id: point.")
)


# Drafts drawn in this worker, by everything that made them: many test files draw the same meeting at the same seed
# and length. Served only while the test has patched nothing and left the working folder alone (`unpatched`, set by
# tests/conftest.py for each test); a test that patches the product draws afresh, uncached and unkept.
_DRAFTS: dict[tuple[object, ...], object] = {}


def unpatched() -> bool:
    """Whether the running test has changed nothing drafting may read (replaced per test by tests/conftest.py)."""
    return False


def _cached(key: tuple[object, ...], make):  # type: ignore[no-untyped-def]
    if not unpatched():
        return make()
    key = (os.getcwd(), *key)
    if key not in _DRAFTS:
        _DRAFTS[key] = make()
    return _DRAFTS[key]


def draft_meeting(meeting: str, place: str = "清河县", seed: int = 0, **more: object):
    """The shipped library and a draft of `meeting` for `place` (more answers by their standard names)."""
    library = load_library()

    def make():  # type: ignore[no-untyped-def]
        template = load_templates()[parse_meeting(meeting).kind.template]
        return library, render_draft(library, template, {"place": place, "meeting": meeting, **more}, seed=seed)

    # (the library itself in the key: load_library returns the one it loaded while its files are unchanged)
    return _cached(("meeting", id(library), meeting, place, seed, repr(sorted(more.items()))), make)


def draft_made(
    place: str, meeting: str, seed: int, minutes: int | None = None, measure: bool = True,
    picks: tuple[str, ...] = (), **answers: object,
):  # type: ignore[no-untyped-def]
    """The draft `drafter draft` makes for `meeting` at `place` (through make_draft: budget, self-check, no history).

    `picks` are fragments the draft must use (`drafter draft --pick`): a test about what one fragment says at a level
    picks it rather than a seed that happens to draw it, which the next fragment added to the work would move."""
    from drafter.drafting import DraftRequest, make_draft

    answers = {"place": place, "meeting": meeting, **answers}
    request = DraftRequest(answers=answers, seed=seed, picks=picks, minutes=minutes, history=False, measure=measure)
    key = ("made", seed, minutes, measure, picks, repr(sorted(answers.items())))
    return _cached(key, lambda: make_draft(request).draft)


def draft_text(
    place: str, meeting: str, seed: int, minutes: int | None = None, measure: bool = True,
    picks: tuple[str, ...] = (), **answers: object,
) -> str:
    """The text `drafter draft` writes for `meeting` at `place` (`draft_made`'s)."""
    return str(draft_made(place, meeting, seed, minutes, measure, picks, **answers).text)


def used_ids(draft, role: str) -> list[str]:
    """Ids of the fragments a draft used in `role` (point, opening …), in order."""
    return [u.id for u in draft.uses if u.role.value == role]


_COUNT = re.compile(r"我讲([一二两三四五六七八九十])点")
_NUMBER = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6}


def assert_announced_count_is_points(meeting: str, seed: int, draft, points: int) -> list[str]:
    """下面，我讲五点意见 is followed by `points` points, none repeated; returns the points' fragment ids."""
    headings = [line for line in draft.text.splitlines() if line.startswith("## ")]
    announced = _COUNT.search(draft.text)
    assert announced and _NUMBER[announced.group(1)] == len(headings) == points, (meeting, seed, headings)
    ids = used_ids(draft, "point")
    assert len(ids) == len(set(ids)) == points
    return ids


def paragraph_with(text: str, item: str) -> str:
    """The paragraph of a draft that states `item`."""
    return next(p for p in text.split("\n\n") if item in p)


def paragraph_with_heading(text: str, item: str) -> str:
    """The paragraph that states `item`, with the point's heading when that stands on its own line."""
    paragraphs = text.split("\n\n")
    at = next(i for i, p in enumerate(paragraphs) if item in p)
    heading = paragraphs[at - 1] if paragraphs[at - 1].startswith("#") else ""
    return heading + paragraphs[at]


def point_with(text: str, item: str) -> str:
    """The paragraph holding `item` and the sub-points after it, up to the next point of its rank."""
    paragraphs = text.split("\n\n")
    start = next(i for i, p in enumerate(paragraphs) if item in p)
    # A point of its own (二、) has sections （一）…; a point inside one (（一）) has 1. or 一是.
    ends = ("## ",) if not paragraphs[start].startswith("（") else ("（", "## ")
    end = next((i for i in range(start + 1, len(paragraphs)) if paragraphs[i].startswith(ends)), None)
    return "\n\n".join(paragraphs[start:end])


def assert_facts_open_the_first_point(meeting: str, achievement: str, problem: str) -> None:
    """The user's 成绩 and 问题 are stated in the first (recognition) point."""
    _, draft = draft_meeting(meeting, seed=5, achievements=[achievement], problems=[problem])
    first_point = draft.text.split("\n## ")[1]
    assert achievement in first_point and problem in first_point


def assert_task_lands(meeting: str, item: str, says: tuple[str, ...], place: str = "清河县", within=paragraph_with) -> None:
    """A user's task goes to the point about it (not 除以上几个方面外 or 此外，今年还要… after the last task point, nor a
    sub-point of its own), which speaks of it in its own words (`says`)."""
    import re

    for seed in range(3):
        _, draft = draft_meeting(meeting, place=place, seed=seed, points=5, tasks=[item])
        paragraph = within(draft.text, item)
        assert "除以上" not in paragraph, (seed, paragraph)
        assert not re.search("此外，(?:今年|明年|下一步)还要", paragraph), (seed, paragraph)
        assert any(word in paragraph.replace(item, "") for word in says), (seed, paragraph)


def town_level(place: str) -> str:
    """The level word of a town or street by its name: 街道 for 城关街道, 镇 for 葛仙庄镇, 乡 for 大河乡."""
    return place[-2:] if place.endswith("街道") else place[-1]


def assert_keeps_to_its_powers(meeting: str, place: str, level: str, county_only: tuple[str, ...], points: int = 5) -> None:
    """A town's (or street's) draft says none of `county_only` and uses only points and sub-points for its level."""
    from drafter.model import suits_level

    for seed in range(3):
        library, draft = draft_meeting(meeting, place=place, seed=seed, points=points, minutes=20)
        assert [w for w in county_only if w in draft.text] == [], (meeting, seed)
        for use in draft.uses:
            frag = library.get(use.id)
            assert suits_level(frag.levels, level), use.id
            assert all(suits_level(frag.subpoints[i].levels, level) for i in use.subpoints), use.id


def assert_deploys_its_own_work(meeting: str, topic: str, must: set[str], never: set[str], points: int = 5) -> None:
    """Most points are the work's own (`topic` or a narrower tag in `must`), one of `must` is deployed, `never` is not.

    Counted by the points a listener hears: a point gathered from several （一） sections is the work's own
    when at least half of its sections are (a 领导小组's three general recognition sections are one point of five).
    """
    from drafter.meeting import parse_meeting

    # A point of the meeting kind's own (a 座谈会's 珍惜大家的真知灼见 and 认真回应关切) is on this meeting too: a
    # symposium on 人大代表工作 opens by listening to the deputies and closes by answering them, its tasks the work's.
    kind = parse_meeting(meeting).kind.name
    for seed in range(3):
        library, draft = draft_meeting(meeting, seed=seed, points=points, minutes=20)
        tags = [set(library.get(i).tags) for i in used_ids(draft, "point")]
        heard: list[list[bool]] = []
        for use in (u for u in draft.uses if u.role.value == "point"):
            t = set(library.get(use.id).tags)
            if not use.section or not heard:
                heard.append([])
            heard[-1].append(topic in t or bool(t & must) or (kind in t and not use.section))
        own = [p for p in heard if sum(p) >= len(p) / 2]
        assert len(own) > len(heard) / 2, (meeting, seed, used_ids(draft, "point"))
        assert not must or any(t & must for t in tags), (meeting, seed)
        assert not any(set(library.get(u.id).tags) & never for u in draft.uses), (meeting, seed)


def sections_of(text: str) -> list[tuple[str, str]]:
    """A draft's parts: ("frame", opening …), then each top-level point ("一" …) with its text, then the closing."""
    parts: list[tuple[str, str]] = [("frame", "")]
    for paragraph in text.split("\n\n")[1:]:
        if paragraph.startswith("## "):
            parts.append((paragraph[3:4], paragraph[5:]))
        else:
            parts[-1] = (parts[-1][0], parts[-1][1] + "\n" + paragraph)
    return parts


def headings_in(part: str) -> list[str]:
    """The heading of a point and of its sections （一）…: the line or the run-in sentence that names it."""
    import re

    found = [part.split("\n", 1)[0]]
    found += re.findall(r"(?:^|\n)（[一二三四五六七八九十]+）([^。！？\n]+)", part)
    return found


def ideas_said_twice(library, text: str, size: int = 5) -> list[tuple[str, str, str]]:
    """Key phrases of a heading (runs of `size` characters said in few places of the library) that another point,
    or the opening or closing, says again: (phrase, the heading's point, the other point). The meeting's own name
    (its work: 乡村振兴工作) is no key phrase, nor is a run holding 工作 (乡村振兴工作的实际 / 推动工作的实际能力:
    the work's name rendered next to house wording)."""
    import re

    title = text.split("\n", 1)[0]
    from drafter.render.ideas import key_phrase_test

    rare = key_phrase_test(library)
    parts = sections_of(text)
    twice = []
    for name, part in parts[1:]:
        for heading in headings_in(part):
            for run in re.findall(r"[\u4e00-\u9fff]+", heading):
                for i in range(len(run) - size + 1):
                    phrase = run[i : i + size]
                    # 推动防汛工 is the run 推动防汛工作 cut one character short: house wording beside the name.
                    if phrase in title or "工作" in run[i : i + size + 1] or not all(rare(phrase[j : j + 4]) for j in range(size - 3)):
                        continue
                    twice += [(phrase, name, other) for other, text2 in parts if other != name and phrase in text2]
    return twice


# A fragment's {% alt %}…{% endalt %} block: `phrasings` picks the n-th alternative of each
ALT_BLOCK = re.compile(r"\{%-?\s*alt\s*-?%\}.*?\{%-?\s*endalt\s*-?%\}", re.S)


def phrasings(fragment_id: str, level: str, place: str, work: str) -> list[str]:
    """Every phrasing of the fragment's text (each n-th alternative of its blocks), rendered for `place` as a draft
    renders it (`render_text`: after the sandbox, the wording fixes a draft gets) — for reviews that read a fragment's
    every wording rather than one seed's draw (test_reader46, test_reader47)."""
    from drafter.library.alternatives import split_alternatives
    from drafter.render.sandbox import helpers, render_text

    fragment = load_library().get(fragment_id)
    answers = {"level": level, "place": place, "meeting": f"全{level}{work}会议", "work": work}
    ctx = {**answers, **helpers(answers, 3, 0)}
    blocks = split_alternatives(fragment.text)
    said = []
    for n in range(max((len(b) for b in blocks), default=1)):
        picks = iter([b[min(n, len(b) - 1)] for b in blocks])
        text = ALT_BLOCK.sub(lambda _m, picks=picks: next(picks), fragment.text)
        said.append(render_text(text, ctx, fragment))
    return said


def fragment_renderings(fragment_id: str, level: str, place: str, work: str, seeds: int) -> list[str]:
    """A fragment's kept texts as a speech of `level` at `place` on `work` renders them, over seeds (each choice of
    alternatives): what a draft of that level may say, without drawing a draft."""
    from drafter.library.alternatives import Chooser, choosing
    from drafter.render.sandbox import helpers, render_text

    fragment = load_library().get(fragment_id)
    answers = {"level": level, "place": place, "meeting": f"全{level}工作会议", "work": work}
    ctx = {**answers, **helpers(answers, 3, 2), "lacks": frozenset(), "left_out": frozenset(), "season": ""}
    texts = [fragment.text, *(fragment.subpoints[i].text for i in fragment.subpoints_for(level))]
    out = []
    for seed in range(seeds):
        with choosing(Chooser(seed)):
            out += [render_text(t, ctx, fragment) for t in texts]
    return out


def count_calls(monkeypatch, module, **names: str) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Patch `module`'s functions (label=attribute name) to count their calls; the counts by label (guards by counts:
    test_ci52, test_ci53a)."""
    counts = dict.fromkeys(names, 0)

    def counted(label: str, real):  # type: ignore[no-untyped-def]
        def call(*args, **kwargs):  # type: ignore[no-untyped-def]
            counts[label] += 1
            return real(*args, **kwargs)

        return call

    for label, attribute in names.items():
        monkeypatch.setattr(module, attribute, counted(label, getattr(module, attribute)))
    return counts
