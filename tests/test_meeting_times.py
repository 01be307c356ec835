"""A time a meeting is held for, said before its work, is no part of the work's name.

全县五一节前安全生产工作会议 drafted “持续用力推进前安全生产工作” (the festival was cut, 前 stayed); 国庆中秋期间,
端午节期间, 汛期, 高温天气 stayed in every heading (“推动端午节期间安全生产工作取得新的成效”).
"""

from __future__ import annotations

import pytest
from work_drafts import draft_meeting

from drafter.meeting import parse_meeting


@pytest.mark.parametrize(
    ("meeting", "work"),
    [
        ("全县五一节前安全生产工作会议", "安全生产工作"),
        ("全县国庆中秋期间安全生产工作会议", "安全生产工作"),
        ("全县中秋国庆节前安全生产工作会议", "安全生产工作"),
        ("全县端午节期间安全生产工作会议", "安全生产工作"),
        ("全县“两节”期间安全生产工作会议", "安全生产工作"),
        ("全县春节前后市场保供工作会议", "市场保供工作"),
        ("全县汛期地质灾害防治工作会议", "地质灾害防治工作"),
        ("全县高温天气安全生产工作会议", "安全生产工作"),
        ("全县2026年冬季征兵工作会议", "征兵工作"),
        ("全县岁末年初安全生产百日攻坚行动动员部署会", "安全生产百日攻坚行动工作"),
        # a campaign's own name keeps its season
        ("全县夏季治安打击整治行动动员部署会", "夏季治安打击整治行动工作"),
        ("全县重阳节敬老工作会议", "敬老工作"),
    ],
)
def test_the_time_before_a_work_is_no_part_of_its_name(meeting: str, work: str) -> None:
    assert parse_meeting(meeting).work == work


def test_a_festival_eve_safety_speech_speaks_of_safety_work() -> None:
    _, draft = draft_meeting("全县五一节前安全生产工作会议", place="清河县", seed=2)
    assert "前安全生产工作" not in draft.text.replace("节前安全生产工作会议", "")
    assert "推进安全生产工作" in draft.text or "安全生产工作取得" in draft.text
