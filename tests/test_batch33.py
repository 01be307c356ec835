"""Ingest on the kinds and document boundaries batches 33 and 34 showed (issue #13). Our own fixtures, reproducing
the shapes only."""

from __future__ import annotations

from pathlib import Path

from archive_fixtures import ingest, shape


def test_a_towns_half_year_summary_and_plans_is_a_report(tmp_path: Path) -> None:
    # 青柳镇上半年工作总结及打算 (twice) / 今年以来，在区委、区政府的领导下，… / 一、… / （一）… / （二）…: the plan said as 打算,
    # without 工作; read as other
    (doc,) = ingest(tmp_path, "report-town-halfyear-summary-and-plans-title.txt")
    assert shape(doc) == ("report", None, [2])
    assert doc["title"] == "青柳镇上半年工作总结及打算"


def test_the_title_repeated_at_a_page_break_opens_no_second_document(tmp_path: Path) -> None:
    # …政府工作总结报告 / … / 1.坚定发展目标。…再上一个新台阶。 / the title again / 2.明确发展思路。…: the page's running
    # title between 1. and 2.; read as two documents, both other
    (doc,) = ingest(tmp_path, "report-title-repeated-at-page-break.txt")
    assert shape(doc) == ("report", None, [1])
    assert doc["title"] == "乡政府上半年政府工作总结报告"
    assert doc["lines"] == [1, 19]


def test_a_collections_numbered_proposal_is_a_letter(tmp_path: Path) -> None:
    # 书信函 阅读(1.5W) / 重阳节的倡议书1 / 亲爱的同学们：…: the piece's number right after 倡议书; read as a speech titled by
    # the column's counter
    (doc,) = ingest(tmp_path, "letter-proposal-collection-numbered-piece.txt")
    assert (doc["kind"], doc["genre"], doc["points"]) == ("other", "书信", [])
    assert doc["lines"][0] == 3  # the column and its read counter are the page's, not the letter's


def test_a_call_naming_its_proposal_is_a_letter(tmp_path: Path) -> None:
    # 亲爱的同学们：… 我们向全校学生发出节日活动倡议：包一次饺子，…: 发出…倡议 with what it proposes between; read as a speech
    (doc,) = ingest(tmp_path, "letter-proposal-call-with-its-name.txt")
    assert (doc["kind"], doc["genre"]) == ("other", "书信")


def test_a_visit_told_in_the_third_person_is_news(tmp_path: Path) -> None:
    # 林晓峰院长首先代表全院职工…表示热烈的欢迎!接下来他介绍了…;随后,他就…作了汇报。 / 集团各职能部门纷纷发言,… / 最后,
    # 副总经理…提出了几点希望:一是…: no title, no date, every act told of another; read as a speech of three points
    (doc,) = ingest(tmp_path, "news-hospital-visit-told-untitled.txt")
    assert shape(doc) == ("news", None, [])


def test_planted_gambling_keywords_over_a_speech_are_page_debris(tmp_path: Path) -> None:
    # 澳门金沙娱乐城,欧洲杯足球网投注,百家乐… over the breadcrumb and the title: the keywords a hijacked page was planted with;
    # joined to the title lines under it, they went into the speech's document
    (doc,) = ingest(tmp_path, "speech-under-planted-gambling-keywords.txt")
    assert shape(doc) == ("speech", "几", [])
    assert doc["title"] == "卫生院院长会议讲话"
    assert doc["lines"][0] > 1


def test_a_government_sites_item_on_counted_measures_is_news(tmp_path: Path) -> None:
    # 澳门金沙城中心_欧洲杯足球网-【投注官网平台】青石镇三举措推进… / 发布单位:… 发布时间:… / 一是…。 / 二是…。 / 三是…。:
    # a 政务信息 under planted keywords and its item row; read as other, the row run into 一是
    (doc,) = ingest(tmp_path, "news-info-item-counted-measures-under-spam.txt")
    assert shape(doc) == ("news", None, [])
    assert doc["title"] == "青石镇三举措推进农村人居环境整治"  # (not the column label 政府信息公开 over it)
    assert doc["lines"] == [1, 11]  # the footer (主办:…, 联系我们:…) is the site's


def test_starred_piece_marks_part_a_collections_letters(tmp_path: Path) -> None:
    # ***一*** / 市民朋友们: … / ***二*** / 与文明同行，与美好相伴 / 亲爱的市民朋友：…: the marks between a collection's
    # pieces; read as one letter, the second never seen
    docs = ingest(tmp_path, "letter-collection-starred-piece-marks.txt")
    assert [(d["kind"], d["genre"]) for d in docs] == [("other", "书信"), ("other", "书信")]
    assert docs[1]["lines"][0] == 23


def test_a_report_told_under_a_dated_lead_is_news(tmp_path: Path) -> None:
    # 省政协主席从五个方面部署今年政协工作 / 4月8日9时，…开幕。…在…向大会报告工作后，… / 一、… / … / 五、…: the report's
    # words (向大会报告工作) told under the day and the hour; read as a report of five points
    (doc,) = ingest(tmp_path, "news-report-told-under-dated-lead.txt")
    assert shape(doc) == ("news", None, [])


def test_a_speech_opening_on_its_meetings_task_is_a_speech(tmp_path: Path) -> None:
    # 第1篇:防汛工作会议范文 / 在主汛期到来之际,县政府召开这次全县防汛工作会议,主要任务是:… 下面,我就去年…作简要回顾,
    # 并就做好今年防汛工作讲几点意见。 / 一、…: no 称谓, many 召开 and dates; read as news
    (doc,) = ingest(tmp_path, "speech-collection-piece-opening-with-its-task.txt")
    assert shape(doc) == ("speech", "几", [0])


def test_a_later_part_of_a_work_report_is_a_report(tmp_path: Path) -> None:
    # 四、坚持联系群众，做好人大代表工作 / …我们坚持… / … / 在…中，我们创新…一是…；二是…，: a copy cut from its first pages,
    # in the voice of the body that did the work; read as a speech
    (doc,) = ingest(tmp_path, "report-later-part-in-the-bodys-voice.txt")
    assert shape(doc) == ("report", None, [0])


def test_a_summary_and_planning_title_under_a_repeated_site_name_is_a_report(tmp_path: Path) -> None:
    # 青禾网青禾网青禾网 / 镇2025年工作总结及2026年工作目标思路规划[] / 一、…: next year's plan named a 规划, the page's empty
    # brackets after it; read as other
    (doc,) = ingest(tmp_path, "report-summary-and-planning-title-under-site-name.txt")
    assert doc["kind"] == "report"
    assert doc["title"] == "镇2025年工作总结及2026年工作目标思路规划"
    assert doc["lines"][0] == 3


def test_a_live_pages_event_box_opens_no_document_of_its_own(tmp_path: Path) -> None:
    # …第二次全体会议 / 时间:… / 地点:… / 内容:… / [青州人大网](2026-01-10 08:40:12) / 今天上午,…举行…,听取… / [大会执行主席
    # 周明远](…) / 各位代表:…现在开会。 / … / 各位代表:我受…委托,向大会报告工作,请予审议。 / 一、…: the box and the site's lead
    # over the transcript; read as a document of their own (other), and each stamp's name kept as a line of the report
    (doc,) = ingest(tmp_path, "report-live-transcript-with-event-box.txt")
    assert shape(doc) == ("report", None, [0])
    assert "沈立群" not in doc["points"][0]["heading"] and "周明远" not in str(doc.get("title"))
