"""The place model: every row of drafter/data/levels.yaml, superiors from the gazetteer."""

from __future__ import annotations

import pytest

from drafter.places import (
    find_kind,
    kind_of_suffix,
    load_kinds,
    place_words,
    resolve_place,
    tier_words,
)
from drafter.render.sandbox import render_text
from drafter.render.values import level_context
from drafter.text import LEVELS

# kind → (a place of that kind, party, leadership, scope, we, below, own departments, upper leadership)
ROWS = {
    "省": (
        "浙江省",
        "省委",
        "省委、省政府",
        "全省",
        "我省",
        "各市、县（市、区）",  # 浙江 has no 自治州 (the gazetteer's units below, levels.yaml below_by_units)
        "省直各部门",
        "党中央、国务院",
    ),
    "自治区": (
        "内蒙古自治区",
        "自治区党委",
        "自治区党委、自治区政府",
        "全区",
        "我区",
        "各市（盟）",
        "区直各部门",
        "党中央、国务院",
    ),
    "直辖市": (
        "重庆市",
        "市委",
        "市委、市政府",
        "全市",
        "我市",
        "各区县",
        "市级各部门",
        "党中央、国务院",
    ),
    "地级市": (
        "南通市",
        "市委",
        "市委、市政府",
        "全市",
        "我市",
        "各县（市、区）",
        "市直各部门",
        "省委、省政府",
    ),
    "自治州": (
        "恩施土家族苗族自治州",
        "州委",
        "州委、州政府",
        "全州",
        "我州",
        "各县（市）",
        "州直各部门",
        "省委、省政府",
    ),
    "地区": (
        "大兴安岭地区",
        "地委",
        "地委、行署",
        "全地区",
        "我地区",
        "各县（市）",
        "地直各部门",
        "省委、省政府",
    ),
    "盟": (
        "阿拉善盟",
        "盟委",
        "盟委、行署",
        "全盟",
        "我盟",
        "各旗",  # 阿拉善盟 has only 旗
        "盟直各部门",
        "自治区党委、自治区政府",
    ),
    "县级市": (
        "江阴市",
        "市委",
        "市委、市政府",
        "全市",
        "我市",
        "各镇（街道）",
        "市直各部门",
        "无锡市委、市政府",
    ),
    "县": (
        "清河县",
        "县委",
        "县委、县政府",
        "全县",
        "我县",
        "各乡镇（街道）",
        "县直各部门",
        "市委、市政府",
    ),
    "自治县": (
        "长阳土家族自治县",
        "县委",
        "县委、县政府",
        "全县",
        "我县",
        "各乡镇",
        "县直各部门",
        "市委、市政府",
    ),
    "旗": (
        "鄂托克旗",
        "旗委",
        "旗委、旗政府",
        "全旗",
        "我旗",
        "各苏木乡镇",
        "旗直各部门",
        "市委、市政府",
    ),
    "市辖区": (
        "崇川区",
        "区委",
        "区委、区政府",
        "全区",
        "我区",
        "各街道（镇）",
        "区直各部门",
        "市委、市政府",
    ),
    "乡": (
        "红星乡",
        "乡党委",
        "乡党委、政府",
        "全乡",
        "我乡",
        "各村（社区）",
        "乡直各单位",
        "县委、县政府",
    ),
    "镇": (
        "城关镇",
        "镇党委",
        "镇党委、政府",
        "全镇",
        "我镇",
        "各村（社区）",
        "镇直各单位",
        "县委、县政府",
    ),
    "街道": (
        "城关街道",
        "街道党工委",
        "街道党工委、办事处",
        "全街道",
        "我街道",
        "各社区",
        "街道各科室",
        "区委、区政府",
    ),
    # a 功能区 (review30b): 党工委、管委会, no government of its own below it; its superior from its name
    "开发区": (
        "南通经济技术开发区",
        "党工委",
        "党工委、管委会",
        "全区",
        "我区",
        "各街道（园区）",
        "管委会各部门",
        "市委、市政府",
    ),
}


def test_the_table_has_exactly_these_kinds():
    assert set(load_kinds()) - {"国家"} == set(ROWS)


