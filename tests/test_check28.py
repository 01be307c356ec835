"""drafter check on batch 28's planted misses and false errors, and on what the spent sets still miss (issue #13).
Fixtures are our own writing."""

from __future__ import annotations

from check_fixtures import found as _found
from check_fixtures import read_fixture as _read


def test_a_host_who_says_we_go_on_to_the_next_item_of_the_agenda() -> None:
    # 现在，举行第一项议程。 then 接下来，我们进行第三项议程 (missed with and without --place: only 接下来，进行… was read)
    assert _found(_read("host-we-agenda-correct.txt"), rule="numbering") == []
    assert _found(_read("host-we-agenda-flawed.txt"), rule="numbering") == [("numbering", "第三项")]
