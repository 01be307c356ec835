"""drafter check on the shapes the sealed batch 27 showed at its one first-sight measure (issue #13).
Fixtures are our own writing."""

from __future__ import annotations

from check_fixtures import found as _found
from check_fixtures import read_fixture as _read


def test_a_district_bureaus_report_titled_with_its_bureau_of_municipal_works() -> None:
    # 市政局 is a bureau of 市政 that a 区 has too: its report says 在区委、区政府的坚强领导下 (level-mix 区委 before, ×2);
    # 均被被审计单位采纳 is 被 and then 被审计单位, 2026年年初/年终 a year and then 年初/年终 (repeated-char before, ×3)
    assert _found(_read("bureau-half-year-district-correct.txt")) == []


def test_the_slips_next_to_those_words_are_still_found() -> None:
    # 均被被采纳 (no 被审计单位 after it), 的的, 30名名: slips, whatever the sentences around them
    assert _found(_read("bureau-half-year-district-flawed.txt")) == [
        ("repeated-char", "名名"), ("repeated-char", "的的"), ("repeated-char", "被被"),
    ]


def test_a_county_body_listed_with_the_districts_own() -> None:
    # 区应急局、县消防救援大队 in a 区 speech: a county is the district's peer, never its own (missed before); the same
    # list with 区消防救援大队, and 区水利局和区住建局, are right
    assert _found(_read("district-rainstorm-correct.txt")) == []
    assert _found(_read("district-rainstorm-flawed.txt")) == [("level-mix", "区应急局、县消防救援大队")]


def test_the_speakers_line_under_the_title_names_the_own_place() -> None:
    # 清河县第二中学党委书记 王某某 under a title naming no place: the school is 清河县's, so 东台市第一中学 left in from another
    # school's speech is a foreign place without --place (the place was unknown before, nothing was checked)
    assert _found(_read("school-opening-speaker-line-correct.txt")) == []
    assert _found(_read("school-opening-speaker-line-flawed.txt")) == [("foreign-place", "东台市")]
