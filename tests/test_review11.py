"""Review 11: faults of the planner a reader of the goldens found (two points on one idea, the targets paragraph,
a task no point is about, the user's 上级精神 beside the opening's own, a 街道 directing district departments)."""

from __future__ import annotations

import re

import pytest
from work_drafts import draft_meeting, ideas_said_twice

# Meetings where two fragments on one idea were drawn (教育 seed 3: 课堂教学质量 in 一 and 二; 防汛 seed 1: 灾情信息报送;
# 妇女儿童 seeds 4, 5: 规划后半程, 对照中期评估), and the goldens' places of the fault.
ONE_IDEA_MEETINGS = [
    ("全县森林防火工作电视电话会议", "清河县", {}),
    ("全镇森林防火工作电视电话会议", "城关镇", {}),
    ("全市经济工作会议", "南通市", {"minutes": 10}),
    ("全县教育工作会议", "清河县", {"minutes": 10}),
    ("全区乡村振兴工作培训班开班式", "鼓楼区", {}),
    ("全省民营企业座谈会", "浙江省", {}),
    ("全旗防汛工作动员部署会", "鄂托克旗", {}),
    ("全市妇女儿童工作会议", "南通市", {}),
]
# Left: 全县安全生产工作会议 seed 3 (消灭在萌芽 in 一 and 二): its one task point must be on the whole work (review9), and
# every such option shares the phrase with the 认识 point drawn.


@pytest.mark.parametrize(("meeting", "place", "more"), ONE_IDEA_MEETINGS, ids=[m for m, _, _ in ONE_IDEA_MEETINGS])
def test_no_heading_names_an_idea_another_point_already_made(meeting, place, more):
    for seed in range(6):
        library, draft = draft_meeting(meeting, place=place, seed=seed, **more)
        assert ideas_said_twice(library, draft.text) == [], (seed, draft.text)


def test_key_phrases_kept_in_the_cache_are_the_ones_the_library_text_counts():
    # A draft reads which heading runs are rare from the cache folder (counting them costs a draft ~0.3 s);
    # the kept answer must be what counting runs in the whole library text says, rare and common alike.
    import random

    from drafter.library import load_library
    from drafter.render import ideas

    library = load_library()
    assert library.content  # the shipped library is cached: the kept answer is the one drafts use
    rare = ideas.key_phrase_test(library)
    text = "|".join(ideas.plain_text(f) for f in library.fragments)
    runs = sorted(set().union(*(ideas.heading_runs(f) for f in library.fragments)))
    sample = random.Random(7).sample(runs, 600) + ["取长补短", "组织领导", "第一时间", "扑火人员"]
    wrong = [run for run in sample if rare(run) != (text.count(run) <= ideas.KEY_PHRASE_COUNT)]
    assert wrong == []
    assert any(rare(run) for run in sample) and not rare("第一时间")


def test_a_damaged_or_foreign_key_phrase_file_is_counted_again(monkeypatch, tmp_path):
    # The kept answer is read back from the cache folder on every draft: a file cut short, or holding another
    # shape (an older drafter's sets, runs as str), must give the same answers as counting, never a crash.
    import pickle

    from drafter.library import load_library
    from drafter.render import ideas

    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path))
    library = load_library()
    ideas._RARE.clear()
    ideas.key_phrase_test(library)("取长补短")
    [kept] = tmp_path.glob("keyphrases-*.pickle")
    text = "|".join(ideas.plain_text(f) for f in library.fragments)
    sample = ["取长补短", "组织领导", "第一时间", "扑火人员", "教育投入", "高质量发"]
    shapes = [(frozenset(sample), frozenset(sample)), ("".join(sorted(sample)), "".join(sorted(sample)))]
    for damage in (kept.read_bytes()[:1000], *(pickle.dumps(shape) for shape in shapes), b"junk"):
        kept.write_bytes(damage)
        ideas._RARE.clear()
        rare = ideas.key_phrase_test(library)
        assert [rare(run) for run in sample] == [text.count(run) <= ideas.KEY_PHRASE_COUNT for run in sample]
    assert not rare("第一时间") and rare("教育投入")  # (取长补短 said a thirteenth time in session 34: no longer rare)
    ideas._RARE.clear()


# Targets no point is about: (meeting, place, answers) where the paragraph 以上几个方面，都要紧扣…目标来抓 fell after
# whichever task point ended (the city golden: after 未成年人保护; the grassland golden: after 基础设施).
TARGET_MEETINGS = [
    ("全市妇女儿童工作会议", "南通市", {"points": 4, "targets": ["全市新建儿童之家50个"]}),
    ("全旗草原防火工作会议", "鄂托克旗", {"targets": ["全旗不发生重特大草原火灾"], "tasks": ["新建防火隔离带200公里"]}),
    ("全市经济工作会议", "南通市", {"minutes": 10, "gaps": "是"}),
    ("全县教育工作会议", "清河县", {"targets": ["学前教育普惠率稳定在较高水平"]}),
]


@pytest.mark.parametrize(("meeting", "place", "more"), TARGET_MEETINGS, ids=[m for m, _, _ in TARGET_MEETINGS])
def test_targets_no_point_is_about_follow_all_the_points(meeting, place, more):
    for seed in range(4):
        _, draft = draft_meeting(meeting, place=place, seed=seed, **more)
        paragraphs = draft.text.split("\n\n")
        at = [i for i, p in enumerate(paragraphs) if p.startswith("以上几个方面")]
        for i in at:  # said after the last point, with nothing but the closing after it
            assert not any(p.startswith("## ") for p in paragraphs[i:]), (seed, draft.text)
            assert len(paragraphs) - i == 2 and paragraphs[-1].startswith("同志们"), (seed, draft.text)


