"""drafter check on batch 51's false errors and planted misses, by class (issue #13). Fixtures are our own writing."""

from __future__ import annotations

import pytest
from check_fixtures import found as _found

from drafter.check import check_text

TOWN_HEAD = "镇党委书记在全镇社区文艺晚会上的致辞\n\n各位居民朋友：\n\n"
TOWN_HEAD_TRAD = "鎮黨委書記在全鎮社區文藝晚會上的致辭\n\n各位居民朋友：\n\n"


def _head(said: str) -> str:
    """The town's head in the sentence's own script (a copy is read as traditional only when all of it is)."""
    return (TOWN_HEAD_TRAD if any(ch in said for ch in "們個對處鎮區應實") else TOWN_HEAD) + said + "\n"


# --- 1. 一一 and the reduplications that are words ---------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        # batch 51 p21: 唯一 then the count 一个 (a word ending in 一 meets a count or a word that starts with 一)
        "目前，我们社区是全镇唯一一个省级档案综合管理单位。",
        "目前，我們社區是全鎮唯一一個省級檔案綜合管理單位。",
        "这是全县统一一次部署的工作，也是我们之一一直坚持的做法。",
        # the adverb 一一 (one by one) before its verb, also after a degree adverb
        "对居民反映的问题，我们认真一一回应，逐项一一落实。",
        "對居民反映的問題，我們認真一一回應，逐項一一落實。",
        "成绩很多，这里就不一一列举了，各项任务要切实一一对应到人。",
        # reduplications that are words, as the rule already tells them
        "大家常常说，人人参与、事事用心、处处留情，天天都是好日子。",
        "久久为功，实实在在为居民办好每一件事。",
        "大家常常說，人人參與、事事用心、處處留情，天天都是好日子。",
    ],
)
def test_yi_yi_and_words_that_say_a_character_twice_are_no_slip(said: str) -> None:
    assert _found(_head(said), rule="repeated-char") == []


@pytest.mark.parametrize(
    ("said", "pair"),
    [
        ("活动开始的第一一天，大家热情很高。", "一一"),  # an ordinal's numeral twice
        ("这是一一个很好的开端。", "一一"),  # a count's numeral twice
        ("要进一一步做好社区服务工作。", "一一"),  # 进一步 with 一 twice
        ("要统一一思想，凝聚共识。", "一一"),  # 统一思想: the second 一 opens no count and no word
        ("這是一一個很好的開端。", "一一"),
    ],
)
def test_yi_typed_twice_stays_a_slip(said: str, pair: str) -> None:
    assert _found(_head(said), rule="repeated-char") == [("repeated-char", pair)]


# --- 2. A place name read across two words -------------------------------------------------------------------------

CHANGXING = "在长兴县经济工作会议上的讲话\n\n同志们：\n\n今天召开全县经济工作会议。{said}我县上下要再接再厉。\n"


@pytest.mark.parametrize(
    "said",
    [
        # batch 51 p45: 新兴|城市 holds 兴城市 (辽宁), 海滨|城区 holds 滨城区 (山东)
        "我们要加快建设现代化新兴城市，实现全面小康。",
        "我們要加快建設現代化新興城市，實現全面小康。",
        "要把我县建成宜居宜业的海滨城区。",
        # the own name running into the next word (长兴|城市), with and without --place
        "今年，我们推动长兴城市面貌焕然一新。",
    ],
)
@pytest.mark.parametrize("place", [None, "长兴县"])
def test_a_name_read_across_two_words_is_no_foreign_place(said: str, place: str | None) -> None:
    kw = {"place": place} if place else {}
    assert _found(CHANGXING.format(said=said), rule="foreign-place", **kw) == []


@pytest.mark.parametrize(("said", "name"), [("要推动兴城市高质量发展。", "兴城市"), ("推进晋城市经济发展。", "晋城市")])
def test_a_name_that_stands_alone_is_still_a_foreign_place(said: str, name: str) -> None:
    assert _found(CHANGXING.format(said=said), rule="foreign-place", place="长兴县") == [("foreign-place", name)]


# --- 3. Planted misses --------------------------------------------------------------------------------------------

