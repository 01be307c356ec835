"""Ingest generalised from batch 64's misses (issue #13): each class of shape in three spellings of our own writing
(tests/fixtures/ingest/ingest64-*: simplified, traditional, half-width punctuation), never the pages' text; a guard of
the same class beside each, which must not be read so."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_fixtures import fragments, general_holding, ingest, shape


@pytest.mark.parametrize(
    ("name", "count", "headline"),
    [
        # …必须引起我们高度 / 首 页 A 要闻 … 电子版 / 热门搜索关键字: … / 清河网 > 新闻 > 本地新闻 > 正文 / headline / 本报讯…
        ("ingest64-pagetop-menu.txt", 3, "某某县召开冬季农田水利建设现场会"),
        # …在审批服务、要素保障、 / 某某日報 數字報紙 / 00003版：要聞 / headline / 昨日上午，… (traditional)
        ("ingest64-pagetop-masthead-traditional.txt", 4, "某某市总工会召开职工技能竞赛推进会"),
        # …群众对此意见较 / 首页 | 要闻 | 时政 … / 某某新闻网 » 时政 » 正文 / headline / 12月1日上午,… (half-width)
        ("ingest64-pagetop-halfwidth.txt", 2, "某某区开展冬季消防安全大检查"),
    ],
)
def test_the_next_pages_head_rows_under_a_cut_speech_open_a_document_of_their_own(
    tmp_path: Path, name: str, count: int, headline: str
) -> None:
    speech, news = ingest(tmp_path, name)
    assert shape(speech) == ("speech", count, [0])
    assert speech["lines"][1] == 4  # the cut sentence is not run on into the menu, the headline or the lead
    assert news["kind"] == "news" and news["title"] == headline


def test_a_ranking_with_arrows_and_a_newspaper_named_in_a_sentence_stay_in_the_speech(tmp_path: Path) -> None:
    # …要始终坚持 / 安全 > 质量 > 进度 > 规模 / 的排序，… 据县报电子版报道，…: the speech's own words
    (doc,) = ingest(tmp_path, "ingest64-pagetop-guard.txt")
    assert shape(doc) == ("speech", 2, [0, 0])
    assert doc["lines"] == [1, 9]


@pytest.mark.parametrize(
    ("name", "kind", "count"),
    [
        # 本年度，我将围绕“稳”“进”“实”三个关键字进行汇报。 (a 述职; was: no count announced)
        ("ingest64-around-keywords.txt", "report", 3),
        # 圍繞“學原文、悟原理、用原則”三個層面，和同志們作個交流。 (a 党课, traditional)
        ("ingest64-around-layers-traditional.txt", "speech", 3),
        # 我想围绕"守正"、"创新"两个方面,和大家谈点体会. (half-width)
        ("ingest64-around-halfwidth.txt", "speech", 2),
    ],
)
def test_parts_named_in_quotes_then_counted_after_weirao_announce_the_count(
    tmp_path: Path, name: str, kind: str, count: int
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == (kind, count, [0] * count)


def test_a_count_of_aims_the_speech_sets_after_weirao_announces_nothing(tmp_path: Path) -> None:
    # 我们要围绕“增收”“减负”两个方面狠抓落实: no verb of speaking follows; three points, nothing announced
    (doc,) = ingest(tmp_path, "ingest64-around-guard.txt")
    assert shape(doc) == ("speech", None, [0, 0, 0])


@pytest.mark.parametrize(
    "name",
    [
        "ingest64-congress-opening.txt",  # 我代表中国共产党某某县第五届委员会向大会作报告。 (a 党代会 report, no part reached)
        "ingest64-congress-opening-traditional.txt",  # 我代表中共某某市第八屆委員會向大會作報告，請予審議。 (traditional)
        "ingest64-congress-opening-halfwidth.txt",  # 我代表共青团某某县第十四届委员会向大会作报告,请予审议. (half-width)
    ],
)
def test_a_text_that_opens_reporting_to_the_congress_for_its_body_is_a_report(tmp_path: Path, name: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("report", None, [])  # was: a speech


def test_a_leader_greeting_a_congress_for_the_county_still_gives_a_speech(tmp_path: Path) -> None:
    # 我代表县委、县人民政府，向大会的胜利召开表示热烈的祝贺！ / 下面，我讲两点意见。
    (doc,) = ingest(tmp_path, "ingest64-congress-guard.txt")
    assert shape(doc) == ("speech", 2, [0, 0])


@pytest.mark.parametrize(
    ("name", "count"),
    [
        # 2月10日上午，…以只争朝夕的劲头 / 摘要：小编为你整理了…《…的讲话》… / 今天，我们召开县政府第一次全体会议，…
        ("ingest64-cut-news-then-opening.txt", 3),
        # 3月5日下午，…參加會議。 (closed) / 摘要：小編為你整理了… / 今天，我們在這裡召開全市…會議，… (traditional)
        ("ingest64-cut-news-then-opening-traditional.txt", 2),
        # 3月1日,…严防死守 / (blank) / 今天,咱们召开全镇…会议,… (half-width)
        ("ingest64-cut-news-then-opening-halfwidth.txt", 2),
    ],
)
def test_a_speech_opening_in_its_speakers_voice_under_a_news_item_is_a_document_of_its_own(
    tmp_path: Path, name: str, count: int
) -> None:
    news, speech = ingest(tmp_path, name)
    assert news["kind"] == "news" and news["lines"] == [1, 2]
    assert shape(speech) == ("speech", count, [0]) and speech["lines"][0] == 4


@pytest.mark.parametrize(
    ("name", "kind", "lines"),
    [
        # …确保 / (blank) / 今天召开的这次会议上，各乡镇…交流发言: the item goes on in the third person
        ("ingest64-cut-news-then-opening-guard.txt", "news", [1, 5]),
        # 同志们： / 刚才，… / 今天，我们召开这次会议，…: a speech that greeted its audience says it in its second paragraph
        ("ingest64-cut-news-then-opening-speech-guard.txt", "speech", [1, 15]),
    ],
)
def test_today_we_hold_inside_one_piece_does_not_split_it(tmp_path: Path, name: str, kind: str, lines: list[int]) -> None:
    (doc,) = ingest(tmp_path, name)
    assert doc["kind"] == kind and doc["lines"] == lines


@pytest.mark.parametrize(
    ("name", "named"),
    [
        ("ingest64-premier-given-name.txt", "志远总理"),  # 听取志远总理所作报告的当天，我就安排省发改委…
        ("ingest64-premier-given-name-traditional.txt", "建明总理"),  # 建明總理在會上對…作了全面部署 (traditional)
        ("ingest64-premier-given-name-halfwidth.txt", "国华总理"),  # 国华总理强调要… (half-width)
    ],
)
def test_a_premier_called_by_his_given_name_keeps_the_opening_specific(tmp_path: Path, name: str, named: str) -> None:
    frags = fragments(tmp_path, name)
    assert general_holding(frags, named) == []  # was: a general opening told of that day's event and its offices
    assert any(f["id"].endswith(".opening") and f["specific"] for f in frags)


def test_the_premiers_office_without_a_name_leaves_the_opening_general(tmp_path: Path) -> None:
    # 国务院总理在政府工作报告中… 副总理也多次强调…: offices, no person
    frags = fragments(tmp_path, "ingest64-premier-guard.txt")
    assert [f["id"] for f in frags if f["id"].endswith(".opening") and not f["specific"]]


@pytest.mark.parametrize(
    "name",
    [
        # 目录 / 在…开幕大会上的讲话~%&^ / 在…开幕会上的讲话（摘要） / …——在…开幕式上的讲话 / … (the last title cut off)
        "ingest64-contents-rows.txt",
        "ingest64-contents-rows-traditional.txt",  # 目錄 / 在全縣…會議上的講話（摘要） / …上的致辭&^@ (traditional)
        "ingest64-contents-rows-halfwidth.txt",  # 目录 / 1.在全镇…上的讲话 / 2.…上的讲话(摘要) (half-width, numbered)
    ],
)
def test_a_collections_contents_of_speech_titles_is_no_speech(tmp_path: Path, name: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("other", None, [])  # was: the titles run into one paragraph, read as a speech


def test_a_wrapped_line_ending_on_a_speech_named_still_runs_on(tmp_path: Path) -> None:
    # …在全省经济工作会议上的讲话 / 精神和部署要求，…抓好贯彻落实 / 下面，我讲两点意见。: one sentence over three lines
    (doc,) = ingest(tmp_path, "ingest64-contents-guard.txt")
    assert shape(doc) == ("speech", 2, [0, 0])
