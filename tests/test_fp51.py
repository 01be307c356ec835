"""fp51 (#13): the last false doubled-character errors and the missed slips and counts of the sealed sets, each settled
by a reading of the language (jieba's tags and words, the list after a count), never by a phrase list. Our own
sentences, one per shape the sealed figures told (bench/archive_eval.py's false_shapes, missed_shapes, count_shapes)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from doubt_harness import load_archive_eval

from drafter.check import check_text
from drafter.check.lines import describe_doubling

ROOT = Path(__file__).resolve().parents[1]
_HAN = re.compile(r"[\u4e00-\u9fff]")
HEAD = "在全县项目建设推进会议上的讲话\n\n同志们：\n\n"



def _doubled(sentence: str) -> list[tuple[str, str]]:
    report = check_text(HEAD + sentence + "\n")
    return [(str(f.severity), f.text) for f in report.findings if f.rule == "repeated-char"]


def _counts(text: str) -> list[tuple[str, str]]:
    return [(str(f.severity), f.text) for f in check_text(text).findings if f.rule == "count-mismatch"]


# ---------------------------------------------------------------- false errors: a reading of the language holds


@pytest.mark.parametrize(
    ("sentence", "run"),
    [
        ("你们永远永远是学校最牵挂的人。", "永远永远"),  # an adverb (jieba: d) said twice for weight
        ("我调研调研再说，大家先别急。", "调研调研"),  # a pronoun, then its verb said twice: doing a thing a little
        ("他们服务服务在一线，辛苦了。", "服务服务"),
        ("坚持党的领导领导小组每月研究一次。", "领导领导"),  # a noun ends its phrase, the second opens 领导小组
        ("政治部干部部负责组织这次培训。", "部部"),  # a word of three the dictionary holds often: 干部部
        ("我们最缺的还是人才人才。", "人才人才"),
        ("我们不断不断地学习，才有今天。", "不断不断"),  # an adverb said twice, then 地
        ("由县委办公室主任任副组长，负责日常工作。", "任任"),  # 主任 | 任 | 副组长: a post, then 任 before another  # a noun, the whole phrase after 是, said twice before a stop
    ],
)
def test_a_doubling_another_reading_holds_is_asked_about_not_an_error(sentence: str, run: str) -> None:
    found = _doubled(sentence)
    assert ("warning", run) in found, found
    assert not [s for s in found if s[0] == "error"], found


@pytest.mark.parametrize(
    ("sentence", "run"),
    [
        ("县水利利局要加强技术指导。", "利利"),  # 局 opens no word: the name's bound suffix stranded
        ("要客观看待待去年的成绩。", "待待"),  # 看待 a verb, not a post
        ("要把项目建设设的的各项任务落实好。", "的的"),  # no AABB word has a particle for a half
        ("要加强加强安全管理。", "加强加强"),  # an office's verb, no pronoun before it
        ("要提高提高质量。", "提高提高"),  # a verb's first saying has no object: 提高质量 does not make it two words
        ("稳步稳步推进各项改革。", "稳步稳步"),  # how a task goes, not an adverb of weight
        ("要坚定理想信念信念。", "信念信念"),
    ],
)
def test_sure_slips_stay_errors(sentence: str, run: str) -> None:
    assert ("error", run) in _doubled(sentence)


# ---------------------------------------------------------------- missed slips: both copies stand alone


def test_an_idioms_first_character_typed_twice_is_an_error_after_any_word() -> None:
    assert ("error", "推推") in _doubled("发展理念推推陈出新，成效明显。")


def test_a_particle_said_twice_between_characters_that_make_no_word_is_an_error() -> None:
    assert ("error", "地地") in _doubled("要认真地地开展自查。")


def test_a_one_character_verb_said_twice_with_no_word_around_it_is_asked_about() -> None:
    assert _doubled("企业抓抓项目要有韧劲。") == [("warning", "抓抓")]


def test_a_copy_left_alone_before_a_stop_is_asked_about() -> None:
    assert _doubled("实现我们共同的理想想。") == [("warning", "想想")]  # 理想 | 想: the reduplication's reading fails
    for spoken in ("大家回去仔细想想。", "大家来说说。", "会后大家再看看。", "做到认定的人准、执行的标准准、该退出的及时退。"):
        assert _doubled(spoken) == [], spoken


@pytest.mark.parametrize(
    "sentence",
    [
        "对慢病病人要先签、多管。",  # fp50's: two words meeting on the character stay silent
        "守住住建领域的风险底线。",
        "提前准备材料，做到到龄即领。",
        "有了好医院，人才才愿意来。",
        "困难重重，但我们有信心。",
    ],
)
def test_two_words_meeting_are_still_not_asked_about(sentence: str) -> None:
    assert _doubled(sentence) == []


# ---------------------------------------------------------------- counts


def test_a_count_of_aspects_named_before_the_colon_is_checked_against_its_run_in_list() -> None:
    body = "一、抓好项目建设，要加快推进重点项目，确保按期完工。二、抓好民生保障，要办好民生实事，让群众得实惠。\n最后，希望大家齐心协力。\n"
    head = "在全县工作会议上的讲话\n同志们：\n"
    assert ("error", "三个方面") in _counts(head + "今年的工作有三个方面的重点任务：" + body)
    assert _counts(head + "今年的工作有两个方面的重点任务：" + body) == []


def test_a_quoted_slogan_count_is_checked_against_the_list_run_in_after_its_quote() -> None:
    head = "在全县工作会议上的讲话\n同志们：\n一、抓好项目建设\n"
    tail = "一是认识到位，二是责任到位，三是措施到位。\n二、抓好民生\n要办实事。\n"
    assert ("error", "四个到位") in _counts(head + "要做到“四个到位”" + tail)
    assert _counts(head + "要做到“三个到位”" + tail) == []


def test_a_years_last_digits_before_its_work_are_no_count() -> None:
    head = "在全县工作会议上的讲话\n同志们：\n一、抓好项目建设\n要抓好项目。\n二、抓好民生\n"
    tail = "一是办好民生实事，二是抓好社会保障。\n三、抓好安全\n要守住底线。\n"
    assert _counts(head + "做好2021年工作：" + tail) == []  # 21 is a year's, not a count of two
    assert _counts(head + "做好三农工作：" + tail) == []  # a slogan's numeral with its word, no unit
    assert ("error", "抓好三项工作") in _counts(head + "我们要抓好三项工作：" + tail)
    assert ("error", "3个方面") in _counts(head + "今年的工作有3个方面的重点任务：" + tail)


# ---------------------------------------------------------------- the shapes say more, still no character


def test_a_doubling_shape_tells_its_neighbours_and_its_line() -> None:
    lines = ["在全县会议上的讲话", "", "同志们：", "要切实维护人民群众的的切身利益。"]
    shape = describe_doubling(lines, 4, lines[3].index("的的") + 1, "的的")
    assert not _HAN.search(shape)
    fields = dict(x.split("=", 1) for x in shape.split("|"))
    assert fields["before"].startswith("tag-") and fields["after"].startswith("tag-")
    assert fields["line-kind"].startswith("sentence-")
    title = describe_doubling(["在全县大会上的讲话讲话", "", "同志们：", "好。"], 1, 8, "讲话讲话")
    assert "line-kind=head-" in title


def test_a_missed_phrase_with_two_doublings_tells_both() -> None:
    ev = load_archive_eval()
    lines = ["在全县会议上的讲话", "", "同志们：", "要把责任层层压实实，确保落实。"]
    shape = ev.missed_doubling_shape(lines, {"code": "repeated-char", "phrase": "层层压实实"}, [])
    assert "runs=2" in shape and shape.count("src=char2") == 2 and not _HAN.search(shape)


def test_a_count_shape_tells_the_marks_after_it_and_what_check_counted() -> None:
    ev = load_archive_eval()
    lines = ["标题", "同志们：", "我讲三点意见。", "一、抓好安全", "一是要好。二是要好。", "二、抓好发展"]
    shape = ev.count_shape("count-mismatch", lines, 3, "讲三点意见", [], "说“讲三点意见”，后面实际有 2 点（一、至二、）")
    assert "seq一、=1L,2L" in shape and "seq一是=1L,2R" in shape
    assert "read=count-after" in shape and "check-said=3vs2" in shape
    assert "抓好" not in shape and "要好" not in shape  # the marks' kinds and numbers, never the page's words


def test_answers_an_older_drafter_gave_are_not_read_by_a_newer_one() -> None:
    """The answers file (lines._recall) holds what the rules said of a question: its key names the rules' files too,
    so an edited or upgraded drafter asks again — a noun's character after a post (精神神实质) was excused by an
    older rule and stayed excused in every later check of the same cache folder."""
    from drafter.check import lines

    _, key = lines._lexicon_files()
    stamp = list(lines._RULES_STAMP)
    try:
        lines._RULES_STAMP.clear()
        first = lines._answers_key(key)
        lines._RULES_STAMP[:] = ["older"]
        assert lines._answers_key(key) != first and lines._answers_key(key).startswith(key)
    finally:
        lines._RULES_STAMP[:] = stamp
