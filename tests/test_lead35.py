"""The problems a user names steer the task points, not only the sections a point grows (lead, session 35).

A 全市优化营商环境大会 whose user said 涉企检查多头重复 drew 民营经济促进法 or 公平竞争 as its one task point in six
seeds of eight, and the problem the speech had just named was never answered (read at 湖南省常德市, 12 minutes).
"""

from __future__ import annotations

import pytest

from tests.work_drafts import draft_text


@pytest.mark.parametrize("seed", range(1, 9))
def test_a_named_problem_brings_the_task_point_that_answers_it(seed):
    text = draft_text(
        "湖南省常德市",
        "全市优化营商环境大会",
        seed,
        minutes=12,
        problems=["涉企检查多头重复、随意检查时有发生"],
    )
    assert "涉企检查多头重复" in text
    heads = [line for line in text.splitlines() if line.startswith("## ")]
    assert any("执法" in h or "检查" in h for h in heads[1:]), heads


def test_without_problems_the_task_points_are_not_steered_to_enforcement():
    # the same meeting with no problem named draws its task point from every area (the steer is the problem's)
    heads = {
        next(
            line
            for line in draft_text(
                "湖南省常德市", "全市优化营商环境大会", s, minutes=12
            ).splitlines()
            if line.startswith("## 二、")
        )
        for s in range(1, 9)
    }
    assert not all("执法" in h for h in heads)


# An inland place's 防汛防台 meeting (lead35): 遂昌县 (丽水市, not on the sea) 妙高街道's 部署会 told its people that
# 船进港、人上岸 and 海边景区和浴场要关闭. A place the gazetteer puts away from the sea takes the inland typhoon text
# (the rain and wind a typhoon brings inland); a place on the sea still takes the boats and the tide.
_SEA = ("渔船", "海上", "船进港", "风暴潮", "浴场", "回港")


@pytest.mark.parametrize(
    ("place", "meeting"),
    [
        ("浙江省丽水市遂昌县妙高街道", "全街道防汛防台工作部署会"),
        ("江西省赣州市信丰县", "全县防汛防台风工作会议"),
        ("湖南省常德市", "全市防汛防台风工作会议"),
    ],
)
@pytest.mark.parametrize("seed", [1, 21])
def test_an_inland_place_defends_against_the_typhoon_rain_not_the_sea(place, meeting, seed):
    text = draft_text(place, meeting, seed, minutes=15)
    assert not [w for w in _SEA if w in text], place
    # the body speaks of the typhoon, not only the title
    assert "台风" in text.split("## 一、", 1)[1]


@pytest.mark.parametrize("seed", [1, 21])
def test_a_place_on_the_sea_still_brings_the_boats_in(seed):
    text = draft_text("浙江省宁波市象山县", "全县防汛防台工作会议", seed, minutes=15)
    assert any(w in text for w in ("渔船", "船进港", "回港", "海上")), text[:200]


def test_a_user_who_says_the_place_is_on_the_sea_is_believed():
    text = draft_text("湖南省常德市", "全市防汛防台风工作会议", 1, minutes=15, features="沿海")
    assert any(w in text for w in ("渔船", "船进港", "回港", "海上"))


def test_an_inland_place_without_a_typhoon_in_the_name_has_no_typhoon_point():
    for seed in (1, 2, 3):
        text = draft_text("江西省赣州市信丰县", "全县防汛工作会议", seed, minutes=20)
        assert "台风不登陆" not in text and "残余环流" not in text


# 全市“十五五”开局之年经济工作会议 (lead35): the work read as "“十五五”开局之年经济工作", so the draft said 确保“十五五”开局
# 之年经济工作的各项措施落到实处; and a name typed with straight quotes kept them in the title (在全市"十五五"开局之年…).
@pytest.mark.parametrize(
    "name",
    [
        "全市“十五五”开局之年经济工作会议",
        '全市"十五五"开局之年经济工作会议',
        "全县十五五开局之年安全生产工作会议",
    ],
)
def test_the_plans_first_year_in_a_meeting_name_is_its_year_not_its_work(name):
    from drafter.meeting import parse_meeting

    meeting = parse_meeting(name)
    assert meeting.year == "2026"
    assert meeting.work in ("经济工作", "安全生产工作")


