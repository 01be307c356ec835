"""What reader47 found reading two dozen drafts as the office's writer would, and fixed at the root.

Each test holds one thing a writer would have had to change before handing the draft in, read over seeds 0–2 where a
draft is drawn (adding fragments moves draws).
"""

from __future__ import annotations

import re

from work_drafts import draft_made, phrasings

from drafter.library import load_library
from drafter.topics import apart_wording


def test_a_farmland_meeting_does_not_name_mining_rights_in_its_safeguards() -> None:
    """清河县 全县耕地保护工作会议 (16 minutes, seeds 0 and 1) said 用地审批、规划许可、矿业权出让都要严格依法依规 in its 保障
    point: a meeting that leaves 矿产 out (topics.yaml apart_from) does not name 矿业权出让; 自然资源 at large still does."""
    for seed in range(3):
        text = draft_made("清河县", "全县耕地保护工作会议", seed, 16).text
        assert "矿业权" not in text, seed
    assert apart_wording("全县耕地保护工作会议", "耕地保护工作")
    assert not apart_wording("全县自然资源工作会议", "自然资源工作")


def test_an_organisation_work_meeting_opens_and_closes_on_organisation_work_not_cadre_training() -> None:
    """清河县 全县组织工作会议 (12 minutes, seed 1) closed 让我们把干部教育培训这件打基础、利长远的事抓紧抓好 and (seed 2)
    opened 主要任务是贯彻落实……干部教育培训的部署要求: the 干部培训 frame at a meeting on the whole of 组织工作."""
    for place, meeting in (("清河县", "全县组织工作会议"), ("江苏省", "全省组织工作会议")):
        for seed in range(3):
            draft = draft_made(place, meeting, seed, 12)
            frame = [u.id for u in draft.uses if u.role.value in ("opening", "closing")]
            assert not any(i.endswith("cadre-training") for i in frame), (meeting, seed, frame)
            assert "干部教育培训" not in draft.text.split("##")[0], (meeting, seed)
            assert "组织" in draft.text.rstrip().splitlines()[-1], (meeting, seed)


def test_an_inspection_feedback_meeting_says_the_users_problems_are_what_the_inspection_found() -> None:
    """鼓楼区 区委巡察反馈会 (seed 7) said 实事求是地讲，我区巡察工作还存在一些不容忽视的问题：一是落实全面从严治党主体责任
    有差距…: the problems the user gives are what the inspection found in the inspected organisation, not failings of
    the district's 巡察工作."""
    problems = ["落实全面从严治党主体责任有差距", "选人用人工作不够规范"]
    for seed in range(3):
        text = draft_made("鼓楼区", "区委巡察反馈会", seed, 10, problems=problems).text
        assert "巡察工作还存在" not in text, seed
        assert all(p in text for p in problems), seed
        assert "巡察" in text[text.index(problems[0]) - 20 : text.index(problems[0])], seed


def test_a_point_does_not_hold_two_sections_on_keeping_the_lessons_learned() -> None:
    """清河县 全县学习教育总结会议 (12 minutes, seed 8): 一（一）回顾集中教育的做法，把管用的经验坚持下去 and then
    （二）认真总结经验体会，把好的做法坚持下去 — one idea twice in one 认识 point."""
    for seed in (0, 1, 2, 8):
        draft = draft_made("清河县", "全县学习教育总结会议", seed, 12)
        for point in draft.text.split("\n## ")[1:]:
            sections = [line for line in point.splitlines() if line.startswith("（")]
            kept = [s for s in sections if any(w in s.split("。")[0] for w in ("经验", "实践体会", "好的做法坚持"))]
            assert len(kept) <= 1, (seed, kept)


def test_lessons_count_as_one_theme_but_named_experiences_do_not() -> None:
    from drafter.render.select import heading_themes

    assert "经验" in heading_themes("回顾集中教育的做法，把管用的经验坚持下去")
    assert "经验" in heading_themes("认真总结经验体会，把好的做法坚持下去")
    assert "经验" not in heading_themes("坚持和发展新时代“枫桥经验”，守牢社会稳定底线")
    assert "经验" not in heading_themes("学习运用“千万工程”经验，扎实推进宜居宜业和美乡村建设")


def test_a_province_names_the_centre_once_where_a_text_says_zhongyang_and_the_level_above() -> None:
    """江苏省 全省经济工作会议 (seed 9) opened 把中央和党中央、国务院的决策部署转化为我省的具体行动: 中央和{{ upper.leadership }}
    above a province is the centre twice. A county still says 中央和省委、省政府 (its level above is the province)."""
    for text in phrasings("opening.economy.first-year", "省", "江苏省", "经济工作"):
        assert "中央和党中央" not in text and "党中央、国务院" in text, text
    for text in phrasings("opening.economy.first-year", "县", "清河县", "经济工作"):
        assert "中央和" in text and "党中央、国务院" not in text, text


