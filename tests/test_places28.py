"""Former names of places (issue #13, the places28 work set): speeches from before a 撤县设区 / 撤市设区 / 撤地设市,
former names left in another place's speech, places held up as a mark to reach, and a draft for a place given by its
former name. Fixtures are our own writing; the former names are data (drafter/data/former-places.tsv)."""

from __future__ import annotations

from pathlib import Path

from check_fixtures import found as _found
from check_fixtures import read_fixture as _read

from drafter.check import check_text


def test_every_line_of_the_former_names_table_is_taken() -> None:
    from drafter.gazetteer import former_lines_taken, lookup

    lines, left_out = former_lines_taken()
    assert lines > 200 and left_out == []  # a name whose place is not found, or that is a current place's, would be left out
    (fenghua,) = lookup("奉化市")
    assert (fenghua.kind, fenghua.level, fenghua.former_year) == ("县级市", "市", 2016)


def test_a_speech_of_a_former_county_level_city_is_checked_as_of_its_time() -> None:
    text = _read("former-city-speech-correct.txt")
    # --place 奉化区 (today's name) for a speech of 奉化市: its 我市 and 全市 were level-mix errors (a 区's speech)
    report = check_text(text, place="奉化区")
    assert [f for f in report.findings if f.rule == "level-mix"] == []
    assert report.level == "市" and "旧名“奉化市”" in report.inferred["level"]
    # without --place the speech is found to be 奉化市's, and the reason says what it is now
    report = check_text(text)
    assert report.place == "奉化市" and "2016年起为浙江省宁波市奉化区" in report.inferred["place"]
    assert [f for f in report.findings if f.severity == "error"] == []


def test_another_places_former_name_is_a_foreign_place() -> None:
    # 萧山市顺利完成… in 余杭区's speech: the gazetteer knew only 萧山区, so the leftover name went unseen
    flawed = [f for f in check_text(_read("former-name-of-another-flawed.txt")).findings if f.rule == "foreign-place"]
    assert [(f.severity, f.text) for f in flawed] == [("error", "萧山市")]
    assert "旧名，2001年起为浙江省杭州市萧山区" in flawed[0].message
    assert _found(_read("former-name-of-another-correct.txt"), rule="foreign-place") == []


def test_places_held_up_as_a_mark_to_reach_are_elsewhere() -> None:
    # 学昆山、赶张家港 / 赶上或超过张家港 in 太仓市's speech: three foreign-place errors
    text = _read("benchmark-towns-correct.txt")
    assert _found(text, rule="foreign-place") == []
    assert len(_found(text, "warning", rule="foreign-place")) == 3
    # 推动常州开放型经济再上新台阶 is still said as the city's own
    assert _found(_read("benchmark-towns-flawed.txt"), rule="foreign-place", place="太仓市") == [("foreign-place", "常州")]


def test_the_people_a_speaker_speaks_for_are_no_mention_of_elsewhere() -> None:
    # 我谨代表江阴市委、市政府和120万常熟人民: the 和 before the name made it a place named elsewhere (a warning)
    assert _found(_read("people-counted-flawed.txt"), rule="foreign-place") == [("foreign-place", "常熟")]
    assert _found(_read("people-counted-correct.txt"), rule="foreign-place") == []


def test_a_county_level_city_has_no_county_below_it() -> None:
    # 激励全县人民 in 太仓市's speech: 全县 in a 市 speech was taken for its counties' scope
    flawed = _read("county-city-whole-county-flawed.txt")
    assert _found(flawed, rule="level-mix", place="太仓市") == [("level-mix", "全县")]
    assert _found(_read("county-city-whole-county-correct.txt"), rule="level-mix", place="太仓市") == []
    # a prefecture-level city does have counties: 全县 there is theirs when the speech names them (各县要在全县范围内…)
    with_counties = flawed.replace("全市各级党组织", "各县要在全县范围内抓好落实，全市各级党组织")
    assert _found(with_counties, rule="level-mix", place="苏州市") == []
    # …but in a city speech that names no county at all, 全县 is no county's scope: the own one said wrongly (batch 42 p09)
    assert _found(flawed, rule="level-mix", place="苏州市") == [("level-mix", "全县")]


