"""Drafts read as a 县/区/镇 clerk would, session 34: a place's own 森林防火, 地质灾害 and 农业 speech — a central
district's 森林防火 says no 林区 or 护林员, a 地质灾害 meeting is not a 防汛 one, and 高标准农田建设 has its own
areas (review34b)."""

from __future__ import annotations

import re

import pytest

from drafter.drafting import DraftRequest, make_draft


def _draft(
    place: str, meeting: str, seed: int, minutes: int | None = None, **answers: object
) -> str:
    request = DraftRequest(
        answers={"place": place, "meeting": meeting, **answers},
        seed=seed,
        minutes=minutes,
        history=False,
    )
    return str(make_draft(request).draft.text)


# What a central district has none of: forest land, rangers, checkpoints into the hills, forest farmers, villages.
_WOODLAND = re.compile(
    r"林区|进山入林|(?<!纳)入林|护林员|林农|封山|林场|村干部|农事|乡村治理|村庄|森林资源"
)


@pytest.mark.parametrize("place", ["鼓楼区", "静安区", "越秀区"])
@pytest.mark.parametrize("seed", range(1, 7))
def test_a_central_district_forest_fire_speech_speaks_of_its_hills_and_green_land(
    place: str, seed: int
) -> None:
    # Read: 鼓楼区's 全区森林防火工作会议 (seed 1, 15 minutes) after review33's 城区 point: 入林路口设立防火检查站,
    # 村干部、护林员、网格员上门宣传, 林区内有智力障碍……的人员, 发挥护林员巡护作用, 民兵、护林员、林场职工组建半专业
    # 扑火队, 林区开发利用, 农村青壮年外出务工, 减轻林农……的损失 — a district of 山体公园、城市绿地 and 街道社区.
    for minutes in (None, 20):
        text = _draft(place, "全区森林防火工作会议", seed, minutes)
        assert not _WOODLAND.search(text), _WOODLAND.search(text)


def test_a_mountain_county_forest_fire_speech_keeps_its_rangers_and_checkpoints() -> None:
    # The same clauses for a county with forest: 护林员 and 入林 are its own.
    texts = "".join(
        _draft("黄山区", "全区森林防火工作会议", seed, 20, features="山区") for seed in range(1, 4)
    )
    assert "护林员" in texts and "入林" in texts
