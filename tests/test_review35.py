"""Drafts read as the leader's writer would before handing them in (review35): known defects of session 34, fixed by
class, and what reading twenty more drafts found."""

from __future__ import annotations

from drafter.render.ideas import _ideas, shared_ideas
from tests.work_drafts import draft_meeting


def _echoes(library, draft) -> dict[tuple[str, str], int]:
    """Pairs of a 认识 point and a later point of `draft` that share 8 key phrases or more (says it again)."""
    points = [library.get(u.id) for u in draft.uses if u.role.value == "point"]
    rare = _ideas(library).rare()
    return {
        (k.id, f.id): n
        for k in points
        if k.stage == "认识"
        for f in points
        if f.stage != "认识" and (n := len(shared_ideas(k, f, rare))) >= 8
    }


def test_an_urbanization_recognition_does_not_preview_the_citizenization_and_county_seat_tasks():
    # Read (射阳县 全县新型城镇化工作会议, seed 1): 人的城镇化是新型城镇化的核心 and 以县城为重要载体推进城镇化 under
    # 一、, then 推进农业转移人口市民化 and 推进以县城为重要载体的城镇化建设 as 二、 and 三、 (11 key phrases each).
    for place in ("射阳县", "清河县"):
        for seed in range(4):
            library, draft = draft_meeting("全县新型城镇化工作会议", place=place, seed=seed)
            assert not _echoes(library, draft), (place, seed, _echoes(library, draft))


def test_a_town_forest_fire_recognition_does_not_preview_the_suppression_task():
    # Read (柳镇 全镇秋冬季森林防火工作会议, seed 3): 扑火安全是一条不可逾越的红线 and 打早打小打了 under 一、, then
    # 扑救要抓早抓小抓彻底 and 扑火安全要始终放在首位 under 二、（三）.
    library, draft = draft_meeting("全镇秋冬季森林防火工作会议", place="清河县柳镇", seed=3)
    assert not _echoes(library, draft), _echoes(library, draft)
    assert "打早打小打了" not in draft.text