@pytest.mark.parametrize("kind", sorted(ROWS))
def test_each_kind_of_place(kind):
    place, party, leadership, scope, we, below, depts, upper = ROWS[kind]
    info = resolve_place(place)
    assert info is not None and info.kind.name == kind
    words = place_words(info)
    got = (
        words["party"],
        words["leadership"],
        words["scope"],
        words["we"],
        words["below"],
        words["own_depts"],
    )
    assert got == (party, leadership, scope, we, below, depts)
    assert words["upper"]["leadership"] == upper
    assert info.kind.tier in LEVELS


@pytest.mark.parametrize(
    ("place", "superior"),
    [("江阴市", "无锡市"), ("昆山市", "苏州市"), ("清河县", "邢台市"), ("鄂托克旗", "鄂尔多斯市"), ("南通市", "江苏省"),
     ("朝阳区", ""), ("鼓楼区", ""), ("重庆市", ""), ("城关镇", "")],
)  # fmt: skip
def test_superiors_come_from_the_gazetteer(place, superior):
    assert resolve_place(place).superior == superior


@pytest.mark.parametrize(
    ("place", "kind", "superior"),
    [("湖南省邵阳市隆回县", "县", "邵阳市"), ("湖南邵阳隆回县", "县", "邵阳市"), ("江苏省海安市", "县级市", "南通市"),
     ("吉林省长春市朝阳区", "市辖区", "长春市"), ("内蒙古自治区鄂尔多斯市鄂托克旗", "旗", "鄂尔多斯市"),
     ("北京市朝阳区望京街道", "街道", "朝阳区"), ("江苏省南通市海安市城东镇", "镇", "海安市"),
     ("湖北省清河县", "县", "湖北省")],  # no 清河县 in 湖北: taken as written (a 省直管县), not as 河北's
)  # fmt: skip
def test_a_place_written_with_the_places_above_it(place, kind, superior):
    """Clerks often type the whole path (湖南省邵阳市隆回县): the place is the one it ends with, under those written."""
    info = resolve_place(place)
    assert (info.kind.name, info.superior) == (kind, superior)


def test_a_named_superior_settles_an_ambiguous_place():
    info = resolve_place("鼓楼区", None, "福州市")
    assert info.superior == "福州市" and info.kind.name == "市辖区"
    assert set(resolve_place("鼓楼区").candidates) == {"南京市", "徐州市", "福州市", "开封市"}


def test_levels_and_aliases_name_kinds():
    assert (
        find_kind("州").name == "自治州"
        and find_kind("县").name == "县"
        and find_kind("市").name == "地级市"
    )
    assert find_kind("副省级市").name == "地级市" and find_kind("火星") is None
    assert kind_of_suffix("城关街道").name == "街道" and kind_of_suffix("某某地区").name == "地区"
    assert tier_words()["县"].leadership == "县委、县政府"


@pytest.mark.parametrize(
    ("place", "text", "expected"),
    [("城关镇", "{{ all_governments }}要把工作摆上位置，{{ all_units }}要落实", "镇政府要把工作摆上位置，各村（社区）、镇直各单位要落实"),
     ("清河县", "{{ all_governments }}要把工作摆上位置，{{ all_units }}要落实", "各级政府要把工作摆上位置，各级各部门要落实"),
     ("城关街道", "{{ all_leaderships }}", "街道党工委、办事处")],
)  # fmt: skip
def test_words_that_do_not_exist_at_a_level_are_replaced(place, text, expected):
    assert render_text(text, level_context({"place": place, "meeting": "会议"})) == expected


@pytest.mark.parametrize(
    ("meeting", "host"),
    [("全县2026年党风廉政建设工作会议", "县委"), ("县政府第三次廉政工作会议", "县政府"), ("全县安全生产工作会议", "县委、县政府"),
     ("县委农村工作会议", "县委")],
)  # fmt: skip
def test_the_convenor_decides_whom_the_speaker_represents(meeting, host):
    assert level_context({"place": "清河县", "meeting": meeting})["host"] == host


def test_a_bare_tier_keeps_the_gazetteer_kind():
    """--set level=市 for 江阴市 still speaks as a 县级市 under 无锡市, not as a prefecture under the province."""
    info = resolve_place("江阴市", "市")
    assert info.kind.name == "县级市" and info.superior == "无锡市"
    # 县 as a level is the rank (county level): 江阴市 is county-level and stays a 县级市
    assert resolve_place("江阴市", "县").kind.name == "县级市"


