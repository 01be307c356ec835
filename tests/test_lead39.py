"""Drafting defects the lead found reading drafts in session 39."""

import pytest

from drafter.topics import ruled_out_tags
from tests.work_drafts import draft_text


def test_a_flood_and_drought_meeting_named_the_jiangsu_way_speaks_of_drought_too():
    # 江苏 calls it 防汛防旱: a 全市防汛防旱工作会议 spoke only of floods (抗旱 was ruled out as at a 防汛 meeting).
    assert "抗旱" not in ruled_out_tags("全市防汛防旱工作会议")
    texts = [draft_text("南通市", "全市防汛防旱工作会议", seed, minutes=15, measure=False) for seed in (4, 5)]
    assert all("旱" in text.split("\n", 3)[3] for text in texts)
    # ... and is not taken for a drought meeting: floods stay in it.
    assert all("汛" in text.split("\n", 3)[3] for text in texts)


@pytest.mark.parametrize("meeting", ["全县防汛工作会议", "全县防汛防台工作会议"])
def test_a_flood_meeting_still_leaves_drought_out(meeting):
    assert "抗旱" in ruled_out_tags(meeting)
