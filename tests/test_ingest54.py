"""Ingest generalised from batch 54's misses (issue #13): each class of shape in two or three spellings of our own
writing (tests/fixtures/ingest/ingest54-*), never the pages' text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from archive_fixtures import INGEST, fragments, general_holding, ingest, shape

from drafter.ingest import ingest_paths


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # 下面，我再强调几点意见，希望大家抓好贯彻执行。 (was: a notice, 通知, no points)
        ("ingest54-wish-carry-out-speech.txt", ("speech", "几", [0, 0])),
        # 希望同志們認真貫徹執行。, traditional, a county's meeting (was: a notice)
        ("ingest54-wish-carry-out-traditional.txt", ("speech", 3, [0, 0, 0])),
        # 各位同事: / …希望各科室抓好贯彻执行. with halfwidth punctuation (was: a notice)
        ("ingest54-wish-carry-out-halfwidth.txt", ("speech", 2, [0, 0])),
    ],
)
def test_a_speakers_wish_that_the_points_be_carried_out_is_no_notice_formula(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want
    assert doc["genre"] == ""


def test_a_notice_that_asks_the_offices_to_carry_it_out_stays_a_notice(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "ingest54-wish-carry-out-guard.txt")
    assert (doc["kind"], doc["genre"], doc["points"]) == ("other", "通知", [])


@pytest.mark.parametrize(
    "name",
    [
        # [笔趣阁]:….c o m 一秒记住! over a chapter about a county secretary's visit and a 座谈会 (was: news)
        "ingest54-fiction-mirror-tag.txt",
        # 筆趣閣 … 一秒記住，最快更新！ over the same kind of chapter, traditional (was: news)
        "ingest54-fiction-mirror-tag-traditional.txt",
        # no tag: 不动声色 / 使了个眼色 / 心领神会, the narrator's glances and what goes unsaid (was: news)
        "ingest54-fiction-bare-glances.txt",
    ],
)
def test_a_novel_chapter_from_a_fiction_mirror_is_kept_out_as_fiction(
    tmp_path: Path, name: str
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert (doc["kind"], doc["genre"], doc["points"]) == ("other", "网络小说", [])


@pytest.mark.parametrize(
    "name",
    [
        # 为规范党组会议议事程序，…，特制定本制度。 / 一、会议组成 / 三、会议召开 (一)…召集和主持 (was: news)
        "ingest54-rules-untitled.txt",
        # 為提高校務會議的質量，…，特制定本辦法。, traditional (was: news)
        "ingest54-rules-untitled-traditional.txt",
        # …,制定本规定. / (一)院长办公会议原则上每周召开一次, halfwidth punctuation (was: news)
        "ingest54-rules-untitled-halfwidth.txt",
    ],
)
def test_rules_copied_without_their_title_are_known_by_their_preamble(
    tmp_path: Path, name: str
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert (doc["kind"], doc["genre"], doc["points"]) == ("other", "规章制度", [])


def test_a_plan_that_says_it_was_made_stays_a_plan(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "ingest54-rules-untitled-guard.txt")
    assert doc["genre"] == "工作方案"


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # 某局2025年政府信息公开工作年度报告 / …编制并公布本报告。 / 一、总体情况 (一)(二) (was: other, no points)
        ("ingest54-annual-report-title.txt", ("report", None, [2])),
        # 某醫院2025年度社會責任年度報告, traditional, two parts (was: other)
        ("ingest54-annual-report-title-traditional.txt", ("report", None, [2, 0])),
        # 城南街道2025年政务公开工作年度报告, halfwidth punctuation (was: other)
        ("ingest54-annual-report-title-halfwidth.txt", ("report", None, [2])),
    ],
)
def test_an_offices_yearly_report_is_known_by_its_title(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want
    assert doc["title"].endswith("年度报告")


def test_a_headline_telling_that_a_yearly_report_was_published_is_news(tmp_path: Path) -> None:
    (doc,) = ingest(tmp_path, "ingest54-annual-report-title-guard.txt")
    assert doc["kind"] == "news"


@pytest.mark.parametrize(
    "name",
    [
        # 关于印发2026年全县教育工作要点的通知 (no 《》) / … / 2026年2月10日 / 2026年全县教育工作要点 / 一、… (was: two)
        "ingest54-issued-bare-title.txt",
        # …關於印發 / 2026年全鎮安全生產工作要點的通知: the title broken over two lines, traditional (was: two)
        "ingest54-issued-bare-title-traditional.txt",
        # 关于印发 2026年…工作要点的通知 with a space, halfwidth punctuation, blank lines between (was: two)
        "ingest54-issued-bare-title-halfwidth.txt",
    ],
)
def test_a_notice_and_the_plan_it_issues_are_one_document_whatever_the_title_spelling(
    tmp_path: Path, name: str
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert (doc["kind"], doc["points"]) == ("other", [])
    assert doc["lines"][1] >= 12, "the 工作要点 under the notice's date stays with the notice"


@pytest.mark.parametrize(
    ("name", "kinds"),
    [
        # a speech cut (…我代表县委、县政府，向) / blank / (记者 某某 编辑 某某)5月12日，我县举办… (was: one speech)
        ("ingest54-cut-then-credited-news.txt", ["speech", "news"]),
        # …表示衷心的 / blank / 本報訊（記者 某某 通訊員 某某）6月3日，… traditional (was: one speech)
        ("ingest54-cut-then-credited-news-traditional.txt", ["speech", "news"]),
        # …长效机制还没有 / blank / (通讯员 某某 编辑 某某)9月8日,… halfwidth punctuation (was: one speech)
        ("ingest54-cut-then-credited-news-halfwidth.txt", ["speech", "news"]),
        # …帮助群众解决生产中遇到的 / blank / 三月初六，晴，宜出行，忌动土。…会议正在进行 (was: one speech)
        ("ingest54-cut-then-story.txt", ["speech", "other"]),
        # …再強調 / blank / 九月初一，陰，宜開市，忌遠行。… traditional (was: one speech)
        ("ingest54-cut-then-story-traditional.txt", ["speech", "other"]),
    ],
)
def test_an_unrelated_item_saved_after_a_speech_the_copy_cut_is_a_document_of_its_own(
    tmp_path: Path, name: str, kinds: list[str]
) -> None:
    docs = ingest(tmp_path, name)
    assert [d["kind"] for d in docs] == kinds
    speech, item = docs
    assert speech["lines"][1] == 3, "the cut sentence does not go on into the item"
    assert item["genre"] == ("网络小说" if kinds[1] == "other" else "")


def _report(tmp_path: Path, name: str) -> dict[str, Any]:
    (tmp_path / "lib").mkdir(parents=True, exist_ok=True)
    paths = [INGEST / name]
    return ingest_paths(paths, library=tmp_path / "lib", corpus=tmp_path / "corpus").as_dict()


@pytest.mark.parametrize(
    "name",
    [
        # 县长：在…推进会上的讲话 / …材料之家 微信号 cailiao-home 功能介绍 … 收录于话题今天，为大家推荐的是… (was: the
        # card and the blurb in the speech's opening)
        "ingest54-wechat-card.txt",
        # 微信號 … 功能介紹 … 收錄於話題 …區委書記（2026年5月15日）, traditional (was: other, no speech)
        "ingest54-wechat-card-traditional.txt",
        # 微信号:gongwen_xz 功能介绍 … 收录于合集 #讲话稿 56个 …局长(2026年1月6日), halfwidth punctuation (was: the blurb
        # in the speech)
        "ingest54-wechat-card-halfwidth.txt",
    ],
)
def test_a_wechat_card_run_into_the_first_line_is_taken_out_and_the_speech_kept(
    tmp_path: Path, name: str
) -> None:
    report = _report(tmp_path, name)
    (doc,) = report["documents"]
    assert doc["kind"] == "speech"
    assert doc["title"].startswith("在") and doc["title"].endswith("上的讲话")
    (file,) = report["files"]
    assert any(r["reason"] == "微信公众号名片和导语" for r in file["removed"])
    body = Path(doc["corpus_file"]["path"]).read_text(encoding="utf-8")
    assert "功能介绍" not in body and "收录于" not in body and "为大家" not in body


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # …一是…二是…三是… / 三、坚持勤勉履职，但存在创新意识不强的问题 / 我始终认为… (was: other, no points)
        ("ingest54-self-check-page.txt", ("report", None, [0])),
        # 二、…，但存在批評與自我批評開展不夠的問題 / 三、…，但存在標準不夠高的問題, traditional (was: other)
        ("ingest54-self-check-page-traditional.txt", ("report", None, [0, 0])),
        # 四、在作风建设上,还存在深入一线不够的问题 / 我到任以来,…, halfwidth punctuation (was: other)
        ("ingest54-self-check-page-halfwidth.txt", ("report", None, [0])),
    ],
)
def test_a_later_page_of_a_self_examination_is_filed_as_a_report(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want


def test_a_speech_page_that_charges_the_hall_to_face_problems_is_no_self_examination(
    tmp_path: Path,
) -> None:
    (doc,) = ingest(tmp_path, "ingest54-self-check-page-guard.txt")
    assert doc["kind"] != "report"


def test_a_sites_label_before_a_colon_is_no_speakers_office_in_the_title(tmp_path: Path) -> None:
    # 公文素材库：在全镇…会议上的讲话: the site's name, not an office (县委书记：在…上的讲话 is one, batch 54 p29)
    name = "ingest54-speaker-colon-title-guard.txt"
    (doc,) = ingest(tmp_path / "a", name)
    assert doc["kind"] == "speech" and "公文素材库" not in doc["title"]
    assert general_holding(fragments(tmp_path / "b", name), "公文素材库") == []
