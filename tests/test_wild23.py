"""Ingest and check on the shapes a new real work set (wild23: speeches of county and town leaders, department
heads, a university and a company; reports and letters with heavy wrappers) showed at first sight (issue #13).
Fixtures are our own writing."""

from __future__ import annotations

from check_fixtures import found as _found
from check_fixtures import read_fixture as _read


def test_a_numbering_gap_where_the_page_says_it_hid_characters() -> None:
    # 一、 … ---此处隐藏3120字,下载后查看--- … 三、: the page hid point 二 behind its paywall and says so; the gap is
    # the page's, not the speech's (was a numbering error)
    text = _read("hidden-middle-numbering.txt")
    assert _found(text, rule="numbering") == []
    assert _found(text, severity="warning", rule="numbering") == [("numbering", "三、")]
    # without the page's note the gap is the speech's own
    bare = text.replace("---此处隐藏3120字,下载后查看---\n", "")
    assert _found(bare, rule="numbering") == [("numbering", "三、")]


def test_a_list_of_one_levels_bodies_ending_with_anothers_government() -> None:
    # 区委、区人大、县政府高度重视: the third body of a list of the district's four is the county's; the first pair
    # (区委、区人大) hid the second (区人大、县政府) from the pair rule (was missed)
    assert _found(_read("body-list-mixed-correct.txt"), rule="level-mix") == []
    assert _found(_read("body-list-mixed-flawed.txt"), rule="level-mix") == [("level-mix", "区人大、县政府")]
