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


# ---------------------------------------------------------------- a verb said twice, the spoken way

TOWN = "在全镇老干部座谈会上的讲话\n\n各位老领导、同志们：\n\n"


def test_a_verb_said_twice_the_spoken_way_stays_silent() -> None:
    """A 座谈会 or a town's speech asks people to 提提意见 and invites them to 转转: check called these slips."""
    from check_fixtures import found

    text = TOWN + (
        "请各位老领导多提提意见，常回来看看，到各村走走，到企业转转。\n"
        "有什么想法，欢迎大家找我们聊聊，我们也会经常上门问问、听听。\n"
    )
    assert found(text, "error", "repeated-char") == []


def test_a_character_doubled_before_a_word_is_still_caught_beside_them() -> None:
    from check_fixtures import found

    text = TOWN + "请各位老领导多提提意见，大家对我们的期望很高高，我们要不断提提高服务水平。\n"
    assert sorted(found(text, "error", "repeated-char")) == [("repeated-char", "提提"), ("repeated-char", "高高")]
