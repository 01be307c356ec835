"""Review 31b: drafts of the meeting kinds a clerk meets less often (结业式, 约谈会, 述职评议会, 座谈会, 开学典礼 …),
read as their writer would."""

from __future__ import annotations

import pytest
from work_drafts import draft_meeting

from drafter.meeting import parse_meeting


def _head(text: str) -> str:
    """Salutation, opening and acknowledgement: what comes before the first point."""
    return text.split("\n## ")[0]


# ---------- 培训班结业式 ----------


@pytest.mark.parametrize(
    ("meeting", "place", "work"),
    [
        ("全市中青年干部培训班结业式", "南通市", "各项工作"),
        ("全县2026年乡村振兴干部培训班结业式", "清河县", "乡村振兴工作"),
        ("全县村党组织书记培训班结业典礼", "清河县", "基层党建工作"),
        ("全镇志愿者骨干培训班结业式", "葛仙庄镇", "社会工作"),
    ],
)
def test_a_class_closing_speaks_to_trainees_who_finished(meeting, place, work):
    # Read (全市中青年干部培训班结业式, 15 minutes): drafted as a 工作会议 — “中青年干部培训班结业式工作的每一项部署”,
    # “四、……把中青年干部培训班结业式工作的任务抓到位” on 机关、国企 党建, closing “党组织书记的第一职责”.
    parsed = parse_meeting(meeting, place)
    assert (parsed.kind.name, parsed.work) == ("培训班结业式", work)
    for seed in range(3):
        _, draft = draft_meeting(meeting, place=place, seed=seed)
        text = draft.text
        assert "结业式工作" not in text and "开班" not in text, seed
        assert "结业" in _head(text) and "祝贺" in _head(text), (seed, _head(text))
        closing = text.rstrip().split("\n\n")[-1]
        assert "结业" in closing or "回到岗位" in closing or "岗位上" in closing, (seed, closing)
        assert "坚持问题导向，扎实推进" not in text, seed


def test_a_class_of_volunteers_is_not_told_of_leave_from_work():
    for seed in range(4):
        _, draft = draft_meeting("全镇志愿者骨干培训班结业式", place="葛仙庄镇", seed=seed)
        assert "脱产" not in draft.text and "组织的培养" not in draft.text, seed
