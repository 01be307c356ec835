"""What reader46 found reading two dozen drafts as the office's writer would, and fixed at the root.

Each test holds one thing a writer would have had to change before handing the draft in, read over seeds 0–2 where a
draft is drawn (adding fragments moves draws).
"""

from __future__ import annotations

import re

import pytest
from work_drafts import draft_made, draft_meeting, phrasings

from drafter.library import load_library
from drafter.library.alternatives import split_alternatives
from drafter.model import suits_level
from drafter.render.placing import verb_led
from drafter.render.sandbox import helpers, render_text

_BLOCK = re.compile(r"\{%-?\s*alt\s*-?%\}.*?\{%-?\s*endalt\s*-?%\}", re.S)


@pytest.mark.parametrize(
    ("meeting", "task"),
    [
        ("全县招商引资工作会议", "围绕新能源装备产业链开展精准招商"),
        ("全县医疗保障工作会议", "严厉打击欺诈骗保"),
        ("全县文明城市创建动员部署会", "集中整治背街小巷环境"),
    ],
)
def test_a_task_that_says_its_own_verb_after_a_preposition_or_adverb_is_not_pushed_again(meeting: str, task: str) -> None:
    """清河县 全县招商引资工作会议 (seed 5) said 今年要着力推进围绕新能源装备产业链开展精准招商, the 医保 meeting 今年要着力
    推进严厉打击欺诈骗保, the 文明城市 one 今年要着力推进集中整治背街小巷环境: the user's task has its verb (开展, 打击,
    整治) after 围绕, 严厉 or 集中, and 着力推进 before it is a second verb a writer strikes out."""
    said = 0
    for seed in range(3):
        _, draft = draft_meeting(meeting, seed=seed, tasks=[task])
        assert f"着力推进{task}" not in draft.text, seed
        said += f"要{task}" in draft.text  # (a heading that states it says 这是今年的一项重点任务 instead)
    assert said, "the task is said in none of the drafts"


def test_an_adverb_counts_as_the_tasks_own_verb_only_before_one() -> None:
    """集中 before 整治 leads a verb; 集中供暖 is a noun, and 着力推进集中供暖改造 stays as it was."""
    assert verb_led("严厉打击欺诈骗保") and verb_led("集中整治背街小巷环境") and verb_led("围绕主导产业开展招商")
    assert not verb_led("集中供暖改造") and not verb_led("依法行政示范创建")



@pytest.mark.parametrize(
    ("fragment_id", "work"),
    [
        ("opening.medical-insurance.deploy", "医疗保障工作"),
        ("opening.business.deploy", "优化营商环境工作"),
    ],
)
def test_a_province_does_not_name_the_centre_twice_in_one_breath(fragment_id: str, work: str) -> None:
    """江苏省 全省医疗保障工作会议 (seed 9) opened 贯彻落实党中央关于深化医疗保障制度改革的决策部署和党中央、国务院工作要求:
    above a province the level's leadership is the centre itself, and a writer says 党中央、国务院关于…的决策部署 once."""
    for said in phrasings(fragment_id, "省", "江苏省", work):
        assert "党中央、国务院工作要求" not in said and "和党中央、国务院的" not in said, said
    county = " ".join(phrasings(fragment_id, "县", "清河县", work))
    assert "市委、市政府" in county  # a county still answers to its city


def _ways(text: str) -> list[str]:
    """`text` once for each n-th alternative of its blocks (a block with fewer takes its last), unrendered."""
    blocks = split_alternatives(text)
    widest = max((len(b) for b in blocks), default=1)
    ways = []
    for n in range(widest):
        picks = iter([b[min(n, len(b) - 1)] for b in blocks])
        ways.append(_BLOCK.sub(lambda _m, picks=picks: next(picks), text))
    return ways


def _all_ways(fragment_id: str) -> list[str]:
    fragment = load_library().get(fragment_id)
    texts = [fragment.heading or "", fragment.text or ""]
    texts += [t for s in fragment.subpoints for t in (s.heading or "", s.text or "")]
    return [way for text in texts if text for way in _ways(text)]


def test_the_economy_review_section_at_a_dispatch_meeting_does_not_call_it_an_analysis_meeting() -> None:
    """南通市 全市经济运行调度会 (seed 3, 15 minutes) closed its last point with 分析会开完了，关键在会后的调度和落实, one
    section after 调度会定下来的事，关键在会后落实: the section serves 调度会 and 分析会 alike and names neither."""
    for said in _all_ways("point.economy.safeguard.review"):
        assert "分析会" not in said and "调度会" not in said, said


