"""Ingest on the kinds, counts, points and leaks batch 40 showed (issue #13). Our own fixtures, reproducing the shapes only."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_fixtures import fragments, general_holding, ingest, shape


@pytest.mark.parametrize(
    "name",
    [
        # 为…氛围。公司于2025年3月6日下午，召开了…表彰会… / 党委书记、董事长某某，…参加了会议。 / …大家纷纷表示… / 某某在会上…
        # 大家要…: a company's news item on its own meeting, the 大家 the reported words'; read as a speech
        "news-company-held-on-date-attended-dajia-reported.txt",
        # 9月2日上午，某某小学召开…大会。校长某某，…参加了会议。 / 会上，… 希望大家… / …她希望大家…: the same, a school's
        "news-school-dated-meeting-attended-dajia-many.txt",
    ],
)
def test_a_meeting_told_as_held_with_who_attended_is_news(tmp_path: Path, name: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("news", None, [])


@pytest.mark.parametrize(
    ("name", "word"),
    [
        # 刚才，总经理赵明远宣读了表彰决定… / (point 一) 赵明远在表彰决定中提到的三项要求…: the person named bare in a later
        # paragraph, after the office named him once
        ("leak-speech-office-then-name-later-bare.txt", "赵明远"),
        # …举行江北师范大学2025届毕业典礼… / 你们…来到师大… / 师大永远是你们温暖的家: the university's short name
        ("leak-university-named-in-full-short-name-later.txt", "师大"),
        # 西山农业大学2025级新生开学典礼 / 你们就是农大的一员了 / 在农大学会做人
        ("leak-agricultural-university-short-name.txt", "农大"),
    ],
)
def test_a_person_or_school_named_once_in_full_is_specific_everywhere(tmp_path: Path, name: str, word: str) -> None:
    assert general_holding(fragments(tmp_path, name), word) == []


@pytest.mark.parametrize(
    ("name", "genre"),
    [
        # 村民代表会议记录 / 会议时间：… / 会议地点：… / 主持人：… / 记录人：… / 一、会议议程 1. 2. 3. / 二、…他强调…: read as news
        ("other-village-meeting-minutes-fields-sections.txt", "会议记录"),
        # 时间：… / 地点：… / 主持人：… / 记录人：… / 出席人员：… / 议题：… / 一、… 二、…, no title: read as news
        ("other-branch-committee-minutes-no-title.txt", "会议记录"),
        # （2026年1月18日…人民代表大会第五次会议通过） / …会议认为… / 会议要求… / 会议号召…: a resolution, read as news
        ("other-congress-resolution-adopted-line.txt", "决议决定"),
        # 中共某某镇第九次代表大会关于镇党委工作报告的决议 / …会议认为… / 会议强调…
        ("other-party-congress-resolution-title.txt", "决议决定"),
    ],
)
def test_minutes_and_resolutions_are_kept_out_by_their_genre(tmp_path: Path, name: str, genre: str) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == ("other", None, [])
    assert doc["genre"] == genre


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # 繁体, a converter's 壹 for 一 (統壹, 第壹, 壹、) / …要做好做活四個方面的文章：壹、…；二、…；三、…；四、…。 / then the body's
        # 壹、 二、 三、 四、 headings: four points, the outline in the summary not counted twice
        ("report-traditional-capital-one-survey-outline-run-in.txt", ("report", 4, [0, 0, 0, 0])),
        # no title: 摘要：… / …笔者…开展调研，形成了这份综合性调研报告。 / …要做好四个方面的文章：一、…；二、…；三、…；四、…
        # and the body cut: the outline is all the copy shows of the parts (read as other with no points)
        ("report-survey-abstract-outline-semicolons-cut.txt", ("report", 4, [0, 0, 0, 0])),
    ],
)
def test_a_survey_outline_run_on_with_semicolons_gives_its_parts(tmp_path: Path, name: str, want: tuple[object, ...]) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # 繁体 表態發言: …具體做到三個抓： / 1、廣泛發動抓宣傳。 2、… 3、…: the count named by a slogan of its count
        ("speech-traditional-pledge-three-zhua-count.txt", ("speech", 3, [0, 0, 0])),
        # …重点要抓好四个到位： / 一、思想认识到位 …: the same in simplified characters
        ("speech-four-dao-wei-slogan-count-colon.txt", ("speech", 4, [0, 0, 0, 0])),
        # a PDF's lines: …就怎样当好村干部这个题 | 目,和大家交流 2个方面的问题: — the half-width comma line was taken for a 称谓
        ("speech-pdf-announcement-line-halfwidth-comma-count.txt", ("speech", 2, [2, 0])),
        # …谈谈自己这段时间学习过程中的几点粗浅体会和真切反思。: whose and when between the verb and the count
        ("speech-seminar-talk-own-few-reflections-between.txt", ("speech", "几", [0])),
    ],
)
def test_a_count_announced_in_these_words_is_read(tmp_path: Path, name: str, want: tuple[object, ...]) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want


def test_an_epaper_pages_menu_is_no_document(tmp_path: Path) -> None:
    # top top top / 第A03版：… 上一版2 4下一版 / 本版标题导航 / (the page's headlines) / 今日日期： 版面导航 / … / 放大 缩小 默认:
    # read as a document of its own before the item
    (doc,) = ingest(tmp_path, "news-epaper-page-menu-headlines-above-item.txt")
    assert shape(doc) == ("news", None, [])
    assert doc["title"] == "全市春季植树活动启动"


def test_the_next_ordinal_where_a_preview_stops_is_a_sub_point(tmp_path: Path) -> None:
    # 一、…怎么看：… / 第一，成绩值得肯定。… / 第二...... / 预览结束…: the second sub-point shown, its words cut
    (doc,) = ingest(tmp_path, "speech-preview-cut-second-ordinal-ellipsis.txt")
    assert shape(doc) == ("speech", 2, [2])
