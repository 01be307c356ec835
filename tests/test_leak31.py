"""Ingest generalised from batch 47's first-sight leaks and misses (issue #13): each class of shape in two or three
spellings of our own writing (tests/fixtures/ingest/leak31-*), never the pages' text."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_fixtures import fragments, general_holding, ingest, shape


@pytest.mark.parametrize(
    ("name", "word"),
    [
        ("leak31-leak-population-county.txt", "三十万人民"),  # 凝聚全县三十万人民干事创业共识
        ("leak31-leak-population-city.txt", "八百万市民"),  # 要让八百万市民看得见、摸得着
        ("leak31-leak-population-million.txt", "百万群众"),  # 为百万群众营造整洁有序的生活环境
    ],
)
def test_a_places_population_in_words_is_in_no_general_fragment(
    tmp_path: Path, name: str, word: str
) -> None:
    assert general_holding(fragments(tmp_path, name), word) == []


@pytest.mark.parametrize(
    ("name", "word"),
    [
        (
            "leak31-leak-shortname-people-style.txt",
            "平安",
        ),  # 展现平安人的新担当 / 谱写平安高质量发展的新篇章
        ("leak31-leak-shortname-history.txt", "长安"),  # 二十多年来，长安从一个以农业为主的地方……
        (
            "leak31-leak-shortname-two-places.txt",
            "滨海",
        ),  # 滨海县 and 滨海新区: 十多年来，滨海从… / 滨海人的新作风
    ],
)
def test_a_short_name_that_is_also_a_word_is_the_place_in_its_own_stake(
    tmp_path: Path, name: str, word: str
) -> None:
    assert general_holding(fragments(tmp_path, name), word) == []


@pytest.mark.parametrize(
    ("name", "word"),
    [
        ("leak31-leak-project-strategy.txt", "竹编工艺传承和文创发展中心"),  # 以建设……为战略牵引
        ("leak31-leak-project-park.txt", "智能装备与新材料产业园"),  # 全力推进……产业园建设
        ("leak31-leak-project-zone.txt", "智慧物流与跨境电商示范区"),  # 以打造……示范区为战略支点
    ],
)
def test_an_own_project_by_its_name_is_in_no_general_fragment(
    tmp_path: Path, name: str, word: str
) -> None:
    assert general_holding(fragments(tmp_path, name), word) == []


@pytest.mark.parametrize(
    ("name", "word"),
    [
        ("leak31-leak-road-segment.txt", "和平路"),  # 隆重举行和平路东段、建设路改造工程开工仪式
        ("leak31-leak-road-segment.txt", "建设路"),
        ("leak31-leak-road-avenue.txt", "解放大道"),  # 今天，解放大道拓宽工程竣工通车了
        ("leak31-leak-road-street.txt", "中山街"),  # 举行中山街综合整治工程启动仪式
    ],
)
def test_a_road_in_a_ceremony_is_in_no_general_fragment(
    tmp_path: Path, name: str, word: str
) -> None:
    assert general_holding(fragments(tmp_path, name), word) == []


def test_words_of_every_place_stay_general(tmp_path: Path) -> None:
    # 亿万人民, 几十万人民 (no figure), 以建设新时代文明实践中心为抓手, 乡镇综合文化站和村级综合服务中心 (two kinds),
    # 农村公路和城市道路, 群众越需要路通车畅: nothing here binds a fragment to one place
    frags = fragments(tmp_path, "leak31-leak-guard-general.txt")
    assert [f["id"] for f in frags if f["specific"]] == []


def test_a_collection_label_and_blurb_over_its_first_piece_are_no_document(tmp_path: Path) -> None:
    # 爱护公共设施倡议书（实用12篇） twice / three blank lines / 通过分析范文范本,… / 爱护公共设施倡议书 / 亲爱的市民朋友们：
    # (before: the label and blurb were a document of their own, beside the proposal)
    (doc,) = ingest(tmp_path, "leak31-collection-label-proposal.txt")
    assert doc["kind"] == "other" and doc["lines"][0] > 9


@pytest.mark.parametrize(
    "name",
    [
        # a 范文 site's page on 会议纪要: 一、准确把握会议纪要的概念、特征及其类别 / 1.会议纪要的概念:… (the article's parts)
        "leak31-guide-minutes-concepts.txt",
        # a novel's chapter copied bare: 第一项议程:… / 老支书缓缓走上台,脸上带着……神色 / 众人的眼神… / 小声议论着
        "leak31-story-meeting-chapter.txt",
    ],
)
def test_a_guide_to_a_genre_or_a_story_of_a_meeting_is_no_speech(tmp_path: Path, name: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("other", None, [])


def test_a_speech_that_describes_its_listeners_once_stays_a_speech(tmp_path: Path) -> None:
    # 同志们： / …不少同志脸上带着笑容，眼神里透着干劲… / 下面，我讲两点意见。: two marks of a narrator, and a 称谓
    (doc,) = ingest(tmp_path, "leak31-story-guard-speech.txt")
    assert shape(doc) == ("speech", 2, [0, 0])