def test_an_employment_speech_does_not_deploy_insurance_enrolment() -> None:
    """清河县 全县就业工作会议 (seed 11, 12 minutes) closed 把稳就业、扩参保、优服务的各项任务落到实处 after a speech that
    never spoke of 参保: the 就业社保 fragments a 就业 meeting draws open and close on what both works share."""
    for fragment_id in ("closing.employment.livelihood", "acknowledgement.employment.report",
                        "acknowledgement.employment.statements"):  # fmt: skip
        for said in _all_ways(fragment_id):
            assert "参保" not in said, (fragment_id, said)


def test_the_civilized_cells_section_pairs_town_units_with_villages_in_one_sub_point() -> None:
    """鼓楼区 全区文明城市创建动员部署会 (seed 15, 18 minutes): 城区文明单位可以与村结成对子 under 推动村镇面貌和乡风民风同步
    改善, and two sub-points later 组织城区单位与村结成帮扶对子 — the same idea twice in one section."""
    fragment = load_library().get("point.civilization.task.civilized-cells")
    pairing = [
        i for i, sub in enumerate(fragment.subpoints)
        if any(re.search("与(?:农)?村(?:开展)?结", w) or "结成对子" in w for w in _ways(sub.text))
    ]  # fmt: skip
    assert len(pairing) == 1, pairing


@pytest.mark.parametrize("minutes", [16, 20])
def test_a_farmland_speech_says_what_basic_farmland_is_for_once(minutes: int) -> None:
    """清河县 全县耕地保护工作会议 (seed 14, 16 minutes): 永久基本农田要重点用于粮食生产 under 加强永久基本农田特殊保护 and
    永久基本农田重点用于粮食生产 again under 管住耕地用途 two sections later (the 自然资源 and the 乡村振兴 side of 耕地
    each said it)."""
    for seed in range(3):
        text = str(draft_made("清河县", "全县耕地保护工作会议", seed, minutes).text)
        assert len(re.findall("永久基本农田要?(?:重点|优先)", text)) <= 1, seed


@pytest.mark.parametrize("meeting", ["全市优秀民营企业表彰大会", "全市优秀企业家表彰大会"])
def test_a_commendation_of_entrepreneurs_congratulates_them(meeting: str) -> None:
    """南通市 全市优秀民营企业表彰大会 (seed 23, 14 minutes) thanked 各位企业家朋友 for their contribution and never once
    congratulated the enterprises it met to honour: the entrepreneurs' thanks stood where a 表彰大会's 祝贺 stands."""
    for seed in range(3):
        _, draft = draft_meeting(meeting, place="南通市", seed=seed)
        opening = str(draft.text).split("\n## ")[0]
        assert "祝贺" in opening, (seed, opening)


@pytest.mark.parametrize(("place", "meeting"), [("清河县", "全县应急管理工作会议"), ("南通市", "全市应急管理工作会议")])
def test_an_emergency_management_speech_does_not_call_all_disaster_work_flood_work(place: str, meeting: str) -> None:
    """县应急管理局党组会议 (seed 18) and 全市应急管理工作会议 (seed 28) opened their 认识 point 水旱灾害一来 and said
    防汛抗旱工作千头万绪，最根本的是确保不发生群死群伤 of all their work: the 人民至上 point serves 应急管理 too, and names
    the 防灾减灾救灾 its heading names."""
    for seed in range(3):
        _, draft = draft_meeting(meeting, place=place, seed=seed)
        views = str(draft.text).split("\n## ")[1]
        assert not re.search("防汛抗旱的?工作(?:千头万绪|头绪很多|千条万条)|水旱灾害一来", views), (seed, views)


