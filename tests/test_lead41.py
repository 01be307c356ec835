"""The lead's fixes of session 41, each as a user meets it."""

from __future__ import annotations

import pytest
from work_drafts import draft_made, sections_of, used_ids


@pytest.mark.parametrize(("place", "meeting", "seed"), [
    ("清河县", "全县平安建设工作会议", 2),
    ("湖州市吴兴区月河街道", "全街道平安建设工作会议", 6),
    ("清河县柳镇", "全镇平安建设工作会议", 4),
])  # fmt: skip
def test_a_short_peace_meeting_deploys_disputes_and_public_order_not_one_area_alone(
    place: str, meeting: str, seed: int
) -> None:
    # a 10-minute 平安建设 speech has one task point: it was one area drawn at random (特殊人群 at 月河街道 seed 6,
    # 重点领域风险 at 清河县 seed 2) and the speech never spoke of 矛盾纠纷 or 社会治安
    draft = draft_made(place, meeting, seed, minutes=10)
    tasks = [text for key, text in sections_of(str(draft.text)) if key == "二"][0]
    assert "矛盾纠纷" in tasks and "治安" in tasks and "重点人群" in tasks, tasks[:200]
    assert "point.peace.task.overview" in used_ids(draft, "point")


def test_a_longer_peace_meeting_gathers_the_areas_themselves_not_the_overview() -> None:
    # at 20 minutes the task point gathers the areas as sections; the overview would say them all again in brief
    draft = draft_made("清河县", "全县平安建设工作会议", 1, minutes=20)
    assert "point.peace.task.overview" not in used_ids(draft, "point")


@pytest.mark.parametrize(("meeting", "seed", "says"), [
    ("全县教育工作会议", 1, ("义务教育", "教师", "校园安全")),
    ("全县教育工作会议", 4, ("义务教育", "教师", "校园安全")),
    ("全县文明城市创建工作推进会", 2, ("背街小巷", "占道经营", "窗口", "志愿服务")),
])  # fmt: skip
def test_a_short_meeting_on_a_broad_work_deploys_its_main_matters(meeting: str, seed: int, says: tuple[str, ...]) -> None:
    # 10 minutes, one task point: a 全县教育工作会议 spoke of 职业教育 alone (3 of 5 seeds), a 文明城市创建推进会 of
    # 志愿服务 alone (4 of 5); the work's overview says its main matters one paragraph each
    tasks = [text for key, text in sections_of(str(draft_made("清河县", meeting, seed, minutes=10).text)) if key == "二"][0]
    assert all(word in tasks for word in says), (meeting, seed, tasks[:300])
