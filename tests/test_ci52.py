"""A length search asks each fragment the preferences that read only the answers once per draft (ci52).

`candidates` is asked ~250 times by a 20-minute draft's length search; each ask built ~27 preference closures anew and
ran each over its pool, and wrote out the answers' fit key again. They are worked out once per plan now (`_Masks`,
`preferences_kept`): a guard that the cost stays cut. That the pools are those of before is test_startup29's (every
pool against one narrowed by `_preferences` fragment by fragment) and the golden drafts'.
"""

from __future__ import annotations

from drafter.library import load_library, load_templates
from drafter.model import Role
from drafter.render import render_draft, resolve_answers, select
from tests.work_drafts import count_calls


def test_a_length_search_builds_its_preferences_and_fit_key_once_per_plan(monkeypatch) -> None:
    library, template = load_library(), load_templates()["work-meeting"]
    counts = count_calls(
        monkeypatch, select, candidates="candidates", preferences="_static_preferences", **{"fit keys": "_fits_key"}
    )
    answers = {"place": "南通市", "meeting": "全市妇女儿童工作会议", "minutes": 30}
    draft = render_draft(library, template, answers, seed=30)
    assert abs(draft.han_chars - 6000) <= 600
    assert counts["candidates"] >= 20, counts  # a length search that asked many times …
    assert counts["preferences"] <= 8, counts  # … built the preferences once per role it asked of (seven)
    # … and wrote out the answers' fit key once (and once per role the first time a process reads the library)
    assert counts["fit keys"] <= 10 < counts["candidates"], counts
    # outside a draft's plan nothing is kept: each ask works them out
    before = counts["preferences"]
    select.candidates(library, Role.POINT, template, resolve_answers(answers))
    assert counts["preferences"] == before + 1