@pytest.mark.parametrize("level", ["乡", "镇", "街道"])
def test_a_township_is_not_told_to_audit_outgoing_leaders_or_claim_ecological_damages(level: str) -> None:
    """柳河乡 全乡河湖长制工作会议 (seed 13, 8 minutes): 三（一）让生态环境损害者付出代价 asked the 乡 to carry out 领导干部
    自然资源资产离任审计 and 生态环境损害赔偿, which a township neither orders nor claims. A township's 考核问责 point
    holds its 村（社区） to account instead (and a 街道 has no villages)."""
    fragment = load_library().get("point.ecology.guard.assessment")
    kept = [s for s in fragment.subpoints if suits_level(s.levels, level)]
    assert len(kept) >= 2
    for sub in kept:
        for said in _ways(sub.heading) + _ways(sub.text):
            assert "离任" not in said and "损害赔偿" not in said, said
            assert level != "街道" or "落到村" not in said, said


@pytest.mark.parametrize("level", ["乡", "镇", "街道"])
def test_a_township_reports_unsafe_care_homes_rather_than_sanctioning_them(level: str) -> None:
    """朝阳街道养老服务工作推进会 (seed 10, 10 minutes): 1.严守养老机构安全底线 had the 街道 压实行业监管责任, 挂牌督办 and
    依法依规处理 unsafe homes, and 2. then had it report to the 上级民政部门 what it could not settle — the county's powers
    and the street's in one section. A township says the second only."""
    fragment = load_library().get("point.civil.task.institutions-quality")
    kept = [s for s in fragment.subpoints if suits_level(s.levels, level)]
    assert len(kept) >= 2
    for sub in kept:
        for said in _ways(sub.text):
            assert not re.search("挂牌督办|依法依规处理|行业监管|不准收住|不允许收住|等级评定|护理型床位", said), said


def _said_at(text: str, level: str, place: str, work: str) -> list[str]:
    """Every phrasing of `text` rendered for `place` (its `{% if town %}` and level words decided)."""
    answers = {"level": level, "place": place, "meeting": f"全{level}{work}会议", "work": work}
    ctx = {**answers, **helpers(answers, 3, 0)}
    return [render_text(way, ctx) for way in _ways(text)]


def test_a_town_does_not_repeal_policy_documents_under_the_private_economy_law() -> None:
    """周庄镇 全镇优化营商环境工作会议 (seed 6, 8 minutes): 镇直各单位要对现行政策文件和工作流程来一次全面梳理，该废止的
    废止、该修改的修改 — a 镇 issues no such documents to repeal; it corrects its own practice and reports the rest up."""
    fragment = load_library().get("point.business.recognition.private-economy")
    law = next(s for s in fragment.subpoints if "民营经济促进法" in (s.heading or "") + (s.text or ""))
    for said in _said_at(law.text, "镇", "周庄镇", "优化营商环境工作"):
        assert "废止" not in said and "清理与法律规定不一致的政策文件" not in said, said
        assert "镇直各单位" in said, said
    county = " ".join(_said_at(law.text, "县", "清河县", "优化营商环境工作"))
    assert "政策文件" in county and "县直各部门" in county


def test_a_town_does_not_hold_online_platforms_to_account_for_drugs() -> None:
    """周庄镇 全镇禁毒工作会议 (seed 19, 8 minutes): 娱乐、寄递、物流、网约房、网络平台这些行业 under 压实行业和企业责任 —
    a 镇 has no online platforms to hold to account; a county still names them."""
    fragment = load_library().get("point.drug.guard.society")
    trades = next(s for s in fragment.subpoints if "行业" in (s.heading or ""))
    for level, place in (("镇", "周庄镇"), ("乡", "柳河乡"), ("街道", "朝阳街道")):
        for said in _said_at(trades.text, level, place, "禁毒工作"):
            assert "平台" not in said, said
    assert "网络平台" in " ".join(_said_at(trades.text, "县", "清河县", "禁毒工作"))


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_teachers_commendation_does_not_list_learn_from_them_eight_times(seed: int) -> None:
    """清河县 全县教育系统先进集体和先进个人表彰大会 (seed 1, 12 minutes): 一（一）–（四）学习他们的理想信念 / 道德情操 / 育人
    智慧 / 仁爱之心 for teachers, then 二（四）1.–4.学习他们的为民情怀 / 实干作风 / 清廉本色 / 钻研精神 for cadres — eight
    headings of one pattern. The cadres' section says what they are to practise in its own verbs."""
    text = str(draft_made("清河县", "全县教育系统先进集体和先进个人表彰大会", seed, 12).text)
    headings = re.findall(r"^(?:（[一二三四五六]）|\d\.)(学习他们[^。]*)", text, re.M)
    assert len(headings) <= 4, headings
