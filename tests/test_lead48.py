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
