"""Meetings that had no work of their own and got an empty skeleton or another work's speech.

- 全县人口和计划生育工作会议 (人口工作, 生育支持, 托育): drafted as a 医改 meeting (医共体, 公立医院党建, 广大医务工作者);
  now it speaks of 生育支持政策, 托育, 婚育新风, 计生特殊家庭 and 人口监测, with its own opening, 认识, 保障 and closing.
- 全县电动自行车安全隐患全链条整治推进会: no topic, an empty skeleton with the work name pasted in; now a fire-safety speech.
- 全县干部教育培训工作会议: an education meeting (校园平安, 控辍保学); now 理论武装, 能力培训, 实践锻炼, 年轻干部.
"""

from __future__ import annotations

import pytest
from work_drafts import draft_meeting

from drafter.topics import find_topics

HOSPITAL = ("医改", "公立医院", "医务工作者", "医共体", "医务人员")


@pytest.mark.parametrize("meeting", ["全县人口和计划生育工作会议", "全县人口工作会议", "全县托育服务工作推进会"])
def test_a_population_meeting_speaks_of_population_not_hospitals(meeting: str) -> None:
    for seed in (1, 2, 3):
        _, draft = draft_meeting(meeting, place="清河县", seed=seed)
        assert "生育支持" in draft.text, (meeting, seed)
        said = [w for w in HOSPITAL if w in draft.text]
        assert not said, (meeting, seed, said)


def test_a_towns_population_speech_leaves_departments_and_planning_to_the_county() -> None:
    for seed in (1, 2, 3):
        _, draft = draft_meeting("全镇人口和计划生育工作会议", place="三河镇", seed=seed)
        assert "生育支持" in draft.text
        for county in ("发展改革、教育", "卫健部门牵头抓总", "规划和投入", "床位设多少"):
            assert county not in draft.text, (seed, county)


def test_an_e_bike_hazard_campaign_is_a_fire_safety_meeting() -> None:
    meeting = "全县电动自行车安全隐患全链条整治推进会"
    assert [t.tag for t in find_topics(meeting)] == ["安全生产"]
    for seed in (1, 2):
        _, draft = draft_meeting(meeting, place="清河县", seed=seed)
        tasks = draft.text.split("## 二、", 1)[1].split("## 三、", 1)[0]
        assert "电动自行车" in tasks and "充电" in tasks, seed


@pytest.mark.parametrize("meeting", ["全县干部教育培训工作会议", "全市年轻干部工作会议"])
def test_a_cadre_training_meeting_speaks_of_cadres_not_schools(meeting: str) -> None:
    # 全县干部教育培训工作会议 was an education meeting (“教育”): 校园平安, 控辍保学, 职业教育与地方产业.
    assert [t.tag for t in find_topics(meeting)] == ["基层党建"]
    for seed in (1, 2, 3):
        _, draft = draft_meeting(meeting, place="清河县" if "县" in meeting else "南通市", seed=seed)
        for school in ("学生", "校园", "职业教育", "控辍保学", "软弱涣散"):
            assert school not in draft.text, (meeting, seed, school)
        assert "培训" in draft.text.split("## 二、", 1)[1].split("## 三、", 1)[0]


@pytest.mark.parametrize(("place", "meeting"), [("清河县", "全县年轻干部座谈会"), ("三河镇", "全镇年轻干部座谈会"),
                                                ("南通市", "全市选调生座谈会")])
def test_a_young_cadres_talk_is_said_to_our_own_young_comrades(place: str, meeting: str) -> None:
    # It was drafted as a talk with outside guests: 同志们、朋友们, 问计于民, 成果惠及在座各位, 希望大家今后多来走走.
    for seed in (1, 2, 3):
        _, draft = draft_meeting(meeting, place=place, seed=seed)
        assert draft.text.split("\n\n")[1] == "同志们：", (meeting, seed)
        for guest in ("朋友们", "问计于民", "惠及在座", "多来走走", "县委、县政府", "市委、市政府"):
            assert guest not in draft.text, (meeting, seed, guest)
        assert "年轻干部" in draft.text


@pytest.mark.parametrize(("place", "meeting"), [("清河县", "全县离退休干部座谈会"), ("南通市", "全市重阳节老干部座谈会"),
                                                ("三河镇", "全镇老干部座谈会")])
def test_a_retired_cadres_talk_greets_the_elders_and_wishes_them_well(place: str, meeting: str) -> None:
    # It was drafted as a talk with outside guests: 同志们、朋友们, 问良策, 成果一起享, 希望大家今后多来走走、多提意见.
    for seed in (1, 2):
        _, draft = draft_meeting(meeting, place=place, seed=seed)
        assert draft.text.split("\n\n")[1] == "各位老领导、老同志：", (meeting, seed)
        for guest in ("朋友们", "问良策", "成果一起享", "多来走走"):
            assert guest not in draft.text, (meeting, seed, guest)
        assert "老同志" in draft.text.rsplit("\n\n", 1)[-1]  # the closing wishes the elders well


@pytest.mark.parametrize("meeting", ["全县老干部工作会议", "全县离退休干部党建工作会议"])
def test_a_meeting_on_the_work_for_retired_cadres_is_not_said_to_them(meeting: str) -> None:
    _, draft = draft_meeting(meeting, place="清河县", seed=1)
    assert "各位老领导、老同志：" not in draft.text
