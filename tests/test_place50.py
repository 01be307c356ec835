"""A place or level slip, and what a reviewer makes of it (place50; issue #13).

First the measure: bench/archive_eval.py tells each missed planted foreign-place / level-mix slip and each false error
of those rules as a shape without its text (`place_shape`: where it stands, its form, what check read as the own place
and level and how sure, the tier of the slip, what check said on its line), so a sealed set can say why it was missed.
Every text here is our own writing.
"""

from __future__ import annotations

import re
from pathlib import Path

from doubt_harness import load_archive_eval

ROOT = Path(__file__).resolve().parents[1]
archive_eval = load_archive_eval()

# A county's speech (our own writing) with slips of a copying clerk in several places.
PAGE = [
    "在全县经济工作会议上的讲话",
    "",
    "同志们：",
    "",
    "今天召开全县经济工作会议，全市上下要认清形势。",
    "",
    "一、抓好项目建设",
    "",
    "我县坚持项目为王，在市委、县人民政府的领导下，一批项目落地见效。",
    "",
    "二、抓好民生保障",
    "",
    "要持续办好民生实事，让泗洪人民有更多获得感。",
    "",
    "同志们，让我们团结带领全县干部群众，奋力谱写高质量发展新篇章！",
]
COUNTED = {"place": None, "level": "县", "inferred": {"level": "正文用语：我/全县×4", "place": "无法推断地名"}}
TITLED = {"place": "泗阳县", "level": "县", "inferred": {"level": "标题中的“泗阳县”", "place": "标题中的“泗阳县”"}}


def _shape(code: str, phrase: str, meta: dict, findings: list | None = None, given: bool = False) -> str:
    shape = archive_eval.planted_place_shape({"code": code, "phrase": phrase}, PAGE, findings or [], meta, given)
    assert shape is not None
    return shape


def test_a_missed_slip_is_told_without_a_character_of_the_text() -> None:
    for code, phrase in (("level-mix", "全市上下"), ("level-mix", "市委、县人民政府"), ("foreign-place", "泗洪")):
        shape = _shape(code, phrase, COUNTED)
        assert shape.isascii(), shape
        assert not re.search(r"[\u4e00-\u9fff]", shape)


def test_the_shape_says_where_and_in_what_form() -> None:
    whole = _shape("level-mix", "全市上下", COUNTED)
    assert whole.split("|")[:3] == ["level-mix", "opening/clause-start", "all-X-whole+han"]
    assert "own-level=county(counts)|own-place=none" in whole
    assert "word=city(higher)" in whole
    pair = _shape("level-mix", "市委、县人民政府", COUNTED)
    assert pair.split("|")[1:3] == ["body/bodies-list", "mixed-pair+han"]
    people = _shape("foreign-place", "泗洪", TITLED, given=True)
    assert people.split("|")[1:3] == ["body/mid", "X-people+han"]
    assert "own-level=county(title)|own-place=given" in people
    assert "name=in-gazetteer:county(same)|sibling" in people  # 泗洪 and 泗阳 both under 宿迁


def test_a_bare_short_name_inside_a_longer_planted_phrase_is_looked_up() -> None:
    shape = _shape("foreign-place", "让泗洪人民有", TITLED, given=True)
    assert "|X-people+han|" in shape and "name=in-gazetteer:county(same)|sibling" in shape


def test_the_shape_says_what_check_said_on_that_line() -> None:
    quiet = _shape("foreign-place", "泗洪", TITLED)
    assert quiet.endswith("line=nothing|foreign-place-elsewhere=no")
    other = [{"rule": "repeated-char", "severity": "error", "line": 13}, {"rule": "foreign-place", "severity": "warning", "line": 5}]
    said = _shape("foreign-place", "泗洪", TITLED, other)
    assert said.endswith("line=repeated-char:error|foreign-place-elsewhere=yes")


