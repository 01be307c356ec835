"""works37 landed on main (works38): 外事 and 机要 long on their own text only; a town's 机要 speech.

Read: a 30-minute 全县外事工作会议 was mostly general task points (向改革要动力, 抓住关键一环); a 30-minute 全县机要密码
工作会议 said 坚持以人民为中心，让群众在机要密码工作中有更多获得感 and 倾听民声; a 20-minute 全镇机要工作会议 was six general
points (机要工作既是发展问题，也是民生问题) under a notice that towns have no 机要 of their own.
"""

from __future__ import annotations

import pytest

from drafter.errors import UsageError
from tests.work_drafts import TOPIC_POINTS, draft_meeting, used_ids

_OWN_LENGTH = [
    ("全县外事工作会议", "清河县", "point.foreign-affairs."),
    ("全市外事工作会议", "南通市", "point.foreign-affairs."),
    ("全县机要密码工作会议", "清河县", "point.cipher."),
    ("全市机要密码工作会议", "南通市", "point.cipher."),
]


@pytest.mark.parametrize(
    ("meeting", "place", "prefix"), _OWN_LENGTH, ids=[m for m, _, _ in _OWN_LENGTH]
)
def test_a_long_foreign_affairs_or_cipher_speech_deploys_only_its_own_tasks(meeting, place, prefix):
    for seed in range(2):
        _, draft = draft_meeting(meeting, place=place, seed=seed, minutes=20)
        tasks = [p for p in used_ids(draft, "point") if p.startswith("point.") and ".task." in p]
        general_tasks = [
            p for p in used_ids(draft, "point") if p not in TOPIC_POINTS and "task" in p
        ]
        assert not general_tasks, (seed, general_tasks)
        assert all(p.startswith(prefix) for p in tasks), (seed, tasks)
        assert "有更多获得感" not in draft.text and "向改革要动力" not in draft.text, seed


@pytest.mark.parametrize(
    ("meeting", "place", "prefix"), _OWN_LENGTH, ids=[m for m, _, _ in _OWN_LENGTH]
)
def test_past_its_own_text_the_speech_says_how_long_it_can_run(meeting, place, prefix):
    with pytest.raises(UsageError) as refused:
        draft_meeting(meeting, place=place, seed=30, minutes=30)
    assert "可改为 --minutes" in str(refused.value.hint)
    assert "片段库无法组成约 30 分钟" in str(refused.value)


@pytest.mark.parametrize(
    ("place", "meeting"), [("葛仙庄镇", "全镇机要工作会议"), ("城关街道", "全街道机要工作会议")]
)
def test_a_towns_cipher_speech_speaks_of_what_its_office_does(place, meeting):
    for seed in range(2):
        _, draft = draft_meeting(meeting, place=place, seed=seed, minutes=20)
        points = used_ids(draft, "point")
        assert sum(p.startswith("point.cipher.town.") for p in points) >= 4, (seed, points)
        # a town neither supervises 商用密码 nor builds the 密码保障网络
        assert not [p for p in points if p.startswith("point.cipher.") and ".town." not in p], (
            seed,
            points,
        )
        assert "机要件" in draft.text and "商用密码检查" not in draft.text, seed


def test_a_towns_foreign_affairs_meeting_still_drafts():
    """外事 is long on its own text at 县 and above only: a town, which has no 外事 text, drafts as before."""
    _, draft = draft_meeting("全镇外事工作会议", place="葛仙庄镇", seed=0, minutes=20)
    assert 3600 <= draft.han_chars <= 4400
