"""Ingest generalised from batch 47's last misses (issue #13): a second document on one page that was not found, and a
speech read as a report by its site's category label; each class in two or three spellings of our own writing
(tests/fixtures/ingest/split31-*), never the pages' text."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_fixtures import ingest, shape


@pytest.mark.parametrize(
    ("name", "first_line"),
    [
        # a news item, （报道：某某）, the site's 用户登录 / 还没有账号？ / 立即注册 links, the next site's breadcrumb, then
        # 区第九次妇女代表大会开幕 over 2026年03月18日 09:20:41来源:某某网-某某日报 and 本报讯(记者 某某)…
        ("split31-second-byline-after-login.txt", 14),
        # a news item whose copy breaks off (我院第五届职工代表大会第三次会议在), then 建言献策  共谋医院发展 over
        # 作者:  来源:  录入者:admin   发布时间:…   点击数:
        ("split31-second-byline-after-cut.txt", 6),
        # an item that ends, then 某某社区举办消防安全培训班 over 本网讯(通讯员 某某)…: a headline over a wire lead, no byline
        ("split31-second-wire-lead-after-item.txt", 5),
        # an item whose last line breaks off after 40 characters with no stop (…坚决守住), then 某某社区举办老年人防诈骗讲座
        # over 来源:…作者:…发布时间:…: the headline is not the rest of the cut sentence
        ("split31-second-byline-after-long-cut.txt", 5),
    ],
)
def test_a_headline_over_a_byline_or_a_wire_lead_opens_the_pages_next_item(
    tmp_path: Path, name: str, first_line: int
) -> None:
    docs = ingest(tmp_path, name)
    assert [d["kind"] for d in docs] == ["news", "news"]
    assert docs[1]["lines"][0] == first_line


def test_a_byline_under_the_one_items_headline_and_under_its_photo_opens_nothing(tmp_path: Path) -> None:
    # 某某县召开…会议 / 来源:…作者:…发布时间:… / … / 图为会议现场 / 来源:…编辑:…: one item, its byline over it and under it
    (doc,) = ingest(tmp_path, "split31-second-guard-byline-single.txt")
    assert doc["kind"] == "news" and doc["lines"][0] == 1


@pytest.mark.parametrize(
    ("name", "titles"),
    [
        # a tag page listing four speeches, a line each: 在…大会上的讲话同志们、青年朋友们:…, cut with ...
        (
            "split31-second-listing-snippets-dots.txt",
            ["在全县五四青年节表彰大会上的讲话", "在全市青年人才座谈会上的讲话", "在全区青年志愿者誓师大会上的讲话", "在全镇优秀青年表彰会上的讲话"],
        ),
        # the same with 致辞 and 发言 and the cut marked 。。。
        ("split31-second-listing-snippets-stops.txt", ["在全县教师节庆祝大会上的致辞", "在全市优秀教师代表座谈会上的发言"]),
    ],
)
def test_each_snippet_of_a_listing_is_a_speech_of_its_own(tmp_path: Path, name: str, titles: list[str]) -> None:
    docs = ingest(tmp_path, name)
    assert [d["title"] for d in docs] == titles
    assert [d["lines"] for d in docs] == [[n, n] for n in range(1, len(titles) + 1)]
    assert {d["kind"] for d in docs} == {"speech"}


@pytest.mark.parametrize(
    ("name", "count", "subpoints"),
    [
        # 在全县教育工作会议上的讲话 / 工作报告 (the site's category) / 同志们： / … / 一、“十四五”期间全县教育事业发展情况
        ("split31-kind-speech-site-label-report.txt", 3, [2]),
        # 副县长在全县卫生健康工作会议上的讲话 / 工作总结 / 各位领导、同志们： / … / 一、过去五年…发展回顾
        ("split31-kind-speech-site-label-summary.txt", 2, [0, 0]),
        # no label: a first point that reviews the past five years (…期间…发展情况, 各项事业指标完成情况) is a speech's
        ("split31-kind-speech-review-point-no-label.txt", 2, [0, 0]),
    ],
)
def test_a_speech_under_its_own_title_and_salutation_is_no_report_for_a_category_label(
    tmp_path: Path, name: str, count: int, subpoints: list[int]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("speech", count, subpoints)


def test_a_work_report_under_a_bare_label_stays_a_report(tmp_path: Path) -> None:
    # 工作报告 / 各位代表： / 现在，我代表县人民政府，向大会报告工作: the label is the report's only title
    (doc,) = ingest(tmp_path, "split31-kind-guard-bare-label-work-report.txt")
    assert doc["kind"] == "report"
