"""ingest53 (issue #13): pages as the search tool stores them — cut mid-speech, with page furniture, or holding several
items — read the way a careful clerk reads them.

- A column's bulleted items (◆ … / ☆ …) are each a news item: a county paper's 要闻简报 or a school column's 校园简讯 was
  read as one item (the ☆ dropped by cleaning as a pictograph; an item under 60 characters joined to the next as a
  scrap; a line ending on its reporter's names joined to the next item as the rest of a cut line).
- Numbered headlines each over a dated lead in the reporter's voice (1.某某召开… / 省里22日下午召开…) are each a news item.
- A speech that lists its own work with bullets, or numbers its points 1. 2. 3., keeps its points.
- A page cut right after 下面，我主要讲三个方面的问题： read the opening's 三层意思 above it as the three points; the points
  are what the page holds: none.
- A fiction site's chapter under its link line and 正文 (错误举报 / 正文 第十二章 …) is a novel, not a speech.
- The list an announcement reads out, （一）…； （二）…； （三）…。, then the points under the same headings: the list is
  what it will speak of, not three more points (a cut page read four, a whole one six).
- A school's news item is news when its lead gives the days as a range (12月23至24日，我校举办…) or opens on the
  occasion before its purpose and day (今年是…。为了…，3月12日上午，我校开展…); both were kept out as "other".

Every page here is our own writing (tests/fixtures/ingest53/).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest53"


def _read(name: str) -> list[Any]:
    from drafter.ingest.pipeline import analyse_text

    text = (FIXTURES / name).read_text(encoding="utf-8")
    return list(analyse_text(text, name, Path(name).stem).documents)


def _points(doc: Any) -> list[int] | None:
    return [len(p.subpoints) for p in doc.outline.points] if doc.outline is not None else None


@pytest.mark.parametrize(
    ("name", "kinds", "titles"),
    [
        # five ◆ items, one ending on its reporter's name with no stop
        (
            "column-diamond-items.txt",
            ["news"] * 5,
            ["镇里召开秋粮收购工作推进会", "镇党委组织开展基层党组织书记轮训", "镇综合文化站举办农民丰收节文艺展演",
             "镇里组织安全生产专项督查", "镇妇联联合卫生院开展健康义诊进村活动"],
        ),  # fmt: skip
        # four ☆ items of a school column, each under 60 characters
        (
            "column-star-items.txt",
            ["news"] * 4,
            ["城关小学举行秋季运动会开幕式", "实验中学组织开展防溺水安全教育主题班会", "东街幼儿园举办亲子阅读分享活动",
             "南湖小学开展消防应急疏散演练"],
        ),  # fmt: skip
        # three numbered headlines, each over its dated lead; the third item short
        (
            "numbered-headline-items.txt",
            ["news"] * 3,
            ["省里召开全省秋冬季农业生产工作会议", "市里部署冬季安全生产大检查", "县里启动冬季送温暖活动"],
        ),
    ],
)
def test_a_column_of_items_is_read_as_its_items(name: str, kinds: list[str], titles: list[str]) -> None:
    docs = _read(name)
    assert [d.kind for d in docs] == kinds
    assert [d.title for d in docs] == titles
    assert all(d.outline is None and not d.candidates for d in docs)  # news: nothing read as points or fragments


@pytest.mark.parametrize(
    ("name", "kind", "announced", "points"),
    [
        ("speech-bulleted-work.txt", "speech", 3, [0, 0, 0]),  # ◆我们召开了… under point 一: the speech's own work
        ("speech-numbered-points.txt", "speech", 3, [0, 0, 0]),  # 1.提高认识 over 农田水利是…我们要…: points
        ("cut-after-announcement.txt", "speech", 3, []),  # 三层意思 above 下面，我主要讲三个方面的问题：, then the cut
        ("novel-chapter.txt", "other", None, None),  # 错误举报 / 正文 第十二章 村里开会（2） / a story told in quotes
        ("report-numbered-dated-work.txt", "report", None, [3, 0]),  # 1.召开… / 3月5日，我局召开… under 一、: the report's
        ("report-bulleted-dated-work.txt", "report", None, []),  # ◆3月5日，我馆举办… under its title: the report's own work
        ("previewed-points-cut.txt", "speech", 3, [0]),  # 讲三个问题： / （一）…； （二）…； （三）…。 / （一）… cut: one point
        ("previewed-points-whole.txt", "speech", 3, [0, 0, 0]),  # the same list, then all three points: three, not six
        ("school-news-day-range.txt", "news", None, None),  # 12月23至24日，我校举办…: the days as a range
        ("school-news-occasion-first.txt", "news", None, None),  # 今年是…。为了…，3月12日上午，我校开展…: the occasion first
    ],
)
def test_a_cut_or_listed_page_keeps_what_it_holds(name: str, kind: str, announced: int | None, points: list[int] | None) -> None:
    (doc,) = _read(name)
    assert doc.kind == kind
    assert _points(doc) == points
    if doc.outline is not None:
        assert doc.outline.announced == announced


def test_the_opening_series_is_said_and_kept_in_the_opening() -> None:
    from drafter.ingest.classify import OPENING_SERIES_NOTE

    (doc,) = _read("cut-after-announcement.txt")
    assert any(w.startswith(OPENING_SERIES_NOTE) for w in doc.warnings)
    # no count error and no second reading: the points were cut off, not miscounted
    assert not [w for w in doc.warnings if "实际有" in w or w.startswith("结构存疑")]
    assert "看看半年成绩" in "".join(p.text for p in doc.outline.pieces)  # still in the document, as its opening


def test_bullets_and_items_told_apart() -> None:
    from drafter.ingest.bulleted import bullet_lines, item_title
    from drafter.ingest.numbereditems import next_numbered_item
    from drafter.ingest.para import Para

    assert bullet_lines("要闻\n☆城关小学举行运动会。\n◆近日，镇里召开会议。\n·一般列表") == {2: "☆", 3: "◆"}
    assert item_title([Para("◆6日上午，镇里召开推进会，部署工作。", 1, 1)]) == "镇里召开推进会"
    lead = "市里21日上午召开全市冬季安全生产工作会议，部署开展安全生产大检查。"
    listed = [Para("1.省里召开全省会议", 1, 1), Para("省里22日下午召开全省秋冬季农业生产工作会议，部署秋冬种工作，要求各地压实责任。", 2, 2)]
    assert next_numbered_item(listed, Para("2.市里部署大检查", 3, 3), lead)
    # a speech's numbered point over 我们 has no dated lead: never an item
    spoken = [Para("1.提高认识", 1, 1), Para("今年以来，我们抓好了各项工作，取得了明显成效，值得肯定。", 2, 2)]
    assert not next_numbered_item(spoken, Para("2.突出重点", 3, 3), "我们要突出重点，抓好高标准农田建设，不断提升农业综合生产能力。")
