"""Ingest generalised from batch 55's misses and leaks (issue #13): each class of shape in two or three spellings of our
own writing (tests/fixtures/ingest/ingest55-*), never the pages' text; and a leak census of old county and town
speeches of our own writing (tests/fixtures/ingest/ingest55-old/), the names in the forms those pages use."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from archive_fixtures import INGEST, fragments, general_holding, ingest, shape

OLD = INGEST / "ingest55-old"
NAMES: dict[str, list[str]] = json.loads((OLD / "names.json").read_text(encoding="utf-8"))


def test_the_old_style_census_holds_twenty_pages_and_more_in_three_spellings() -> None:
    assert len(NAMES) >= 20
    texts = [(OLD / name).read_text(encoding="utf-8") for name in NAMES]
    assert any("縣" in t or "鎮" in t for t in texts), "traditional characters"
    assert any("同志们:" in t for t in texts), "halfwidth punctuation"
    assert any("全镇" in t for t in texts) and any("全县" in t for t in texts), "towns and counties"


@pytest.mark.parametrize("name", sorted(NAMES))
def test_no_name_of_an_old_county_or_town_page_reaches_a_general_fragment(
    tmp_path: Path, name: str
) -> None:
    # the names: people (县委某某书记, 主任某某通报), the place's own campaigns quoted by their count (“六县建设”, “四创”,
    # “七心”, “三水共治”, “五个某某”建设), towns in a list (某某乡、某某乡), the own town after 我们 and bare (某某境内),
    # villages, companies, schools, works named before their count (某某、某某两座塘坝)
    frags = fragments(tmp_path, f"ingest55-old/{name}")
    assert {word: general_holding(frags, word) for word in NAMES[name]} == dict.fromkeys(
        NAMES[name], []
    )


def test_the_nations_counted_words_stay_reusable(tmp_path: Path) -> None:
    # “三农”, 村“两委”, “三会一课”, “两学一做”, “四个意识”, “四风”, “放管服”: every county says them
    frags = fragments(tmp_path, "ingest55-old/guard-county-national-words.txt")
    assert not any(f["specific"] for f in frags if "point" in f["id"])


def _texts(tmp_path: Path, name: str) -> list[str]:
    return [yaml.safe_dump(f, allow_unicode=True) for f in fragments(tmp_path, name)]


@pytest.mark.parametrize(
    ("name", "label", "title"),
    [
        # 范文中心:在全镇…讲话 / 更新时间 / 范文中心:在…讲话范文中心:入冬以来,… (was: the label in the opening twice)
        ("ingest55-site-label-town.txt", "范文中心", "在全镇冬季森林防火动员会议上的讲话"),
        # 文秘頻道：在全縣…講話 / …講話文秘頻道：同志們，…, traditional (was: the label in a general opening)
        ("ingest55-site-label-traditional.txt", "文秘频道", "在全县春季植树造林动员大会上的讲话"),
        # 公文大全:在全区…发言 / 公文大全:各位领导,同志们:…, halfwidth punctuation (was: the label before the salutation)
        ("ingest55-site-label-halfwidth.txt", "公文大全", "在全区安全生产工作会议上的发言"),
    ],
)
def test_a_sites_label_before_the_title_and_the_text_is_the_pages_not_the_speechs(
    tmp_path: Path, name: str, label: str, title: str
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert doc["title"] == title
    assert not any(label in t for t in _texts(tmp_path, name))


@pytest.mark.parametrize(
    "name",
    [
        # <p>“去年，我们村…我们…我村…”在镇政府三楼会议室里，东坡村党支部书记正在向大家讲述… / 为…。1月8日，某某镇组织
        # 开展…述职评议活动。 — a town's news item in its page's HTML (was: a speech, for the 我们 of the quotation)
        "ingest55-quoted-lead-town.txt",
        # 「這些年，我們合作社…」在頒獎現場，…負責人激動地說。, traditional (was: a speech)
        "ingest55-quoted-lead-traditional.txt",
        # "我们社区…我们每天…"说起社区的变化,居民代表笑着说., halfwidth punctuation (was: a speech)
        "ingest55-quoted-lead-halfwidth.txt",
    ],
)
def test_a_news_item_opening_on_a_speakers_words_in_quotation_marks_is_news(
    tmp_path: Path, name: str
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert doc["kind"] == "news" and doc["points"] == []


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # 同志们： / “民以食为天，国以粮为本。”我们今天召开这个会议…: a speech opening on a saying
        ("ingest55-quoted-lead-guard.txt", ("speech", 2, [0, 0])),
        # “干部干部，先干一步。”我常说，…我讲三点。: a village head's words in his own voice, no 称谓
        ("ingest55-quoted-lead-guard-untitled.txt", ("speech", 3, [0, 0, 0])),
    ],
)
def test_a_speech_opening_on_a_saying_in_quotation_marks_stays_a_speech(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # 按照…安排部署,我镇主要开展了以下工作: 一、提高站位,…召开推进会…& — one line, halfwidth, cut (was: news, no point)
        ("ingest55-own-work-halfwidth.txt", ("report", None, [0])),
        # 根據區委…的部署要求，我局重點做了以下幾項工作： / 一、… 二、… 三、…, traditional (was: other)
        ("ingest55-own-work-traditional.txt", ("report", None, [0, 0, 0])),
        # 为贯彻落实县教育局…通知精神，我校开展了以下工作： / 一、… 二、… (was: other)
        ("ingest55-own-work-school.txt", ("report", None, [0, 0])),
        # 同志们： / 按照县委的统一部署，我镇主要开展了以下工作：一是… 下面，我讲两点意见。: a speech looking back
        ("ingest55-own-work-guard.txt", ("speech", 2, [0, 0])),
    ],
)
def test_an_offices_own_account_of_the_work_it_did_is_a_report_with_its_parts(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want


@pytest.mark.parametrize(
    ("name", "second"),
    [
        # a school's news item cut (…台下响起) / blank / 教师代表刘某在发言中表示，… 学生代表在发言中说，… (was: one item)
        ("ingest55-told-after-cut-school.txt", [9, 10]),
        # 某某鎮…座談會 cut (…大家一致認為) / 老幹部代表王某某在發言中說，…, traditional (was: one item)
        ("ingest55-told-after-cut-traditional.txt", [6, 7]),
        # …为患者提供更加 / 护理部主任在致辞中说,…, halfwidth punctuation (was: one item)
        ("ingest55-told-after-cut-halfwidth.txt", [6, 7]),
    ],
)
def test_a_report_of_what_was_said_under_a_cut_sentence_is_another_item(
    tmp_path: Path, name: str, second: list[int]
) -> None:
    first, other = ingest(tmp_path, name)
    assert first["kind"] == "news" and other["kind"] == "news"
    assert other["lines"] == second


def test_a_news_items_own_paragraph_of_what_was_said_stays_in_it(tmp_path: Path) -> None:
    # …安排部署今年防汛抗旱工作。 / 县长在讲话中指出，… / 分管副县长在会上强调，…: no cut sentence, one item
    (doc,) = ingest(tmp_path, "ingest55-told-after-cut-guard.txt")
    assert doc["kind"] == "news"


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # 今天会议的主要内容有两项：一是…；二是… / 今天会议共有四项议程，下面进行： / 第一项…第四项
        ("ingest55-two-counts-town.txt", ("speech", None, [])),
        # 今天大會的主要內容有三項：… / 本次大會共有五項議程： / 第一項…第五項, traditional
        ("ingest55-two-counts-traditional.txt", ("speech", None, [])),
        # …主要内容有两项:… / 今天的大会共有三项议程: / 第一项:…第三项:, halfwidth punctuation
        ("ingest55-two-counts-halfwidth.txt", ("speech", None, [])),
        # 今天会议的主要内容有三项，下面进行： / 第一项…第三项: one count, its items
        ("ingest55-two-counts-guard.txt", ("speech", None, [])),
    ],
)
def test_a_chair_who_says_the_contents_and_then_counts_the_agenda_calls_the_business(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]]
) -> None:
    # split49: the items the chair opens are the meeting's order of business (batches 73–81), neither count a point count
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want
    assert any(w.startswith("主持词：议程各项是会议的程序") for w in doc["warnings"])


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # …同大家一起学习交流。讲三个方面的问题。 / 一、… 二、… 三、…: a 党课's bare announcement (was: no count)
        ("ingest55-bare-aspects-lecture.txt", ("speech", 3, [0, 0, 0])),
        # …和大家談談心。講兩個方面的內容。, traditional (was: no count)
        ("ingest55-bare-aspects-traditional.txt", ("speech", 2, [0, 0])),
        # …听了很受启发.讲三个方面的问题., halfwidth punctuation (was: no count)
        ("ingest55-bare-aspects-halfwidth.txt", ("speech", 3, [0, 0, 0])),
        # 省委书记在会上讲了三个方面的问题: what another said, no announcement of this speech's
        ("ingest55-bare-aspects-guard.txt", ("speech", None, [])),
    ],
)
def test_a_bare_sentence_that_counts_the_aspects_to_speak_of_announces_them(
    tmp_path: Path, name: str, want: tuple[str, object, list[int]]
) -> None:
    (doc,) = ingest(tmp_path, name)
    assert shape(doc) == want


@pytest.mark.parametrize(
    ("name", "second"),
    [
        # …第三项：由镇长作重要讲话 / 同志们，刚才镇党委副书记传达了…，各村签订了…。今年汛期 (was: one 主持词)
        ("ingest55-called-speech-town.txt", [21, 21]),
        # 第三項：請副縣長作重要講話。 / 同志們，剛才，…通報了…, traditional (was: one 主持词)
        ("ingest55-called-speech-traditional.txt", [7, 7]),
        # 第三项:请区长作重要讲话.大家欢迎! / 同志们,刚才…, halfwidth punctuation (was: one 主持词)
        ("ingest55-called-speech-halfwidth.txt", [7, 7]),
    ],
)
def test_the_speech_a_chair_calls_for_copied_under_the_call_is_its_own(
    tmp_path: Path, name: str, second: list[int]
) -> None:
    script, speech = ingest(tmp_path, name)
    assert script["kind"] == "speech" and script["points"] == []  # (split49: the agenda is no points)
    assert speech["kind"] == "speech" and speech["lines"] == second and speech["points"] == []


def test_the_chairs_closing_under_the_call_stays_the_chairs(tmp_path: Path) -> None:
    # 第三项：请县长作重要讲话。大家欢迎！ / 同志们，刚才，县长作了重要讲话，…会议到此结束，散会。
    (doc,) = ingest(tmp_path, "ingest55-called-speech-guard.txt")
    assert shape(doc) == ("speech", None, [])
