"""Drafts read as a 县/区 clerk would, session 33: a place's features and the season in 防汛, 森林防火, 地质灾害 and
台风 drafts — no countryside text for a central district, no 入汛前 at a meeting held in the flood season, 台风 for a
coastal place, and a 城区's own 森林防火 (review33)."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.drafting import DraftRequest, make_draft


def _draft(
    place: str, meeting: str, seed: int, minutes: int | None = None, **answers: object
) -> str:
    request = DraftRequest(
        answers={"place": place, "meeting": meeting, **answers},
        seed=seed,
        minutes=minutes,
        history=False,
    )
    return str(make_draft(request).draft.text)


def test_a_suburb_drafted_after_a_central_district_is_drafted_as_on_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Read: 江宁区's 全区防汛工作会议 (20 minutes, seed 3) drafted right after 鼓楼区's said 水库 four times, drafted alone
    # twice: which fragments fit was kept by the meeting and level, not the place's features (鼓楼区 is a 城区).
    from drafter.render import select

    drafts = []
    for name, places in (("alone", ["江宁区"]), ("after", ["鼓楼区", "江宁区"])):
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / name))
        monkeypatch.setattr(select, "_KEPT_FITS", {})
        drafts.append([_draft(p, "全区防汛工作会议", 3, 20) for p in places][-1])
    assert drafts[0] == drafts[1]
