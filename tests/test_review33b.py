"""Review 33b: meeting kinds and audiences read as a clerk would (欢送会, 座谈会, 现场会 …), and the 民政, 养老 and 河湖长制
defects the lead saw."""

from __future__ import annotations

import pytest
from work_drafts import draft_meeting, used_ids

# ---------- 民政: 社会救助 among the areas of a long speech ----------


@pytest.mark.parametrize("minutes", [20, 30])
def test_a_long_civil_affairs_speech_deploys_social_assistance(minutes):
    # Read (清河县 全县民政工作会议, 20 minutes, seeds 1–3): the task point gathered 养老, 困境儿童 and 社会组织 (or 养老 and
    # 儿童 only) and not a word on 社会救助, the core of 民政 work (兜底保障).
    for seed in range(1, 7):
        _, draft = draft_meeting("全县民政工作会议", seed=seed, minutes=minutes)
        ids = used_ids(draft, "point")
        assert "point.civil.task.social-assistance" in ids, (seed, ids)


def test_a_long_elderly_care_meeting_still_speaks_of_elderly_care_only():
    # The core area of 民政 is not forced into a meeting on one of its parts (养老服务).
    for seed in range(1, 4):
        _, draft = draft_meeting("全县养老服务工作推进会", seed=seed, minutes=20)
        assert "point.civil.task.social-assistance" not in used_ids(draft, "point"), seed


# ---------- 养老: its own 认识 and 保障, no 民政工作 and no 社会救助 ----------


@pytest.mark.parametrize("minutes", [20, 30])
def test_a_long_elderly_care_meeting_does_not_borrow_the_whole_civil_affairs_work(minutes):
    # Read (清河县 全县养老服务工作推进会, 20 minutes, seeds 1–4): 因时而变，主动适应民政工作的新形势新要求, 直面问题不足，增强
    # 做好民政工作的忧患意识 and 加强基层基础建设，让民政服务更有保障 filled the 认识 and 保障 points; at 30 minutes, once the
    # 养老 task areas were spent, 完善社会救助体系 came in as a task area.
    for seed in range(1, 5):
        _, draft = draft_meeting("全县养老服务工作推进会", seed=seed, minutes=minutes)
        assert "民政工作" not in draft.text and "民政服务" not in draft.text, seed
        assert "社会救助" not in draft.text, seed
        assert "point.civil.task.social-assistance" not in used_ids(draft, "point"), seed


def test_a_long_elderly_care_meeting_gets_its_own_second_recognition_section():
    # What fills a longer 认识 point is 养老's own (正视养老服务的短板弱项) before general filler.
    seen = set()
    for seed in range(1, 5):
        _, draft = draft_meeting("全县养老服务工作推进会", seed=seed, minutes=20)
        seen.update(used_ids(draft, "point"))
    assert "point.civil.recognition.elderly-gaps" in seen
