"""The blank-line seam and the next document's own start (issue #13, split41): a page that joins two excerpts with a
blank line and nothing else opens the second one where its own start agrees with the seam (ingest.boundary) — its
title run into its 称谓, a headline over its byline (作者/某某, 日期：/来源：), a news lead dated in its second sentence, a
致辞's greeting under a piece cut off mid-word. Each shape in three spellings of our own writing (tests/fixtures/split41/:
simplified, traditional, half-width punctuation), and a near shape beside it that must not be cut or change kind."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from split_fixtures import docs, read

from drafter.ingest import ingest_paths
from drafter.ingest.boundary import dated_lead
from drafter.ingest.linesplit import split_report_title
from drafter.ingest.para import Para
from drafter.ingest.runintitles import greeting_run_in
from drafter.ingest.split import classify_kind

FIXTURES = Path(__file__).parent / "fixtures" / "split41"


def _docs(tmp_path: Path, name: str) -> list[dict[str, Any]]:
    return docs(FIXTURES / name, tmp_path)


_read = read


@pytest.mark.parametrize(
    ("name", "second"),
    [
        # …坚决打击坑农害农的违法行 | (blank) | 在…座谈会上的讲话稿各位企业家，同志们： | 今天我们召开… 一、… 二、…
        ("title-salutation-after-cut.txt", ("speech", [8, 14], 2)),
        # the same in traditional characters
        ("title-salutation-after-cut-traditional.txt", ("speech", [8, 14], 2)),
        # …违法行 | (blank) | 领导干部在…座谈会上的讲话文稿各位企业家，同志们：今天我们召开…: the whole speech on one line
        ("title-salutation-oneline.txt", ("speech", [8, 8], 0)),
        # the same with half-width punctuation (各位企业家,同志们:)
        ("title-salutation-oneline-halfwidth.txt", ("speech", [8, 8], 0)),
    ],
)
def test_a_speechs_title_run_into_its_salutation_after_a_blank_line_opens_the_next_speech(
    tmp_path: Path, name: str, second: tuple[str, list[int], int]
) -> None:
    first, other = _docs(tmp_path, name)
    assert _read(first) == (
        "speech",
        [1, 6],
        2,
    )  # was: one speech of four points, the second one's run on
    assert _read(other) == second
    assert "民营企业座谈会" in other["title"]


def test_a_speech_cut_at_a_page_break_before_its_own_second_point_stays_whole(
    tmp_path: Path,
) -> None:
    # 在…座谈会上的讲话各位企业家，同志们： / … 加大研发投 | (blank) | 二、持续优化营商环境: its own heading, no new start
    (doc,) = _docs(tmp_path, "title-salutation-guard.txt")
    assert _read(doc) == ("speech", [1, 8], 2)


@pytest.mark.parametrize(
    ("name", "first_lines", "news_lines"),
    [
        # …取得优异的 | (blank) | 春风化雨启新程，师生同心谱新篇 / ——记某某中学秋季开学典礼 / 作者/某某、某某 / …
        ("byline-after-cut.txt", [1, 4], [6, 11]),
        # the same in traditional characters, signed 文／某某
        ("byline-slash-traditional.txt", [1, 4], [6, 11]),
        # …来源:某某早报 记者 某某 | (blank) | 日期: / 来源:某某区融媒体中心 / 【某某融媒讯】2月14日下午,… (half-width)
        ("byline-dated-pair-halfwidth.txt", [3, 5], [10, 13]),
    ],
)
def test_a_headline_over_its_byline_after_a_blank_line_opens_the_next_item(
    tmp_path: Path, name: str, first_lines: list[int], news_lines: list[int]
) -> None:
    first, news = _docs(tmp_path, name)
    assert first["lines"] == first_lines  # was: one document, the second item its last paragraphs
    assert news["kind"] == "news" and news["lines"] == news_lines


def test_a_news_items_own_subheading_after_a_blank_line_stays_in_it(tmp_path: Path) -> None:
    # headline / 作者/某某 / … 期待和决 | (blank) | 师生同台展风采 / 文艺展演环节，…: no byline under the subheading
    (doc,) = _docs(tmp_path, "byline-guard.txt")
    assert doc["kind"] == "news" and doc["lines"] == [1, 8]


@pytest.mark.parametrize(
    "name",
    [
        "dated-lead-mid-sentence.txt",
        "dated-lead-mid-sentence-traditional.txt",
        "dated-lead-mid-sentence-halfwidth.txt",
    ],
)
def test_a_news_lead_dated_in_its_second_sentence_after_a_blank_line_opens_the_next_item(
    tmp_path: Path, name: str
) -> None:
    # …严格落实各项安全管理制 | (blank) | 今年是…关键之年，…。正月初八上午，某某集团新年座谈会在…举行，总经理主持座谈会。
    first, second = _docs(tmp_path, name)
    assert _read(first) == (
        "news",
        [1, 3],
        0,
    )  # was: one item, the second one's first words run on to 管理制
    # (the 我们 in the second item are the speakers', told: still news, not a speech)
    assert _read(second) == ("news", [5, 7], 0)


def test_a_speaker_recalling_a_dated_meeting_after_a_blank_line_stays_in_the_speech(
    tmp_path: Path,
) -> None:
    # …严格落实各项安全管理制 | (blank) | 今年是…。3月5日上午，我们在这里召开了县安委会全体会议，…: the speaker's own words
    (doc,) = _docs(tmp_path, "dated-lead-guard.txt")
    assert _read(doc) == ("speech", [1, 8], 2)


def test_a_dated_second_sentence_told_of_a_meeting_recalled_is_no_news_lead() -> None:
    assert dated_lead("今年是关键之年。正月初八上午，某某集团新年座谈会在集团会议室举行。")
    assert not dated_lead("今年是关键之年。3月5日上午，我们在这里召开了县安委会全体会议。")
    # a speech with no 称谓 recalling the year's first meeting: where it was held and who chaired it are not said
    speech = [
        Para(
            "今年是十五五开局之年。1月10日，县委召开全会，对全年工作作出部署。我们要认真抓好落实。",
            1,
            1,
        ),
        Para("我们要坚持稳中求进，统筹发展和安全，推动各项工作落地见效。我们要压实责任。", 2, 2),
    ]
    assert classify_kind(speech) == "speech"


@pytest.mark.parametrize(
    "name",
    [
        "greeting-opening-after-cut.txt",
        "greeting-opening-after-cut-traditional.txt",
        "greeting-opening-after-cut-halfwidth.txt",
    ],
)
def test_a_new_year_address_with_no_title_or_salutation_under_a_speech_cut_mid_word_is_read_apart(
    tmp_path: Path, name: str
) -> None:
    # …贡献智慧和力 | (blank) | 在辞旧迎新的喜庆时刻，…。在此新年佳节之际，向…致以新年的祝福！
    closing, address = _docs(tmp_path, name)
    assert _read(closing) == ("speech", [1, 4], 0)  # was: one text, the address its last paragraphs
    # (an address with no 称谓 and no one present greeted: a letter by the convention, drafter's "other")
    assert address["kind"] == "other" and address["lines"] == [6, 12]


def test_a_speech_closing_on_its_greeting_after_a_blank_line_stays_whole(tmp_path: Path) -> None:
    # …发挥积极作 | (blank) | 最后，值此新春佳节来临之际，我代表县委、县政府，向…致以节日的问候！
    (doc,) = _docs(tmp_path, "greeting-guard.txt")
    assert _read(doc) == ("speech", [1, 8], 2)


@pytest.mark.parametrize(
    "name",
    [
        "survey-title-run-in.txt",
        "survey-title-run-in-traditional.txt",
        "survey-title-run-in-halfwidth.txt",
    ],
)
def test_a_survey_reports_title_with_a_pause_mark_run_into_its_first_sentence_is_a_report(
    tmp_path: Path, name: str
) -> None:
    # 某某镇农村党组织书记履行职责、发挥作用情况调查研究报告摸清…: one line on a document site
    (doc,) = _docs(tmp_path, name)
    assert (
        doc["kind"] == "report"
    )  # was: other (the 、 in the title hid it, and 调查研究报告 was not a survey's word)


def test_a_sentence_naming_a_survey_report_keeps_its_paragraph() -> None:
    para = Para(
        "各村、各部门的调研报告中提出了不少好的建议，要认真研究吸收，切实转化为工作措施。", 1, 1
    )
    assert split_report_title([para]) == [para]


@pytest.mark.parametrize(
    "name",
    [
        "contents-title-salutation.txt",
        "contents-title-salutation-traditional.txt",
        "contents-title-salutation-halfwidth.txt",
    ],
)
def test_a_collections_contents_and_a_speechs_title_run_into_its_salutation_read_as_the_speech(
    tmp_path: Path, name: str
) -> None:
    # …讲话汇编（3篇）1.…的致辞32.…的讲话73.…的讲话12县委书记在…开幕会上的致辞各位委员，同志们： / 今天，…隆重开幕了。
    report = ingest_paths(
        [FIXTURES / name], library=tmp_path / "lib", corpus=tmp_path / "corpus", dry_run=True
    ).as_dict()
    (doc,) = report["documents"]
    # was: a news item (no 称谓 found, 开幕了 and 出席会议 told)
    assert doc["kind"] == "speech" and doc["title"] == "县委书记在县政协会议开幕会上的致辞"
    (page,) = report["files"]
    assert any(r["reason"] == "网页目录" and "汇编" in r["text"] for r in page["removed"])


def test_a_salutation_is_cut_off_a_line_only_after_a_speechs_title() -> None:
    assert greeting_run_in("县委书记在县政协会议开幕会上的致辞各位委员，同志们：") == (
        "县委书记在县政协会议开幕会上的致辞",
        "各位委员，同志们：",
    )
    assert greeting_run_in("会议结束前，主持人请各位委员发言：") is None
    assert greeting_run_in("讲话各位同志：") is None  # (no title before it)


@pytest.mark.parametrize(
    "name",
    [
        "notice-head-twice-plan.txt",
        "notice-head-twice-plan-traditional.txt",
        "notice-head-twice-plan-halfwidth.txt",
    ],
)
def test_a_notice_printed_with_its_head_twice_and_the_plan_it_issues_is_one_notice(
    tmp_path: Path, name: str
) -> None:
    # 某政办发〔2026〕9号《…关于印发〈…工作要点〉的通知》 / 《…的通知》 / 某政办发〔2026〕9号 / 各乡镇人民政府，…： /
    # 《…工作要点》已经县政府同意，现印发给你们，… / office / date / the 要点: the convention in docs/ingest-archives.md
    (doc,) = _docs(tmp_path, name)
    assert (doc["kind"], doc["genre"], doc["points"]) == ("other", "印发通知", [])  # was: a speech


def test_a_speech_naming_the_notice_that_issued_the_plan_stays_a_speech(tmp_path: Path) -> None:
    # 同志们： / 前不久，县政府办公室印发了《关于印发〈…工作要点〉的通知》，… 下面，我讲两点意见。
    (doc,) = _docs(tmp_path, "notice-head-twice-guard.txt")
    assert _read(doc) == ("speech", [1, 8], 2)


@pytest.mark.parametrize(
    "name",
    [
        "notice-attachments-after-signature.txt",
        "notice-attachments-after-signature-traditional.txt",
        "notice-attachments-after-signature-halfwidth.txt",
    ],
)
def test_a_notices_list_of_attachments_over_its_signature_stays_with_the_notice(
    tmp_path: Path, name: str
) -> None:
    # 主送 / 现将《…》《…》印发给你们 / 一、… 二、… / 附件：1.… / 2.… / office / 2026年3月20日 / 附件1 / its title / 一、…
    notice, attached = _docs(tmp_path, name)
    # was: cut at 附件：1.…, the notice's signature and date read as the attachment's
    assert (notice["kind"], notice["genre"], notice["lines"]) == ("other", "印发通知", [1, 8])
    assert attached["kind"] == "other" and attached["lines"] == [9, 13]


def test_a_notice_naming_its_one_attachment_over_its_signature_is_one_document(
    tmp_path: Path,
) -> None:
    # … / 附件：2026年县政府工作报告重点任务分解 / office / date: nothing printed after it
    (doc,) = _docs(tmp_path, "notice-attachments-guard.txt")
    assert doc["kind"] == "other" and doc["lines"] == [1, 7]


def test_a_speechs_unnumbered_subheading_naming_a_speech_after_a_blank_line_stays_in_it(
    tmp_path: Path,
) -> None:
    # …知信行统一。 | (the one blank line) | 深入学习贯彻总书记重要讲话 / 要把学习贯彻…: no meeting named, no new start
    (doc,) = _docs(tmp_path, "subheading-after-seam-guard.txt")
    assert _read(doc) == ("speech", [1, 10], 2)
