"""Speeches of batch 18 (issue #13) that ingest misread: front matter, a preview over the full text, point headings.
Our own fixtures, reproducing the shapes only (the pages stay in the evaluation folder)."""

from __future__ import annotations

from pathlib import Path

import yaml
from archive_fixtures import INGEST, ingest
from archive_fixtures import shape as _shape

from drafter.ingest import ingest_paths
from drafter.ingest.clean import clean_text
from drafter.ingest.linesplit import _undouble


def test_a_salutation_run_onto_its_greeting_and_a_keyword_column(tmp_path: Path) -> None:
    # 2026 / 拥军 / 优属 / 座谈 / 致辞 one to a line over the title, then 尊敬的各位领导、同志们大家好。 with no stop
    # between 称谓 and greeting, and no 我 in the text (was: kind other, no title, no 称谓)
    (doc,) = ingest(tmp_path, "salutation-greeting-run-on-keyword-column.txt")
    assert doc["kind"] == "speech" and doc["title"] == "双拥共建暨建军节座谈会讲话"
    assert doc["fragments"]["salutation"] == 1 and doc["lines"][0] == 10


def test_a_keyword_column_is_not_a_salutation_or_heading() -> None:
    # three short lines in a row go; a 称谓 and a heading among short lines stay
    kept = [p.text for p in clean_text("安全\n生产\n讲话\n同志们：\n今天我们召开全县安全生产工作会议。").paras]
    assert kept[0] == "同志们：" and "安全" not in kept
    kept = [p.text for p in clean_text("同志们：\n一、\n谢谢\n今天我们召开全县安全生产工作会议。").paras]
    assert kept[0] == "同志们："


def test_a_site_menu_and_a_framed_title(tmp_path: Path) -> None:
    # 网站首页…演讲稿…演讲稿 (a column menu run together) and ○  在…会议上的讲话政府政务演讲稿  ○ (was: the menu taken
    # for the title, and on the page met the speech split in two)
    (doc,) = ingest(tmp_path, "site-menu-framed-title.txt")
    assert doc["title"] == "在全县农村人居环境整治工作会议上的讲话"
    assert _shape(doc) == ("speech", "几", [0, 0])


def test_a_preview_under_the_same_title_is_no_document(tmp_path: Path) -> None:
    # the title said three times with the first words, then the full text under the same title (PDF-wrapped: 动员大 会)
    # (was two documents, the first a stub); and 第 二,护民安 ……(省略)…… cut after the mark is still a sub-point
    (doc,) = ingest(tmp_path, "preview-under-title-then-full-text.txt")
    assert _shape(doc) == ("speech", 3, [2])
    assert doc["title"] == "县委书记在全县平安建设总结表彰暨动员大会上的讲话"


def test_a_preview_needs_the_same_title() -> None:
    # two different speeches that open alike are two documents, however short the first
    from drafter.ingest.split import Chunk, _titled_preview

    para = clean_text("在全县平安建设大会上的讲话\n同志们：\n今天的大会主要有两项内容：一是总结表彰去年工作；").paras
    full = clean_text("在全县防汛工作会议上的讲话\n同志们：\n今天的大会主要有两项内容：一是总结表彰去年工作；二是部署今年的防汛工作，请大家认真抓好落实，确保安全度汛。").paras
    assert not _titled_preview(Chunk(1, para), Chunk(2, full))
    same = clean_text("在全县平安建设大会上的讲话\n同志们：\n今天的大会主要有两项内容：一是总结表彰去年工作；二是部署今年的平安建设工作，请大家认真抓好落实，确保社会稳定。").paras
    assert _titled_preview(Chunk(1, para), Chunk(2, same))


def test_a_heading_gap_before_a_clause_ended_by_a_semicolon(tmp_path: Path) -> None:
    # …下面我讲四点: 一、思想上重视 防汛工作从…重要内容;…。 pasted as one line: the gap ends the heading even when the
    # first full stop is far off (was: the heading ran 20 characters into the text)
    (doc,) = ingest(tmp_path, "flat-heading-gap-clause-semicolon.txt")
    assert doc["points"][0]["heading"] == "思想上重视"


def test_a_title_said_three_times_with_masks_and_a_masked_speaker(tmp_path: Path) -> None:
    # 在 XX 中学…的致辞 在 xxx 中学…的致辞 在 xxx 中学…的致辞 xxxx (20xx 年 9 月 1 日) 尊敬的…同学们: on one line
    # (was: no title; on the page met, kind other)
    (doc,) = ingest(tmp_path, "title-thrice-masked-speaker-date.txt")
    assert doc["kind"] == "speech" and doc["title"] == "在xxx中学庆祝建校60周年大会上的致辞"
    assert doc["fragments"]["salutation"] == 1
    assert _undouble("在XX县工作会议上的讲话") == "在XX县工作会议上的讲话"


def test_a_count_announced_with_biaoda(tmp_path: Path) -> None:
    # 借此机会我想表达三层意思，… where the copy stops: the 致辞 announces three (was: no count)
    (doc,) = ingest(tmp_path, "greeting-cut-after-three-meanings.txt")
    assert _shape(doc) == ("speech", 3, [])


