"""drafter check on the planted errors batch 16 missed (issue #13): a neighbour's place said as ours, with and without
--place, a level only this meeting's scope settles, a two-digit year after the scope. Fixtures are our own writing."""

from __future__ import annotations

import pytest
from check_fixtures import found as _found
from check_fixtures import read_fixture as _read

from drafter.check import check_text


def test_a_neighbours_bare_name_said_as_ours_is_an_error_and_a_study_trip_there_is_not() -> None:
    # 武义县 (title): 赴磐安学习, 与磐安山水相连 name the neighbour as somewhere else
    assert _found(_read("bare-neighbour-county-correct.txt")) == []
    # 磐安人民…, 建设全面小康新磐安: the neighbour county's speech copied (磐安 is matched by the gazetteer only as 磐安县)
    flawed = _read("bare-neighbour-county-flawed.txt")
    assert _found(flawed) == [("foreign-place", "磐安"), ("foreign-place", "磐安")]
    assert _found(flawed, place="武义县") == [("foreign-place", "磐安"), ("foreign-place", "磐安")]
    assert _found(flawed, place="磐安县") == []  # given as the place, it is ours


def test_a_speech_naming_its_stake_with_the_bare_name_gives_the_place_and_a_neighbours_stake_is_an_error() -> None:
    report = check_text(_read("stake-bare-city-correct.txt"))
    assert report.place == "瑞安市" and "瑞安" in report.inferred["place"]
    assert _found(_read("stake-bare-city-correct.txt")) == []
    # 关系到乐清的未来: 关系到 is no trip (到), so the neighbour city is said as ours
    assert _found(_read("stake-bare-city-flawed.txt")) == [("foreign-place", "乐清")]


def test_a_place_the_level_cannot_be_said_as_ours_is_an_error_without_place() -> None:
    assert _found(_read("greeting-district-correct.txt")) == []
    # 向关心乐清市改革发展的社会各界人士 in a 区 speech (区委、区人大、区政府): a 县级市 is never a district nor above it
    assert _found(_read("greeting-district-flawed.txt")) == [("foreign-place", "乐清市")]
    # in a 市 speech the same city named once as ours may be the speaker's own: a warning that asks for --place
    city = _read("greeting-district-flawed.txt").replace("区委、区人大、区政府、区政协", "市委、市人大、市政府、市政协")
    city = city.replace("驻区部队", "驻市部队").replace("全区", "全市")
    assert _found(city) == []
    assert _found(city, "warning", "foreign-place") == [("foreign-place", "乐清市")]
    assert _found(city, place="乐清市") == []


def test_a_district_of_another_city_among_those_reporting_at_a_city_meeting_is_an_error() -> None:
    assert _found(_read("city-units-correct.txt")) == []
    assert _found(_read("city-units-flawed.txt")) == [("foreign-place", "拱墅区")]
    # the same two districts named as places learnt from are not our reporting units
    trip = _read("city-units-flawed.txt").replace("主要负责同志分别作了很好的发言", "的经验值得学习")
    assert _found(trip) == []


def test_this_meetings_scope_settles_the_level_and_a_relayed_city_letter_does_not() -> None:
    # 召开这次全县环境保护工作会议; 传达了市长致全市…的一封信 is the city's 全市, not the speaker's
    report = check_text(_read("own-meeting-county-correct.txt"))
    assert report.level == "县" and "召开……全县……会议" in report.inferred["level"]
    assert _found(_read("own-meeting-county-correct.txt")) == []
    assert _found(_read("own-meeting-county-flawed.txt")) == [("level-mix", "我市")]
    # another meeting reported (刚才…召开了全县…) counts nothing
    other = _read("own-meeting-county-correct.txt").replace("今天利用周末时间，召开这次全县环境保护工作会议", "上周县里召开了全县环境保护工作会议")
    assert "召开……全县" not in check_text(other).inferred.get("level", "")


BASE = "今天召开全县生态环境保护委员会全体会议，主要任务是总结研判全县2025年生态环境保护工作，安排部署今年重点工作任务。\n"


