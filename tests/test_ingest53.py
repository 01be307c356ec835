"""Ingest generalised from batch 53's misses (issue #13): each class of shape in two or three spellings of our own
writing (tests/fixtures/ingest/ingest53-*), never the pages' text."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_fixtures import fragments, general_holding, ingest, shape


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # …结合这段时间的学习思考，我围绕三个方面同大家交流。 / 第一，… 第二，… 第三，… (was: no count)
        ("ingest53-around-count-study.txt", ("speech", 3, [0, 0, 0])),
        # 我圍繞兩個方面和大家談一談。, traditional, a district's meeting (was: no count)
        ("ingest53-around-count-traditional.txt", ("speech", 2, [0, 0])),
        # …对卫生院新一年的工作,强调以下三点: — no 我, no 意见, halfwidth punctuation (was: no count)
        ("ingest53-stress-count-halfwidth.txt", ("speech", 3, [0, 0, 0])),
        # 会议强调以下三点： relays a superior meeting's points; the speaker's own are 我再提两点要求 (stays 2)
        ("ingest53-stress-count-guard.txt", ("speech", 2, [0, 0])),
    ],
)
def test_a_count_announced_before_the_verb_or_pointing_ahead_with_yixia_is_read(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want


@pytest.mark.parametrize(
    ("name", "kinds"),
    [
        # a paper's meeting item cut mid-sentence (…着力改善), then 同志们: and an untitled speech (was: one speech)
        ("ingest53-cut-then-salutation-news.txt", ["news", "speech"]),
        # 文明祭掃倡議書 cut (…共同營造), then 親愛的同學們: and the school's own 倡議, traditional (was: one letter)
        ("ingest53-cut-then-salutation-letter.txt", ["other", "other"]),
        # a speech cut (…切实), then 各位代表: and another speech, halfwidth punctuation (was: one speech)
        ("ingest53-cut-then-salutation-speech.txt", ["speech", "speech"]),
    ],
)
def test_a_salutation_right_under_a_sentence_the_copy_cut_opens_the_next_piece(
    tmp_path: Path, name: str, kinds: list[str]
) -> None:
    docs = ingest(tmp_path, name)
    assert [d["kind"] for d in docs] == kinds
    first, second = docs
    assert second["lines"][0] == first["lines"][1] + 1, "the salutation opens the second piece"
    assert first["points"] == [], "the cut piece keeps none of the second piece's points"


def test_a_news_item_cut_before_a_salutation_leaves_the_speech_its_count_and_points(
    tmp_path: Path,
) -> None:
    _, speech = ingest(tmp_path, "ingest53-cut-then-salutation-news.txt")
    assert shape(speech) == ("speech", 3, [1])


def test_a_vocative_under_a_long_heading_still_divides_one_speech(tmp_path: Path) -> None:
    # 一、统一思想提高认识切实增强…紧迫感 (no stop at its end) / 同志们： / …: a heading, not a cut sentence
    (doc,) = ingest(tmp_path, "ingest53-cut-then-salutation-guard.txt")
    assert shape(doc) == ("speech", 2, [0, 0])


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # 四是…。 / (三)强化工作举措… / 一是… 二是… 三是…: a 述职 page that starts inside a series (was: three points)
        ("ingest53-midpage-sub-heading-report.txt", ("report", None, [3])),
        # 三是… / 三、加強組織領導… / 一要… 二要… 三要…, traditional, a speech (was: three points)
        ("ingest53-midpage-sub-heading-traditional.txt", ("speech", None, [3])),
        # 四是….(二)深化教育教学改革… / 一是… 二是…, halfwidth punctuation (was: two points)
        ("ingest53-midpage-sub-heading-halfwidth.txt", ("report", None, [2])),
        # 四是… 五是… 六是… with no heading: the copy's leads stay its points
        ("ingest53-midpage-sub-heading-guard.txt", ("report", None, [0, 0, 0])),
    ],
)
def test_a_later_heading_under_the_tail_of_a_series_leads_and_its_yishi_are_sub_points(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want


@pytest.mark.parametrize(
    ("name", "title"),
    [
        # …推进会上的讲话(2860字) twice, the second over an indented 同志们: (was: no title)
        ("ingest53-count-title-speech.txt", "在全县“十五五”规划编制工作推进会上的讲话"),
        # …會議上的講話（3105字）, traditional (was: no title)
        ("ingest53-count-title-traditional.txt", "在全镇安全生产工作会议上的讲话"),
        # 区人民政府2025年工作报告(4512字), a work report (was: no title)
        ("ingest53-count-title-report.txt", "区人民政府2025年工作报告"),
    ],
)
def test_a_document_sites_character_count_after_the_title_is_no_part_of_it(
    tmp_path: Path, name: str, title: str
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert doc["title"] == title


@pytest.mark.parametrize(
    ("name", "title"),
    [
        # a 常务会议 item cut (…隐患排) / 在2026年全县安全生产工作会议上的讲话 / 同志们: (was: the title glued to the cut
        # sentence, the speech titled from its meeting)
        ("ingest53-title-after-cut-news.txt", "在2026年全县安全生产工作会议上的讲话"),
        # 區長在全區民生實事推進會上的講話, traditional (was: no title)
        ("ingest53-title-after-cut-traditional.txt", "区长在全区民生实事推进会上的讲话"),
        # …上的发言 / 各位领导:, halfwidth punctuation (was: one speech, the item in its opening)
        ("ingest53-title-after-cut-halfwidth.txt", "在镇党委理论学习中心组专题学习会上的发言"),
    ],
)
def test_a_speech_title_over_a_salutation_is_never_the_rest_of_a_cut_sentence(
    tmp_path: Path, name: str, title: str
) -> None:
    news, speech = ingest(tmp_path, name)
    assert news["kind"] == "news" and speech["kind"] == "speech"
    assert speech["title"] == title and speech["lines"][0] == news["lines"][1] + 1


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # 一、… / its lead / 首先，要从全局高度把握…，既 (the copy stops): 其次 was cut off (was: no sub-point)
        ("ingest53-cut-after-first-order-plan.txt", ("speech", "几", [1])),
        # 首先，成績來之不易。一是…。二是…，為明年的發展打下了, traditional: the 一是 are the 首先's own list, a level
        # below (was: two sub-points)
        ("ingest53-cut-after-first-order-traditional.txt", ("speech", "几", [1])),
        # 首先,要牢固树立安全发展理念.…切实做到, halfwidth punctuation (was: no sub-point)
        ("ingest53-cut-after-first-order-halfwidth.txt", ("speech", "几", [1])),
        # 二、… / 首先，我代表…表示衷心的感谢。… as the point's only paragraph: a word of the text, no sub-point
        ("ingest53-cut-after-first-order-guard.txt", ("speech", 2, [0, 0])),
    ],
)
def test_a_shouxian_paragraph_where_the_copy_stops_is_the_first_sub_point(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        # …为园区医院的发展作出新的更大的贡献！对园区医院新一年的工作,强调以下三点: (was: in the title and transition)
        ("ingest53-district-hospital-yearend.txt", "园区医院"),
        # 對礦區醫院明年的工作，強調以下兩點, traditional (was: in the title and transition)
        ("ingest53-district-hospital-traditional.txt", "矿区医院"),
        # 新区医院年轻、职工队伍年轻.对新区医院明年的工作,我讲两点意见., halfwidth (was: opening and transition too)
        ("ingest53-district-hospital-halfwidth.txt", "新区医院"),
    ],
)
def test_a_hospital_named_by_its_district_stays_in_specific_fragments(
    tmp_path: Path, name: str, unit: str
) -> None:
    assert general_holding(fragments(tmp_path, name), unit) == []


def test_a_community_hospital_is_a_kind_not_a_name(tmp_path: Path) -> None:
    # 改善乡镇卫生院和社区医院的…条件 / 对社区医院加强业务指导: every county has them, the points stay reusable
    frags = fragments(tmp_path, "ingest53-district-hospital-guard.txt")
    assert not any(f["specific"] for f in frags if f["id"].endswith(("point-1", "point-2")))
