"""village45: townships asking for the same meeting get different speeches; a long speech on a narrow work keeps its
own areas together.

- Ten 乡/镇 asking for 全镇（乡）乡村振兴工作会议 on one day (no --seed, no facts): on main 8 of 10 of their 15-minute speeches
  said the same 撂荒地 and 农田管护 sentences (the township grain point, drawn by every township, had two ways of saying each).
- A township's 产业 area grows its villages' collective economy; its 底线 area guards that economy's debts: one gathered
  point says 集体经济 under one sub-point, not two.
- A 30-minute 全县特种设备安全工作会议 gave each of its four task points one area of its own between general sections
  (向改革要动力, 以制度建设为抓手 …); its own areas now stand together in one point.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from drafter.drafting import seed_for
from drafter.library import load_library
from tests.work_drafts import draft_made, draft_text

TOWNS = ("桥头镇", "城关镇", "新店乡", "古楼乡", "三河镇", "葛仙庄镇", "连庄镇", "石桥镇", "柳河乡", "青山镇")
DATE = "2026年3月8日"


def _rural(town: str) -> tuple[str, int]:
    meeting = f"全{town[-1]}乡村振兴工作会议"
    return meeting, seed_for({"place": town, "meeting": meeting, "date": DATE})


def _sentences(text: str, town: str) -> set[str]:
    text = text.replace(town, "某地").replace(f"全{town[-1]}", "全某").replace("\n", "")
    return {s for s in re.split(r"(?<=[。！？；])", text) if len(s) > 15}


def test_townships_asking_for_the_same_rural_meeting_say_no_sentence_most_of_them_say() -> None:
    said: Counter[str] = Counter()
    for town in TOWNS:
        meeting, seed = _rural(town)
        said.update(_sentences(draft_text(town, meeting, seed, 15, date=DATE), town))
    common = sorted((n, s) for s, n in said.items() if n > len(TOWNS) // 2)
    assert common == [], common


@pytest.mark.parametrize("town", ["三河镇", "石桥镇"])  # 产业 and 涉农风险 gathered in one point
def test_a_township_says_its_collective_economy_under_one_sub_point(town: str) -> None:
    meeting, seed = _rural(town)
    text = draft_text(town, meeting, seed, 20, date=DATE)
    heads = re.findall(r"^\d+\.([^。！？\n]*)", text, re.M)
    assert sum(bool(re.search("集体经济|集体家底", h)) for h in heads) <= 1, heads


def _points(draft) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """The ids of each point's parts (the point, then its sections), in order."""
    points: list[list[str]] = []
    for use in draft.uses:
        if use.role.value == "point":
            if use.section and points:
                points[-1].append(use.id)
            else:
                points.append([use.id])
    return points


@pytest.mark.parametrize(("meeting", "part", "seed"), [
    ("全县特种设备安全工作会议", "特种设备", 1),  # on main: six points, its four own areas one to each task point
    ("全县体育赛事安全工作会议", "体育安全", 1),  # on main: 3, 4 and 3 parts, its areas in all three task points
])  # fmt: skip
def test_a_long_narrow_speech_keeps_its_own_areas_in_one_point(meeting: str, part: str, seed: int) -> None:
    library = load_library()
    draft = draft_made("清河县", meeting, seed, 30)
    own = {i for p in _points(draft) for i in p if part in library.get(i).tags and library.get(i).stage == "任务"}
    holding = [p for p in _points(draft) if own.intersection(p)]
    assert len(holding) == 1 and len(own) >= 3, _points(draft)
