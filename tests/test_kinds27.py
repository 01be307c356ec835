"""Document kinds as the kinds27 work set showed them at first sight (issue #13): what a clerk keeps out of the speech
library and why — letters, greetings sent to no one gathered, news that tells of a letter or reports requirements,
minutes, rules, interpretations, fiction, writing guides — and what `drafter ingest` says of each.
Our own fixtures, reproducing the shapes only."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_fixtures import INGEST, ingest
from archive_fixtures import shape as _shape
from typer.testing import CliRunner

from drafter.ingest import ingest_paths

# ---------------------------------------------------------------- the greeting rule: said to people gathered, or sent


def test_a_published_new_year_greeting_is_a_letter_whoever_signs_it(tmp_path: Path) -> None:
    # a 县长's 新春致辞 on a news site (weather line, headline with ！, 来源 line): nobody gathered hears it — was a speech
    (doc,) = ingest(tmp_path, "kinds27-new-year-greeting-published.txt")
    assert (doc["kind"], doc["genre"], doc["fragments"]) == ("other", "书信", {})


def test_a_directors_new_year_words_are_a_speech_when_said_and_a_letter_when_sent(
    tmp_path: Path,
) -> None:
    # batch 21's test kept a 院长's 新年致辞 to the staff a speech; batch 23 expected one a letter. Decided once: 大家上午好！
    # (said to the staff gathered) makes it a speech; the same words with no one gathered are a letter
    text = (INGEST / "hospital-new-year-own-names.txt").read_text(encoding="utf-8")
    assert "大家上午好！" in text
    sent = tmp_path / "hospital-new-year-sent.txt"
    sent.write_text(text.replace("大家上午好！\n", ""), encoding="utf-8")
    (said,) = ingest(tmp_path / "a", "hospital-new-year-own-names.txt")
    report = ingest_paths(
        [sent], library=tmp_path / "lib", corpus=tmp_path / "corpus", dry_run=True
    ).as_dict()
    assert said["kind"] == "speech" and [(d["kind"], d["genre"]) for d in report["documents"]] == [
        ("other", "书信")
    ]


def test_a_heci_said_at_a_tea_party_is_a_speech(tmp_path: Path) -> None:
    # 中秋节贺词 over 各位来宾、朋友们： / 晚上好！ / 今晚，我们欢聚一堂: said to people present — was a letter (other)
    (doc,) = ingest(tmp_path, "kinds27-festival-heci-said-at-tea-party.txt")
    assert doc["kind"] == "speech" and doc["fragments"]


def test_new_year_wishes_under_numbered_headings_are_a_letter_with_no_points(
    tmp_path: Path,
) -> None:
    # …致以最诚挚的新年祝福，送上…问候与寄语 / #### 一、回望来路，心怀感恩 …: was a speech with three points
    (doc,) = ingest(tmp_path, "kinds27-new-year-wishes-headings.md")
    assert _shape(doc) == ("other", None, []) and doc["genre"] == "书信"


# ---------------------------------------------------------------- letters by their titles


@pytest.mark.parametrize(
    "name",
    [
        "kinds27-letter-title-fanwen-label.txt",  # 重阳节致全体退休教职工的慰问信范文: the site's 范文 after the genre
        "kinds27-letter-title-run-in-viewer.txt",  # 给县委县政府的感谢信给县委县政府的感谢信1 尊敬的…：… in one line
        "kinds27-proposal-unnumbered-heads.txt",  # …节约用水倡议书范文 / 特向广大居民朋友们倡议： / 节水从家庭做起 …
    ],
)
def test_letters_with_a_sites_label_or_their_title_run_in_are_letters(
    tmp_path: Path, name: str
) -> None:
    # all three were speeches (the 倡议书 with three points: 节水从家庭做起 | 节水从单位做起 | 节水从点滴做起)
    (doc,) = ingest(tmp_path, name)
    assert _shape(doc) == ("other", None, []) and doc["genre"] == "书信" and doc["fragments"] == {}


# ---------------------------------------------------------------- news


def test_news_about_letters_under_a_letter_like_headline_is_news(tmp_path: Path) -> None:
    # 两封感谢信 / 清河日报 date line / 本报记者 某某 / a quoted line of the letter / third-person narration: was other
    (doc,) = ingest(tmp_path, "kinds27-news-about-letters.txt")
    assert doc["kind"] == "news"


def test_requirements_ending_with_what_the_meeting_studied_are_news(tmp_path: Path) -> None:
    # 全镇党员干部要…。要…。要…。会议传达学习了…精神。 (a copy cut above its lead): was other
    (doc,) = ingest(tmp_path, "kinds27-news-requirements-then-meeting-studied.txt")
    assert doc["kind"] == "news"


def test_a_reported_lead_whose_words_say_we_is_news(tmp_path: Path) -> None:
    # 某某某说，…。我们相信，… / …会见时在座: the 我们 are the reported speaker's — was other
    (doc,) = ingest(tmp_path, "kinds27-news-reported-lead-we.txt")
    assert doc["kind"] == "news"


@pytest.mark.parametrize(
    "name",
    [
        # 2月9日下午，…看望慰问… / “大家…辛苦了！” / “我们要…。”某某说: every 大家 and 我们 quoted (one in the headline)
        "kinds27-news-visit-quotes-we.txt",
        # 【编者按】9月5日上午，…隆重召开，…到会祝贺，…致词 / 某某 职务 某某某：…我们…: delegates' words under a news lead
        "kinds27-news-editors-note-voices.txt",
    ],
)
def test_news_whose_we_are_the_quoted_peoples_is_news(tmp_path: Path, name: str) -> None:
    # batch 23's shapes (a 检察长 visiting staff; 侨界代表 on their congress): both were read as speeches
    (doc,) = ingest(tmp_path, name)
    assert doc["kind"] == "news" and doc["fragments"] == {}


# ---------------------------------------------------------------- other genres, named


@pytest.mark.parametrize(
    ("name", "genre"),
    [
        (
            "kinds27-minutes-decided-matters.txt",
            "会议纪要",
        ),  # 现将会议议定事项纪要如下：一、关于… (was news)
        (
            "kinds27-rules-under-info-table.txt",
            "规章制度",
        ),  # 工作规则 under 索引号 lines, 第一章 总则 (was news)
        (
            "kinds27-policy-interpretation.txt",
            "政策解读",
        ),  # 现将主要内容解读如下：一、出台背景 (was news)
        (
            "kinds27-novel-chapter-meeting.txt",
            "网络小说",
        ),  # 看后求收藏（某某小说网） over a meeting in a novel (was news)
        (
            "kinds27-guide-reply-speech.txt",
            "写作指导",
        ),  # 答谢辞一般包括标题、称谓、正文和结语 / 一、篇幅 (was a speech, 3 points)
    ],
)
def test_minutes_rules_interpretations_fiction_and_guides_are_other_and_named(
    tmp_path: Path, name: str, genre: str
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert _shape(doc) == ("other", None, []) and doc["genre"] == genre and doc["fragments"] == {}


# ---------------------------------------------------------------- reports and their covering notices


def test_a_plan_titled_with_its_piece_number_and_named_parts_is_a_report(tmp_path: Path) -> None:
    # 镇政府2027年工作计划篇1 / 一、工作思路 / 二、工作重点 1、…3、: the title was dropped as a piece label and the plan read
    # as a speech titled 一、工作思路 with one point
    (doc,) = ingest(tmp_path, "kinds27-plan-piece-label-parts.txt")
    assert _shape(doc) == ("report", None, [0, 3]) and doc["title"] == "镇政府2027年工作计划篇1"


def test_a_notice_with_its_issuer_before_guanyu_is_the_reports_cover(tmp_path: Path) -> None:
    # 青禾镇人民政府关于印发2027年政府工作报告的通知 …: the notice was read as a speech with no points
    notice, report = ingest(tmp_path, "kinds27-notice-with-issuer-then-report.txt")
    assert (notice["kind"], notice["genre"], notice["fragments"]) == ("other", "印发通知", {})
    assert report["kind"] == "report"


# ---------------------------------------------------------------- what the user sees


def test_ingest_says_which_documents_stay_out_of_the_speech_library_and_as_what(
    tmp_path: Path,
) -> None:
    from drafter.cli import app

    files = [
        str(INGEST / n)
        for n in (
            "kinds27-festival-heci-said-at-tea-party.txt",
            "kinds27-minutes-decided-matters.txt",
            "kinds27-news-about-letters.txt",
        )
    ]
    result = CliRunner().invoke(
        app,
        [
            "ingest",
            *files,
            "--dry-run",
            "--library",
            str(tmp_path / "lib"),
            "--corpus",
            str(tmp_path / "c"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "其他（会议纪要）" in result.output and "会议纪要（记录会议议定的事项" in result.output
    lines = result.output.splitlines()
    summary = next(line for line in lines if line.startswith("不进讲话片段库"))
    assert lines[lines.index(summary) - 1].startswith(
        "共 3 篇"
    )  # right under the count, above the files to write
    assert (
        summary.startswith("不进讲话片段库的 2 篇：")
        and "会议消息 1 篇" in summary
        and "其他（会议纪要） 1 篇" in summary
    )


# ---------------------------------------------------------------- a speech's points


def test_points_named_as_the_announced_keywords_are_points(tmp_path: Path) -> None:
    # 我讲五个关键词。 / 第一个关键词：明目标… (the heading run into its text): no point was found under the count
    (doc,) = ingest(tmp_path, "kinds27-keyword-points-announced.txt")
    assert _shape(doc) == ("speech", 3, [0, 0, 0])
