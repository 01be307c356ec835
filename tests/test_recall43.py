"""drafter check on the copy-paste shapes check43 reads (issue #13): batches 61, 63, 65 and 67's planted misses, in
fixtures of our own writing — each error in three spellings, and a correct near shape that must stay silent."""

from __future__ import annotations

import pytest
from check_fixtures import found

from drafter.check import check_text

COUNTY = "在全县防汛工作会议上的讲话\n\n同志们：\n\n眼下汛期已至，我县防汛形势依然复杂。\n\n"
DISTRICT = "在区委巡察工作动员部署会议上的讲话\n\n同志们：\n\n今天召开区委第三轮巡察工作部署会议，安排本轮巡察任务。\n\n"
TOWN = "在全镇防汛工作会议上的讲话\n\n同志们：\n\n眼下汛期已至，我镇防汛任务繁重。\n\n"


def _level_mix(text: str, **kw: str) -> list[tuple[str, str]]:
    return found(text + "\n", rule="level-mix", **kw)


# ---------------------------------------------------------------- this very meeting, its task and its moment


def test_the_committee_that_holds_this_very_meeting_gives_the_level() -> None:
    # no 我区 / 全区 at all: 召开区委…会议 says whose meeting it is
    text = DISTRICT + "会议的主要任务是，对全区新一轮巡察工作进行动员部署。\n"
    assert check_text(text).level == "区"


@pytest.mark.parametrize(
    "said",
    [
        "这次会议的主要任务是，对全市本轮巡察工作进行集中动员。",
        "会议的主要任务是学习贯彻上级精神，对全市巡察工作作出具体部署。",
        "本次会议的目的是对全市巡察整改工作予以统筹调度。",
    ],
)
def test_the_meeting_s_task_told_with_dui_is_the_own_work(said: str) -> None:
    assert _level_mix(DISTRICT + said) == [("level-mix", "全市")]
    assert _level_mix(DISTRICT + said.replace("全市", "全区")) == []


def test_a_task_that_passes_on_the_superior_s_meeting_stays_silent() -> None:
    said = "这次会议的主要任务是，对全市巡察工作会议精神进行传达部署。"
    assert _level_mix(DISTRICT + said) == []


@pytest.mark.parametrize(
    "said",
    [
        "在全市防汛工作的关键时刻，县政府召开这次会议，对防汛工作再动员。",
        "在全市防汛工作的关键时期，县委、县政府召开这次会议，就是要压实责任。",
        "值此全市防汛工作的重要节点，我们召开这次会议，目的是再动员、再部署。",
    ],
)
def test_the_moment_of_the_own_meeting_is_a_moment_of_the_own_work(said: str) -> None:
    assert _level_mix(COUNTY + said) == [("level-mix", "全市")]
    assert _level_mix(COUNTY + said.replace("全市", "全县")) == []


@pytest.mark.parametrize(
    "said",
    [
        "在全市防汛工作的关键时刻，市委、市政府召开全市防汛工作会议，我们要认真贯彻落实。",  # the superior's meeting
        "在全市防汛工作的关键时刻，我县要勇挑重担、走在前列。",  # the own place set in the superior's work
    ],
)
def test_a_superior_s_meeting_at_that_moment_stays_silent(said: str) -> None:
    assert _level_mix(COUNTY + said) == []


@pytest.mark.parametrize(
    "said",
    [
        "今天召开的全市教育工作大会，要把我县教育工作的思路理清楚。",
        "这次召开的全市防汛工作会议，是一次再动员、再部署的会议。",
        "今天我们在这里召开的全市安全生产工作会议，十分必要。",
    ],
)
def test_this_very_meeting_named_with_another_level_s_scope(said: str) -> None:
    assert _level_mix(COUNTY + said) == [("level-mix", "全市")]


def test_the_superior_s_meeting_held_this_morning_stays_silent() -> None:
    said = "今天上午召开的全市防汛工作电视电话会议，对全市工作作了部署，我们要抓好落实。"
    assert _level_mix(COUNTY + said) == []


# ---------------------------------------------------------------- the own people, the own priorities


