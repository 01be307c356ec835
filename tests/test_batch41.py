"""Ingest on the kinds, documents and leaks batch 41 showed (issue #13). Our own fixtures, reproducing the shapes only."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from archive_fixtures import INGEST, fragments, general_holding, ingest, shape

from drafter.ingest import ingest_paths


@pytest.mark.parametrize(
    "name",
    [
        # 今天，向…致敬！ / 某某学院 / 2025-3-5 … 文/某某 图/某某 / 致全区广大环卫工人的慰问信 / 全区广大环卫工人： / 值此…之际…:
        # a letter reprinted under a school news page's headline and name, its title on the third line: read as a speech
        "letter-reprinted-under-headline-and-school-name.txt",
        # the same in 繁体 (致全縣廣大教師的慰問信 / 全縣廣大教師：)
        "letter-traditional-reprinted-title-under-page-name.txt",
    ],
)
def test_a_letters_title_under_a_reprinting_pages_head_makes_it_a_letter(tmp_path: Path, name: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("other", None, [])
    assert doc["genre"] == "书信"


def test_a_collection_pages_blurb_over_an_initiative_is_no_document(tmp_path: Path) -> None:
    # 文明出行倡议书（精选8篇） / 小编：… / …我们为大家收集了一些…，希望能给大家带来一些灵感。 / 文明出行倡议书 / 广大市民朋友们：
    # / 一、… 四、…: the blurb was read as a speech of its own
    (doc,) = ingest(tmp_path, "letter-collection-blurb-over-initiative.txt")
    assert shape(doc) == ("other", None, [])
    assert doc["genre"] == "书信"


def test_a_collection_pages_preface_to_you_is_no_document(tmp_path: Path) -> None:
    # 某网 精品范文 …调研报告范文 / 前言：我们精心挑选了数篇…，供您阅读参考。期待这些文章能为您带来启发… / …调研报告 / 第1篇 /
    # （一）（二）（三）: the page's head and preface were read as a report of their own
    # (and the title kept the site's name and label: 青禾网精品范文乡村治理调研报告)
    (doc,) = ingest(tmp_path, "report-collection-preface-to-you-over-survey.txt")
    assert shape(doc) == ("report", None, [0, 3, 0])
    assert doc["title"] == "乡村治理调研报告"


@pytest.mark.parametrize(
    "name",
    [
        # 某某鄉民代表會 / 第五屆第三次定期大會第二次會議紀錄 / 一、時間：… 二、地點：… 三、出席：… 五、主席：某某 紀錄：某某 /
        # 七、質詢: a council's minutes in 繁体, 纪录 not 记录, the title broken over two lines, the fields numbered: read as news
        "other-traditional-council-minutes-numbered-fields.txt",
        # 清风社区居民议事会会议纪录 / 一、时间：… 二、地点：… 三、主持人：… 四、纪录人：…: the same in simplified characters
        "other-community-council-minutes-jilu-numbered.txt",
    ],
)
def test_minutes_called_jilu_with_numbered_fields_are_minutes(tmp_path: Path, name: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("other", None, [])
    assert doc["genre"] == "会议记录"


def test_minutes_fields_numbered_with_a_dot_are_fields(tmp_path: Path) -> None:
    # 一．时间：… 二．地点：… 四．纪录人：…: the fields numbered 一． as a converted page numbers them
    text = (INGEST / "other-community-council-minutes-jilu-numbered.txt").read_text(encoding="utf-8")
    path = tmp_path / "minutes-dot.txt"
    path.write_text(re.sub(r"^([一二三四五六七])、", r"\1．", text, flags=re.M), encoding="utf-8")
    (tmp_path / "lib").mkdir()
    (doc,) = ingest_paths([path], library=tmp_path / "lib", corpus=tmp_path / "corpus", dry_run=True).as_dict()["documents"]
    assert (doc["kind"], doc["genre"]) == ("other", "会议记录")


@pytest.mark.parametrize(
    "name",
    [
        # 演講辭 / 某某大學醫學院 / 新教學大樓落成典禮致詞 / date / 很高興今天與各位一同見證…: no 我, no 称谓; read as other
        "speech-traditional-ceremony-zhici-no-wo.txt",
        # 某某中学图书馆启用仪式致词 / 很高兴和大家一起迎来…: 致词 (not 致辞) in simplified characters
        "speech-library-opening-zhici-with-everyone.txt",
    ],
)
def test_a_ceremony_zhici_said_to_those_present_is_a_speech(tmp_path: Path, name: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("speech", None, [])


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # 公文素材库 shell / 2024年社区创文工作总结汇报 (twice) / …以来，社区党委… / 一、… 二、… (一是… 二是…): read as other, no points
        ("report-community-work-summary-huibao-yishi.txt", ("report", None, [0, 2])),
        # 2025年上半年工作总结汇报 / 今年以来，镇党委、政府… / 一、… 二、… (一是…三是…)
        ("report-town-half-year-summary-huibao.txt", ("report", None, [0, 3])),
    ],
)
def test_a_work_summary_reported_up_is_a_report_with_its_parts(tmp_path: Path, name: str, want: tuple[object, ...]) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want


@pytest.mark.parametrize(
    "name",
    [
        # 【本報訊】南竿鄉…大會於5月6日登場… / 議程 / 【本報訊】莒光鄉…議程排定… / -五月八日：…: the second item was lost in the first
        "news-traditional-two-wire-items-agenda.txt",
        # 本报讯（记者 某某）5月12日，东湖镇召开… / 本报讯（通讯员 某某）5月13日，西岭乡组织…
        "news-two-wire-items-simplified.txt",
    ],
)
def test_each_item_opening_on_its_wire_tag_is_a_document(tmp_path: Path, name: str) -> None:
    docs = ingest(tmp_path, name)
    assert [shape(d) for d in docs] == [("news", None, [])] * 2


def test_an_item_citing_anothers_news_stays_one_item(tmp_path: Path) -> None:
    # 本报讯（记者 某某）6月3日，东湖镇召开… / 据县气象台消息，… / 会上，…: 据…消息 cites, it opens no item of its own
    (doc,) = ingest(tmp_path, "news-wire-item-citing-weather-station-news.txt")
    assert shape(doc) == ("news", None, [])


@pytest.mark.parametrize(
    ("name", "word"),
    [
        # …也是市委、市政府“一核两翼三区”发展布局的重要内容…: a city's strategy named by its counts
        ("leak-speech-city-numbered-slogan-one-core.txt", "一核两翼三区"),
        # 乡村振兴是县委提出的“一中心四基地五提升”战略的关键一环
        ("leak-speech-county-numbered-slogan-strategy.txt", "一中心四基地五提升"),
        # …也是区委、区政府“一核两翼”发展布局的重要内容…: four characters, a plan's shape by the word after it (not an idiom)
        ("leak-speech-district-four-char-plan-layout.txt", "一核两翼"),
    ],
)
def test_a_local_strategy_named_by_its_counts_is_specific(tmp_path: Path, name: str, word: str) -> None:
    assert general_holding(fragments(tmp_path, name), word) == []


def test_the_nations_own_counted_slogans_stay_general(tmp_path: Path) -> None:
    # 落实“一岗双责” / 坚持一村一品: the nation's words, in any speech; the point holding them stays reusable
    frags = fragments(tmp_path, "leak-speech-county-numbered-slogan-strategy.txt")
    assert general_holding(frags, "一岗双责") != []