def test_a_false_error_is_told_by_the_same_shape() -> None:
    finding = {"rule": "level-mix", "severity": "error", "line": 15, "column": 14, "text": "全县干部群众"}
    shape = archive_eval.false_place_shape(finding, PAGE, [finding], {**COUNTED, "level": "市"}, False)
    assert shape is not None and shape.startswith("level-mix|closing/mid|all-X-people+")
    assert "word=county(lower)" in shape
    assert archive_eval.false_place_shape({**finding, "rule": "numbering"}, PAGE, [], COUNTED, False) is None


def test_a_heading_and_a_title_are_told_apart() -> None:
    assert _shape("level-mix", "全县经济", COUNTED).split("|")[1] == "title/mid"
    assert archive_eval._where_shape(PAGE, 7, 2, 6) == "heading/mid"


# ---------------------------------------------------------------- the speaker's voice (drafter/check/voice.py)

from drafter.check import check_text  # noqa: E402


def _asked(text: str, rule: str, **kw: str) -> list[tuple[str, str]]:
    """(severity, words) of what check asks or tells about, for one rule."""
    return sorted((f.severity.value, f.text) for f in check_text(text, **kw).findings
                  if f.rule == rule and f.severity.value in ("error", "warning"))


# A district's host's words copied without a mark of punctuation (our own writing): one run-on line.
RUN_ON = (
    "同志们今天区政府在这里召开全区安全生产工作会议主要任务是传达上级有关会议精神分析当前安全生产形势部署全区安全生产"
    "工作{word}进一步统一思想提高认识增强做好安全生产工作的紧迫感和责任感确保全区安全生产形势持续稳定我区各有关部门"
    "要切实履行监管职责全区上下要齐心协力共同做好安全生产各项工作\n"
)


def test_another_level_word_in_a_copy_without_punctuation_is_asked_about() -> None:
    # (传达 opens the page's one "sentence" far before the slip: it relays nothing said near it)
    assert ("warning", "全市") in _asked(RUN_ON.format(word="动员全市"), "level-mix")
    assert _asked(RUN_ON.format(word="动员全区"), "level-mix") == []


# A town's speech that never names itself: 全镇, 我镇, 镇党委 only (our own writing).
TOWN = (
    "同志们：\n\n"
    "今天召开全镇三级干部大会，主要任务是总结过去一年工作，部署今年重点任务。\n\n"
    "过去一年，镇党委、镇政府团结带领全镇干部群众攻坚克难，我镇各项工作稳步推进。\n\n"
    "{body}\n"
)


def test_another_town_in_the_own_bodies_or_the_closing_call_is_asked_about() -> None:
    for body in (
        "一年来，柳泉镇党委、政府始终把产业发展摆在突出位置，办成了一批实事。",  # the own pair of bodies
        "同志们，让我们团结一心、真抓实干，为建设美丽富裕的柳泉镇而努力奋斗！",  # the closing call, praise between
        "我们要凝心聚力，奋力谱写新时代柳泉镇高质量发展新篇章。",
        "一年来，县委、县政府和柳泉镇党委、柳泉镇政府高度重视民生工作。",  # named twice, in the body alone
        "柳泉镇党委、人大、政府始终坚持以人民为中心的发展思想。",
        "相信在全镇上下的共同努力下，柳泉镇明天会更加美好！",
    ):
        assert ("warning", "柳泉镇") in _asked(TOWN.format(body=body), "foreign-place"), body


def test_a_town_named_as_elsewhere_or_a_common_noun_is_not_asked_about() -> None:
    for body in (
        "我们要认真学习借鉴柳泉镇发展特色产业的经验做法，建设美丽乡村。",  # learnt from
        "要统筹推动乡镇发展，加快建设小城镇，让群众生活更加美好。",  # 乡镇, 小城镇: no town
    ):
        assert _asked(TOWN.format(body=body), "foreign-place") == [], body


