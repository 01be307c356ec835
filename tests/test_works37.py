"""机要, 外事 and 供销 speak of their own work; 禁毒 at 20 minutes; a 市委巡察组's feedback at a county (works37).

Read: 全市外事工作会议 and 全县机要密码工作会议 were general skeletons with the work's name pasted in, 全县供销合作社工作会议
a whole 三农 speech; a 20-minute 全县禁毒工作会议 filled its 认识 and 保障 with 立足新起点, 锤炼务实作风 and 明确责任主体;
市委第三巡察组巡察清河县委情况反馈会 was drafted as a meeting on how to 巡察, and once a feedback meeting the 县委 handed
its problems to itself ("切实把思想统一到县委的要求上来").
"""

from __future__ import annotations

import pytest

from drafter.meeting import parse_meeting
from tests.work_drafts import TOPIC_POINTS, draft_meeting, draft_text, used_ids

# (meeting, place, the library's id prefixes, task points of which one must be said)
OWN_WORK = [
    (
        "全县机要密码工作会议",
        "清河县",
        ("point.cipher.",),
        {"point.cipher.task.support", "point.cipher.task.commercial"},
    ),
    (
        "全市外事工作会议",
        "南通市",
        ("point.foreign-affairs.",),
        {"point.foreign-affairs.task.travel", "point.foreign-affairs.task.security"},
    ),
    (
        "全县供销合作社工作会议",
        "清河县",
        ("point.supply-marketing.",),
        {"point.supply-marketing.task.farm-inputs", "point.supply-marketing.task.reform"},
    ),
    (
        "全市深化供销合作社综合改革推进会",
        "南通市",
        ("point.supply-marketing.",),
        {"point.supply-marketing.task.reform", "point.supply-marketing.task.circulation"},
    ),
]


@pytest.mark.parametrize(
    ("meeting", "place", "prefixes", "tasks"), OWN_WORK, ids=[r[0] for r in OWN_WORK]
)
@pytest.mark.parametrize("minutes", [10, 20])
def test_a_named_work_speaks_of_itself_and_of_no_other_work(
    meeting, place, prefixes, tasks, minutes
):
    for seed in range(2):
        _, draft = draft_meeting(meeting, place=place, seed=seed, minutes=minutes)
        points = used_ids(draft, "point")
        others = [p for p in points if p in TOPIC_POINTS and not p.startswith(prefixes)]
        assert not others, (meeting, seed, points)
        assert tasks & set(points), (meeting, seed, points)
        assert sum(p.startswith(prefixes) for p in points) >= 4, (meeting, seed, points)


def test_a_supply_and_marketing_meeting_is_not_a_whole_rural_speech():
    for seed in range(2):
        _, draft = draft_meeting("全县供销合作社工作会议", seed=seed, minutes=20)
        assert "农资" in draft.text and "基层社" in draft.text, seed
        assert not [p for p in used_ids(draft, "point") if p.startswith("point.rural")], seed


def test_a_cipher_and_secrecy_meeting_speaks_of_both():
    for seed in range(2):
        _, draft = draft_meeting("全市机要保密工作会议", place="南通市", seed=seed, minutes=20)
        points = used_ids(draft, "point")
        assert any(p.startswith("point.cipher.") for p in points), (seed, points)
        assert any(p.startswith("point.secrecy.") for p in points), (seed, points)
        assert "商用密码" in draft.text, seed


def test_a_plain_secrecy_meeting_draws_no_cipher_text():
    for seed in range(2):
        _, draft = draft_meeting("全市保密工作会议", place="南通市", seed=seed, minutes=20)
        assert not [u.id for u in draft.uses if ".cipher." in u.id], seed


