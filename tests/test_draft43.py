"""draft43: the words a 县 clerk would not hand in — who is told to act, what a meeting gathers.

- Who is told: a 工商联, 红十字会 or 关工委 meeting credited and tasked 各乡镇（街道）、县直各部门 (这些年，各乡镇（街道）、
  县直各部门……为红十字会工作付出了很多心血); they speak to their own organisations now (topics.yaml `hearers`). A
  医保基金监管 meeting deployed 参保征缴 and handed it to 各乡镇（街道）; it gathers no 征缴 point now.
- A 开学 meeting's areas are 开学's: a 20-minute 全县秋季开学工作会议 gathered 职业教育, 教育评价 and 教育形势.
- A 30-minute 国企改革 or 金融 speech drew 8–9 general points (健全工作机制, 抓实关键环节, 向改革要动力) that said the
  same ideas again to reach its length; it speaks of its own work now.
- A 乡's 20-minute 乡村振兴 speech speaks of its grain and farmland (3 of 13 seeds had no area on them).
"""

from __future__ import annotations

import pytest

from drafter.library import load_library
from drafter.render.select import fragment_topics
from tests.hearing import told_who_is_not_there
from tests.work_drafts import draft_made, draft_text, used_ids


@pytest.mark.parametrize(
    ("meeting", "own"),
    [
        ("全县工商联工作会议", "各级工商联组织和各商会"),
        ("全县红十字会工作会议", "各级红十字会组织和各理事单位"),
        ("全县关心下一代工作会议", "县直各部门和基层关工委"),
    ],
)
def test_a_bodys_meeting_tells_its_own_organisations_not_the_towns(meeting: str, own: str) -> None:
    text = draft_text("清河县", meeting, 0, 20)
    assert "各乡镇（街道）" not in text
    assert own in text
    assert told_who_is_not_there(text, meeting) == []


def test_a_fund_supervision_meeting_deploys_no_enrolment_drive_to_the_towns() -> None:
    meeting = "全县医保基金监管工作会议"
    draft = draft_made("清河县", meeting, 0, 20)
    assert "point.medical-insurance.task.enrollment" not in used_ids(draft, "point")
    # (要在集中征缴期前把动员工作做足……各乡镇（街道）要明确责任)
    assert "各乡镇（街道）" not in draft.text
    assert "定点医药机构" in draft.text


def test_a_new_term_meeting_gathers_new_term_areas() -> None:
    draft = draft_made("清河县", "全县秋季开学工作会议", 0, 20)
    library = load_library()
    points = [library.get(i) for i in used_ids(draft, "point")]
    # every point and section is 开学's own or general text: no other education area (职业教育, 教育评价, 教育形势)
    assert [f.id for f in points if fragment_topics(f) and "开学" not in f.tags] == []
    assert "职业教育" not in draft.text and "教育评价" not in draft.text
    assert all(w in draft.text for w in ("开学准备", "安全", "教学秩序", "资助")), draft.text


THIRTY_MINUTES = [("清河县", "全县国企改革工作会议"), ("南通市", "全市金融工作会议")]


@pytest.mark.parametrize(("place", "meeting"), THIRTY_MINUTES)
def test_a_thirty_minute_speech_is_long_on_its_own_work(place: str, meeting: str) -> None:
    draft = draft_made(place, meeting, 0, 30)
    library = load_library()
    points = [library.get(i) for i in used_ids(draft, "point")]
    general = [f.id for f in points if not fragment_topics(f)]
    # 8 and 9 of 19 and 20 before (健全工作机制, 抓实关键环节, 向改革要动力, 站稳人民立场 …)
    assert len(general) <= 5, general
    assert len(points) - len(general) >= 15
    assert abs(draft.han_chars - 6000) <= 600


@pytest.mark.parametrize("seed", [4, 8])
def test_a_townships_twenty_minute_rural_speech_deploys_its_grain(seed: int) -> None:
    # seeds 4, 8 and 11 of 0-12 had no grain or farmland area before
    draft = draft_made("古楼乡", "全乡乡村振兴工作会议", seed, 20)
    assert "point.rural.task.town-grain" in used_ids(draft, "point")
    assert "耕地" in draft.text and "撂荒" in draft.text
