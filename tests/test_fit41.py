"""fit41: the length search keeps what it measured and asked, and drafts exactly what it drafted before.

A draft fitted to `--minutes` is searched for by growing plans a section at a time and measuring each. Two memos make
that cheaper (a point's candidates asked once per grow step and narrowing flags; a point measured again only when what
it reads of the chooser changed): for fixed answers the user gets the same draft, byte for byte, as without them, and a
30-minute draft is still within its minutes. Speed lives in bench/bench_fit.py, never here.
"""

from __future__ import annotations

import pytest
from work_drafts import draft_text

import drafter.render.fit as fit
from drafter.drafting import DraftRequest, make_draft

# Cases of other works, kinds and answers at 30 minutes whose search grows many plans (each 1–2 s on main): drafts of
# bench/draft_sweep.py --minutes 30.
# (清河县 全县水利工作会议, seed 5468, is test_every_measure_of_the_search_is_the_fresh_one's: every length its search
# acts on is checked against a fresh measure, so its draft is the fresh one too.)
CASES = [
    ("清河县", "全县就业和社会保障工作会议", 5624, {}),
    ("江阴市", "全市人才工作务虚会", 6118, {}),
]


def _without_memos(monkeypatch: pytest.MonkeyPatch) -> None:
    """Measure every point afresh and ask every grow step's candidates anew, as before fit41."""
    real_grow = fit.grow_plan

    def grow_plan(*args, memo=None, **kwargs):  # type: ignore[no-untyped-def]
        return real_grow(*args, **kwargs)

    monkeypatch.setattr(fit, "grow_plan", grow_plan)
    monkeypatch.setattr(fit, "_point_memo", lambda answers, plan, year: fit._PointMemo(
        dict(answers), plan.seed, plan.alts, len(plan.points), year))  # fmt: skip
    # … nor a plan measured before said again, nor a plan that took no section asked only once (fit48)
    monkeypatch.setattr(fit, "_sizes_memo", lambda answers, plan, year: fit._SizesMemo(
        dict(answers), plan.seed, plan.alts, year))  # fmt: skip
    monkeypatch.setattr(fit, "_spent_memo", lambda library, template, answers, tags: fit._SpentMemo(
        library, template, dict(answers), tuple(tags)))  # fmt: skip


def _fresh_text(place: str, meeting: str, seed: int, minutes: int, **more: object) -> str:
    answers = {"place": place, "meeting": meeting, **more}
    return str(make_draft(DraftRequest(answers=answers, seed=seed, minutes=minutes, history=False)).draft.text)


@pytest.mark.parametrize(("place", "meeting", "seed", "more"), CASES)
def test_the_same_draft_as_measured_afresh(monkeypatch, place, meeting, seed, more):
    kept = draft_text(place, meeting, seed, 30, **more)
    _without_memos(monkeypatch)
    assert _fresh_text(place, meeting, seed, 30, **more) == kept


@pytest.mark.parametrize(
    ("place", "meeting", "seed", "least"),
    [("清河县", "全县水利工作会议", 5468, 20), ("南通市", "全市食品安全工作会议", 11, 5)],  # the second: fit42's parts
)
def test_every_measure_of_the_search_is_the_fresh_one(monkeypatch, place, meeting, seed, least):
    """Each length the search acts on, with points (fit41) and their parts (fit42) said again from the memo, equals the
    plan measured from scratch."""
    real = fit._measure
    checked = []

    def measure(plan, answers):  # type: ignore[no-untyped-def]
        got = real(plan, answers)
        last, memo, sizes = getattr(fit._LAST, "measure", None), getattr(fit._REC, "memo", None), getattr(fit._REC, "sizes", None)
        fit._LAST.measure = fit._REC.memo = fit._REC.sizes = None
        try:
            fresh = real(plan, answers)
        finally:
            fit._LAST.measure, fit._REC.memo, fit._REC.sizes = last, memo, sizes
        assert got == fresh
        checked.append(got)
        return got

    monkeypatch.setattr(fit, "_measure", measure)
    text = _fresh_text(place, meeting, seed, 30)
    assert len(checked) > least and meeting[2:4] in text.splitlines()[0]


def test_a_point_said_again_adds_every_part_of_the_chooser_rendering_changes():
    # A field added to Chooser that rendering changes and the kept point does not add again would make a length
    # measured from the memo differ from the draft's, silently (as test_lead39 holds for the restored states).
    import dataclasses

    from drafter.library.alternatives import Chooser

    given = {"seed", "replay", "avoided"}  # set when the chooser is made, never changed by rendering
    changed = {f.name for f in dataclasses.fields(Chooser)} - given
    assert changed == {"chosen", "leads", "said", "runs", "spent", "lead_forms"}
    kept = {f.name for f in dataclasses.fields(fit._Kept)}
    assert {"chosen", "leads", "said", "runs", "spent", "forms"} <= kept
