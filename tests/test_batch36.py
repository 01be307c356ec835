"""Ingest on the kinds, document boundaries and page debris batch 36 showed (issue #13). Our own fixtures, reproducing
the shapes only."""

from __future__ import annotations

from pathlib import Path

from archive_fixtures import fragments, general_holding, ingest, shape


def test_a_collections_appeal_labelled_with_its_count_then_numbered_in_words_is_a_letter(tmp_path: Path) -> None:
    # 元宵节爱心倡议书(汇总12篇)篇一 / 各位乡亲、社会各界热心人士: / …捐赠联系电话 / 20xx年xx月xx日。 / …篇二: the collection's
    # label (汇总12篇) and the piece's number in words (篇一) hid the 倡议书 title, so the first piece was read as a speech
    docs = ingest(tmp_path, "letter-collection-appeal-label-then-piece-in-words.txt")
    assert [(d["kind"], d["genre"]) for d in docs] == [("other", "书信"), ("other", "书信")]
    assert [d["lines"][0] for d in docs] == [2, 11]


def test_a_news_photo_caption_naming_who_spoke_opens_no_document(tmp_path: Path) -> None:
    # …分享会现场 / 青川日报讯…县委副书记王明远出席会议并讲话… / 王明远书记讲话 / 王明远书记对今年的读书活动给予了充分肯定,
    # 他希望…: the caption of a photo, the story going on under it about him; read as the title of a second document
    (doc,) = ingest(tmp_path, "news-caption-of-secretary-then-told.txt")
    assert shape(doc) == ("news", None, [])
    assert doc["lines"] == [1, 20]


def test_a_sites_flash_notice_and_news_column_are_no_points(tmp_path: Path) -> None:
    # 此页面上的内容需要较新版本的 Adobe Flash Player。 / 获取 Adobe Flash Player / … / 新闻中心 / [图文]…... / the title /
    # 称谓 / …总结起来可以说是三感:感谢、感悟、感奋。 / 首先就是要感谢。…: the plug-in notice and the column name were read as
    # two points (the 称谓 as a divider between them), the three 感 summed up went uncounted, the first link was the title
    (doc,) = ingest(tmp_path, "speech-member-talk-under-flash-notice-and-news-column.txt")
    assert shape(doc) == ("speech", 3, [0])
    assert doc["title"] == "2025年度履职能力培训班学员发言——周凯"
    # …就像陈主委开班时讲的,…陈主委、刘主委还全程参加学习: the party committee's chairs by surname, kept out of the library
    frags = fragments(tmp_path / "f", "speech-member-talk-under-flash-notice-and-news-column.txt")
    assert general_holding(frags, "陈主委") == []


def test_a_towns_account_area_by_area_without_its_title_is_a_report(tmp_path: Path) -> None:
    # 教育事业。…入学率达100%… / 卫生保健。… / 工会工作 / 司法信访。… / 群团工作。 / 20**年，我镇各项工作虽然取得了一定成绩…
    # 一是…四是… / 20**年，我们将…: a later page of a 工作总结, each paragraph led by the work area it accounts for; read as a
    # speech (a few 我镇, 我们)
    (doc,) = ingest(tmp_path, "report-town-year-areas-tail-page.txt")
    assert shape(doc) == ("report", None, [])


def test_a_towns_speech_script_relaying_the_county_heads_slogan_counts_its_points(tmp_path: Path) -> None:
    # 镇防汛工作会议讲话稿 / …县长对全县防汛工作提出了“四个到位”。 / 一是思想认识到位。…要… / 二是…要 (cut): no 我 and no 称谓,
    # so read as other; the slogan over the 一是 paragraphs is what the speech goes through
    (doc,) = ingest(tmp_path, "speech-town-script-relaying-county-slogan.txt")
    assert shape(doc) == ("speech", 4, [0, 0])


def test_a_summarys_items_numbered_with_a_space_in_one_long_line_are_sub_points(tmp_path: Path) -> None:
    # 一、2024年工作总结  2024年，…  1 经济运行稳中有进。…  2 招商引资成效明显。…  3 …: the page ran its paragraphs into one
    # line with runs of spaces and the items lost their 、; no sub-point read
    (doc,) = ingest(tmp_path, "report-town-summary-items-numbered-with-spaces.txt")
    assert shape(doc) == ("report", None, [3])


def test_a_parents_meeting_speech_cut_under_its_first_parts_head_has_that_point(tmp_path: Path) -> None:
    # …我代表学校全体教师向大家表示衷心的感谢！ / 首先，我简要介绍学校近一年来的概况： / 一年来，…(the copy stops mid-sentence):
    # the first part under its own head, the collection page cut before the next; no point read (and the heading was cut
    # at 近|一年来 as if the text started there)
    (doc,) = ingest(tmp_path, "speech-parents-meeting-first-part-head-then-cut.txt")
    assert shape(doc) == ("speech", None, [0])
    assert doc["points"][0]["heading"].startswith("我简要介绍学校近一年来的概况")


def test_a_runin_series_after_i_think_and_a_comma_gives_the_sub_points(tmp_path: Path) -> None:
    # 一、勤学 / …那么，我们应当怎样学习呢。我认为，一是要学而有恒。…二是要学而有的。…三是要学而致用。… / 二、同心 / (未完…):
    # the 一是 after 我认为， (a comma, not a stop) was not read as the start of the point's series
    (doc,) = ingest(tmp_path, "speech-cppcc-closing-runin-after-i-think.txt")
    assert shape(doc) == ("speech", None, [3, 0])


def test_a_training_reflection_written_up_is_no_speech(tmp_path: Path) -> None:
    # 当前位置: / 学思践悟 履职提能 ---…培训班学习心得 / date / 来源 / 打印 / 8月4日至9日，…我与12名政协委员参加了… / 一、学习情况:
    # a 学习心得 with no 称谓, written up; read as a speech (its 一、 a point for the speech library)
    (doc,) = ingest(tmp_path, "report-training-reflection-under-print-header.txt")
    assert shape(doc) == ("report", None, [0])
    assert doc["title"] == "学思践悟履职提能 ---青川市政协委员履职能力提升培训班学习心得"
