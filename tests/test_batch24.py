"""Ingest and check on the shapes the sealed batch 24 showed after its one measure (issue #13).
Our own fixtures, reproducing the shapes only."""

from __future__ import annotations

from pathlib import Path

from archive_fixtures import ingest
from archive_fixtures import shape as _shape


def test_a_news_items_line_saying_who_gave_the_work_report_is_no_report_title(tmp_path: Path) -> None:
    # 院党委书记、院长某某作医院工作报告 between the paragraphs of a hospital meeting's news: who gave the report, told in
    # the third person (it ends in 工作报告, so it was read as a report's title and the rest of the item as that report)
    (doc,) = ingest(tmp_path, "news-caption-line-gives-a-report.txt")
    assert _shape(doc) == ("news", None, [])
