"""Review 12: faults a reader of drafts found (a task no point is about left as a tail, an acknowledgement that asks
for a reporter nobody gave, …)."""

from __future__ import annotations

import re

import pytest
from work_drafts import draft_meeting, used_ids

from drafter.check import check_text
from drafter.render.facts import _said_in as said_in

# A sub-point's mark at the start of a paragraph: （四） in a point, 4. in a section, 四是 in a 一是 series.
_MARK = r"(?:（[一二三四五六七八九十]+）|\d+\.|[一二三四五六七八九十]+是)"

# (meeting, place, answers): tasks the user gave that no point of some seed's draft is about.
UNPLACED_TASKS = [
    ("全县教育工作会议", "清河县", {"minutes": 10, "tasks": ["推进县域普通高中振兴", "抓好校园食品安全和学生心理健康"]}),
    ("全县安全生产工作会议", "清河县", {"tasks": ["开展燃气安全专项整治", "推进安全生产信息化建设"]}),
    ("全区教育工作会议", "鼓楼区", {"tasks": ["抓好校园食品安全和学生心理健康"]}),
    ("全镇安全生产工作会议", "葛仙庄镇", {"tasks": ["推进安全生产信息化建设"]}),
    ("全市妇女儿童工作会议", "南通市", {"points": 4, "tasks": ["推进妇女儿童之家数字化建设"]}),
]


def _check_findings(text: str, place: str) -> list[str]:
    rules = {"count-mismatch", "numbering"}
    return [f"{f.rule}: {f.text}" for f in check_text(text, place=place).findings if f.rule in rules]


@pytest.mark.parametrize(("meeting", "place", "more"), UNPLACED_TASKS, ids=[m for m, _, _ in UNPLACED_TASKS])
def test_a_task_no_point_is_about_is_a_sub_point_of_its_own(meeting, place, more):
    for seed in range(4):
        _, draft = draft_meeting(meeting, place=place, seed=seed, **more)
        text = draft.text
        assert not re.search("(?:此外|除以上几个方面外)，(?:今年|明年|下一步)还要", text), (seed, text)
        paragraphs = text.split("\n\n")
        for item in more["tasks"]:
            # Said once, as the heading of a sub-point (or in the sentence of a point about it), with how it is done.
            own = [p for p in paragraphs if re.match(_MARK + r"(?:着力推进|确保)?" + re.escape(item) + "。", p)]
            # in a sub-point, a point's intro or a heading that says it (in its own order: 二、全面振兴县域普通高中 says
            # 推进县域普通高中振兴, and the point then calls it this year's task, not 今年要推进县域普通高中振兴。: review29b)
            headings = re.findall(r"^## (.+)$", text, re.M)
            # (or a sub-point's heading: （一）全面振兴县域普通高中，… once a point's area is about it, review31)
            headings += re.findall(r"^（[一二三四五六七八九十]+）([^。]+)", text, re.M)
            assert item[2:] in text or any(said_in(item[2:], h) for h in headings), (seed, item, text)
            if own:
                how = own[0].split("。", 1)[1]
                assert len(how) >= 30 and how.endswith("。"), (seed, own[0])
        assert _check_findings(text, place) == [], (seed, text)


# The acknowledgement: --tag for a work whose own acknowledgement names a reporter (林业: only 作了很好的报告).
@pytest.mark.parametrize(
    ("meeting", "place", "tag"),
    [
        ("全县林业工作会议", "清河县", "林业"),
        ("全县金融工作会议", "清河县", "金融"),
        ("全市档案工作会议", "南通市", "档案"),
        ("全区市场监管工作会议", "鼓楼区", "市场监管"),
    ],
)
def test_a_draft_without_a_reporter_is_still_written(meeting, place, tag):
    from drafter.library import load_library, load_templates
    from drafter.meeting import parse_meeting
    from drafter.render import render_draft

    library, templates = load_library(), load_templates()
    template = templates[parse_meeting(meeting).kind.template]
    for seed in range(3):
        draft = render_draft(library, template, {"place": place, "meeting": meeting}, seed=seed, tags=[tag])
        assert "同志作了" not in draft.text and "{{" not in draft.text, (seed, draft.text)
        # With the reporter named, the work's own acknowledgement may thank them.
        named = render_draft(library, template, {"place": place, "meeting": meeting, "reporter": "李明"}, seed=seed, tags=[tag])
        assert named.text.startswith("# 在")


