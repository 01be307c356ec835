"""drafter check reads who is speaking once (drafter/check/voice.py, place49; issue #13): the speaker's own level and
place, and then every other place of the own tier, every sibling named bare and every own-only word of another level is
at least a warning (请核对：…) wherever it stands — unless its clause puts the place elsewhere the way a clerk would say
so in one sentence (a study trip, a partner, history, a disaster, a ranking, a superior's meeting, people coming from
it). Our own speeches: 县, 市, 区, 镇 and a 部门; the place named and never named.
"""

from __future__ import annotations

from check_fixtures import found

from drafter.check import check_text

# A county's speech that never names itself: 全县, 我县, 县委 only.
COUNTY = (
    "同志们：\n\n"
    "今天召开全县经济工作会议，主要任务是总结过去一年工作，部署今年重点任务。\n\n"
    "过去一年，县委、县政府团结带领全县干部群众攻坚克难，我县经济社会发展稳中有进。"
    "我县坚持把高质量发展作为首要任务，全县上下形成了比学赶超的良好氛围。\n\n"
    "{body}\n\n"
    "同志们，让我们更加紧密地团结在以习近平同志为核心的党中央周围，奋力谱写我县高质量发展新篇章！\n"
)
# A county's speech that names itself (泗阳县) again and again.
NAMED_COUNTY = (
    "同志们：\n\n"
    "今天召开泗阳县经济工作会议，主要任务是总结过去一年工作，部署今年重点任务。\n\n"
    "过去一年，泗阳县委、县政府团结带领全县干部群众攻坚克难，泗阳经济社会发展稳中有进。"
    "泗阳县坚持把高质量发展作为首要任务，全县上下形成了比学赶超的良好氛围。\n\n"
    "{body}\n\n"
    "同志们，让我们奋力谱写泗阳县高质量发展新篇章！\n"
)
CITY = (
    "同志们：\n\n"
    "今天召开全市经济工作会议，主要任务是总结过去一年工作，部署今年重点任务。\n\n"
    "过去一年，市委、市政府团结带领全市干部群众攻坚克难，我市经济社会发展稳中有进。"
    "我市坚持把高质量发展作为首要任务，全市上下形成了比学赶超的良好氛围。\n\n"
    "{body}\n"
)
DISTRICT = (
    "同志们：\n\n"
    "今天召开全区经济工作会议，主要任务是总结过去一年工作，部署今年重点任务。\n\n"
    "过去一年，区委、区政府团结带领全区干部群众攻坚克难，我区经济社会发展稳中有进。"
    "我区坚持把高质量发展作为首要任务，全区上下形成了比学赶超的良好氛围。\n\n"
    "{body}\n"
)
TOWN = (
    "同志们：\n\n"
    "今天召开全镇经济工作会议，主要任务是总结过去一年工作，部署今年重点任务。\n\n"
    "过去一年，镇党委、镇政府团结带领全镇干部群众攻坚克难，我镇各项工作稳步推进。"
    "我镇坚持把产业发展作为首要任务，全镇上下形成了比学赶超的良好氛围。\n\n"
    "{body}\n"
)
BUREAU = (
    "同志们：\n\n"
    "今天召开全县教育工作会议，主要任务是总结过去一年工作，部署今年重点任务。\n\n"
    "过去一年，县教育局在县委、县政府的坚强领导下，团结带领全县教育系统干部职工攻坚克难，我县教育事业稳中有进。"
    "我县坚持把立德树人作为根本任务，全县教育系统上下形成了比学赶超的良好氛围。\n\n"
    "{body}\n"
)


def _asked(text: str, rule: str, **kw: str) -> list[str]:
    """What the reviewer is asked about (请核对) or told as an error, by rule: the words it points at."""
    findings = check_text(text, **kw).findings
    return sorted(f.text for f in findings if f.rule == rule and f.severity.value in ("error", "warning"))


def _questions(text: str, **kw: str) -> list[tuple[str, str]]:
    """Only the questions voice.py asks (请核对): what a correct speech must not be burdened with."""
    return sorted((f.rule, f.text) for f in check_text(text, **kw).findings if f.message.startswith("请核对"))


# ---------------------------------------------------------------- another county where the own one is meant


def test_another_county_in_a_sentence_of_our_own_is_asked_about_where_the_speech_never_names_itself() -> None:
    for body in (
        "一年来，沭阳县经济社会发展取得新成效，各项事业全面进步。",  # a 成绩 sentence
        "沭阳县正处于爬坡过坎、转型升级的关键时期，机遇和挑战并存。",  # the subject
        "我们要紧紧围绕沭阳县第十四次党代会确定的目标任务，抓好各项工作落实。",  # the own congress
    ):
        assert "沭阳县" in _asked(COUNTY.format(body=body), "foreign-place"), body


def test_a_bare_short_name_in_the_own_slot_is_asked_about() -> None:
    for body in (
        "我们要始终把沭阳人民的利益放在首位，真心实意为群众办实事。",
        "希望沭阳广大干部群众坚定信心、真抓实干，奋力开创新局面。",
    ):
        assert "沭阳" in _asked(COUNTY.format(body=body), "foreign-place"), body


def test_a_sibling_named_bare_beside_the_own_place_is_asked_about() -> None:
    body = "宿豫的干部群众要进一步解放思想、真抓实干，全面完成今年各项目标任务。"
    assert "宿豫" in _asked(NAMED_COUNTY.format(body=body), "foreign-place")


