"""Review 11: faults of the planner a reader of the goldens found (two points on one idea, the targets paragraph,
a task no point is about, the user's 上级精神 beside the opening's own, a 街道 directing district departments)."""

from __future__ import annotations

import pytest
from work_drafts import draft_meeting, ideas_said_twice

# Meetings where two fragments on one idea were drawn (教育 seed 3: 课堂教学质量 in 一 and 二; 防汛 seed 1: 灾情信息报送;
# 安全生产 seed 3: 消灭在萌芽; 妇女儿童 seeds 4, 5: 规划后半程, 对照中期评估), and the goldens' places of the fault.
ONE_IDEA_MEETINGS = [
    ("全县森林防火工作电视电话会议", "清河县", {}),
    ("全镇森林防火工作电视电话会议", "城关镇", {}),
    ("全市经济工作会议", "南通市", {"minutes": 10}),
    ("全县教育工作会议", "清河县", {"minutes": 10}),
    ("全区乡村振兴工作培训班开班式", "鼓楼区", {}),
    ("全省民营企业座谈会", "浙江省", {}),
    ("全旗防汛工作动员部署会", "鄂托克旗", {}),
    ("全县安全生产工作会议", "清河县", {}),
    ("全市妇女儿童工作会议", "南通市", {}),
]


@pytest.mark.parametrize(("meeting", "place", "more"), ONE_IDEA_MEETINGS, ids=[m for m, _, _ in ONE_IDEA_MEETINGS])
def test_no_heading_names_an_idea_another_point_already_made(meeting, place, more):
    for seed in range(6):
        library, draft = draft_meeting(meeting, place=place, seed=seed, **more)
        assert ideas_said_twice(library, draft.text) == [], (seed, draft.text)
