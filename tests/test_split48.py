"""Shapes that leave a page's second document unfound (issue #13, split48), written by us in the shapes a web page takes
rather than fitted to one page: a news item told right after a speech's closing words, with no blank line or headline
between (…让我们…营造安全稳定的环境。 / 近日，县应急管理局召开… ; …谢谢大家！ / 2月23日上午，某某中学隆重举行…); and a
bulletin's items one under another, each headline naming a body and what it did over a paragraph that tells of that
same body, whatever the lead opens on (县人社局扎实开展… / 今年以来，县人社局…). Each beside a near shape that must not
change: a dated recollection inside a speech after an exclamation that closes nothing, a story's subheads that name no
body."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from archive_fixtures import fragments
from split_fixtures import docs, read

FIXTURES = Path(__file__).parent / "fixtures" / "split48"
SPELLINGS = ("", "-traditional", "-halfwidth")


def _docs(tmp_path: Path, name: str) -> list[dict[str, Any]]:
    return docs(FIXTURES / name, tmp_path)


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_dated_news_lead_after_a_speechs_closing_call_is_the_next_document(tmp_path: Path, spelling: str) -> None:
    # 同志们： … 一、二、三、 … 同志们，…。让我们…营造安全稳定的环境。 | 近日，县应急管理局召开全局干部职工大会，…
    speech, news = _docs(tmp_path, f"news-after-closing-call{spelling}.txt")  # was: one speech, the news in its closing
    assert read(speech) == ("speech", [1, 10], 3)
    assert speech["announced_count"] == 3
    assert read(news) == ("news", [11, 12], 0)


@pytest.mark.parametrize(
    ("name", "speech_lines", "points", "news_lines"),
    [
        ("news-after-thanks.txt", [1, 5], 3, [6, 7]),  # …谢谢大家！ | 2月23日上午，某某中学隆重举行…
        ("news-after-wish.txt", [1, 7], 3, [8, 9]),  # …作出新的更大贡献！ | 3月18日下午，市政府召开…
    ],
)
def test_a_dated_news_lead_after_a_speechs_last_words_is_the_next_document(
    tmp_path: Path, name: str, speech_lines: list[int], points: int, news_lines: list[int]
) -> None:
    speech, news = _docs(tmp_path, name)  # was: one speech running to the end of the page
    assert read(speech) == ("speech", speech_lines, points)
    assert read(news) == ("news", news_lines, 0)


def test_a_dated_recollection_inside_a_speech_stays_in_it(tmp_path: Path) -> None:
    # …防汛工作一刻也不能松懈！ | 7月10日，县防汛指挥部召开紧急会议，… : an exclamation that closes nothing
    (only,) = _docs(tmp_path, "news-after-closing-guard.txt")
    assert read(only) == ("speech", [1, 9], 2)


def test_a_bulletins_items_under_its_header_are_three_news_items(tmp_path: Path) -> None:
    # 工作简报 / 第12期 / …办公室编 | 县政府召开… / 日前，… | 县人社局扎实开展… / 今年以来，县人社局… | 县市场监管局开展… / 为…，县市场监管局近期…
    found = _docs(tmp_path, "bulletin-items.txt")  # was: one news item from line 4 to the end
    assert [read(d) for d in found] == [("news", [4, 6], 0), ("news", [7, 9], 0), ("news", [10, 12], 0)]
    assert found[1]["title"] == "县人社局扎实开展稳就业专项行动"


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_items_whose_headline_names_the_body_the_lead_tells_of_are_apart(tmp_path: Path, spelling: str) -> None:
    # 县政府召开… / 10月20日，… | 县教育局全力推进… / 为…，县教育局近期… | 某某镇扎实推进… / 今年以来，某某镇…
    found = _docs(tmp_path, f"bulletin-items-plain{spelling}.txt")  # was: one news item
    assert [read(d) for d in found] == [("news", [1, 3], 0), ("news", [4, 6], 0), ("news", [7, 9], 0)]


def test_a_storys_subheads_that_name_no_body_keep_the_story_whole(tmp_path: Path) -> None:
    # 县总工会开展春节送温暖活动 / 1月20日，… | 看望慰问一线职工 / 在某某工地，… | 送上节日祝福 / 县总工会还…
    (only,) = _docs(tmp_path, "bulletin-items-guard.txt")
    assert read(only) == ("news", [1, 6], 0)


@pytest.mark.parametrize(
    ("name", "points"),
    [
        ("last-task-in-series.txt", 4),  # 再强调几点。 / 首先，要… / 其次，要… / 再次，要… / 最后，要加强… / 同志们，…
        ("last-task-in-series-two.txt", 3),  # 谈几点意见。 / 首先，要… / 其次，要… / 最后，要抓好… / 同志们，…
    ],
)
def test_a_last_paragraph_setting_a_task_like_the_series_is_its_last_point(tmp_path: Path, name: str, points: int) -> None:
    (only,) = _docs(tmp_path, name)  # was: one point fewer, the 最后 task read as the closing
    assert only["announced_count"] == "几"
    assert len(only["points"]) == points
    assert only["points"][-1]["heading"].startswith("要")


def test_a_last_wish_after_a_counted_series_stays_the_closing(tmp_path: Path) -> None:
    # 讲两点意见。 / 首先，要… / 其次，要… / 最后，希望大家…: the count says two, and a wish sets no task
    (only,) = _docs(tmp_path, "last-task-in-series-guard.txt")
    assert read(only) == ("speech", [1, 6], 2)


@pytest.mark.parametrize("name", ["points-summary-news.txt", "points-summary-news-two.txt"])
def test_a_summary_titled_as_a_speechs_points_over_a_dated_lead_is_news(tmp_path: Path, name: str) -> None:
    # 县长在…会议上的讲话要点 / 1月12日，全县经济工作会议召开。县长在会上作讲话… / 县长强调，…: told by a reporter
    (only,) = _docs(tmp_path, name)  # was: a speech with no 称谓 and no points
    assert only["kind"] == "news"
    assert only["points"] == []


def test_a_speechs_points_under_its_salutation_stay_a_speech(tmp_path: Path) -> None:
    # 在…大会上的讲话要点 / 同志们： / 一、… 二、… 三、…: the speaker's own headings
    (only,) = _docs(tmp_path, "points-summary-guard.txt")
    assert read(only) == ("speech", [1, 5], 3)


def test_paragraphs_led_by_ordinal_is_are_the_points(tmp_path: Path) -> None:
    # …用几个关键词来概括… / 第一是“绿色”。… / 第二是“红色”。… / 第三是“古色”。…: the same lead as 一是, with 第
    (only,) = _docs(tmp_path, "ordinal-is-series.txt")  # was: no points
    assert read(only) == ("speech", [1, 7], 3)


def test_a_copy_cut_inside_its_first_ordinal_is_paragraph_has_that_one_point(tmp_path: Path) -> None:
    # …我把它概括为“多彩之城”。 / 第一是“绿色之城”，…守护好 (the page stops): one point visible, as with a lone 一是
    (only,) = _docs(tmp_path, "ordinal-is-cut.txt")  # was: no points
    assert read(only) == ("speech", [1, 5], 1)


@pytest.mark.parametrize("name", ["contents-dot-leaders.txt", "contents-dot-leaders-ellipsis.txt"])
def test_a_printed_contents_with_dot_leaders_is_apart_from_the_first_piece(tmp_path: Path, name: str) -> None:
    # 目 录 / 某市招商推介会致辞....................2 / … (four entries, pages growing) / 某市招商推介会致辞 / 市长 / 各位来宾…：
    contents, speech = _docs(tmp_path, name)  # was: one speech from the contents on, or with no title
    assert (contents["kind"], contents["genre"]) == ("other", "目录")
    assert read(speech) == ("speech", [6, 11], 0)
    assert speech["title"] == "某市招商推介会致辞"


def test_text_after_a_collections_long_hidden_part_is_a_later_piece(tmp_path: Path) -> None:
    # 节约用水倡议书 / 篇1 / …倡议书 / 全县广大居民朋友： / … / …… 此处已隐藏8542字 …… / 珍惜每一滴水，…我们倡议： / 一、二、三、
    first, later = _docs(tmp_path, "hidden-collection.txt")  # was: one letter running on past the marker
    assert (first["kind"], first["genre"], first["lines"]) == ("other", "书信", [1, 7])
    assert (later["kind"], later["lines"], later["points"]) == ("other", [8, 11], [])


def test_a_hidden_part_inside_one_speech_keeps_it_whole(tmp_path: Path) -> None:
    # 在…会议上的讲话 / 同志们： / …讲三点意见。 / 一、… / …… 此处已隐藏8542字 …… / 三、…: no collection, the same speech
    (only,) = _docs(tmp_path, "hidden-guard.txt")
    assert read(only) == ("speech", [1, 8], 2)


def _fragments(tmp_path: Path, name: str) -> list[dict[str, Any]]:
    """The fragments ingest writes for the one document of fixtures/split48/NAME, each with `specific` said."""
    return fragments(tmp_path, name, FIXTURES)


@pytest.mark.parametrize("street", ["东关街", "解放路", "和平大街"])
def test_a_named_street_as_the_stretch_of_town_is_in_no_general_fragment(tmp_path: Path, street: str) -> None:
    # 老城区、东关街一带的背街小巷… / 解放路沿线的占道经营… / 要把和平大街周边的停车难问题解决好: this town's streets
    import yaml

    frags = _fragments(tmp_path, "street-place.txt")  # was: the point's fragment general, the street in it
    assert [f["id"] for f in frags if not f["specific"] and street in yaml.safe_dump(f, allow_unicode=True)] == []


def test_kinds_of_roads_along_which_work_is_done_stay_general(tmp_path: Path) -> None:
    # 城乡道路两侧、背街小巷一带 / 农村公路沿线和步行街周边: kinds of road, no one town's
    frags = _fragments(tmp_path, "street-place-guard.txt")
    assert [f["id"] for f in frags if f["specific"] and ".point-" in f["id"]] == []


@pytest.mark.parametrize("name", ["news-subtitled.txt", "news-subtitled-held.txt"])
def test_a_news_headline_over_its_subtitle_opens_the_next_item_with_both_lines(tmp_path: Path, name: str) -> None:
    # …会议强调，…。 | 勇立潮头育新机 奋楫争先开新局 / ——全县科技创新大会侧记 (——市委宣传部召开…会议) / 1月9日，…
    first, second = _docs(tmp_path, name)  # was: the headline left at the end of the item above, the subtitle as title
    assert read(first) == ("news", [1, 4], 0)
    assert read(second) == ("news", [5, 8], 0)
    assert not second["title"].startswith("——")


def test_a_speech_headline_over_its_subtitle_stays_one_speech(tmp_path: Path) -> None:
    # 凝心聚力谋发展 实干担当开新局 / ——在全县经济工作会议上的讲话 / 同志们： / …
    (only,) = _docs(tmp_path, "news-subtitled-guard.txt")
    assert read(only) == ("speech", [1, 9], 2)


def test_a_lectures_label_and_topic_run_onto_its_salutation_make_its_title(tmp_path: Path) -> None:
    # 专题党课：赓续红色血脉 凝聚奋进力量各位同志：今天，…在6月30日召开的全市庆祝建党大会上，又专门强调，… (one line, cut)
    (only,) = _docs(tmp_path, "lecture-one-line-cut.txt")  # was: news, its title a sentence about a meeting recalled
    assert only["kind"] == "speech"
    assert only["title"] == "专题党课：赓续红色血脉凝聚奋进力量"


def test_a_lecture_on_one_line_keeps_its_title_and_count(tmp_path: Path) -> None:
    # 党课：坚守初心使命 争做新时代合格党员同志们：… 下面，我讲三点体会。一是…二是…三是…
    (only,) = _docs(tmp_path, "lecture-one-line.txt")
    assert (only["kind"], only["title"], only["announced_count"]) == ("speech", "党课：坚守初心使命争做新时代合格党员", 3)


@pytest.mark.parametrize("name", ["news-span-leads.txt", "news-span-leads-two.txt"])
def test_a_headline_over_a_lead_opening_as_news_does_is_the_next_item(tmp_path: Path, name: str) -> None:
    # …省级评估 / 记者从县教育局获悉，… | 县医共体建设取得新进展 / 今年以来，县卫健局… (…扎实开展 / 入冬以来，某某镇…)
    first, second = _docs(tmp_path, name)  # was: one news item
    assert read(first) == ("news", [1, 3], 0)
    assert read(second) == ("news", [4, 6], 0)


def test_a_summarys_subheads_over_span_leads_keep_it_whole(tmp_path: Path) -> None:
    # 县人社局…工作总结 / 今年以来，… | 稳就业成效明显 / 今年以来，全县… | 社保扩面持续推进 / 近年来，…: no place or body in a subhead
    (only,) = _docs(tmp_path, "news-span-leads-guard.txt")
    assert read(only) == ("report", [1, 6], 2)
