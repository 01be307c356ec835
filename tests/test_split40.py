"""Where one document ends and the next begins, and what kind each is (issue #13, split40): a document's head opens the
next document only where a second, independent sign agrees (ingest.boundary). Each shape in three spellings of our own
writing (tests/fixtures/split40/: simplified, traditional, half-width punctuation), and a near shape beside it that must
not be cut or change kind."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from split_fixtures import docs, read

from drafter.ingest.boundary import is_addressee_line, is_official_title, opens_official_body

FIXTURES = Path(__file__).parent / "fixtures" / "split40"


def _docs(tmp_path: Path, name: str) -> list[dict[str, Any]]:
    return docs(FIXTURES / name, tmp_path)


_read = read


@pytest.mark.parametrize(
    ("name", "speech_lines", "notice_first"),
    [
        # …坚决打击坑农害农的违法行 | 关于做好春季农业生产工作的通知 | 为切实做好…，经县政府同意，现就有关事项通知如下。
        ("notice-title-after-cut.txt", [1, 6], 7),
        # …谢谢大家！ | 關於做好今冬明春森林防火工作的通知 | 各鄉鎮人民政府，縣直有關單位： (traditional)
        ("notice-title-after-closing-traditional.txt", [1, 8], 9),
    ],
)
def test_a_notices_title_under_a_speech_opens_the_notice_when_a_second_sign_agrees(
    tmp_path: Path, name: str, speech_lines: list[int], notice_first: int
) -> None:
    speech, notice = _docs(tmp_path, name)
    assert _read(speech) == (
        "speech",
        speech_lines,
        2,
    )  # was: the notice's 一、二、 read as the speech's third and fourth point
    assert notice["kind"] == "other" and notice["lines"][0] == notice_first


def test_a_notices_head_printed_twice_under_a_cut_report_opens_the_notice(tmp_path: Path) -> None:
    # …堵点难 | 某某县人民政府办公室 某某县政务服务管理局 关于印发…的通知 | the same, 各乡镇人民政府… run on (half-width)
    report, notice = _docs(tmp_path, "notice-title-again-halfwidth.txt")
    assert _read(report) == ("report", [1, 6], 2)
    assert notice["kind"] == "other" and notice["lines"][0] == 7


def test_a_speech_running_a_sentence_on_into_the_title_of_the_notice_it_names_stays_whole(
    tmp_path: Path,
) -> None:
    # …印发了一份文件，题目是 | 关于进一步加强冬季安全生产工作的通知 | 这个文件针对性很强，…
    (doc,) = _docs(tmp_path, "notice-title-guard.txt")
    assert _read(doc) == ("speech", [1, 9], 2)


@pytest.mark.parametrize(
    ("name", "kind", "first_lines", "notice_first"),
    [
        # …违法行 | 各乡镇人民政府，县政府各部门： | 为切实做好…，经县政府同意，现就有关事项通知如下。 (the title lost)
        ("addressee-after-cut.txt", "speech", [1, 6], 7),
        # …謝謝大家！ | 各鄉鎮人民政府，縣政府各部門，各有關單位： | 為…，經縣政府同意，… (traditional)
        ("addressee-after-closing-traditional.txt", "speech", [1, 7], 8),
        # 以上报告,请审议. | 各村(社区)党组织,镇属各单位: | 根据…,经镇党委研究同意,现将有关事项通知如下: (half-width)
        ("addressee-after-report-halfwidth.txt", "report", [1, 7], 8),
    ],
)
def test_a_main_addressee_line_under_a_finished_or_cut_piece_opens_the_office_document(
    tmp_path: Path, name: str, kind: str, first_lines: list[int], notice_first: int
) -> None:
    first, notice = _docs(tmp_path, name)
    assert _read(first) == (kind, first_lines, 2)
    assert notice["kind"] == "other" and notice["lines"][0] == notice_first


def test_units_a_speech_calls_on_under_a_cut_line_stay_in_the_speech(tmp_path: Path) -> None:
    # …坚决守住安全底 | 各乡镇、县直各有关部门： | 要对照防汛责任清单，…: the speech turning to them, no office's opening
    (doc,) = _docs(tmp_path, "addressee-guard.txt")
    assert _read(doc) == ("speech", [1, 9], 2)


@pytest.mark.parametrize(
    ("name", "points"),
    [
        # 会议指出，… 会议强调，… | 今天召开全县安全生产工作会议，…下面，我讲三点意见。 (no blank line, no title, no 称谓)
        ("own-opening-after-news.txt", 3),
        # 區委書記某某出席會議並講話 … 會議要求，… | 今天，我們召開…。我先講兩點意見。 (traditional)
        ("own-opening-after-news-traditional.txt", 2),
        # 10月15日,…出席会议并讲话. 据悉,… 他强调,… | 今天召开…会议,…下面,我讲两点意见. (half-width)
        ("own-opening-after-news-halfwidth.txt", 2),
        # … and a 称谓 with the speaker's first person under it (the same three spellings)
        # 会议指出，…会议强调，… | 同志们： | 这次会议的主要任务是…刚才，…我完全同意。下面，我讲三点意见。
        ("salutation-after-news.txt", 3),
        # 會議要求，…推動一批重大項目落地 (cut) | 各位領導、同志們： | 剛才，…我完全同意。 (traditional)
        ("salutation-after-news-traditional.txt", 2),
        # 据悉,… 他强调,… | 同志们: | 今天我们召开这次推进会,… (half-width)
        ("salutation-after-news-halfwidth.txt", 2),
    ],
)
def test_a_speakers_own_opening_or_salutation_under_a_news_item_told_in_the_third_person_opens_the_speech(
    tmp_path: Path, name: str, points: int
) -> None:
    news, speech = _docs(tmp_path, name)
    assert _read(news) == ("news", [1, 3], 0)  # was: one speech, the news item its first paragraphs
    assert (
        speech["kind"] == "speech" and speech["lines"][0] == 4 and len(speech["points"]) == points
    )


def test_a_speech_that_greets_and_tells_of_an_earlier_meeting_stays_whole(tmp_path: Path) -> None:
    # 同志们： / 前不久，县委召开常委会议…会议指出，…会议强调，… / 今天召开…会议，…下面，我讲三点意见。
    (doc,) = _docs(tmp_path, "own-opening-guard.txt")
    assert _read(doc) == ("speech", [1, 9], 3)


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        ("各乡镇人民政府，县直各单位：", True),
        ("各区（市）县政府（管委会），市级有关部门，有关单位：", True),
        ("各区人民政府，市政府各委、办、局，各市属机构：", True),
        ("县人大常委会：", True),
        ("各位领导、同志们：", False),  # a 称谓 said to people
        ("各乡镇、各部门要做到：", False),  # a speech's lead-in
        ("尊敬的各位代表：", False),
    ],
)
def test_what_counts_as_a_main_addressee_line(text: str, addressee: bool) -> None:
    assert is_addressee_line(text) is addressee


def test_official_titles_and_openings() -> None:
    assert is_official_title("某某县人民政府关于做好今冬明春森林防火工作的通知")
    assert is_official_title("关于2026年度法治政府建设情况的报告")
    assert not is_official_title("省里印发了关于做好森林防火工作的通知。")
    assert opens_official_body("为切实做好春季农业生产工作，经县政府同意，现就有关事项通知如下。")
    assert opens_official_body("现将《某某县2026年教育工作要点》印发给你们，请认真贯彻落实。")
    assert not opens_official_body("今天召开全县春季农业生产工作会议，主要是安排部署春耕备耕工作。")


def test_a_lead_that_hands_over_the_speech_in_full_is_no_news_item_of_its_own(
    tmp_path: Path,
) -> None:
    # 3月2日上午，…出席会议并讲话。…现将讲话全文刊发如下： | 同志们： | …: one speech, as before
    (doc,) = _docs(tmp_path, "salutation-guard.txt")
    assert _read(doc) == ("speech", [2, 9], 3)


@pytest.mark.parametrize(
    ("name", "kind", "points"),
    [
        # …做好应对各种风险挑 | 在全县组织工作会议上的讲话 | 今天，我们召开全县组织工作会议，… (no 称谓)
        ("head-speech-title-after-cut.txt", "speech", 2),
        # …風險挑 | 某某縣商務局2026年上半年工作總結 | 今年以來，我局… 現將有關情況總結如下。 (traditional)
        ("head-report-title-after-cut-traditional.txt", "report", 2),
        # …风险挑 | 某某县召开重点项目建设推进会 | 12月5日上午,某某县召开… (half-width)
        ("head-news-headline-after-cut-halfwidth.txt", "news", 0),
    ],
)
def test_a_head_over_a_documents_first_words_under_a_cut_speech_opens_the_next_document(
    tmp_path: Path, name: str, kind: str, points: int
) -> None:
    speech, second = _docs(tmp_path, name)
    assert _read(speech) == (
        "speech",
        [1, 4],
        1,
    )  # was: the head run on into the cut sentence, the next text the speech's
    assert second["kind"] == kind and second["lines"][0] == 5 and len(second["points"]) == points


def test_a_reports_part_line_over_its_own_account_is_no_new_document(tmp_path: Path) -> None:
    # …2026年工作总结和2027年工作计划 / … / 2027年工作计划 / 2027年，我局将…: the report's second part
    (doc,) = _docs(tmp_path, "head-part-guard.txt")
    assert doc["kind"] == "report" and doc["lines"] == [1, 13]


def test_a_speechs_unnumbered_subheading_over_an_account_of_the_year_stays_in_the_speech(
    tmp_path: Path,
) -> None:
    # …紧迫感。 | 坚持稳中求进推动高质量发展 | 今年以来，我县经济运行…: nothing ended or cut above, no genre's word
    (doc,) = _docs(tmp_path, "head-subheading-guard.txt")
    assert _read(doc) == ("speech", [1, 8], 2)
