"""fit42: the length search measures part by part and asks each pair of fragments once, and drafts what it drafted.

Four memos make a draft fitted to `--minutes` cheaper: a point grown by a section is measured part by part (its
earlier parts said again from the memo where the chooser answers them alike), `too_close` and the key-phrase count
answer a pair asked again by the two fragments' identities, and candidates' test of repeating the plan (`_Apart`)
starts from the last plan's answers when the plan only grew. For fixed answers the user gets the same draft, byte for
byte, as with none of them. Speed lives in bench/bench_fit.py and bench/draft_sweep.py, never here.
"""

from __future__ import annotations

import pytest
from work_drafts import draft_text

import drafter.render.fit as fit
from drafter.drafting import DraftRequest, make_draft
from drafter.library import load_library, load_templates
from drafter.model import Role
from drafter.render import ideas, repeat, resolve_answers, select

# Drafts whose search grows many plans: bench/bench_fit.py's 30-minute 食品安全 and 生态环境保护 speeches and its
# 20-minute 医德医风 one (a meeting on a part of a work: its own areas first, then general ones).
CASES = [
    ("南通市", "全市食品安全工作会议", 11, 30),
    ("无锡市", "全市生态环境保护工作会议", 8, 30),
    ("清河县", "全县医德医风建设工作会议", 1, 20),
]


class _Forgetful(repeat.IdentityPairs):
    """A memo that keeps nothing: every pair is worked out as before fit42."""

    def put(self, a: object, b: object, answer: object) -> None:  # type: ignore[override]
        pass


def _without_memos(monkeypatch: pytest.MonkeyPatch) -> None:
    """Measure every point whole and afresh, compare every candidate with the whole plan, each pair worked out anew."""

    def point_sizes(part, first, memo, chooser, ctx, state):  # type: ignore[no-untyped-def]
        return fit._point_sizes((part,), ctx)[0]

    monkeypatch.setattr(fit, "_part_sizes", point_sizes)
    monkeypatch.setattr(select._Apart, "of", classmethod(lambda cls, avoid: cls(avoid)))
    monkeypatch.setattr(repeat._too_close, "by_id", _Forgetful())
    for kept in ideas._RARE.values():
        monkeypatch.setattr(kept, "counts", _Forgetful())


def _fresh_text(place: str, meeting: str, seed: int, minutes: int) -> str:
    answers = {"place": place, "meeting": meeting}
    return str(make_draft(DraftRequest(answers=answers, seed=seed, minutes=minutes, history=False)).draft.text)


@pytest.mark.parametrize(("place", "meeting", "seed", "minutes"), CASES)
def test_the_same_draft_as_without_the_memos(monkeypatch, place, meeting, seed, minutes):
    kept = draft_text(place, meeting, seed, minutes)
    _without_memos(monkeypatch)
    fresh = _fresh_text(place, meeting, seed, minutes)
    assert fresh == kept
    assert len(kept.replace("\n", "")) > minutes * 150  # a draft of its length, not a refusal both ways


def test_candidates_of_a_grown_plan_are_those_asked_afresh():
    """A plan grown by one fragment: the candidates asked after the smaller plan are those a fresh ask gives."""
    library = load_library()
    template = load_templates()["work-meeting"]
    answers = resolve_answers({"place": "清河县", "meeting": "全县安全生产工作会议"})
    pool = select.candidates(library, Role.POINT, template, answers, stage="任务")
    assert len(pool) > 6
    plan: list = []
    for added in pool[:6]:
        plan.append(added)
        chained = select.candidates(library, Role.POINT, template, answers, stage="任务", avoid=list(plan))
        select._LAST_APART.apart = None
        fresh = select.candidates(library, Role.POINT, template, answers, stage="任务", avoid=list(plan))
        assert chained == fresh
        assert not any(f in plan for f in chained)  # nothing the plan holds is offered again
