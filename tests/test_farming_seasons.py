"""Meetings of the farming year: “三夏”/“三秋” harvests and 春耕.

A 全镇“三夏”生产工作会议 drew no topic, then general 乡村振兴 (农民盼什么就干什么, 村级债务) without a word
on harvesting; now a harvest meeting speaks of 抢收抢种, 秸秆禁烧 and 收购晾晒, a spring one of 面积, 农资,
农机, 农技 and 春灌, and neither says the other's work.
"""

from __future__ import annotations

import pytest
from work_drafts import assert_deploys_its_own_work, assert_task_lands, draft_meeting

from drafter.meeting import seasons_of
from drafter.topics import find_topics


@pytest.mark.parametrize(
    ("meeting", "narrow"),
    [
        ("全镇“三夏”生产工作会议", "夏秋收"),
        ("全县秋收秋种工作会议", "夏秋收"),
        ("全县春耕生产工作会议", "春耕"),
        ("全镇春季农业生产工作会议", "春耕"),
    ],
)
def test_a_farming_season_meeting_names_its_part_of_rural_work(meeting, narrow):
    assert [t.tag for t in find_topics(meeting)] == ["乡村振兴"]
    assert narrow in seasons_of(meeting)


@pytest.mark.parametrize(
    ("meeting", "must", "never"),
    [("全镇“三夏”生产工作会议", {"夏秋收"}, {"春耕"}), ("全县春耕生产工作会议", {"春耕"}, {"夏秋收"})],
)
def test_a_season_meeting_deploys_its_season(meeting, must, never):
    """A harvest meeting never speaks of 春灌 and 农资 for sowing, a spring one never of 秸秆禁烧 (shared 保障 aside)."""
    for seed in range(3):
        library, draft = draft_meeting(meeting, seed=seed, points=4)
        tags = [set(library.get(u.id).tags) for u in draft.uses]
        assert any(t & must for t in tags), (meeting, seed)
        assert not any(t & never and not t & must for t in tags), (meeting, seed)
    assert_deploys_its_own_work(meeting, "乡村振兴", must, set())


def test_a_rural_meeting_that_names_no_season_says_nothing_of_one():
    """秸秆禁烧 and 春灌 in a January 农村工作会议 would be out of season."""
    for seed in range(4):
        library, draft = draft_meeting("全县农村工作会议", seed=seed, points=5)
        assert not any({"夏秋收", "春耕"} & set(library.get(u.id).tags) for u in draft.uses), seed


def test_a_harvest_speech_says_harvest_words_and_a_spring_one_does_not():
    _, harvest = draft_meeting("全镇“三夏”生产工作会议", place="葛仙庄镇", seed=3)
    assert "抢收" in harvest.text and "春灌" not in harvest.text
    _, spring = draft_meeting("全县春耕生产工作会议", seed=1, points=4)
    assert "抢收" not in spring.text and "春灌" in spring.text


def test_a_spring_task_lands_in_its_point():
    assert_task_lands("全县春耕生产工作会议", "开展农资打假专项行动", ("春耕", "播种", "农资"))
