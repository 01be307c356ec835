"""Review 13: faults a reader of drafts found (praise nobody gave, a 推进会 claiming progress, a task filed under an
unrelated point, a 务虚会 opening like a 工作会议, a 政协常委会 sitting drafted as a 政协工作 meeting)."""

from __future__ import annotations

import re

import pytest
from work_drafts import draft_meeting, used_ids

from drafter.library import load_library
from drafter.library.jinja import fragment_texts
from drafter.meeting import parse_meeting
from drafter.model import APPRAISAL_TAG, SPECIFIC_TAG

# The speech praising its own place's work: what only the user's 成绩 may say.
_PRAISE = re.compile(
    r"总体平稳|总体稳定|取得了(?:明显|积极|一定|显著)成效|取得了积极进展|(?:长足|明显)进步|成绩值得肯定|这些成绩来之不易|有目共睹"
    r"|总体是好的|走在了时间节点前面|走在前列|肯定成绩的同时|看到成绩的同时|有声有色|总体是规范的"
)


@pytest.mark.parametrize(
    ("meeting", "place"),
    [
        ("全县保密工作培训班", "清河县"),
        ("全县保密工作会议", "清河县"),
        ("全市林业工作会议", "南通市"),
        ("全区档案工作会议", "鼓楼区"),
        ("全县金融工作会议", "清河县"),
        ("全县安全生产工作会议", "清河县"),
        ("全县财政工作会议", "清河县"),
        ("全市生态环境保护工作会议", "南通市"),
        ("全县法治建设工作推进会", "清河县"),
        ("全区妇女儿童工作会议", "鼓楼区"),
        ("全县平安建设工作会议", "清河县"),
        ("全县基层党建工作会议", "清河县"),
        ("县政协常委会第十次会议", "清河县"),
        ("全县审计工作会议", "清河县"),
        ("全区民政工作会议", "鼓楼区"),
        ("全县关心下一代工作会议", "清河县"),
    ],
)
def test_a_draft_without_achievements_praises_nothing(meeting, place):
    # Read in a 全县保密工作培训班 draft: 近年来，我县保密工作总体平稳 — an appraisal the user never gave.
    for seed in range(4):
        _, draft = draft_meeting(meeting, place=place, seed=seed, points=4)
        found = _PRAISE.findall(draft.text)
        assert found == [], (seed, found, [p for p in draft.text.split("\n\n") if _PRAISE.search(p)])


# A sentence of ours that says the place's own work went well: `{{ we }}…总体平稳`, `{{ scope }}…取得了积极成效`.
_OWN_PRAISE = re.compile(
    r"\{\{ (?:we|scope|work) \}\}[^。！；{]{0,24}(?:总体平稳|总体稳定|取得了[^。，]{0,4}成效|长足进步|明显进步|积极进展|稳中向好|有目共睹|总体是好的)"
)


def _praises(text: str) -> bool:
    """A claim, not an aim: 推动全县就业局势保持总体稳定 asks for what 我县就业局势保持总体稳定 claims."""
    return any(not re.search("(?:推动|确保|力争|让|使)$", text[: m.start()]) for m in _OWN_PRAISE.finditer(text))


def test_only_appraisal_fragments_praise_the_place():
    # Every fragment of ours that appraises the place's work is tagged 评价, drawn only when 成绩 are given.
    library = load_library()
    praising = [
        f.id
        for f in library.fragments
        if APPRAISAL_TAG not in f.tags and SPECIFIC_TAG not in f.tags and "导入" not in f.tags
        and any(_praises(t) for t in fragment_texts(f))
    ]  # fmt: skip
    assert praising == []


def test_an_advance_meeting_claims_progress_only_from_the_users_achievements():
    # Read: 葛仙庄镇 全镇法治建设工作推进会 said 不少重点工作走在了时间节点前面 with nothing given.
    # Works with no points of their own draw the kind's points: 2 or 3 of 8 seeds claimed progress before.
    meetings = [("全县对台工作推进会", "清河县"), ("全镇机构编制工作推进会", "葛仙庄镇"), ("全区地方志工作推进会", "鼓楼区")]
    for meeting, place in [*meetings, ("全镇法治建设工作推进会", "葛仙庄镇")]:
        for seed in range(8):
            _, draft = draft_meeting(meeting, place=place, seed=seed)
            assert "point.advance.recognition.progress-and-gaps" not in used_ids(draft, "point"), (meeting, seed)
    drawn = 0
    for seed in range(12):
        _, draft = draft_meeting("全县对台工作推进会", seed=seed, achievements=["对台交流平台全面建成"])
        drawn += "point.advance.recognition.progress-and-gaps" in used_ids(draft, "point")
        assert "对台交流平台全面建成" in draft.text
    assert drawn, "with 成绩 given, the point that weighs progress may be drawn again"


