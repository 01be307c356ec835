"""Ingest on the leaks, document boundaries and kinds batch 35 showed (issue #13). Our own fixtures, reproducing
the shapes only."""

from __future__ import annotations

from pathlib import Path

from archive_fixtures import fragments, general_holding, ingest, shape


def test_a_column_row_over_a_collections_first_piece_opens_no_document(tmp_path: Path) -> None:
    # 栏目:五号文库 来源:网络 作者:… 时间:… 下载.docx文档 / 第一篇:… / the title / (date) / 林振邦 / 同志们,朋友们: / 今天,…:
    # the site's row (its .docx read as a stop) made running text of the front matter, so the speaker's name closed a
    # document of its own, and went into a fragment that is not specific
    (doc,) = ingest(tmp_path, "speech-anniversary-under-column-row.txt")
    assert shape(doc) == ("speech", None, [])
    assert doc["title"] == "在庆祝青川市文化馆成立70周年大会上的讲话"
    assert general_holding(fragments(tmp_path / "f", "speech-anniversary-under-column-row.txt"), "林振邦") == []


def test_a_quoted_local_plan_run_as_a_drive_is_specific(tmp_path: Path) -> None:
    # 刚才,相关部门…对即将开展的“净患计划”消防专项行动作了具体安排,我都同意: the town's own drive by its name, in an
    # acknowledgement kept as general
    frags = fragments(tmp_path, "speech-town-safety-named-plan-in-acknowledgement.txt")
    assert general_holding(frags, "净患计划") == []
    assert any(not f["specific"] for f in frags)  # the points stay general


def test_a_collections_let_us_listen_introduction_is_no_document(tmp_path: Path) -> None:
    # …(精选12篇) / 时间:… 作者:… / 毕业典礼是…的机会。以下是一些校长在毕业典礼上的真情致辞,让我们一起倾听吧! / the piece's
    # title / 老师们、同学们: / …: the page's introduction to its pieces; read as a document of its own (other)
    (doc,) = ingest(tmp_path, "speech-collection-intro-let-us-listen.txt")
    assert shape(doc) == ("speech", None, [])
    assert doc["title"] == "初三毕业典礼校长演讲稿致辞"


def test_delegates_discussing_a_report_under_a_garbled_source_are_news(tmp_path: Path) -> None:
    # 。ㄅ刂^(qū）外宣办） 9月26日，参加…的人大代表在听取…后，分5个团对《政府工作报告》进行了热烈讨论。 / 代表们一致认为，…:
    # the office's source line before the day, its start garbled by the copy; read as other
    (doc,) = ingest(tmp_path, "news-delegates-discuss-report-garbled-source.txt")
    assert shape(doc) == ("news", None, [])


def test_a_parents_few_points_shared_with_yixia_are_announced(tmp_path: Path) -> None:
    # …在这里，我想跟大家交流一下几点： / 第一、… / 第二、…: the verb softened with 一下 before 几点; the count not read
    (doc,) = ingest(tmp_path, "speech-parent-share-a-few-points.txt")
    assert shape(doc) == ("speech", "几", [0, 0])


def test_a_notice_calling_a_meeting_is_other(tmp_path: Path) -> None:
    # 青川县人民政府办公室 / 关于召开全县防汛工作会议的通知 / 各镇、乡人民政府…： / 一、时间：… / 二、地点：… / 三、对象：… /
    # 请县融媒体中心派记者参加。: the meeting's particulars; read as news (记者, 召开)
    (doc,) = ingest(tmp_path, "other-notice-calling-a-meeting.txt")
    assert (doc["kind"], doc["genre"], doc["points"]) == ("other", "会议通知", [])
    assert doc["title"] == "关于召开全县防汛工作会议的通知"


def test_a_towns_plan_of_work_is_other(tmp_path: Path) -> None:
    # XX镇创建省级文明镇工作实施方案 / …特制定本方案。 / 一、指导思想 / 二、目标任务 / 三、实施步骤: a plan's parts; read as a
    # report of three points
    (doc,) = ingest(tmp_path, "other-town-plan-of-work.txt")
    assert (doc["kind"], doc["genre"], doc["points"]) == ("other", "工作方案", [])


def test_an_ocr_duty_reports_turn_to_its_parts_is_read(tmp_path: Path) -> None:
    # 浏览记录 / ID:… / 大小:… / 页数:… / …1、水务局长述职报告同志们:… / 2、…下而,我就…工作悄况汇报如下,不妥之处,…。一、强化学习,…:
    # the turn to the parts (its 下面 OCR'd as 下而) with 一、 run on after it; no point read, the title taken from the
    # file's record
    (doc,) = ingest(tmp_path, "report-ocr-duty-report-turn-with-xia-er.txt")
    assert shape(doc) == ("report", None, [0])
    assert doc["title"] == "水务局长述职报告"


def test_a_lecture_text_opening_on_the_day_it_studies_is_a_speech(tmp_path: Path) -> None:
    # …宣讲稿 / 2025年10月23日，…胜利闭幕。… 下面，我就…谈点学习体会。我讲三个问题。一是…三是…首都新发展… / 一、…: the
    # lecture's first line the event it studies; read as news, and the capital's own words went into a general fragment
    (doc,) = ingest(tmp_path, "speech-lecture-text-dated-first-line.txt")
    assert shape(doc) == ("speech", 3, [0])
    assert doc["title"] == "关于学习贯彻全会精神宣讲稿"
    assert general_holding(fragments(tmp_path / "f", "speech-lecture-text-dated-first-line.txt"), "首都") == []


def test_a_pdfs_doubled_summary_title_is_a_report(tmp_path: Path) -> None:
    # 1、青柳镇青柳镇 20252025 年上半年团委工作总结年上半年团委工作总结,…2025 年上半年,镇团委在…的正确领导下,…: every word
    # of the PDF's head said twice, the title a 工作总结 all the same; read as news
    (doc,) = ingest(tmp_path, "report-pdf-doubled-words-summary.txt")
    assert doc["kind"] == "report"


def test_a_surveys_later_pages_are_a_report(tmp_path: Path) -> None:
    # 调研报告汇编(40篇)(第5/18页) / （三）… / （四）…有待加强。… / （五）… / 三、对县水利局下一步工作的建议 / （一）… / （二）… /
    # （三）…: the collection's title dropped, the copy opening inside the part on problems; read as other
    (doc,) = ingest(tmp_path, "report-survey-later-pages-orphan-subpoints.txt")
    assert shape(doc) == ("report", None, [3])
