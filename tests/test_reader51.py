"""What reader51 found reading drafts as the office's writer would, and fixed at the root.

Each test holds one thing a writer would have had to change before handing the draft in, read over seeds 0–2 where a
draft is drawn (adding fragments moves draws), or over every wording of the fragment that said it.
"""

from __future__ import annotations

from work_drafts import draft_made, used_ids

from drafter.library import load_library
from drafter.meeting import parse_meeting


def _points(draft) -> list:  # type: ignore[no-untyped-def]
    library = load_library()
    return [library.get(i) for i in used_ids(draft, "point")]


def test_a_high_quality_development_meeting_is_on_economic_work() -> None:
    """南通市 全市推动高质量发展动员大会 (20 minutes, seed 3): 省委、省政府对高质量发展工作作出了部署 … 推动高质量发展工作起步稳.
    高质量发展 is the meeting's aim; said alone it is the economy's work (经济工作), as the speech's sections already were;
    a work named before it (教育高质量发展) stays that work."""
    assert parse_meeting("全市推动高质量发展动员大会").work == "经济工作"
    assert parse_meeting("全市高质量发展大会").work == "经济工作"
    assert parse_meeting("全县推进教育高质量发展工作会议").work == "教育工作"
    text = draft_made("南通市", "全市推动高质量发展动员大会", 0, 12).text
    assert "高质量发展工作" not in text and "经济工作" in text


def test_a_meeting_naming_no_work_is_shown_what_to_write_at_its_own_level() -> None:
    """周庄镇 周庄镇党委扩大会议: declined as naming no work, the 镇's clerk was told to write 全县安全生产工作会议. An
    enlarged meeting or plenum is told how to say the year's work (经济社会发展工作) or join a work to its name, and any
    other name is shown an example at the place's level."""
    import pytest

    from drafter.errors import UsageError
    from drafter.render.values import resolve_answers

    with pytest.raises(UsageError) as enlarged:
        resolve_answers({"place": "周庄镇", "meeting": "周庄镇党委扩大会议"})
    assert "经济社会发展工作" in str(enlarged.value.hint) and "全镇经济工作会议" in str(enlarged.value.hint)
    assert "全县" not in str(enlarged.value.hint)
    with pytest.raises(UsageError) as vague:
        resolve_answers({"place": "周庄镇", "meeting": "开会"})
    assert "全镇安全生产工作会议" in str(vague.value.hint)


def test_a_long_petitions_speech_deploys_its_own_work_or_says_the_length_it_forms() -> None:
    """清河县 全县信访工作联席会议 (30 minutes, seed 1): after its nine own sections came six general task sections (聚焦重点
    难点, 统筹发展和安全, 向改革要动力, 抓实关键环节, 站稳人民立场, 以制度建设为抓手) — two whole points without a word of
    信访. A 信访 speech deploys its own areas only; at 25 minutes it forms without a general task section, and at 30 it
    says the length the library forms instead of padding."""
    import pytest

    from drafter.errors import UsageError

    for seed in range(3):
        points = _points(draft_made("清河县", "全县信访工作联席会议", seed, 25))
        general_tasks = [f.id for f in points if f.stage == "任务" and "通用" in f.tags]
        assert not general_tasks, (seed, general_tasks)
    with pytest.raises(UsageError) as far:
        draft_made("清河县", "全县信访工作联席会议", 1, 30)
    assert "最多约组成" in str(far.value.hint)


def _all_wordings(fragment_id: str) -> str:
    fragment = load_library().get(fragment_id)
    return "\n".join([fragment.heading or "", fragment.text, *(f"{s.heading}\n{s.text}" for s in fragment.subpoints)])


def test_a_county_party_committee_does_not_back_a_legislative_power_its_congress_lacks() -> None:
    """清河县 全县人大工作会议 (16 minutes, seed 13): 县委要支持和保证人大依法行使立法、监督、决定、任免等职权 — a 县's
    people's congress makes no local law (only provinces and 设区的市 do; their own task area on 立法 is tagged so). The
    party's support section, said at every level but a town's, names the powers every congress has."""
    text = _all_wordings("point.npc.guard.leadership")
    assert "立法" not in text


def test_a_science_association_recognition_does_not_preview_the_popularisation_task() -> None:
    """南通市 全市科协工作会议 (12 minutes, seed 20): 一（二）2.科学普及与科技创新同等重要, then 二（一）把科学普及放在与科技
    创新同等重要的位置 (whose lead says 科技创新、科学普及是…两翼, the sub-point's other heading). The recognition says why
    科普 is the association's own work in words the task area does not use."""
    view = _all_wordings("point.science-tech.know.association")
    assert "同等重要" not in view and "两翼" not in view
    task = _all_wordings("point.science-tech.task.popularize")
    assert "同等重要" in task and "两翼" in task


def test_an_emergency_guard_point_does_not_head_two_sub_points_with_one_phrase() -> None:
    """江苏省 全省应急管理工作会议 (25 minutes, seed 29): 三（一）1.各负其责、协同联动 and 三（二）1.各部门要各负其责、密切协作
    — two sub-points in a row headed with one phrase (the 应急管理 duty section beside the 防汛抗旱 responsibility one)."""
    duty = load_library().get("point.flood.guard.emergency-duty")
    assert not any("各负其责" in (s.heading or "") for s in duty.subpoints)
    responsibility = load_library().get("point.flood.guard.responsibility")
    assert any("各负其责" in (s.heading or "") for s in responsibility.subpoints)


def test_a_digital_government_meeting_closes_on_digital_government_not_data_security() -> None:
    """南通市 全市数字政府建设工作会议 (12 minutes, seed 31): closed on 数据安全连着群众的切身利益……希望大家绷紧数据安全这根弦
    (the closing of a 数据安全 meeting) — three seeds in four. 数字政府 has a closing of its own."""
    for seed in range(3):
        draft = draft_made("南通市", "全市数字政府建设工作会议", seed, 12)
        closing = draft.text.rsplit("\n\n", 1)[-1]
        assert "数据安全" not in closing and "数字政府" in closing, (seed, closing)
