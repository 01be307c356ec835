"""What reader48 found reading two dozen drafts as the office's writer would, and fixed at the root.

Each test holds one thing a writer would have had to change before handing the draft in, read over seeds 0–2 where a
draft is drawn (adding fragments moves draws), or over every wording of the fragment that said it.
"""

from __future__ import annotations

from work_drafts import draft_made

from drafter.library import load_library


def _all_wordings(fragment_id: str) -> str:
    fragment = load_library().get(fragment_id)
    return "\n".join([fragment.heading or "", fragment.text, *(f"{s.heading}\n{s.text}" for s in fragment.subpoints)])


def test_a_league_congress_speaks_of_the_young_pioneers_in_one_section_only() -> None:
    """共青团清河县第十五次代表大会 (10 minutes, seed 13): 二（一）2.做好少先队工作 and then （四）做好团队衔接 (入队仪式、
    推优入团) — 少先队 in two sections; the 团队 section says it, the 思想引领 section no longer does."""
    assert "少先队" not in _all_wordings("point.mass.task.league-guidance")
    assert "少先队" in _all_wordings("point.mass.task.league-schools")
    for seed in range(3):
        text = draft_made("清河县", "共青团清河县第十五次代表大会", seed, 10).text
        sections = [p for p in text.split("\n（") if "少先队" in p.split("\n（")[0]]
        assert len([s for s in sections if "少先队工作" in s or "少先队辅导员" in s]) <= 1, seed


def test_an_archives_speech_says_cross_archive_certificates_and_filing_everything_once() -> None:
    """南通市 全市档案工作会议 (10 minutes, seed 6): 二（三）1.推进民生档案跨馆出证和远程查档 and 二（六）2.跨馆出证，让群众
    在家门口就能查到; 一（一）应归尽归、及时归档 and 二（一）1.做到应归尽归 — each said twice."""
    assert "跨馆" not in _all_wordings("point.archives.task.open")
    assert "跨馆" in _all_wordings("point.archives.task.service")
    assert "应归尽归" not in _all_wordings("point.archives.know.problems")
    for seed in range(3):
        text = draft_made("南通市", "全市档案工作会议", seed, 10).text
        assert text.count("跨馆出证") <= 1, seed
        assert text.count("应归尽归") <= 1, seed


def test_an_education_safeguard_heading_does_not_read_as_science_education() -> None:
    """南通市/清河县 青少年科学教育 meetings drew 三、树立科学教育评价导向 — 科学教育 read as the meeting's own subject
    (science education) where it means a sound evaluation of education."""
    assert "科学教育评价" not in _all_wordings("point.education.safeguard.atmosphere")
    assert "科学的教育评价" in _all_wordings("point.education.safeguard.atmosphere")


def test_a_political_legal_work_meeting_has_its_own_points_not_only_peace_building() -> None:
    """清河县 全县政法工作会议 (14 minutes, seed 10; reader47's 03): drafted as 平安建设 — its opening 主要是部署……枫桥经验,
    一、站稳人民立场，从全局高度看待平安建设, nothing on 党对政法工作的绝对领导, 执法司法 or 政法队伍."""
    for seed in range(3):
        text = draft_made("清河县", "全县政法工作会议", seed, 14).text
        points = text.split("\n## ")[1:]
        assert "平安建设" not in points[0].splitlines()[0], seed
        assert "党对政法工作的绝对领导" in text or "党的绝对领导" in text, seed
        assert "执法司法" in text, seed
        assert "政法队伍" in text, seed
        assert "枫桥经验" not in text.split("\n## ")[0], seed


def test_a_political_legal_meeting_hears_the_users_task_in_its_own_section() -> None:
    """清河县 全县政法工作会议 (20 minutes, seed 0) with the task 深化诉源治理: a section on it, not 以上几个方面之外."""
    for seed in range(3):
        text = draft_made("清河县", "全县政法工作会议", seed, 20, tasks=["深化诉源治理"]).text
        assert "以上几个方面之外" not in text, seed
        assert any(line.startswith("（") and "诉源治理" in line for line in text.splitlines()), seed


def test_a_peace_building_meeting_draws_no_political_legal_text() -> None:
    for seed in range(3):
        draft = draft_made("清河县", "全县平安建设工作会议", seed, 14)
        assert not [u.id for u in draft.uses if ".law." in u.id], seed


def test_a_class_of_school_heads_hears_what_is_asked_of_educators_not_of_cadres() -> None:
    """清河县 全县中小学校长培训班开班式 (10 minutes, seed 11): 二（四）练好说话的功夫。做群众工作…… 2.练好写的功夫。写材料……
    （五）把法治思维练成习惯……程序是对权力的约束 — the cadre trainees' requirements, said to principals."""
    cadres = ("做群众工作", "同群众打交道", "练好写的功夫", "程序是对权力的约束", "越是手中有权")
    for seed in range(3):
        text = draft_made("清河县", "全县中小学校长培训班开班式", seed, 10).text
        assert not [w for w in cadres if w in text], seed
        assert "办学治校和教书育人" in text or "用到孩子身上" in text, seed
        assert "服务队伍" not in text, seed  # the wording of a class of volunteers


def test_the_educators_requirements_are_not_said_to_a_class_of_education_cadres() -> None:
    for seed in range(3):
        text = draft_made("清河县", "全县教育系统干部培训班开班式", seed, 10).text
        assert "来参加培训的都是学校的骨干" not in text and "带着学校的真问题来学" not in text, seed


