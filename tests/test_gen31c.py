"""Ingest generalised from batch 48's misses (issue #13): each class of shape in two or three spellings of our own
writing (tests/fixtures/ingest/gen31c-*), never the pages' text."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_fixtures import ingest, shape


@pytest.mark.parametrize(
    ("name", "subpoints"),
    [
        # 一、项目建设情况 / 1、20xx年3月参加业务培训后，… / 2、20xx年4月至6月，… / 3、20xx年7月起，…: the year masked by the
        # template (was: no sub-points; a year written out, 1、2025年…, was already read)
        ("gen31c-year-items-masked.txt", [3]),
        # 1．2025年上半年，… under 一、 and 二、: the items marked with a full stop (was: no sub-points)
        ("gen31c-year-items-full-year.txt", [2, 2]),
        # 1、20XX年3月，… in traditional characters (was: no sub-points)
        ("gen31c-year-items-traditional.txt", [3]),
    ],
)
def test_numbered_items_that_open_with_their_year_are_the_sub_points(
    tmp_path: Path, name: str, subpoints: list[int]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("report", None, subpoints)


@pytest.mark.parametrize(
    ("name", "title", "headings"),
    [
        # 关于第二季度…整治情况督查通报 / 各村（社区）…： / 现将督查情况通报如下： / 1、…排名靠后的单位 / 东湾村 西岭社区 / 2、…
        # (was: other, no title, the items' marks taken for a document site's page numbers)
        (
            "gen31c-inspection-circular.txt",
            "关于第二季度全镇农村人居环境整治情况督查通报",
            ["村（社区）排名靠后的单位", "镇属单位排名靠后的单位"],
        ),
        # 關於上半年…專項檢查情況的通報, traditional, a name row with a page's pinyin (城關(guān)中學) (was: other, no title)
        (
            "gen31c-inspection-circular-traditional.txt",
            "关于上半年全县校园安全专项检查情况的通报",
            ["工作落实较好的学校", "需要限期整改的学校"],
        ),
    ],
)
def test_an_inspection_circular_is_a_report_with_its_ranked_items_as_points(
    tmp_path: Path, name: str, title: str, headings: list[str]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("report", None, [0, 0])
    assert doc["title"] == title and [p["heading"] for p in doc["points"]] == headings


def test_news_of_a_meeting_that_circulates_inspections_stays_news(tmp_path: Path) -> None:
    # 全县安全生产督查情况通报会召开 / 7月3日上午，…通报会在县政府召开: the meeting's news, not the circular
    (doc,) = ingest(tmp_path, "gen31c-inspection-circular-guard-meeting.txt")
    assert shape(doc) == ("news", None, [])


@pytest.mark.parametrize(
    ("name", "count", "points"),
    [
        # 我想讲的主要是“三个新”:新起点、新机遇、新作为。 / 第一.站在新起点，… / 第二.… / 第三.… (was: no count, no points)
        ("gen31c-ordinal-stop-quoted-count.txt", 3, 3),
        # 今天我要说的就是“两个心”：初心、恒心。 / 第一．守住初心，… / 第二．… (was: no count, no points)
        ("gen31c-ordinal-stop-quoted-count-fullwidth.txt", 2, 2),
        # 我今天要講的主要是“三個敢”:敢想、敢闖、敢幹。 / 第一.敢想，… in traditional characters (was: no count, no points)
        ("gen31c-ordinal-stop-quoted-count-traditional.txt", 3, 3),
    ],
)
def test_ordinals_closed_by_a_stop_are_points_under_a_quoted_count_of_named_parts(
    tmp_path: Path, name: str, count: int, points: int
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("speech", count, [0] * points)


@pytest.mark.parametrize(
    "name",
    [
        # …表态发言 今天,区委、区政府召开推进会,…各项工作。 一、压实责任、强化巡河,守好一方碧水。…努力做到... — a one-line
        # paste cut in its first point (was: no points)
        "gen31c-one-line-cut-after-first.txt",
        # …坚决守住…的底线！ 一、提高思想认识，切实扛起防火责任。…到山头地块…… (was: no points)
        "gen31c-one-line-cut-after-first-ellipsis.txt",
        # 區教育局局長…的表態發言, traditional (was: no points)
        "gen31c-one-line-cut-after-first-traditional.txt",
    ],
)
def test_a_one_line_paste_cut_in_its_first_point_has_that_point(tmp_path: Path, name: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("speech", None, [0])


@pytest.mark.parametrize(
    ("name", "count"),
    [
        # a 主持讲话: 会议共有三项议程：第一项，…；第二项，…；第三项，…。 / …下面，我再简要强调三 — the copy cut after the number:
        # the host's own count, and the agenda is procedure, not points (was: the agenda's three items read as the points)
        ("gen31c-cut-count-host.txt", 3),
        # …各学校要认真抓好落实。接下来，我重点讲两 (was: no count)
        ("gen31c-cut-count-plain.txt", 2),
        # …大家要認真抓好落實。下面，我再強調四, traditional (was: no count)
        ("gen31c-cut-count-traditional.txt", 4),
    ],
)
def test_an_announcement_cut_after_its_number_announces_the_count(
    tmp_path: Path, name: str, count: int
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("speech", count, [])
