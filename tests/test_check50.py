"""drafter check on batch 50's false errors and planted misses, by class (issue #13). Fixtures are our own writing."""

from __future__ import annotations

import pytest
from check_fixtures import found as _found

from drafter.check import check_text


def _all(text: str, rule: str, **kw: str) -> list[tuple[str, str]]:
    """(severity, text) of every finding of `rule`, warnings included."""
    return sorted(
        (str(f.severity), f.text) for f in check_text(text, **kw).findings if f.rule == rule
    )


# --- 1. a placeholder in the speech that a site's introduction runs into on one line ------------------------------

SITE_RUN_ON = [
    "在全县秋冬季安全生产工作会议上的讲话\n"
    "下面是小编为大家整理的在全县秋冬季安全生产工作会议上的讲话，供大家参考。同志们：今天召开这次会议，主要任务是"
    "分析当前形势，部署秋冬季安全生产工作。XX县道路交通点多线长，监管难度大，各部门要切实负起责任。\n",
    "在全縣秋冬季安全生產工作會議上的講話\n"
    "下面是小編為大家整理的在全縣秋冬季安全生產工作會議上的講話，供大家參考。同志們：今天召開這次會議，主要任務是"
    "分析當前形勢，部署秋冬季安全生產工作。XX縣道路交通點多線長，監管難度大，各部門要切實負起責任。\n",
    "在全镇防汛工作会议上的讲话\n"
    "以下是小编整理的在全镇防汛工作会议上的讲话，希望对大家有所帮助。同志们：入汛以来，××镇降雨偏多，"
    "山塘水库水位持续上涨，防汛形势不容乐观，大家要绷紧防汛这根弦。\n",
]


@pytest.mark.parametrize("text", SITE_RUN_ON)
def test_a_placeholder_after_a_site_introduction_on_the_same_line_is_found(text: str) -> None:
    found = _found(text, rule="placeholder")
    assert len(found) == 1 and found[0][1] in ("XX", "××")


@pytest.mark.parametrize(
    "text",
    [
        # the site's own introduction names its category with an x: that stays the site's (no placeholder)
        "在建校x周年庆祝大会上的致辞\n下面是小编精心整理的在建校x周年庆祝大会上的致辞，希望对大家有所帮助。\n"
        "各位来宾：今天我们欢聚一堂，庆祝学校建校八十周年。\n",
        # an introduction alone on its line, the speech below it
        "在全县安全生产工作会议上的讲话\n下面是小编为大家整理的在全县XX工作会议上的讲话，供大家参考。\n"
        "同志们：今天召开这次会议，主要是部署当前安全生产工作。\n",
    ],
)
def test_the_site_introduction_itself_keeps_its_x(text: str) -> None:
    assert _found(text, rule="placeholder") == []


# --- 2. a date in figures whose month or day no calendar has -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("发布时间：2025-13-16\n\n同志们：今天召开全区森林防灭火工作会议。\n", "2025-13-16"),
        ("發佈時間：2024.02.30\n\n同志們：今天召開全區森林防滅火工作會議。\n", "2024.02.30"),
        ("同志们：根据2023/14/02印发的方案，我们开展了专项整治。\n", "2023/14/02"),
    ],
)
def test_a_figure_date_with_no_such_month_or_day_is_told(text: str, date: str) -> None:
    assert ("warning", date) in _all(text, "date-format")


def test_a_real_figure_date_is_told_as_a_form_only() -> None:
    found = check_text(
        "发布时间：2025-10-16\n\n同志们：今天召开全区森林防灭火工作会议。\n"
    ).findings
    assert [f.message for f in found if f.rule == "date-format"] == [
        "日期“2025-10-16”是数字写法，讲话稿中应写成年月日"
    ]


