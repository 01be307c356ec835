"""A department's own meeting follows its own level's leadership (lead22).

县应急管理局2026年安全生产工作会议 said 把市委、市政府的部署要求不折不扣落下去: the county's own meeting says that. A bureau
carries out 县委、县政府和上级部门的部署 (its level's Party committee and government, and the bureau above it).
市教育局2026年全市教育工作会议 thanked 全市为全市教育工作尽心尽力的同志们: the 全市 after the organ and year is the
meeting's scope, not part of its work.
"""

from __future__ import annotations

import re

import pytest
from work_drafts import draft_meeting


def _head(text: str) -> str:
    return text.split("\n## ", 1)[0]


@pytest.mark.parametrize(("place", "meeting", "own", "upper"), [
    ("清河县", "县应急管理局2026年安全生产工作会议", "县委、县政府和上级部门", "市委、市政府"),
    ("丰城市", "市应急管理局2026年全市安全生产工作会议", "市委、市政府和上级部门", "宜春市委、市政府"),
])  # fmt: skip
def test_a_bureaus_opening_carries_out_its_own_levels_leadership(place: str, meeting: str, own: str, upper: str) -> None:
    heads = [_head(draft_meeting(meeting, place, seed)[1].text) for seed in range(1, 7)]
    assert not any(upper in head for head in heads)
    assert any(own in head for head in heads)
    assert not any(re.search("全[市县]为全[市县]", head) for head in heads)  # no 向全市为全市安全生产工作…
    assert not any(f"{own}、" in head.replace(f"{own}、上级", "") for head in heads)  # no 县委、县政府和上级部门、县委、县政府


def test_the_countys_own_meeting_still_carries_out_the_citys() -> None:
    heads = [_head(draft_meeting("全县安全生产工作会议", "清河县", seed)[1].text) for seed in range(1, 7)]
    assert any("市委、市政府" in head for head in heads)
    assert not any("上级部门" in head for head in heads)


@pytest.mark.parametrize("name", ["市教育局2026年全市教育工作会议", "县应急管理局2026年全县安全生产工作会议"])
def test_the_scope_after_a_bureau_and_its_year_is_no_part_of_the_work(name: str) -> None:
    from drafter.meeting import parse_meeting

    read = parse_meeting(name)
    assert not read.work.startswith("全") and read.scope.startswith("全")
