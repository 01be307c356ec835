"""leadin45: a speech announces how many sub-points follow a few times, not in every section.

A 30-minute 全县审计工作会议 (seed 1) said 以下N sixteen times: nearly every （一） opened on 要突出以下三个重点： or
要盯紧以下三个关键：, and a 15-minute 表彰大会 seven. A writer announces the speech's own count once and, inside the
points, a count only where a long list follows.
"""

from __future__ import annotations

import re

import pytest

from drafter.render.announce import budget, within_budget
from drafter.text import count_han, parse_cn_number
from tests.work_drafts import draft_text

COUNTED = re.compile(r"以下([一二三四五六七八九十两几]+)")
# (place, meeting, seed, minutes): thin works that kept every lead-in for their length, and a commendation.
DRAFTS = [
    ("泾县", "全县审计工作会议", 1, 30),
    ("泾县", "全县统一战线工作会议", 1, 30),
    ("宣城市", "全市保密工作会议", 1, 30),
    ("泾县", "全县外事工作会议", 1, 20),
    ("泾县", "全县教育工作先进集体和先进个人表彰大会", 1, 15),
    ("泾县", "全县档案工作会议", 0, 10),
]
_SECTION = re.compile(r"^（([一二三四五六七八九十]+)）")
_NUMBERED = re.compile(r"^(\d+)\.")
_RUN_IN = re.compile(r"(?:^|[。；])([一二三四五六七八九十]+)[是要]")


def _points(text: str) -> list[str]:
    return text.split("\n## ")[1:]


def _inside(text: str) -> int:
    return sum(len(COUNTED.findall(p)) for p in _points(text))


@pytest.mark.parametrize(("place", "meeting", "seed", "minutes"), DRAFTS)
def test_a_speech_announces_a_count_a_few_times_and_keeps_its_length(place, meeting, seed, minutes) -> None:
    text = draft_text(place, meeting, seed, minutes)
    assert _inside(text) <= budget(minutes), COUNTED.findall(text)
    assert abs(count_han(text) - minutes * 200) <= minutes * 200 * 0.1


def _series_after(paras: list[str], at: int) -> int:
    """How many sub-points follow the lead-in ending paragraph `at`: its （N）, N. or 一是 series."""
    first = paras[at + 1]
    if _SECTION.match(first):
        return sum(1 for p in paras[at + 1 :] if _SECTION.match(p))
    if _NUMBERED.match(first):
        n = 0
        for p in paras[at + 1 :]:
            if _SECTION.match(p):
                break
            n += bool(_NUMBERED.match(p))
        return n
    marks = []
    for p in paras[at + 1 :]:
        found = _RUN_IN.findall(p)
        if not found or _SECTION.match(p) or _NUMBERED.match(p):
            break
        marks += found
    return len(marks)


_MARK = re.compile(r"^(?:（[一二三四五六七八九十]+）|\d+\.|[一二三四五六七八九十]+[是要])")


@pytest.mark.parametrize(("place", "meeting", "seed", "minutes"), DRAFTS)
def test_a_count_still_announced_is_the_number_of_sub_points_that_follow(place, meeting, seed, minutes) -> None:
    text = draft_text(place, meeting, seed, minutes)
    checked = 0
    for point in _points(text):
        paras = point.split("\n\n")
        for i, para in enumerate(paras[:-1]):
            if not para.endswith(("：", "。")) or not _MARK.match(paras[i + 1]):
                continue
            last = para[:-1].rsplit("。", 1)[-1]
            found = COUNTED.findall(last)
            if found and found[-1] != "几":
                assert parse_cn_number(found[-1]) == _series_after(paras, i), para
                checked += 1
    assert checked


@pytest.mark.parametrize(("place", "meeting", "seed", "minutes"), DRAFTS)
def test_a_lead_in_left_out_or_said_without_its_count_still_reads(place, meeting, seed, minutes) -> None:
    text = draft_text(place, meeting, seed, minutes)
    for para in text.split("\n\n"):
        assert not re.search(r"以下[：。，]|以下$", para), para  # no 以下： left dangling
        assert not re.search(r"[，、：]。|。。", para), para  # a sentence cut where it was no sentence
        assert not re.search(r"[好把]几(?:个|项|点|件)|在几点", para), para  # 要抓好几项工作 reads as 好几 (quite a few)


def test_counts_are_kept_before_the_longest_task_series_and_never_in_neighbouring_sections() -> None:
    points = [
        "## 一、认识\n\n要把握好以下两点：\n\n（一）甲。要从以下三个方面把握。\n\n1.子。\n\n2.子。\n\n3.子。\n\n"
        "（二）乙。城市管理，群众每天都看在眼里，要统筹推进以下两项工作：\n\n1.子。\n\n2.子。",
        "## 二、任务\n\n要集中力量抓好以下三个方面：\n\n（一）丁。财政收支紧平衡的态势还会持续，要下功夫做好以下四个方面：\n\n"
        "1.子。\n\n2.子。\n\n3.子。\n\n4.子。\n\n"
        "（二）己。你们是全县的骄傲，也承载着更多人的期待，希望你们做到以下三点：\n\n1.子。\n\n2.子。\n\n3.子。\n\n"
        "（三）戊。要突出以下三个重点：\n\n1.子。\n\n2.子。\n\n3.子。",
    ]
    out = within_budget(points, [False, True], 10)
    assert sum(len(COUNTED.findall(p)) for p in out) == 2, out
    views, task = out
    # the task point's longest series keeps its count; its neighbours and the rest of its point do not
    assert "以下四个方面" in task and "以下三个重点" not in task and "集中力量抓好以下" not in task
    assert "（三）戊。\n\n1.子。" in task
    # a hope keeps whom it is for, said without the count
    hope = next(p for p in task.split("\n\n") if p.startswith("（二）"))
    assert "希望你们做到" in hope and "以下" not in hope and hope.endswith("点："), hope
    # the other point's longest series keeps its count; a lead-in that was all a point said before its （一） goes with
    # its paragraph; what a lead-in's sentence says before its comma stays
    assert views.startswith("## 一、认识\n\n（一）甲。要从以下三个方面把握。\n\n1.子。")
    assert "（二）乙。城市管理，群众每天都看在眼里。\n\n1.子。" in views


def test_a_point_heading_is_not_left_bare_before_its_run_in_series() -> None:
    point = "## 一、认识\n\n要把握好以下三点：\n\n一是甲。二是乙。三是丙。"
    out = within_budget([point, point, point], [True, True, True], 10)
    assert [len(COUNTED.findall(p)) for p in out] == [1, 0, 1], out  # neighbours: the middle one without its count
    assert all(p.split("\n\n")[1].startswith("要把握好这几点") or "以下三点" in p for p in out), out