# --- 3. a range of months that ends past December -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("同志们：今年以来，全镇经济平稳运行。1-13月，全镇新开工项目5个。\n", "1-13月"),
        ("同志們：今年以來，全鎮經濟平穩運行。1—15月份，全鎮新開工項目5個。\n", "1—15月"),
        ("同志们：今年2至14月，全县完成固定资产投资12亿元。\n", "2至14月"),
    ],
)
def test_a_month_range_past_december_is_told(text: str, said: str) -> None:
    assert ("warning", said) in _all(text, "date-format")


@pytest.mark.parametrize(
    "text",
    [
        "同志们：1-8月，全镇新开工项目5个，完成投资3亿元。\n",
        "同志们：全县6-18月龄婴幼儿健康管理率达到95%。\n",
        "同志們：1—12月，全縣新開工項目15個。\n",
    ],
)
def test_a_month_range_within_the_year_or_an_age_is_no_date_error(text: str) -> None:
    assert not [t for _, t in _all(text, "date-format") if "月" in t and "-" in t or "—" in t]


# --- 4. a count's measure word that opens a word of its own (1个个性问题) ------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "督察组反馈了8个共性问题和1个个性问题，我们逐项整改。",
        "督察組反饋了8個共性問題和1個個性問題，我們逐項整改。",
        "评选出3个个人先进和2家家庭农场示范户。",
    ],
)
def test_a_measure_word_then_a_word_it_opens_is_no_slip(said: str) -> None:
    assert _found("同志们：\n" + said + "\n", rule="repeated-char") == []


@pytest.mark.parametrize(
    ("said", "pair"), [("全县共有50名名干部参加培训。", "名名"), ("庆祝建党97周周年。", "周周")]
)
def test_a_measure_word_typed_twice_after_a_figure_stays_a_slip(said: str, pair: str) -> None:
    assert _found("同志们：\n" + said + "\n", rule="repeated-char") == [("repeated-char", pair)]


# --- 5. a copy that opens inside its first part: 1、2、 then 二、 -------------------------------------------------

INSIDE = [
    "1、服务意识不强。一些窗口办事效率不高，群众反映较多。\n2、融资渠道较窄。中小企业贷款难的问题依然存在。\n"
    "二、进一步优化营商环境的建议\n1、转变观念。要从重管理转向重服务。\n2、完善政策。对重点企业给予支持。\n",
    "1、服務意識不強。一些窗口辦事效率不高，群眾反映較多。\n2、融資渠道較窄。中小企業貸款難的問題依然存在。\n"
    "二、進一步優化營商環境的建議\n1、轉變觀念。要從重管理轉向重服務。\n2、完善政策。對重點企業給予支持。\n",
    "（一）基础设施短板明显。部分村道路窄、路况差。\n（二）产业支撑不足。村集体经济收入偏低。\n"
    "三、下一步工作建议\n（一）补齐短板。加快道路提档升级。\n（二）培育产业。发展特色种养。\n",
]


@pytest.mark.parametrize("text", INSIDE)
def test_a_copy_opening_inside_its_first_part_is_warned_not_an_error(text: str) -> None:
    assert _found(text, rule="numbering") == []
    assert any(sev == "warning" and t in ("二、", "三、") for sev, t in _all(text, "numbering"))


def test_a_speech_with_a_title_that_skips_its_first_part_is_still_an_error() -> None:
    text = (
        "在全县优化营商环境大会上的讲话\n\n同志们：\n\n下面我讲两点意见。\n\n1、服务意识。窗口效率不高。\n"
        "2、融资渠道。贷款难依然存在。\n\n二、下一步工作\n\n1、转变观念。要重服务。\n"
    )
    assert ("numbering", "二、") in _found(text, rule="numbering")


# --- 6. a superior's 全县 in a town's account of its own year, said with 得到 ---------------------------------------

TOWN = "镇长在全镇安全生产工作会议上的讲话\n\n同志们：\n\n"


