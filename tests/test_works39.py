"""works39: drafts of works nobody had read lately, read as the leader's writer would.

Read: a 全县乡村振兴工作调研座谈会 spoke of “乡村振兴工作调研工作”; a 全镇民政工作会议 told the town to fund 福彩公益金 and
run 专项审计; a 全镇市场监管工作会议 walked 质量强国之路 and 探索电梯安全责任保险 beside its own 设备安全 sub-point; a
全镇妇联工作会议 said 镇党委要把它列入议事日程 with no “它”; given no 问题, a 全县信访工作会议 declared
有的单位思想认识不到位 and a 全市统战工作会议 有的单位对统战工作重视不够.
"""

from __future__ import annotations

import pytest

from drafter.meeting import parse_meeting
from tests.work_drafts import draft_text

_SEEDS = range(6)


@pytest.mark.parametrize(
    ("meeting", "work"),
    [
        ("全县乡村振兴工作调研座谈会", "乡村振兴工作"),
        ("全市营商环境专题调研座谈会", "营商环境工作"),
        ("全县安全生产调研会", "安全生产工作"),
    ],
)
def test_a_research_visit_meeting_speaks_of_its_work_not_of_research_work(meeting, work):
    parsed = parse_meeting(meeting)
    assert parsed.work == work
    assert parsed.kind.template == "symposium"  # 调研会: the leader hears the units, as at a 座谈会


def test_a_research_symposium_draft_never_says_research_work():
    for seed in range(3):
        text = draft_text("清河县", "全县乡村振兴工作调研座谈会", seed, minutes=10)
        assert "调研工作" not in text, seed
        assert "乡村振兴工作" in text, seed


@pytest.mark.parametrize(
    ("place", "meeting"), [("葛仙庄镇", "全镇民政工作会议"), ("城关街道", "全街道民政工作会议")]
)
@pytest.mark.parametrize("minutes", [10, 20])
def test_a_towns_civil_affairs_speech_does_not_budget_or_audit_like_a_county(
    place, meeting, minutes
):
    for seed in _SEEDS:
        text = draft_text(place, meeting, seed, minutes=minutes)
        assert [
            w for w in ("福彩公益金", "专项审计", "跨区域通办", "互联互通") if w in text
        ] == [], seed


@pytest.mark.parametrize("minutes", [10, 20])
def test_a_towns_market_speech_neither_walks_the_national_quality_road_nor_regulates_equipment(
    minutes,
):
    for seed in _SEEDS:
        text = draft_text("葛仙庄镇", "全镇市场监管工作会议", seed, minutes=minutes)
        assert [w for w in ("质量强国", "电梯安全责任保险", "未检先用") if w in text] == [], seed
        assert "市场监管所" in text, seed  # it works beside the 所, as a town does


@pytest.mark.parametrize("meeting", ["全镇妇联工作会议", "全镇妇女儿童工作会议"])
def test_a_towns_women_and_children_speech_says_what_it_puts_on_the_agenda(meeting):
    for seed in _SEEDS:
        text = draft_text("葛仙庄镇", meeting, seed, minutes=20)
        assert "把它列入" not in text, seed


def test_a_speech_given_no_problems_does_not_declare_the_units_at_fault():
    for seed in _SEEDS:
        text = draft_text("清河县", "全县信访工作会议", seed, minutes=20)
        found = [
            w
            for w in (
                "思想认识不到位",
                "重视程度不够，办法不多",
                "认识上有偏差",
                "抓落实的力度还不够",
            )
            if w in text
        ]
        assert found == [], seed


def test_a_united_front_speech_given_no_problems_does_not_call_units_negligent():
    for seed in _SEEDS:
        text = draft_text("南通市", "全市统战工作会议", seed, minutes=10)
        assert "有的单位对统战工作重视不够" not in text and "我们自身还有不少短板" not in text, seed


@pytest.mark.parametrize("meeting", ["全街道老龄工作会议", "全街道养老服务工作会议"])
@pytest.mark.parametrize("minutes", [10, 20])
def test_a_streets_elderly_care_speech_has_no_villages_to_speak_of(meeting, minutes):
    for seed in _SEEDS:
        text = draft_text("城关街道", meeting, seed, minutes=minutes)
        assert "农村养老" not in text, seed


@pytest.mark.parametrize(
    ("place", "meeting"), [("葛仙庄镇", "全镇统计工作会议"), ("城关街道", "全街道统计工作会议")]
)
def test_a_towns_statistics_speech_does_not_keep_credit_records(place, meeting):
    for seed in _SEEDS:
        text = draft_text(place, meeting, seed, minutes=20)
        assert "失信记录" not in text and "统计信用" not in text, seed


def _points(place: str, meeting: str, seed: int, minutes: int) -> tuple[str, list[str]]:
    from drafter.drafting import DraftRequest, make_draft

    request = DraftRequest(
        answers={"place": place, "meeting": meeting}, seed=seed, minutes=minutes, history=False
    )
    draft = make_draft(request).draft
    return draft.text, [u.id for u in draft.uses if u.role.value == "point"]


@pytest.mark.parametrize(
    ("place", "meeting"),
    [
        ("清河县", "全县应急管理工作会议"),
        ("南通市", "全市防灾减灾工作会议"),
        ("城关街道", "全街道应急管理工作会议"),
    ],
)
@pytest.mark.parametrize("minutes", [10, 20])
def test_an_emergency_management_meeting_does_not_open_as_a_flood_mobilisation(
    place, meeting, minutes
):
    for seed in _SEEDS:
        text, points = _points(place, meeting, seed, minutes)
        opening = text.split("\n## ")[0]
        assert not [w for w in ("临战", "硬仗", "汛期") if w in opening], seed
        if place == "城关街道":  # a town builds its own 预案、队伍、物资
            assert "point.flood.task.town-emergency" in points, (seed, points)
