"""drafter check on the shapes of the real set of round 16 (issue #13), reproduced in fixtures of our own writing."""

from __future__ import annotations

from check_fixtures import found as _found
from check_fixtures import read_fixture as _read

from drafter.check import check_text


def test_a_copy_cut_before_its_other_points_is_a_warning_and_more_points_than_announced_stay_an_error() -> None:
    # 讲三点意见, then 一、 and a page's 未完 line: the copy stops, the speech is not wrong
    assert _found(_read("cut-excerpt-count-correct.txt")) == []
    assert _found(_read("cut-excerpt-count-correct.txt"), "warning") == [("count-mismatch", "讲三点意见")]
    # 讲两点意见 with 一、二、三、 in the same cut copy: three points are there, whatever is missing after them
    assert _found(_read("cut-excerpt-count-flawed.txt")) == [("count-mismatch", "讲两点意见")]


def test_fewer_points_than_announced_in_a_copy_that_ends_as_a_speech_ends_stay_an_error() -> None:
    text = _read("cut-excerpt-count-flawed.txt").replace("讲两点意见", "讲四点意见")
    cut = text.split("……（未完")[0]
    # the last line stops mid-sentence: a cut copy, a warning
    assert _found(cut) == []
    ended = cut.rstrip() + "加强督促。\n\n同志们，冬春水利建设任务重、时间紧，大家要真抓实干，确保各项任务落到实处。谢谢大家！\n"
    assert _found(ended) == [("count-mismatch", "讲四点意见")]
    # no closing, the copy ends at a full stop after point three: nothing says it was cut
    assert _found(cut.rstrip() + "加强督促。\n") == [("count-mismatch", "讲四点意见")]


def test_headings_written_with_one_wrong_form_throughout_are_a_style_remark_and_a_mix_or_a_skip_stays_an_error() -> None:
    # a 区长's own top-level headings 1、 2、 3、 throughout: three warnings (--fix writes 1.), no error
    correct = _read("digit-heads-district-correct.txt")
    assert _found(correct) == []
    assert _found(correct, "warning") == [("numbering", "1、"), ("numbering", "2、"), ("numbering", "3、")]
    # 1、 2、 4、: the skip is an error as before
    assert _found(_read("digit-heads-district-flawed.txt")) == [("numbering", "4、")]
    # 1. then 2、 3、: two forms in one text, a slip
    mixed = correct.replace("1、认清形势", "1.认清形势")
    assert _found(mixed) == [("numbering", "2、"), ("numbering", "3、")]


def test_a_reservoir_class_that_lost_its_small_and_type_is_no_sub_heading() -> None:
    # an outline whose 小（二）型水库 lost 小 (and once 型 too): （二）水库要备足… is the class, not a second （二）
    assert _found(_read("reservoir-outline-correct.txt")) == []
    # a doubled （二） under point one of the same speech is still an error
    assert _found(_read("reservoir-outline-flawed.txt")) == [("numbering", "（二）")]
    # （二）水库… in its place after （一）, or in a text that names no reservoir class, is a heading as any other
    heads = "一、抓好防汛\n（一）堤防巡查要到位。\n（二）水库调度要科学。\n（二）物资储备要充足。\n"
    assert _found(heads) == [("numbering", "（二）")]
    lone = "一、抓好防汛\n（二）水库调度要科学。\n（三）物资储备要充足。\n"
    assert _found(lone) == [("numbering", "（二）")]


def test_a_county_reporting_at_a_city_meeting_speaks_for_the_county() -> None:
    # 全市……推进会交流发言 / 我代表青禾县委、县政府，就我县……作一汇报: the county's words are the speaker's own
    correct = _read("report-at-city-meeting-correct.txt")
    assert _found(correct) == []
    assert check_text(correct).level == "县"
    # a 我区 in the same report is still a slip
    assert _found(_read("report-at-city-meeting-flawed.txt")) == [("level-mix", "我区")]
    # a city's own speech at its meeting, with a 我县 slip: still the city's, still reported
    city = "全市城乡环境整治工作推进会讲话\n\n同志们：\n\n我代表市委、市政府，向大家表示感谢。全市上下要抓好落实，我县要带头。\n"
    assert _found(city) == [("level-mix", "我县")]


def test_a_report_numbers_its_points_again_under_each_part_heading() -> None:
    # 过去一年工作回顾 一、二、三、 / 今年工作安排 一、二、三、: each part's own points
    assert _found(_read("report-parts-town-correct.txt")) == []
    # 一、二、二、 under the second part: a doubled 二、 is still an error
    assert _found(_read("report-parts-town-flawed.txt")) == [("numbering", "二、")]
    # 一、 again after a sentence, not a part heading: an error as before
    text = _read("report-parts-town-correct.txt").replace("今年工作安排", "今年是全镇加快发展的关键一年，任务十分繁重。")
    assert [rule for rule, _ in _found(text)] == ["numbering"]


def test_the_bodies_that_convened_this_meeting_settle_the_level_against_a_planted_word() -> None:
    # 这次…会，是县委、政府认真研究决定召开的 + 各乡镇: a county's opening whose only 我县 became 我市
    assert _found(_read("convened-opening-county-correct.txt")) == []
    assert check_text(_read("convened-opening-county-correct.txt")).level == "县"
    assert _found(_read("convened-opening-county-flawed.txt")) == [("level-mix", "我市")]
    # 市政府召开这次全市…会议: the city's meeting; a 我县 in it is a slip
    city = ("同志们：\n\n在汛期来临之际，市政府召开这次全市防汛工作会议，部署今年的防汛工作。今年是我市防汛工作经受考验的一年，"
            "全市各级要压实责任。我县要抓好物资储备，全市上下要严阵以待。\n")
    assert _found(city) == [("level-mix", "我县")]
    # 市政府召开了全市…会议 reports the superior's meeting in a county's speech: not counted for the city
    county = ("同志们：\n\n前不久，市政府召开了全市防汛工作会议。今天，县委、县政府在这里召开全县防汛工作会议，"
              "我县要认真贯彻落实，全县上下要严阵以待。\n")
    assert check_text(county).level == "县"


def test_a_title_naming_the_bare_levels_meeting_gives_the_level() -> None:
    # 在区城市管理工作推进会上的讲话: the district's own meeting; 全区 once and a planted 我县 once could not settle it
    assert _found(_read("bare-level-title-district-correct.txt")) == []
    assert check_text(_read("bare-level-title-district-correct.txt")).level == "区"
    assert _found(_read("bare-level-title-district-flawed.txt")) == [("level-mix", "我县")]
    # words that only start with a level's character name no level: 市场, 乡村, 区域, 县域, 乡镇
    for title in ("在市场监管工作会议上的讲话", "在乡村振兴工作推进会上的讲话", "在区域协调发展座谈会上的讲话",
                  "在县域经济发展大会上的讲话", "在乡镇党委书记座谈会上的讲话"):
        assert check_text(f"{title}\n\n同志们：\n\n今天召开这次会议，研究部署有关工作。\n").level is None, title