COMMEND = (
    "在全县“人民好公仆”表彰大会上的讲话\n\n同志们：\n\n在全县上下深入贯彻全省工作会议精神的大好形势下，今天，我们隆重表彰"
    "全县第三届“人民好公仆”，这对于激励引导{w}人民学习先进，振奋精神，推动全县经济发展，具有重要意义。我县上下要以先进为榜样。\n"
)
COMMEND_TRAD = (
    "在全縣“人民好公僕”表彰大會上的講話\n\n同志們：\n\n今天，我們在這裡召開表彰大會，這對於鼓舞帶動{w}廣大幹部群眾奮發有為，"
    "推動全縣各項工作，具有重要意義。我縣上下要以先進為榜樣。\n"
)


@pytest.mark.parametrize("text", [COMMEND, COMMEND_TRAD])
@pytest.mark.parametrize("place", [None, "××县", "清河县"])
def test_the_people_this_meeting_inspires_are_the_own_place_s(text: str, place: str | None) -> None:
    kw = {"place": place} if place else {}
    assert _found(text.format(w="全市"), rule="level-mix", **kw) == [("level-mix", "全市")]
    assert _found(text.format(w="全县" if text is COMMEND else "全縣"), rule="level-mix", **kw) == []


def test_a_superior_s_commendation_inspires_the_superior_s_people() -> None:
    said = ("在全县表彰大会上的讲话\n\n同志们：\n\n今天，我们召开大会，传达市委表彰决定，这对于激励引导全市人民学习先进具有重要"
            "意义。我县上下要以先进为榜样，推动全县各项工作。\n")  # fmt: skip
    assert _found(said, rule="level-mix") == []


PLEDGE = (
    "县人民政府县长表态发言\n\n同志们：\n\n我将在县委坚强领导下，在县人大、县政协的监督支持下，{lead}，忠实践行重要嘱托。"
    "我县上下要奋力推动全县高质量发展。\n"
)


@pytest.mark.parametrize(
    ("lead", "body"),
    [
        ("团结带领市政府一班人", "市政府"),  # batch 51 p38
        ("带领市政府领导班子", "市政府"),
    ],
)
def test_the_team_the_speaker_leads_is_the_own_body_s(lead: str, body: str) -> None:
    assert _found(PLEDGE.format(lead=lead), rule="level-mix") == [("level-mix", body)]
    assert _found(PLEDGE.format(lead=lead.replace("市", "县")), rule="level-mix") == []


PLEDGE_TRAD = (
    "縣人民政府縣長表態發言\n\n同志們：\n\n我將在縣委堅強領導下，在縣人大、縣政協的監督支持下，團結帶領{body}一班人，忠實踐行重要囑託。"
    "我縣上下要奮力推動全縣高質量發展。\n"
)


def test_the_team_the_speaker_leads_traditional() -> None:
    assert _found(PLEDGE_TRAD.format(body="市政府"), rule="level-mix") == [("level-mix", "市政府")]
    assert _found(PLEDGE_TRAD.format(body="縣政府"), rule="level-mix") == []


def test_someone_else_leading_a_superior_s_team_is_no_slip() -> None:
    assert _found(PLEDGE.format(lead="市长同志带领市政府一班人来我县调研"), rule="level-mix") == []


def _pledge(third: str, n: int = 5) -> str:
    body = "我将深刻领悟两个确立的决定性意义，坚持不懈用党的创新理论武装头脑、指导实践、推动工作，始终做到心中有党。" * n
    return ("县长表态发言\n\n同志们：我深知责任重大。在此，我郑重表态：一、永葆忠诚之心讲政治" + body + "二、永葆为民之心办实事"
            + body + third + "、永葆实干之心抓发展" + body + "同志们，让我们一起努力！\n")  # fmt: skip


@pytest.mark.parametrize(("third", "message"), [("四", "缺少 三"), ("二", "重复")])
def test_a_page_with_every_heading_glued_into_one_line_has_its_numbering_read(third: str, message: str) -> None:
    findings = [f for f in check_text(_pledge(third)).findings if f.rule == "numbering"]
    assert [f.text for f in findings] == [f"{third}、"] and message in findings[0].message
    assert [f for f in check_text(_pledge("三")).findings if f.rule == "numbering"] == []


