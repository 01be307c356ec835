"""Drafts for 乡镇, 街道 and 部门 read as the leader's writer (review30).

- A bureau the meeting table did not know (县林业局, 县信访局, 县发展改革局) pasted its name into the work
  (做好县林业局森林防火工作) and its director spoke for 县委、县政府.
"""

from __future__ import annotations

import re

import pytest

from drafter.library import load_library, load_templates
from drafter.render import render_draft

SHIPPED = load_library()
TEMPLATES = load_templates()


def _draft(place: str, meeting: str, seed: int, template: str = "work-meeting", **answers: object):
    answers = {"place": place, "meeting": meeting, **answers}
    return render_draft(SHIPPED, TEMPLATES[template], answers, seed=seed)


def _before_points(text: str) -> str:
    return text.split("## 一、", 1)[0]


@pytest.mark.parametrize(("meeting", "organ"), [
    ("县林业局森林防火工作会议", "县林业局"),
    ("县信访局信访工作会议", "县信访局"),
    ("县发展改革局经济工作会议", "县发展改革局"),
    ("县公安局2026年工作会议", "县公安局"),
])  # fmt: skip
def test_a_bureaus_own_meeting_speaks_for_the_bureau_and_leaves_its_name_out_of_the_work(
    meeting: str, organ: str
) -> None:
    text = _draft("清河县", meeting, 1).text
    body = text.split("\n", 1)[1]
    # the title and the opening's 这次…会议 name the meeting; nothing else names the bureau as part of a work
    assert not re.search(organ + r"[^，。]{0,8}工作(?!会议)", body.replace(meeting, "")), organ
    opening = _before_points(text)
    assert "局领导班子" in opening and "县委、县政府，向" not in opening


@pytest.mark.parametrize(("place", "meeting"), [
    ("清河县城关街道", "全街道基层党建工作会议"),
    ("清河县", "县卫健局基层党建工作会议"),
    ("清河县", "全县基层党建工作会议"),
])  # fmt: skip
def test_a_party_building_meeting_is_no_cadre_training_meeting(place: str, meeting: str) -> None:
    # 主要任务是…安排下一步干部教育培训和干部队伍建设工作；让我们把干部教育培训这件…事抓紧抓好 (review30)
    for seed in range(1, 5):
        assert "干部教育培训" not in _draft(place, meeting, seed).text, seed


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_bureaus_party_building_meeting_is_on_its_own_party_organizations(seed: int) -> None:
    # 县卫健局基层党建工作会议 opened on 医改, spoke of 心理健康 and chose 村党组织书记 (review30)
    text = _draft("清河县", "县卫健局基层党建工作会议", seed).text
    for word in ("医共体", "医改", "心理", "村党组织书记", "软弱涣散村", "财政投入"):
        assert word not in text, word
