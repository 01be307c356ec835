"""An economy sub-work's meeting speaks of that work (review33c).

Read (义乌市 全市消费提振工作推进会, 15 minutes, seed 11): its 认识 point was the whole economy's (始终扭住经济建设这个
中心…稳增长调结构…债务、金融、房地产风险), its task point gathered 扩内需 and then 扩大高水平对外开放、稳住外贸外资, its
third point was 要素保障 (用地、用能、用工、资金). 提振消费 is now a part of 经济工作 of its own (`alone`) with its own 认识,
task areas and 保障, and its own text for 乡、镇、街道.
"""

from __future__ import annotations

import pytest

from drafter.drafting import DraftRequest, make_draft
from drafter.topics import alone_tags, find_topics, narrower_tags
from tests.work_drafts import used_ids

# What the whole economy's points say, which a 消费提振 meeting does not deploy.
_NOT_CONSUMPTION = (
    "外贸外资",
    "扩大高水平对外开放",
    "用地、用能、用工",
    "始终扭住经济建设这个中心",
    "精准招商",
    "产业链招商",
)


def _draft(place: str, meeting: str, seed: int, minutes: int | None = None, **facts: object):
    answers = {"place": place, "meeting": meeting, **facts}
    return make_draft(
        DraftRequest(answers=answers, seed=seed, minutes=minutes, history=False)
    ).draft


@pytest.mark.parametrize(
    "meeting",
    [
        "全市消费提振工作推进会",
        "全县提振消费工作会议",
        "全县促消费工作会议",
        "全区扩大消费工作推进会",
    ],
)
def test_a_consumption_meeting_is_a_work_of_its_own_within_the_economy(meeting: str) -> None:
    assert [t.tag for t in find_topics(meeting)] == ["经济工作"]
    assert "消费提振" in narrower_tags(meeting) and "消费提振" in alone_tags()


@pytest.mark.parametrize(
    ("place", "meeting", "seed", "minutes"),
    [("义乌市", "全市消费提振工作推进会", 11, 15), ("清河县", "全县促消费工作会议", 5, 20), ("崇川区", "全区提振消费专项行动推进会", 2, 30),
     ("南通市", "全市提振消费工作推进会", 1, 10)],
)  # fmt: skip
def test_a_consumption_speech_speaks_of_consumption_not_of_trade_land_or_investment(
    place, meeting, seed, minutes
) -> None:
    draft = _draft(place, meeting, seed, minutes)
    for words in _NOT_CONSUMPTION:
        assert words not in draft.text, (meeting, seed, words)
    points = used_ids(draft, "point")
    # every point of the work is the consumption file's (general points may fill a long speech, no other economy part)
    assert all(
        p.startswith("point.consumption.") or not p.startswith("point.economy.") for p in points
    ), points
    assert any(p.startswith("point.consumption.know.") for p in points), points
    assert any(p.startswith("point.consumption.task.") for p in points), points
    assert "以旧换新" in draft.text or "服务消费" in draft.text


def test_a_long_consumption_speech_covers_its_main_fields() -> None:
    draft = _draft("清河县", "全县提振消费工作推进会", 3, 30)
    for words in ("以旧换新", "服务消费", "消费场景", "放心消费"):
        assert words in draft.text, words


@pytest.mark.parametrize(
    ("place", "meeting", "seed"),
    [
        ("清河县柳镇", "全镇提振消费工作推进会", 3),
        ("江州市东城区城关街道", "全街道促消费工作会议", 4),
    ],
)
@pytest.mark.parametrize("minutes", [10, 20])
def test_a_town_consumption_speech_speaks_of_what_a_town_does(
    place, meeting, seed, minutes
) -> None:
    draft = _draft(place, meeting, seed, minutes)
    points = used_ids(draft, "point")
    assert (
        "point.consumption.task.town" in points or "point.consumption.task.town-services" in points
    ), points
    # a town does not set subsidies, rebuild 商圈 or run the 县域商业 network
    for words in (
        "工作专班",
        "商圈和步行街",
        "县乡村三级商业网络",
        "资金绩效评价",
        *_NOT_CONSUMPTION,
    ):
        assert words not in draft.text, (meeting, words)
    if "街道" in place:
        assert "集市" not in draft.text and "农家乐" not in draft.text


def test_a_users_consumption_task_goes_into_the_consumption_point_that_speaks_of_it() -> None:
    draft = _draft(
        "清河县",
        "全县促消费工作会议",
        5,
        20,
        tasks=["开展汽车家电以旧换新", "打造县城夜间经济街区"],
    )
    paragraphs = draft.text.split("\n\n")
    trade_in = next(p for p in paragraphs if "开展汽车家电以旧换新" in p)
    assert "以旧换新" in trade_in.replace("开展汽车家电以旧换新", "")
