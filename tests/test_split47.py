"""What batch 77 (市/省/厅局 speeches and reports, opened today) showed, and the rules that carry past it (issue #13,
split47): a collection page's title names what its untitled pieces are (…工作总结（2篇） / 篇1: a report; …倡议书3篇 /
第1篇: a letter); a whole addressed 称谓 under a paragraph the copy cut mid-word is the next speech's, never the rest
of the cut sentence; a vocative with a comma (同志们，本次…) inside a speech that has greeted its hall opens no second
speech; a paper's item whose first running paragraph opens on its tag (本报讯（记者…）) is news, whatever caption
(某某讲话) stands over it; a one-line copy's title, office with a masked name and an unbracketed day before the 称谓
(…上的讲话 市委宣传部xxx 2026年2月10日 各位领导、…女士们、先生们：) is a speech's head; a title spaced out and
annotated with pinyin (政 府 工 作 報(bào) 告) is still the report's title. Each shape in three spellings of our own
writing (tests/fixtures/split47/: half-width punctuation, traditional, full-width), and a near shape beside it that must
not change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from split_fixtures import docs, read

FIXTURES = Path(__file__).parent / "fixtures" / "split47"
SPELLINGS = ("", "-traditional", "-fullwidth")


def _docs(tmp_path: Path, name: str) -> list[dict[str, Any]]:
    return docs(FIXTURES / name, tmp_path)


def _subpoints(doc: dict[str, Any]) -> list[int]:
    return [len(p["subpoints"]) for p in doc["points"]]


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_collections_summary_under_a_bare_piece_number_is_a_report(tmp_path: Path, spelling: str) -> None:
    # 2025年某局办公室工作总结(2篇) | 篇1 | 2025年,是…之年。在局党组的坚强领导下,… | 一、… | (一)(二)(三) | 二、…
    (only,) = _docs(tmp_path, f"collection-summary{spelling}.txt")  # was: other, no title, no parts
    assert only["kind"] == "report"
    assert only["title"] == "2025年某局办公室工作总结"
    assert _subpoints(only) == [3, 0]


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_collections_call_under_a_bare_piece_number_is_a_letter(tmp_path: Path, spelling: str) -> None:
    # 共建文明城市倡议书3篇 | 第1篇 | …为此,我们向全体市民发出如下倡议: | 1、… 2、… 3、…
    (only,) = _docs(tmp_path, f"collection-letter{spelling}.txt")  # was: other with no title (a speech on the real page)
    assert only["kind"] == "other"
    assert only["genre"] == "书信"
    assert only["title"] == "共建文明城市倡议书"
    assert only["points"] == []


def test_a_collection_that_names_no_genre_or_a_piece_with_its_own_title_keeps_the_pieces_title(tmp_path: Path) -> None:
    # 开学寄语精选(2篇) | 篇1 | 在某县第一中学开学典礼上的讲话 | 老师们、同学们: …: the piece's own title stays
    (only,) = _docs(tmp_path, "collection-guard.txt")
    assert read(only) == ("speech", [3, 11], 2)
    assert only["title"] == "在某县第一中学开学典礼上的讲话"


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_an_addressed_salutation_under_a_cut_paragraph_opens_the_next_speech(tmp_path: Path, spelling: str) -> None:
    # …一、提高认识,… | …努力成为学习型、服务型、创新型的 | 尊敬的党校各位领导,学员同志们,青年朋友们: | 金秋时节,… 下面,我讲三句话 …
    first, second = _docs(tmp_path, f"salutation-under-cut{spelling}.txt")  # was: one speech, the 称谓 joined to the cut line
    assert read(first) == ("speech", [1, 6], 1)
    assert _subpoints(first) == [0]  # (was 1: the next speech's 第一句话 read as its sub-point)
    assert read(second) == ("speech", [7, 12], 1)
    assert second["announced_count"] == 3


def test_a_cut_line_going_on_with_its_sentence_is_joined(tmp_path: Path) -> None:
    # …向 | 尊敬的老同志们学习优良作风,…: the rest of the sentence, no 称谓 (it does not end on a colon)
    (only,) = _docs(tmp_path, "salutation-under-cut-guard.txt")
    assert read(only) == ("speech", [1, 9], 2)


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_vocative_with_a_comma_inside_a_greeted_speech_opens_no_second_speech(tmp_path: Path, spelling: str) -> None:
    # 女士们、先生们、朋友们: | 今天,… | 同志们,文明城市是…作出新的更大贡献! | 同志们,本次大赛共有… | 最后,预祝…圆满成功!
    (only,) = _docs(tmp_path, f"vocative-comma{spelling}.txt")  # was: two speeches, split at the second 同志们
    assert read(only) == ("speech", [1, 5], 0)


def test_a_vocative_opening_a_meeting_after_a_closing_still_opens_a_speech(tmp_path: Path) -> None:
    # …谢谢大家! | 同志们,今天我们在这里隆重召开…推进会,…: the next speech, opening on its meeting
    first, second = _docs(tmp_path, "vocative-comma-guard.txt")
    assert read(first)[:2] == ("speech", [1, 4])
    assert read(second) == ("speech", [5, 10], 2)


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_papers_item_under_a_speakers_caption_is_news(tmp_path: Path, spelling: str) -> None:
    # (site's column rows) | 市政府办公室召开…座谈会 | 时间:… 来源:… | 王某某讲话 | 本报讯(记者 李某)近日,…召开… | 他说,…
    (only,) = _docs(tmp_path, f"caption-over-wire-lead{spelling}.txt")  # was: a speech with no title
    assert only["kind"] == "news"
    assert only["title"] == "市政府办公室召开老同志新春座谈会"


def test_a_speech_titled_by_its_speaker_stays_a_speech(tmp_path: Path) -> None:
    # 市长讲话 | 同志们: | 今天召开…: the speech itself, greeting its hall
    (only,) = _docs(tmp_path, "caption-over-wire-lead-guard.txt")
    assert read(only)[:2] == ("speech", [1, 6])


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_one_line_copy_with_a_masked_byline_and_an_unbracketed_day_is_a_speech(tmp_path: Path, spelling: str) -> None:
    # …灯会开幕致辞 在…开幕式上的讲话 市委宣传部xxx 2026年2月10日 各位领导、各位来宾,女士们、先生们: 晚上好! …感谢! 2
    (only,) = _docs(tmp_path, f"one-line-masked-byline{spelling}.txt")  # was: other, no title, no 称谓
    assert only["kind"] == "speech"
    assert only["title"].endswith("开幕式上的讲话")
    assert "没有找到称谓（如“同志们：”）" not in only["warnings"]


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_spaced_title_annotated_with_pinyin_is_a_report(tmp_path: Path, spelling: str) -> None:
    # 政 府 工 作 報(bào) 告 | ——在某市第九屆 | 人民代表大會(huì)第三次會(huì)議上 | … | 二、今年工作總體要求和重點(diǎn)任務(wù)
    (only,) = _docs(tmp_path, f"spaced-title-pinyin{spelling}.txt")  # was: other (政府工作报 告 left with a gap)
    assert only["kind"] == "report"
    assert only["title"] == "政府工作报告"
    assert _subpoints(only) == [0]


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_second_dated_lead_under_a_news_item_is_doubted(tmp_path: Path, spelling: str) -> None:
    # …某某网3月12日讯 | …(four paragraphs of one story)… | 昨日,某县召开…观摩会。…: two items run together, no seam between
    (only,) = _docs(tmp_path, f"second-lead{spelling}.txt")
    assert read(only) == ("news", [1, 8], 0)  # the reading stays: a doubt changes nothing
    doubts = [w for w in only["warnings"] if w.startswith("结构存疑：")]
    assert len(doubts) == 1 and "第 8 行" in doubts[0] and "另一条消息的导语" in doubts[0]


def test_a_later_paragraph_of_the_same_story_is_not_doubted(tmp_path: Path) -> None:
    # …| 在随后召开的专题协调会上,…: the story goes on, no day of its own
    (only,) = _docs(tmp_path, "second-lead-guard.txt")
    assert read(only) == ("news", [1, 8], 0)
    assert not [w for w in only["warnings"] if w.startswith("结构存疑：")]
