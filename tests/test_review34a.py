"""Every economy meeting speaks of its own work: its 认识, opening and 保障 as well as its tasks (review34a).

Read: 清河县 全县民营经济发展大会 (10 minutes, seed 2) opened on 抓项目、抓招商、抓产业, its 认识 point was 新质生产力 and
its 保障 point 以实干论英雄 (the whole economy's); at 20 minutes (seed 1) 保障 was 加强党对经济工作的领导 and 要素保障.
全县县域经济高质量发展推进会 (20, seed 5) and 全市经济形势分析会 (15, seed 8) took 辩证看待经济形势 and 牢牢把握高质量发展
这个首要任务 as their 认识; 全县民营经济发展大会 and 全县县域经济发展大会 (10 minutes) opened on 中央经济工作会议精神 and
全面总结过去一年. 全镇经济工作会议 (20, seed 10) deployed 把高校毕业生就业作为重中之重、优化财政支出结构, 产业链招商专班
and 招商图谱, and 发挥好财经领导机构的统筹协调作用 — the county's levers. These parts now have their own opening, 认识 and
保障 (`own_views` in topics.yaml: a meeting on them never gathers the whole economy's views), and a 镇 its own 认识, 就业,
招商 and 保障 text.
"""

from __future__ import annotations

import pytest

from drafter.topics import narrower_tags, own_views_parts
from tests.work_drafts import draft_made, used_ids

# The whole economy's 认识 and 保障 points: a meeting on one part of it does not say them.
_WHOLE_VIEWS = {
    "point.economy.recognition.primary-task",
    "point.economy.recognition.relationships",
    "point.economy.safeguard.leadership",
    "point.economy.safeguard.mechanism",
    "point.economy.safeguard.style",
}
_WHOLE_WORDS = (
    "始终扭住经济建设这个中心",
    "加强党对经济工作的领导",
    "财经领导机构",
    "高质量发展综合考核",
)
# The annual economy meeting's opening.
_ANNUAL_WORDS = ("中央经济工作会议精神", "过去一年", "去年的经济工作")


def _draft(place: str, meeting: str, seed: int, minutes: int | None = None, **facts: object):
    return draft_made(place, meeting, seed, minutes, **facts)


@pytest.mark.parametrize(
    ("meeting", "part"),
    [
        ("全县民营经济发展大会", "民营经济"),
        ("全市新质生产力发展推进会", "新质生产力"),
        ("全县县域经济高质量发展推进会", "县域经济"),
        ("全县重点项目建设观摩会", "项目建设"),
        ("全县2026年上半年经济运行分析会", "经济运行"),
        ("全市经济形势分析会", "经济运行"),
        ("全县招商引资工作推进会", "招商"),
    ],
)
def test_an_economy_part_meeting_has_views_of_its_own(meeting: str, part: str) -> None:
    assert part in narrower_tags(meeting)
    assert own_views_parts(meeting) == {part}
    assert not own_views_parts("全县经济工作会议")


@pytest.mark.parametrize(
    ("place", "meeting", "seed", "minutes"),
    [
        ("清河县", "全县民营经济发展大会", 2, 10),
        ("清河县", "全县民营经济发展大会", 1, 20),
        ("清河县", "全县民营经济发展大会", 2, 30),
        ("南通市", "全市新质生产力发展推进会", 4, 20),
        ("清河县", "全县县域经济高质量发展推进会", 5, 20),
        ("清河县", "全县县域经济发展大会", 4, 30),
        ("清河县", "全县重点项目建设观摩会", 6, 30),
        ("清河县柳镇", "全镇重点项目建设推进会", 11, 15),
        ("清河县", "全县2026年上半年经济运行分析会", 7, 20),
        ("南通市", "全市经济形势分析会", 8, 15),
        ("清河县", "全县招商引资工作推进会", 9, 20),
        ("清河县柳镇", "全镇招商引资工作会议", 6, 20),
    ],
)
def test_a_part_meeting_never_says_the_whole_economys_views(place, meeting, seed, minutes) -> None:
    draft = _draft(place, meeting, seed, minutes)
    points = used_ids(draft, "point")
    assert not _WHOLE_VIEWS.intersection(points), (meeting, points)
    for words in _WHOLE_WORDS:
        assert words not in draft.text, (meeting, seed, words)


@pytest.mark.parametrize(
    ("place", "meeting", "says"),
    [
        (
            "清河县",
            "全县民营经济发展大会",
            ("民营经济促进法", "两个毫不动摇", "民营经济是推进中国式现代化的生力军"),
        ),
        (
            "清河县",
            "全县县域经济发展大会",
            ("县域经济是强县富民的根本", "县域兴则百姓富", "县域经济的重要地位", "县域"),
        ),
        ("南通市", "全市新质生产力发展大会", ("新质生产力",)),
    ],
)
@pytest.mark.parametrize("seed", [1, 2, 4, 5])
def test_a_part_meeting_opens_on_its_own_work_not_the_annual_meeting(
    place, meeting, says, seed
) -> None:
    draft = _draft(place, meeting, seed, 10)
    opening = draft.text.split("\n\n")[2]
    for words in _ANNUAL_WORDS:
        assert words not in opening, (meeting, seed, opening)
    assert used_ids(draft, "opening")[0].startswith("opening.economy."), used_ids(draft, "opening")
    assert any(w in draft.text for w in says)


def test_an_analysis_meeting_reads_the_economy_and_holds_its_schedule() -> None:
    draft = _draft("南通市", "全市经济形势分析会", 8, 15)
    points = used_ids(draft, "point")
    assert (
        "point.economy.recognition.review" in points
        or "point.economy.recognition.situation" in points
    ), points
    assert "point.economy.safeguard.review" in points, points
    assert "中央经济工作会议精神" not in draft.text


