"""Session 44's lead: what a clerk saw reading drafts.

Each test here failed before its fix (branch lead44).
"""

from __future__ import annotations

import re

import pytest

from drafter.text import count_han
from tests.work_drafts import draft_text

_SECTION = re.compile(r"^（[一二三四五六七八九十]+）", re.M)
_SUB = re.compile(r"^\d+\.", re.M)


def _points(text: str) -> list[str]:
    """Each ## point of a draft, the closing cut off the last one."""
    points = re.split(r"\n## ", text)[1:]
    if points:
        points[-1] = re.split(r"\n同志们", points[-1])[0]
    return points


def _last_section(point: str) -> str:
    return point[list(_SECTION.finditer(point))[-1].start() :]


@pytest.mark.parametrize(("place", "meeting", "seed", "minutes"), [
    ("泾县", "全县乡村振兴先进集体和先进个人表彰大会", 1, 12),
    ("泾县", "全县乡村振兴先进集体和先进个人表彰大会", 3, 12),
    ("清河县", "全县优秀教师表彰大会", 0, None),
])  # fmt: skip
def test_a_commendation_says_the_work_ahead_briefly_after_its_hopes(place, meeting, seed, minutes) -> None:  # type: ignore[no-untyped-def]
    """Read (泾县, seed 1, 12 minutes): after 珍惜荣誉、保持本色 the hopes point said 推动农业发展全面绿色转型 in four long
    sub-points (农药瓶袋, 农膜, 碳汇), a third of the ceremony's speech; the 教师表彰大会 golden said 科学教育's
    实验室, 科普资源 and 科创竞赛 at length. The work's area a hopes point gathers, said after the hopes, is now its
    lead paragraph (two sub-points where that is one sentence)."""
    text = draft_text(place, meeting, seed, minutes)
    area = _last_section(_points(text)[1])
    assert len(_SUB.findall(area)) <= 2, area
    assert count_han(area) <= 650, area


def test_a_longer_commendation_still_says_its_work_area_whole() -> None:
    """At 20 minutes the area brief left the kind's own sections to fill the length (five 认识 sections on 学习先进 and
    荣誉): a longer commendation keeps the area's sub-points."""
    text = draft_text("泾县", "全县乡村振兴先进集体和先进个人表彰大会", 1, 20)
    assert len(_SUB.findall(_last_section(_points(text)[1]))) >= 2


@pytest.mark.parametrize(("place", "meeting"), [("南通市", "全市生态环境工作会议"), ("清河县", "全县生态环境工作会议")])
def test_a_ten_minute_speech_keeps_its_overview_whole(place: str, meeting: str) -> None:
    """Read (南通市 全市生态环境工作会议, seed 0, 10 minutes): its tasks were two one-line sub-points of the overview's
    four (碧水 and 督察), 11% of the points, while 认识 ran three paragraphs and 保障 two sections. The tasks are the body
    of a work meeting: none of theirs is cut for length while they are under TASK_FLOOR of the points."""
    text = draft_text(place, meeting, 0, 10)
    tasks = _points(text)[1]
    assert len(_SECTION.findall(tasks)) >= 4, tasks
    assert 10 * 200 * 0.9 <= count_han(text) <= 10 * 200 * 1.1


@pytest.mark.parametrize(("meeting", "tasks"), [
    ("全县营商环境工作会议", ["推进高效办成一件事", "清理拖欠企业账款"]),
    ("全县防汛抗旱工作会议", ["完成病险水库除险加固", "疏通城市排水管网"]),
])  # fmt: skip
def test_a_longer_speech_with_the_users_tasks_is_no_overview_among_points(meeting: str, tasks: list[str]) -> None:
    """overview44 found: a 20-minute speech whose tasks the overview's areas name (疏通城市排水管网, 清理拖欠企业账款)
    drew the overview as one task point beside gathered ones, six points in all, its areas said again by them. The
    overview is a short speech's one task point only."""
    from tests.work_drafts import draft_made

    draft = draft_made("清河县", meeting, 0, 20, tasks=tasks)
    assert not any("overview" in u.id for u in draft.uses if u.role.value == "point")
    assert len(_points(str(draft.text))) <= 5


def test_a_lead_in_after_a_phrase_that_is_no_sentence_goes_whole() -> None:
    """Read (draft44, fix44: 全县体育赛事安全工作会议, 20 minutes): a 认识 section's intro ended 面对新的形势和任务。 — the
    lead-in (，要从以下两个方面提高认识：) left out, the phrase before its comma left as a sentence it is not."""
    from drafter.render.sections import without_lead_in

    assert without_lead_in(["新的发展阶段提出了新要求。面对新的形势和任务，要从以下两个方面提高认识："]) == ["新的发展阶段提出了新要求。"]
    assert without_lead_in(["安全是办赛的底线。围绕赛事安全这件大事，要抓好以下三项工作："]) == ["安全是办赛的底线。"]
    # a clause that says something of its own still ends the sentence
    assert without_lead_in(["面对新的形势，我们必须保持清醒，要抓好以下三项工作："]) == ["面对新的形势，我们必须保持清醒。"]
