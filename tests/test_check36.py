"""drafter check on batch 36's false errors and planted misses (issue #13). Fixtures are our own writing."""

from __future__ import annotations

from check_fixtures import found as _found
from check_fixtures import read_fixture as _read


def test_a_title_naming_city_and_district_leaves_the_level_to_the_text() -> None:
    # 在市区为民办实事…推进会议上的讲话 over a speech of 我区, 区民政局, 全区各街道 gave 市 (在市… read as the city's
    # own meeting) and every 我区 an error: 市区 is the city and its district together; the text says 区, and a 我县
    # left in it is still found
    assert _found(_read("city-and-district-title-correct.txt"), rule="level-mix") == []
    assert _found(_read("city-and-district-title-flawed.txt"), rule="level-mix") == [("level-mix", "我县")]
