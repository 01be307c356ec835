"""Ingest generalised from batch 60's misses (issue #13): each class of shape in three spellings of our own writing
(tests/fixtures/ingest/ingest60-*: simplified, traditional, half-width punctuation), never the pages' text; a guard of
the same class beside each, which must not be read so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from archive_fixtures import INGEST, fragments, general_holding, ingest, shape

from drafter.ingest import ingest_paths


def removed(tmp_path: Path, name: str) -> list[dict[str, Any]]:
    """The lines ingest took out of fixtures/ingest/NAME, with why."""
    (tmp_path / "lib").mkdir(parents=True, exist_ok=True)
    report = ingest_paths(
        [INGEST / name], library=tmp_path / "lib", corpus=tmp_path / "corpus", dry_run=True
    )
    out: list[dict[str, Any]] = report.as_dict()["files"][0]["removed"]
    return out


@pytest.mark.parametrize(
    ("name", "count"),
    [
        # …一是巡护力量还要加强。…严防...... / 预览结束… / 《…的讲话》所在栏目：精选范文 > 内容摘要：同志们：… (was: no sub-point)
        ("ingest60-recap-card.txt", 3),
        ("ingest60-recap-card-traditional.txt", 3),  # 所在欄目：優質範文 > 內容摘要：…
        ("ingest60-recap-card-halfwidth.txt", 3),  # 所在栏目:讲话致辞 > 内容摘要:同志们: …
    ],
)
def test_a_sites_recap_card_under_a_cut_copy_is_no_text_of_its_last_point(
    tmp_path: Path, name: str, count: int
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("speech", count, [1])
    assert doc["lines"][1] == 5  # the card (line 7 or 6) is the page's, not the speech's
    assert any(r["reason"] == "网页摘要" and "所在栏" in r["text"] for r in removed(tmp_path, name))


def test_a_document_title_in_book_marks_inside_a_point_stays_the_speechs(tmp_path: Path) -> None:
    # 《镇安全生产责任清单》所在的各项条款…内容摘要要张贴上墙: a sentence of the speech, no card of the site
    (doc,) = ingest(tmp_path, "ingest60-recap-card-guard.txt")
    assert shape(doc) == ("speech", 2, [0, 0])
    assert doc["lines"] == [1, 8]


@pytest.mark.parametrize(
    ("name", "second"),
    [
        # …各乡镇、各部门要对照防汛责任清单， / 某某文库在…的讲话 / 副县长检查…时的讲话 / 副县长检查…时的讲话一、… (was: one speech)
        ("ingest60-library-footer.txt", "副县长检查汛前准备工作时的讲话"),
        (
            "ingest60-library-footer-traditional.txt",
            "市长检查森林防火工作时的讲话",
        ),  # 某某文庫…, traditional
        (
            "ingest60-library-footer-halfwidth.txt",
            "区长调研企业安全生产工作时的讲话",
        ),  # half-width punctuation
    ],
)
def test_a_librarys_footer_and_the_next_title_under_a_cut_copy_open_the_next_piece(
    tmp_path: Path, name: str, second: str
) -> None:
    first, nxt = ingest(tmp_path, name)
    assert (first["kind"], first["lines"], len(first["points"])) == ("speech", [1, 3], 0)
    assert (nxt["kind"], nxt["title"], nxt["lines"][0], len(nxt["points"])) == (
        "speech",
        second,
        6,
        1,
    )
    assert [
        r["line"] for r in removed(tmp_path, name) if r["reason"] == "网页页脚（网站名和标题）"
    ] == [5]


def test_a_librarys_name_before_the_only_title_stays_the_title(tmp_path: Path) -> None:
    # 某某文库在全镇春耕生产工作会议上的讲话 over the speech, said nowhere else: the page's only title, nothing taken out
    (doc,) = ingest(tmp_path, "ingest60-library-footer-guard.txt")
    assert shape(doc) == ("speech", 2, [0, 0])
    assert doc["title"].endswith("在全镇春耕生产工作会议上的讲话")
    assert not any(
        r["reason"] == "网页页脚（网站名和标题）"
        for r in removed(tmp_path, "ingest60-library-footer-guard.txt")
    )


@pytest.mark.parametrize(
    ("name", "titles"),
    [
        # 1、…依然存 / 2、在。… / 在…的讲话.doc / 《…doc》由会员分享… / 1、在…的讲话同志们：… / 2、生。… (was: one speech,
        # its title 1、在…的讲话, the second speech's point read as the first one's)
        (
            "ingest60-file-title.txt",
            ("在全县植树造林动员大会上的讲话", "在全县森林资源保护工作会议上的讲话"),
        ),
        (
            "ingest60-file-title-traditional.txt",
            ("在全市秋粮收购工作会议上的讲话", "在全市粮食安全责任制考核工作会议上的讲话"),
        ),
        (
            "ingest60-file-title-halfwidth.txt",
            ("在全区文明城市创建推进会上的讲话", "在全区志愿服务工作推进会上的讲话"),
        ),  # …讲话.pdf
    ],
)
def test_two_pieces_of_a_sharing_site_each_under_its_file_name_and_page_numbers(
    tmp_path: Path, name: str, titles: tuple[str, str]
) -> None:
    first, second = ingest(tmp_path, name)
    assert (first["title"], second["title"]) == titles
    assert (shape(first), shape(second)) == (("speech", 3, [2]), ("speech", 3, [1]))
    assert second["lines"][0] == 4


def test_a_real_list_numbered_again_under_each_part_keeps_its_numbers(tmp_path: Path) -> None:
    # 一、主要工作 / 1、…。 / 2、…。 / 二、下半年打算 / 1、…。 / 2、…。: items ending on a stop, no page's numbers
    (doc,) = ingest(tmp_path, "ingest60-page-numbers-guard.txt")
    assert shape(doc) == ("report", None, [2, 2])
    assert not any(
        r["reason"] == "文库分页编号" for r in removed(tmp_path, "ingest60-page-numbers-guard.txt")
    )


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # …我讲三点意见。hoSTnaMe 一、突出安全这个前提 一方面，… (was: the first point not read)
        ("ingest60-scattered-junk.txt", ("speech", 3, [0, 0, 0])),
        (
            "ingest60-scattered-junk-traditional.txt",
            ("speech", 2, [0, 0]),
        ),  # …兩點意見。wEbSiTeRoot 一、…
        (
            "ingest60-scattered-junk-halfwidth.txt",
            ("speech", 2, [0, 0]),
        ),  # …两点意见。 lOcAlPaTh 一、…
    ],
)
def test_a_latin_word_whose_case_flips_between_sentences_is_the_sites_junk(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want
    assert [r["reason"] for r in removed(tmp_path, name)] == ["网页防复制乱码"]


def test_names_of_software_in_a_speech_are_no_junk(tmp_path: Path) -> None:
    # WeChat小程序 / PowerPoint演示: words of the speech, their case flipping three times at most
    (doc,) = ingest(tmp_path, "ingest60-scattered-junk-guard.txt")
    assert shape(doc) == ("speech", 2, [0, 0])
    assert not removed(tmp_path, "ingest60-scattered-junk-guard.txt")


@pytest.mark.parametrize(
    "name",
    [
        # …众人纷纷鼓起掌来。 / …县长放下茶杯，皱了皱眉，又轻咳了一下，这才开口：“同志们，…” (was: news)
        "ingest60-narrator-meeting.txt",
        "ingest60-narrator-meeting-traditional.txt",  # 環視了一下會場，乾咳了兩聲 / 眾人紛紛點頭 (was: other, no genre)
        "ingest60-narrator-meeting-halfwidth.txt",  # 目光扫过全场,清了清嗓子 / 众人都低下头 (was: other, no genre)
    ],
)
def test_a_chapter_that_tells_the_speakers_look_and_the_crowd_is_a_novels(
    tmp_path: Path, name: str
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert (doc["kind"], doc["genre"], doc["points"]) == ("other", "网络小说", [])


def test_a_news_item_with_applause_and_a_saying_is_news(tmp_path: Path) -> None:
    # 众人拾柴火焰高 / 全场报以热烈的掌声 in a county's news item: no narrator
    (doc,) = ingest(tmp_path, "ingest60-narrator-meeting-guard.txt")
    assert (doc["kind"], doc["genre"]) == ("news", "")


@pytest.mark.parametrize(
    ("name", "want", "news_from"),
    [
        # 同志们：… 第一，…对…… / 预览结束… / (blank) / 会议听取了…的汇报… / 会议强调，…（通讯员 某某） (was: one speech)
        ("ingest60-told-meeting.txt", ("speech", 3, [0]), 7),
        (
            "ingest60-told-meeting-traditional.txt",
            ("speech", 2, [0]),
            6,
        ),  # 會議審議了… / 會議指出，…
        (
            "ingest60-told-meeting-halfwidth.txt",
            ("speech", 3, [0]),
            6,
        ),  # 会上,区教育局通报了… / 会议要求,…
    ],
)
def test_a_meeting_told_of_after_a_seam_below_a_speech_is_the_next_news_item(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]], news_from: int
) -> None:
    speech, news = ingest(tmp_path, name)
    assert shape(speech) == want
    assert (news["kind"], news["lines"][0]) == ("news", news_from)


def test_a_news_items_own_paragraphs_set_apart_by_blank_lines_stay_one_item(tmp_path: Path) -> None:
    # 3月12日，某某县召开… / (blank) / 会议听取了… / (blank) / 会议强调，…: one news item, no speech above
    (doc,) = ingest(tmp_path, "ingest60-told-meeting-guard.txt")
    assert (doc["kind"], doc["lines"]) == ("news", [1, 7])


@pytest.mark.parametrize(
    ("name", "second"),
    [
        # …先进集体和个人颁了奖。 / 扫一扫在手机打开当前页 / 10月21日，全县…推进会在…召开。 (was: one news item)
        ("ingest60-item-after-footer.txt", 6),
        (
            "ingest60-item-after-footer-traditional.txt",
            5,
        ),  # 【打印本頁】【關閉窗口】 / 6月2日，…召開。
        ("ingest60-item-after-footer-halfwidth.txt", 5),  # 扫一扫… / 9月3日,…召开。
    ],
)
def test_a_dated_lead_under_a_pages_footer_line_opens_the_next_news_item(
    tmp_path: Path, name: str, second: int
) -> None:
    first, nxt = ingest(tmp_path, name)
    assert (first["kind"], nxt["kind"], nxt["lines"][0]) == ("news", "news", second)
    assert first["lines"][1] < second


def test_a_footer_line_inside_one_news_item_divides_nothing(tmp_path: Path) -> None:
    # 4月9日上午，…召开… / 会议总结了… / 扫一扫在手机打开当前页 / 会议要求，…: no dated lead under the footer
    (doc,) = ingest(tmp_path, "ingest60-item-after-footer-guard.txt")
    assert (doc["kind"], doc["lines"]) == ("news", [1, 5])


@pytest.mark.parametrize(
    ("name", "title"),
    [
        # …讲话稿同志们：…（一）…要 / 2026年在…紧急会议讲话稿和在…工作讲话范文2026年在…紧急会议上的讲话范文稿受某某同志委托，…
        # (was: one speech whose count was the second one's)
        ("ingest60-run-in-titles.txt", "2026年在全县非洲猪瘟防控工作紧急会议上的讲话"),
        ("ingest60-run-in-titles-traditional.txt", "2026年在全市燃气安全紧急视频会议上的讲话"),
        ("ingest60-run-in-titles-halfwidth.txt", "2026年在全区校园安全紧急视频会议上的讲话"),
    ],
)
def test_a_collections_heading_and_title_run_into_the_next_speech_open_it(
    tmp_path: Path, name: str, title: str
) -> None:
    first, second = ingest(tmp_path, name)
    assert (shape(first), first["lines"]) == (("speech", 2, [1]), [1, 1])
    assert (shape(second), second["title"], second["lines"]) == (("speech", 3, [0]), title, [2, 2])


def test_a_paragraph_deep_in_a_speech_opening_on_another_speechs_title_stays_in_it(
    tmp_path: Path,
) -> None:
    # 在全县…会议上的讲话稿受县委办委托，已由镇党政办印发各村…: one title only, past the page's first lines
    (doc,) = ingest(tmp_path, "ingest60-run-in-titles-guard.txt")
    assert shape(doc) == ("speech", 3, [0, 0, 0])
    assert doc["lines"] == [1, 13]


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # 为什么要…？首先，这是…。其次，这是…。再次，这是…。 in the point's paragraph (was: no sub-point)
        ("ingest60-order-parts.txt", ("speech", 3, [3, 0, 0])),
        (
            "ingest60-order-parts-traditional.txt",
            ("speech", 2, [3, 0]),
        ),  # 首先，…。其次，…。第三，…。
        ("ingest60-order-parts-halfwidth.txt", ("speech", 2, [3, 0])),  # 首先,…。其次,…。最后,…。
    ],
)
def test_three_parts_in_turn_run_into_a_points_paragraph_are_its_sub_points(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want
    assert all(doc["points"][0]["subpoints"])


def test_a_lone_first_or_a_first_and_second_inside_a_sentence_are_no_sub_points(
    tmp_path: Path,
) -> None:
    # 首先，要把防汛物资备足…。 (alone) / …我们首先要保证…，其次才是… (inside a sentence)
    (doc,) = ingest(tmp_path, "ingest60-order-parts-guard.txt")
    assert shape(doc) == ("speech", 2, [0, 0])


@pytest.mark.parametrize(
    ("name", "river"),
    [
        # …白沙河流域部分断面水质时有反复… in a point (was: a general fragment naming the county's river)
        ("ingest60-basin-name.txt", "白沙河"),
        ("ingest60-basin-name-traditional.txt", "柳溪河"),  # 要對柳溪河流域開展綜合治理
        (
            "ingest60-basin-name-halfwidth.txt",
            "黄泥河",
        ),  # 要把黄泥河流域治理作为…, half-width punctuation
    ],
)
def test_a_local_river_named_by_its_basin_makes_the_fragment_specific(
    tmp_path: Path, name: str, river: str
) -> None:
    frags = fragments(tmp_path, name)
    assert any(river in yaml.safe_dump(f, allow_unicode=True) for f in frags)
    assert general_holding(frags, river) == []


def test_basins_that_name_no_river_leave_the_fragment_general(tmp_path: Path) -> None:
    # 以小流域为单元…对重点流域实行全流域治理: 流域 as a word, no river of the place
    frags = fragments(tmp_path, "ingest60-basin-name-guard.txt")
    assert general_holding(frags, "小流域") != []


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # 回顾2025年工作成果 / 过去的一年，… / 经济运行稳中有进，… / 农业生产再获丰收，… / … / 展望2026年工作目标 / …
        # (was: the parts with no sub-point)
        ("ingest60-lead-clauses.txt", ("report", None, [4, 3])),
        ("ingest60-lead-clauses-traditional.txt", ("report", None, [3, 3])),  # 經濟發展穩中向好，…
        ("ingest60-lead-clauses-halfwidth.txt", ("report", None, [3, 3])),  # 农业基础不断夯实,…
    ],
)
def test_a_report_parts_paragraphs_led_by_their_fields_are_its_sub_points(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want


def test_paragraphs_led_by_a_time_or_a_turn_are_no_fields(tmp_path: Path) -> None:
    # 今年以来，我们… / 同时，我们… / 此外，… under 回顾2025年工作成果: the account's sentences, no fields
    (doc,) = ingest(tmp_path, "ingest60-lead-clauses-guard.txt")
    assert shape(doc) == ("report", None, [0, 0])