@pytest.mark.parametrize(
    ("meeting", "place", "task"),
    [
        ("全街道平安建设工作推进会", "城关街道", "推进“红色物业”建设"),
        ("全县档案工作会议", "清河县", "开展新就业群体关爱行动"),
        ("全区安全生产工作会议", "鼓楼区", "推进智慧养老服务平台建设"),
    ],
)
def test_a_task_no_point_is_near_is_said_after_the_points(meeting, place, task):
    # Read: 推进“红色物业”建设 became （五） of the 严打 point, the last task point, though nothing there is about it.
    for seed in range(4):
        _, draft = draft_meeting(meeting, place=place, seed=seed)
        _, with_task = draft_meeting(meeting, place=place, seed=seed, tasks=[task])
        text = with_task.text
        assert text.count(task) == 1, (seed, text)
        assert not re.search(r"（[一二三四五六七八九十]+）(?:着力推进|确保)?" + re.escape(task), text), (seed, text)
        paragraphs = text.split("\n\n")
        at = next(i for i, p in enumerate(paragraphs) if task in p)
        # After the last sub-point of the last point, a paragraph of its own, with what doing it takes.
        assert not any(p.startswith(("## ", "（")) for p in paragraphs[at + 1 :]), (seed, paragraphs[at:])
        assert paragraphs[at].startswith("以上几个方面之外"), (seed, paragraphs[at])
        assert "硬任务" in paragraphs[at]
        # The points themselves are the draft's without the task.
        assert used_ids(with_task, "point") == used_ids(draft, "point")


@pytest.mark.parametrize(
    ("meeting", "place"),
    [("全县林业工作务虚会", "清河县"), ("2027年全市经济工作务虚会", "南通市"), ("全区金融工作务虚会", "鼓楼区")],
)
def test_a_retreat_opens_as_a_retreat(meeting, place):
    # Read: 清河县 全县林业工作务虚会 opened 总结……安排部署下一阶段任务, as a 工作会议 does.
    assert parse_meeting(meeting).kind.name == "务虚会"
    for seed in range(4):
        _, draft = draft_meeting(meeting, place=place, seed=seed)
        assert used_ids(draft, "opening")[0].startswith("opening.retreat."), seed
        opening = draft.text.split("\n\n")[2]
        assert not re.search("安排部署|研究部署|部署下一|总结.{0,6}工作", opening), (seed, opening)
        assert "务虚" in draft.text.split("\n\n")[-1] or "思" in draft.text.split("\n\n")[-1], seed


@pytest.mark.parametrize(
    ("meeting", "place", "party"),
    [
        ("县政协常委会第十次会议", "清河县", "县委"),
        ("政协南通市委员会常务委员会第八次会议", "南通市", "市委"),
        ("区政协常委会会议", "鼓楼区", "区委"),
    ],
)
def test_a_cppcc_standing_committee_sitting_speaks_as_the_committee(meeting, place, party):
    # Read: 县政协常委会第十次会议 was drafted as a 政协工作会议 the 县委 holds (我代表县委, 县委要把政协工作纳入总体布局).
    assert parse_meeting(meeting, place).kind.name == "政协常委会会议"
    for seed in range(4):
        _, draft = draft_meeting(meeting, place=place, seed=seed)
        text = draft.text
        assert "各位常委" in text.split("\n\n")[1], seed
        assert f"我代表{party}" not in text and f"{party}要" not in text, (seed, text)
        assert "point.cppcc.guard.leadership" not in used_ids(draft, "point")
    assert parse_meeting("全县政协工作会议", "清河县").kind.name == "工作会议"


def test_a_task_after_the_points_does_not_end_as_the_sub_point_before_it():
    # Read after `update` gave 推进全民健身中心建设 (（四） of a point) and 推进“红色物业”建设 (after the points): both
    # paragraphs ended 确保件件有着落、事事有回音.
    tasks = ["推进全民健身中心建设", "推进“红色物业”建设"]
    for seed in range(4):
        _, draft = draft_meeting("全区体育工作推进会", place="鼓楼区", seed=seed, tasks=tasks)
        tail = next(p for p in draft.text.split("\n\n") if p.startswith("以上几个方面之外"))
        assert "红色物业" in tail and draft.text.count("全民健身中心") == 1, (seed, tail)
        # 全民健身中心 is （N） of a point about the facilities; under a point on 赛事活动 (seed 1) it is said with
        # 红色物业 after the points (review18: no sub-point of a point about another part of the work).
        if "健身场地" in draft.text:
            assert "全民健身中心" not in tail, (seed, tail)
        assert draft.text.count("事事有回音") <= 1, seed


def test_a_task_sharing_a_word_with_one_point_only_goes_there():
    # Read in 大河乡 全乡关心下一代工作会议 seed 2: 暑期组织开展防溺水安全宣传 went after the points, though 二（三） speaks
    # of 防范溺水 in the holidays (the only point saying 溺水).
    task = "暑期组织开展防溺水安全宣传"
    seen = 0
    for seed in range(4):  # one area a point (points=3): a gathered point's areas name other works' tasks apart
        _, plain = draft_meeting("全乡关心下一代工作会议", place="大河乡", seed=seed, points=3)
        points = plain.text.split("\n## ")[1:]
        if sum("溺水" in p for p in points) != 1:
            continue
        seen += 1
        home = next(i for i, p in enumerate(points) if "溺水" in p)
        _, draft = draft_meeting("全乡关心下一代工作会议", place="大河乡", seed=seed, tasks=[task], points=3)
        assert task in draft.text.split("\n## ")[1:][home], seed
    assert seen
