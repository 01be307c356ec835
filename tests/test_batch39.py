"""Ingest on the kinds, counts and points batch 39 showed (issue #13). Our own fixtures, reproducing the shapes only."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_fixtures import ingest, shape


@pytest.mark.parametrize(
    ("name", "title", "want"),
    [
        # 在公司2026年度工作总结 | 暨发展规划大会上的讲话 over a PDF's hard-wrapped lines (下 | 面，我讲三点意见。): the first
        # half of the title alone reads as a 工作总结's, and the speech was read as a report
        ("speech-pdf-title-broken-before-ji-report-words.txt", "在公司2026年度工作总结暨发展规划大会上的讲话", ("speech", 3, [2])),
        # 在县卫生健康局2026年工作总结 | 表彰会议上的讲话 / （2027年1月8日）: the same break, the date under the title
        ("speech-title-broken-after-work-summary-dated.txt", "在县卫生健康局2026年工作总结表彰会议上的讲话", ("speech", 2, [0, 0])),
    ],
)
def test_a_speech_title_broken_over_two_lines_is_one_title(tmp_path: Path, name: str, title: str, want: tuple[object, ...]) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want
    assert doc["title"] == title


@pytest.mark.parametrize(
    ("name", "heads"),
    [
        # 三篇…专题党课 / 第1篇：筑牢信仰之基 补足精神之钙 / … / 随着形势任务的不断变化，一些党员的思想也出现了 (cut): the piece's
        # title and the cut sentence were read as two unnumbered headings
        ("speech-collection-piece-cut-on-a-clause.txt", []),
        # two bare headings, each over its paragraph, then 随着…，…也逐渐增多了 where the copy stops: two points, not three
        ("speech-two-bare-headings-then-a-cut-clause.txt", ["统一思想，提高认识", "突出重点，狠抓落实"]),
    ],
)
def test_a_sentence_cut_where_the_copy_stops_is_no_heading(tmp_path: Path, name: str, heads: list[str]) -> None:
    (doc,) = ingest(tmp_path, name)
    assert doc["kind"] == "speech"
    assert [p["heading"] for p in doc["points"]] == heads


@pytest.mark.parametrize(
    "name",
    [
        # 元旦假期刚过,县人民医院即召开…院务扩大会议… / 会议由院长某某主持,… 最后李院长强调:1、…大家要…2、…我们…3、…: the
        # meeting's day said in words (no date) and the chair's words reported with their 大家 and 我们; read as a speech
        "news-meeting-held-day-in-words-chair-run-in-123.txt",
        # 开学第一周，某某小学召开全体教职工大会… / 大会由校长某某主持。 / 最后王校长…提出了三点要求：一是大家要…
        "news-school-meeting-held-chair-first-second-third.txt",
    ],
)
def test_a_meeting_told_as_held_and_chaired_is_news(tmp_path: Path, name: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("news", None, [])


@pytest.mark.parametrize(
    "name",
    [
        # 1、…捐助建议书 7月9日夜间,… / 2、困难。…镇党委、镇政府特向…发出爱心捐助建议:…: a document site's page chunks, the
        # appeal called 建议 (not 倡议) and told in 我们; read as a speech
        "letter-one-line-appeal-called-proposal-page-chunks.txt",
        # …建议书 / 同志们、朋友们： / …机关党委现建议如下： / 一、我们每个人都要…: a 建议书 with a 称谓 a speech could have
        "letter-proposal-with-salutation-suggests-as-follows.txt",
    ],
)
def test_an_appeal_that_proposes_is_a_letter(tmp_path: Path, name: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("other", None, [])


def test_a_hosts_agenda_items_opened_after_the_meeting_word_are_its_business(tmp_path: Path) -> None:
    # 本次大会的议程有三项：一是…； / 二是… / 三是… / 下面进行会议第一项议程：… / 下面进行会议第二项议程：… / …第三项…: the chair's
    # 进行 before 会议 (not 会议进行第一项) still opens the first item (line 7); split49: the items are no points
    (doc,) = ingest(tmp_path, "speech-host-agenda-three-items-opened-after-meeting-word.txt")
    assert shape(doc) == ("speech", None, [])
    assert "主持词：议程各项是会议的程序，不读作论点（原文第7行起）" in doc["warnings"]


def test_numbered_calls_under_a_bare_agenda_heading_are_the_agendas_items(tmp_path: Path) -> None:
    # 会议议程 / 1、请李局长就…做部署。 / 2、请王局长…作部署，他讲话的题目是《…》。 / 3、某某副县长就…作重要讲话。: the agenda
    # under its heading without a colon; 1 and 3 were read as two points (then none, then all three from shapes42): the
    # order of business, all three items told (line 5 on), no points (split49), no count announced
    (doc,) = ingest(tmp_path, "speech-host-bare-agenda-heading-numbered-calls.txt")
    assert shape(doc) == ("speech", None, [])
    assert "主持词：议程各项是会议的程序，不读作论点（原文第5行起）" in doc["warnings"]


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # site name / breadcrumb / 关于…的交流发言 (twice) / 近日，…会议召开，… / 一要… / 二要… (cut): the title was not read as one,
        # and the 近日 lead (the occasion, not a news item's) made it news
        ("speech-exchange-remarks-title-dated-lead-yao-points.txt", ("speech", None, [0, 0])),
        # 读书班专题研讨发言 / 日前，…举行专题读书班…谈三点认识。 / 一是… / 二是… / 三是…
        ("speech-seminar-remarks-title-recent-lead-first-second.txt", ("speech", 3, [0, 0, 0])),
    ],
)
def test_exchange_and_seminar_remarks_are_speeches_under_a_recent_lead(tmp_path: Path, name: str, want: tuple[object, ...]) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want


@pytest.mark.parametrize(
    ("name", "title"),
    [
        # 竞选镇长演讲稿 / 第三，我有…… (page two of a split article, no 称谓) / …我向各位领导、各位评委郑重承诺… / 谢谢大家！: read
        # as neither speech nor news
        ("speech-campaign-speech-title-page-two-no-salutation.txt", "竞选镇长演讲稿"),
        # 竞聘办公室主任演讲稿 / 我叫某某，… / …谢谢大家！
        ("speech-post-competition-speech-first-person.txt", "竞聘办公室主任演讲稿"),
    ],
)
def test_a_campaign_speech_titled_yanjianggao_is_a_speech(tmp_path: Path, name: str, title: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert doc["kind"] == "speech"
    assert doc["title"] == title


@pytest.mark.parametrize(
    ("name", "title", "want", "head"),
    [
        # 在全县 | “ | 双争 | ” | 活动推进会上的讲话 / … / 下面，我就深入开展 | “ | 双争 | ” | 活动讲三点意见。: each mark on a line of
        # its own; the title lost its start and the count was not read
        ("speech-title-quoted-word-marks-on-lines-announcement.txt", "在全县“双争”活动推进会上的讲话", ("speech", 3, [0, 0, 0]), "提高认识，把握活动的目标要求"),
        # 一、统一思想，充分认识做好 | “ | 三夏 | ” | 工作的重要性: the heading was cut at the first mark
        ("speech-quoted-word-marks-on-lines-of-their-own.txt", "在全镇“三夏”生产工作会议上的讲话", ("speech", 2, [0, 0]), "统一思想，充分认识做好“三夏”工作的重要性"),
    ],
)
def test_quotation_marks_on_lines_of_their_own_rejoin_their_word(
    tmp_path: Path, name: str, title: str, want: tuple[object, ...], head: str
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want
    assert doc["title"] == title
    assert doc["points"][0]["heading"] == head


def test_under_a_collection_headline_the_first_pieces_title_is_the_title(tmp_path: Path) -> None:
    # 三篇主题教育专题党课 / 发布者… / 第1篇：筑牢信仰之基 补足精神之钙 / 同志们，…: the page's headline, counting its pieces,
    # was taken for the speech's title
    (doc,) = ingest(tmp_path, "speech-collection-piece-cut-on-a-clause.txt")
    assert doc["title"] == "筑牢信仰之基补足精神之钙"
