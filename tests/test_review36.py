"""What a leader's writer noticed reading drafts in session 36 (review36).

- 全县机关事务工作会议 and 全市气象工作会议 drafted a general skeleton (a note said the library had nothing of the work):
  now they speak of 办公用房、公务用车、过紧日子 and of 预警、人工影响天气.
- A census of offices' yearly meetings: 全县人防工作会议 spoke of 征兵、民兵 and 议军 (人防 was any 国防动员 meeting), and
  全县防震减灾工作会议 of 强降雨 and 防汛责任人 (减灾 made it a 防汛 meeting): each now speaks of its own work.
- A 街道 has a 党工委 and a 纪工委: its 党风廉政 speech said 党委（党组）主体责任、纪委监委的监督责任 and 党委常委会审议; its
  纪工委全体会议 was a 领导小组会议 on 街道纪工委工作 that thanked 各成员单位.
- A bureau's own meeting (县应急管理局2026年安全生产工作会议) told 各地各部门 to see the problems and 鼓励各乡镇（街道）先行先试:
  it speaks to its own units (局机关和局属各单位).
- A 20-minute 科协 speech filled itself with general points that told 各乡镇（街道）、县直各部门 to put 科协工作 on their agenda,
  通报排名 and 追责, and closed on 拿出抓项目的劲头抓创新: the 科协 has its own opening, closing and more points, runs to about
  15 minutes on them, and past that says how long it can run.
- A 30-minute 市直机关党建工作会议 held six general task sections (向改革要动力、抓住关键一环……): 机关党建 is `own_length`, its
  task points are its own, and past about 26 minutes it says how long it can run.
"""

from __future__ import annotations

import pytest

from drafter.errors import UsageError
from drafter.meeting import parse_meeting
from drafter.render.values import level_context
from drafter.topics import find_topics
from tests.work_drafts import draft_meeting, draft_text, used_ids

OWN_WORK = [
    (
        "全县机关事务工作会议",
        "清河县",
        "机关事务",
        "point.government-affairs.",
        ("公务用车", "办公用房"),
    ),
    (
        "全市机关事务管理工作会议",
        "南通市",
        "机关事务",
        "point.government-affairs.",
        ("公务用车", "过紧日子"),
    ),
    ("全县公共机构节能工作会议", "清河县", "机关事务", "point.government-affairs.", ("节能",)),
    ("全县气象工作会议", "清河县", "气象", "point.meteorology.", ("预警", "人工影响天气")),
    ("全市气象防灾减灾工作会议", "南通市", "气象", "point.meteorology.", ("预警",)),
    ("全县人工影响天气工作会议", "清河县", "气象", "point.meteorology.", ("作业",)),
    ("全县人防工作会议", "清河县", "国防动员", "point.civil-air-defense.", ("人防工程", "警报")),
    ("全市人民防空工作会议", "南通市", "国防动员", "point.civil-air-defense.", ("疏散",)),
    ("全县防震减灾工作会议", "清河县", "防震减灾", "point.earthquake.", ("抗震设防",)),
    ("全市地震应急工作会议", "南通市", "防震减灾", "point.earthquake.", ("应急避难场所",)),
]


@pytest.mark.parametrize(("meeting", "place", "tag", "prefix", "says"), OWN_WORK)
def test_an_office_s_yearly_meeting_speaks_of_its_own_work(meeting, place, tag, prefix, says):
    assert [t.tag for t in find_topics(meeting)] == [tag]
    for seed in (1, 2):
        _, draft = draft_meeting(meeting, place=place, seed=seed, minutes=15)
        own = [i for i in used_ids(draft, "point") if i.startswith(prefix)]
        assert len(own) >= 3, (meeting, seed, used_ids(draft, "point"))
        for word in says:
            assert word in draft.text, (meeting, seed, word)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_civil_air_defence_and_earthquake_meetings_say_nothing_of_recruits_or_floods(seed):
    _, draft = draft_meeting("全县人防工作会议", seed=seed, minutes=20)
    for word in ("征兵", "民兵", "议军", "兵役"):
        assert word not in draft.text, (seed, word)
    _, draft = draft_meeting("全县防震减灾工作会议", seed=seed, minutes=15)
    for word in ("防汛", "汛期", "强降雨"):
        assert word not in draft.text, (seed, word)


