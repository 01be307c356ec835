"""Meetings a 县/市/镇 office holds every year that drew another work's speech (areas21).

- 全县移风易俗工作推进会, 全县婚俗改革工作会议: drawn to 文明城市测评, 网络文明 and 未成年人 (婚俗改革 had no work);
  now 高价彩礼, 大操大办, 厚养薄葬, 红白理事会, 村规民约 (a narrower 移风易俗 tag of 文明创建).
- 全县东西部协作工作推进会: the rural 底线任务 and 城乡融合 with no word of 协作; now 产业协作, 劳务协作, 消费帮扶,
  人才交流 (a narrower 协作 tag of 乡村振兴).
- 全市12345政务服务便民热线工作推进会: a 营商环境 speech (政商关系, 企业家); now 接诉即办, 派单, 回访 (a narrower 热线 tag).
"""

from __future__ import annotations

import pytest
from work_drafts import draft_meeting

from drafter.check import check_text
from drafter.topics import narrower_tags


def _tasks(text: str) -> str:
    return text.split("## 二、", 1)[1].split("## 三、", 1)[0]


@pytest.mark.parametrize(
    ("meeting", "tag"),
    [("全县移风易俗工作推进会", "移风易俗"), ("全县婚俗改革工作会议", "移风易俗"), ("全县东西部协作工作推进会", "协作"),
     ("全市12345政务服务便民热线工作推进会", "热线"), ("全县接诉即办工作会议", "热线")],
)  # fmt: skip
def test_the_meeting_names_its_narrower_work(meeting: str, tag: str) -> None:
    assert tag in narrower_tags(meeting)


@pytest.mark.parametrize("meeting", ["全县移风易俗工作推进会", "全县婚俗改革工作会议"])
def test_a_customs_meeting_speaks_of_bride_prices_and_banquets_not_city_evaluation(meeting: str) -> None:
    for seed in (1, 2):
        _, draft = draft_meeting(meeting, place="清河县", seed=seed)
        tasks = _tasks(draft.text)
        for said in ("彩礼", "红白理事会", "村规民约"):
            assert said in tasks, (meeting, seed, said)
        for other in ("测评", "网络文明", "未成年人"):
            assert other not in draft.text, (meeting, seed, other)


def test_a_towns_customs_meeting_sends_the_village_to_the_families() -> None:
    _, draft = draft_meeting("全镇移风易俗工作会议", place="三河镇", seed=3)
    assert "红白理事会" in draft.text and "彩礼" in draft.text
    assert "纪检监察机关" not in draft.text  # the county's departments are not a town's to deploy


@pytest.mark.parametrize(("place", "meeting"), [("清河县", "全县东西部协作工作推进会"), ("三河镇", "全镇东西部协作工作会议")])
def test_an_east_west_cooperation_meeting_speaks_of_cooperation(place: str, meeting: str) -> None:
    for seed in (1, 2):
        _, draft = draft_meeting(meeting, place=place, seed=seed)
        tasks = _tasks(draft.text)
        assert "劳务协作" in tasks and "消费帮扶" in tasks, (seed, tasks[:200])
        assert "底线任务" not in draft.text and "城乡融合" not in draft.text, seed


@pytest.mark.parametrize(("place", "meeting"), [("丰城市", "全市12345政务服务便民热线工作推进会"), ("城关街道", "全街道接诉即办工作推进会")])
def test_a_hotline_meeting_speaks_of_the_publics_calls_not_entrepreneurs(place: str, meeting: str) -> None:
    for seed in (1, 2):
        _, draft = draft_meeting(meeting, place=place, seed=seed)
        tasks = _tasks(draft.text)
        assert "诉求" in tasks and "回访" in tasks, seed  # the handling area: 接、派、办 and 回访
        for other in ("企业家", "政商", "亲清"):
            assert other not in draft.text, (seed, other)


@pytest.mark.parametrize(
    ("meeting", "own"),
    [("全县农村工作会议", "cooperation"), ("全县优化营商环境工作会议", "hotline"), ("全县文明城市创建工作推进会", "customs")],
)
def test_the_whole_works_meeting_leaves_these_parts_alone(meeting: str, own: str) -> None:
    """A 20-minute 全县农村工作会议 gathered 深化产业协作和消费帮扶 as an area while the 协作 areas carried 乡村振兴 too."""
    for seed in (1, 2):
        _, draft = draft_meeting(meeting, place="清河县", seed=seed, minutes=20)
        drawn = [u.id for u in draft.uses if f".{own}." in u.id]
        assert not drawn, (meeting, seed, drawn)


@pytest.mark.parametrize(
    ("place", "meeting", "least"),
    [("丰城市", "全市城市管理工作会议", 2200), ("清河县", "全县城市管理工作会议", 2200), ("清河县", "全县国防动员工作会议", 2150),
     ("清河县", "全县征兵工作会议", 2150), ("清河县", "全县双拥工作会议", 2100)],
)  # fmt: skip
def test_urban_and_defense_speeches_are_no_longer_thin(place: str, meeting: str, least: int) -> None:
    """Their sub-points were about 70 characters where other works' have 180: the speech came to 1,760–2,100."""
    for seed in (1, 2, 3):
        _, draft = draft_meeting(meeting, place=place, seed=seed)
        assert draft.han_chars >= least, (meeting, seed, draft.han_chars)


@pytest.mark.parametrize(("place", "meeting"), [("清河县", "全县“十五五”规划编制工作会议"), ("三河镇", "全镇“十五五”规划编制工作会议")])
def test_a_five_year_plan_meeting_speaks_of_drawing_up_the_plan(place: str, meeting: str) -> None:
    """It had no work: every point was a general one with the name pasted in; now 前期研究, 重大项目, 规划衔接."""
    assert narrower_tags(meeting) == {"规划编制"}
    assert not narrower_tags("全县“十五五”规划实施推进会")  # carrying a plan out is not drawing it up
    for seed in (1, 2):
        _, draft = draft_meeting(meeting, place=place, seed=seed)
        tasks = _tasks(draft.text)
        assert "规划" in tasks and ("项目" in tasks or "指标" in tasks), seed
        assert "企业家" not in draft.text, seed


def test_a_conscription_opening_announces_no_count_the_speech_does_not_keep() -> None:
    """我想先讲一句话 in the opening: drafter check read it as an announced count of one against three points."""
    _, draft = draft_meeting("全县征兵工作会议", place="清河县", seed=10, minutes=10)
    findings = [f.rule for f in check_text(draft.text, place="清河县").findings if f.severity != "info"]
    assert "count-mismatch" not in findings