@pytest.mark.parametrize(
    "said",
    [
        "长期以来，全市广大教师扎根讲台、默默耕耘，培养了一届又一届学生。",
        "多年来，全市广大干部群众始终坚守岗位，为防汛抗洪付出了艰辛努力。",
        "近年来，全市广大党员干部扎根基层，默默奉献。",
    ],
)
def test_the_people_praised_for_their_long_work_are_the_own_place_s(said: str) -> None:
    assert _level_mix(COUNTY + said) == [("level-mix", "全市")]
    assert _level_mix(COUNTY + said.replace("全市", "全县")) == []


@pytest.mark.parametrize(
    "said",
    [
        "长期以来，在市委的坚强领导下，全市广大教师在平凡的岗位上默默奉献。",  # the superior named
        "近年来，全市广大教师中涌现出一批先进典型，我县也有多人入选。",  # a comparison, not praise of a clause's subject
        "清河镇是我县的农业大镇。多年来，全镇广大干部群众艰苦奋斗，面貌焕然一新。",  # a town the speech just named
    ],
)
def test_the_superior_s_people_named_as_such_stay_silent(said: str) -> None:
    assert _level_mix(COUNTY + said) == []


@pytest.mark.parametrize(
    "said",
    [
        "去年，县委、县政府把学校建设作为全市最大的民生实事，一年建成五所新校。",
        "我们始终把防汛安全摆在全市头号位置，一刻也不放松。",
        "县委、县政府将乡村振兴列为全市首要任务，集中力量推进。",
    ],
)
def test_what_the_own_committee_takes_as_first_is_ranked_in_the_own_place(said: str) -> None:
    assert _level_mix(COUNTY + said) == [("level-mix", "全市")]
    assert _level_mix(COUNTY + said.replace("全市", "全县")) == []


def test_the_superior_s_priority_carried_out_stays_silent() -> None:
    said = "县委、县政府坚决落实市委部署，把全市最大的民生工程抓紧抓好。"
    assert _level_mix(COUNTY + said) == []


@pytest.mark.parametrize(
    "said",
    [
        "这次培训比县里组织的更扎实、更管用。",
        "这项工作县里高度重视，我们要抓紧抓实。",
        "有关情况要及时向县里报告。",
    ],
)
def test_a_county_s_word_for_its_organs_in_a_district_s_speech(said: str) -> None:
    text = "在全区安全生产工作会议上的讲话\n\n同志们：\n\n今天召开全区安全生产工作会议，分析研判当前我区面临的形势。\n\n"
    assert _level_mix(text + said) == [("level-mix", "县里")]
    assert _level_mix(TOWN + said) == []  # a town's county is its superior


def test_a_district_that_was_a_county_may_tell_its_past() -> None:
    text = "在全区安全生产工作会议上的讲话\n\n同志们：\n\n今天召开全区安全生产工作会议，分析研判当前我区面临的形势。\n\n"
    assert _level_mix(text + "撤县设区以前，县里的财力十分有限。") == []


# ---------------------------------------------------------------- places: a sibling town, the title's meeting


@pytest.mark.parametrize(
    "said",
    [
        "衷心感谢各位爱心人士对柳湾镇槐树村困难群众的关心帮助！",
        "在此，向长期以来对柳湾镇父老乡亲的关心帮助表示衷心感谢！",
        "我代表镇党委、镇政府，感谢各位企业家对柳湾镇困难群众的无私帮扶。",
    ],
)
def test_a_sibling_town_s_people_thanked_for_in_a_town_s_speech(said: str) -> None:
    assert found(TOWN + said + "\n", rule="foreign-place", place="杨庄镇") == [
        ("foreign-place", "柳湾镇")
    ]
    assert (
        found(TOWN + said.replace("柳湾镇", "杨庄镇") + "\n", rule="foreign-place", place="杨庄镇")
        == []
    )


def test_a_sibling_town_visited_stays_silent() -> None:
    said = "感谢柳湾镇对我们考察学习的大力支持！我们要学习柳湾镇的好做法。"
    assert found(TOWN + said + "\n", rule="foreign-place", place="杨庄镇") == []


