"""Ingest generalised from batch 46's first-sight misses (issue #13): each class of shape in two or three spellings of
our own writing (tests/fixtures/ingest/gen30b-*), never the pages' text."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_fixtures import fragments, general_holding, ingest, shape


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # 【导读】受…主席的委托，我代表…作个讲话。…提三点意见。… — the site labelled the whole speech as its editor's note
        ("gen30b-note-voiced-bracket.txt", ("speech", 3, [])),
        # 导读：我代表…，就…讲几点意见。…
        ("gen30b-note-voiced-colon.txt", ("speech", "几", [])),
        # 【導(dǎo)讀】受(shòu)… in traditional characters with pinyin after some of them
        ("gen30b-note-voiced-pinyin.txt", ("speech", 2, [])),
    ],
)
def test_a_note_label_over_the_speakers_own_words_keeps_the_speech(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]]
) -> None:
    (doc,) = ingest(tmp_path, name)  # (before: the cleaner threw the one line away, nothing was left)
    assert shape(doc) == want


@pytest.mark.parametrize(
    "name",
    [
        # a survey's opening / 相关文章推荐： / 1.…调查报告【完整】 / 2.…调研报告【精选】 / the survey going on
        "gen30b-related-box-mid-page-numbered.txt",
        # the same box as 推荐文章： over · bullets
        "gen30b-related-box-mid-page-bullets.txt",
        # the page's title with 【完整版】, and 相关阅读： / 1、…【完整】 under the opening
        "gen30b-related-box-title-tag.txt",
    ],
)
def test_a_links_box_in_the_middle_of_a_survey_is_no_point(tmp_path: Path, name: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("report", None, [])
    assert "【" not in doc["title"]


def test_a_survey_whose_title_the_links_box_took_is_still_a_report(tmp_path: Path) -> None:
    # no title left; …现特将假期中的调查报告整理如下；: the writer says what the text is
    (doc,) = ingest(tmp_path, "gen30b-survey-untitled-arranged-below.txt")
    assert shape(doc) == ("report", None, [])


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # a government site's 前三季度全区重点项目推进情况 under its breadcrumb, 发布时间 line under it
        ("gen30b-kind-progress-title-quarter.txt", ("report", None, [])),
        # 一季度…控制指标完成情况 / …现将具体情况通报如下（见下表）： / the table's caption, the title's words again
        ("gen30b-kind-progress-title-completion.txt", ("report", None, [])),
        # no title: 上半年，区委区政府…。…多数已完成或超额完成年度目标任务，其余…达到或超过序时进度。
        ("gen30b-kind-progress-untitled.txt", ("report", None, [])),
        # guard: 我县召开重点项目推进情况汇报会 / 3月5日，县政府召开…: a news item on such a meeting
        ("gen30b-kind-progress-guard-news.txt", ("news", None, [])),
    ],
)
def test_an_account_of_progress_is_a_report(tmp_path: Path, name: str, want: tuple[str, object, list[int]]) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want


def test_a_progress_title_is_the_reports_title(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "gen30b-kind-progress-title-completion.txt")
    assert doc["title"] == "一季度全市安全生产控制指标完成情况"


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # 关于…的调研报告作文 关于…的调研报告怎么写文案 (a composition site's title) / 一、调研目的：  …  二、…  四、…
        # 1、首先… 2、其次…: the parts joined by runs of spaces, no stop before the next mark
        ("gen30b-survey-composition-site-spaced-parts.txt", ("report", None, [0, 0, 0, 2])),
        # …调查报告范文 …调查报告怎么写 / 一、调查背景：  …  二、调查方法：  问卷调查、入户访谈  三、…  四、…
        ("gen30b-survey-composition-site-fanwen.txt", ("report", None, [0, 0, 0, 0])),
    ],
)
def test_a_survey_on_a_composition_site_is_read_by_its_parts(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want


@pytest.mark.parametrize(
    ("name", "first"),
    [
        # a 主持词 cut inside its agenda (…二是由我安排今年的农业农村重点工) / 怎样写会议主持词 / 一、… 二、…
        ("gen30b-howto-after-cut-host-script.txt", "speech"),
        # a speech cut inside its first point / 如何写好讲话稿 / 一、… 二、…
        ("gen30b-howto-after-cut-speech-howwrite.txt", "speech"),
        # a speech cut mid-sentence / 表彰会讲话稿怎么写 / 一、… 二、…
        ("gen30b-howto-after-cut-speech-suffix.txt", "speech"),
    ],
)
def test_a_how_to_article_after_a_cut_piece_is_its_own_document(tmp_path: Path, name: str, first: str) -> None:
    docs = ingest(tmp_path, name)
    assert [d["kind"] for d in docs] == [first, "other"]
    assert all("怎" not in p["heading"] and "如何" not in p["heading"] for p in docs[0]["points"])


@pytest.mark.parametrize(
    "name",
    [
        # 一、… / a paragraph / 过去一年，…稳中有进。一是…。二是城乡面貌明显改善，(the copy ends)
        "gen30b-sub-cut-series-after-summary-shi.txt",
        # the same with 一要… 二要…, the summing sentence longer
        "gen30b-sub-cut-series-after-summary-yao.txt",
        # the same with half-width commas
        "gen30b-sub-cut-series-after-summary-halfwidth.txt",
    ],
)
def test_a_series_the_copy_stops_inside_is_the_points_own(tmp_path: Path, name: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("speech", 3, [2])


def test_a_whole_series_after_a_summing_sentence_stays_inside_the_text(tmp_path: Path) -> None:
    # guard: the same two items, the copy not cut (二、 and 三、 follow): an inner list, as before
    (doc,) = ingest(tmp_path, "gen30b-sub-guard-series-after-summary-whole.txt")
    assert shape(doc) == ("speech", 3, [0, 0, 0])


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # …切实在今后的工作中做到以下几点：一是…。 / 二是… / 三是… (a new government's pledge, no 一、 headings)
        ("gen30b-points-runin-several-paragraphs.txt", ("speech", "几", [0, 0, 0])),
        # …重点抓好以下三个方面：一是…
        ("gen30b-points-runin-several-paragraphs-grasp.txt", ("speech", 3, [0, 0, 0])),
        # …努力做到以下三点：一要… / 二要… / 三要…
        ("gen30b-points-runin-several-paragraphs-yao.txt", ("speech", 3, [0, 0, 0])),
        # guard: 各乡镇、各部门要做到以下三点：一是…。二是…。三是… inside the second of three 一、 points
        ("gen30b-points-guard-runin-inside-point.txt", ("speech", 3, [0, 3, 0])),
    ],
)
def test_a_pledge_of_points_run_into_its_paragraph_is_read(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want


@pytest.mark.parametrize(
    ("name", "word"),
    [
        ("gen30b-leak-body-office-npc.txt", "人大机关"),  # 按照上级的统一部署和人大机关的学习安排
        ("gen30b-leak-body-office-cppcc.txt", "政协机关"),  # 根据政协机关的工作安排
        ("gen30b-leak-body-office-standing.txt", "人大常委会机关"),  # 今天，人大常委会机关全体干部集中学习
    ],
)
def test_a_bodys_own_office_is_in_no_general_fragment(tmp_path: Path, name: str, word: str) -> None:
    assert general_holding(fragments(tmp_path, name), word) == []


def test_a_bare_place_name_before_the_growth_it_wants_is_the_own_place(tmp_path: Path) -> None:
    # no title: 为灵璧的科学发展… / 为推动灵璧高质量发展… / 围绕推进灵璧新一轮发展… — the short name in the speaker's stake
    name = "gen30b-leak-bare-place-kinds-of-growth.txt"
    (doc,) = ingest(tmp_path, name)
    assert doc["place"] == "灵璧县"
    assert general_holding(fragments(tmp_path, name), "灵璧") == []
