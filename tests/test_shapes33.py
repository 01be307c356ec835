"""The same documents as they arrive through every copying channel, written by us (issue #13, shapes33): a census by channel.

tests/fixtures/ingest/shapes33-*.txt are 41 pages of our own writing, 47 pieces, each a speech (一、 with （一）, 一是…, 首先/其次,
第一/第二), report, news item, letter or notice as a channel delivers it: a county site's CMS page (cms: breadcrumbs, 来源/发布时间/
浏览次数, 【字体：大 中 小】, 上一篇/下一篇, 备案号), a WeChat mirror (wx: 原创, 点击蓝字, 编者按, 编辑/审核, 往期推荐, 在看), a 范文 site
(fw: 篇一/篇二, 【导语】, 下载文档/会员, 本文由…整理), a document-sharing preview (wk: 第1页/共6页, 还剩3页未读, the title repeated on each
page), a PDF or Word print (pdf: lines broken mid-sentence and mid-heading, page numbers, a running header, 文号, 附件, 抄送/印发),
a forum or blog post (bbs/blog: 楼主, 回复, 签名), an OA or e-mail export (oa: 主题/发件人/收件人/附件) and a news portal's reprint
(np: 责任编辑, 【纠错】, 免责声明). The reading a careful clerk gives each is in shapes33-clerk/expected.json, in
bench/archive_eval.py's format; shapes33-later-* are ten pages written after the rules, read last."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from archive_fixtures import INGEST, clerk_readings, ingest, shape

CLERK: dict[str, list[dict[str, Any]]] = json.loads(
    (INGEST / "shapes33-clerk" / "expected.json").read_text(encoding="utf-8")
)
# Ten pages written after the rules, in other wordings (a 第 1 页 共 3 页 PDF report, a 回复： mail with its -----原始邮件-----,
# WeChat items numbered 01/02, a traditional portal speech, two notices on a 范文 page, a forum 感谢信, a CMS 述职 with run-in
# 一是, a preview of 第一…第四, a PDF speech of 首先/其次/最后, a blog's item over the speech it prints), read last: 12/13
# with the census's first rules (the school's 关于寒假放假有关事项的通知 to 各位家长： read as a speech), 13/13 after.
LATER: dict[str, list[dict[str, Any]]] = json.loads(
    (INGEST / "shapes33-later-clerk" / "expected.json").read_text(encoding="utf-8")
)
CHANNELS = ("cms", "wx", "fw", "wk", "pdf", "bbs", "blog", "oa", "np")


def _channel(name: str) -> str:
    return name.removeprefix("shapes33-").removeprefix("later-").split("-")[0]


def test_the_census_holds_forty_pages_every_kind_through_two_channels_or_more() -> None:
    assert len(CLERK) >= 40
    assert {_channel(n) for n in CLERK} == set(CHANNELS)
    for kind in ("speech", "report", "news", "letter", "other"):
        channels = {
            _channel(n) for n, entries in CLERK.items() if any(e["kind"] == kind for e in entries)
        }
        assert len(channels) >= 2, (kind, channels)
    assert sum(len(entries) > 1 for entries in CLERK.values()) >= 5  # pages of two or three pieces
    assert len(LATER) == 10


@pytest.mark.parametrize("name", [*sorted(CLERK), *sorted(LATER)])
def test_each_page_is_read_as_the_clerk_reads_it(tmp_path: Path, name: str) -> None:
    docs = ingest(tmp_path, name)
    entries = CLERK.get(name) or LATER[name]
    assert len(docs) == len(entries), [d["title"] for d in docs]
    for doc, entry in zip(docs, entries, strict=True):
        assert shape(doc) in clerk_readings(entry), (entry["title"], shape(doc))


def _removed(tmp_path: Path, name: str) -> dict[str, str]:
    from drafter.ingest import ingest_paths

    (tmp_path / "lib").mkdir(parents=True, exist_ok=True)
    report = ingest_paths(
        [INGEST / name], library=tmp_path / "lib", corpus=tmp_path / "corpus", dry_run=True
    ).as_dict()
    return {r["text"]: r["reason"] for f in report["files"] for r in f["removed"]}


def test_an_oa_or_mail_header_is_taken_out_and_its_subject_titles_an_untitled_text(
    tmp_path: Path,
) -> None:
    # 主题：【通知】关于报送…的通知 / 发件人：… / 收件人：… / 时间：… / 附件：… over 各乡镇党委，县直各单位： (was: the header read as a
    # document of its own, the notice untitled)
    (doc,) = ingest(tmp_path, "shapes33-oa-notice-email.txt")
    assert doc["title"] == "关于报送2026年上半年工作总结的通知"
    removed = _removed(tmp_path, "shapes33-oa-notice-email.txt")
    assert removed["发件人：县委办公室综合科"] == "邮件或办公系统导出的信头"
    # 主题:关于…的报告 / 发件人:… over 县委、县政府: and half-width stops (was: a report of three header lines, then "other")
    (report,) = ingest(tmp_path, "shapes33-oa-report-email-halfwidth.txt")
    assert shape(report) == ("report", None, [0, 2, 0])
    assert report["title"] == "关于2026年第三季度信访工作情况的报告"


def test_a_forwarded_mail_keeps_the_speech_and_drops_the_cover_note(tmp_path: Path) -> None:
    # 各单位：现将县长在…讲话转发给你们… / -------- 原始邮件 -------- / 在全县安全生产工作会议上的讲话 (was: the note a document)
    (doc,) = ingest(tmp_path, "shapes33-oa-speech-forwarded.txt")
    assert doc["title"] == "在全县安全生产工作会议上的讲话"
    assert doc["lines"][0] == 8
    removed = _removed(tmp_path, "shapes33-oa-speech-forwarded.txt")
    assert "邮件的转发说明" in removed.values() and "转发邮件的分隔线" in removed.values()


def test_a_pdf_prints_head_and_colophon_are_no_document(tmp_path: Path) -> None:
    # XX县人民政府办公室文件 / X政办发〔2026〕12号 … 附件：1.… 2.… / 落款 / （此件公开发布） / — 2 — / 抄送：… / …印发 (was: two
    # documents, the second the attachment list and the colophon)
    (doc,) = ingest(tmp_path, "shapes33-pdf-notice-wenhao.txt")
    assert doc["title"] == "关于做好2026年春节期间安全生产工作的通知"
    removed = _removed(tmp_path, "shapes33-pdf-notice-wenhao.txt")
    assert removed["X政办发〔2026〕12号"] == "公文版头（发文机关标志、文号）"
    assert (
        removed["抄送：县委办公室，县人大常委会办公室，县政协办公室。"] == "公文版记（抄送、印发）"
    )


def test_a_titled_issuing_notice_keeps_the_plan_it_prints_as_its_attachment(tmp_path: Path) -> None:
    # 关于印发《XX县…实施方案》的通知 / … / 附件：XX县…实施方案 / 落款 / 附件 / XX县…实施方案 / 一、… (was: two documents; a titled
    # 关于印发 notice and what it issues are one, batch 30's reading)
    assert [d["kind"] for d in ingest(tmp_path, "shapes33-pdf-two-notice-then-plan.txt")] == [
        "other"
    ]


def test_a_pdf_running_header_and_a_heading_cut_by_the_line_width(tmp_path: Path) -> None:
    # — 2 — / 县长在全县2026年经济工作会议上的讲话 (the page's header) and 二、…经济高质量发 / 展 (was: a second speech of one point,
    # its first point cut)
    (doc,) = ingest(tmp_path, "shapes33-pdf-speech-hard-breaks.txt")
    assert [p["heading"] for p in doc["points"]] == [
        "准确把握当前经济形势，坚定做好今年工作的信心",
        "突出重点，全力推动经济高质量发展",
        "转变作风，确保各项目标任务落到实处",
    ]


def test_half_width_stops_end_the_lines_a_pdf_broke(tmp_path: Path) -> None:
    # 第一,要认清….人居环境…的 / 成色.… (was: the whole speech joined into one paragraph, no points)
    (doc,) = ingest(tmp_path, "shapes33-pdf-speech-halfwidth-diyi.txt")
    assert shape(doc) == ("speech", 3, [0, 0, 0])


def test_a_wechat_call_and_a_bracketed_editors_note_are_no_document(tmp_path: Path) -> None:
    # ↑点击上方蓝字“某某县教育”关注我们 / 【编者按】…现将讲话全文推送，供大家学习。 (was: a document of their own)
    (doc,) = ingest(tmp_path, "shapes33-wx-speech-yishi-points.txt")
    assert doc["kind"] == "speech"
    removed = _removed(tmp_path, "shapes33-wx-speech-yishi-points.txt")
    assert removed["↑点击上方蓝字“某某县教育”关注我们"] == "公众号文章格式"
    assert any(
        reason == "网页编者按" and text.startswith("【编者按】") for text, reason in removed.items()
    )


def test_a_sites_dated_meeting_item_over_the_speech_it_prints_is_news(tmp_path: Path) -> None:
    # 全县乡村振兴工作推进会召开 / 5月14日，…召开。…出席会议并讲话…。会议印发了讲话全文，现刊登如下。 / 在…上的讲话 (was: the item
    # removed as a bulletin's lead; a paper's 摘登 lead that tells the meeting is its own news, as batch 49 decided)
    news, speech = ingest(tmp_path, "shapes33-cms-two-news-then-speech.txt")
    assert (news["kind"], news["title"]) == ("news", "全县乡村振兴工作推进会召开")
    assert speech["kind"] == "speech"


def test_a_portals_place_colon_headline_is_a_news_headline(tmp_path: Path) -> None:
    # 岚溪县：小茶叶撑起乡村振兴大产业 / 近日，走进… (was: other)
    (doc,) = ingest(tmp_path, "shapes33-np-news-reprint.txt")
    assert doc["kind"] == "news"


def _fragment_texts(tmp_path: Path, name: str) -> str:
    from archive_fixtures import fragments

    return "\n".join(str(f) for f in fragments(tmp_path, name))


def test_a_forum_posts_signature_buttons_and_replies_stay_out_of_the_speech(tmp_path: Path) -> None:
    # …带领群众把村里的事情办得更好。 / ------ / 公文写作，贵在实在。欢迎交流。 / 回复 引用 举报 / 沙发 … 发表于 … / 学习了… (was: the
    # signature and buttons in the last point's fragment, no closing found)
    (doc,) = ingest(tmp_path, "shapes33-bbs-speech-louzhu.txt")
    assert not any(w.startswith("没有找到结束语") for w in doc["warnings"])
    texts = _fragment_texts(tmp_path, "shapes33-bbs-speech-louzhu.txt")
    assert "欢迎交流" not in texts and "回复" not in texts and "学习了" not in texts
    removed = _removed(tmp_path, "shapes33-bbs-news-repost.txt")
    assert removed["周末带孩子去看看！"] == "论坛回帖"


def test_a_cms_pages_related_links_and_a_papers_compiler_credit_stay_out(tmp_path: Path) -> None:
    # 相关链接： / 县水利局召开…部署会 / 全县山洪灾害防御演练举行 under the closing (was: in the last point, no closing found)
    texts = _fragment_texts(tmp_path / "a", "shapes33-cms-speech-yi-bracket-subs.txt")
    assert "山洪灾害防御演练" not in texts
    # …开创全市民营经济发展新局面！ / （本报记者 某某 整理） (was: the credit in the closing, read into the last point)
    texts = _fragment_texts(tmp_path / "b", "shapes33-np-speech-summary.txt")
    assert "整理" not in texts
    (doc,) = ingest(tmp_path / "c", "shapes33-np-speech-summary.txt")
    assert not any(w.startswith("没有找到结束语") for w in doc["warnings"])


def test_a_titled_notice_to_parents_is_a_notice_not_a_speech(tmp_path: Path) -> None:
    # 篇二：关于寒假放假有关事项的通知 / 各位家长： / … / 一、… 二、… / 某某小学 / 2026年1月15日, no 通知如下 (was: a speech of two
    # points; the held-out page the census's first rules missed)
    _first, second = ingest(tmp_path, "shapes33-later-fw-two-notices.txt")
    assert shape(second) == ("other", None, [])


def test_a_blogs_counters_neighbours_and_comments_stay_out_of_the_closing(tmp_path: Path) -> None:
    # …把统计工作做得更好。 / 分享： / 阅读(86)┆ 评论 (2)┆ 收藏(0)… / 前一篇：… / 后一篇：… / 评论 / [游客] 很有参考价值… (was: all of
    # it in the closing fragment; then, the counters gone, 评论 and the comment in the last point and no closing found)
    (doc,) = ingest(tmp_path / "a", "shapes33-blog-speech-diyi-subs.txt")
    assert not any(w.startswith("没有找到结束语") for w in doc["warnings"])
    texts = _fragment_texts(tmp_path / "b", "shapes33-blog-speech-diyi-subs.txt")
    assert "阅读(86)" not in texts and "游客" not in texts and "前一篇" not in texts


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("shapes33-np-news-reprint.txt", "岚溪县：小茶叶撑起乡村振兴大产业"),  # (was: no title)
        (
            "shapes33-bbs-news-repost.txt",
            "我县举办首届农民丰收节",
        ),  # 【转帖】我县… (was: the tag in the title)
        (
            "shapes33-later-blog-news-then-speech.txt",
            "全镇脱贫攻坚成果巩固工作会议召开（附讲话）",
        ),  # (was: 某某的博客 › 工作札记)
    ],
)
def test_a_channels_headline_is_the_news_items_title(tmp_path: Path, name: str, title: str) -> None:
    assert ingest(tmp_path, name)[0]["title"] == title


def test_a_sharing_pages_download_box_is_no_part_of_the_closing(tmp_path: Path) -> None:
    # …迈上新台阶。 / 第3页/共6页 / 还剩3页未读，继续阅读 / 下载文档到电脑，查找使用更方便 / 10 积分 (was: in the closing fragment)
    removed = _removed(tmp_path, "shapes33-wk-speech-pages.txt")
    assert removed["下载文档到电脑，查找使用更方便"] == "文库页面信息"
    assert removed["10 积分"] == "文库页面信息"
