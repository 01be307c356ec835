"""What reader50 found reading drafts as the office's writer would, and fixed at the root.

Each test holds one thing a writer would have had to change before handing the draft in, read over seeds 0–2 where a
draft is drawn (adding fragments moves draws), or over every wording of the fragment that said it.
"""

from __future__ import annotations

from work_drafts import draft_made, used_ids

from drafter.library import load_library
from drafter.render.apart import _sub_themes


def _all_wordings(fragment_id: str) -> str:
    fragment = load_library().get(fragment_id)
    return "\n".join([fragment.heading or "", fragment.text, *(f"{s.heading}\n{s.text}" for s in fragment.subpoints)])


def _points(draft) -> list:  # type: ignore[no-untyped-def]
    library = load_library()
    return [library.get(i) for i in used_ids(draft, "point")]


def test_an_ethnic_unity_meeting_speaks_of_ethnic_work_not_the_united_front_at_large() -> None:
    """清河县 全县民族团结进步工作会议 (20–30 minutes): after the one 民族 认识 section came 统一战线的重要法宝, 争取人心,
    港澳台海外统战, 大统战工作格局 and 统战干部队伍; at 20 minutes seeds 1–2 had two points and no 保障 point. 民族 is a work of
    its own now, with three 认识, five task and three 保障 sections of its own."""
    for minutes in (20, 25, 30):
        for seed in range(3):
            points = _points(draft_made("清河县", "全县民族团结进步工作会议", seed, minutes))
            front = [f.id for f in points if "统一战线" in f.tags and "民族" not in f.tags]
            assert not front, (minutes, seed, front)
            stages = [f.stage for f in points]
            assert "保障" in stages and stages.count("保障") >= 2, (minutes, seed, [f.id for f in points])
            own_guards = [f.id for f in points if f.stage == "保障" and "民族" in f.tags]
            assert len(own_guards) >= 2, (minutes, seed, own_guards)


def test_an_ethnic_unity_meeting_keeps_its_publicity_in_one_place() -> None:
    """The same meeting at 20 minutes, seed 0: 三（二）加强宣传引导 then 三（四）夯实人财物基础 2.营造良好氛围 (把政策讲透、把典型
    树好) — publicity twice in one 保障 point. A heading on 氛围 says the 宣传 theme, so the general sub-point gives way."""
    assert "宣传" in _sub_themes("{% alt %}营造良好氛围{% or %}凝聚社会共识{% or %}氛围要营造{% endalt %}")
    for seed in range(3):
        text = draft_made("清河县", "全县民族团结进步工作会议", seed, 20).text
        guard = text[text.index("## 三、"):]
        assert not ("加强宣传引导" in guard or "浓厚氛围" in guard) or "营造良好氛围" not in guard, (seed, guard)


def test_a_private_economy_conference_says_responsibility_once_in_its_guard_point() -> None:
    """江苏省 全省民营经济发展大会 (25 minutes, seed 36; reader49's 06): 三（一）3.压实部门责任, （二）压紧压实民营经济发展工作的
    责任 and （四）加强组织领导，压紧压实各方责任 — the general 责任 section came as the 保障 point's fifth, the last option.
    民营经济 has a third 保障 section of its own (运行监测和诉求办理), and a point holding three of its work's own sections
    takes no general 责任 section."""
    for seed in (0, 1, 2, 36):
        ids = used_ids(draft_made("江苏省", "全省民营经济发展大会", seed, 25), "point")
        assert "point.general.safeguard.responsibility" not in ids, (seed, ids)
        assert "point.economy.safeguard.private-voice" in ids, (seed, ids)


def test_works_long_only_on_their_guard_point_still_form_at_twenty_minutes() -> None:
    """The rule above counts the work's own sections: 机关事务 and 气象 (two own 保障 sections, then 作风 and the general
    责任 one) still form a 20-minute speech."""
    for meeting in ("全县机关事务工作会议", "全县气象工作会议"):
        draft = draft_made("清河县", meeting, 0, 20)
        assert draft.text.count("## ") >= 3, meeting


