"""Pages of every kind an archive holds, written by us (issue #13, shapes32): a census by genre, not by batch.

tests/fixtures/ingest/shapes32-*.txt are 44 pages of our own writing in the shapes a county, city, school, 范文 or WeChat
site prints them (menus, bylines, 浏览次数, 上一篇/下一篇, 责任编辑, page tails), one to three pieces a page; the reading
a careful clerk gives each (kinds, announced count, points, sub-points) is in shapes32-clerk/expected.json, in
bench/archive_eval.py's format, so the census is measured the same way as the sealed batches."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from archive_fixtures import INGEST, clerk_readings, ingest, shape

CLERK: dict[str, list[dict[str, Any]]] = json.loads((INGEST / "shapes32-clerk" / "expected.json").read_text(encoding="utf-8"))
# Ten pages written after the rules, in other spellings (日前，, 本报讯 after 谢谢！, a traditional 通报, a halfwidth 工作要点, a
# news item over the 倡议书 or 慰问信 it tells of…), read before any change: 11/14 with integ32's drafter, 14/14 with the rules.
LATER: dict[str, list[dict[str, Any]]] = json.loads(
    (INGEST / "shapes32-later-clerk" / "expected.json").read_text(encoding="utf-8")
)


def test_the_census_holds_at_least_forty_pages_of_every_genre_the_brief_names() -> None:
    assert len(CLERK) >= 40
    kinds = {e["kind"] for entries in CLERK.values() for e in entries}
    assert kinds == {"speech", "report", "news", "letter", "other"}
    assert sum(len(entries) > 1 for entries in CLERK.values()) >= 12  # pages of two or three pieces


# XX市科学技术局2026年工作要点: its items numbered through the document (1. 2. under 一、, 3. 4. under 二、…); ingest takes only
# a series that starts at 1 as a part's sub-points, and reads [2, 0, 0, 0] (left: the sub-point reader is pointbody's)
_THROUGH_NUMBERED = pytest.param(
    "shapes32-work-points-outline.txt",
    marks=pytest.mark.xfail(strict=True, reason="sub-points numbered through the document are not read past the first part"),
)


@pytest.mark.parametrize(
    "name", [_THROUGH_NUMBERED if n == "shapes32-work-points-outline.txt" else n for n in [*sorted(CLERK), *sorted(LATER)]]
)
def test_each_page_is_read_as_the_clerk_reads_it(tmp_path: Path, name: str) -> None:
    docs = ingest(tmp_path, name)
    entries = CLERK.get(name) or LATER[name]
    assert len(docs) == len(entries), [d["title"] for d in docs]
    for doc, entry in zip(docs, entries, strict=True):
        assert shape(doc) in clerk_readings(entry), (entry["title"], shape(doc))


@pytest.mark.parametrize(
    ("name", "kinds"),
    [
        # 我镇召开秋季防火工作部署会 / 10月9日，… / 发布时间 / 我镇开展重阳节敬老慰问活动 / 10月11日，… (was: one item)
        ("shapes32-two-news-items.txt", ["news", "news"]),
        # 秋粮收购进度过半 / 10月15日，记者从…了解到… / 发布时间 / 小小菜园里的大变化 / 10月16日，走进东庄村…: headlines naming no
        # event, short items, written after the rules (was: one item; then the first, a scrap, joined to the second)
        ("shapes32-two-news-items-plain-headline.txt", ["news", "news"]),
        # a speech greeted 同志们： that ends on its last point (…落到实处。) / 全县…会议召开 / 10月28日，…: the meeting's news,
        # written after the rules (was: the news item read into the speech's last point)
        ("shapes32-two-speech-then-news-no-closing.txt", ["speech", "news"]),
        # 倡议书 signed and dated / 我市开展节水宣传进社区活动 / 7月16日，… (was: the news item inside the 倡议书)
        ("shapes32-two-proposal-then-news.txt", ["other", "news"]),
        # 为…，县安委办向全县人民发出一封公开信。 / 致全县人民群众的一封公开信 / 全县广大人民群众： (was: one letter)
        ("shapes32-two-news-then-open-letter-wechat.txt", ["news", "other"]),
        # …活动现场宣读了…发来的贺信。 / …掌声不断。 / 贺信全文如下： / 贺　信 / 全县广大志愿者： (was: one letter)
        ("shapes32-two-news-then-letter.txt", ["news", "other"]),
        # a speech's last words / 关于开展…专项行动的通知 / 各街道，区直有关单位： (was: the notice's items as the speech's points)
        ("shapes32-two-speech-then-notice.txt", ["speech", "other"]),
        # 各乡镇人民政府…：现将《…方案》印发给你们… / 办公室 / 2026年10月8日 / …工作方案 (was: one document)
        ("shapes32-two-notice-untitled-then-plan.txt", ["other", "other"]),
        # 我县召开2026年教育工作会议 / 2月26日，… (a short item) / 在…会议上的讲话 / 同志们： / … / 县教育局部署… (was: the
        # item joined to the speech as its scrap, the last item not split)
        ("shapes32-three-news-speech-news.txt", ["news", "speech", "news"]),
    ],
)
def test_the_next_piece_opens_the_way_its_genre_opens(tmp_path: Path, name: str, kinds: list[str]) -> None:
    assert [d["kind"] for d in ingest(tmp_path, name)] == kinds


@pytest.mark.parametrize(
    ("name", "note"),
    [
        ("shapes32-public-notice-appointment.txt", "公告或公示"),  # …任前公示的公告 / 现予以公示 (was: news)
        ("shapes32-leaders-profile-duties.txt", "领导班子成员和分工"),  # (was: news)
    ],
)
def test_an_offices_own_genres_are_kept_out_and_named(tmp_path: Path, name: str, note: str) -> None:
    doc = ingest(tmp_path, name)[-1]
    assert shape(doc) == ("other", None, [])
    assert any(w.startswith(note) for w in doc["warnings"]), doc["warnings"]


@pytest.mark.parametrize(
    ("name", "attachment"),
    [
        ("shapes32-notice-convene-meeting.txt", "附件：参会回执"),  # then the office, the date, the page's tail
        ("shapes32-notice-issue-plan-titled.txt", "附件：1.重点任务分解表"),  # then 2.年度目标任务表
    ],
)
def test_a_notices_attachment_names_stay_with_the_notice(tmp_path: Path, name: str, attachment: str) -> None:
    (doc,) = ingest(tmp_path, name)  # (was: a second, empty document 讲话后面的附件)
    lines = (INGEST / name).read_text(encoding="utf-8").splitlines()
    assert attachment in lines[doc["lines"][1] - 1 :] or attachment in lines[doc["lines"][0] - 1 : doc["lines"][1]]


def test_an_event_told_with_its_day_is_news_not_a_letter(tmp_path: Path) -> None:
    # 我镇开展重阳节敬老慰问活动 / 10月11日，…走访慰问了…送去慰问品: told in the third person (was: other, 书信)
    _first, second = ingest(tmp_path, "shapes32-two-news-items.txt")
    assert second["kind"] == "news"
    assert second["title"] == "我镇开展重阳节敬老慰问活动"


@pytest.mark.parametrize(
    ("name", "kinds"),
    [
        # 9月10日，县教育局向我校发来贺信，…。贺信全文如下： / 贺　信: one line hands the letter over — one letter (batch 30)
        ("shapes32-guard-letter-one-line-lead.txt", ["other"]),
        # a 总结's unnumbered parts, each over a dated paragraph (组织召开…动员会 / 6月1日，我局召开…): one report
        ("shapes32-guard-report-dated-parts.txt", ["report"]),
    ],
)
def test_guards_the_pieces_before_did_not_close_stay_one(tmp_path: Path, name: str, kinds: list[str]) -> None:
    assert [d["kind"] for d in ingest(tmp_path, name)] == kinds