def test_a_foreign_affairs_and_overseas_chinese_meeting_says_both_halves():
    for seed in range(2):
        for minutes in (10, 20):
            _, draft = draft_meeting("全县外事侨务工作会议", seed=seed, minutes=minutes)
            points = used_ids(draft, "point")
            assert "point.foreign-affairs.task.overseas-chinese" in points, (seed, minutes, points)
            assert sum(p.startswith("point.foreign-affairs.task.") for p in points) >= 3, (
                seed,
                minutes,
                points,
            )
            assert "因公出国（境）" in draft.text, (seed, minutes)


def test_a_plain_foreign_affairs_meeting_says_nothing_of_overseas_chinese():
    for seed in range(3):
        _, draft = draft_meeting("全市外事工作会议", place="南通市", seed=seed, minutes=20)
        assert "侨胞" not in draft.text and "侨眷" not in draft.text, seed


# ---------- 禁毒 at 20 minutes ----------

_GENERAL_PADDING = (
    "立足新起点",
    "锤炼务实作风",
    "明确责任主体",
    "把准方位",
    "舍得投入、配强力量",
    "以制度建设为抓手",
)


@pytest.mark.parametrize(
    ("place", "meeting"), [("清河县", "全县禁毒工作会议"), ("南通市", "全市禁毒工作会议")]
)
def test_a_20_minute_drug_control_speech_carries_its_own_substance(place, meeting):
    for seed in range(3):
        _, draft = draft_meeting(meeting, place=place, seed=seed, minutes=20)
        points = used_ids(draft, "point")
        general = [p for p in points if p not in TOPIC_POINTS]
        assert not general, (seed, points)
        assert not [w for w in _GENERAL_PADDING if w in draft.text], seed
        assert "易制毒化学品" in draft.text, seed
        # 易制毒化学品 is one point's (源头治理), not said again as a sub-point of 打击
        assert draft.text.count("管好易制毒化学品") <= 1, seed


# ---------- a 市委巡察组 feeds back to a county's 县委 ----------

_FEEDBACK = "市委第三巡察组巡察清河县委情况反馈会"


def test_the_feedback_of_a_city_inspection_of_the_county_is_the_county_secretarys_pledge():
    assert parse_meeting(_FEEDBACK, "清河县").kind.template == "pledge"
    assert parse_meeting("市委巡察组对县委开展巡察情况反馈会议", "清河县").kind.template == "pledge"
    assert parse_meeting("市委第二巡察组巡察县委情况反馈会", "清河县").kind.template == "pledge"
    assert (
        parse_meeting("市委第三巡察组巡察鼓楼区委情况反馈会", "南京市鼓楼区").kind.template
        == "pledge"
    )
    # another county's 县委: this county did not hold it
    assert (
        parse_meeting("市委第三巡察组巡察威县县委情况反馈会", "清河县").kind.template == "feedback"
    )
    # held by the city, the 市委 speaks to the inspected 县委 as to any unit it inspected
    assert parse_meeting(_FEEDBACK, "邢台市").kind.template == "feedback"
    # the county's own 巡察 of a bureau stays the 县委's feedback
    assert (
        parse_meeting("县委巡察组巡察县教育局党组情况反馈会", "清河县").kind.template == "feedback"
    )


@pytest.mark.parametrize("seed", [1, 2])
def test_the_county_secretary_pledges_to_the_citys_inspection_team(seed):
    text = draft_text("清河县", _FEEDBACK, seed, minutes=10)
    assert "市委巡察组" in text and "县委" in text
    assert "整改" in text and any(w in text for w in ("照单全收", "诚恳接受", "全部认领"))
    # the 县委 does not hand problems to itself or speak as the inspecting body
    assert "统一到县委的要求" not in text and "被巡察党组织要" not in text
    assert "巡察干部" not in text and "巡察组要多听" not in text


def test_the_city_speaks_to_the_inspected_county_as_the_inspecting_body():
    text = draft_text("邢台市", _FEEDBACK, 2, minutes=10)
    assert "被巡察党组织" in text and "市委" in text
    assert "我代表县委" not in text and "县委书记" not in text
