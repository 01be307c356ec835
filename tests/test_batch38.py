"""Ingest on the kinds, counts and points batch 38 showed (issue #13). Our own fixtures, reproducing the shapes only."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_fixtures import ingest, shape


@pytest.mark.parametrize(
    "name",
    [
        # 县政协闭幕：“…” / 时间|来源|编辑 / 清河在线报道（记者 某某）：… / 委员某某说，…我们…我们…: the headline holds a colon
        # (no short headline to the lead under it) and the interviewees' 我们 are told without quotation marks; read as a speech
        "news-credited-lead-under-colon-headline.txt",
        # 清河網消息（記者 某某 通訊員 某某）3月9日下午，…閉幕。 / 代表某某說，我們…: the same, in traditional characters
        "news-credited-lead-traditional-message.txt",
    ],
)
def test_a_lead_crediting_its_reporter_in_brackets_is_news(tmp_path: Path, name: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("news", None, [])
    assert "闭幕" in doc["title"]


@pytest.mark.parametrize(
    "name",
    [
        # ![]() / “…”1月20日，习近平总书记在…开班式上强调。 / 开局之年，当有开局之力。 / 紧扣重大决策部署 / 习近平总书记指出：…:
        # a commentary; its only words of report are the leader it cites, and it was read as news
        "other-commentary-quoting-the-leader-no-title.txt",
        # 開局之年看實幹 / …習近平總書記強調… / 習近平總書記指出：…: the same under its headline, in traditional characters
        "other-commentary-traditional-quoting-the-leader.txt",
    ],
)
def test_a_commentary_citing_the_leader_is_not_news(tmp_path: Path, name: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("other", None, [])


@pytest.mark.parametrize(
    "name",
    [
        # …的讲话 2027 年是…今年全镇上下要凝心聚力做成“三件事” 第一件事是“…” 一是…。…二是…。…三是…, (cut): a PDF's lines run
        # into one, the breaks left as spaces; nothing was read (no count, no point)
        "speech-one-line-pdf-three-things-first-thing-run-in.txt",
        # the same copy hard-broken at the PDF's width: cleaning joins the lines, the spaces at the old breaks stay
        "speech-pdf-lines-three-things-spaces-left-at-breaks.txt",
    ],
)
def test_a_one_line_pdf_paste_breaks_before_its_first_thing_and_first_lead(tmp_path: Path, name: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("speech", 3, [3])
    assert doc["points"][0]["subpoints"][0].startswith("让经济")


@pytest.mark.parametrize(
    ("name", "subs"),
    [
        # 我们要集中精力办好“三件事”。 / 第一件事是“稳住经济基本盘” / 一是… / 二是…: the things as headings, 一是 under them
        # (the 一是 were read as five points)
        ("speech-three-things-first-thing-is-headings.txt", [2, 3, 0]),
        # 重点办好三件大事。 / 第一件事是抓好村集体经济 / …: the things as bare lines (read as unnumbered headings, no count)
        ("speech-three-big-things-first-thing-is-bare-lines.txt", [0, 0, 0]),
    ],
)
def test_things_to_get_done_counted_and_named_first_thing_is(tmp_path: Path, name: str, subs: list[int]) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("speech", 3, subs)
    assert not doc["points"][0]["heading"].startswith("第一件事")


@pytest.mark.parametrize(
    "name",
    [
        # 奋进文库，欢迎您！ over the title: the site's welcome, with a comma, was kept as a document of its own
        "speech-welcome-banner-with-comma-over-title.txt",
        "speech-banner-welcome-you-exclaimed-over-title.txt",  # 公文素材网,欢迎你! (half-width)
    ],
)
def test_a_sites_welcome_with_a_comma_opens_no_document(tmp_path: Path, name: str) -> None:
    docs = ingest(tmp_path, name)
    assert [d["kind"] for d in docs] == ["speech"]


def test_six_characters_named_as_three_quoted_words_count_three(tmp_path: Path) -> None:
    # …与园区干部职工和企业家朋友分享六个字:“奋斗”“服务”“改革”。 / 一是奋斗。 / … (cut): three words, one point each; no
    # count was read (分享 not an announcing verb) and the lone 一是奋斗。 line was no point
    (doc,) = ingest(tmp_path, "speech-six-characters-three-words-lone-first-word.txt")
    assert shape(doc) == ("speech", 3, [0])


def test_eight_characters_named_as_four_quoted_words_count_four(tmp_path: Path) -> None:
    # 送给大家八个字：“感恩”“担当”“实干”“创新”。 / 一是感恩。… / 四是创新。…: read as 讲八点, four points
    (doc,) = ingest(tmp_path, "speech-eight-characters-four-words-given.txt")
    assert shape(doc) == ("speech", 4, [0, 0, 0, 0])


@pytest.mark.parametrize(
    ("name", "subs"),
    [
        # 社区工作年终总结(9) / (五)… (the part before, its heading on an earlier page) / 四以打造特色社区为着力点,… / (一)(二)(三)
        # (cut): the site dropped the 、 after 四; the three sub-points were read as the points
        ("report-page-nine-heading-lost-its-mark.txt", [3]),
        # 一、… (一)(二) / 二加强党的建设，… (一)(二) / 三、… (一)(二): the same in a whole summary; part 二's subs went to part 一
        ("report-second-part-heading-lost-its-mark.txt", [2, 2, 2]),
    ],
)
def test_a_heading_that_lost_its_mark_over_its_first_sub_point_is_a_point(tmp_path: Path, name: str, subs: list[int]) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("report", None, subs)
    assert not any(p["heading"][:1] in "二三四" for p in doc["points"])  # the numeral is the mark, not the heading's


@pytest.mark.parametrize(
    "name",
    [
        # …是五四运动以来我国发生的三大历史性事件… / 第一大历史性事件和第一大里程碑：建立中国共产党 / … / 那么，为什么…才被先进的
        # 中国人 (cut): the cut sentence was read as a second unnumbered heading, the first great event as an unnumbered one
        "speech-lecture-first-great-event-heading-cut-after-but.txt",
        # 同志们： / … / 第一大历史性事件：建立中国共产党 / … (cut): no point was read
        "speech-lecture-first-great-event-alone-cut.txt",
    ],
)
def test_the_first_great_event_named_is_a_point_and_a_cut_sentence_is_none(tmp_path: Path, name: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("speech", None, [0])
    assert doc["points"][0]["heading"].startswith("第一大历史性事件")


def test_the_first_great_event_under_a_numbered_part_is_its_sub_point(tmp_path: Path) -> None:
    # 一、党史学习教育党课 / 第一大历史性事件和第一大里程碑：建立中国共产党 / … (cut): the part's first sub-heading
    (doc,) = ingest(tmp_path, "speech-lecture-great-event-under-first-part.txt")
    assert shape(doc) == ("speech", None, [1])


@pytest.mark.parametrize(
    "name",
    [
        # …当前，全县防汛形势十分严峻。 / 严峻性体现在哪里？ / 一是极端天气的威胁远超往年。… (cut): the first part of the answer to
        # the speaker's own question, where the page stops; it was read as the speech's first point
        "speech-question-line-then-lone-first-lead-cut.txt",
        # 为什么要在这个时候开这个会？ / 一是火险等级持续偏高。… (cut): the same, the reasons for the meeting
        "speech-why-question-then-lone-first-lead-cut.txt",
    ],
)
def test_a_lone_first_lead_answering_a_question_line_is_no_point(tmp_path: Path, name: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("speech", None, [])