def test_straight_quotes_a_user_types_become_chinese_quotes_in_the_draft():
    text = draft_text(
        "安徽省阜阳市",
        '全市"十五五"开局之年经济工作会议',
        8,
        minutes=20,
        tasks=['推进"人工智能+"行动'],
    )
    assert text.startswith("# 在全市“十五五”开局之年经济工作会议上的讲话")
    assert "“人工智能+”行动" in text
    assert '"' not in text
    assert "开局之年经济工作的" not in text


# 县教育和体育局2026年全县教育工作会议 (lead35, 沂水县): the joint bureau's other work (体育) was read as the meeting's too, and
# the draft opened on 一场乡村球赛, recognised 体育, and charged 体育部门要发挥牵头作用 with 体育彩票公益金; its opening said
# 这次县教育和体育局2026年全县教育工作会议 as no speaker says it.
@pytest.mark.parametrize(
    ("name", "work"),
    [
        ("县教育和体育局2026年全县教育工作会议", "教育"),
        ("县教育和体育局全县体育工作会议", "体育"),
        ("县应急管理局2026年全县安全生产工作会议", "安全生产"),
        ("县文化和旅游局全县文化旅游工作会议", "文化旅游"),
    ],
)
def test_a_joint_bureaus_meeting_is_on_the_work_it_names(name, work):
    from drafter.topics import find_topics

    assert [t.tag for t in find_topics(name)] == [work]


@pytest.mark.parametrize("seed", [1, 4])
def test_a_bureaus_education_meeting_says_nothing_of_sport(seed):
    text = draft_text(
        "山东省临沂市沂水县", "县教育和体育局2026年全县教育工作会议", seed, minutes=15
    )
    assert text.startswith("# 在县教育和体育局2026年全县教育工作会议上的讲话")
    body = text.split("\n", 1)[1]
    assert "体育彩票" not in body and "体育部门" not in body and "球赛" not in body
    assert "县教育和体育局2026年" not in body  # the hall hears 这次全县教育工作会议
    assert "全县教育工作会议" in body


def test_an_organs_own_place_stays_in_what_the_hall_hears():
    from drafter.meeting import spoken_name

    assert spoken_name("共青团清河县委员会全体会议") == "共青团清河县委员会全体会议"
    assert spoken_name("市教育局2026年全市教育工作会议") == "全市教育工作会议"
    assert spoken_name("全县安全生产工作会议") == "全县安全生产工作会议"


# 市委第三巡察组巡察市交通运输局党组情况反馈会 (lead35, read at 麻城市): the form offices write a 巡察 feedback meeting in was
# drafted as a 工作会议 on "第三巡察组巡察市交通运输局党组情况反馈会工作", half on roads (建好更要管好护好, 投融资渠道) and
# thanking 纪检监察干部; the kind review35b wrote (巡察反馈会) matched only 县委第一轮巡察反馈会.
@pytest.mark.parametrize(
    "name",
    [
        "市委第三巡察组巡察市交通运输局党组情况反馈会",
        "县委巡察组巡察县教育局党组情况反馈会",
        "市委第二巡察组巡察市卫生健康局党组反馈会议",
        "县委巡察组对县水利局党组开展巡察情况反馈会议",
    ],
)
def test_a_feedback_meeting_of_an_inspection_is_one_whatever_unit_was_inspected(name):
    from drafter.meeting import parse_meeting
    from drafter.topics import find_topics

    meeting = parse_meeting(name)
    assert meeting.kind.name == "巡察反馈会"
    assert [t.tag for t in find_topics(name)] == ["党风廉政"]


def test_the_inspected_units_work_stays_out_of_the_feedback_speech():
    text = draft_text(
        "湖北省黄冈市麻城市", "市委第三巡察组巡察市交通运输局党组情况反馈会", 2, minutes=10
    )
    assert text.startswith("# 在市委第三巡察组巡察市交通运输局党组情况反馈会上的讲话")
    assert "整改" in text
    assert not [w for w in ("公路", "养护", "运输方式", "纪检监察干部致以") if w in text]