@pytest.mark.parametrize("short", ["全县25年生态", "截至25年底", "截至25年，"])
def test_a_two_digit_year_after_the_scope_or_after_jiezhi_is_an_error(short: str) -> None:
    text = BASE.replace("全县2025年生态", short)
    assert _found(text, rule="date-format") == [("date-format", "25年")]


@pytest.mark.parametrize("span", ["全县30年来", "我县60年代", "全县50年一遇", "截至25年的时间里"])
def test_a_span_of_years_after_the_scope_is_no_date(span: str) -> None:
    assert _found(BASE.replace("全县2025年生态", span), rule="date-format") == []


def test_a_real_place_said_as_ours_where_the_speech_hides_its_own_as_x_is_an_error() -> None:
    # 驻X部队, 把X市当作第二故乡: the page hides its city; 服务绍兴发展大局, 为嘉兴市的建设出力出汗 name real cities as ours
    assert _found(_read("hidden-city-stake-correct.txt"), rule="foreign-place") == []  # (its X are placeholder errors)
    assert _found(_read("hidden-city-stake-flawed.txt"), rule="foreign-place") == [("foreign-place", "嘉兴市"), ("foreign-place", "绍兴")]
    # with the X市 filled in as 绍兴市 the speech is 绍兴's: 绍兴 is ours, 嘉兴市 is not
    named = _read("hidden-city-stake-flawed.txt").replace("X市", "绍兴市")
    assert _found(named, place="绍兴市", rule="foreign-place") == [("foreign-place", "嘉兴市")]


def test_a_two_digit_year_before_the_scopes_work_is_an_error_and_a_run_of_years_is_not() -> None:
    text = "刚才，有关同志通报了25年我县河湖长制工作情况。\n"
    assert _found(text, rule="date-format") == [("date-format", "25年")]
    assert _found(text.replace("了25年", "了连续25年"), rule="date-format") == []


def test_a_slogan_after_the_words_that_qualify_it_names_its_place() -> None:
    # 建设开放活力美丽的幸福X: a real name there, in a page that hides its own as X区, is read as a slogan's name —
    # a district's, as the hidden place is, so possibly the own name the masking missed (batch 44 p02): a warning
    text = "在全区招商引资工作会议上的讲话\n\n同志们：\n\nX区招商引资工作取得新成效。对于要建设开放活力美丽的幸福余杭而言，招商引资是关键之举。\n"
    assert _found(text, "warning", "foreign-place") == [("foreign-place", "余杭")]
    assert _found(text.replace("幸福余杭", "幸福X"), rule="foreign-place") == []


def test_the_city_scope_told_to_its_departments_in_a_county_speech_is_a_level_error() -> None:
    text = "在全县河长制工作会议上的讲话\n\n同志们：\n\n我县河流众多，全县上下要高度重视。全市各级各有关部门必须站在全局高度，抓好河长制工作。\n"
    assert _found(text, rule="level-mix") == [("level-mix", "全市")]


def test_a_bare_county_level_name_said_as_ours_asks_for_the_place_and_with_it_a_neighbours_is_an_error() -> None:
    text = (
        "在全市城市社区工作会议上的讲话\n\n同志们：\n\n今天召开全市城市社区工作会议，省民政厅领导亲临指导，"
        "体现了省民政厅对仙桃的关心支持。全市上下要把社区工作抓实抓细。\n"
    )
    # 仙桃 (a 县级市 the gazetteer matches only as 仙桃市), named once as ours, and no place given: nobody can tell
    assert _found(text, "warning", "foreign-place") == [("foreign-place", "仙桃")]
    assert _found(text, rule="foreign-place") == []
    assert _found(text, place="仙桃市", rule="foreign-place") == []
    assert _found(text, "warning", place="仙桃市", rule="foreign-place") == []
    # 天门 beside 仙桃 (both under 湖北省 directly), said as ours in 仙桃's speech
    assert _found(text.replace("对仙桃的", "对天门的"), place="仙桃市", rule="foreign-place") == [("foreign-place", "天门")]
