"""A 培训班 or 推进会 on a known work says something about that work (templates' `topic_stages`).

A reviewer's 全县保密工作培训班 (seed 4) had no 保密 content at all: every point was the training frame's. And
全镇档案工作推进会 (seed 2) opened with the 推进会 frame's 时间节点不等人, 分解到周: deadlines the user never gave.
Now a training takes the work's own 认识 point (why this work matters), then the kind's 学习 and 学风 points; an
advance meeting takes the work's own 认识 and 任务 points. A work the library has no material for keeps the kind's.
"""

from __future__ import annotations

import json
import re
from functools import cache

import pytest
from typer.testing import CliRunner
from work_drafts import draft_meeting

from drafter.cli import app
from drafter.library import load_library
from drafter.library.jinja import fragment_texts

runner = CliRunner()

# meeting work word → the topic tag of its own fragments
WORKS = {
    "保密": "保密",
    "林业": "林业",
    "安全生产": "安全生产",
    "乡村振兴": "乡村振兴",
    "档案": "档案",
    "法治建设": "法治建设",
}
PLACES = {"清河县": "全县", "葛仙庄镇": "全镇"}
SEEDS = (1, 2, 4)


@cache
def _library():
    return load_library()


def _points(place: str, meeting: str, seed: int) -> list[tuple[str, str, set[str]]]:
    """(id, stage, tags) of the points of a draft made through the CLI's --json output, in order."""
    result = runner.invoke(app, ["draft", "--no-input", "--seed", str(seed), "--set", f"place={place}",
                                 "--set", f"meeting={meeting}", "--json"])  # fmt: skip
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    points = []
    for use in data["fragments"]:
        if use["role"] == "point":
            fragment = _library().get(use["id"])
            points.append((fragment.id, fragment.stage, set(fragment.tags)))
    assert points, data["text"]
    return points


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("work", WORKS)
def test_a_training_on_a_known_work_opens_with_that_works_own_point(place, work):
    """认识 is the work's (why 保密 matters); 学习 and 学风 stay the training's own."""
    meeting = f"{PLACES[place]}{work}工作培训班"
    for seed in SEEDS:
        points = _points(place, meeting, seed)
        first_id, first_stage, first_tags = points[0]
        assert first_stage == "认识" and WORKS[work] in first_tags, (seed, points)
        assert "培训班开班式" not in first_tags
        for pid, _, tags in points[1:]:
            assert "培训班开班式" in tags, (seed, pid)  # the kind's learning and discipline points


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("work", WORKS)
def test_an_advance_meeting_on_a_known_work_speaks_of_that_work_not_of_invented_deadlines(
    place, work
):
    meeting = f"{PLACES[place]}{work}工作推进会"
    for seed in SEEDS:
        points = _points(place, meeting, seed)
        for pid, stage, tags in points:
            if stage in ("认识", "任务"):
                assert WORKS[work] in tags and "推进会" not in tags, (seed, pid, points)


@pytest.mark.parametrize("seed", range(6))
def test_the_reviewers_advance_meetings_claim_no_deadlines_the_user_never_gave(seed):
    for place, meeting in (
        ("葛仙庄镇", "全镇档案工作推进会"),
        ("葛仙庄镇", "全镇法治建设工作推进会"),
        ("清河县", "全县林业工作推进会"),
    ):
        result = runner.invoke(app, ["draft", "--no-input", "--seed", str(seed), "--set", f"place={place}",
                                     "--set", f"meeting={meeting}"])  # fmt: skip
        assert result.exit_code == 0, result.output
        for invented in ("时间节点不等人", "分解到周", "节点已经排定", "完成时限"):
            assert invented not in result.stdout, (meeting, seed, invented)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("place", "meeting", "kind"),
    [
        ("清河县", "全县对台工作培训班", "培训班开班式"),  # 气象 has its own text since review36
        ("葛仙庄镇", "全镇财务人员培训班", "培训班开班式"),
        ("清河县", "全县对台工作推进会", "推进会"),  # 机关事务: own text since review36
    ],  # fmt: skip
)
def test_a_meeting_on_a_work_without_material_still_drafts_with_the_kinds_points(
    place, meeting, kind, seed
):
    points = _points(place, meeting, seed)
    first_id, first_stage, first_tags = points[0]
    assert first_stage == "认识" and kind in first_tags, (seed, points)


@pytest.mark.parametrize(
    ("place", "meeting"),
    [("清河县", "全县对台工作推进会"), ("葛仙庄镇", "全镇信用体系建设工作推进会")],
)
def test_an_advance_meeting_on_a_work_without_material_invents_no_schedule(place, meeting):
    """The kind's 紧迫感 point still serves works the library lacks, but says no 完成时限 or 落实到周 nobody set
    (before: seeds 0, 10, 11, 17, 18 … of these two meetings)."""
    for seed in range(24):
        _, draft = draft_meeting(meeting, place=place, seed=seed, points=5)
        for invented in ("明确的完成时限", "分解到周", "落实到周", "节点已经排定"):
            assert invented not in draft.text, (seed, invented)


