"""Commendation meetings read as commendations, not work meetings (commend37).

Read: 五四、劳模、三八红旗手、教师节、“两优一先”、道德模范 and 见义勇为 表彰大会 at 县, 市 and 镇, 10 and 20 minutes. Their 任务
point was the work's own deployment (a 20-minute 劳模表彰大会 held six 工会 areas, a 五四表彰大会 three 共青团 areas
under “统筹当前和长远，一项一项抓好落实”), the 认识 point took 正视群团工作中的短板 (shortcomings nobody gave), the
honoured were “青年工作中的优秀青年” who “为全县妇女儿童工作作出了突出贡献”, and a 工作会议暨表彰大会 was drafted as a
表彰大会 with no word on the year's work.
"""

from __future__ import annotations

import pytest

from drafter.meeting import parse_meeting
from tests.work_drafts import draft_made, draft_text

# What a work meeting says and a commendation does not.
_WORK_MEETING = ("保障措施", "加强组织领导", "统筹当前和长远", "突出工作重点", "强化组织保障", "压实工作责任")


def _draft(place: str, meeting: str, seed: int, minutes: int):
    return draft_made(place, meeting, seed, minutes)


def _points(draft) -> list[list[str]]:
    """The fragment ids of each top-level point: the point's own first, then its gathered sections."""
    points: list[list[str]] = []
    for use in draft.uses:
        if use.role.value != "point":
            continue
        if use.section and points:
            points[-1].append(use.id)
        else:
            points.append([use.id])
    return points


@pytest.mark.parametrize(("place", "minutes"), [("清河县", 10), ("清河县", 20), ("南通市", 20)])
@pytest.mark.parametrize("seed", [1, 2])
def test_a_youth_day_commendation_hopes_for_the_young_and_calls_all_to_learn(place: str, minutes: int, seed: int) -> None:
    scope = "全县" if place == "清河县" else "全市"
    text = draft_text(place, f"{scope}五四青年节表彰大会", seed, minutes=minutes)
    headings = [line for line in text.splitlines() if line.startswith(("## ", "（"))]
    assert not any(w in h for h in headings for w in _WORK_MEETING), headings
    assert "广大青年" in text and "希望" in text
    assert "学习先进" in text or "向先进看齐" in text or "学先进" in text
    # whom it honours comes from every walk of life, not from 青年工作
    assert "青年工作中的优秀青年" not in text and "青年工作作出了突出贡献" not in text


@pytest.mark.parametrize(("place", "meeting"), [("南通市", "全市劳动模范和先进工作者表彰大会"), ("清河县", "全县劳动模范表彰大会")])
@pytest.mark.parametrize("minutes", [10, 20])
def test_a_model_workers_commendation_speaks_of_the_three_spirits_and_names_nobody(
    place: str, meeting: str, minutes: int
) -> None:
    for seed in (1, 2):
        text = draft_text(place, meeting, seed, minutes=minutes)
        for spirit in ("劳模精神", "劳动精神", "工匠精神"):
            assert spirit in text, (seed, spirit)
        assert "劳模工作" not in text and "同志作了" not in text  # no 劳模 work, no report nobody gave
        assert "工作中涌现" not in text and "工作中表现突出" not in text  # 劳模 come from every trade, not from one work
        assert "成绩" not in text.split("\n## ")[0]  # the opening praises no results the user did not give


@pytest.mark.parametrize(
    ("place", "meeting"),
    [
        ("南通市", "全市劳动模范和先进工作者表彰大会"),
        ("清河县", "全县五四青年节表彰大会"),
        ("清河县", "全县庆祝中国共产党成立105周年暨“两优一先”表彰大会"),
        ("南通市", "全市三八红旗手和三八红旗集体表彰大会"),
    ],
)
def test_a_long_commendation_opens_each_point_on_its_own_words_and_borrows_one_area_at_most(place: str, meeting: str) -> None:
    for seed in (1, 2):
        draft = _draft(place, meeting, seed, 20)
        for point in _points(draft):
            assert point[0].startswith("point.commendation."), (seed, point)
            borrowed = [p for p in point if not p.startswith("point.commendation.")]
            assert len(borrowed) <= 1, (seed, point)
            # the work's one area comes after the hopes: “only then, briefly, what the work ahead asks”
            assert not borrowed or point[-1] == borrowed[0], (seed, point)
        recognition = _points(draft)[0]
        assert all(p.startswith("point.commendation.") for p in recognition), (seed, recognition)


@pytest.mark.parametrize(
    ("meeting", "who"),
    [("全县三八红旗手表彰大会", "广大妇女"), ("全县庆祝中国共产党成立105周年暨“两优一先”表彰大会", "广大党员"), ("全县道德模范表彰大会", "崇德向善")],
)
def test_a_commendation_speaks_to_those_its_honourees_stand_for(meeting: str, who: str) -> None:
    for seed in (1, 2):
        text = draft_text("清河县", meeting, seed, minutes=10)
        assert who in text, seed
        assert "妇女儿童工作作出了突出贡献" not in text and "基层党建工作中涌现" not in text


@pytest.mark.parametrize("minutes", [10, 20])
def test_a_town_and_a_general_commendation_form_both_lengths(minutes: int) -> None:
    for place, meeting in (("河北省邢台市清河县葛仙庄镇", "全镇优秀共产党员表彰大会"), ("清河县", "全县先进集体和先进个人表彰大会"),
                           ("河北省邢台市清河县葛仙庄镇", "全镇道德模范和身边好人表彰大会")):  # fmt: skip
        draft = _draft(place, meeting, 1, minutes)
        assert abs(draft.han_chars - minutes * 200) <= minutes * 20, (meeting, draft.han_chars)


@pytest.mark.parametrize(
    ("meeting", "work", "honorees"),
    [("全县工会工作暨劳模表彰大会", "工会工作", "劳模"), ("全县教育工作会议暨教师节表彰大会", "教育工作", "优秀教师和优秀教育工作者")],
)
def test_a_work_meeting_joined_to_a_commendation_stays_a_work_meeting_and_congratulates_its_honourees(
    meeting: str, work: str, honorees: str
) -> None:
    read = parse_meeting(meeting, "清河县")
    assert (read.kind.name, read.work, read.honorees) == ("工作会议", work, honorees)
    for seed in (1, 2, 3):
        text = draft_text("清河县", meeting, seed, minutes=10)
        opening = text.split("\n## ")[0]
        assert "表彰" in opening and "祝贺" in opening, seed
        assert "这项工作者" not in text  # 优秀教育工作者 kept whole
        assert "工会工作战线的优秀代表" not in text  # 劳模 come from every trade
