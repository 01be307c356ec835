"""Shapes the wild21 work set (40 real pages read at first sight, issue #13) showed ingest and check.
Fixtures are our own writing, reproducing the shapes only."""

from __future__ import annotations

from check_fixtures import found as _found
from check_fixtures import read_fixture as _read


def test_another_person_reporting_for_the_town_is_not_the_speakers_level() -> None:
    # a city official at a town's liaison meeting: 刚才，某书记代表镇委、镇政府通报了… was taken as the speaker's own
    # bodies, the speech became a town's, and 市直 a level-mix error
    assert _found(_read("liaison-town-secretary-reports-correct.txt"), rule="level-mix") == []
    # the speaker's own 我代表镇委、镇政府 still makes it a town's speech, where 市直 is another level's word
    assert _found(_read("liaison-town-secretary-reports-flawed.txt"), rule="level-mix") == [("level-mix", "市直")]
