"""Ingest generalised from batch 57's misses (issue #13): each class of shape in two or three spellings of our own
writing (tests/fixtures/ingest/ingest57-*), never the pages' text; a guard of the same class beside each."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_fixtures import ingest, shape


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # 主要分三个方面来讲，供各支部书记…参考。 in a 党课 (was: no count announced)
        ("ingest57-count-first-lecture.txt", ("speech", 3, [0, 0, 0])),
        # 下面，結合全縣實際，重點從兩個方面來談，…, traditional, a county's meeting (was: no count)
        ("ingest57-count-first-traditional.txt", ("speech", 2, [0, 0])),
        # 今天的讲话,分四个方面来讲. with halfwidth punctuation, a district's (was: no count)
        ("ingest57-count-first-halfwidth.txt", ("speech", 4, [0, 0, 0, 0])),
    ],
)
def test_a_count_said_before_its_verb_with_lai_announces_the_points(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want


def test_another_speakers_talk_told_by_its_count_announces_nothing(tmp_path: Path) -> None:
    # 上周，县长在全县大会上分三个方面来讲了当前形势: a report of another talk
    (doc,) = ingest(tmp_path, "ingest57-count-first-guard.txt")
    assert shape(doc) == ("speech", None, [0, 0])


@pytest.mark.parametrize(
    ("name", "second"),
    [
        # 倡议书 / … / 某某县妇女联合会 / 2026年4月8日 / 版权所有：… / 全县各级团组织、广大团员青年朋友们： (was: one letter)
        ("ingest57-signed-then-salutation-calls.txt", 19),
        # 慰問信 / … / 中共某某鎮委員會　某某鎮人民政府 / 2026年2月10日 / 親愛的軍屬朋友們：, traditional (was: one)
        ("ingest57-signed-then-salutation-traditional.txt", 11),
        # 一封信 / … / 某某镇中心小学 / (2026年7月1日) / 各位家长朋友: with halfwidth punctuation (was: one)
        ("ingest57-signed-then-salutation-halfwidth.txt", 11),
    ],
)
def test_a_salutation_under_a_pieces_signature_and_date_opens_the_next_piece(
    tmp_path: Path, name: str, second: int
) -> None:
    first, nxt = ingest(tmp_path, name)
    assert (first["kind"], first["genre"], nxt["kind"], nxt["genre"]) == (
        "other",
        "书信",
        "other",
        "书信",
    )
    assert nxt["lines"][0] == second
    assert first["lines"][1] < second


def test_a_speakers_name_and_date_over_the_salutation_stay_the_speechs_front(
    tmp_path: Path,
) -> None:
    # title / 某某镇党委书记 / 2026年3月6日 / 同志们：: the speech's own front matter, nothing signed before it
    (doc,) = ingest(tmp_path, "ingest57-signed-then-salutation-guard.txt")
    assert shape(doc) == ("speech", 2, [0, 0])


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # 2025年工作回顾 / 1.…2.…3. / 2026年工作打算 / 1.…2.…3. in a county's 政府工作报告 (was: six points)
        ("ingest57-part-lines-report.txt", ("report", None, [3, 3])),
        # …匯報如下： / 上半年工作總結 / 1、2、 / 下半年工作計劃 / 1、2、3、, traditional (was: a second document, five points)
        ("ingest57-part-lines-traditional.txt", ("report", None, [2, 3])),
        # 今年工作回顾 / 1.2. / 明年工作安排 / 1.2. with halfwidth punctuation, a community's report (was: four points)
        ("ingest57-part-lines-halfwidth.txt", ("report", None, [2, 2])),
        # …向大会报告工作，请予审议… / 2025年工作回顾 / running text, the copy cut (was: no point)
        ("ingest57-part-line-cut.txt", ("report", None, [0])),
        # …我向大會報告工作，請予審議。 / 過去一年工作回顧 / …, traditional, cut (was: no point)
        ("ingest57-part-line-cut-traditional.txt", ("report", None, [0])),
    ],
)
def test_a_reports_bare_part_lines_are_its_points_and_the_numbered_items_under_them_its_subpoints(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want


def test_numbered_parts_of_a_plan_keep_their_own_numbering(tmp_path: Path) -> None:
    # 一、工作思路 / 二、工作重点 / 1、2、3、: the parts are numbered, the items theirs as before
    (doc,) = ingest(tmp_path, "ingest57-part-lines-guard.txt")
    assert shape(doc) == ("report", None, [0, 3])


@pytest.mark.parametrize(
    ("name", "speech_title", "first_line"),
    [
        # 目录 / title / 3 / title / 9 / … / the first piece's title, its 称谓 (was: the list opened the speech)
        ("ingest57-paged-contents-speeches.txt", "凝心聚力开新局砥砺奋进谱新篇", 10),
        # 目　錄 / 在全縣…講話 2 / 在全鎮…講話 7 / …, traditional, the page number after the title (was: the same)
        ("ingest57-paged-contents-traditional.txt", "在全县教育工作会议上的讲话", 7),
    ],
)
def test_a_contents_list_with_page_numbers_is_filed_apart_from_the_first_piece(
    tmp_path: Path, name: str, speech_title: str, first_line: int
) -> None:
    contents, speech = ingest(tmp_path, name)
    assert (contents["kind"], contents["genre"], contents["points"]) == ("other", "目录", [])
    assert shape(speech) == ("speech", 2, [0, 0])
    assert (speech["title"], speech["lines"][0]) == (speech_title, first_line)


@pytest.mark.parametrize(
    ("name", "title"),
    [
        # site / …汇编30篇 / 目录 / 1. …工作总结 3 / … and nothing else, halfwidth (was: an error, nothing left)
        ("ingest57-paged-contents-only.txt", "2026年乡镇工作总结汇编30篇"),
        # 目錄 / title / 1 / title / 18 / …, traditional, nothing else (was: an error)
        ("ingest57-paged-contents-only-traditional.txt", ""),
    ],
)
def test_a_page_that_is_only_a_contents_list_is_filed_as_one(
    tmp_path: Path, name: str, title: str
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert (doc["kind"], doc["genre"], doc["points"], doc["title"]) == ("other", "目录", [], title)


@pytest.mark.parametrize(
    "name",
    [
        # …——某某县总工会开展春节送温暖活动 / date / 为…，春节前夕，… / 走访一线送温暖 / photos / 近日，… (was: a letter and news)
        "ingest57-story-subhead-news.txt",
        # …區總工會開展夏季送清涼活動 / … / 送清涼到工地 / photo / 7月10日，…, traditional (was: other and news)
        "ingest57-story-subhead-traditional.txt",
        # …某某镇中心学校开展读书月活动 / … / 读书分享展风采 / DSC0001.JPG / 4月20日,…, halfwidth (was: other and news)
        "ingest57-story-subhead-halfwidth.txt",
    ],
)
def test_a_stories_subheads_between_its_photos_do_not_cut_it_in_two(
    tmp_path: Path, name: str
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert (doc["kind"], doc["points"]) == ("news", [])


def test_two_items_each_under_its_own_headline_stay_two(tmp_path: Path) -> None:
    # 某某镇开展…宣传活动 / date / 3月11日，… / 某某县人民医院开展…活动 / date / 3月12日，…: another body, another item
    first, second = ingest(tmp_path, "ingest57-story-subhead-guard.txt")
    assert (first["kind"], second["kind"], second["lines"][0]) == ("news", "news", 7)


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # 首先，…我感到有三个方面的成绩，概括为“三个来之不易”： / 一是…三是 / 其次，…我提两点建议： / 一是 二是
        # (was: three announced, five points)
        ("ingest57-order-part-review.txt", ("speech", None, [3, 2])),
        # 首先，…概括起來就是“兩個更加”： / 一是 二是 / 最後，…謝謝大家！ (the closing), traditional (was: two announced, two points)
        ("ingest57-order-part-traditional.txt", ("speech", None, [2])),
        # 首先,…概括为"三个得好": / 一是…三是 / 其次,…, halfwidth (was: three announced, three points)
        ("ingest57-order-part-halfwidth.txt", ("speech", None, [3, 0])),
    ],
)
def test_a_count_that_ends_the_paragraph_opened_by_shouxian_counts_that_parts_items(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want


def test_a_greeting_opened_by_shouxian_leaves_the_speechs_announcement_alone(
    tmp_path: Path,
) -> None:
    # 首先，我代表…表示热烈的祝贺！ / 下面，我讲三点意见： / 一是 二是 三是
    (doc,) = ingest(tmp_path, "ingest57-order-part-guard.txt")
    assert shape(doc) == ("speech", 3, [0, 0, 0])


@pytest.mark.parametrize(
    ("name", "title"),
    [
        # 电脑桌面 / 添加…到电脑桌面 / 安装后可以在桌面快捷访问 / 本文系作者原创投稿,…请勿照搬照抄! (was: a document of its own)
        ("ingest57-desktop-box.txt", "在全县防汛工作会议上的讲话"),
        # the same box and note, traditional, no blank lines (was: a document of its own)
        ("ingest57-desktop-box-traditional.txt", "在全镇秋季防火工作会议上的讲话"),
    ],
)
def test_a_sites_desktop_shortcut_box_and_its_copying_note_are_the_pages(
    tmp_path: Path, name: str, title: str
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert (doc["kind"], doc["title"], doc["announced_count"]) == ("speech", title, 2)


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # 一、… / ()从历史看，… / ()从现实看，… / 二、… / ()要在…, a 党课 (was: no sub-points)
        ("ingest57-lost-brackets-lecture.txt", ("speech", 2, [2, 2])),
        # （）做強特色產業。…, fullwidth brackets, traditional, a county's meeting (was: no sub-points)
        ("ingest57-lost-brackets-traditional.txt", ("speech", 2, [3, 2])),
        # ( )突出重点行业领域.…, a space in the brackets, halfwidth punctuation (was: no sub-points)
        ("ingest57-lost-brackets-halfwidth.txt", ("speech", 1, [2])),
    ],
)
def test_sub_points_whose_numbers_were_lost_in_copying_keep_their_empty_brackets_and_count(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want
    assert not any(s.startswith(("(", "（")) for p in doc["points"] for s in p["subpoints"])


def test_a_blank_to_fill_in_beside_numbered_sub_points_is_no_sub_point(tmp_path: Path) -> None:
    # （一）… / （）月（）日前，各村将推荐名单报… / （二）…: the point's own （一）（二） stand
    (doc,) = ingest(tmp_path, "ingest57-lost-brackets-guard.txt")
    assert shape(doc) == ("speech", 1, [2])
