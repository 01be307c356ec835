"""The thinnest works get speeches a clerk can use (areas22).

- 全县城市更新工作推进会 gathered two 老旧小区 areas of three (城市更新 had one task area of its own) and often opened on
  the estates; now 城中村, 街区和完整社区, 地下管网 (fragments/topics/urban-renewal.yaml), at most one 老旧小区 area.
- 全县城市地下管网更新改造工作推进会 had no work at all (an empty skeleton with the name pasted in).
- 住房公积金, 粮食和物资储备, 机构编制, 地方志, 体育, 政务公开, 能源保供, 国资国企, 关心下一代 and 数据: county speeches of
  ~1,200 characters, sub-points of ~50; every sub-point now says one more thing to do. 老旧小区 sub-points likewise.
"""

from __future__ import annotations

import re

import pytest
from work_drafts import draft_meeting

from drafter.topics import narrower_tags


def _point(text: str, number: str) -> str:
    return text.split(f"## {number}、", 1)[1].split("\n## ", 1)[0]


def _sections(point: str) -> list[str]:
    return re.findall(r"(?:^|\n)（[一二三四五六]）([^。！？\n]+)", point)


@pytest.mark.parametrize(("place", "meeting"), [("清河县", "全县城市更新工作推进会"), ("丰城市", "全市城市更新工作会议")])
def test_a_renewal_meeting_speaks_of_villages_blocks_and_pipes_not_twice_of_estates(place: str, meeting: str) -> None:
    for seed in (1, 2):
        _, draft = draft_meeting(meeting, place=place, seed=seed)
        tasks = _point(draft.text, "二")
        assert any(w in tasks for w in ("城中村", "地下管网", "完整社区")), (seed, _sections(tasks))
        estates = [s for s in _sections(tasks) if "老旧小区" in s or "老小区" in s]
        assert len(estates) <= 1, (seed, _sections(tasks))
        assert "老旧小区" not in _point(draft.text, "一").split("\n", 1)[0], seed  # the 认识 heading


def test_an_underground_pipes_meeting_is_a_renewal_meeting() -> None:
    meeting = "全县城市地下管网更新改造工作推进会"
    assert "城市更新" in narrower_tags(meeting)
    _, draft = draft_meeting(meeting, place="清河县", seed=1)
    assert "管网" in _point(draft.text, "二") and "城市更新" in draft.text


def test_a_city_management_meeting_leaves_the_renewal_areas_to_renewal_meetings() -> None:
    for seed in (1, 2):
        _, draft = draft_meeting("全县城市管理工作会议", place="清河县", seed=seed, minutes=20)
        assert not [u.id for u in draft.uses if u.id.startswith("point.renewal.")], seed


@pytest.mark.parametrize(
    ("meeting", "says"),
    [("全县住房公积金工作会议", "公积金"), ("全县粮食和物资储备工作会议", "储备"), ("全县机构编制工作会议", "编制"),
     ("全县地方志工作会议", "志"), ("全县体育工作会议", "健身"), ("全县政务公开工作会议", "公开"),
     ("全县能源保供工作会议", "用能"), ("全县国资国企改革工作会议", "国有"), ("全县关心下一代工作会议", "青少年"),
     ("全县数据工作会议", "数据"), ("全县老旧小区改造工作推进会", "小区")],
)  # fmt: skip
# (能源保供: 用能, since the gathered heading no longer pastes 推进能源保供工作重点任务, review25)
def test_the_thinnest_works_give_a_county_speech_of_some_eight_minutes(meeting: str, says: str) -> None:
    """Each was ~1,200 characters (six minutes) with sub-points of ~50 characters: a heading and one clause."""
    for seed in (1, 2):
        _, draft = draft_meeting(meeting, place="清河县", seed=seed)
        assert draft.han_chars >= 1550, (seed, draft.han_chars)
        subs = [p for p in _point(draft.text, "二").split("\n\n") if re.match(r"\d+\.", p)]
        assert subs and min(len(p) for p in subs) >= 70, (seed, subs)
        assert says in _point(draft.text, "二"), seed


@pytest.mark.parametrize(("place", "meeting"), [("三河镇", "全镇全民健身工作会议"), ("城关街道", "全街道数据工作会议")])
def test_a_towns_meeting_of_a_thin_work_keeps_to_its_level(place: str, meeting: str) -> None:
    _, draft = draft_meeting(meeting, place=place, seed=1)
    assert draft.han_chars >= 1250, draft.han_chars  # 1,095 and 1,007 before
    for word in ("全县", "县委", "各乡镇"):
        assert word not in draft.text, word


@pytest.mark.parametrize(("place", "meeting"), [("清河县", "全县国企党建工作会议"), ("丰城市", "全市国有企业党建工作推进会")])
def test_a_state_enterprise_party_building_meeting_speaks_of_the_enterprises_party_organisations(place: str, meeting: str) -> None:
    """全县国企党建工作会议 was a rural 基层党建 speech (村党组织书记); 国有企业党建 drew 平台公司市场化转型 as its task."""
    assert "国企党建" in narrower_tags(meeting)
    for seed in (1, 2):
        _, draft = draft_meeting(meeting, place=place, seed=seed)
        tasks = _point(draft.text, "二")
        assert "党支部" in tasks and "公司治理" in tasks, (seed, _sections(tasks))
        for other in ("融资平台", "村党组织", "国有资产是全体人民"):
            assert other not in draft.text, (seed, other)


def test_a_grain_purchase_meeting_opens_on_the_farmers_grain_and_prepares_money_and_granaries() -> None:
    """全县秋粮收购工作会议 was ~1,100 characters: an opening on 储备, 认识 on 储备, one purchase area of three sub-points."""
    for seed in (1, 2):
        _, draft = draft_meeting("全县秋粮收购工作会议", place="清河县", seed=seed)
        assert draft.han_chars >= 1600, (seed, draft.han_chars)
        assert "储备" not in draft.text.split("\n## ", 1)[0], seed  # the opening speaks of the purchase
        tasks = _point(draft.text, "二")
        assert "仓容" in tasks and "质量" in tasks, (seed, _sections(tasks))
