"""Census names that drafted a general skeleton get their own text (works35).

Each meeting below found no work before (tests/test_works34.py marked it xfail): a 全市碳达峰碳中和工作推进会 was a
skeleton of general headings with the meeting's name pasted in. Now every point of its draft is the named work's own or
a general one (none of another work's, none of the wider work's other areas), and the task points a clerk looks for
are there; a town's draft uses its own town points where a town holds such a meeting.
"""

from __future__ import annotations

import pytest

from drafter.topics import find_topics, narrower_tags
from tests.work_drafts import TOPIC_POINTS, draft_meeting, used_ids

# (meeting, place, the library's id prefix, task points of which one must be said)
OWN_WORK = [
    (
        "全市碳达峰碳中和工作推进会",
        "南通市",
        "point.energy-saving.",
        {"point.energy-saving.task.industry", "point.energy-saving.task.energy"},
    ),
    (
        "全县节能降碳工作推进会",
        "清河县",
        "point.energy-saving.",
        {"point.energy-saving.task.industry", "point.energy-saving.task.sectors"},
    ),
    (
        "全镇节能降碳工作会议",
        "清河县柳镇",
        "point.energy-saving.",
        {"point.energy-saving.task.town"},
    ),
    (
        "全县数字乡村建设推进会",
        "清河县",
        "point.digital-village.",
        {"point.digital-village.task.agriculture", "point.digital-village.task.infrastructure"},
    ),
    (
        "全镇数字乡村建设推进会",
        "清河县柳镇",
        "point.digital-village.",
        {"point.digital-village.task.town", "point.digital-village.task.town-skills"},
    ),
    (
        "全县社会信用体系建设工作推进会",
        "清河县",
        "point.social-credit.",
        {"point.social-credit.task.information", "point.social-credit.task.supervision"},
    ),
    (
        "全县全民阅读工作推进会",
        "清河县",
        "point.reading.",
        {"point.reading.task.facilities", "point.reading.task.activities"},
    ),
    ("全镇全民阅读工作推进会", "清河县柳镇", "point.reading.", {"point.reading.task.town"}),
    (
        "全市海绵城市建设推进会",
        "南通市",
        "point.sponge-city.",
        {"point.sponge-city.task.waterlogging", "point.sponge-city.task.planning"},
    ),
    (
        "全县文化惠民工程推进会",
        "清河县",
        "point.culture-benefit.",
        {"point.culture-benefit.task.delivery", "point.culture-benefit.task.activities"},
    ),
    (
        "全镇文化惠民工程推进会",
        "清河县柳镇",
        "point.culture-benefit.",
        {"point.culture-benefit.task.town", "point.culture-benefit.task.town-local"},
    ),
    (
        "全县森林督查工作推进会",
        "清河县",
        "point.forest-inspection.",
        {"point.forest-inspection.task.verification", "point.forest-inspection.task.rectification"},
    ),
    (
        "全镇森林督查问题整改推进会",
        "清河县柳镇",
        "point.forest-inspection.",
        {"point.forest-inspection.task.town", "point.forest-inspection.task.town-prevent"},
    ),
    (
        "全县企业上市工作推进会",
        "清河县",
        "point.listing.",
        {"point.listing.task.pipeline", "point.listing.task.obstacles"},
    ),
    (
        "全市新型基础设施建设推进会",
        "南通市",
        "point.new-infrastructure.",
        {"point.new-infrastructure.task.network", "point.new-infrastructure.task.compute"},
    ),
    (
        "全市5G网络建设推进会",
        "南通市",
        "point.new-infrastructure.",
        {"point.new-infrastructure.task.5g-coverage", "point.new-infrastructure.task.5g-sites"},
    ),
    (
        "全市物流降本增效工作推进会",
        "南通市",
        "point.logistics.",
        {"point.logistics.task.structure", "point.logistics.task.network"},
    ),
    (
        "全县工商联工作会议",
        "清河县",
        "point.chamber-commerce.",
        {"point.chamber-commerce.task.service", "point.chamber-commerce.task.chambers"},
    ),
    (
        "全县侨务工作会议",
        "清河县",
        "point.overseas-chinese.",
        {"point.overseas-chinese.task.unite", "point.overseas-chinese.task.rights"},
    ),
    (
        "全县红十字会工作会议",
        "清河县",
        "point.red-cross.",
        {"point.red-cross.task.first-aid", "point.red-cross.task.donation"},
    ),
    (
        "全县体重管理年活动推进会",
        "清河县",
        "point.weight-management.",
        {"point.weight-management.task.knowledge", "point.weight-management.task.services"},
    ),
    (
        "全镇体重管理年活动推进会",
        "清河县柳镇",
        "point.weight-management.",
        {"point.weight-management.task.town"},
    ),
]


