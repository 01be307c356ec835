"""Shapes of batch wild20 (issue #13) that check and ingest misread on real pages met at first sight.
Fixtures are our own writing, reproducing the shapes only (the pages stay in the evaluation folder)."""

from __future__ import annotations

from check_fixtures import found as _found
from check_fixtures import read_fixture as _read


def test_a_title_for_two_levels_leaves_the_level_to_the_text() -> None:
    # 县区委书记在全县（区）…大会上的讲话 whose text says 全区 throughout (was: 县 from the title, every 全区 an error,
    # and a 我县 slip in the text let through)
    assert _found(_read("two-level-title-district-correct.txt")) == []
    assert _found(_read("two-level-title-district-flawed.txt")) == [("level-mix", "我县")]


def test_the_citys_rainfall_in_a_district_speech_is_no_level_mix() -> None:
    # 今年入汛以来，我市降雨偏多 in a 区 speech: the weather is the whole city's (was an error); 我市各街道要… stays one
    assert _found(_read("city-weather-district-correct.txt")) == []
    assert _found(_read("city-weather-district-flawed.txt")) == [("level-mix", "我市")]


def test_a_mixed_pair_with_dang_said() -> None:
    # 我代表镇党委、县政府 in a town's speech (was missed: only 镇委、县政府 was read as a pair)
    assert _found(_read("town-party-pair-correct.txt")) == []
    assert _found(_read("town-party-pair-flawed.txt")) == [("level-mix", "镇党委、县政府")]


def test_another_countys_bare_name_in_the_development_we_bring_about() -> None:
    # 奋力实现沭阳高质量发展 in 清河县's speech (was missed with --place); 实现清河高质量发展 and 推动老城转型发展 are ours
    assert _found(_read("grown-bare-county-correct.txt"), place="清河县") == []
    assert _found(_read("grown-bare-county-flawed.txt"), place="清河县") == [("foreign-place", "沭阳")]
    # without --place nobody can tell whether 沭阳 is ours: a warning that asks for it
    assert _found(_read("grown-bare-county-flawed.txt"), severity="warning", rule="foreign-place") == [("foreign-place", "沭阳")]


def test_a_towns_scope_in_a_streets_speech() -> None:
    # 推动全镇各项事业 in a 街道's speech: a town is neither above nor below a street (was let through)
    assert _found(_read("street-town-word-correct.txt")) == []
    assert _found(_read("street-town-word-flawed.txt")) == [("level-mix", "全镇")]
