"""Ingest generalised from batch 51's misses and leaks (issue #13): each class of shape in two or three spellings of our
own writing (tests/fixtures/ingest/ingest51-*), never the pages' text."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_fixtures import fragments, general_holding, ingest, shape


@pytest.mark.parametrize(
    "name",
    [
        # 在全国妇联执行委员会会议闭幕会上的讲话: a national body's own meeting (was: the title reusable with 全国 in it)
        "ingest51-national-congress.txt",
        # 在全国见义勇为英雄模范表彰大会上的讲话: a national award meeting (was: the same)
        "ingest51-national-award.txt",
        # 全國總工會…閉幕會上的講話, traditional characters (was: the same)
        "ingest51-national-traditional.txt",
    ],
)
def test_a_national_meetings_own_scope_word_never_stays_in_a_reusable_fragment(tmp_path: Path, name: str) -> None:
    frags = fragments(tmp_path, name)
    assert general_holding(frags, "全国") == [] and general_holding(frags, "全國") == []
    title = next(f for f in frags if f["role"] == "title")
    assert title["specific"]


def test_a_city_working_for_a_national_honour_keeps_its_reusable_title(tmp_path: Path) -> None:
    # 在全市创建全国文明城市动员大会上的讲话: 全市 is the speaker's scope, 全国文明城市 the honour the city works for
    frags = fragments(tmp_path, "ingest51-national-guard-city.txt")
    title = next(f for f in frags if f["role"] == "title")
    assert not title["specific"]
    assert general_holding(frags, "全国文明城市"), "the honour's words are reusable in a city's fragments"


@pytest.mark.parametrize(
    ("name", "subpoints"),
    [
        # 过去一年工作回顾 / ——坚持项目带动，… / ——坚持民生优先，…: one part, the review's dashed achievements told, not its
        # sub-points (was: three points; then [2] until conv48 — the collectors count none, tests/test_conv48.py)
        ("ingest51-report-part-dashes.txt", [0]),
        # 2025年工作回顾 / 聚焦产业发展，… / 聚焦环境整治，… / 2026年工作安排: achievements of two clauses under the review,
        # the plan a part of its own (was: four points)
        ("ingest51-report-part-clauses.txt", [2, 0]),
        # 20XX年工作回顧 / ——突出提升發展質量,…: traditional characters, the copy cut after the first, one part (was: two
        # points; then [1] until conv48)
        ("ingest51-report-part-traditional.txt", [0]),
    ],
)
def test_the_achievement_lines_under_a_reports_unnumbered_part_belong_to_the_part(
    tmp_path: Path, name: str, subpoints: list[int]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("report", None, subpoints)


def test_a_speechs_unnumbered_headings_of_two_clauses_stay_its_points(tmp_path: Path) -> None:
    # 抓好立德树人，落实根本任务 / 抓好队伍建设，夯实发展根基 with no report part over them: the speech's two points
    (doc,) = ingest(tmp_path, "ingest51-report-part-guard-plain.txt")
    assert shape(doc) == ("speech", None, [0, 0])


@pytest.mark.parametrize(
    ("name", "count", "subpoints"),
    [
        # 我想给大家讲三个故事 / 第一个故事，… / 第二个故事，… / 第三个故事，… (was: no count, no points)
        ("ingest51-told-stories.txt", 3, [0, 0, 0]),
        # 我想和大家一起回顾两个难忘的画面 / 在我看来，第一个画面是… / 第二个画面是… (was: no count, no points)
        ("ingest51-told-pictures.txt", 2, [0, 0]),
        # 我想和你們分享我心中三幅校友奮鬥的群像 / 在我心中，第一幅群像的名字是…, traditional, the copy cut in the first
        # (was: no count, no points)
        ("ingest51-told-traditional.txt", 3, [0]),
    ],
)
def test_pictures_or_stories_told_in_turn_are_the_announced_points(
    tmp_path: Path, name: str, count: int, subpoints: list[int]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("speech", count, subpoints)


def test_stories_someone_else_told_announce_nothing(tmp_path: Path) -> None:
    # 一位老教师…讲了三个故事: what happened at another meeting, not this speech's parts
    (doc,) = ingest(tmp_path, "ingest51-told-guard-narrative.txt")
    assert doc["announced_count"] is None


@pytest.mark.parametrize(
    ("name", "title"),
    [
        # …公开信范文一 / … / …公开信范文二 / 亲爱的居民朋友们： / one sentence, cut (was: the second read as a speech)
        ("ingest51-piece-title-letter.txt", "元宵节致全体居民的公开信"),
        # 文明祭扫倡议书篇一 / … / 文明祭扫倡议书篇二: the piece number after 篇 (already a letter before: its 倡议 calls readers)
        ("ingest51-piece-title-pledge.txt", "文明祭扫倡议书"),
        # 中秋節致社區居民的慰問信範文二, traditional characters (was: the same)
        ("ingest51-piece-title-traditional.txt", "中秋节致社区居民的慰问信"),
    ],
)
def test_a_letters_piece_number_on_its_title_line_keeps_the_cut_second_piece_a_letter(
    tmp_path: Path, name: str, title: str
) -> None:
    docs = ingest(tmp_path, name)
    assert len(docs) == 2
    second = docs[1]
    assert second["kind"] in ("letter", "other") and second["points"] == []
    assert second["lines"][0] == docs[0]["lines"][1] + 1, "the title line opens the second piece"


@pytest.mark.parametrize(
    "name",
    [
        # a forum thread: 关于停办青禾乡 / …元宵庙会的通告, 全乡广大居民、商户朋友们：, the office's name and date, then the
        # forum's 回复 / 使用道具 举报 and a reply (was: a speech)
        "ingest51-notice-forum.txt",
        # 關於禁止在村內河道 / 游泳嬉水的公告, traditional characters, the same forum (was: a letter)
        "ingest51-notice-forum-traditional.txt",
        # 关于调整…营业时间的公告 run onto the forum's post header by the page (was: a letter)
        "ingest51-notice-split-title.txt",
    ],
)
def test_an_offices_public_notice_is_neither_speech_nor_letter(tmp_path: Path, name: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert doc["kind"] == "other" and doc["genre"] == "通告" and doc["points"] == []


def test_news_that_an_office_issued_a_notice_stays_news(tmp_path: Path) -> None:
    # 县政府发布关于…的通告 / 3月10日，县人民政府发布…: a report that the notice was issued
    (doc,) = ingest(tmp_path, "ingest51-notice-guard-news.txt")
    assert doc["kind"] == "news"


@pytest.mark.parametrize(
    ("name", "pieces"),
    [
        # 以下是几篇会议纪要的写法，供大家参考… / 镇长办公会议纪要的写法（精选3篇）篇一 / … / …篇二: the site's blurb over the
        # piece numbered one on its title line (was: the blurb a document of its own)
        ("ingest51-blurb-titled-piece.txt", 2),
        # 下面是小编为大家整理的几篇讲话稿，仅供参考。 / 校长在秋季开学典礼上的讲话（篇1）: the same with （篇1） (already read)
        ("ingest51-blurb-titled-piece-speech.txt", 2),
    ],
)
def test_a_collections_blurb_over_its_titled_first_piece_is_no_document(tmp_path: Path, name: str, pieces: int) -> None:
    docs = ingest(tmp_path, name)
    assert len(docs) == pieces
    assert docs[0]["lines"][0] >= 2, "the blurb on line 1 is in no document"


@pytest.mark.parametrize(
    ("name", "last_line"),
    [
        # 谢谢大家！ / 阅读全文 / 相关文章更多>> / 最新发布文章更多>> / three linked titles (was: the titles a report of their own)
        ("ingest51-links-box.txt", 9),
        # 謝謝大家! / 展開全文 / 熱門文章更多>> / two linked titles, traditional (was: the titles read as the speech's closing)
        ("ingest51-links-box-traditional.txt", 9),
    ],
)
def test_a_links_box_under_the_text_is_the_pages_not_a_document(tmp_path: Path, name: str, last_line: int) -> None:
    (doc,) = ingest(tmp_path, name)
    assert doc["kind"] == "speech" and doc["lines"][1] == last_line


def test_a_links_label_inside_the_text_cuts_nothing(tmp_path: Path) -> None:
    # 相关文章 between two paragraphs of the speech, running text after it: not a box under the text
    (doc,) = ingest(tmp_path, "ingest51-links-box-guard.txt")
    assert doc["kind"] == "speech" and doc["lines"][1] == 11


@pytest.mark.parametrize(
    ("name", "last_line"),
    [
        # 毕业典礼教师代表发言6篇 / … / …发言1亲爱的同学们： / … ……此处隐藏8240个字……也忘不了…: a student's words after the
        # marker (was: the end of the teacher's speech)
        ("ingest51-hidden-collection-speech.txt", 5),
        # 给一线医务人员的慰问信 / …慰问信1 全市广大医务工作者： … ……此处隐藏6150个字……护士节到来之际…: another letter
        # (was: the end of the first)
        ("ingest51-hidden-collection-letter.txt", 4),
        # 開業典禮致辭5篇 / 開業典禮致辭1尊敬的…, traditional characters (was: the same)
        ("ingest51-hidden-collection-traditional.txt", 4),
    ],
)
def test_the_words_after_a_paywall_in_a_numbered_collection_are_a_later_piece(
    tmp_path: Path, name: str, last_line: int
) -> None:
    docs = ingest(tmp_path, name)
    assert len(docs) == 2
    assert docs[1]["lines"] == [last_line, last_line] and docs[1]["points"] == []


def test_a_single_speech_keeps_the_words_after_its_hidden_middle(tmp_path: Path) -> None:
    # 在全县城市社区工作会议上的讲话 … ……此处隐藏6210个字……要把社区工作纳入…: no piece numbered 1, the same speech goes on
    (doc,) = ingest(tmp_path, "ingest51-hidden-guard-single.txt")
    assert doc["kind"] == "speech" and doc["lines"] == [1, 6]


@pytest.mark.parametrize(
    ("name", "firm"),
    [
        # 我谨代表青禾公司全体员工: the company the speaker speaks for, by its short name (was: in a reusable opening)
        ("ingest51-firm-spoken-for.txt", "青禾"),
        # 我代表远航集团党委和经营班子 (was: the same)
        ("ingest51-firm-spoken-for-group.txt", "远航"),
        # 我謹代表康寧公司全體員工, traditional characters (was: the same)
        ("ingest51-firm-spoken-for-traditional.txt", "康宁"),
    ],
)
def test_the_company_a_speaker_speaks_for_never_stays_in_a_reusable_fragment(
    tmp_path: Path, name: str, firm: str
) -> None:
    assert general_holding(fragments(tmp_path, name), firm) == []


def test_the_later_piece_of_a_collection_of_letters_is_a_letter(tmp_path: Path) -> None:
    # 给一线医务人员的慰问信 / …慰问信1 … ……此处隐藏6150个字……护士节到来之际，我们谨代表…: another 慰问信 (was: missing, then
    # a document with no title that nothing called a letter)
    docs = ingest(tmp_path, "ingest51-hidden-collection-letter.txt")
    assert docs[1]["kind"] in ("letter", "other") and docs[1]["genre"] == "书信"
