"""Drafts read by reader52 as a clerk's writer would before handing one in (session 52)."""

from __future__ import annotations

import pytest

from drafter.library import load_library
from drafter.meeting import parse_meeting, scope_fits
from drafter.places import kind_of_suffix
from drafter.render.placing import Spot, place_items, words_to_drop
from drafter.topics import find_topics, narrower_tags
from tests.work_drafts import draft_made, draft_meeting, used_ids


@pytest.mark.parametrize(
    "name", ["区委全体会议", "区委十三届六次全体会议", "县委全体（扩大）会议", "中共清河县委员会第十五届第五次全体会议", "镇党委全体会议"]
)
def test_a_party_committee_plenum_is_its_quanhui_not_a_leading_group(name: str) -> None:
    # Read (reader51): 区委全体会议 was drafted as a 领导小组会议 — 听取各项工作进展情况汇报……各成员单位认真履职. The party
    # committee's plenum names no work, as 县委全会 does: the user is told to name the year's work or join it to the name.
    meeting = parse_meeting(name, "清河县")
    assert meeting.kind.template != "leading-group"
    assert meeting.work == ""


def test_a_party_committee_plenum_joined_to_a_work_and_a_committee_plenum_keep_their_reading() -> None:
    assert parse_meeting("县委全体会议暨全县经济工作会议", "清河县").work == "经济工作"
    assert parse_meeting("县安委会全体会议", "清河县").kind.template == "leading-group"
    assert parse_meeting("中共清河县纪律检查委员会第三次全体会议", "清河县").work == "纪检监察工作"


def test_a_data_security_meeting_is_on_data_work_and_closes_on_it() -> None:
    # Read: 全市数据安全工作会议 found no work (片段库里没有“数据安全工作”的专门内容) and was a general skeleton.
    assert [t.tag for t in find_topics("全市数据安全工作会议")] == ["数据"]
    assert "数据安全" in narrower_tags("全市数据安全工作会议")
    _, draft = draft_meeting("全市数据安全工作会议", place="苏州市", seed=1)
    assert used_ids(draft, "closing") == ["closing.data.security"]


def test_a_fire_meeting_speaks_of_fire_in_its_views_safeguards_opening_and_closing() -> None:
    # Read: 全县消防安全工作会议 said 深刻汲取事故教训 and 安全生产 巡查考核 around its one fire task point, opened on
    # 安全生产的重要论述 and closed on 安全生产关系到每一个家庭.
    library, draft = draft_meeting("全县消防安全工作会议", seed=0)
    points = {f.id: f for f in library.fragments if f.role.value == "point"}
    for fid in used_ids(draft, "point"):
        assert "消防" in points[fid].tags, fid
    assert used_ids(draft, "opening") == ["opening.safety.fire"]
    assert used_ids(draft, "closing") == ["closing.safety.fire"]


def test_a_population_speech_has_views_tasks_and_safeguards_of_its_own() -> None:
    # Read: a 15-minute 全县人口工作会议 said three general 认识 sections of four (客观看待工作中的不足, 立足新起点, 提高政治站位)
    # and two general 保障 of three: the work had one section of each.
    stages = [f.stage for f in load_library().fragments if f.role.value == "point" and "人口" in f.tags]
    assert min(stages.count("认识"), stages.count("任务"), stages.count("保障")) >= 2, stages


def test_a_thirty_minute_ecology_speech_speaks_of_the_air() -> None:
    # Read (清河县, seed 13): 碧水、双碳、修复、执法 and not a word on the air, the user's PM2.5 figure said in the 认识 point.
    assert "point.ecology.task.blue-sky" in used_ids(draft_made("清河县", "全县生态环境保护工作会议", 13, 30), "point")


def test_a_self_built_housing_task_is_no_part_of_the_fire_point() -> None:
    # Read: 今年要抓紧抓实以下工作：一是开展自建房安全隐患排查；二是整治电动自行车违规充电 — under the fire point, by its
    # 消防安全隐患.
    fire = next(f for f in load_library().fragments if f.id == "point.safety.task.fire")
    ctx = {"meeting": "全镇安全生产工作会议", "work": "安全生产工作", "scope": "全镇", "we": "我镇"}
    placed = place_items(["开展自建房安全隐患排查", "整治电动自行车违规充电"], {Spot(0): fire}, words_to_drop(ctx))
    assert placed == {None: ["开展自建房安全隐患排查"], Spot(0): ["整治电动自行车违规充电"]}


@pytest.mark.parametrize("name", ["开发区2026年项目建设总结会", "经开区2026年项目建设总结会"])
def test_a_zone_names_its_meeting_by_its_short_name(name: str) -> None:
    # Read: the draft said 推动我区开发区2026年项目建设工作不断迈上新台阶.
    meeting = parse_meeting(name, "清河县经济开发区")
    assert (meeting.work, meeting.year) == ("项目建设工作", "2026")
    zone = kind_of_suffix("清河县经济开发区")
    assert zone is not None and scope_fits(meeting.scope, zone, "清河县经济开发区")
    assert parse_meeting("开发区建设推进会", "清河县经济开发区").work == "开发区建设工作"


def test_a_town_has_social_work_tasks_of_its_own() -> None:
    # Read: a 15-minute 全镇党建引领基层治理工作推进会 said four general task sections of five (守住底线, 向改革要动力,
    # 以制度建设为抓手, 抓住关键一环): a town had two 社会工作 task areas of its own.
    town = [
        f for f in load_library().fragments
        if f.role.value == "point" and f.stage == "任务" and "社会工作" in f.tags and ("镇" in f.tags or "省" not in f.tags)
    ]  # fmt: skip
    assert len(town) >= 5, [f.id for f in town]
