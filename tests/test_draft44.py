"""draft44: what a clerk reading the speech would notice — a narrow work's meeting on its subject, who is told.

- A 20-minute 全县天然气保供工作会议 spoke of 电网检修, 电网项目 and 电价 and never of 管网 or 入户安检; a 特种设备 meeting
  gathered 公平竞争, 知识产权 and 消费环境; a 体育赛事安全 meeting 健身场地, 体育产业 and 乡村体育. Each speaks of its own
  areas now (topics.yaml `alone`, their own points in fragments/topics/).
- A 外事侨务 meeting handed its work to 各乡镇（街道）、县直各部门; a 医疗保障基金监管 meeting supported 各县（市、区） in
  trying things out (向改革要动力) and deployed 集中征缴.
"""

from __future__ import annotations

import re

import pytest

from tests.hearing import told_who_is_not_there
from tests.work_drafts import draft_text

_SECTION = re.compile(r"^（[一二三四五六七八九十]+）([^。！？\n]*)", re.M)

# (meeting, words one of which each of its own areas' headings says, words of the parent work's other areas)
NARROW = [
    ("全县天然气保供工作会议", "气", ("电网", "电力", "电价", "能源价格")),
    ("全县特种设备安全工作会议", "特种设备|电梯|气瓶|锅炉|压力容器|承压", ("知识产权", "公平竞争", "消费环境", "经营主体")),
    ("全县体育赛事安全工作会议", "安全|赛事|办赛", ("健身", "体育产业", "乡村体育", "体育消费")),
]


def _task_sections(text: str) -> list[str]:
    """The section headings of the speech's points that are not its first (认识) or last (保障) point."""
    points = re.split(r"\n## ", text)[2:-1]
    return [h for p in points for h in _SECTION.findall(p)]


@pytest.mark.parametrize(("meeting", "own", "parent"), NARROW)
def test_a_narrow_works_meeting_stays_on_its_subject(meeting: str, own: str, parent: tuple[str, ...]) -> None:
    text = draft_text("清河县", meeting, 1, 20)
    sections = _task_sections(text)
    # at least three areas of its own, and none of the parent work's other areas
    assert sum(bool(re.search(own, h)) for h in sections) >= 3, sections
    assert [h for h in sections if any(w in h for w in parent)] == [], sections


def test_a_gas_supply_meeting_speaks_of_pipes_and_users() -> None:
    text = draft_text("清河县", "全县天然气保供工作会议", 1, 20)
    assert "管网" in text and ("入户安全检查" in text or "入户安检" in text), text
    assert "电网" not in text


@pytest.mark.parametrize(
    ("place", "meeting", "own"),
    [
        ("清河县", "全县外事侨务工作会议", "涉外"),
        ("南通市", "全市医疗保障基金监管工作会议", "定点医药机构"),
    ],
)
def test_a_meeting_whose_hearers_are_not_the_towns_does_not_task_them(place: str, meeting: str, own: str) -> None:
    text = draft_text(place, meeting, 1, 20)
    assert told_who_is_not_there(text, meeting) == []
    assert "各乡镇（街道）、县直各部门" not in text and "各县（市、区）、市直各部门" not in text
    assert own in text
    assert "支持各县（市、区）" not in text and "鼓励各县（市、区）" not in text
    assert "集中征缴" not in text  # (要在集中征缴期前把动员工作做足……各县（市、区）要明确责任)
