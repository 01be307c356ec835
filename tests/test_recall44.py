"""drafter check on the shapes check44 reads (issue #13): a speech whose own place is named once or never — batches
63–67's planted misses — in fixtures of our own writing: each error in three spellings, and a correct near shape that
must stay silent. Without --place a place said as the own one is a doubt (a warning); with it, another place is an error.
"""

from __future__ import annotations

import pytest
from check_fixtures import found

CITY = "在全市营商环境工作会议上的讲话\n\n同志们：\n\n今天召开全市营商环境工作会议，我市各有关部门和各县区负责同志参加。\n\n"
GOV = "在市政府全体会议上的讲话\n\n同志们：\n\n今天召开市政府全体会议，部署今年我市政府系统的重点工作。\n\n"
DISTRICT = "在全区干部培训班结业式上的讲话\n\n同志们：\n\n这期培训班今天结业，区委对这次培训非常重视。\n\n"
PREFECTURE = "在全州妇女工作会议上的讲话\n\n同志们：\n\n今天召开全州妇女工作会议，州委和各县（市）妇联负责同志参加。\n\n"


def _places(text: str, severity: str, **kw: str) -> list[tuple[str, str]]:
    return found(text + "\n", severity=severity, rule="foreign-place", **kw)


def _doubts(text: str, **kw: str) -> list[tuple[str, str]]:
    return found(text + "\n", severity="warning", rule="level-mix", **kw)


def _reported(text: str, **kw: str) -> list[tuple[str, str]]:
    """level-mix reported, as a doubt (warning) or, where another rule is sure of it, as an error."""
    return sorted(found(text + "\n", severity="warning", rule="level-mix", **kw)
                  + found(text + "\n", severity="error", rule="level-mix", **kw))  # fmt: skip


# ---------------------------------------------------------------- the own years reviewed under another name


@pytest.mark.parametrize(
    "said",
    [
        "一年来，遵义市在项目建设上开展了一系列攻坚行动，新开工项目明显增多。",
        "多年来，遵义市始终把企业的难处当作自己的事，帮办代办越做越细。",
        "今年以来，遵义市着力打通审批堵点，企业开办时间又压缩了一半。",
    ],
)
def test_a_place_opening_the_review_of_the_own_years_is_said_as_the_own(said: str) -> None:
    # the page never names its own city: the one it reviews under a name is a doubt without --place, an error with it
    assert _places(CITY + said, "warning") == [("foreign-place", "遵义市")]
    assert _places(CITY + said, "error", place="南通市") == [("foreign-place", "遵义市")]
    assert _places(CITY + said.replace("遵义市", "我市"), "warning") == []


def test_a_place_whose_work_is_learned_from_stays_silent() -> None:
    said = "一年来，遵义市在帮办代办方面的一些做法，很值得我们去看一看、学一学。"
    assert _places(CITY + said, "warning") == []


# ---------------------------------------------------------------- the place its people go out of


@pytest.mark.parametrize(
    "said",
    [
        "培训期间，学员们分组走出宁海开展专题调研。",
        "我们鼓励年轻干部走出宁海到沿海发达地区挂职锻炼。",
        "要跳出宁海看自身，把差距找准、把短板看清。",
    ],
)
def test_the_place_a_district_s_people_go_out_of_is_no_county(said: str) -> None:
    # 宁海 is a county: a district's speaker never calls it his own
    assert _places(DISTRICT + said, "error") == [("foreign-place", "宁海")]
    assert _places(DISTRICT + said, "error", place="海曙区") == [("foreign-place", "宁海")]


def test_going_out_of_the_own_district_stays_silent() -> None:
    text = DISTRICT.replace("在全区", "在海曙区") + "培训期间，学员们分组走出海曙开展专题调研。"
    assert _places(text, "error") == []
    assert _places(text, "warning") == []
    assert _places(DISTRICT + "培训期间，学员们分组走出校门开展专题调研。", "warning") == []


# ---------------------------------------------------------------- two cities each said once as the own


