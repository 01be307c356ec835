"""What a clerk would not hand in, read in drafts as the leader's writer (review25)."""

from __future__ import annotations

import pytest
from work_drafts import draft_meeting


@pytest.mark.parametrize(
    ("meeting", "seed", "minutes"),
    [
        ("全县党风廉政建设工作会议", 1, 20),
        ("全县低空经济发展推进会", 1, 20),
        ("全县乡村振兴工作推进会", 1, None),
        ("全县安全生产工作会议", 2, 30),
    ],
)
def test_a_gathered_heading_pastes_no_work_name_before_its_tasks(meeting, seed, minutes):
    # Read: 二、统筹当前和长远，持续用力推进党风廉政建设工作重点任务 / 扎实推进低空经济发展工作各项重点任务 —
    # the work's whole name pasted into a generic heading, piling 工作 onto 重点任务.
    more = {"minutes": minutes} if minutes else {}
    _, draft = draft_meeting(meeting, seed=seed, **more)
    headings = [line for line in draft.text.splitlines() if line.startswith("## ")]
    for heading in headings:
        assert "工作重点任务" not in heading and "工作各项" not in heading and "工作工作" not in heading, heading
