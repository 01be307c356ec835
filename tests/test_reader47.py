"""What reader47 found reading two dozen drafts as the office's writer would, and fixed at the root.

Each test holds one thing a writer would have had to change before handing the draft in, read over seeds 0–2 where a
draft is drawn (adding fragments moves draws).
"""

from __future__ import annotations

from work_drafts import draft_made

from drafter.topics import apart_wording


def test_a_farmland_meeting_does_not_name_mining_rights_in_its_safeguards() -> None:
    """清河县 全县耕地保护工作会议 (16 minutes, seeds 0 and 1) said 用地审批、规划许可、矿业权出让都要严格依法依规 in its 保障
    point: a meeting that leaves 矿产 out (topics.yaml apart_from) does not name 矿业权出让; 自然资源 at large still does."""
    for seed in range(3):
        text = draft_made("清河县", "全县耕地保护工作会议", seed, 16).text
        assert "矿业权" not in text, seed
    assert apart_wording("全县耕地保护工作会议", "耕地保护工作")
    assert not apart_wording("全县自然资源工作会议", "自然资源工作")
