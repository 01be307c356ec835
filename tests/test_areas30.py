"""Meetings that found no work (areas30): 低空经济 and 防范化解重大风险 have their own material; 两新, 双招双引 and
县域医共体 meetings find the works they belong to. Each was the bare skeleton with the work's name pasted into
generic headings (推动低空经济发展工作行稳致远, 以制度建设为抓手，推动…常态长效)."""

from __future__ import annotations

import re

from drafter.topics import find_topics
from tests.work_drafts import assert_keeps_to_its_powers, draft_meeting, used_ids


def _points(draft) -> list[str]:
    return used_ids(draft, "point")


def test_a_low_altitude_meeting_speaks_of_facilities_scenarios_and_flight_safety():
    # Read (清河县 全县低空经济发展推进会, seed 1): three generic points, 向改革要动力，以创新激发低空经济发展工作新活力.
    assert [t.tag for t in find_topics("全县低空经济发展推进会")] == ["经济工作"]
    for meeting, place in (("全县低空经济发展推进会", "清河县"), ("全市低空经济发展大会", "南通市")):
        for seed in range(3):
            _, draft = draft_meeting(meeting, place=place, seed=seed)
            points = _points(draft)
            assert points and all(p.startswith("point.lowalt.") for p in points), (meeting, seed, points)
            assert "起降" in draft.text or "应用场景" in draft.text, (meeting, seed)
            assert "低空经济发展工作新活力" not in draft.text


def test_a_five_point_low_altitude_speech_covers_facilities_scenarios_industry_and_safety():
    _, draft = draft_meeting("全县低空经济发展大会", seed=2, points=5)
    points = set(_points(draft))
    assert {"point.lowalt.task.infrastructure", "point.lowalt.task.scenarios", "point.lowalt.task.industry"} <= points
    assert any(p.startswith("point.lowalt.guard.") for p in points)


def test_a_meeting_on_major_risks_speaks_of_each_field_of_risk_not_of_counter_espionage():
    # Read (南通市 全市防范化解重大风险工作会议, seed 1): five generic points; once it was a 国家安全 meeting, its
    # thanks went to 战斗在国家安全各条战线上的同志们 (维护国家安全的很多工作不能说、不能讲).
    assert [t.tag for t in find_topics("全市防范化解重大风险工作会议")] == ["国家安全"]
    for meeting, place in (("全市防范化解重大风险工作会议", "南通市"), ("全县重大风险防范化解工作推进会", "清河县")):
        for seed in range(3):
            _, draft = draft_meeting(meeting, place=place, seed=seed)
            points = _points(draft)
            assert points and all(p.startswith("point.risks.") for p in points), (meeting, seed, points)
            assert "国家安全各条战线" not in draft.text and "反间谍" not in draft.text, (meeting, seed)
    _, draft = draft_meeting("全县防范化解重大风险工作会议", seed=3, points=5)
    text = draft.text
    assert "隐性债务" in text and "矛盾纠纷" in text and ("隐患" in text or "灾害" in text)


def test_a_town_meeting_on_major_risks_keeps_to_a_towns_powers():
    # Read (葛仙庄镇, seed 1): 确保不发生系统性、区域性风险 and 行业主管部门要按照“管行业必须管风险” are a county's words.
    assert_keeps_to_its_powers(
        "全镇防范化解重大风险工作会议", "葛仙庄镇", "镇",
        ("隐性债务", "保交房", "城市生命线", "管行业必须管风险", "系统性、区域性", "重大决策社会稳定风险评估"),
    )


def test_two_counties_holding_the_same_new_meeting_get_different_speeches():
    def sentences(text: str, place: str) -> set[str]:
        return {s for s in re.split(r"[。！？\n]", text.replace(place[:-1], "")) if len(s) > 8}

    for meeting in ("全县低空经济发展推进会", "全县防范化解重大风险工作会议"):
        one = sentences(draft_meeting(meeting, place="清河县", seed=0)[1].text, "清河县")
        two = sentences(draft_meeting(meeting, place="射阳县", seed=0)[1].text, "射阳县")
        assert len(one & two) < len(one) / 2, meeting


def test_a_two_new_meeting_is_an_economy_meeting_on_equipment_renewal_and_trade_ins():
    # 全区“两新”工作推进会 found no work; “两新”组织 and “两新”党建 stay party building.
    assert [t.tag for t in find_topics("全区“两新”工作推进会")] == ["经济工作"]
    assert [t.tag for t in find_topics("全县设备更新和消费品以旧换新工作推进会")] == ["经济工作"]
    assert [t.tag for t in find_topics("全县“两新”组织党建工作会议")] == ["基层党建"]
    assert [t.tag for t in find_topics("全县“两新”党建工作推进会")] == ["基层党建"]
    # Read (崇川区, seed 1) once it was an economy meeting: 新质生产力, 新兴产业 and 财政金融, no word on 设备更新.
    for meeting, place in (("全区“两新”工作推进会", "崇川区"), ("全县设备更新和消费品以旧换新工作推进会", "清河县")):
        for seed in range(3):
            _, draft = draft_meeting(meeting, place=place, seed=seed)
            points = _points(draft)
            assert {"point.two-new.task.equipment", "point.two-new.task.trade-in"} <= set(points), (meeting, seed)
            assert "point.two-new.guard.funds" in points and "新质生产力的重大意义" not in draft.text