@pytest.mark.parametrize(
    "first",
    [
        "请各位委员围绕共谋十堰发展大计多提真知灼见。",
        "请各位委员围绕共谋十堰发展大\n计多提真知灼见。",  # a copy wrapped at a fixed width
        "这次全体会议要聚焦共商十堰经济社会发展，把建议提到点子上。",
    ],
)
def test_two_cities_of_one_province_each_said_once_as_the_own_are_a_doubt_naming_both(first: str) -> None:
    text = GOV + first + "\n\n刚刚过去的一年，是黄石发展史上很不寻常、令人难\n忘的一年。"
    assert _places(text, "warning") == [("foreign-place", "十堰"), ("foreign-place", "黄石")]


def test_one_city_said_twice_as_the_own_stays_silent() -> None:
    text = GOV + "请各位委员围绕共谋十堰发展大计多提建议。\n\n刚刚过去的一年，是十堰发展史上很不寻常的一年。"
    assert _places(text, "warning") == []
    assert _places(text, "error") == []


# ---------------------------------------------------------------- the own government's report under another name


@pytest.mark.parametrize(
    "said",
    [
        "会上下发了落实鹤岗市2025年政府工作报告的任务分解表，请各位认领。",
        "各部门要对照落实鹤岗市《政府工作报告》的清单，把事项排进月计划。",
        "今年的重点就是贯彻鹤岗市2026年政府工作报告定下的几件大事。",
    ],
)
def test_the_own_government_s_report_under_another_name(said: str) -> None:
    assert _places(GOV + said, "warning") == [("foreign-place", "鹤岗市")]
    assert _places(GOV + said, "error", place="双鸭山市") == [("foreign-place", "鹤岗市")]


def test_the_superior_s_report_in_a_county_speech_stays_silent() -> None:
    text = GOV.replace("市政府", "县政府").replace("我市", "我县") + "要认真落实黑龙江省政府工作报告的部署。"
    assert _places(text, "warning") == []


# ---------------------------------------------------------------- one own thing said with two levels' words


@pytest.mark.parametrize(
    "said",
    [
        "各部门要把服务送到企业门口，一个项目一个项目盯紧，让全县招商引资工作跑出加速度。",
        "会后各牵头单位要细化清单，盯住在谈项目，推动全县招商引资工作提质增效。",
        "明年是项目大年，也是我县招商引资工作扩量提质的要紧一年。",
    ],
)
def test_the_own_thing_said_with_a_lower_level_s_word_is_a_doubt(said: str) -> None:
    text = CITY + "一年来，我市招商引资工作稳步推进，签约项目比上年多了不少。\n\n" + said
    assert _reported(text) == [("level-mix", said[said.index("县") - 1 : said.index("县") + 1])]


@pytest.mark.parametrize(
    "said",
    [
        "某县是山区县，全县招商引资工作起步较晚。",  # the county just named
        "各县（市、区）要把全县招商引资工作的底数摸清。",  # the counties told, each its own
        "这几个县情况不一，其中全县招商引资工作起步晚的，市里要多给支持。",  # 其中: a part set beside the whole
    ],
)
def test_a_county_the_sentence_names_stays_silent(said: str) -> None:
    text = CITY + "一年来，我市招商引资工作稳步推进，签约项目比上年多了不少。\n\n" + said
    assert _doubts(text) == []


def test_a_prefecture_s_own_organs_said_with_a_city_s_word() -> None:
    text = (PREFECTURE + "这几年，全州各级妇联组织把工作做到了村里、户里。\n\n借今天这个机会，州委要对评上先进的县市和个人说一声辛苦了，"
            "也请大家把州委的关心带给全市各级妇联干部。")  # fmt: skip
    assert _reported(text) == [("level-mix", "全市")]
    assert _reported(text.replace("带给全市", "带给全州")) == []


def test_with_the_level_unknown_the_doubt_is_told_at_both() -> None:
    text = ("在森林防火联席会议上的讲话\n\n同志们：\n\n这几年，全县护林队伍建设有了长足进步。\n\n"
            "今冬明春，要把全市护林队伍的巡查班次排满，一处都不能漏。")  # fmt: skip
    assert _doubts(text) == [("level-mix", "全县"), ("level-mix", "全市")]
    assert _reported(text.replace("全市护林", "全县护林")) == []


