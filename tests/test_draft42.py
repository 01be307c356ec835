"""draft42: drafts a 县 clerk hands in without rewriting.

- Who is told to act: a meeting on a work whose hearers are its own units (topics.yaml `hearers`) hands its work to
  them, not to the level's towns (a 20-minute 全县医德医风建设工作会议 told 各乡镇（街道）、县直各部门 to put 医德医风 on
  their agenda and answer for it; a 国企改革 meeting credited 各乡镇（街道） with 国企改革).
- A short speech's sole task point covers its work: a 10-minute 全县卫生健康工作会议 spoke of 综合监管和药品 alone in 3
  of 5 seeds, a 妇女儿童 one of 家庭家教家风 alone in 5 of 5; now the work's overview (tag 总览). Every topic's 10-minute
  draft is checked for it in tests/test_topic_sweep.py, and for who is told to act at every length.
- A 乡's 乡村振兴 meeting speaks of 粮食: its grain point no longer reads as the same idea as 产业 or 涉农风险.
"""

from __future__ import annotations

import pytest

from drafter.library import load_library
from drafter.render.ideas import SHARED_RUNS, _ideas, shared_ideas
from tests.hearing import told_who_is_not_there
from tests.work_drafts import draft_made, draft_text, used_ids

TOWNS_AND_DEPTS = "各乡镇（街道）、县直各部门"


@pytest.mark.parametrize("seed", [1, 3])
def test_a_medical_ethics_meeting_tells_the_hospitals_not_the_towns(seed: int) -> None:
    meeting = "全县医德医风建设工作会议"
    text = draft_text("清河县", meeting, seed, 20)
    assert "各乡镇（街道）" not in text
    assert "各医疗卫生机构要" in text or "各医疗卫生机构主要负责同志" in text
    assert told_who_is_not_there(text, meeting) == []


def test_a_state_enterprise_meeting_credits_no_town_with_reform() -> None:
    meeting = "全县国企改革工作会议"
    text = draft_text("清河县", meeting, 1, 20)
    assert "各乡镇（街道）" not in text
    # (its general points said 县直各部门和各国有企业; since draft43 it is long on its own points, which name no hall)
    assert told_who_is_not_there(text, meeting) == []


def test_an_education_meeting_tells_the_schools_with_the_towns_and_departments() -> None:
    text = draft_text("清河县", "全县教育工作会议", 2, 20)
    assert f"{TOWNS_AND_DEPTS}和各级各类学校" in text
    assert told_who_is_not_there(text, "全县教育工作会议") == []


def test_a_health_bureaus_own_meeting_still_speaks_to_its_room() -> None:
    # a department's own meeting has its hall already (kinds.yaml room): hearers leave it alone
    text = draft_text("清河县", "县卫生健康局2026年医德医风建设工作会议", 1, 15)
    assert "各乡镇（街道）" not in text
    assert "各医疗卫生机构和各医疗卫生机构" not in text


@pytest.mark.parametrize(
    ("meeting", "overview", "words"),
    [
        ("全县卫生健康工作会议", "point.health.task.overview", ("医共体", "公立医院", "公共卫生", "一老一小")),
        ("全县妇女儿童工作会议", "point.women-children.task.overview", ("妇女", "孩子", "家庭")),
    ],
)
def test_a_ten_minute_speech_on_a_broad_work_covers_it(meeting: str, overview: str, words: tuple[str, ...]) -> None:
    draft = draft_made("清河县", meeting, 1, 10)
    library = load_library()
    tasks = [i for i in used_ids(draft, "point") if library.get(i).stage == "任务"]
    assert tasks == [overview]
    assert all(w in draft.text for w in words), [w for w in words if w not in draft.text]


def test_a_townships_short_rural_speech_speaks_of_grain_and_farmland() -> None:
    text = draft_text("古楼乡", "全乡乡村振兴工作会议", 2, 10)
    assert "粮食" in text and "耕地" in text and "返贫" in text


def test_the_grain_point_is_not_the_same_idea_as_industry_or_rural_risks() -> None:
    # 0 of 13 20-minute 全乡乡村振兴工作会议 drew 粮食安全: after 乡村产业 or 涉农风险 it "said again" their point on
    # incidental phrases (业提质增, 农产品要, 增强农业); it was drawn in 5 of 13 after the rewording
    library = load_library()
    rare = _ideas(library).rare()
    grain = library.get("point.rural.task.grain-security")
    for other in ("rural-industry", "rural-risks", "farmer-income", "governance-civility"):
        shared = shared_ideas(grain, library.get(f"point.rural.task.{other}"), rare)
        assert len(shared) < SHARED_RUNS, (other, shared)


@pytest.mark.parametrize("seed", [0, 1])
def test_a_townships_rural_speech_deploys_grain(seed: int) -> None:
    draft = draft_made("古楼乡", "全乡乡村振兴工作会议", seed, 20)
    # a township's own grain point since draft43 (主干, 乡 and 镇 alone: its task point opens on it)
    assert {"point.rural.task.grain-security", "point.rural.task.town-grain"} & set(used_ids(draft, "point"))
