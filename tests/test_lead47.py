"""A county's or province's slogan that names it by one character (富民兴婺, 科教兴皖) is bound to it (#13: a real
county page's opening kept such a slogan in a general fragment); the nation's and every county's slogans (工业强县,
科教兴国, 科技兴安) stay general. Fixtures are our own writing (tests/fixtures/ingest/lead47-*)."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_fixtures import fragments, general_holding


@pytest.mark.parametrize(
    ("name", "word"),
    [
        ("lead47-slogan-one-char-county.txt", "兴婺"),  # 为“科学发展、富民兴婺”作出更大贡献
        ("lead47-slogan-one-char-province.txt", "兴皖"),  # 为实施科教兴皖战略贡献力量
        ("lead47-slogan-one-char-province.txt", "强皖"),  # 奋力谱写工业强皖的新篇章
    ],
)
def test_a_slogan_naming_its_place_by_one_character_is_in_no_general_fragment(
    tmp_path: Path, name: str, word: str
) -> None:
    assert general_holding(fragments(tmp_path, name), word) == []


def test_slogans_every_county_says_keep_their_fragment_general(tmp_path: Path) -> None:
    frags = fragments(tmp_path, "lead47-slogan-generic-stays.txt")
    holding = general_holding(frags, "生态立县")
    assert holding, "the opening with 生态立县、文化兴旅、科技兴安、科教兴农 is general text"


def test_check_says_the_same_whatever_the_hash_seed() -> None:
    """Two provinces on one line were named in hash order: the same file gave 江苏和安徽 in one run and 安徽和江苏 in the
    next (startup47 found it comparing check's output byte for byte)."""
    import os
    import subprocess
    import sys

    fixture = Path(__file__).parent / "fixtures" / "check" / "two-provinces-own-flawed.txt"
    outputs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "DRAFTER_NO_RESIDENT": "1"}
        done = subprocess.run([sys.executable, "-m", "drafter", "check", str(fixture)], env=env, capture_output=True,
                              text=True, timeout=120)  # fmt: skip
        assert "省级讲话把" in done.stdout
        outputs.add(done.stdout)
    assert len(outputs) == 1
