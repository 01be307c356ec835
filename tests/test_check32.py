"""drafter check on batch 32's false errors and planted misses (issue #13). Fixtures are our own writing."""

from __future__ import annotations

from check_fixtures import found as _found
from check_fixtures import read_fixture as _read


def test_a_speakers_own_reduplication_is_no_slip() -> None:
    # 我更深深地感到… and 要干的事情还有很多很多 were reported as characters typed twice: 更 qualifies the verb phrase
    # 深深地感到, and 很多很多 is a degree said twice for weight; 更好好地 and 戒骄戒躁戒躁 stay slips
    assert _found(_read("more-said-twice-correct.txt"), rule="repeated-char") == []
    assert _found(_read("more-said-twice-flawed.txt"), rule="repeated-char") == [
        ("repeated-char", "好好"), ("repeated-char", "戒躁戒躁"),
    ]  # fmt: skip