@pytest.mark.parametrize(
    ("title", "body", "name", "own"),
    [
        (
            "在东岭林区秋季森林防火动员大会上的讲话",
            "今天，我们在这里召开{}秋季森林防火动员大会。",
            "西岭林区",
            "东岭林区",
        ),
        (
            "在东湖新区“百日攻坚”安全生产动员大会上的讲话",
            "今天召开{}“百日攻坚”安全生产动员大会，十分必要。",
            "西湖新区",
            "东湖新区",
        ),
        (
            "在青山镇“百日攻坚”安全生产动员大会上的讲话",
            "这次举行{}“百日攻坚”安全生产动员大会，主要是部署工作。",
            "绿水镇",
            "青山镇",
        ),
    ],
)
def test_the_title_s_meeting_held_under_another_name(
    title: str, body: str, name: str, own: str
) -> None:
    flawed = f"{title}\n\n同志们：\n\n{body.format(name)}\n"
    assert [(f.rule, f.line) for f in check_text(flawed).findings if f.rule == "foreign-place"] == [
        ("foreign-place", 5)
    ]
    assert found(f"{title}\n\n同志们：\n\n{body.format(own)}\n", rule="foreign-place") == []


def test_the_superior_s_meeting_of_the_same_name_stays_silent() -> None:
    text = ("在东岭林区秋季森林防火动员大会上的讲话\n\n同志们：\n\n今天，我们在这里召开东岭林区秋季森林防火动员大会。"
            "前不久，全省召开了秋季森林防火动员大会。\n")  # fmt: skip
    assert found(text, rule="foreign-place") == []


# ---------------------------------------------------------------- counts: digit points run into one line


@pytest.mark.parametrize("said", ["讲4点意见", "讲四点意见", "强调4点意见"])
def test_digit_points_run_into_a_one_line_paste_are_counted(said: str) -> None:
    text = (f"在全县经济运行分析会上的讲话\n\n各乡镇工作卓有成效。下面，我就经济运行工作{said}。1、一季度经济运行情况良好"
            "(1)经济指标实现开门红。一季度，地区生产总值增长，居全市前列；工业增加值增长")  # fmt: skip
    assert [f.rule for f in check_text(text).findings if f.rule == "count-mismatch"] == [
        "count-mismatch"
    ]


def test_months_listed_after_an_announcement_are_no_points() -> None:
    text = (
        "在全县经济运行分析会上的讲话\n\n下面，我讲三点意见。1、2月份全县经济运行总体平稳，但也有隐忧。\n\n"
        "同志们，让我们共同努力！\n"
    )
    assert "后面实际有" not in "".join(
        f.message for f in check_text(text).findings if f.rule == "count-mismatch"
    )


def test_digit_points_as_many_as_announced_stay_silent() -> None:
    text = ("在全县经济运行分析会上的讲话\n\n下面，我讲三点意见。1、统一思想。要提高认识。2、明确任务。要抓好落实。"
            "3、强化保障。要加强领导。\n\n同志们，让我们共同努力！\n")  # fmt: skip
    assert [f for f in check_text(text).findings if f.rule in ("count-mismatch", "numbering")] == []


def test_a_list_inside_a_chinese_numbered_point_is_not_the_points() -> None:
    text = ("在全县经济运行分析会上的讲话\n\n下面，我讲两点意见。一、统一思想。要做到：1、提高认识。2、抓好落实。3、加强领导。"
            "二、明确任务。要抓好落实。\n\n同志们，让我们共同努力！\n")  # fmt: skip
    assert [f for f in check_text(text).findings if f.rule in ("count-mismatch", "numbering")] == []


# ---------------------------------------------------------------- a neighbour's name the own people go out of

QINGHE = (
    "在全县干部培训班结业式上的讲话\n\n同志们：\n\n这次培训班是县委今年举办的第一期培训班。\n\n"
)


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("不少学员利用周末，走出广宗到外地参观学习。", "广宗"),
        ("学员们走出巨鹿，到先进地区考察取经。", "巨鹿"),
        ("我们要跳出临西看发展，在比较中找差距。", "临西"),
    ],
)
def test_a_neighbour_s_name_the_own_people_go_out_of(said: str, name: str) -> None:
    assert found(QINGHE + said + "\n", rule="foreign-place", place="清河县") == [
        ("foreign-place", name)
    ]
    assert (
        found(QINGHE + said.replace(name, "清河") + "\n", rule="foreign-place", place="清河县")
        == []
    )


def test_going_out_of_the_country_is_no_neighbour() -> None:
    said = "不少学员走出国门，到外地参观学习。"
    assert found(QINGHE + said + "\n", rule="foreign-place", place="清河县") == []