def test_every_county_level_city_and_district_keeps_its_own_words_at_county_level():
    """--set level=县 for a 县级市 says 市委、市政府 / 全市 / 我市, for a 市辖区 区委、区政府: never 县委."""
    from drafter.gazetteer import load_gazetteer

    wanted = {"县级市": "市委、市政府", "市辖区": "区委、区政府"}
    places = [p for p in load_gazetteer().places if p.kind in wanted]
    assert len([p for p in places if p.kind == "县级市"]) > 300
    wrong = []
    for place in places:
        info = resolve_place(place.name, "县")
        if info.kind.name != place.kind or info.kind.words.leadership != wanted[place.kind]:
            wrong.append((place.name, info.kind.name))
    assert not wrong
    assert resolve_place("海安市", "县").superior == "南通市"
    assert resolve_place("新城市", "县").kind.name == "县级市"  # unknown to the gazetteer: its name says 市


def test_a_county_level_city_speech_at_county_level_says_city_words():
    from drafter.library import load_library, load_templates
    from drafter.render import render_draft

    answers = {"place": "海安市", "level": "县", "meeting": "全市安全生产工作会议"}
    text = render_draft(load_library(), load_templates()["work-meeting"], answers, seed=1).text
    assert "市委、市政府" in text and "全市" in text
    for word in ("县委", "县政府", "全县", "我县", "县直"):
        assert word not in text, word


def test_villages_and_communities_are_named_as_each_level_has_them() -> None:
    """{{ grassroots }} and {{ committees }}: a 旗 has 嘎查村, a 街道 only 社区 (no 村（社区）, no 社区（社区）)."""
    text = "{{ grassroots }}干部和{{ committees }}要包片包户，{{ village }}干部带头。"
    from drafter.render.sandbox import helpers

    said = {p: render_text(text, helpers({"place": p, "meeting": "全县森林防火工作会议"}, 3, 0))
            for p in ("鄂托克旗", "清河县", "葛仙庄镇", "城关街道")}  # fmt: skip
    assert said["鄂托克旗"] == "嘎查村（社区）干部和嘎查村（居）委会要包片包户，嘎查村干部带头。"
    assert said["清河县"] == said["葛仙庄镇"] == "村（社区）干部和村（居）委会要包片包户，村干部带头。"
    assert said["城关街道"] == "社区干部和社区居委会要包片包户，社区干部带头。"


def test_the_grass_roots_unit_is_a_gacha_village_in_a_banner() -> None:
    """A 旗 or 盟 speech says 嘎查村（社区）; elsewhere 村（社区）."""
    from drafter.render.sandbox import helpers

    text = "各{{ grassroots }}干部要包片包户。"
    said = {p: render_text(text, helpers({"place": p, "meeting": "全县森林防火工作会议"}, 3, 0))
            for p in ("鄂托克旗", "锡林郭勒盟", "清河县", "葛仙庄镇")}  # fmt: skip
    assert said["鄂托克旗"] == said["锡林郭勒盟"] == "各嘎查村（社区）干部要包片包户。"
    assert said["清河县"] == said["葛仙庄镇"] == "各村（社区）干部要包片包户。"


@pytest.mark.parametrize(
    ("place", "below"),
    [("浙江省", "各市、县（市、区）"), ("四川省", "各市（州）"), ("吉林省", "各市（州）"), ("内蒙古自治区", "各市（盟）"),
     ("北京市", "各区"), ("重庆市", "各区县"), ("南京市", "各区"), ("南通市", "各县（市、区）")],
)  # fmt: skip
def test_the_units_below_are_the_ones_the_place_has(place, below):
    """浙江 has no 自治州: its speech says 各市、县（市、区）, not 各市（州）; 北京 has only districts."""
    assert render_text("{{ below }}", level_context({"place": place, "meeting": "全省安全生产工作会议"})) == below


def test_every_province_names_exactly_its_own_kinds_of_unit():
    from drafter.gazetteer import load_gazetteer

    gz = load_gazetteer()
    provinces = [p for p in gz.places if p.kind in ("省", "自治区", "直辖市") and gz.children(p)]
    assert len(provinces) == 31
    for prov in provinces:
        kinds = {c.kind for c in gz.children(prov)}
        below = resolve_place(prov.name).below
        assert below, prov.name  # a rule of levels.yaml, not the table's default
        assert ("州" in below) == ("自治州" in kinds), prov.name
        assert ("盟" in below) == ("盟" in kinds), prov.name
