"""科技创新: a 科技创新大会 or 科技工作会议 was read as 经济工作 (科技创新 was one of its words).

It drew 深化重点领域改革 and 用地、用能、用工 points; now the meeting speaks of enterprises as the
main force of innovation, platforms, the transfer of results, 科普, and a town of its services.
"""

from __future__ import annotations

import pytest
from work_drafts import assert_deploys_its_own_work, assert_keeps_to_its_powers, assert_task_lands

from drafter.topics import find_topics


@pytest.mark.parametrize(
    ("meeting", "topic"),
    [
        ("全县科技创新大会", "科技创新"),
        ("全市科技工作会议", "科技创新"),
        ("全县科技成果转化推进会", "科技创新"),
        ("全县科普工作会议", "科技创新"),
        ("全县经济工作会议", "经济工作"),
        ("全县招商引资工作推进会", "经济工作"),
    ],
)
def test_the_meeting_names_its_work(meeting, topic):
    assert [t.tag for t in find_topics(meeting)] == [topic]


@pytest.mark.parametrize(
    ("meeting", "must"),
    [("全县科技创新大会", set()), ("全市科技工作会议", set()), ("全县科普工作会议", {"科普"})],
)
def test_a_science_meeting_deploys_its_own_work(meeting, must):
    """Most points are 科技创新's own; a 科普 meeting deploys 科普; none is an 经济工作 point."""
    assert_deploys_its_own_work(meeting, "科技创新", must, {"经济工作"})


# What only a county or above does: research project management, funds and guidance, platforms, 首台（套）.
COUNTY_ONLY = (
    "首台（套）",
    "政府引导基金",
    "科技项目",
    "中试基地",
    "创新飞地",
    "孵化器",
    "职业教育",
)


@pytest.mark.parametrize(
    ("meeting", "place", "level"),
    [("全镇科技工作会议", "葛仙庄镇", "镇"), ("全街道科技工作会议", "城关街道", "街道")],
)
def test_a_town_science_speech_keeps_to_its_powers(meeting, place, level):
    assert_keeps_to_its_powers(meeting, place, level, COUNTY_ONLY)


@pytest.mark.parametrize(
    ("item", "says"),
    [
        ("建设中试基地", ("概念验证", "成果")),
        ("开展科技特派员进企业活动", ("成果转化", "转化为产品", "农业", "科技人员")),
        ("开展全民科学素质提升行动", ("科学普及", "科普", "科学素质")),
    ],
)
def test_a_science_task_lands_in_its_point(item, says):
    assert_task_lands("全县科技创新大会", item, says)
