"""Ingest generalised from batch 56's misses and leaks (issue #13): each class of shape in two or three spellings of our
own writing (tests/fixtures/ingest/ingest56-*), never the pages' text, with a guard that must not change."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from archive_fixtures import fragments, general_holding, ingest, shape


def _texts(tmp_path: Path, name: str) -> list[str]:
    return [yaml.safe_dump(f, allow_unicode=True) for f in fragments(tmp_path, name)]


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # …结合近期的调研和思考，就做好新学年的工作谈三点意见。 (was: no count)
        ("ingest56-on-topic-college.txt", ("speech", 3, [0, 0, 0])),
        # 圍繞這一任務，就抓好今秋的生產講兩個方面。, traditional (was: no count)
        ("ingest56-on-topic-traditional.txt", ("speech", 2, [0, 0])),
        # 根据区委的要求,就做好今年的社区工作提四点要求., halfwidth punctuation (was: no count)
        ("ingest56-on-topic-halfwidth.txt", ("speech", 4, [0, 0, 0, 0])),
        # 市委书记…就做好今年的党建工作讲了三点意见: what another said, no announcement of this speech's
        ("ingest56-on-topic-guard.txt", ("speech", None, [0, 0])),
    ],
)
def test_a_count_announced_on_a_topic_without_i_or_below_is_the_speakers(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want


@pytest.mark.parametrize(
    ("name", "names"),
    [
        # 白鹭岭下，清溪河畔；三年时光… — a school's couplet of its hills and waters (was: in a general opening)
        ("ingest56-landmarks-school.txt", ["白鹭岭", "清溪河"]),
        # 我們鎮坐落在美麗的臥牛山腳下, traditional (was: in a general opening)
        ("ingest56-landmarks-traditional.txt", ["卧牛山"]),
        # 望月湖畔,石鼓山下,二十年前…, halfwidth punctuation (was: in a general opening)
        ("ingest56-landmarks-halfwidth.txt", ["望月湖", "石鼓山"]),
        # 坐落于风景秀丽的青牛山麓 — a spelling tried after the rule was written (was: in a general opening)
        ("ingest56-landmarks-modifier.txt", ["青牛山"]),
    ],
)
def test_the_hills_and_waters_a_speech_places_itself_among_are_its_own(
    tmp_path: Path, name: str, names: list[str]
) -> None:
    frags = fragments(tmp_path, name)
    assert {n: general_holding(frags, n) for n in names} == dict.fromkeys(names, [])


def test_hills_and_waters_said_as_everyday_words_stay_reusable(tmp_path: Path) -> None:
    # 绿水青山就是金山银山 / 青山脚下的每一片林地: words, no place's names
    frags = fragments(tmp_path, "ingest56-landmarks-guard.txt")
    assert not any(f["specific"] for f in frags)


@pytest.mark.parametrize(
    ("name", "region"),
    [
        # 华北各省的互助合作工作… / 华北农民的生产积极性… — an old 大区's speech (was: in a general opening)
        ("ingest56-great-region-old.txt", "华北"),
        # 在西南地區…會議上的講話 / 西南各省區山多地少…, traditional (was: in a general opening)
        ("ingest56-great-region-traditional.txt", "西南"),
        # 西北五省区的治沙造林工作,…, halfwidth punctuation (was: in a general opening)
        ("ingest56-great-region-halfwidth.txt", "西北"),
        # 支援西北地区建设 — a spelling tried after the rule was written: a region helped from elsewhere (was: general)
        ("ingest56-great-region-support.txt", "西北"),
    ],
)
def test_a_great_region_named_as_the_ground_a_speech_speaks_for_is_a_place(
    tmp_path: Path, name: str, region: str
) -> None:
    assert general_holding(fragments(tmp_path, name), region) == []


def test_a_compass_word_is_no_region(tmp_path: Path) -> None:
    # 受西北风影响: the wind, not a region
    frags = fragments(tmp_path, "ingest56-great-region-guard.txt")
    assert not any(f["specific"] for f in frags)


@pytest.mark.parametrize(
    ("name", "body"),
    [
        # 北辰研究院代表科技界在全市科技创新大会上致辞 over the speech's own title (was: a general title fragment)
        ("ingest56-speaking-body-firm.txt", "北辰研究院"),
        # 農業科學研究院代表農業科技界在全省…大會上致辭, traditional (was: a general title fragment)
        ("ingest56-speaking-body-traditional.txt", "农业科学研究院"),
        # 青禾农业专业合作社在全县…推进会上的发言 / 各位领导,同志们:, halfwidth punctuation (was: a general title fragment)
        ("ingest56-speaking-body-halfwidth.txt", "青禾农业专业合作社"),
    ],
)
def test_the_institution_a_headline_names_as_the_speaker_is_the_sources(
    tmp_path: Path, name: str, body: str
) -> None:
    assert general_holding(fragments(tmp_path, name), body) == []


def test_an_office_every_place_has_named_as_the_speaker_stays_reusable(tmp_path: Path) -> None:
    # 县教育局在全县教育工作会议上作交流发言: the reader's own 教育局 when the fragment is used
    frags = fragments(tmp_path, "ingest56-speaking-body-guard.txt")
    assert not any(f["specific"] for f in frags)


@pytest.mark.parametrize(
    ("name", "title"),
    [
        # 微党课：守住初心…做合格党员同志们，今天…: one line (was: no title, no 称谓)
        ("ingest56-label-title-lecture.txt", "微党课：守住初心担当使命做合格党员"),
        # 黨課：以黨建引領基層治理同志們，基層是…, traditional, a lecture with no 我们 (was: other)
        ("ingest56-label-title-traditional.txt", "党课：以党建引领基层治理"),
        # 演讲稿:扬帆再出发老师们,同学们,今天…, halfwidth punctuation (was: no title, no 称谓)
        ("ingest56-label-title-halfwidth.txt", "演讲稿：扬帆再出发"),
    ],
)
def test_a_genre_label_and_topic_run_into_the_salutation_are_the_title(
    tmp_path: Path, name: str, title: str
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert (doc["kind"], doc["title"]) == ("speech", title)
    assert doc["fragments"].get("salutation") == 1


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # 文档内容： / 城管科年度工作回顾2025年已经过去了，… / 一、市容环境整治城管科全年… (was: other, no parts)
        ("ingest56-year-review-office.txt", ("report", "城管科年度工作回顾", [0, 0, 0])),
        # 文本內容: / 綜合辦公室年度工作回顧2025年已經過去,…, traditional (was: other, no parts)
        (
            "ingest56-year-review-traditional.txt",
            ("report", "综合办公室年度工作回顾", [0, 0, 0, 0]),
        ),
        # 正文: / 社区服务中心2025年工作回顾2025年即将过去,…, halfwidth punctuation (was: other, no parts)
        ("ingest56-year-review-halfwidth.txt", ("report", "社区服务中心2025年工作回顾", [0, 0])),
        # 在全镇年终工作总结大会上的讲话 / … / 一、2025年工作回顾: a speech's part, no report's title
        ("ingest56-year-review-guard.txt", ("speech", "在全镇年终工作总结大会上的讲话", [0, 0])),
    ],
)
def test_an_offices_look_back_on_its_year_run_into_its_title_is_a_report(
    tmp_path: Path, name: str, want: tuple[str, str, list[int]]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert (doc["kind"], doc["title"], [len(p["subpoints"]) for p in doc["points"]]) == want


@pytest.mark.parametrize(
    "name",
    [
        # 篇一:县政府常务会议 / …的通知 / 【制定机关】… 【公布日期】… 【效力等级】… 【时效性】… (was: news)
        "ingest56-law-record-county.txt",
        # 【發布部門】… 【發文字號】… 【效力級別】… 【時效性】…, traditional (was: news)
        "ingest56-law-record-traditional.txt",
        # [制定机关] … [效力等级] … [时效性] …, halfwidth brackets and punctuation (was: news)
        "ingest56-law-record-halfwidth.txt",
    ],
)
def test_a_document_under_a_legal_databases_catalogue_fields_is_a_filed_document(
    tmp_path: Path, name: str
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert (doc["kind"], doc["genre"], doc["points"]) == ("other", "规范性文件", [])


def test_a_speech_under_a_sites_source_and_date_lines_stays_a_speech(tmp_path: Path) -> None:
    # 来源：县政府办公室 / 发布日期：2026-03-02 / 同志们：: a news site's fields, no catalogue's
    (doc,) = ingest(tmp_path, "ingest56-law-record-guard.txt")
    assert shape(doc) == ("speech", 2, [0, 0])


@pytest.mark.parametrize(
    "name",
    [
        # 8日，市慈善总会向社会发布倡议书，…倡议书全文如下：亲爱的市民朋友们：… 据记者了解，… — one line (was: one document)
        "ingest56-press-letter-flood.txt",
        # 12日，縣紅十字會向社會發出倡議書，…全文如下：親愛的市民朋友們：… 記者獲悉，…, traditional (was: one document)
        "ingest56-press-letter-traditional.txt",
        # 3月30日,区文明办向社会发出倡议书,…全文如下:广大居民朋友们:…, halfwidth punctuation (was: one document)
        "ingest56-press-letter-halfwidth.txt",
    ],
)
def test_a_reporters_dated_lead_and_the_letter_it_prints_run_on_are_two_documents(
    tmp_path: Path, name: str
) -> None:
    news, letter = ingest(tmp_path, name)
    assert (news["kind"], letter["kind"], letter["genre"]) == ("news", "other", "书信")


def test_a_pages_own_lead_in_the_first_person_stays_over_its_letter(tmp_path: Path) -> None:
    # 10月10日，市委、市政府向我校发来贺信。贺信全文如下：全校师生员工们：…: one letter (batch 30's convention)
    (doc,) = ingest(tmp_path, "ingest56-press-letter-guard.txt")
    assert (doc["kind"], doc["genre"]) == ("other", "书信")


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # …以下是我们一年来的主要做法。 二、主要做法 1. … 2. … 3. … 第1 页共 2页 — a preview's one line (was: [0, 1])
        ("ingest56-gap-items-community.txt", ("report", None, [0, 3])),
        # …師生安全感明顯增強。 二、主要措施 1. … 2. … 3. … 4. …, traditional (was: [0, 1])
        ("ingest56-gap-items-traditional.txt", ("report", None, [0, 4])),
        # …取得了较好成效。 二、工作措施 1. … 2. … 3. …, halfwidth commas (was: [0, 1])
        ("ingest56-gap-items-halfwidth.txt", ("report", None, [0, 3])),
        # …实施民生实事项目8个。 2. 万元以下的小项目…: one number after a stop, no series
        ("ingest56-gap-items-guard.txt", ("report", None, [0])),
    ],
)
def test_numbered_items_after_a_stop_in_a_one_line_preview_are_the_items(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want