def test_a_mass_organisations_meeting_does_not_open_its_points_on_the_youth_league_or_the_unions_alone() -> None:
    """清河县 全县群团工作会议 (10 minutes, seed 4): 一、深刻认识新时代青年工作的战略意义，坚持党管青年原则 — the 共青团's
    认识 at a meeting of 工会、共青团、妇联 together (seeds 0–1 drew the 工会's). Their own meetings still draw them."""
    for seed in range(6):
        draft = draft_made("清河县", "全县群团工作会议", seed, 10)
        first = draft.text.split("\n## ")[1].splitlines()[0]
        assert "青年工作" not in first and "工人阶级" not in first and "职工" not in first, (seed, first)
        assert not {"point.mass.know.youth", "point.mass.know.workers"} & {u.id for u in draft.uses}, seed
    assert "point.mass.know.youth" in {u.id for u in draft_made("清河县", "全县共青团工作会议", 0, 10).uses}
    assert "point.mass.know.workers" in {u.id for u in draft_made("清河县", "全县工会工作会议", 0, 10).uses}


def test_a_30_minute_audit_speech_gives_rectification_no_more_than_two_sections() -> None:
    """清河县 全县审计工作会议 (30 minutes, seed 1): 二（四）健全审计整改长效机制, 三（一）啃下整改中的“硬骨头”, 四（二）对整改
    不力的动真碰硬 (seed 0: four) — the 审计整改 meeting's own areas at a meeting on the whole of 审计. It keeps one task
    area on 整改 and the 保障 point's; a 审计整改推进会 still draws them all."""
    for seed in range(3):
        text = draft_made("清河县", "全县审计工作会议", seed, 30).text
        heads = [line.split("。")[0] for line in text.splitlines() if line.startswith("（")]
        assert len([h for h in heads if "整改" in h]) <= 2, (seed, [h for h in heads if "整改" in h])
    uses = {u.id for u in draft_made("清河县", "全县审计整改工作推进会", 0, 12).uses}
    assert {"point.audit.task.rectify-hard", "point.audit.task.rectify-mechanism"} <= uses


def test_a_20_minute_county_high_school_meeting_speaks_of_its_own_work_in_most_of_its_first_point() -> None:
    """清河县 全县县中振兴工作推进会 (20 minutes, seed 14): 一、 held five sections, three of them general (认清形势任务、
    直面问题、客观看待工作中的不足); and 增强振兴县中的紧迫感 then 增强只争朝夕的紧迫感 in one point. A third 认识
    section of its own (有利条件和信心) leaves two of five to the 推进会's or general text."""
    for seed in range(3):
        draft = draft_made("清河县", "全县县中振兴工作推进会", seed, 20)
        first = draft.text.split("\n## ")[1]
        heads = [line.split("。")[0] for line in first.splitlines() if line.startswith("（")]
        assert len([h for h in heads if "县中" not in h]) <= 2, (seed, heads)
        assert sum("紧迫感" in h for h in heads) <= 1, (seed, heads)


def test_a_farmland_protection_meeting_of_16_to_20_minutes_borrows_no_farm_machinery_area() -> None:
    """清河县 全县耕地保护工作会议 (16 minutes, seed 12; reader46, reader47): 二（五）推动先进技术装备落地见效 — 农机补贴,
    智慧农业, 设施农业 — once its own areas ran out. The 高标准农田 quality and funds areas and an area on 耕地保护's
    rewards (补偿、奖励、村规民约) are its own now; a 乡村振兴 meeting does not draw the last."""
    for minutes in (16, 20):
        for seed in range(3):
            text = draft_made("清河县", "全县耕地保护工作会议", seed, minutes).text
            assert not [w for w in ("农业机械化", "农机补贴", "农机装备", "智慧农业", "设施农业") if w in text], (minutes, seed)
    for seed in range(3):
        uses = {u.id for u in draft_made("清河县", "全县乡村振兴工作会议", seed, 20).uses}
        assert "point.rural.task.farmland-incentive" not in uses, seed


def test_the_economic_responsibility_audit_area_says_once_what_its_results_are_used_for() -> None:
    """清河县 全县审计工作会议 (30 minutes, seed 1): 三（四）3.审计结果作为考核、任免、奖惩的重要依据 and then 4.作为干部考核、
    任免和奖惩的重要参考 — one section, the same sentence twice."""
    assert _all_wordings("point.audit.task.accountability").count("任免") == 1


def test_a_political_legal_meeting_is_called_by_the_party_committee_and_follows_the_party_above() -> None:
    for seed in range(3):
        head = draft_made("清河县", "全县政法工作会议", seed, 14).text.split("\n## ")[0]
        assert "县委、县政府" not in head and "市委、市政府" not in head, seed


def test_a_science_education_meeting_has_its_own_first_and_last_points() -> None:
    """清河县 全县青少年科学教育工作推进会 (10 minutes, seed 7): 一、从战略全局看教育 (全国教育大会, 从民生福祉看教育) and
    三、树立科学教育评价导向，营造尊师重教的良好氛围 — education at large around one 科学教育 section. A plain 教育 meeting
    does not draw the 科学教育 meeting's own 认识 and 保障."""
    for seed in range(3):
        points = draft_made("清河县", "全县青少年科学教育工作推进会", seed, 10).text.split("\n## ")[1:]
        assert "科学教育" in points[0].split("\n\n")[0], (seed, points[0][:40])
        assert "从民生福祉看教育" not in points[0] and "全国教育大会" not in points[0], seed
        assert "教育评价" not in points[-1].split("\n\n")[0], (seed, points[-1][:40])
    for seed in range(3):
        uses = {u.id for u in draft_made("清河县", "全县教育工作会议", seed, 12).uses}
        assert not {"point.education.know.science-education", "point.education.guard.science-education"} & uses, seed