def test_glued_headings_in_a_traditional_copy() -> None:
    body = "我將深刻領悟兩個確立的決定性意義，堅持不懈用黨的創新理論武裝頭腦、指導實踐、推動工作，始終做到心中有黨。" * 8
    text = ("縣長表態發言\n\n同志們：我深知責任重大。在此，我鄭重表態：一、堅持忠誠為本" + body + "三、堅持實幹為要" + body
            + "同志們，讓我們一起努力！\n")  # fmt: skip
    assert [f.text for f in check_text(text).findings if f.rule == "numbering"] == ["三、"]


def test_a_sentence_s_own_list_in_one_line_is_no_heading() -> None:
    # the marks open no parallel headings (加强…, 完善…): a list of the sentence's own
    text = _pledge("三").replace("二、永葆为民之心", "二、完善为民之心").replace("三、永葆", "四、落实")
    assert [f for f in check_text(text).findings if f.rule == "numbering"] == []


@pytest.mark.parametrize(
    ("said", "pair"),
    [
        ("表彰在创先争优优活动中涌现出的先进集体。", "优优"),  # batch 51 p23
        ("在創先爭優優活動中湧現出一批先進典型，各區應向他們學習。", "優優"),
        ("大家要在争先创优优活动中比学赶超超活动期间的成绩。", "优优"),
    ],
)
def test_a_set_phrase_s_last_character_typed_twice_before_the_next_word(said: str, pair: str) -> None:
    assert ("repeated-char", pair) in _found(_head(said), rule="repeated-char")


@pytest.mark.parametrize(
    "said",
    ["坚持奋发图强强化担当。", "坚持与时俱进进一步解放思想。", "实事求是是我们党的思想路线。", "要精益求精精心打造。",
     "要在争先创优优质服务上下功夫。"],  # 优质, 强化, 进一步, 精心: a word that starts with the phrase's last character
)  # fmt: skip
def test_a_set_phrase_then_a_word_that_starts_with_its_last_character(said: str) -> None:
    assert _found(_head(said), rule="repeated-char") == []


DUTY = (
    "同志们：按照县委的统一要求和镇党委的具体安排，我们今天在这里召开村党组织书记抓党建工作述职会议。这次会议的主要目的，"
    "是听取各村、社区及镇直单位党组织书记一年来抓党建工作的述职，总结成绩，查找不足，进一步推动{w}党建工作迈上新台阶。"
    "刚才，各位书记作了述职，讲得都很实在。\n"
)
DUTY_TRAD = (
    "同志們：按照縣委的統一要求和鎮黨委的具體安排，今天召開村黨組織書記述職會議。這次會議的主要任務，是聽取各村、社區及鎮直"
    "單位黨組織書記的述職，總結成績，推動{w}黨建工作邁上新台階。\n"
)


@pytest.mark.parametrize(("text", "own", "other"), [(DUTY, "全镇", "全县"), (DUTY_TRAD, "全鎮", "全縣")])
def test_a_town_speech_with_no_title_is_read_as_a_town_s(text: str, own: str, other: str) -> None:
    # batch 51 p05: a 镇 speech saying 全县 in this meeting's task; its level from 镇党委 and 镇直 (no title to read)
    report = check_text(text.format(w=other))
    assert report.level == "镇"
    assert [(f.rule, f.text) for f in report.findings if f.rule == "level-mix"] == [("level-mix", other)]
    assert _found(text.format(w=own), rule="level-mix") == []


def test_a_county_speech_naming_its_towns_committees_stays_a_county_s() -> None:
    text = ("在全县基层党建工作会议上的讲话\n\n同志们：\n\n今天召开全县基层党建工作会议。各乡镇党委要履行主体责任，镇党委书记要"
            "当好第一责任人。我县上下要推动全县党建工作迈上新台阶。\n")  # fmt: skip
    report = check_text(text)
    assert report.level == "县" and _found(text, rule="level-mix") == []
