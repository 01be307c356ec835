"""Kinds, structure and check on the shapes the sealed batch 22 showed after its one measure (issue #13).
Our own fixtures, reproducing the shapes only."""

from __future__ import annotations

from check_fixtures import found as _found
from check_fixtures import read_fixture as _read


def test_a_university_named_after_its_city_and_a_programme_about_another_county_are_elsewhere() -> None:
    # 被南京大学录取 in a school's speech and 观看了关于兰考县委班子专题民主生活会的专题节目 in a 点评: the place names a
    # university and the subject of a programme watched, not a place of the speech (were foreign-place errors)
    for name in ("school-graduates-university", "life-meeting-watched-programme"):
        correct = _read(f"{name}-correct.txt")
        assert _found(correct, rule="foreign-place", place="清河县") == []
        assert _found(correct, severity="warning", rule="foreign-place", place="清河县") != []
        # the same text with another county said as ours is still an error
        assert _found(_read(f"{name}-flawed.txt"), rule="foreign-place", place="清河县") == [("foreign-place", "沭阳县")]