def test_a_speaker_title_at_a_meeting_is_a_speech(tmp_path: Path) -> None:
    # 镇党委书记在…动员会上的讲话 over a text with neither 称谓 nor 我 (a copy that starts at 2026年是…): a speech
    # like 在…会上的讲话 (was: kind other, its title lost)
    (doc,) = ingest(tmp_path, "speaker-title-no-salutation-no-first-person.txt")
    assert doc["kind"] == "speech" and doc["title"] == "镇党委书记在2026年开局动员会上的讲话"
    from drafter.ingest.split import _AT_MEETING_TITLE

    assert not _AT_MEETING_TITLE.match("县委书记某某作重要讲话")
    assert not _AT_MEETING_TITLE.match("关于贯彻落实县委书记在全县大会上讲话精神的通知")


def test_a_stray_page_number_before_the_first_point_of_a_flat_copy(tmp_path: Path) -> None:
    # …提几点意见: 1 一、坚持抓基层…新成效 今年是 2026 年,… on one line: the PDF's page number between announcement and
    # 一、 goes, and the gaps beside digits (是 2026 年) are no second gap between phrases, so the heading ends at its gap
    # (was: no point at all)
    (doc,) = ingest(tmp_path, "flat-stray-page-number-before-first-point.txt")
    assert _shape(doc) == ("speech", "几", [1])
    assert doc["points"][0]["heading"] == "坚持抓基层、打基础，全县基层党组织建设取得新成效"


def _salutation(tmp_path: Path, name: str) -> str:
    """The 称谓 ingest finds for the one document of fixtures/ingest/NAME ('' when none)."""
    report = ingest_paths([INGEST / name], library=tmp_path / "lib", corpus=tmp_path / "corpus").as_dict()
    (doc,) = report["documents"]
    data = yaml.safe_load(Path(doc["fragment_file"]["path"]).read_text(encoding="utf-8"))
    return next((f["text"].strip() for f in data if f["role"] == "salutation"), "")


def test_a_question_page_over_the_salutation(tmp_path: Path) -> None:
    # 秋季开学典礼校长发言稿如何写? over 老师们、同学们: — a question-and-answer page's headline (was: no 称谓)
    assert _salutation(tmp_path, "qa-question-over-salutation.txt") == "老师们、同学们："


def test_a_guest_group_salutation_after_a_wengao_title(tmp_path: Path) -> None:
    # …的表态发言文稿 市委巡察组各位领导,同志们:… on one line: the site's 文稿 is no part of the title, and the guests'
    # 各位领导 named with their group open the 称谓 (was: no 称谓)
    assert _salutation(tmp_path, "title-wengao-guest-group-salutation.txt") == "市委巡察组各位领导，同志们："
    (doc,) = ingest(tmp_path, "title-wengao-guest-group-salutation.txt")
    assert doc["title"] == "2026年局长在接受市委巡察工作动员会上的表态发言"


def test_a_repeated_title_then_its_date_then_the_salutation(tmp_path: Path) -> None:
    # 在…的讲话(2026年9月13日)同志们:为… under the same title on the line before: the title goes, the date is a
    # header line and the 称谓 is found (was: the date and 称谓 left at the head of the opening)
    assert _salutation(tmp_path, "repeated-title-date-then-salutation.txt") == "同志们："
    (doc,) = ingest(tmp_path, "repeated-title-date-then-salutation.txt")
    assert _shape(doc) == ("speech", 2, [0, 0])


def test_download_notes_over_the_title(tmp_path: Path) -> None:
    # 如果您无法下载资料,请参考说明: / 1、部分资料下载需要金币… over the title (was: the notes taken for the title)
    (doc,) = ingest(tmp_path, "download-notes-over-title.txt")
    assert doc["title"] == "创建文明城市动员会讲话稿" and doc["lines"][0] == 5


def test_a_long_honoured_salutation_run_into_the_opening(tmp_path: Path) -> None:
    # 尊敬的各位省市级劳动模范、优秀工作者、亲爱的同志们:大家好!今天,… — a 称谓 naming several honoured groups is longer
    # than a plain one (was: no 称谓, the whole line taken for the opening)
    assert _salutation(tmp_path, "long-honoured-salutation-run-on.txt") == "尊敬的各位省市级劳动模范、优秀工作者、亲爱的同志们："


def test_a_vertical_greeting_over_a_spaced_xianci_title(tmp_path: Path) -> None:
    # 新 / 春 / 快 / 乐 one character to a line over 新 春 献 词: the greeting art goes, the 献词 is the title, not a
    # keyword (was: 新 taken for the title; on the page met the speaker's name line came up as the title once the
    # greeting went)
    # A 新春献词 published to 全镇广大干部群众 (no one gathered hears it) is a letter by the greeting rule (kinds27): it
    # keeps its title and makes no fragments.
    (doc,) = ingest(tmp_path, "vertical-greeting-over-spaced-xianci.txt")
    assert (doc["kind"], doc["genre"], doc["title"], doc["fragments"]) == ("other", "书信", "新春献词", {})