def test_double_attraction_and_county_medical_community_meetings_find_their_works():
    assert [t.tag for t in find_topics("全县“双招双引”工作推进会")] == ["经济工作"]
    _, draft = draft_meeting("全县“双招双引”工作推进会", seed=1)
    assert "point.economy.task.chain-investment" in _points(draft)
    assert [t.tag for t in find_topics("全县紧密型县域医共体建设推进会")] == ["卫生健康"]
    for seed in range(3):
        _, draft = draft_meeting("全县紧密型县域医共体建设推进会", seed=seed)
        points = _points(draft)
        assert all(p.startswith("point.health.") for p in points) and "point.health.task.county-medical-community" in points


def test_a_minors_protection_meeting_is_no_mid_term_review_of_the_womens_plan():
    # Read (清河县 全县未成年人保护工作会议, seed 1): 这次会议正值…规划实施进入后半程, 客观看待中期评估, and a task point on
    # 妇女健康 (“两癌”筛查); thanks went to 广大妇女儿童工作者.
    for meeting, place in (("全县未成年人保护工作会议", "清河县"), ("全街道未成年人保护工作会议", "城关街道")):
        for seed in range(3):
            library, draft = draft_meeting(meeting, place=place, seed=seed)
            text = draft.text
            assert not any(w in text for w in ("中期评估", "后半程", "两癌", "妇女儿童工作者")), (meeting, seed)
            tags = [set(library.get(i).tags) for i in _points(draft)]
            assert all("未成年人保护" in t for t in tags), (meeting, seed, _points(draft))


def test_a_meeting_on_formalism_and_grassroots_burdens_is_no_warning_conference():
    # Read (清河县 全县整治形式主义为基层减负工作会议, seed 1): it opened 就是要用反面典型给大家敲响警钟 … 开警示教育大会.
    for seed in range(4):
        _, draft = draft_meeting("全县整治形式主义为基层减负工作会议", seed=seed)
        assert "警示教育大会" not in draft.text and "反面典型" not in draft.text, seed
        assert "point.integrity.task.formalism" in _points(draft), seed


def test_a_project_construction_meeting_speaks_of_projects():
    # Read (清河县 全县“两重”项目建设推进会, seed 1): reform, 招商 and 新型城镇化 points; no seed of 全县重点项目建设推进会
    # drew 坚持项目为王 (point.economy.task.projects) or the 要素保障 point.
    for meeting, place, point in (
        ("全县重点项目建设推进会", "清河县", "point.economy.task.projects"),
        ("全县“两重”项目建设推进会", "清河县", "point.economy.task.projects"),
        ("全镇重点项目建设推进会", "葛仙庄镇", "point.economy.task.project-landing"),
    ):
        for seed in range(3):
            _, draft = draft_meeting(meeting, place=place, seed=seed)
            assert point in _points(draft), (meeting, seed)


def test_a_meeting_named_for_part_of_a_work_draws_that_part():
    # Read (清河县, seed 1): 全县防止返贫致贫动态监测帮扶工作推进会 spoke of 粮食, 产业 and 城乡融合 and never of 防止返贫;
    # 全县新型农村集体经济发展推进会 never of 集体经济; 全县民营经济发展大会 of reform, 招商 and risks, no point on enterprises;
    # 全县县域商业体系建设推进会 of reform, 招商 and 新型城镇化.
    for meeting, point in (
        ("全县防止返贫致贫动态监测帮扶工作推进会", "point.rural.task.prevent-poverty"),
        ("全县巩固拓展脱贫攻坚成果工作会议", "point.rural.task.prevent-poverty"),
        ("全县新型农村集体经济发展推进会", "point.rural.task.rural-reform"),
        ("全县民营经济发展大会", "point.economy.task.enterprise-cultivation"),
        ("全县县域商业体系建设推进会", "point.economy.task.domestic-demand"),
        ("全县城乡融合发展推进会", "point.rural.task.urban-rural-integration"),
    ):
        for seed in range(3):
            _, draft = draft_meeting(meeting, seed=seed)
            assert point in _points(draft), (meeting, seed, _points(draft))


def test_a_silver_economy_meeting_is_an_elderly_care_meeting():
    # 全县银发经济发展推进会 found no work (the skeleton with 银发经济发展工作 pasted in); as a plain 民政 meeting it would
    # speak of 低保 and 殡葬改革.
    assert [t.tag for t in find_topics("全县银发经济发展推进会")] == ["民政养老"]
    for seed in range(3):
        _, draft = draft_meeting("全县银发经济发展推进会", seed=seed)
        points = _points(draft)
        assert "point.civil.task.silver-economy" in points, seed
        assert not {"point.civil.task.funeral-reform", "point.civil.task.social-assistance"} & set(points), seed
