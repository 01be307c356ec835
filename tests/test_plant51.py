"""Who is speaking, read further (plant51; issue #13): the slips a copying clerk leaves that the held-out planted sets
showed passing unasked, and the correct uses beside them that must stay quiet. Every text here is our own writing.

- 全X of another level where the speech speaks of its own whole (全市经济社会发展 in a speech that says 全县 of itself);
- a place read as the own one from its single mention in the body, the title naming none (X县委 once, 全县 throughout);
- a county in a town's speech: another than its own, or named once with none known;
- an accident to be prevented (遏制事故) is no accident told of the place.
"""

from __future__ import annotations

from drafter.check import check_text

COUNTY = "\n".join([
    "在全县经济工作会议上的讲话",
    "",
    "同志们：",
    "",
    "今天召开全县经济工作会议，主要任务是贯彻落实全市经济工作会议精神，总结工作、部署任务。过去一年，{review}，"
    "全县上下凝心聚力，各项工作取得新成效，地区生产总值增速居全市第二，高于全省平均水平。",
    "",
    "一、抓好项目建设",
    "",
    "我县坚持项目为王，全县固定资产投资稳步增长，一批项目落地见效，我县被评为全省文明县城。",
    "",
    "二、抓好民生保障",
    "",
    "要持续办好民生实事，{counties}主动融入全市发展大局，让全县人民有更多获得感。",
    "",
    "同志们，让我们团结带领全县干部群众，{closing}，奋力谱写高质量发展新篇章！",
])


def _asked(text: str, rule: str, place: str | None = None) -> list[tuple[str, str]]:
    return sorted((f.severity.value, f.text) for f in check_text(text, place=place).findings if f.rule == rule)


def test_another_levels_whole_said_of_the_own_is_asked_and_a_superiors_whole_in_its_places_is_not() -> None:
    correct = COUNTY.format(review="全县经济社会发展稳中有进", closing="推动全县经济高质量发展", counties="")
    assert _asked(correct, "level-mix") == []  # 全市…会议精神, 居全市第二, 高于全省平均, 全省文明县城, 融入全市发展大局
    slipped = COUNTY.format(review="全市经济社会发展稳中有进", closing="推动全省经济高质量发展", counties="")
    assert _asked(slipped, "level-mix") == [("warning", "全市"), ("warning", "全省")]
    asked = [f for f in check_text(slipped).findings if f.rule == "level-mix"]
    assert "通篇以“全县/我县”称本地" in asked[0].message and asked[0].suggestion == "如是从别处讲话稿带来的，改为“全县”"


def test_this_very_meeting_of_another_levels_whole_is_asked() -> None:
    text = COUNTY.format(review="全县经济社会发展稳中有进", closing="推动全县经济高质量发展", counties="").replace(
        "主要任务是贯彻落实全市经济工作会议精神，", "这次全市经济工作会议的主要任务是")
    assert _asked(text, "level-mix") == [("warning", "全市")]


def test_a_lower_levels_whole_in_a_citys_closing_is_asked_unless_the_counties_are_told() -> None:
    city = COUNTY.replace("全县", "全市").replace("我县", "我市").replace("县城", "城市").replace(
        "全市第二", "全省第二").replace("融入全市", "融入全省")
    # (a city's speech naming its counties: 全县 may be a county's, so only a question, not the error of one naming none)
    slipped = city.format(review="全市经济社会发展稳中有进", closing="推动全县经济高质量发展", counties="各县区要")
    assert [text for _, text in _asked(slipped, "level-mix")] == ["全县"]
    told = city.format(review="全市经济社会发展稳中有进", closing="各县要推动全县经济高质量发展", counties="各县区要")
    assert _asked(told, "level-mix") == []


