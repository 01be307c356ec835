"""Shapes the wild26 work set (40 real pages read at first sight, issue #13: township and county speeches naming
many other places, superiors, collections and figures) showed check and ingest. Fixtures are our own writing,
reproducing the shapes only."""

from __future__ import annotations

from pathlib import Path

from archive_fixtures import fragments, general_holding, ingest, shape
from check_fixtures import found as _found
from check_fixtures import read_fixture as _read


def test_a_township_office_in_the_title_leaves_township_or_town_to_the_text() -> None:
    # 乡镇长在重点工作会上的讲话选编 over a 镇 speech: 乡镇长 made the level 乡, and every 全镇 was a level-mix error
    assert _found(_read("township-office-title-correct.txt"), rule="level-mix") == []
    # the text's own words still decide: one 全乡 among the town's 全镇 is wrong
    assert _found(_read("township-office-title-flawed.txt"), rule="level-mix") == [("level-mix", "全乡")]


def test_a_collections_contents_names_other_places_pieces() -> None:
    # 目 录 / 陕西省新闻通报会推介词....................9 over a province's 推介词: each title of the contents was a
    # foreign-place error (10 in the real page)
    assert _found(_read("contents-dot-leaders-correct.txt"), rule="foreign-place") == []
    # the speech itself is still checked: 共谋安徽发展 in the province's own words
    assert _found(_read("contents-dot-leaders-flawed.txt"), rule="foreign-place") == [("foreign-place", "安徽")]


def test_people_coming_from_a_place_name_it_as_elsewhere() -> None:
    # 作为与湖北交界、武汉流出人口较多的城市 / 对湖北返乡人员逐一排查 (a city's report on the epidemic year): the place the
    # people come from was a foreign-place error
    assert _found(_read("epidemic-outflow-correct.txt"), rule="foreign-place", place="信阳市") == []
    assert len(_found(_read("epidemic-outflow-correct.txt"), "warning", rule="foreign-place", place="信阳市")) == 3
    # 为推动武汉高质量发展 is still said as the city's own
    assert _found(_read("epidemic-outflow-flawed.txt"), rule="foreign-place", place="信阳市") == [("foreign-place", "武汉")]


def test_a_speaker_for_the_four_bodies_of_a_district_sets_its_level() -> None:
    # 我谨代表清浦区委、区人大、区政府、区政协 (a 新春联谊会, the district not in the gazetteer since it merged): the
    # four bodies were not read as the speaker's, so one 我县 made the level 县 and went unflagged
    assert _found(_read("district-four-bodies-correct.txt"), rule="level-mix") == []
    assert _found(_read("district-four-bodies-flawed.txt"), rule="level-mix") == [("level-mix", "我县")]


def test_a_countys_scope_in_a_districts_report() -> None:
    # 全县重点项目… in a 区's 政府工作报告: 全县 passed as a superior's scope, but a county is no district's superior
    assert _found(_read("district-report-county-scope-correct.txt"), rule="level-mix", place="汉滨区") == []
    assert _found(_read("district-report-county-scope-flawed.txt"), rule="level-mix", place="汉滨区") == [("level-mix", "全县")]


def test_a_sibling_town_doing_the_own_towns_work() -> None:
    # 高庄镇顺利实现“零感染” in 沙沟镇's report (towns are not in the gazetteer): the sibling's name left in was unseen,
    # with and without --place; 赴柳林镇学习, 与石桥镇共建, 石桥镇建成的…值得借鉴 stay what they are
    correct, flawed = _read("sibling-town-achievement-correct.txt"), _read("sibling-town-achievement-flawed.txt")
    assert _found(correct, rule="foreign-place") == _found(correct, rule="foreign-place", place="青禾镇") == []
    assert _found(flawed, rule="foreign-place") == [("foreign-place", "柳林镇")]
    assert _found(flawed, rule="foreign-place", place="青禾镇") == [("foreign-place", "柳林镇")]


def test_a_contents_list_with_pages_and_no_dot_leaders() -> None:
    # 目录 / 乡长在全乡…推进会上的讲话 9 over a 镇 speech: the listed title's 全乡 was a level-mix error
    assert _found(_read("contents-paged-titles-correct.txt"), rule="level-mix") == []
    assert _found(_read("contents-paged-titles-flawed.txt"), rule="level-mix") == [("level-mix", "全乡")]


def test_a_countys_bare_name_said_twice_as_its_own_stake(tmp_path: Path) -> None:
    # 肩负着推动灵璧发展、为灵璧人民谋利益的…职责 (a county speech, a page of a paged article): the name said only twice,
    # so no place was found and 灵璧 went into a general fragment
    (doc,) = ingest(tmp_path, "bare-own-name-twice-as-stake.txt")
    assert doc["place"] == "灵璧县"
    assert general_holding(fragments(tmp_path / "frags", "bare-own-name-twice-as-stake.txt"), "灵璧") == []


def test_the_bodies_a_speaker_speaks_for_name_the_own_place(tmp_path: Path) -> None:
    # 我谨代表清浦区委、区人大、区政府、区政协 (a district the gazetteer does not hold): 清浦 went into a general fragment;
    # and 海南 inside the street 淮海南路 made the place 海南藏族自治州
    (doc,) = ingest(tmp_path, "district-four-bodies-street-name.txt")
    assert "海南" not in doc["place"]
    assert general_holding(fragments(tmp_path / "frags", "district-four-bodies-street-name.txt"), "清浦") == []


def test_a_firm_by_its_short_name_leading_the_industry(tmp_path: Path) -> None:
    # 以邦源纺织等企业为主体, 依托睿阳科技，建设… (a 县委书记's exchange remarks): the firms went into general fragments
    frags = fragments(tmp_path, "firms-by-short-name-leading.txt")
    assert general_holding(frags, "青禾纺织") == general_holding(frags, "禾丰科技") == []
    # a trade is no firm: the second point (以纺织、电子等产业为…, 依托农业科技) stays general
    assert any(f["id"].endswith("point-2") and not f["specific"] for f in frags)


def test_a_sites_recommended_reading_preview_is_no_document(tmp_path: Path) -> None:
    # 推荐阅读:同志们: 今天的会议是…的大好 (the article's opening again, cut off, over the speech): it became a document
    # of its own (other), with the title and the byline
    docs = ingest(tmp_path, "preview-line-recommended-reading.txt")
    assert [(d["title"], *shape(d)[::2]) for d in docs] == [("领导在乡村建设推进会上的讲话", "speech", [0, 0])]
