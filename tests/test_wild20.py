"""Shapes of batch wild20 (issue #13) that check and ingest misread on real pages met at first sight.
Fixtures are our own writing, reproducing the shapes only (the pages stay in the evaluation folder)."""

from __future__ import annotations

from pathlib import Path

from archive_fixtures import ingest
from archive_fixtures import shape as _shape
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



def test_a_duty_report_title_run_into_its_salutation_and_its_turn_to_the_parts(tmp_path: Path) -> None:
    # 镇长个人述职报告各位领导、同志们：… 下面，我就一年来的工作情况汇报如下，…批评指正。一、… all on one line
    # (was: a speech with no title and no points)
    (doc,) = ingest(tmp_path, "duty-report-title-run-into-salutation.txt")
    assert doc["title"] == "镇长个人述职报告"
    assert _shape(doc) == ("report", None, [2, 0, 0])


def test_the_sites_title_over_each_part_is_no_new_document(tmp_path: Path) -> None:
    # …讲话稿范文 printed again over the parts of the speech (was: two documents, the second without opening, and
    # the repeated title inside a point's fragment)
    (doc,) = ingest(tmp_path, "title-watermark-over-each-part.txt")
    assert _shape(doc) == ("speech", 3, [0, 0, 0])
    assert doc["fragments"]["point"] == 3 and "other" not in doc["fragments"]


def test_a_heading_run_into_its_first_yiyao(tmp_path: Path) -> None:
    # 一、…的思想基础一要立足镇情，定好发展目标 then a paragraph 二要… (was: one sub-point, the 一要 lost in the heading)
    (doc,) = ingest(tmp_path, "heading-run-into-first-yiyao.txt")
    assert _shape(doc) == ("speech", 2, [2, 0])
    assert doc["points"][0]["heading"] == "明确目标，打牢办好乡村教育的思想基础"
