"""drafter check on batch 28's planted misses and false errors, and on what the spent sets still miss (issue #13).
Fixtures are our own writing."""

from __future__ import annotations

from check_fixtures import found as _found
from check_fixtures import read_fixture as _read

from drafter.check import check_text


def test_a_host_who_says_we_go_on_to_the_next_item_of_the_agenda() -> None:
    # 现在，举行第一项议程。 then 接下来，我们进行第三项议程 (missed with and without --place: only 接下来，进行… was read)
    assert _found(_read("host-we-agenda-correct.txt"), rule="numbering") == []
    assert _found(_read("host-we-agenda-flawed.txt"), rule="numbering") == [("numbering", "第三项")]


def test_a_count_the_speaker_set_out_in_a_cut_excerpt_that_still_shows_more_points() -> None:
    # 校长…提出了两个方面的要求： over 一、二、三、 in a copy cut inside 三、: three shown, so two is wrong whatever the cut
    # (missed before: 提出了…个方面的要求 was no announcement); four over three in the cut copy is only a warning
    assert _found(_read("proposed-aspects-cut-correct.txt"), rule="count-mismatch") == []
    assert _found(_read("proposed-aspects-cut-correct.txt"), severity="warning", rule="count-mismatch") == [
        ("count-mismatch", "提出了四个方面")
    ]
    assert _found(_read("proposed-aspects-cut-flawed.txt"), rule="count-mismatch") == [("count-mismatch", "提出了两个方面")]


def test_a_school_report_numbers_its_parts_1_and_the_items_under_each_1_dot() -> None:
    # 1、压实安全责任 / 1.签订… 2.完善… / 2、加强排查整治 / 1.… 2.… 3.…: two levels (five errors before: 1、 a wrong
    # form of 1., and 1. said again); a gap among the items is still one, and 1、 2、 then 3. 4. is still a slip
    assert _found(_read("arabic-parts-items-correct.txt"), rule="numbering") == []
    assert _found(_read("arabic-parts-items-flawed.txt"), rule="numbering") == [("numbering", "4.")]
    slip = "## 工作总结\n\n1、调整领导小组。\n\n2、加强宣传教育。\n\n3.开展走访慰问。\n\n4.落实优待政策。\n"
    assert _found(slip, rule="numbering") == [("numbering", "1、"), ("numbering", "2、")]


def test_a_chunked_preview_whose_headings_run_on_after_a_stop() -> None:
    # 1、…的讲话一、充分肯定… / 2、升。二、清醒认识… / 3、…落实。四、突出重点…: a document-sharing preview that lost its line
    # breaks; the headings run on after the title or a stop (the skip 二、 to 四、 was missed: no heading was read)
    assert _found(_read("chunked-inline-heads-correct.txt"), rule="numbering") == []
    assert _found(_read("chunked-inline-heads-correct.txt"), severity="warning", rule="numbering") == []
    assert _found(_read("chunked-inline-heads-flawed.txt"), rule="numbering") == [("numbering", "四、")]


def test_the_rule_an_office_drafts_names_its_own_district() -> None:
    # 我局…拟定了《丽水市莲都区城市市容和环境卫生管理办法（试行）》初稿 is the district's own rule; the planted 对金华市政执法
    # 队员开展业务培训 (金华 named once, as 莲都区 is) left the place unknown, so it passed
    assert check_text(_read("own-draft-rule-correct.txt")).place == "莲都区"
    assert _found(_read("own-draft-rule-correct.txt")) == []
    assert _found(_read("own-draft-rule-flawed.txt")) == [("foreign-place", "金华市")]


def test_the_obstacles_a_county_speakers_drive_clears_are_in_its_own_development() -> None:
    # 我们必须以钉钉子的精神抓整治，为全市高质量发展扫清障碍！ in a county speech (missed: 为全市… was read as a share in
    # the superior's development); 为全市发展大局作出更大贡献 still is one
    assert _found(_read("clears-way-own-correct.txt")) == []
    assert _found(_read("clears-way-own-flawed.txt")) == [("level-mix", "全市")]
