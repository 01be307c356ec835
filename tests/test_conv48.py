"""Session 48 (conv48): in a work report's review of the past year, paragraphs led by —— tell achievements and are not
sub-points — five collectors in a row (opened batches 73, 77, 81) read them so, where drafter used to count them. Under a
part that plans the year, ——items stay sub-points; a speech's ——items under a task point too. Fixtures are our own text
(tests/fixtures/ingest/conv48-*)."""

from __future__ import annotations

from pathlib import Path

from archive_fixtures import ingest, shape


def test_dashed_achievements_in_a_reports_review_part_are_not_sub_points(tmp_path: Path) -> None:
    # 一、过去一年工作回顾 / ——过去一年，我们…(three) / 二、今年工作安排 / （一）（二）: the review has none (was: three)
    (doc,) = ingest(tmp_path, "conv48-review-dashes.txt")
    assert shape(doc) == ("report", None, [0, 2])
    assert not any("——" in str(w) for w in doc["warnings"]), "no doubt raised over the achievements read as text"


def test_dashed_items_under_a_reports_plan_part_stay_its_sub_points(tmp_path: Path) -> None:
    # 一、上年工作回顾 / ——稳住了…(two, not counted) / 二、今年主要任务 / ——聚力产业发展。…(three, counted)
    (doc,) = ingest(tmp_path, "conv48-plan-dashes.txt")
    assert shape(doc) == ("report", None, [0, 3])
    assert "聚力产业发展" in str(doc["points"][1]["subpoints"][0])


def test_a_speechs_dashed_items_under_a_task_point_stay_sub_points(tmp_path: Path) -> None:
    # 一、聚焦重点，扎实推进… / ——抓好理论武装。… (three): no review part, the old reading kept
    (doc,) = ingest(tmp_path, "conv48-speech-dashes.txt")
    assert shape(doc) == ("speech", 2, [3, 0])