def test_a_petitions_meeting_guards_with_its_own_sections_not_a_general_responsibility_one() -> None:
    """清河县 全县信访工作联席会议 (30 minutes, seed 55; reader49's 25): 四（二）落实信访工作责任制 and （五）明确责任主体，确保
    各项任务件件有人抓. 信访 has a third 保障 section of its own (督办、研判、基础工作), and no general 责任 section comes.
    (Read at 25 minutes since reader51: a 信访 speech deploys its own areas only and forms about 24 minutes.)"""
    for seed in (0, 1, 2, 55):
        ids = used_ids(draft_made("清河县", "全县信访工作联席会议", seed, 25), "point")
        assert "point.general.safeguard.responsibility" not in ids, (seed, ids)
        assert "point.petitions.guard.follow-through" in ids, (seed, ids)


def test_a_united_front_meeting_opens_its_tasks_on_consensus_not_overseas_liaison() -> None:
    """鼓楼区 全区统一战线工作会议 (12 minutes, seed 3): 二、（一）拓展港澳台和海外联谊 — the only task area on no part of the
    work led the task point at most seeds. 港澳台 is a part now, and the area on no part is 加强思想政治引领 (凝聚共识)."""
    library = load_library()
    for minutes in (10, 12):
        for seed in range(4):
            ids = used_ids(draft_made("鼓楼区", "全区统一战线工作会议", seed, minutes), "point")
            tasks = [i for i in ids if library.get(i).stage == "任务"]
            assert tasks[0] == "point.front.task.consensus", (minutes, seed, tasks)


def test_a_high_quality_development_rally_deploys_the_economy() -> None:
    """南通市 全市推动高质量发展动员大会 (20 minutes, seed 54; reader49's 24): found no work, and every section was general
    text (深化改革创新，增强高质量发展工作的动力; 坚持以人民为中心，让群众在高质量发展工作中…). 推动高质量发展 is the
    economy's meeting, as 高质量发展大会 was; 推动教育高质量发展 stays 教育's."""
    from drafter.topics import find_topics

    assert [t.tag for t in find_topics("全市推动高质量发展动员大会", "")] == ["经济工作"]
    assert [t.tag for t in find_topics("全县推动教育高质量发展推进会", "")] == ["教育"]
    library = load_library()
    for seed in (0, 1, 54):
        ids = used_ids(draft_made("南通市", "全市推动高质量发展动员大会", seed, 20), "point")
        economy = [i for i in ids if "经济工作" in library.get(i).tags or "economy" in i]
        assert len(economy) >= len(ids) // 2, (seed, ids)


def test_a_disease_control_meeting_of_twenty_minutes_deploys_more_than_it_reflects() -> None:
    """南通市 全市疾病预防控制工作会议 (20 minutes, seed 0): 一 held five 认识 sections, three of them general (吃透上情…;
    客观看待工作中的不足; 这是讲政治的具体体现), beside a task point of three. 疾控 has a third task area (预防接种)."""
    for seed in range(3):
        points = _points(draft_made("南通市", "全市疾病预防控制工作会议", seed, 20))
        views = [f.id for f in points if f.stage == "认识"]
        tasks = [f.id for f in points if f.stage == "任务"]
        assert len([i for i in views if ".general." in i]) <= 2, (seed, views)
        assert len(tasks) >= 4, (seed, tasks)


def test_a_river_chief_meeting_guards_and_closes_on_its_rivers() -> None:
    """清河县 全县河湖长制工作会议 (12 minutes, seed 50; reader49's 20): 三 spoke of 生态环境 at large (排污企业要守法治污,
    生态环境损害责任追究) and the closing of 发展方式和生活方式问题. 河湖长制 has two 保障 sections and a closing of its own."""
    library = load_library()
    for seed in (0, 1, 2, 50):
        draft = draft_made("清河县", "全县河湖长制工作会议", seed, 12)
        guards = [library.get(i) for i in used_ids(draft, "point") if library.get(i).stage == "保障"]
        assert guards and all("河湖长" in f.tags for f in guards), (seed, [f.id for f in guards])
        assert used_ids(draft, "closing") == ["closing.ecology.river-chief"], (seed, used_ids(draft, "closing"))
        assert "排污企业" not in draft.text, seed


def test_a_grain_security_meeting_guards_and_closes_on_grain() -> None:
    """清河县 全县粮食安全工作会议 (16 minutes, seed 40; reader49's 10): 三 spoke of 乡村振兴实绩考核, 基层减负 and 讲好乡村振兴
    故事, the closing of 乡村振兴是一场持久战. 粮食安全 has two 保障 sections (党政同责, 种粮支持) and a closing of its own;
    a 耕地保护 meeting takes none of the grain growers' support."""
    library = load_library()
    for seed in (0, 1, 2, 40):
        draft = draft_made("清河县", "全县粮食安全工作会议", seed, 16)
        guards = [library.get(i) for i in used_ids(draft, "point") if library.get(i).stage == "保障"]
        assert guards and all("耕地" in f.tags for f in guards), (seed, [f.id for f in guards])
        assert "乡村振兴是一场持久战" not in draft.text and "实绩考核" not in draft.text, seed
    for seed in range(3):
        assert "种粮补贴" not in draft_made("清河县", "全县耕地保护工作会议", seed, 16).text, seed


