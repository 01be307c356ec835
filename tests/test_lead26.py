"""Drafts read as their writer would, session 26: a 认识 point does not preview what a task point says."""

from __future__ import annotations

import pytest
from work_drafts import draft_meeting

from drafter.library import load_library, load_templates
from drafter.meeting import parse_meeting
from drafter.render import render_draft
from drafter.render.ideas import _ideas, shared_ideas

# Drafts whose 认识 point, drawn before the tasks, said again what a task point then said: 扑火安全 and 打早打小 under
# 认识 then 扑火安全要始终放在首位 and 扑救要抓早抓小抓彻底 under the tasks; 兜底保障 twice; 意识形态阵地 twice.
ECHOED = [
    ("全镇秋冬季森林防火工作会议", "清河县柳镇", 3),
    ("全镇秋冬季森林防火工作会议", "清河县柳镇", 5),
    ("全县民政工作会议", "清河县", 1),
    ("全县民政工作会议", "清河县", 2),
    ("全县宣传思想文化工作会议", "清河县", 1),
    ("全镇统计工作会议", "清河县柳镇", 1),
    ("全镇科技创新工作会议", "清河县柳镇", 2),
    ("全镇党风廉政建设工作会议", "清河县柳镇", 2),
]


@pytest.mark.parametrize(("meeting", "place", "seed"), ECHOED)
def test_a_recognition_point_does_not_say_again_what_a_task_point_says(meeting, place, seed):
    library, draft = draft_meeting(meeting, place, seed)
    points = [library.get(u.id) for u in draft.uses if u.role.value == "point"]
    rare = _ideas(library).rare()
    know = [f for f in points if f.stage == "认识"]
    assert know, draft.text[:300]
    # 8 key phrases (4-character windows) are two or three phrases said again (扑火安全 … 打早打小打了); 5 to 7 can be
    # one longer phrase of house wording (把防火责任扛在肩上), which a recognition may share when every other one does.
    echoes = {(k.id, f.id): "、".join(sorted(shared_ideas(k, f, rare))) for k in know for f in points
              if f.stage != "认识" and len(shared_ideas(k, f, rare)) >= 8}  # fmt: skip
    assert not echoes, echoes


def test_a_recognition_point_the_writer_picked_stays_even_when_a_task_point_echoes_it():
    meeting = "全镇秋冬季森林防火工作会议"
    library = load_library()
    template = load_templates()[parse_meeting(meeting).kind.template]
    answers = {"place": "清河县柳镇", "meeting": meeting}
    draft = render_draft(library, template, answers, seed=3, picks=("point.forest.know.lessons",))
    assert "point.forest.know.lessons" in [u.id for u in draft.uses]


@pytest.mark.parametrize("place", ["江州市江南区", "江州市清河县"])
def test_a_made_up_city_written_before_its_district_is_not_a_real_district_of_the_same_short_name(place):
    # 江州 is the short name of 江州区 (崇左市); the writer wrote 江州市: the district or county answers to a 市委,
    # never to 江州区委 (the draft said “上级 江州区” and would have said 区委、区政府 of its superior).
    from drafter.places import resolve_place

    info = resolve_place(place)
    assert info is not None
    assert info.superior != "江州区"
    assert info.superior_kind is not None and info.superior_kind.words.party == "市委"


def test_a_real_city_written_before_its_district_is_still_its_superior():
    from drafter.places import resolve_place

    info = resolve_place("南京市鼓楼区")
    assert info is not None and info.superior == "南京市"