def test_another_city_and_another_district_are_asked_about() -> None:
    assert "泰州市" in _asked(CITY.format(body="一年来，泰州市经济社会发展取得新成效，各项事业全面进步。"), "foreign-place")
    assert "江宁区" in _asked(DISTRICT.format(body="一年来，江宁区经济社会发展取得新成效，各项事业全面进步。"), "foreign-place")


# ---------------------------------------------------------------- elsewhere, as a clerk would say it


def test_a_place_said_to_be_elsewhere_is_not_asked_about() -> None:
    for body in (
        "今年上半年，县里组织乡镇党委书记赴沭阳县考察学习，开阔了视野。",  # a study trip
        "我们要主动学习借鉴沭阳县发展电商产业的经验做法。",  # learning from it
        "我县与沭阳县对口协作，在产业、人才等方面开展深度合作。",  # a partner
        "我县多名外出务工人员来自沭阳县，要做好服务保障工作。",  # people coming from it
        "当年红军长征曾在沭阳县留下足迹，要传承好红色基因。",  # history
        "去年沭阳县发生的安全生产事故教训深刻，我们要引以为戒。",  # an accident told as a lesson
        "在全市综合考核中，我县位列第二，仅次于沭阳县。",  # a ranking
    ):
        assert _questions(COUNTY.format(body=body)) == [], body


def test_a_correct_speech_is_asked_nothing() -> None:
    body = "我县要在全市高质量发展综合考核中争先进位，力争走在全市前列。全县上下要坚定信心、真抓实干。"
    for frame in (COUNTY, NAMED_COUNTY):
        assert _questions(frame.format(body=body)) == []
    assert _questions(CITY.format(body="全市上下要坚定信心、真抓实干，奋力完成全年目标任务。")) == []
    assert _questions(TOWN.format(body="我镇要在全县乡镇综合考核中争先进位，全镇上下要坚定信心。")) == []
    assert _questions(BUREAU.format(body="全县教育系统要坚定信心、真抓实干，办好人民满意的教育。")) == []


def test_the_own_name_in_the_title_and_in_a_news_lead_is_not_asked_about() -> None:
    lead = "沭阳县召开全县经济工作会议\n\n" + COUNTY.format(body="全县上下要坚定信心、真抓实干。")
    assert _questions(lead) == []


# ---------------------------------------------------------------- another level's own-only word


def test_another_levels_own_only_word_is_at_least_a_warning() -> None:
    cases = (
        (COUNTY, "我们要团结带领全市广大干部群众，奋力完成全年目标任务。", "全市"),
        (CITY, "我们要始终把我县群众的利益放在首位，真心实意为群众办实事。", "我县"),
        (TOWN, "我们要牢记全县人民的重托，真心实意为群众办实事。", "全县"),
        (DISTRICT, "在此，我代表县委向受表彰的先进集体和个人表示热烈祝贺。", "县"),
        (COUNTY, "会议的任务是动员全市进一步统一思想、提高认识、狠抓落实。", "全市"),
        (BUREAU, "我们要始终把全市教育系统干部职工的冷暖放在心上。", "全市"),
    )
    for frame, body, word in cases:
        assert any(word in t for t in _asked(frame.format(body=body), "level-mix")), body


def test_a_superiors_word_said_as_the_superiors_is_not_asked_about() -> None:
    for body in (
        "省委书记在讲话中指出，全省上下要坚定信心、真抓实干。",  # a superior's words relayed
        "今年，县里组织人员赴外地参观学习，以及全市各地的先进经验。",
    ):
        assert [q for q in _questions(COUNTY.format(body=body)) if q[0] == "level-mix"] == [], body


def test_given_place_keeps_its_errors_and_the_questions_do_not_repeat_them() -> None:
    body = "一年来，沭阳县经济社会发展取得新成效，各项事业全面进步。"
    text = COUNTY.format(body=body)
    errors = found(text, "error", "foreign-place", place="泗阳县")
    assert ("foreign-place", "沭阳县") in errors
    assert ("foreign-place", "沭阳县") not in _questions(text, place="泗阳县")


def test_another_town_said_as_ours_in_a_towns_speech_is_asked_about() -> None:
    for body in (
        "刚刚过去的一年，对青石镇来说，是不平凡的一年。",
        "我们要加快跨越式发展步伐，努力实现青石镇经济繁荣和社会进步。",
    ):
        assert "青石镇" in _asked(TOWN.format(body=body), "foreign-place"), body
    assert _questions(TOWN.format(body="今年，镇里组织村干部赴青石镇参观学习，开阔了视野。")) == []


def test_everyday_words_that_are_also_county_names_are_not_asked_about() -> None:
    """Our own drafts' self-check (test_topic_sweep, lead49): 要会同民政部门 (会同县), 执政兴国的第一要务 (兴国县),
    真金白银的投入 (白银市), 办事指南和受理标准 (南和区, 清河县's neighbour) were asked about as other places. A word the
    dictionary knows as an everyday word, a name inside a longer word or glued to the character before it, and X的
    before what no place has are no place; a neighbour said as ours still is."""
    text = (
        "# 在全县优化营商环境工作会议上的讲话\n\n同志们：\n\n今天召开全县优化营商环境工作会议。发展是党执政兴国的第一要务。"
        "县卫生健康局要会同民政部门做好服务，统一办事指南和受理标准，拿出真金白银的投入支持企业。\n"
    )
    for place in ("清河县", "兴国县", "会同县"):
        assert _questions(text, place=place) == [], place
    slip = text.replace("统一办事指南和受理标准", "推动南和经济高质量发展")
    assert _asked(slip, "foreign-place", place="清河县") == ["南和"]