# The county's levers a town's economy speech no longer deploys.
_COUNTY_LEVERS = (
    "把高校毕业生就业作为重中之重",
    "优化财政支出结构",
    "财经领导机构",
    "高质量发展综合考核",
    "产业链招商图谱",
    "产业链专班",
    "专业化招商队伍",
    "科研条件等方面为人才创造良好环境",
)


@pytest.mark.parametrize(
    ("place", "meeting", "seed", "minutes"),
    [
        ("清河县柳镇", "全镇经济工作会议", 10, 20),
        # (25 minutes: a town's economy meeting is long on its own text only and forms ~24 minutes at most, reader52b)
        ("清河县柳镇", "全镇经济工作会议", 3, 25),
        ("清河县柳镇", "全镇经济工作会议", 1, 10),
        ("海门区三厂街道", "全街道经济工作会议", 4, 15),
        ("清河县柳镇", "全镇2026年上半年经济运行分析会", 7, 15),
    ],
)
def test_a_town_economy_speech_deploys_what_a_town_can_do(place, meeting, seed, minutes) -> None:
    draft = _draft(place, meeting, seed, minutes)
    for words in _COUNTY_LEVERS:
        assert words not in draft.text, (meeting, seed, words)
    points = used_ids(draft, "point")
    for county in ("point.economy.task.employment", "point.economy.task.chain-investment",
                   "point.economy.safeguard.leadership", "point.economy.safeguard.mechanism"):  # fmt: skip
        assert county not in points, (meeting, seed, points)


def test_a_town_economy_speech_speaks_of_jobs_at_its_door() -> None:
    draft = _draft("清河县柳镇", "全镇经济工作会议", 10, 20)
    points = used_ids(draft, "point")
    assert "point.economy.task.employment-town" in points, points
    assert "就业服务" in draft.text


def test_a_county_economy_speech_keeps_the_county_levers() -> None:
    draft = _draft("清河县", "全县经济工作会议", 3, 30)
    points = used_ids(draft, "point")
    assert not any(p.endswith("-town") or p.endswith(".town") for p in points), points


def test_a_private_economy_speech_respects_entrepreneurs_once() -> None:
    # Read (15 minutes, seed 7, with facts): its task 营造尊重企业家的社会环境 and its 保障 营造尊重企业家的良好氛围
    # stood in one speech; it closed on 抓项目、抓招商、抓产业.
    draft = _draft(
        "清河县", "全县民营经济发展大会", 7, 15,
        achievements=["新增规上工业企业12家"], problems=["涉企检查多"], tasks=["开展涉企行政检查专项整治"],
    )  # fmt: skip
    assert draft.text.count("尊重企业家的") <= 1
    closing = draft.text.rstrip().split("\n\n")[-1]
    assert "抓招商" not in closing and "民营" in closing, closing
    assert "涉企行政检查" in draft.text


@pytest.mark.parametrize(
    ("place", "meeting", "seed", "minutes"),
    [("南通市", "全市新质生产力发展推进会", 4, 20), ("清河县", "全县数字经济发展推进会", 3, 15)],
)
def test_a_new_productive_forces_speech_deploys_innovation_before_the_whole_economy(
    place, meeting, seed, minutes
) -> None:
    # Read (20 minutes, seed 4): its task point held 科技创新 and then 开放合作, 防风险 (债务、房地产) and 就业.
    draft = _draft(place, meeting, seed, minutes)
    points = used_ids(draft, "point")
    assert "point.economy.task.new-forces-innovation" in points, points
    assert "point.economy.task.new-forces-digital" in points, points


def test_a_town_project_meeting_deploys_the_towns_project_work() -> None:
    # Read (15 minutes, seed 11): its one project area was 属地服务, beside 就业, 招商 and three general sections.
    draft = _draft("清河县柳镇", "全镇重点项目建设推进会", 11, 15)
    points = used_ids(draft, "point")
    assert "point.project.task.town-pipeline" in points, points
    assert "point.project.know.town" in points and "point.project.guard.town" in points, points
    assert (
        "加加" not in draft.text
    )  # 给大家提提神、加加压 (kinds/advance.yaml) was flagged by the checker


def test_a_street_economy_speech_speaks_of_communities_not_villages() -> None:
    # Read (海门区三厂街道, 15 minutes, seed 4): 返乡人员、脱贫劳动力, 乡村公益性岗位 and 村集体资产 in a 街道's speech.
    draft = _draft("海门区三厂街道", "全街道经济工作会议", 4, 15)
    for words in ("返乡人员", "脱贫劳动力", "乡村公益性岗位", "村集体"):
        assert words not in draft.text, words
    assert "社区" in draft.text


def test_a_towns_job_station_lands_in_its_jobs_area() -> None:
    # Read (清河县柳镇, 10 minutes, seed 1, tasks 盘活闲置厂房 and 建设就业驿站): 建设就业驿站 was said after the points
    # (以上几个方面之外，今年还有一项工作要专门强调) although the speech had a jobs area.
    draft = _draft("清河县柳镇", "全镇经济工作会议", 1, 10, tasks=["盘活闲置厂房", "建设就业驿站"])
    assert "以上几个方面之外" not in draft.text
    assert "就业驿站" in draft.text


def test_a_town_private_economy_meeting_serves_its_firms_and_shops() -> None:
    # Read (清河县柳镇 全镇民营经济发展大会, 15 minutes, seed 2): no task area spoke of the town's firms (the county's
    # 企业梯度培育 is 省市县区): 就业, 招商, 项目 and two general sections.
    draft = _draft("清河县柳镇", "全镇民营经济发展大会", 2, 15)
    assert "point.economy.task.private-town" in used_ids(draft, "point")
    assert "个体工商户" in draft.text
