"""Ingest on the kinds and documents batch 43 showed (issue #13). Our own fixtures, reproducing the shapes only."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_fixtures import fragments, general_holding, ingest, shape


@pytest.mark.parametrize(
    "name",
    [
        # 2026年3月5日下午，某某在…会议室主持召开…常务会议。纪要如下： / 一、审议《…》 / 会议原则同意… / 会议强调，…: the
        # day and the chair are the 纪要's own lead, not a reporter's
        "shapes43-minutes-dated-lead-summary-follows.txt",
        # 时间：… 来源：… / …主持召开…常务会议，会议研究了以下事项： / 一、审议… / 会议议定：原则同意…(three times): one
        # conclusion word only, said of every item
        "shapes43-minutes-studied-following-matters-site-header.txt",
        # 繁体: …主持召開鎮長辦公會議，研究部署近期重點工作。會議議定事項如下： / 會議同意… / 會議決定…
        "shapes43-minutes-traditional-decided-as-follows.txt",
    ],
)
def test_a_minutes_own_dated_lead_does_not_make_it_news(tmp_path: Path, name: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("other", None, [])
    assert doc["genre"] == "会议纪要"


def test_a_news_item_on_a_standing_meeting_stays_news(tmp_path: Path) -> None:
    # …主持召开县政府第十三次常务会议，传达学习…，研究…等事项。 / 会议强调… 会议指出… 会议要求… / …参加会议。: the meeting
    # told, no 纪要如下 and no 以下事项： list under it (a guard: it was news before and must stay so)
    (doc,) = ingest(tmp_path, "shapes43-news-standing-meeting-told.txt")
    assert shape(doc) == ("news", None, [])


def test_a_greeting_line_to_those_present_makes_a_speech_under_a_broken_salutation(tmp_path: Path) -> None:
    # 《…》主题班会讲话稿 / 苯敬的各位老师,亲爱的同学们 (OCR) / 大家好! / …1935年…召开扩大会议…出席会议…: the 称谓 is not
    # found and the history told has 召开 and 出席, but 大家好! on its own line is said to those present
    (doc,) = ingest(tmp_path, "shapes43-speech-ocr-salutation-greeting-line.txt")
    assert shape(doc) == ("speech", None, [])


@pytest.mark.parametrize(
    "name",
    [
        # 1月26日，县委书记某某率队走访慰问了驻县某部队，向部队官兵致以新春问候… / 他指出，… / …参加慰问。
        "shapes43-news-visit-greeting-told.txt",
        # 近日，区长某某一行深入…走访看望，向老人们致以节日的问候… / 他强调，…
        "shapes43-news-visit-greeting-told-group.txt",
    ],
)
def test_a_greeting_brought_on_a_visit_is_news_not_a_letter(tmp_path: Path, name: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("news", None, [])


def test_a_collection_pages_introduction_to_you_is_no_document(tmp_path: Path) -> None:
    # 范文大全>… / …讲话2026 / …要怎么写，才更标准规范？…能让你事半功倍，下面分享【…(精选6篇)】，供你选择借鉴。 / title /
    # title篇1 / 老师们，同学们： / …提三点希望： / 一、…: the introduction and the titles over it were a document of their own
    (doc,) = ingest(tmp_path, "shapes43-speech-collection-intro-to-you.txt")
    assert shape(doc) == ("speech", 3, [0])


def test_a_local_strategy_named_by_bare_number_words_is_specific(tmp_path: Path) -> None:
    # …排难而进，奋发有为，引深四五战略，加快转型跨越…: a county's strategy named by two number words alone, no quotes (the
    # opening that holds it was a general fragment)
    assert general_holding(fragments(tmp_path, "leak-speech-county-bare-numbered-strategy.txt"), "四五战略") == []


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # 由此让我想到了三个关键词：礼仪、读书和锻炼，下面就让我和大家一起说说这三个词语的意思 / 第一个关键词是礼仪！… /
        # 第二个关键词是读书！…: the words thought of announce the count; each paragraph opens on 第N个关键词是…
        ("shapes43-speech-thought-of-three-words-first-word-is.txt", ("speech", 3, [0, 0, 0])),
        # 我送给大家两个词语，与大家共勉。 / 第一个词语是“坚守”。… / 第二个词语是“成长”。…: the gift was read, not its words
        ("shapes43-speech-gift-of-two-words-first-word-is-quoted.txt", ("speech", 2, [0, 0])),
    ],
)
def test_the_words_a_speaker_names_in_turn_are_his_points(tmp_path: Path, name: str, want: tuple[object, ...]) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # 现在我宣布，…开工仪式正式开始。 / 仪式进行第一项：请镇长致辞。 / 仪式进行第二项：… / 仪式进行第三项：…: the
        # ceremony, not 大会 or 会议, opens its items (split49: the order of business the chair calls, no points)
        ("shapes43-host-ceremony-items-yishi-jinxing.txt", ("speech", None, [])),
        # 典礼进行第一项：… / 典礼进行第二项：… / 典礼进行第三项：请教师代表发 (the copy cut inside the third)
        ("shapes43-host-school-ceremony-items-dianli-cut.txt", ("speech", None, [])),
    ],
)
def test_a_ceremonys_items_opened_by_its_name_are_the_chairs_business(tmp_path: Path, name: str, want: tuple[object, ...]) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want
    assert any(w.startswith("主持词：议程各项是会议的程序") for w in doc["warnings"])


@pytest.mark.parametrize(
    "name",
    [
        # 干在实处是最好的作风 : k3 x- P- f* … / 同志们: $ |2 R9 ~* D' K8 … 今天召开这个会，… / …算是希望。( J9 R- … V / 一是“实”。…:
        # a forum's anti-copy noise where the page had line breaks (p16 had no count: it was read as other)
        "shapes43-speech-forum-jammer-noise-at-line-ends.txt",
        # 各位同事: r4 |2 M9 ~* … 新的一年开始了，… / 第一，… y7 s# m1 x- … / 第二，…: no title, the 称谓 run into the noise
        "shapes43-speech-forum-jammer-untitled-colleagues.txt",
    ],
)
def test_a_forums_anti_copy_noise_is_cut_where_the_page_broke_its_lines(tmp_path: Path, name: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("speech", 2, [0, 0])
    assert not any("称谓" in w for w in doc["warnings"])  # the 称谓 is its own line again, not glued to the noise
    assert all(general_holding(fragments(tmp_path, name), code) == [] for code in ("K8", "R-", "x-", "s#"))


@pytest.mark.parametrize(
    "name",
    [
        # 作者：校团委 时间：… / short lines like a poem (…也是今天的我们) / 活动在庄严的升旗仪式中开始 / …正式拉开帷幕 /
        # 活动宣布了… / …发表获奖感言 / 活动在大合唱…中圆满落幕: the event told from its opening to its close
        "shapes43-news-short-lines-event-opened-closed.txt",
        # …运动会在运动员入场式中拉开帷幕。…展示了我们学校… / …本届运动会在全体师生的欢呼声中圆满落幕。: the same in prose,
        # no date in its lead
        "shapes43-news-sports-meet-opened-closed-prose.txt",
    ],
)
def test_an_event_told_from_its_opening_to_its_close_is_news(tmp_path: Path, name: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("news", None, [])


def test_a_saying_the_speaker_thought_of_announces_no_count(tmp_path: Path) -> None:
    # …我想到一句话，既实在又管用，那就是——“把日子过得更红火”。 / 一、… / 二、…: one saying he explains, not his points
    # (batch 40's p14 shape; 我想到了三个关键词 above announces three)
    (doc,) = ingest(tmp_path, "shapes43-speech-thought-of-one-saying-no-count.txt")
    assert shape(doc) == ("speech", None, [0, 0])