def test_a_city_science_meeting_does_not_set_itself_apart_from_big_cities() -> None:
    """南通市 全市科技创新大会 (14 minutes, seed 11): 有的同志认为，科技创新是大城市、大院大所的事，与我们关系不大 —
    said by a 地级市 of itself. The section serves 市, 县 and 区 alike: it speaks of 一线城市."""
    for level, place in (("市", "南通市"), ("县", "清河县")):
        for text in phrasings("point.science-tech.know.county-way", level, place, "科技创新工作"):
            assert "大城市" not in text and "一线城市" in text, text


def test_a_town_progress_meeting_closes_without_a_supervision_department() -> None:
    """周庄镇 全镇招商引资工作推进会 (seed 13) closed 会议结束后，督查部门要盯紧抓牢、一督到底 — a 镇 (and a 街道, reader46)
    has no 督查部门; the 推进会 closing says who follows up without naming one."""
    for level, place in (("镇", "周庄镇"), ("街道", "朝阳街道"), ("县", "清河县")):
        for text in phrasings("closing.advance.accountability", level, place, "招商引资工作"):
            assert "督查部门" not in text, text


def test_a_town_task_on_idle_plants_joins_the_section_on_idle_plants() -> None:
    """周庄镇 全镇招商引资工作推进会 (8 minutes, seed 13, task 盘活闲置厂房): （一）摸清可招商的资源。空着的厂房、闲着的
    楼宇……盘活一处就多一处增长点, then the task as a section of its own, （四）着力推进盘活闲置厂房。有关单位要把这项任务
    摆上重要位置 — one subject twice. The section names 闲置厂房, and the task is said with it."""
    for seed in (0, 1, 2, 13):
        text = draft_made("周庄镇", "全镇招商引资工作推进会", seed, 8, tasks=["盘活闲置厂房"]).text
        assert "盘活闲置厂房" in text, seed
        assert not any(line.startswith("（") and "盘活闲置厂房" in line for line in text.splitlines()), seed


def test_a_water_speech_names_the_reservoirs_three_duty_holders_once() -> None:
    """清河县 全县水利工作会议 (10 minutes, seed 16): （一）强化水利工程运行管理 1.抓好水库安全管理 (逐座落实水库大坝安全行政
    责任人、技术责任人和巡查责任人) and （三）把水库管好管长远 1.三个责任人要真正管用 — the 水库 section keeps its own
    sub-points and the other section's 水库 sub-point gives way. (Since reader53 a meeting named for 水利 alone draws no
    reservoir section; one that names 水库安全度汛 too does.)"""
    for seed in (0, 1, 2, 16):
        text = draft_made("清河县", "全县水利工作会议", seed, 10).text
        subs = [line for line in text.splitlines() if line[:2] in ("1.", "2.", "3.", "4.") and "巡查责任人" in line]
        assert len(subs) <= 1, (seed, subs)
    text = draft_made("清河县", "全县水利暨水库安全度汛工作会议", 16, 10).text
    subs = [line for line in text.splitlines() if line[:2] in ("1.", "2.", "3.", "4.") and "巡查责任人" in line]
    assert "三个责任人要真正管用" in text and len(subs) <= 1


def test_a_meeting_on_a_whole_work_opens_and_closes_on_the_whole_of_it() -> None:
    """清河县 全县市场监管工作会议 (10 minutes, seed 18) opened 主要任务是分析全县特种设备安全形势，部署隐患排查治理和重点
    设备监管 and closed 特种设备安全连着千家万户 over points on 消费、质量、知识产权: the frame of one part of the work
    (特种设备) at a meeting that names none. A 特种设备 meeting keeps its own frame."""
    from drafter.topics import part_tags

    library = load_library()
    for meeting in ("全县市场监管工作会议", "全县科技创新工作会议", "全县国防动员工作会议"):
        parts = part_tags(meeting, meeting.removeprefix("全县").removesuffix("会议"))
        assert parts, meeting
        for seed in range(4):
            draft = draft_made("清河县", meeting, seed, 10)
            frame = [u.id for u in draft.uses if u.role.value in ("opening", "closing")]
            assert not any(parts & set(library.get(i).tags) for i in frame), (meeting, seed, frame)
    draft = draft_made("清河县", "全县特种设备安全工作会议", 0, 10)
    assert "特种设备" in draft.text.split("##")[0]


