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