def test_no_input_without_a_reporter_exits_0(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from drafter.cli import app

    result = CliRunner().invoke(
        app,
        ["draft", "--no-input", "--no-history", "--set", "place=清河县", "--set", "meeting=全县林业工作会议", "--tag", "林业"],
    )
    assert result.exit_code == 0, result.output
    assert "reporter" not in result.output


# A plain 林业 meeting's one task point protects the forest (森林资源保护 is the work's first task); 林业产业 and
# 生态产品价值 are parts a 林下经济 meeting asks for.
@pytest.mark.parametrize(("meeting", "place"), [("全县林业工作会议", "清河县"), ("全市林业工作会议", "南通市"), ("全镇林业工作会议", "葛仙庄镇")])
def test_a_three_point_forestry_draft_deploys_resource_protection(meeting, place):
    for seed in range(6):
        _, draft = draft_meeting(meeting, place=place, seed=seed, points=3)
        task = draft.text.split("\n## ")[2]
        assert "保护森林资源" in task.split("\n")[0], (seed, task[:200])


# A 街道 or 镇 has no power to fine to the maximum, close a firm or list it for 失信惩戒 (城关街道 总结会 seed 1).
@pytest.mark.parametrize(("meeting", "place"), [("全街道安全生产工作总结会", "城关街道"), ("全镇安全生产工作会议", "葛仙庄镇")])
def test_a_town_s_root_cause_point_keeps_to_its_powers(meeting, place):
    from drafter.library import load_library, load_templates
    from drafter.meeting import parse_meeting
    from drafter.render import render_draft

    library, templates = load_library(), load_templates()
    template = templates[parse_meeting(meeting).kind.template]
    for seed in range(4):
        answers = {"place": place, "meeting": meeting}
        text = render_draft(library, template, answers, seed=seed, picks=["point.safety.task.root-cause-campaign"]).text
        assert not any(w in text for w in ("顶格处罚", "坚决关闭", "该关停的坚决关停", "失信联合惩戒")), (seed, text)


# A sitting of the 人大常委会 is no 人大工作会议 the 县委 holds: the 主任 closes it, thanks no 一线, directs no 县委.
@pytest.mark.parametrize(
    ("meeting", "place", "party"),
    [("县人大常委会第三十次会议", "清河县", "县委"), ("市人大常委会第十五次会议", "南通市", "市委"), ("鼓楼区人大常委会第二十次会议", "鼓楼区", "区委")],
)
def test_a_standing_committee_sitting_speaks_as_the_committee(meeting, place, party):
    from drafter.meeting import parse_meeting

    assert parse_meeting(meeting, place).kind.name == "人大常委会会议"
    assert parse_meeting(f"全{party[0]}人大工作会议", place).kind.name == "工作会议"
    for seed in range(4):
        _, draft = draft_meeting(meeting, place=place, seed=seed)
        text = draft.text
        assert "各位委员" in text.split("\n\n")[1], (seed, text[:300])
        assert not any(w in text for w in (f"我代表{party}", "人大工作岗位", "研究部署", f"{party}要")), (seed, text)
        assert "审议" in text.split("\n## ")[0], (seed, text[:400])


# A plain 防汛 meeting's one task point prepares for the season (南通市 电视电话会议 seeds 0, 5 deployed only 灾后恢复重建:
# 入冬前住进安全住房 before any flood); a meeting on 灾后重建 still deploys it.
@pytest.mark.parametrize(
    ("meeting", "place"), [("全市防汛工作电视电话会议", "南通市"), ("全县防汛工作会议", "清河县"), ("全镇防汛工作会议", "葛仙庄镇")]
)
def test_a_three_point_flood_draft_does_not_deploy_only_the_recovery(meeting, place):
    for seed in range(6):
        _, draft = draft_meeting(meeting, place=place, seed=seed, points=3)
        assert "point.flood.task.relief-recovery" not in used_ids(draft, "point"), seed
    _, draft = draft_meeting("全县灾后恢复重建工作推进会", seed=1, points=3)
    assert "point.flood.task.relief-recovery" in used_ids(draft, "point")


def test_a_task_led_by_its_season_is_its_own_heading():
    # Read in a 镇 关心下一代 draft: the task 暑期组织开展防溺水安全宣传 became 着力推进暑期组织开展…, a heading no writer keeps.
    from drafter.render.facts import task_subpoint

    context = {"meeting": "全镇关心下一代工作会议"}
    assert task_subpoint("暑期组织开展防溺水安全宣传", context, 0)[0] == "暑期组织开展防溺水安全宣传"
    assert task_subpoint("春节期间开展安全大检查", context, 1)[0] == "春节期间开展安全大检查"
    assert task_subpoint("防溺水安全宣传", context, 2)[0] == "着力推进防溺水安全宣传"


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_task_is_no_sub_point_of_a_training_speechs_own_points(seed):
    # Read in a 全县保密工作培训班 draft: the task became （四） of 学得活、学得深 (how to study), a point of the
    # training kind, not of the work. Since review32 a 开班式 deploys no tasks at all (以上几个方面之外，今年还有几项
    # 工作要专门强调 told trainees the county's work): the task is not said, and the screen names it (test_review32).
    _, draft = draft_meeting("全县保密工作培训班", place="清河县", seed=seed, tasks=["暑期开展保密宣传教育"])
    text = draft.text
    assert "暑期开展保密宣传教育" not in text, text
    assert draft.answers.get("tasks_unused") == ["暑期开展保密宣传教育"]


@pytest.mark.parametrize("seed", range(12))
def test_a_county_safety_speech_says_挂牌督办_once(seed):
    # Read in 清河县 全县安全生产工作会议 seed 2: 二（一） put long-unfixed hazards under 挂牌督办 and 三（一）'s 督查
    # sub-point said 重大隐患挂牌督办 again (with 建立清单 and 问题清单、任务清单、责任清单 in one paragraph).
    _, draft = draft_meeting("全县安全生产工作会议", place="清河县", seed=seed)
    assert draft.text.count("挂牌督办") <= 1, draft.text
