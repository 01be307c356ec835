"""drafter check on the shapes the last measure of the sealed sets still missed or falsely flagged (issue #13).
Fixtures are our own writing."""

from __future__ import annotations

from check_fixtures import found as _found
from check_fixtures import read_fixture as _read


def test_an_announced_count_of_feelings_or_hopes_is_checked_against_its_list() -> None:
    # 主要有四点感受：一是…三是 / 提出两点殷切希望：第一，…第三，… (neither checked before: only 意见/要求 and the like)
    assert _found(_read("count-feelings-correct.txt"), rule="count-mismatch") == []
    assert _found(_read("count-feelings-flawed.txt"), rule="count-mismatch") == [
        ("count-mismatch", "两点殷切希望"),
        ("count-mismatch", "四点感受"),
    ]


def test_a_host_announcing_its_agenda_with_a_stop_and_listing_it_in_headings() -> None:
    # 今天的会议主要有四项议程。 then 一、请… 二、请… 三、请… and 议程就进行到这里 (not checked before)
    assert _found(_read("host-agenda-heads-correct.txt"), rule="count-mismatch") == []
    assert _found(_read("host-agenda-heads-flawed.txt"), rule="count-mismatch") == [("count-mismatch", "四项议程")]


def test_a_congress_host_script_names_its_items_with_the_congress() -> None:
    # 大会第三项： then 大会第五项： (a skip not seen before: only 第三项 at the line's start was read)
    assert _found(_read("congress-agenda-items-correct.txt"), rule="numbering") == []
    assert _found(_read("congress-agenda-items-flawed.txt"), rule="numbering") == [("numbering", "第五项")]