def test_the_superior_s_people_beside_the_own_stay_silent() -> None:
    # the people of a scope: a county's text tells its city's young people and its own, both rightly
    text = CITY + "要把全市广大青年的热情激发出来。\n\n回去以后，要把全县广大青年组织起来参加志愿服务。"
    assert _doubts(text) == []


# ---------------------------------------------------------------- the fruit of the own work under the own committee's plan

TOWN = "在全镇农业农村工作会议上的讲话\n\n同志们：\n\n今天把大家召集起来，主要是把去年的账算一算，把今年的活排一排。\n\n"


@pytest.mark.parametrize(
    "said",
    [
        "去年我们按照镇党委提出的“一村一品”路子，一块地一块地抓落实，全县农业生产保持了稳定。",
        "过去一年，我们按照镇党委确定的三件实事，挨家挨户做工作，全县人居环境取得了明显改观。",
        "这一年，我们按照镇党委明确的种粮任务，抢农时、抓墒情，全县夏粮生产实现了增收。",
    ],
)
def test_what_we_achieved_to_the_own_committee_s_plan_is_the_own_place_s(said: str) -> None:
    assert _reported(TOWN + said) == [("level-mix", "全县")]
    assert _reported(TOWN + said.replace("全县", "全镇")) == []


def test_the_superior_s_plan_and_its_fruit_stay_silent() -> None:
    said = "去年我们按照县委提出的“一村一品”路子，主动对接，全县农业生产保持了稳定。"
    assert _reported(TOWN + said) == []


# ---------------------------------------------------------------- the count announced as what the speaker shares

POINTS = "\n\n一、认清形势\n\n要看到差距，增强紧迫感。\n\n二、突出重点\n\n要抓住关键环节，一项一项推进。\n\n三、狠抓落实\n\n要压实责任，确保各项任务落地。\n\n同志们，让我们一起努力！"


@pytest.mark.parametrize(
    "said",
    ["借此机会，我和大家交流四点想法。", "下面，我和大家交流四点体会。", "今天，我想跟各位交流四个方面的想法。"],
)
def test_a_count_shared_with_the_listeners_is_checked(said: str) -> None:
    text = "在干部培训班开班式上的讲话\n\n同志们：\n\n" + said + POINTS
    assert [r for r, _ in found(text + "\n", rule="count-mismatch")] == ["count-mismatch"]
    assert found(text.replace("四", "三", 1) + "\n", rule="count-mismatch") == []


def test_what_others_shared_stays_silent() -> None:
    text = "在干部培训班开班式上的讲话\n\n同志们：\n\n刚才，几位学员代表交流了四个方面的收获，讲得很实在。" + POINTS
    assert found(text + "\n", rule="count-mismatch") == []


# ---------------------------------------------------------------- a host's turns with the meeting as the subject

HOST = "在全区春季植树动员会上的主持词\n\n同志们：\n\n今天的会一共安排了三项。\n\n"


@pytest.mark.parametrize("who", ["会议", "大会", "我们"])
def test_a_host_s_item_said_twice_is_a_numbering_slip(who: str) -> None:
    turns = [f"接下来，{who}进行第一项，请林业站通报去年的造林情况。", f"接下来，{who}进行第二项，请两个街道谈谈打算。",
             f"接下来，{who}进行第二项，请区长作动员。"]  # fmt: skip
    text = HOST + "\n\n".join(turns)
    assert found(text + "\n", rule="numbering") == [("numbering", "第二项")]
    assert found(text.replace("进行第二项，请区长", "进行第三项，请区长") + "\n", rule="numbering") == []


def test_the_second_task_of_the_work_stays_silent() -> None:
    text = HOST + "接下来，会议进行第一项，请林业站发言。\n\n会议第二项工作任务很重，大家要抓紧。\n\n会议第二项工作任务要落实到人。"
    assert found(text + "\n", rule="numbering") == []