def test_the_county_committee_beside_the_town_government_is_asked_in_a_town_speech_and_an_error_in_a_county_one() -> None:
    town = TOWN.format(body="一年来，在县委、镇政府的关心支持下，全镇各项事业稳步推进。")
    assert _asked(town, "level-mix") == [("warning", "县委、镇政府")]
    for pair in ("县人大、镇政府", "县委、镇人大"):
        assert _asked(TOWN.format(body=f"一年来，在{pair}的关心支持下，全镇各项事业稳步推进。"), "level-mix") == [("warning", pair)]
    county = (
        "同志们：\n\n今天召开全县经济工作会议，主要任务是总结过去一年工作。\n\n"
        "一年来，在市委、县政府的坚强领导下，全县干部群众攻坚克难，我县经济稳中有进。\n"
    )
    assert _asked(county, "level-mix") == [("error", "市委、县政府")]


NAMED = (
    "在泗阳县经济工作会议上的讲话\n\n同志们：\n\n"
    "今天召开泗阳县经济工作会议。过去一年，县委、县政府团结带领全县干部群众攻坚克难，泗阳经济稳中有进，泗阳市场活跃。\n\n"
    "{body}\n"
)


def test_the_own_name_with_another_levels_suffix_where_the_speech_speaks_of_its_own_is_asked_about() -> None:
    closing = NAMED.format(body="同志们，让我们奋力谱写泗阳市高质量发展新篇章！")
    assert ("warning", "泗阳市") in _asked(closing, "level-mix")
    right = NAMED.format(body="同志们，让我们奋力谱写泗阳县高质量发展新篇章！")
    assert _asked(right, "level-mix") == []  # (泗阳市场: a market, no suffix)


DISTRICT = (
    "同志们：\n\n今天召开全区经济工作会议，主要任务是总结过去一年工作，部署今年重点任务。\n\n"
    "过去一年，区委、区政府团结带领全区干部群众攻坚克难，我区经济社会发展稳中有进。\n\n{body}\n"
)


def test_a_countys_own_words_in_a_districts_speech_are_asked_about_unless_it_was_a_county() -> None:
    body = "全区上下较好地完成了县六届人大一次会议确定的目标任务，我县综合实力明显增强。"
    assert sorted(t for _, t in _asked(DISTRICT.format(body=body), "level-mix")) == ["县", "我县"]
    was = "撤县设区以来，" + body
    assert [t for sev, t in _asked(DISTRICT.format(body=was), "level-mix") if sev == "warning"] == []
    superior = "我们要认真贯彻落实市十四次党代会精神，全面完成区第五次党代会确定的目标任务。"
    assert _asked(DISTRICT.format(body=superior), "level-mix") == []


CITY = (
    "在全市安全生产工作会议上的讲话\n\n同志们：\n\n{body}\n\n"
    "过去一年，市委、市政府团结带领全市干部群众攻坚克难，我市安全生产形势总体平稳。全市上下要坚决守住安全底线。\n"
)


def test_this_meeting_said_with_another_levels_scope_is_found_and_anothers_meeting_is_not() -> None:
    slip = CITY.format(body="今天我们召开全省安全生产工作会议，主要任务是分析形势、部署工作。")
    assert [t for _, t in _asked(slip, "level-mix")] == ["全省"]
    told = CITY.format(body="日前，省政府召开全省安全生产工作会议，对今年工作作出部署。今天召开全市会议，贯彻落实会议精神。")
    assert _asked(told, "level-mix") == []


def test_a_superiors_bodies_the_speaker_speaks_for_are_asked_about() -> None:
    # (the pair's second body, 省政府, is no superior's meeting told in the clause)
    slip = CITY.format(body="新春佳节即将到来，在此，代表省委、省政府，向全市广大干部群众致以新春的祝福！")
    assert ("warning", "省委") in _asked(slip, "level-mix")


def test_a_countys_bodies_opening_a_clause_of_a_citys_speech_are_asked_about() -> None:
    slip = CITY.format(body="今天召开全市安全生产工作会议。一年来，县委、县政府始终把安全生产摆在突出位置。")
    assert ("warning", "县委") in _asked(slip, "level-mix")
    for body in ("今天召开全市安全生产工作会议。各县委、县政府要切实扛起属地责任。", "今天召开全市安全生产工作会议。县委书记要亲自抓、负总责。"):
        assert _asked(CITY.format(body=body), "level-mix") == [], body
