"""A time a meeting is held for, said before its work, is no part of the work's name.

全县五一节前安全生产工作会议 drafted “持续用力推进前安全生产工作” (the festival was cut, 前 stayed); 国庆中秋期间,
端午节期间, 汛期, 高温天气 stayed in every heading (“推动端午节期间安全生产工作取得新的成效”).
"""

from __future__ import annotations

import pytest
from work_drafts import draft_meeting

from drafter.meeting import parse_meeting
from drafter.topics import find_topics


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
    assert "安全生产工作" in draft.text.replace("节前安全生产工作会议", "")  # (no heading pastes the work since review25)


@pytest.mark.parametrize(
    ("meeting", "topic"),
    [("全县新型工业化推进会", "经济工作"), ("全县东西部协作工作会议", "乡村振兴"), ("全县宅基地改革工作会议", "乡村振兴"),
     ("全县整治形式主义为基层减负工作会议", "党风廉政"), ("全县人民调解工作会议", "法治建设"), ("全县网络舆情工作会议", "宣传思想文化")],
)
def test_a_common_meeting_has_its_work(meeting: str, topic: str) -> None:
    # These drew no topic: an empty skeleton with the work's name pasted into every heading.
    assert topic in [t.tag for t in find_topics(meeting)]


def test_a_quoted_three_level_cadre_meeting_is_the_years_whole_work() -> None:
    assert parse_meeting("全县“三级干部”大会").work == "经济社会发展工作"
