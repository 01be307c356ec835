"""Ingest on the shapes batches 30 and 31's first-sight misses showed (issue #13).
Our own fixtures, reproducing the shapes only."""

from __future__ import annotations

from pathlib import Path

from archive_fixtures import fragments, general_holding, ingest
from archive_fixtures import shape as _shape


def test_a_report_whose_characters_are_kangxi_radicals_is_read_as_written(tmp_path: Path) -> None:
    # ⼀、基本情况 / ⼆、存在的主要问题 / 留守⼉童…⼤家…: a PDF's text layer gives look-alike radicals for common characters;
    # its headings were no 一、 to ingest, so no point was read, and the stored text kept the look-alikes
    (doc,) = ingest(tmp_path, "report-pdf-kangxi-radicals-for-characters.txt")
    assert _shape(doc) == ("report", None, [0, 0])
    assert [p["heading"] for p in doc["points"]] == ["基本情况", "存在的主要问题"]
    assert any("部首" in w for w in doc["warnings"])


def test_a_collection_piece_numbered_after_report_is_a_report(tmp_path: Path) -> None:
    # …调研报告（精选3篇） / blurb / 农村养老服务调研报告1 / 为了解…我们…走访调研 / 一、…: the piece's title (its number right after
    # 报告) was not read as a title, and the survey was kept out as other
    (doc,) = ingest(tmp_path, "report-collection-piece-survey-numbered.txt")
    assert _shape(doc) == ("report", None, [0, 0, 3])
    assert doc["title"] == "农村养老服务调研报告1"
