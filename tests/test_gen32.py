"""Ingest generalised from batch 49's misses (issue #13): each class of shape in two or three spellings of our own
writing (tests/fixtures/ingest/gen32-*: other words, other levels, traditional characters), never the pages' text."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_fixtures import fragments, general_holding, ingest, shape


@pytest.mark.parametrize(
    ("name", "pieces"),
    [
        # 凝心聚力谋发展 携手共进创新业 / 12.03.2026  08:30 / ——全市…座谈会讲话和发言摘登 / 3月10日，…座谈会召开。…现将部分讲话和
        # 发言摘要予以刊登，敬请关注。 / 坚定信心 迎难而上 / ——在…座谈会上的讲话（摘要） / 市长 某某 / 今天，我们召开座谈会…
        # (was: one speech titled with the page's day-first time stamp, the paper's lead dropped as a site's 请关注)
        ("gen32-digest-lead-then-pieces.txt", 1),
        # ——全省…座谈会发言摘登 / 6月18日，…座谈会召开。… / two remarks, each under its headline and ——在…上的发言
        # (was: one speech, the speakers' lines read as its two points)
        ("gen32-digest-lead-then-pieces-two.txt", 2),
        # 同心同向 共譜新篇 / ——全縣政協委員座談會講話和發言摘登 / … / ——在…座談會上的主持詞（摘要）, traditional; the host's words
        # recall a session 召開 forty years ago (was: one speech)
        ("gen32-digest-lead-then-pieces-traditional.txt", 1),
    ],
)
def test_a_digest_page_is_the_papers_news_lead_then_each_piece_under_its_headline_and_subtitle(
    tmp_path: Path, name: str, pieces: int
) -> None:
    docs = ingest(tmp_path, name)
    assert [shape(d) for d in docs] == [("news", None, [])] + [("speech", None, [])] * pieces


def test_a_page_date_written_day_first_is_no_title(tmp_path: Path) -> None:
    # 12.03.2026  08:30 under the headline: the page's time stamp, not the news item's title
    news, _speech = ingest(tmp_path, "gen32-digest-lead-then-pieces.txt")
    assert news["title"] == "凝心聚力谋发展携手共进创新业"


@pytest.mark.parametrize(
    ("name", "title"),
    [
        # 在全县安全生产工作会议上的讲话提纲李明（2026年4月8日）县委、县政府今天召开…: one line (was: news)
        ("gen32-outline-title-run-in.txt", "在全县安全生产工作会议上的讲话提纲"),
        # 市长在全市…上的讲话在全区…上的讲话提纲张华〔2026年5月6日〕区委、区政府花一整天时间召开…: a tag page's link to
        # another speech glued over it (was: news)
        (
            "gen32-outline-title-run-in-glued.txt",
            "市长在全市项目建设推进会上的讲话在全区项目建设推进会上的讲话提纲",
        ),
        # 在全鎮…會議上的發言提綱王強〔二〇二六年三月二日〕鎮黨委、鎮政府今天召開…, traditional (was: other)
        ("gen32-outline-title-run-in-traditional.txt", "在全镇乡村振兴工作会议上的发言提纲"),
        # 在全市防汛工作会议上的讲话要点（2026年6月3日）市委、市政府今天召开…: no speaker's name, 讲话要点 (was: news)
        ("gen32-outline-title-run-in-no-name.txt", "在全市防汛工作会议上的讲话要点"),
    ],
)
def test_an_outlines_title_with_its_speaker_and_date_run_into_the_text_makes_a_speech(
    tmp_path: Path, name: str, title: str
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("speech", None, [])
    assert doc["title"] == title


@pytest.mark.parametrize(
    ("name", "speaker"),
    [
        ("gen32-outline-title-run-in.txt", "李明"),
        ("gen32-outline-title-run-in-glued.txt", "张华"),
        ("gen32-outline-title-run-in-traditional.txt", "王强"),
    ],
)
def test_the_run_in_speakers_name_is_in_no_general_fragment(
    tmp_path: Path, name: str, speaker: str
) -> None:
    assert general_holding(fragments(tmp_path, name), speaker) == []


@pytest.mark.parametrize(
    "name",
    [
        # 中学开学典礼学生代表发言稿（共5篇） / 1.中学开学典礼学生代表发言稿 篇一 / 下面小编为大家整理了… / the piece, its 称谓 masked
        # (____级的学弟学妹们：) and so not read (was: the label read as the speech's one point)
        "gen32-collection-numbered-label.txt",
        # 1、小学毕业典礼教师代表致辞 篇1 (unchanged: it was read right before, kept as a guard)
        "gen32-collection-numbered-label-comma.txt",
        # 1.大學畢業典禮學生代表致辭 篇一, traditional (was: one point)
        "gen32-collection-numbered-label-traditional.txt",
    ],
)
def test_a_collections_numbered_piece_label_is_no_point(tmp_path: Path, name: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("speech", None, [])


@pytest.mark.parametrize(
    "name",
    [
        # 我们青石镇柳湾村共有农户… / 回顾几年来我们所做的工作，主要有以下几方面：…, under a journal site's 论文部分内容阅读
        # (was: speech)
        "gen32-unit-experience.txt",
        # 我们东园社区现有居民… / 总结多年来的工作，我们的主要做法是：… (was: speech)
        "gen32-unit-experience-community.txt",
        # 我們河口鄉楊莊村地處兩縣交界… / 回顧幾年來我們所做的工作，主要做法是：…, traditional (was: other)
        "gen32-unit-experience-traditional.txt",
        # 我校始建于上世纪五十年代… / 回顾几年来我们所做的工作，主要做法是：… (was: other)
        "gen32-unit-experience-school.txt",
    ],
)
def test_a_units_own_account_of_its_experience_said_to_no_one_is_a_report(
    tmp_path: Path, name: str
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("report", None, [])


def test_the_same_account_said_to_those_present_stays_a_speech(tmp_path: Path) -> None:
    # 今天借这个机会，向各位领导和同志们汇报一下…: said at an exchange meeting
    (doc,) = ingest(tmp_path, "gen32-unit-experience-guard-said.txt")
    assert doc["kind"] == "speech"


@pytest.mark.parametrize(
    ("name", "letter_lines"),
    [
        # 市教育局发布致…的一封信 / 2026年09月09日08:15  来源：… / 某某网9月8日电（记者 某某）…。全文如下： / 全市广大中小学教师
        # 同志们： / … / 市教育局 / （责编：…） (was: one speech)
        ("gen32-wire-lead-then-letter.txt", [8, 20]),
        # 本报讯（通讯员 某某）近日，县妇联…发出…倡议。倡议全文如下： / 全县广大妇女姐妹们： / … (was: one other)
        ("gen32-wire-lead-then-letter-proposal.txt", [3, 9]),
        # 某某社某某4月2日電 省衛生健康委員會2日發布…慰問信。信件全文如下： / 全省廣大醫務工作者： (no 同志/朋友 in it), traditional
        # (was: one other)
        ("gen32-wire-lead-then-letter-traditional.txt", [3, 8]),
        # 新华社某某5月6日电 …发出致全县家长的一封信。原文如下： / 各位家长朋友： (was: one other)
        ("gen32-wire-lead-then-letter-parents.txt", [3, 8]),
    ],
)
def test_an_agencys_item_that_prints_a_letter_in_full_is_news_then_the_letter(
    tmp_path: Path, name: str, letter_lines: list[int]
) -> None:
    news, letter = ingest(tmp_path, name)
    assert news["kind"] == "news" and not news["points"]
    assert letter["kind"] in ("letter", "other") and letter["lines"] == letter_lines


def test_a_schools_lead_that_hands_over_a_letter_without_a_wire_tag_stays_one_letter(
    tmp_path: Path,
) -> None:
    # 10月12日，…向我院发来贺信，… / 贺信全文如下： / 某某师范学院： / …: batch 30's convention, unchanged
    (doc,) = ingest(tmp_path, "letter-congratulation-printed-in-full-under-news-lead.txt")
    assert doc["kind"] in ("letter", "other")


@pytest.mark.parametrize(
    ("name", "rules_title"),
    [
        # 各乡镇人民政府，县直各部门： / 《…议事规则》已经…通过，现予印发，… / 某某县人民政府 / 2026年3月10日 / （此件公开发布） /
        # 某某县人民政府专题会议议事规则 / 第一章 总 则 / 第一条 … (was: one document)
        ("gen32-notice-then-rules.txt", "某某县人民政府专题会议议事规则"),
        # 现将《…管理办法》印发给你们，… / two offices signing / …管理办法 / 第一条 … (no chapters; was: one document)
        ("gen32-notice-then-rules-measures.txt", "某某镇机关公务接待管理办法"),
        # 《…值班制度》已經…研究同意，現印發給你們 / …值班制度 / 第一章 總則, traditional (was: one document)
        ("gen32-notice-then-rules-traditional.txt", None),
        # 《…工作规则》已经…审议通过，现予印发 / …工作规则 / 第1条 …: articles numbered in figures (was: one document)
        ("gen32-notice-then-rules-arabic.txt", "某某区人民政府工作规则"),
    ],
)
def test_the_notice_that_issues_rules_and_the_rules_are_two_documents(
    tmp_path: Path, name: str, rules_title: str | None
) -> None:
    notice, rules = ingest(tmp_path, name)
    assert notice["kind"] == "other" and rules["kind"] == "other"
    assert not notice["points"] and not rules["points"]
    # The rules start right after the notice, or after a print mark between them ((此件公开发布): removed, shapes33)
    assert notice["lines"][1] + 1 <= rules["lines"][0] <= notice["lines"][1] + 2
    if rules_title:
        assert rules["title"] == rules_title


@pytest.mark.parametrize(
    ("name", "short"),
    [
        # 就是在江都加快工业化、城镇化进程 in a 全区 speech that never names its district in full (was: in the opening fragment)
        ("gen32-leak-short-name-scene.txt", "江都"),
        # 就是要在如皋推进新型工业化 in a 全市 speech (read right before too: a guard)
        ("gen32-leak-short-name-scene-city.txt", "如皋"),
        # 就是在桐廬掀起鄉村振興的新熱潮, traditional (was: in the opening fragment)
        ("gen32-leak-short-name-scene-traditional.txt", "桐庐"),
    ],
)
def test_the_own_places_short_name_as_the_scene_of_the_drive_is_in_no_general_fragment(
    tmp_path: Path, name: str, short: str
) -> None:
    assert general_holding(fragments(tmp_path, name), short) == []
