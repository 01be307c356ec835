"""Ingest generalised from batch 45's misses (issue #13): each class of shape in two or three spellings of our own
writing (tests/fixtures/ingest/gen31-*), never the pages' text."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_fixtures import ingest, shape


@pytest.mark.parametrize(
    ("name", "title"),
    [
        # 植樹節活動總結報告多篇 / 植樹節活動總結報告1 / 為…,我校於週五上午…組織開展了…活動。…活動由…主持。: traditional, the
        # piece's number after the title, the event told from its start to its end (was: other, no title)
        ("gen31-kind-activity-summary-traditional.txt", "植树节活动总结报告1"),
        # 某某社区“学雷锋志愿服务月”活动总结 / 3月5日上午，社区在…举行…启动仪式，…出席并讲话: a dated lead (was: news)
        ("gen31-kind-activity-summary-told.txt", "某某社区“学雷锋志愿服务月”活动总结"),
        # 学校消防安全宣传周活动总结范文 篇二: the site's label and piece number after it (was: other, the title lost)
        ("gen31-kind-activity-summary-week-number.txt", "学校消防安全宣传周活动总结范文篇二"),
    ],
)
def test_the_summary_of_an_event_is_a_report_however_newslike_it_reads(
    tmp_path: Path, name: str, title: str
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("report", None, []) and doc["title"] == title


def test_news_of_a_meeting_that_sums_up_an_event_stays_news(tmp_path: Path) -> None:
    # 某某镇召开安全生产月活动总结会 / 6月30日下午，某某镇召开…总结会: the meeting's news, not the summary
    (doc,) = ingest(tmp_path, "gen31-kind-activity-summary-guard-news.txt")
    assert shape(doc) == ("news", None, [])


@pytest.mark.parametrize(
    ("name", "title"),
    [
        # 镇卫生院院务会议制度第一章总则 run into one line under a document host's 文档简介; every article says 会议, 召开,
        # 主持 (was: news)
        ("gen31-rules-meeting-rules-run-in.txt", "镇卫生院院务会议制度"),
        # no title, 第一条 为…规范机关会议管理…制定本办法。 / 第二条 局党组会议由…召集并主持… (was: news)
        ("gen31-rules-meeting-articles-untitled.txt", ""),
        # …值班管理制度第一章总则 (was: other, with no genre or title)
        ("gen31-rules-title-run-into-chapter.txt", "社区卫生服务中心值班管理制度"),
        # 學校教職工考勤管理辦法第一章總則 in traditional characters (was: other, with no genre or title)
        ("gen31-rules-traditional-run-in.txt", "学校教职工考勤管理办法"),
        # …管理规定 / 第一条 … 制定本规定。 / 第二条 … (no chapters): as before, and now with its title
        ("gen31-rules-articles-no-chapters.txt", "机关公务用车使用管理规定"),
    ],
)
def test_rules_in_numbered_articles_are_rules_whatever_they_regulate(
    tmp_path: Path, name: str, title: str
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert (doc["kind"], doc["genre"], doc["title"], doc["points"], doc["fragments"]) == (
        "other",
        "规章制度",
        title,
        [],
        {},
    )


@pytest.mark.parametrize(
    ("name", "lead_title"),
    [
        # headline 一封写给全市会员的慰问信 / 时间…来源… / two paragraphs: what the committee did, that it 委派办公室向全市会员
        # 发出了一封慰问信 / 慰问信 / 坚守在防控一线的会员同志们： / the letter (was: one letter, the account inside it)
        ("gen31-lead-then-letter-condolence.txt", "一封写给全市会员的慰问信"),
        # …县妇联向全县广大妇女和家庭发出倡议，号召大家… / 倡议书 / 全县广大妇女姐妹们： / … / 县妇联 / the date
        ("gen31-lead-then-letter-proposal.txt", "县妇联向全县妇女发出节约粮食倡议"),
        # 近日，某某镇民政办收到一封来自…的感谢信。… / 感谢信 / 尊敬的镇民政办领导和工作人员： / … / the signer, the date
        ("gen31-lead-then-letter-thanks.txt", "一封来自受助家庭的感谢信"),
    ],
)
def test_a_pages_account_of_a_letter_and_the_letter_under_its_own_title_are_two_documents(
    tmp_path: Path, name: str, lead_title: str
) -> None:
    lead, letter = ingest(tmp_path, name)
    assert (lead["kind"], lead["title"], lead["points"]) == ("news", lead_title, [])
    assert (letter["kind"], letter["genre"], letter["fragments"]) == ("other", "书信", {})
    assert lead["lines"][1] < letter["lines"][0]


def test_a_letter_printed_in_full_under_a_one_line_lead_stays_one_letter(tmp_path: Path) -> None:
    # guard: 10月12日，…向我院发来贺信… / 贺信全文如下： / 某某师范学院： / …: the lead only says who sent it (batch 30)
    (doc,) = ingest(tmp_path, "letter-congratulation-printed-in-full-under-news-lead.txt")
    assert (doc["kind"], doc["genre"]) == ("other", "书信")


@pytest.mark.parametrize(
    ("name", "count"),
    [
        # 下面，我讲三个方面的问题。 / 提高认识，… (a heading with no number) / … / 可以说，对安全生产工作重视的程度 (the copy
        # stops): was read as a second unnumbered heading
        ("gen31-cut-connective-kesuoshuo.txt", 3),
        # … / 实践证明，哪里的干部作风过硬 (the copy stops)
        ("gen31-cut-connective-shijian.txt", 2),
        # … / 因此，我们必须把这项工作作为 (the copy stops on a word a heading may end on)
        ("gen31-cut-connective-yinci.txt", 3),
    ],
)
def test_a_cut_sentence_opening_on_a_connective_is_no_heading(tmp_path: Path, name: str, count: int) -> None:
    # one unnumbered heading alone is no series of points (as before): what matters is that the cut line is not one
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("speech", count, [])


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # 今天這堂黨課，主要圍繞3個“xue”（學、雪、血）展開 / 第一個關鍵字:學 / … / 第二個關鍵字:雪 (traditional)
        ("gen31-keyword-points-traditional.txt", ("speech", 3, [0, 0])),
        # 主要围绕三个“字”展开：实、干、廉。 / 第一个字：实 / 第二个字：干 / 第三个字：廉
        ("gen31-keyword-points-character.txt", ("speech", 3, [0, 0, 0])),
        # 我想围绕两个关键词和大家交流。 / 第一个关键词：担当 / 第二个关键词：学习
        ("gen31-keyword-points-words.txt", ("speech", 2, [0, 0])),
        # 我主要围绕四个关键字来讲：信、学、干、廉。 / 第一个关键字：信 / … (the copy hides the rest): the one point seen
        ("gen31-keyword-points-cut-after-first.txt", ("speech", 4, [0])),
    ],
)
def test_a_talk_around_its_key_words_announces_them_and_each_heads_a_point(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]]
) -> None:
    (doc,) = ingest(tmp_path, name)  # (before: no count announced; 第一个关键字： / 第一个字： no numbered heading)
    assert shape(doc) == want
    assert all(len(p["heading"]) <= 2 for p in doc["points"])  # the key word itself (信, 担当), the ordinal gone