def test_a_school_safety_meeting_closes_on_safety_not_on_education_at_large() -> None:
    """清河县 全县校园安全工作会议 (10 minutes, seed 66): closed on 一个地方的未来在教育……为加快建设教育强国作出新的更大
    贡献. 校园安全 has a closing of its own."""
    for seed in (0, 1, 2, 66):
        draft = draft_made("清河县", "全县校园安全工作会议", seed, 10)
        assert used_ids(draft, "closing") == ["closing.education.campus-safety"], (seed, used_ids(draft, "closing"))


def test_a_graduation_ceremony_is_declined_without_a_hint_about_school_opening_only() -> None:
    """清河县职业教育中心2026届学生毕业典礼: declined (a school's ceremony), with the hint 为开学工作开会，写 全县秋季开学工作
    会议 — a graduation is no opening. The hint now speaks of a school's work at large."""
    from drafter.meeting import load_meeting_table

    outside = next(o for o in load_meeting_table().outside if o.pattern.search("清河县职业教育中心2026届学生毕业典礼"))
    assert "为开学工作开会" not in outside.hint and "职业教育工作会议" in outside.hint


def test_a_commendation_speech_says_以先进为镜_in_one_place_only() -> None:
    """清河县 全县优秀共产党员和先进基层党组织表彰大会 (12 minutes, seed 75): 一（一）以先进为镜，让榜样的力量化作全社会的自觉
    行动 and 二（三）广大党员干部要以先进为镜，锤炼过硬作风 (and again in its lead-in). The cadres' section says 对标先进."""
    assert "以先进为镜" not in _all_wordings("point.commendation.task.cadres")


def test_an_achievement_that_starts_with_an_ordinal_keeps_it() -> None:
    """清河县 全县统计工作会议 (10 minutes, seed 78) with the achievement 第五次全国经济普查入户登记完成率100%: the draft said
    次全国经济普查入户登记完成率100% — 第五 was taken for a list marker (第五，). Only 第X with its mark is one."""
    from drafter.render.facts import tidy_item

    assert tidy_item("第五次全国经济普查入户登记完成率100%") == "第五次全国经济普查入户登记完成率100%"
    assert tidy_item("第二、完成普查") == "完成普查" and tidy_item("第三是做好源头数据") == "做好源头数据"
    text = draft_made("清河县", "全县统计工作会议", 0, 10, achievements=["第五次全国经济普查入户登记完成率100%"]).text
    assert "第五次全国经济普查" in text


def test_a_joined_meeting_names_its_work_without_the_scope_word() -> None:
    """周庄镇党委扩大会议暨全镇经济工作会议 (15 minutes, seed 67, two achievements): 过去一年，我镇全镇经济工作取得了新的
    成效 — the work was 全镇经济工作, the scope after 暨 kept in it."""
    from drafter.meeting import parse_meeting

    assert parse_meeting("周庄镇党委扩大会议暨全镇经济工作会议").work == "经济工作"
    assert parse_meeting("县委扩大会议暨全县经济工作会议").work == "经济工作"
    text = draft_made("周庄镇", "周庄镇党委扩大会议暨全镇经济工作会议", 0, 12,
                      achievements=["新建高标准农田8000亩"]).text
    assert "全镇经济工作取得" not in text and "我镇全镇" not in text


def test_a_town_ethnic_unity_meeting_speaks_as_a_town() -> None:
    """周庄镇 全镇民族团结进步工作会议 (10 minutes, seed 1), after the 民族 sections above: 各村（社区）要明确分管负责同志和具体
    工作人员，村要确定联络员 ({{ below }} and {{ village }} at a town), and 在报刊、广播电视…集中开展民族团结进步宣传."""
    for seed in range(4):
        for minutes in (10, 14):
            text = draft_made("周庄镇", "全镇民族团结进步工作会议", seed, minutes).text
            assert "村要确定联络员" not in text and "报刊、广播电视" not in text, (seed, minutes)