def test_a_5g_meeting_speaks_of_the_network_not_of_computing_power_or_charging_piles():
    for seed in range(3):
        for minutes in (10, 20):
            _, draft = draft_meeting(
                "全市5G网络建设推进会", place="南通市", seed=seed, minutes=minutes
            )
            points = used_ids(draft, "point")
            assert sum(".task.5g-" in p for p in points) >= 2, (seed, minutes, points)
            assert "算力" not in draft.text and "充电" not in draft.text, (seed, minutes)


@pytest.mark.parametrize(
    ("meeting", "place", "prefix", "tasks"), OWN_WORK, ids=[r[0] for r in OWN_WORK]
)
@pytest.mark.parametrize("minutes", [10, 20])
def test_a_named_work_speaks_of_itself_and_of_no_other_work(meeting, place, prefix, tasks, minutes):
    for seed in range(2):
        _, draft = draft_meeting(meeting, place=place, seed=seed, minutes=minutes)
        points = used_ids(draft, "point")
        others = [p for p in points if p in TOPIC_POINTS and not p.startswith(prefix)]
        assert not others, (meeting, seed, points)
        assert tasks & set(points), (meeting, seed, points)
        assert sum(p.startswith(prefix) for p in points) >= 3, (meeting, seed, points)


def test_carbon_peaking_is_energy_saving_of_ecology():
    for name in ("全市碳达峰碳中和工作推进会", "全县“双碳”工作推进会", "全市节能降碳工作推进会"):
        assert [t.tag for t in find_topics(name)] == ["生态环境"], name
        assert narrower_tags(name) == {"节能降碳"}, name


WIDER = [
    ("全县生态环境保护大会", ".energy-saving."),
    ("全县农村工作会议", ".digital-village."),
    ("全县优化营商环境工作会议", ".social-credit."),
    ("全县宣传思想文化工作会议", ".reading."),
    ("全县城市管理工作会议", ".sponge-city."),
    ("全县文化和旅游工作会议", ".culture-benefit."),
    ("全县林业工作会议", ".forest-inspection."),
    ("全县经济工作会议", ".listing."),
    ("全县统战工作会议", ".chamber-commerce."),
    ("全县统战工作会议", ".overseas-chinese."),
    ("全县群团工作会议", ".red-cross."),
    ("全县卫生健康工作会议", ".weight-management."),
]


@pytest.mark.parametrize(("meeting", "library"), WIDER, ids=[r[0] + r[1] for r in WIDER])
def test_a_meeting_on_the_wider_work_draws_none_of_the_named_parts_text(meeting, library):
    # The wider work keeps its own text (ecology has its own 双碳 task point); a part's library is for a meeting named for it.
    for seed in range(2):
        _, draft = draft_meeting(meeting, seed=seed, minutes=20)
        assert not [u.id for u in draft.uses if library in u.id], seed


def test_a_town_energy_saving_speech_says_nothing_of_the_countys_powers():
    for seed in range(3):
        _, draft = draft_meeting("全镇节能降碳工作会议", place="清河县柳镇", seed=seed, minutes=20)
        assert not [
            w
            for w in ("节能审查", "碳排放统计核算", "重点用能单位能源计量", "绿色债券")
            if w in draft.text
        ], seed
