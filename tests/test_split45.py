"""What batches 75 and 76 (opened today) showed, and the rules that carry past them (issue #13, split45): a journal page's
摘要 that is the speech's own opening (the speaker announces his points in it) is the speech, not an editor's note; an
倡议书 under its bare title, or signed under its contact lines (联系人： / 电话：), is a letter however many dates it
names; an order of speakers run on in one line (1、某局2、某委3、…) is a list read out, not a point; a government site's
file table saved as table rows (| 字段名: | |||) is page debris; and an untitled account that opens on the year and
what the office took as its vehicle (2026年，我镇以…为抓手，…) over its numbered parts is a report. Each shape in three
spellings of our own writing (tests/fixtures/split45/: as written with half-width punctuation, traditional,
full-width), and a near shape beside it that must not change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from split_fixtures import docs, read

FIXTURES = Path(__file__).parent / "fixtures" / "split45"
SPELLINGS = ("", "-traditional", "-fullwidth")


def _docs(tmp_path: Path, name: str) -> list[dict[str, Any]]:
    return docs(FIXTURES / name, tmp_path)


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_an_abstract_that_is_the_speakers_own_opening_is_the_speech(tmp_path: Path, spelling: str) -> None:
    # title | 引用本文… | 作者姓名… | 摘要:今天,县政府召开…下面,我讲三点意见。一、…(cut) | the site's footer
    (only,) = _docs(tmp_path, f"abstract-is-opening{spelling}.txt")  # was: the abstract dropped as an editor's note, 0 points
    assert read(only) == ("speech", [4, 7], 1)
    assert only["announced_count"] == 3
    assert only["points"][0]["heading"].startswith("清醒认识当前安全生产面临的形势")
    assert any("宣布讲三点意见，实际有一点" in w for w in only["warnings"])


def test_an_abstract_that_speaks_of_the_text_stays_an_editors_note(tmp_path: Path) -> None:
    # 摘要:本文是…的讲话,从…三个方面…作了部署。 over the speech itself: a note about it, not its words
    (only,) = _docs(tmp_path, "abstract-about-text-guard.txt")
    assert read(only) == ("speech", [1, 12], 3)
    assert only["announced_count"] == 3


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_call_under_its_bare_title_is_a_letter_however_many_dates_it_names(tmp_path: Path, spelling: str) -> None:
    # 倡议书 | 全县广大党员干部: | … 我们倡议,… | 活动时间:6月28日,6月30日 | the offices that sign, two to a line
    (only,) = _docs(tmp_path, f"bare-call-title{spelling}.txt")  # was: news (its dates read as a reporter's)
    assert read(only) == ("other", [1, 14], 0)
    assert only["genre"] == "书信"


def test_a_speech_launching_a_call_stays_a_speech(tmp_path: Path) -> None:
    (only,) = _docs(tmp_path, "bare-call-title-guard.txt")
    assert read(only) == ("speech", [1, 5], 0)


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_call_signed_under_its_contact_lines_is_a_letter(tmp_path: Path, spelling: str) -> None:
    # 各项目部广大干部职工: | 11月15日晚,… | …在此倡议… | 联系人: | 电话: | 某公司分公司工会 | 二〇二六年十一月十八日
    (only,) = _docs(tmp_path, f"call-with-contact-lines{spelling}.txt")  # was: news
    assert read(only) == ("other", [1, 11], 0)
    assert only["genre"] == "书信"


def test_a_speech_with_contact_lines_under_it_stays_a_speech(tmp_path: Path) -> None:
    # 在…动员会上的讲话 | 同志们: | … | 谢谢大家! | 联系人: | 电话: | the union | its date: said at a meeting
    (only,) = _docs(tmp_path, "call-with-contact-lines-guard.txt")
    assert read(only) == ("speech", [1, 9], 0)


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_an_order_of_speakers_run_on_in_one_line_is_no_point(tmp_path: Path, spelling: str) -> None:
    # 汇报顺序如下: | 1、县人民法院2、县人民检察院3、县公安局4、… (a 主持词's list, read out)
    (only,) = _docs(tmp_path, f"inline-roll{spelling}.txt")  # was: one point, headed by the whole list
    assert read(only) == ("speech", [1, 9], 0)


def test_numbered_heading_lines_each_on_their_own_stay_points(tmp_path: Path) -> None:
    (only,) = _docs(tmp_path, "inline-roll-guard.txt")
    assert read(only) == ("speech", [1, 10], 3)
    assert [p["heading"] for p in only["points"]][0] == "统一思想，提高认识"


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_an_untitled_account_in_parts_under_a_file_table_is_a_report(tmp_path: Path, spelling: str) -> None:
    # | 文档标题: | ||| … (the site's empty file table) | 2026年,我镇以…为抓手,… | 一、…平稳。… | … | 四、…(cut)
    (only,) = _docs(tmp_path, f"untitled-summary{spelling}.txt")  # was: other, lines 1-10, no points
    assert read(only) == ("report", [6, 10], 4)
    assert [p["heading"] for p in only["points"]][:2] == ["经济运行总体平稳", "农业生产落实有力"]


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_an_untitled_account_in_parts_is_a_report(tmp_path: Path, spelling: str) -> None:
    (only,) = _docs(tmp_path, f"untitled-summary-no-table{spelling}.txt")  # was: other
    assert read(only) == ("report", [1, 5], 4)


def test_the_same_lead_over_requirements_said_to_those_present_stays_a_speech(tmp_path: Path) -> None:
    # 2026年,我镇以…为抓手,…。下面,我就下半年工作讲几点意见。 | 一、…大家要… | 二、同志们要…: said, not reported
    (only,) = _docs(tmp_path, "untitled-summary-guard.txt")
    assert read(only) == ("speech", [1, 4], 3)


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_an_article_on_what_a_genre_is_like_is_no_news(tmp_path: Path, spelling: str) -> None:
    # 感谢信的特点概括起来具有以下几个方面: | (一)… | … 表示谢意 … 表示得真诚 …: a writing guide, its 表示 no reporter's
    (only,) = _docs(tmp_path, f"genre-features-article{spelling}.txt")  # was: news
    assert read(only) == ("other", [1, 8], 0)


def test_news_of_a_letter_received_stays_news(tmp_path: Path) -> None:
    (only,) = _docs(tmp_path, "genre-features-article-guard.txt")
    assert read(only) == ("news", [1, 3], 0)


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_an_account_that_hands_over_a_greeting_by_name_is_news_and_the_greeting_a_letter(
    tmp_path: Path, spelling: str
) -> None:
    # …通过本地报纸…拜年。 | 市长指,… | 他强调,… | 市长新春贺辞全文: | 新春佳节到了。…我们…祝大家…
    news, letter = _docs(tmp_path, f"told-then-handed{spelling}.txt")  # was: one speech, lines 1-7
    assert read(news) == ("news", [1, 4], 0)
    assert read(letter) == ("other", [5, 7], 0)
    assert letter["genre"] == "书信"
    assert letter["title"] == "市长新春贺辞"


def test_one_line_saying_who_sent_a_letter_then_its_full_text_is_one_letter(tmp_path: Path) -> None:
    # 10月10日,某县教育局向我校发来…贺信。 | 贺信全文如下: | 某某中学: | … | 某县教育局 | date (batch 30's convention)
    (only,) = _docs(tmp_path, "told-then-handed-guard.txt")
    assert read(only) == ("other", [1, 7], 0)
    assert only["genre"] == "书信"