LONE = "\n".join([
    "在全县安全生产工作会议上的讲话",
    "",
    "同志们：",
    "",
    "今天召开全县安全生产工作会议，一年来，{body}高度重视安全生产，全县安全生产形势总体平稳。",
    "",
    "一、压实责任",
    "",
    "各乡镇、各部门要把安全生产摆在突出位置，县委、县政府将定期听取汇报，确保全县安全生产形势持续稳定。",
    "",
    "同志们，让我们在县委的坚强领导下，坚决遏制重特大事故发生，为全县高质量发展营造安全稳定的环境！",
])


def test_the_own_place_read_from_one_mention_in_the_body_is_asked_there() -> None:
    report = check_text(LONE.format(body="旺苍县委"))
    assert report.place == "旺苍县"  # read from that one mention
    asked = [f for f in report.findings if f.rule == "foreign-place"]
    assert [(f.severity.value, f.text, f.line) for f in asked] == [("warning", "旺苍县", 5)]
    assert "本地名称只由正文里的“旺苍县”推断" in asked[0].message
    assert _asked(LONE.format(body="县委"), "foreign-place") == []


def test_a_place_named_in_the_title_or_twice_is_read_surely_enough() -> None:
    titled = LONE.format(body="旺苍县委").replace("在全县安全生产", "在旺苍县安全生产")
    assert _asked(titled, "foreign-place") == []
    twice = LONE.format(body="旺苍县委").replace("为全县高质量发展", "为旺苍县高质量发展")
    assert _asked(twice, "foreign-place") == []


TOWN = "\n".join([
    "在全镇乡村振兴工作会议上的讲话",
    "",
    "同志们：",
    "",
    "今天，我们召开全镇乡村振兴工作会议，主要任务是总结成绩、部署工作。",
    "",
    "一、抓好产业发展",
    "",
    "我镇坚持产业兴镇，{industry}，全镇上下干劲十足，群众增收渠道不断拓宽。",
    "",
    "二、抓好人居环境",
    "",
    "要持续推进村庄清洁行动，让全镇群众生活更美好。",
    "",
    "同志们，让我们团结一心，{closing}！",
])


def test_a_county_named_once_in_a_towns_speech_that_names_none_is_asked() -> None:
    text = TOWN.format(industry="特色种植面积在平武县稳步扩大", closing="再创佳绩")
    asked = [f for f in check_text(text).findings if f.rule == "foreign-place"]
    assert [(f.severity.value, f.text) for f in asked] == [("warning", "平武县")]
    assert "没有写明所属的县（市、区）" in asked[0].message


def test_a_county_before_a_town_or_a_firm_in_a_towns_speech_is_not_asked() -> None:
    for industry in ("平武县平通镇的特色种植面积稳步扩大", "平武县绿源农业科技有限公司带动特色种植面积稳步扩大"):
        assert _asked(TOWN.format(industry=industry, closing="再创佳绩"), "foreign-place") == [], industry


def test_another_county_than_the_towns_own_is_found_and_a_likened_one_not_asked_again() -> None:
    own = "在平武县委、县政府的坚强领导下，特色种植面积稳步扩大"
    text = TOWN.format(industry=own, closing="为平武县高质量发展再创佳绩").replace(
        "让全镇群众生活更美好", "让全镇群众生活像北川县一样美好")
    likened = [f for f in check_text(text).findings if f.rule == "foreign-place"]
    assert not any("另一个县级地方" in f.message for f in likened)  # (likened: 像…一样, told as elsewhere)
    text = TOWN.format(industry=own, closing="为平武县高质量发展再创佳绩").replace(
        "要持续推进村庄清洁行动", "要持续推进苍溪县村庄清洁行动")
    asked = [f for f in check_text(text).findings if f.rule == "foreign-place"]
    assert [f.text for f in asked] == ["苍溪县"]  # (another city's county: the error rules' already)


def test_an_accident_to_be_prevented_puts_no_place_elsewhere() -> None:
    from drafter.check.places import said_elsewhere

    assert not said_elsewhere("确保□安全生产形势稳定，坚决遏制重特大事故")
    assert said_elsewhere("□地震灾区的群众")
    assert said_elsewhere("学习□的经验")