def test_a_draft_for_a_place_given_by_its_former_name_uses_todays_name() -> None:
    from drafter.check.places import former_name_findings
    from drafter.drafting import _renamed_place
    from drafter.render.values import resolve_answers

    answers = resolve_answers({"place": "奉化市"})
    assert answers["place"] == "奉化区" and answers["place_former"] == "奉化市" and answers["level"] == "区"
    (note,) = _renamed_place(answers)
    assert "“奉化市”是旧名（2016年起为浙江省宁波市奉化区）" in note and "按现名“奉化区”写" in note
    # and a draft's text never names its own place by the former name
    (finding,) = former_name_findings("同志们：\n奉化市各级各部门要……奉化区的发展", "奉化区")
    assert (finding.rule, finding.severity, finding.text) == ("foreign-place", "error", "奉化市")
    assert former_name_findings("同志们：\n奉化区各级各部门要……", "奉化区") == []


def test_a_title_naming_the_guests_place_is_not_the_speakers() -> None:
    # 青海省兴海县政协委员培训班开班致辞 over 我代表睢宁县委、县政府: the title made the place 青海省, and 睢宁、徐州、我县
    # were errors; with --place 睢宁县 the guests' 兴海县 was one
    text = _read("title-guests-correct.txt")
    report = check_text(text)
    assert report.place == "睢宁县" and report.level == "县"
    assert [f for f in report.findings if f.severity == "error"] == []
    assert [f for f in check_text(text, place="睢宁县").findings if f.severity == "error"] == []


def test_a_towns_own_scope_in_a_district_speech_is_the_towns() -> None:
    # 镇党委、政府团结带领…，全镇上下呈现出… (a 区 leader at a town's renaming): 全镇上下 mirrored the text's 全区上下 and
    # was a level-mix error
    assert _found(_read("town-subject-in-district-correct.txt"), rule="level-mix", level="区") == []
    assert _found(_read("town-subject-in-district-flawed.txt"), rule="level-mix", level="区") == [("level-mix", "全镇")]


def test_a_peer_levels_committee_among_the_leaders_is_a_level_mix() -> None:
    # 在市委市政府和县委的正确领导下 in a 区's report (a planted copy of a real one): not found
    assert _found(_read("led-by-a-peer-flawed.txt"), rule="level-mix", place="萧山区") == [("level-mix", "县委")]
    assert _found(_read("led-by-a-peer-correct.txt"), rule="level-mix", place="萧山区") == []
    # without --place the report's own words (全区, 区人民政府) give the level
    assert _found(_read("led-by-a-peer-flawed.txt"), rule="level-mix") == [("level-mix", "县委")]


def test_a_neighbours_people_the_speaker_speaks_for_are_a_foreign_place() -> None:
    # 团结依靠启东百万人民 planted in 海门市's report: a county-level city's two-character short name, said as the
    # people the report speaks for, was not read as a place
    assert _found(_read("people-of-a-neighbour-flawed.txt"), rule="foreign-place", place="如皋市") == [("foreign-place", "海安")]
    assert _found(_read("people-of-a-neighbour-correct.txt"), rule="foreign-place", place="如皋市") == []


def test_ingest_reads_a_former_places_speech_as_of_its_time(tmp_path: Path) -> None:
    from check_fixtures import FIXTURES

    from drafter.ingest import ingest_paths

    # 奉化市's speech: ingest found no place (the gazetteer knew 奉化区 only); now the place and its level are the
    # speech's own, and the report says what the place is today
    report = ingest_paths([FIXTURES / "former-city-speech-correct.txt"], library=tmp_path / "lib", corpus=tmp_path / "c",
                          dry_run=True).as_dict()  # fmt: skip
    (doc,) = report["documents"]
    assert (doc["place"], doc["level"]) == ("奉化市", "市")
    assert "地名“奉化市”是旧名（2016年起为浙江省宁波市奉化区），按讲话当时的县级市读" in doc["warnings"]


def test_a_two_digit_year_of_the_last_century_is_told_as_19xx() -> None:
    # 记忆中最深的是95年3月 (a transcript recalling 1995): the finding is right, its suggestion said “2095年”
    (finding,) = [f for f in check_text("同志们：\n记忆中最深的是95年3月，我在县里调研。").findings if f.rule == "date-format"]
    assert "1995年" in finding.suggestion
    (finding,) = [f for f in check_text("同志们：\n25年全县完成了各项任务。").findings if f.rule == "date-format"]
    assert "2025年" in finding.suggestion


def test_a_former_name_that_is_also_a_common_phrase_is_not_a_place() -> None:
    # 创建平安县 / 新建县医院门诊楼 / 新增城市绿地 in a county's speech: 平安县 (now 平安区), 新建县 (now 新建区) and
    # 增城市 (now 增城区) are left out of the table, so no phrase is read as another place
    text = "同志们：\n我县要深入创建平安县，抓好新建县医院门诊楼，新增城市绿地二十公顷。"
    assert _found(text, rule="foreign-place", place="宁乡市") == []