def test_a_street_safety_closing_does_not_send_cadres_to_villages() -> None:
    """朝阳街道消防安全工作会议 (8 minutes, seed 19) closed 多往村里走、多到企业看 — a 街道 has 社区, no villages."""
    street = phrasings("closing.safety.people-first", "街道", "朝阳街道", "安全生产工作")
    assert not any("村里" in t for t in street) and any("多往社区走" in t for t in street)
    assert any("多往村里走" in t for t in phrasings("closing.safety.people-first", "镇", "周庄镇", "安全生产工作"))


def test_a_population_meeting_does_not_borrow_health_areas() -> None:
    """清河县 全县人口和托育服务工作推进会 (10 minutes, seed 21): 二（二）提升医疗质量安全水平，让群众就医更有获得感 and,
    drawn longer, 把人民健康摆在优先发展的战略位置 and 筑牢公共卫生防线 — 卫生健康's areas at a meeting on 人口 and 托育.
    Drawn long, it says its own text and tells the length it can reach rather than borrow."""
    for minutes in (10, 12):
        for seed in range(3):
            text = draft_made("清河县", "全县人口和托育服务工作推进会", seed, minutes).text
            for said in ("医疗质量", "人民健康", "公共卫生", "基层医疗"):
                assert said not in text, (minutes, seed, said)


def test_a_bureau_party_group_does_not_set_the_county_committees_agenda() -> None:
    """清河县 县交通运输局党组会议 (8 minutes, seed 26): 三（一）要把交通运输工作纳入县委、县政府工作的重要议事日程 and
    （二）自然资源、生态环境、林业等方面要在用地、环评、林地等审批上主动服务 — a bureau's own meeting neither sets the
    county leadership's agenda nor directs other departments. A 县 meeting on 交通 still may."""
    for seed in (0, 1, 2, 26):
        text = draft_made("清河县", "县交通运输局党组会议", seed, 8).text
        assert "县委、县政府工作的重要议事日程" not in text, seed
        assert "林业等方面要在用地" not in text, seed
    library = load_library()
    subs = library.get("point.transport.guard.responsibility").subpoints
    assert sum("党委政府" in s.tags for s in subs) == 2


def test_a_symposium_does_not_hold_the_people_at_its_table_to_account() -> None:
    """南通市 全市民营经济发展座谈会 (12 minutes, seed 1): 三（二）把民营经济发展工作的责任链条拧紧……部署已经明确 and
    朝阳街道平安建设座谈会 三（二）以严格考核和有力问责保障平安建设任务落地, said to 同志们、朋友们 — a 座谈会's last point
    answers what was said at the table; it holds none of a work's 考核问责 sections."""
    for place, meeting in (("南通市", "全市民营经济发展座谈会"), ("朝阳街道", "朝阳街道平安建设座谈会"),
                           ("清河县", "全县安全生产工作座谈会")):
        for seed in range(3):
            text = draft_made(place, meeting, seed, 12).text
            heads = [line.split("。")[0] for line in text.splitlines() if line.startswith("（")]
            bad = [h for h in heads if re.search("考核|问责|督查|督导|压紧压实|责任链条", h)]
            assert not bad, (meeting, seed, bad)


def _task_share(place: str, meeting: str, seed: int, minutes: int) -> float:
    """The share of the points' Han characters that the 任务 points hold."""
    from drafter.text import count_han

    library = load_library()
    draft = draft_made(place, meeting, seed, minutes)
    points = draft.text.split("\n## ")[1:]
    points[-1] = points[-1].split("\n同志们")[0]
    stages = [library.get(u.id).stage for u in draft.uses if u.role.value == "point" and not u.section]
    sizes = [count_han(p) for p in points]
    return sum(n for n, s in zip(sizes, stages, strict=True) if s == "任务") / sum(sizes)


def test_a_ten_minute_overview_speech_gives_its_tasks_the_largest_share() -> None:
    """清河县 全县安全生产工作会议 (11 minutes, seed 1): the one task point was 539 of 1,696 characters of points (32%), less
    than the 认识 point (682); 党风廉政 and 森林防火 at 10–12 minutes gave their tasks 24–36%. Each overview area now says
    a second thing (who helps, what comes first), and the tasks carry about two fifths or more at 10 and 11 minutes."""
    for work in ("安全生产", "党风廉政建设", "森林防火"):
        shares = [_task_share("清河县", f"全县{work}工作会议", seed, minutes) for minutes in (10, 11) for seed in range(3)]
        assert min(shares) >= 0.34 and sum(shares) / len(shares) >= 0.39, (work, [round(s, 2) for s in shares])