# The level above as the opening's own clause (落实中央农村工作会议精神和市委、市政府工作部署) and then the user's 上级精神.
_UPPER_CLAUSE = re.compile(r"(?:市委、市政府|省委、省政府)(?:的)?(?:工作)?(?:决策)?(?:部署要求|部署|要求)")


@pytest.mark.parametrize(
    ("meeting", "upper"),
    [("全县农村工作会议", "中央和省委、市委农村工作会议精神"), ("全县安全生产工作会议", "全省安全生产电视电话会议精神")],
)
def test_the_users_upper_takes_the_place_of_the_openings_own(meeting, upper):
    for place in ("清河县", "射阳县"):
        for seed in range(6):
            _, draft = draft_meeting(meeting, place=place, seed=seed, upper=[upper])
            opening = draft.text.split("\n## ")[0]
            assert upper in draft.text, (place, seed)
            assert not (upper in opening and _UPPER_CLAUSE.search(opening)), (place, seed, opening)


# A task no point is about: said with what doing it takes, in the point nearest its subject when one is near,
# never as a bare line 除以上几个方面外，今年还要X。 (topic-education: 校园食品安全 after 县中; topic-rural: 和美乡村示范村).
LONE_TASKS = [
    ("全县教育工作会议", "抓好校园食品安全和学生心理健康", {"minutes": 10, "tasks": ["推进县域普通高中振兴"]}),
    ("全县农村工作会议", "实施和美乡村示范村建设", {"minutes": 20, "tasks": ["新建高标准农田3万亩"]}),
    ("全县安全生产工作会议", "推进安全生产信息化建设", {}),
]


@pytest.mark.parametrize(("meeting", "task", "more"), LONE_TASKS, ids=[m for m, _, _ in LONE_TASKS])
def test_a_task_no_point_is_about_is_no_bare_tail(meeting, task, more):
    tasks = [*more.pop("tasks", []), task]
    for place in ("清河县", "射阳县"):
        for seed in range(3):
            _, draft = draft_meeting(meeting, place=place, seed=seed, tasks=tasks, **more)
            assert "除以上几个方面外" not in draft.text, (place, seed)
            paragraph = next(p for p in draft.text.split("\n\n") if task in p)
            if paragraph.startswith("此外"):  # said after the last task point: with what doing it takes
                assert paragraph.split(task, 1)[1].count("。") >= 2, (place, seed, paragraph)


@pytest.mark.parametrize("place", ["城关街道", "葛仙庄镇"])
def test_a_street_or_town_directs_its_own_offices_not_district_departments(place):
    """summary-subdistrict: a 街道 told 主管部门 to act and set up 联合执法, and named 党委（党组）; its words are 党工委、
    办事处、各科室、综合执法队 (a 镇: 镇直各单位), and what exceeds its powers goes to the level above."""
    meeting = f"全{place[-2:] if place.endswith('街道') else place[-1]}文明创建工作会议"
    for seed in range(3):
        _, draft = draft_meeting(meeting, place=place, seed=seed)
        library, picked = draft_meeting_with_pick(meeting, place, seed, "point.civilization.safeguard.responsibility")
        for text in (draft.text, picked.text):
            assert [w for w in ("主管部门", "联合执法机制", "党委（党组）", "党委统一领导") if w in text] == [], (seed, text)
        assert "综合执法队" in picked.text and "上级有关部门" in picked.text, seed


def draft_meeting_with_pick(meeting: str, place: str, seed: int, pick: str):
    """A draft of `meeting` that uses the point `pick`."""
    from drafter.library import load_library, load_templates
    from drafter.meeting import parse_meeting
    from drafter.render import render_draft

    library, templates = load_library(), load_templates()
    template = templates[parse_meeting(meeting).kind.template]
    return library, render_draft(library, template, {"place": place, "meeting": meeting}, seed=seed, picks=[pick])


# A 镇 carries out the 禁火令 and 封山 its county declares and reports what needs a penalty; it does not declare a
# 禁火令, order a site to stop work or tie anything to 项目审批 (the lead's reading of the 镇 森林防火 teleconference),
# nor regulate the 生产销售 of 电动自行车 (the lead's reading of a 街道 安全生产 draft), nor build 派驻机构 and 内设机构
# it does not have (a 镇 党风廉政 draft: its 纪委 has neither).
_TOWN_OVERREACH = re.compile(
    r"(?<![县市级])(?:依法)?发布禁火令|责令(?:它)?(?:停下来|停工)|一律停工整顿|项目审批和评优|从生产销售|销售不合格产品的依法"
    r"|派驻(?:机构|监督)|内设机构"
)


def test_what_a_town_may_draw_orders_no_fire_ban_or_stoppage() -> None:
    from drafter.library import load_library
    from drafter.model import suits_level

    found = []
    for f in load_library().fragments:
        if not suits_level(f.levels, "镇") or f.role.value not in ("point", "opening", "closing"):
            continue
        texts = [f.text, *(sp.text for sp in f.subpoints if suits_level(sp.levels, "镇"))]
        found += [(f.id, m.group()) for t in texts for m in _TOWN_OVERREACH.finditer(t)]
    assert found == []
