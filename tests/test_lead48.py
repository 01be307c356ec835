"""The 政法 closing (reader48's new text) named the place in full inside a slogan: 平安灵璧县、法治灵璧县, where a
writer says 平安中国、法治中国 or the place's short name. Our fragments never spell the place into running text."""

from __future__ import annotations

import pytest
from work_drafts import draft_text


@pytest.mark.parametrize("seed", range(6))
def test_a_political_legal_closing_spells_no_place_into_a_slogan(seed: int) -> None:
    text = draft_text("灵璧县", "全县政法工作会议", seed, minutes=15)
    closing = text.rstrip().rsplit("\n", 1)[-1]
    assert closing.startswith("同志们"), closing
    assert "灵璧县作出" not in closing and "平安灵璧县" not in text and "法治灵璧县" not in text


@pytest.mark.parametrize("seed", range(6))
def test_a_mass_organizations_meeting_says_its_coverage_slogan_once(seed: int) -> None:
    """全县群团工作会议 南陵县 12 minutes (seed 5, with facts): 二（一） said 哪里有群众哪里就有群团组织 in its lead and again
    in its first sub-point — a repeat a writer cuts before handing the draft in."""
    text = draft_text("南陵县", "全县群团工作会议", seed, minutes=12)
    assert text.count("哪里有群众") <= 1
