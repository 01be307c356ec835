"""drafter check on batch 35's false error and planted misses (issue #13). Fixtures are our own writing."""

from __future__ import annotations

from check_fixtures import found as _found
from check_fixtures import read_fixture as _read


def test_a_run_in_heading_printed_twice_is_one_item() -> None:
    # 二是家风建设进万家。二是家风建设进万家。 in a PDF's text layer that printed each run-in heading twice was reported
    # as 二是 said twice: the same sentence right after itself is one item; 二是 before a different sentence stays an error
    assert _found(_read("doubled-runin-heading-correct.txt"), rule="numbering") == []
    assert _found(_read("doubled-runin-heading-flawed.txt"), rule="numbering") == [("numbering", "二是")]


def test_a_two_character_neighbour_county_is_found_after_any_word() -> None:
    # 向为加快礼县发展做出积极贡献的… in 西和县's report was not found: the gazetteer takes a two-character county (礼县)
    # only after a boundary (在、为…), but a county of the same city is no accident of two characters
    assert _found(_read("neighbour-two-character-county-correct.txt"), "warning", "foreign-place", place="西和县") == []
    assert _found(_read("neighbour-two-character-county-flawed.txt"), "warning", "foreign-place", place="西和县") == [
        ("foreign-place", "礼县"),
    ]


def test_the_people_the_own_committee_looks_after_are_the_own_levels() -> None:
    # 防汛工作涉及全市人民群众的生命财产安全，县委、县政府历来高度重视 in a county speech was not found: the people whose
    # safety the county's own committee and government see to are the county's; 全市防汛工作会议 stays the city's
    assert _found(_read("county-people-safety-correct.txt"), rule="level-mix") == []
    assert _found(_read("county-people-safety-flawed.txt"), rule="level-mix") == [("level-mix", "全市")]


def test_the_tally_of_our_own_campaign_is_the_own_levels() -> None:
    # 我们深入开展…专项整治。截至目前，全市累计排查隐患800余项 in a town speech was not found: the tally of the work the
    # sentence before says we did is the town's; 全市累计发生事故…，但我镇… sets the city's beside ours and stays right
    assert _found(_read("town-tally-correct.txt"), rule="level-mix") == []
    assert _found(_read("town-tally-flawed.txt"), rule="level-mix") == [("level-mix", "全市")]


def test_unnumbered_aspect_paragraphs_are_counted_against_the_announcement() -> None:
    # 我向同学们提三点希望和要求： then paragraphs 在行为习惯方面，… unnumbered: 希望和要求 was no announcement and the
    # paragraphs no points, so a wrong count was not found; each paragraph opening 在…方面 is one point (a warning)
    assert _found(_read("parallel-aspects-correct.txt"), "warning", "count-mismatch") == []
    assert _found(_read("parallel-aspects-flawed.txt"), "warning", "count-mismatch") == [("count-mismatch", "提两点")]
