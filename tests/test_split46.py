"""What batch 73 (市/省/厅局 speeches and work reports, opened today) showed, and the rules that carry past it (issue #13,
split46): a document-sharing site's chunk (1、) that opens with a spoken piece's title and a 称谓 is the next page's
piece, not the rest of a word the chunk before it cut; a title over the same title printed again (the page's heading,
maybe with the speaker's name and a colon before it, then the piece with its byline run on) is the next piece's head,
never the rest of a sentence a PDF copy's line breaks cut above it; a 绩效评价报告 is a report; an untitled account
that says it hands its year's work up (现将…工作完成情况…汇报如下) however long the list of what it covers is a
report. Each shape in three spellings of our own writing (tests/fixtures/split46/: as written with half-width
punctuation, traditional, full-width), and a near shape beside it that must not change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from split_fixtures import docs, read

FIXTURES = Path(__file__).parent / "fixtures" / "split46"
SPELLINGS = ("", "-traditional", "-fullwidth")


def _docs(tmp_path: Path, name: str) -> list[dict[str, Any]]:
    return docs(FIXTURES / name, tmp_path)


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_chunk_that_opens_with_a_title_and_a_salutation_is_the_next_page(tmp_path: Path, spelling: str) -> None:
    # 第1页共9页…讲话(一):同志们:…都取得了明显的 | 1、新任区长在区人代会闭幕式发言 各位代表、同志们: …一、…进入角 | 2、色。 二、…
    first, second = _docs(tmp_path, f"chunk-next-page{spelling}.txt")  # was: one speech, the second page's 一、…四、 its points
    assert read(first) == ("speech", [1, 1], 0)
    assert read(second) == ("speech", [2, 2], 4)
    assert second["title"] == "新任区长在区人代会闭幕式发言"
    assert [p["heading"] for p in second["points"]][1] == "把发展作为第一要务"  # (and the word chunk 2 cut, joined again)


def test_a_chunk_that_goes_on_with_the_cut_sentence_is_joined(tmp_path: Path) -> None:
    # …要认真学习领会县委书记在全县三级干部大会上的 | 1、讲话精神,…: the rest of the sentence, however it speaks of a 讲话
    (only,) = _docs(tmp_path, "chunk-next-page-guard.txt")
    assert read(only) == ("speech", [1, 2], 2)
    assert only["announced_count"] == 2


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_title_printed_again_under_a_pdf_copy_cut_mid_sentence_opens_the_next_speech(tmp_path: Path, spelling: str) -> None:
    # (lines of one width) …请各科室抓紧 | 购物车 | 我的足迹 | 王某某:在…开馆仪式上的讲话 | 下载本文档 | 在…仪式上的 讲话 职务 王某某 同志们、朋友们: …
    first, second = _docs(tmp_path, f"speaker-title-twice{spelling}.txt")  # was: one speech, the second run into its point
    assert read(first) == ("speech", [1, 14], 1)
    assert first["announced_count"] == 2
    assert len(first["points"][0]["subpoints"]) == 3  # 一是…二是…三是… (was 1: the next page's 一要 read with them)
    assert read(second) == ("speech", [18, 21], 1)
    assert second["title"] == "在县图书馆新馆开馆仪式上的讲话"
    assert second["announced_count"] == "几"


def test_a_title_said_once_under_the_cut_stays_in_the_copy(tmp_path: Path) -> None:
    # the same page with no second printing of the title under the label line: nothing says a piece starts there
    (only,) = _docs(tmp_path, "speaker-title-twice-guard.txt")
    assert read(only) == ("speech", [1, 18], 1)


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_performance_evaluation_report_is_a_report(tmp_path: Path, spelling: str) -> None:
    # 您所在的位置… | 某县农业农村局2025年度部门整体支出绩效评价报告 | 信息来源 | … | 自评结果如下: | 一、部门基本情况 | 1、…
    (only,) = _docs(tmp_path, f"evaluation-report{spelling}.txt")  # was: other, no title, no parts
    assert read(only) == ("report", [4, 18], 1)
    assert only["title"] == "某县农业农村局2025年度部门整体支出绩效评价报告"
    assert len(only["points"][0]["subpoints"]) == 1


def test_news_of_a_meeting_on_evaluation_reports_stays_news(tmp_path: Path) -> None:
    (only,) = _docs(tmp_path, "evaluation-report-guard.txt")
    assert read(only) == ("news", [1, 4], 0)


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_an_untitled_account_handed_up_with_a_long_list_is_a_report(tmp_path: Path, spelling: str) -> None:
    # 根据…要求,现将我局今年以来在…等方面的工作推进情况以及明年的打算和建议向…作专题汇报如下: | 一、… | (一)… | 一是…二是…
    (only,) = _docs(tmp_path, f"untitled-account-handed-up{spelling}.txt")  # was: other, no parts
    assert read(only) == ("report", [1, 6], 1)
    assert len(only["points"][0]["subpoints"]) == 1


def test_a_notice_asking_for_such_accounts_stays_a_notice(tmp_path: Path) -> None:
    (only,) = _docs(tmp_path, "untitled-account-handed-up-guard.txt")
    assert read(only) == ("other", [1, 9], 0)
    assert only["genre"] == "通知"


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_what_the_speaker_has_pointed_ahead_at_with_yixia_announces_the_run_in_points(tmp_path: Path, spelling: str) -> None:
    # …联系乡镇工作实际,我有以下三点认识。一是…。二是…。三是…。 in one paragraph of a 发言
    (only,) = _docs(tmp_path, f"told-what-one-has{spelling}.txt")  # was: nothing announced, no points
    assert read(only) == ("speech", [1, 3], 3)
    assert only["announced_count"] == 3
    assert only["points"][1]["heading"].startswith("工作上要再加力")


def test_a_count_of_what_others_felt_inside_a_point_announces_nothing(tmp_path: Path) -> None:
    # 下面,我讲两点意见。 | 一、… | …班子成员普遍有三点认识,一是…,二是…,三是…。 | 二、…
    (only,) = _docs(tmp_path, "told-what-one-has-guard.txt")
    assert read(only) == ("speech", [1, 7], 2)
    assert only["announced_count"] == 2


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_an_untitled_hosts_script_calls_its_agenda_and_has_no_points(tmp_path: Path, spelling: str) -> None:
    # 同志们: | …这次会议有三项议程:… | 下面,进行第一项议程: | 请…通报… | …(完) | … (no title naming it a 主持词)
    # split49: the items the chair opens are the order of business, no points (the collectors of batches 73–81)
    (only,) = _docs(tmp_path, f"untitled-host{spelling}.txt")
    assert read(only) == ("speech", [1, 13], 0)
    assert any(w.startswith("主持词：议程各项是会议的程序") for w in only["warnings"])
    assert not [w for w in only["warnings"] if "结构存疑" in w]


def test_a_speech_with_points_of_its_own_is_not_doubted_as_a_hosts_script(tmp_path: Path) -> None:
    (only,) = _docs(tmp_path, "untitled-host-guard.txt")
    assert read(only) == ("speech", [1, 8], 3)
    assert not [w for w in only["warnings"] if "结构存疑" in w]


def test_what_others_do_counted_with_yixia_announces_nothing(tmp_path: Path) -> None:
    # …各村书记…近期的主要工作大致有以下几个方面。一是…。二是…。 in the opening: what others do, told — not the
    # speaker's own 体会 or 考虑 announced
    (only,) = _docs(tmp_path, "told-what-others-do-guard.txt")
    assert read(only) == ("speech", [1, 3], 0)
    assert only["announced_count"] is None


def test_a_title_cut_by_the_first_chunk_is_joined_again(tmp_path: Path) -> None:
    # 1、在全县安全生产工作 | 2、会议上的讲话 同志们:…: the first chunk is the title's first half, not a page of its own
    (only,) = _docs(tmp_path, "chunk-title-halves-guard.txt")
    assert read(only) == ("speech", [1, 1], 2)
    assert only["title"] == "在全县安全生产工作会议上的讲话"
