"""drafter check on batch 37's false errors and planted misses (issue #13). Fixtures are our own writing."""

from __future__ import annotations

from check_fixtures import found as _found
from check_fixtures import read_fixture as _read


def test_a_doubled_character_at_an_idioms_edge_or_in_an_unattested_pair_is_a_slip() -> None:
    # 攻坚克难难，真抓实干 (the idiom's last character twice before a stop), 点评入木木三分 (an idiom a reviewer says
    # whole) and 提升城城镇品位 (城城 written nowhere, 城镇 a common word) were not found; 奋发图强，强化担当 stays clean
    assert _found(_read("idiom-edge-doubled-correct.txt"), rule="repeated-char") == []
    assert _found(_read("idiom-edge-doubled-flawed.txt"), rule="repeated-char") == [
        ("repeated-char", "城城"),
        ("repeated-char", "木木"),
        ("repeated-char", "难难"),
    ]