@pytest.mark.parametrize(
    "said",
    [
        "今年以来，全县各项经济社会事业都得到了协调健康发展。1-8月，全镇新开工项目4个。",
        "今年以來，全縣各項經濟社會事業都得到了協調健康發展。1-8月，全鎮新開工項目4個。",
        "过去一年，全县各项社会事业均得到了全面加强。我们狠抓安全生产，形势平稳。",
    ],
)
def test_a_superiors_scope_in_the_towns_own_account_is_a_level_mix(said: str) -> None:
    head = TOWN if "县" in said else "鎮長在全鎮安全生產工作會議上的講話\n\n同志們：\n\n"
    assert any(t in ("全县", "全縣") for _, t in _found(head + said + "\n", rule="level-mix"))


def test_the_superiors_state_set_beside_the_towns_own_is_left_alone() -> None:
    said = "今年以来，全县各项经济社会事业都得到了协调健康发展，其中我镇增长最快。"
    assert _found(TOWN + said + "\n", rule="level-mix") == []


# --- 7. a county of another city in a list of the own city's counties (--place) -----------------------------------

LISTS = [
    "同志们：刚才，凤翔、眉县、富平、陈仓分别作了交流发言，讲得很好。\n",
    "同志們：剛才，鳳翔、眉縣、富平、陳倉分別作了交流發言，講得很好。\n",
    "同志们：全市森林防火重点在太白、富平、麟游等县区，各地要早作准备。\n",
]


@pytest.mark.parametrize("text", LISTS)
def test_another_citys_county_in_the_list_of_own_counties_is_found_with_place(text: str) -> None:
    assert ("foreign-place", "富平") in _found(text, rule="foreign-place", place="宝鸡市")


def test_a_list_of_the_own_counties_only_is_fine() -> None:
    text = "同志们：刚才，凤翔、眉县、太白、陈仓分别作了交流发言，讲得很好。\n"
    assert _found(text, rule="foreign-place", place="宝鸡市") == []


# --- 8. a bound prefix's three-character word with its middle character typed twice (新学学年) ----------------------


@pytest.mark.parametrize(
    ("said", "pair"),
    [
        ("今天，我们一起揭开新学学年的序幕。", "学学"),
        ("今天，我們一起揭開新學學年的序幕。", "學學"),
        ("本学学期，学校将开展读书节活动。", "学学"),
    ],
)
def test_a_prefixed_word_with_its_middle_character_twice_is_a_slip(said: str, pair: str) -> None:
    assert _found("同学们：\n" + said + "\n", rule="repeated-char") == [("repeated-char", pair)]


@pytest.mark.parametrize(
    "said",
    [
        "每年年初，学校都要制定工作计划。",
        "大学学生会的同学们积极参与志愿服务。",
        "我们要好好学学先进典型。",
    ],
)
def test_words_that_meet_after_no_bound_prefix_are_no_slip(said: str) -> None:
    assert _found("同学们：\n" + said + "\n", rule="repeated-char") == []


@pytest.mark.parametrize(
    "text",
    [
        "同志们：我们要学习凤翔、富平、陈仓的好经验，补齐短板。\n",
        "同志們：與鳳翔、富平、陳倉等兄弟縣區相比，我們還有差距。\n",
        "同志们：刚才，凤翔、富平、蒲城、陈仓分别介绍了经验。\n",
    ],
)
def test_a_stranger_in_a_list_compared_with_or_among_strangers_is_only_a_warning(text: str) -> None:
    assert _found(text, rule="foreign-place", place="宝鸡市") == []
    assert ("warning", "富平") in _all(text, "foreign-place", place="宝鸡市")


def test_a_provinces_list_of_cities_with_a_neighbours_city_is_only_a_warning() -> None:
    text = "同志们：刚才，南京、苏州、杭州、无锡分别作了交流发言。\n"
    assert _found(text, rule="foreign-place", place="江苏省") == []
    assert ("warning", "杭州") in _all(text, "foreign-place", place="江苏省")