def test_a_mobilizing_speech_does_not_call_its_deployment_done_before_making_it():
    # Read in 全街道防汛工作动员部署会: 部署已经作出，接下来要看各单位的行动。 then 我讲三点意见 and the deployment
    said = [
        f.id for f in load_library().fragments
        if f.role == "acknowledgement" and "动员部署会" in f.tags
        and any(re.search("部署已经作出|任务已经明确", t) for t in fragment_texts(f))
    ]  # fmt: skip
    assert said == []


@pytest.mark.parametrize(("meeting", "place"), [("全街道防汛工作动员部署会", "城关街道"), ("全镇防汛抗旱工作会议", "葛仙庄镇")])
def test_a_town_flood_speech_deploys_no_county_rescue_or_relief_powers(meeting, place):
    # Read in a 城关街道 防汛 draft: 依托…骨干企业组建专业抢险队伍, 政府储备与企业储备, 疾控机构…, 救灾资金…下拨
    from work_drafts import assert_keeps_to_its_powers, town_level

    county_only = ("骨干企业", "企业储备", "疾病预防控制", "疾控机构", "救灾资金", "驻地部队")
    assert_keeps_to_its_powers(meeting, place, town_level(place), county_only, points=4)


def test_tasks_of_their_own_are_not_all_said_to_be_done_the_same_way():
    # Read in a 迎峰度冬 推进会 with three tasks: each (四)(五)(六) ended 责任单位要主动认领……件件有着落、事事有回音。, and
    # 储备应急发电车2台 was headed 着力推进储备应急发电车2台
    from work_drafts import draft_meeting

    tasks = ["完成10千伏线路防冰改造", "储备应急发电车2台", "开展燃气安全入户检查"]
    for seed in range(3):
        # points=3: one area a point (a gathered point says a task near one of its areas in that area, review19)
        _, draft = draft_meeting("全县迎峰度冬能源保供工作推进会", seed=seed, tasks=tasks, points=3)
        paragraphs = [p for p in draft.text.split("\n\n") if any(p.startswith(f"（{n}）{t}") for n in "一二三四五六七八" for t in tasks)]
        # A task no point shares a word with (储备应急发电车) is said after the points, not as （N） of a point about
        # another part of the work (review18); the others are sub-points of their own.
        assert len(paragraphs) >= 2 and all(draft.text.count(t) == 1 for t in tasks), (seed, paragraphs)
        hows = [p.split("。", 1)[1] for p in paragraphs]
        assert len(set(hows)) == len(hows), (seed, hows)
        assert "着力推进储备" not in draft.text


@pytest.mark.parametrize("meeting", ["全县迎峰度冬能源保供工作推进会", "全县森林防火工作推进会", "全县防汛工作推进会"])
def test_an_advance_meeting_on_a_season_speaks_of_no_whole_year(meeting):
    # Read: 确保迎峰度冬能源保供工作全年目标任务不松劲 / 着眼全年目标 — a winter's work has no year's targets
    from work_drafts import draft_meeting

    for seed in range(4):
        _, draft = draft_meeting(meeting, seed=seed)
        opening = draft.text.split("\n## ", 1)[0]
        assert "全年" not in opening and "年初确定" not in opening, (seed, opening)


@pytest.mark.parametrize("seed", [0, 3])
def test_an_advance_meetings_achievements_look_back_on_the_stretch_not_a_whole_year(seed: int) -> None:
    # 全区招商引资工作推进会 with 成绩 and no date said 过去一年，我区招商引资工作取得了新的成效 (a 推进会 reviews 前一阶段)
    _, draft = draft_meeting("全区招商引资工作推进会", "江宁区", seed, achievements=["新签约亿元以上项目38个"])
    assert "前一阶段，我区招商引资工作取得了" in draft.text and "过去一年" not in draft.text
    # with a date from April on it is 今年以来, as for any meeting
    _, dated = draft_meeting("全区招商引资工作推进会", "江宁区", seed, achievements=["新签约亿元以上项目38个"], date="2026年7月10日")
    assert "今年以来，我区招商引资工作取得了" in dated.text


@pytest.mark.parametrize("seed", range(6))
def test_a_towns_economy_speech_does_not_deploy_county_powers_over_enterprises(seed: int) -> None:
    # a 镇 year-end meeting deployed 上市后备企业资源库, 专精特新 梯次培育体系 and told 统计部门 what to do (county powers)
    _, draft = draft_meeting("全镇2026年度工作总结大会", "青禾镇", seed)
    assert "上市后备企业" not in draft.text and "专精特新" not in draft.text


@pytest.mark.parametrize("seed", [6, 7, 8])
def test_a_general_opening_names_no_superiors_meeting_the_user_did_not_give(seed: int) -> None:
    # 主要是学习贯彻南通市机关事务工作会议精神 with no 上级精神 given: a meeting of the city's nobody said was held
    _, draft = draft_meeting("全市机关事务工作会议", "海安市", seed, level="县")
    assert "机关事务工作会议精神" not in draft.text
    _, given = draft_meeting("全市机关事务工作会议", "海安市", seed, level="县", upper=["全省机关事务工作会议精神"])
    assert given.text.count("全省机关事务工作会议精神") == 1
