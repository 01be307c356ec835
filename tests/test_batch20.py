"""Letters, news, reports and counts as the sealed batch 20 showed them after its one measure (issue #13).
Our own fixtures, reproducing the shapes only."""

from __future__ import annotations

from pathlib import Path

from archive_fixtures import ingest
from archive_fixtures import shape as _shape


def test_proposals_on_a_collection_page_are_letters_not_speeches(tmp_path: Path) -> None:
    # 爱护环境倡议书 篇1 / 篇2 (the second run into its 称谓): two 倡议书, each read as a speech with its 1、2、3、 as
    # points before, and the first's 清河 leaked into a fragment
    docs = ingest(tmp_path, "letter-collection-proposals-piece-numbers.txt")
    assert [d["kind"] for d in docs] == ["other", "other"]
    assert all(d["points"] == [] and d["fragments"] == {} for d in docs)


def test_news_dated_by_the_day_alone_or_by_yesterday(tmp_path: Path) -> None:
    # 13日，一场大雪… under a column name and a headline (was other); 昨晚，副市长率…看望… under a table's headline
    # (was other)
    (snow,) = ingest(tmp_path, "news-day-only-lead-under-column.txt")
    assert _shape(snow) == ("news", None, [])
    (visit,) = ingest(tmp_path / "b", "news-yesterday-lead-table-headline.txt")
    assert _shape(visit) == ("news", None, [])


def test_a_briefing_to_visitors_and_a_self_check_are_reports(tmp_path: Path) -> None:
    # a document site's banner glued before a 汇报材料 said twice, its 称谓 and 下面我就从以下五个方面进行汇报
    # (was a speech with no count); 办学条件评估自查报告 (was other)
    (briefing,) = ingest(tmp_path, "report-briefing-banner-five-aspects.txt")
    assert _shape(briefing) == ("report", 5, [0])
    (check,) = ingest(tmp_path / "b", "report-self-check-title.txt")
    assert _shape(check) == ("report", None, [0])
    assert check["title"] == "中心学校办学条件评估自查报告"


def test_news_reported_by_a_paper_under_a_reading_time_line(tmp_path: Path) -> None:
    # 本篇文章612字，读完约2分钟 (a site's line, read as the first point) over 据《清河新闻》报道：7月25日下午，… with the
    # director's 三项要求 in the paper's words (was a speech with two points)
    (doc,) = ingest(tmp_path, "news-reading-time-reported-by-paper.txt")
    assert _shape(doc) == ("news", None, [])


def test_two_numbered_speeches_run_into_their_salutations_are_two(tmp_path: Path) -> None:
    # …讲话稿 1 老师们、同学们：… and, on the next line, …讲话稿 2 尊敬的各位家长、…： (the second was lost in the first)
    docs = ingest(tmp_path, "two-speeches-numbered-run-into-salutations.txt")
    assert [(d["kind"], d["title"]) for d in docs] == [("speech", "校长在开学典礼上的讲话稿")] * 2