def test_a_street_s_discipline_committee_plenary_is_the_yearly_integrity_meeting():
    meeting = parse_meeting("街道纪工委全体会议")
    assert (meeting.kind.name, meeting.work) == ("工作会议", "纪检监察工作")


@pytest.mark.parametrize("meeting", ["街道纪工委全体会议", "全街道党风廉政建设工作会议"])
def test_a_street_has_a_working_committee_not_a_party_committee_of_its_own(meeting):
    said = ""
    for seed in range(6):
        for minutes in (10, 20):
            _, draft = draft_meeting(
                meeting, place="南京市鼓楼区宁海路街道", seed=seed, minutes=minutes, reporter="王强"
            )
            said += draft.text
            for word in ("党委（党组）", "纪委监委", "常委会", "向党委", "党委的"):
                assert word not in draft.text, (meeting, seed, minutes, word)
    assert "党工委" in said


def test_level_words_of_the_bodies_that_answer_for_integrity():
    words = {
        p: level_context({"place": p, "meeting": "全县党风廉政建设工作会议"})
        for p in ("清河县", "清河县柳镇")
    }
    county, town = words["清河县"], words["清河县柳镇"]
    assert (county["party_bodies"], county["discipline_body"], county["party_board"]) == (
        "党委（党组）",
        "纪委监委",
        "常委会",
    )
    assert (town["party_body"], town["discipline_body"], town["party_board"]) == (
        "党委",
        "纪委",
        "会议",
    )


@pytest.mark.parametrize(
    "meeting", ["县应急管理局2026年安全生产工作会议", "县农业农村局2026年工作会议"]
)
def test_a_bureau_s_own_meeting_speaks_to_its_system_not_to_the_county(meeting):
    for seed in range(5):
        for minutes in (15, 25):
            _, draft = draft_meeting(meeting, seed=seed, minutes=minutes)
            for word in ("各地各部门", "全县上下", "鼓励各乡镇", "支持各乡镇"):
                assert word not in draft.text, (meeting, seed, minutes, word)


@pytest.mark.parametrize("seed", [1, 16, 17])
def test_a_science_association_meeting_hands_its_work_to_no_town_and_says_how_long_it_can_run(seed):
    for meeting in ("全县科协工作会议", "县科协第九次代表大会"):
        text = draft_text("清河县", meeting, seed, minutes=15)
        for word in ("各乡镇（街道）、县直各部门", "通报排名", "抓项目的劲头"):
            assert word not in text, (meeting, seed, word)
    with pytest.raises(UsageError) as refused:
        draft_text("清河县", "全县科协工作会议", seed, minutes=25)
    assert "--minutes 1" in refused.value.hint


def test_a_long_organ_party_building_speech_deploys_no_general_task_and_says_how_long_it_can_run():
    library, draft = draft_meeting("市直机关党建工作会议", place="南通市", seed=17, minutes=25)
    tasks = [
        f
        for p in draft.uses
        if p.role.value == "point"
        for f in [library.get(p.id)]
        if f.stage == "任务"
    ]
    assert tasks and all("机关党建" in f.tags for f in tasks), [f.id for f in tasks]
    with pytest.raises(UsageError) as refused:
        draft_text("南通市", "市直机关党建工作会议", 17, minutes=30)
    assert "--minutes 2" in refused.value.hint


def test_a_bureau_s_integrity_meeting_does_not_speak_as_the_discipline_commission():
    text = draft_text("清河县", "县卫健委2026年党风廉政建设工作会议", 38, minutes=15)
    assert "纪检监察机关内部" not in text
