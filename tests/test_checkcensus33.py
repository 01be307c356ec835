"""drafter check on the census of our own correct speeches and the copy-paste slips planted in copies (issue #13,
session 33). Fixtures are our own writing: tests/fixtures/check/census33-*; bench/check_census.py measures them."""

from __future__ import annotations

import json

import pytest
from check_fixtures import FIXTURES, read_fixture
from check_fixtures import found as _found

from drafter.check import check_text

SPEC = json.loads((FIXTURES / "census33-plants.json").read_text(encoding="utf-8"))


def _errors(text: str, **kw: str) -> list[tuple[str, str]]:
    return _found(text, **kw)


# --- 1. A town answering at a county meeting speaks of 我镇 ---------------------------------------------------------

PLEDGE = (
    "在全县{meeting}推进会上的{kind}\n\n{who}\n\n尊敬的各位领导，同志们：\n\n根据会议安排，我代表{town}作发言。"
    "今年以来，{we}把这项工作作为重点，但与县委的要求相比，{we}还有差距。\n\n下一步，{we}将抓好落实，"
    "确保{we}各项工作走在全县前列。\n"
)


@pytest.mark.parametrize(
    ("kind", "who", "town", "we"),
    [
        ("表态发言", "兴国县梅林镇党委书记", "梅林镇", "我镇"),
        ("交流发言", "长冈乡党委书记", "长冈乡", "我乡"),
        ("述职报告", "梅窖镇党委书记", "梅窖镇", "我镇"),
    ],
)
def test_a_town_answering_at_a_county_meeting_speaks_for_its_town(
    kind: str, who: str, town: str, we: str
) -> None:
    text = PLEDGE.format(meeting="人居环境整治", kind=kind, who=who, town=town, we=we)
    report = check_text(text)
    assert report.level == we[-1]
    assert _errors(text) == []


def test_the_census_pledges_have_no_error_and_a_slip_in_them_is_still_found() -> None:
    for name in (
        "census33-01-county-meeting-town-pledge-correct.txt",
        "census33-19-town-debrief-at-county-correct.txt",
    ):
        text = read_fixture(name)
        assert _errors(text) == []
        assert _errors(text.replace("我镇", "我乡", 1), rule="level-mix") == [("level-mix", "我乡")]


@pytest.mark.parametrize("kind", ["讲话", "致辞"])
def test_the_county_speech_itself_still_reports_a_towns_word(kind: str) -> None:
    text = PLEDGE.format(meeting="人居环境整治", kind=kind, who="", town="全县", we="我镇")
    assert ("level-mix", "我镇") in _errors(text)


def test_a_pledge_that_also_says_we_county_keeps_the_meetings_level() -> None:
    text = (
        PLEDGE.format(meeting="人居环境整治", kind="表态发言", who="", town="梅林镇", we="我镇")
        + "我县要再加把劲。\n"
    )
    assert check_text(text).level == "县"


# --- 2. 干部干部，干字当头 ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "干部干部，干字当头。全县各级干部要实实在在干事。",
        "老师老师，就是要为人师表，一一做好学生的引路人。",
        "幹部幹部，幹字當頭。全縣各級幹部要實實在在幹事。",
    ],
)
def test_a_saying_that_doubles_its_word_is_no_slip(said: str) -> None:
    assert (
        _errors(f"在全县作风建设大会上的讲话\n\n同志们：\n\n{said}\n", rule="repeated-char") == []
    )


@pytest.mark.parametrize(
    "said", ["要抓好建设建设，干字当头。", "干部干部要带头，干出样子来。", "干部干部，要带头。"]
)
def test_a_doubled_word_inside_a_clause_is_still_a_slip(said: str) -> None:
    assert [r for r, _ in _errors(f"同志们：\n\n{said}\n", rule="repeated-char")] == [
        "repeated-char"
    ]


# --- 3. A 工作要点 that numbers its items on through the parts ---------------------------------------------------------


def test_items_numbered_on_through_three_parts_are_no_gap() -> None:
    text = read_fixture("census33-39-numbered-arabic-report-correct.txt")
    assert _errors(text, rule="numbering") == []
    one_per_line = (
        "县农业农村局2026年工作要点\n\n一、抓粮食生产\n\n1.稳面积。\n\n2.提单产。\n\n二、抓产业发展\n\n3.强龙头。\n\n"
        "4.建基地。\n\n三、抓乡村建设\n\n5.改环境。\n\n6.建设施。\n"
    )
    assert _errors(one_per_line, rule="numbering") == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("7.实施名师", "8.实施名师"),  # a gap where a part carries on
        ("4.实施学前", "1.实施学前"),  # one part restarts while the others carry on: no style
    ],
)
def test_a_gap_or_a_mixed_restart_in_numbered_on_items_is_still_reported(
    old: str, new: str
) -> None:
    text = read_fixture("census33-39-numbered-arabic-report-correct.txt").replace(old, new)
    assert _errors(text, rule="numbering")


def test_sub_points_carried_on_under_only_two_parts_are_still_a_restart_missed() -> None:
    text = "同志们：\n\n一、抓发展\n\n（一）抓项目。\n\n（二）抓产业。\n\n二、抓民生\n\n（三）抓就业。\n"
    assert _errors(text, rule="numbering") == [("numbering", "（三）")]


# --- 4. A place held up as the holder of a practice worth learning ----------------------------------------------------

LEARN = "在全市营商环境优化提升大会上的讲话\n\n同志们：\n\n今天召开全市大会。{said}\n\n全市上下要对标先进，把赣州打造成投资热土。\n"


@pytest.mark.parametrize(
    "said",
    [
        "杭州“最多跑一次”改革的做法，深圳对企业“无事不扰、有求必应”的理念，都值得我们好好学一学。",
        "昆山服务企业的好经验，值得各县（市、区）认真借鉴。",
    ],
)
def test_a_place_whose_practice_is_worth_learning_is_at_most_a_warning(said: str) -> None:
    assert _errors(LEARN.format(said=said), place="赣州市", rule="foreign-place") == []


@pytest.mark.parametrize(
    "said",
    [
        "杭州“最多跑一次”改革的做法，我们今年要全面推开。",  # its practice, but nothing says to learn from it
        "今年，杭州要在优化营商环境上走在全省前列，这个目标值得我们好好想一想。",  # no practice of it named
        "杭州服务企业，要有“店小二”的理念，值得我们好好学一学。",  # the practice is not its clause's
    ],
)
def test_a_foreign_name_said_as_ours_is_still_an_error(said: str) -> None:
    assert _errors(LEARN.format(said=said), place="赣州市", rule="foreign-place") == [
        ("foreign-place", "杭州")
    ]


# --- 5. 全市 in a county speech where only the own scope can stand -------------------------------------------------

COUNTY = "在全县{what}工作会议上的讲话\n\n同志们：\n\n今天召开全县{what}工作会议。我县去年工作走在全市前列。{said}\n\n全县上下要再加把劲。\n"


@pytest.mark.parametrize(
    "said",
    [
        "今年以来，县妇联在县委的坚强领导和市妇联的精心指导下，团结引领全市广大妇女建功新时代。",  # whom the own body leads
        "县团委在县委和上级团组织的领导下，团结带领全市团员青年投身乡村振兴。",
        "我代表县委、县政府，向受到表彰的同志表示祝贺！向奋战在全市教育战线的广大教师致以节日的问候！",  # a second 向
        "参加今天座谈会的，有来自全市各条战线的青年代表十二名。",  # who came to this very meeting
        "坚持项目为王，全市领导干部要带头跑项目、争资金。",  # the cadres the speaker tells what to do
        "希望全市政法战线奋发有为，为建设平安县作出新的贡献。",
        "全市要严格落实“四个不摘”要求，坚决守住底线。",  # the speaker's own order
    ],
)
def test_the_superiors_scope_where_only_the_own_can_stand_is_a_level_slip(said: str) -> None:
    assert _errors(COUNTY.format(what="妇女", said=said), rule="level-mix") == [
        ("level-mix", "全市")
    ]


@pytest.mark.parametrize(
    "said",
    [
        "市委要求，全市领导干部要带头跑项目、争资金。",  # the superior's words, relayed
        "前不久，市委书记希望全市政法战线奋发有为。",
        "市委要求，全市要严格落实“四个不摘”要求。",
        "全市要实现的目标，我县要承担三分之一。",
        "县妇联在市妇联的指导下，组织妇女代表参加了全市妇女创业大赛。",  # the superior's event, not whom it leads
        "市委书记代表市委，向受到表彰的同志表示祝贺！向全市教育战线的广大教师致以节日的问候！",  # reported
        "参加今天座谈会的，有县直各单位的青年代表，他们都在全市比赛中获过奖。",
    ],
)
def test_the_superiors_scope_said_as_the_superiors_stays_right(said: str) -> None:
    assert _errors(COUNTY.format(what="妇女", said=said), rule="level-mix") == []


def test_a_peoples_organisations_report_takes_its_level_from_its_title() -> None:
    text = read_fixture("census33-12-womens-fed-report-correct.txt")
    assert check_text(text).level == "县" and _errors(text) == []
    assert (
        check_text("市总工会2026年工作要点\n\n今年，市总工会要团结引领全省职工建功立业。\n").level
        == "市"
    )
    assert _errors(text.replace("团结引领全县广大妇女", "团结引领全市广大妇女")) == [
        ("level-mix", "全市")
    ]


# --- 6. A host's agenda items led by 下面进行 / 现在进行 / 接下来进行 count against the announced number -------------------


@pytest.mark.parametrize(("said", "n"), [("五", 5), ("三", 3)])
def test_a_host_scripts_changed_agenda_count_is_found(said: str, n: int) -> None:
    text = read_fixture("census33-15-host-script-county-correct.txt")
    assert _errors(text) == []
    found = _errors(text.replace("会议共有四项议程", f"会议共有{said}项议程"))
    assert found == [("count-mismatch", f"{said}项议程")] and n != 4


def test_agenda_items_led_by_now_or_next_are_counted() -> None:
    text = (
        "全镇表彰大会主持词\n\n同志们：\n\n现在开会。今天的大会共有三项议程。\n\n现在进行第一项，请镇长宣读表彰决定。\n\n"
        "接下来进行第二项，为受表彰的代表颁奖。\n\n接下来，进行第三项，请镇党委书记讲话。\n\n散会！\n"
    )
    assert _errors(text) == []
    assert _errors(text.replace("三项议程", "四项议程")) == [("count-mismatch", "四项议程")]


# --- 7. A neighbour's bare short name in a frame only the own place fills --------------------------------------------


@pytest.mark.parametrize(
    ("name", "old", "new", "place"),
    [
        (
            "census33-36-district-speech-superior-named-correct.txt",
            "体现鄞州特色",
            "体现海曙特色",
            "鄞州区",
        ),
        (
            "census33-42-city-speech-we-city-county-level-correct.txt",
            "依托瑞金红色资源",
            "依托于都红色资源",
            "瑞金市",
        ),
        (
            "census33-22-halfwidth-correct.txt",
            "推动鄞州教育再上新台阶",
            "推动海曙教育再上新台阶",
            "鄞州区",
        ),
    ],
)
def test_a_neighbours_short_name_in_an_own_frame_is_found(
    name: str, old: str, new: str, place: str
) -> None:
    text = read_fixture(name)
    assert old in text and _errors(text, place=place) == []
    assert _errors(text.replace(old, new), place=place, rule="foreign-place") == [
        ("foreign-place", new[2:4])
    ]


@pytest.mark.parametrize(
    "said",
    [
        "海曙的做法很有特色，值得我们学习。",  # its own character, said as its own
        "要加强与海曙的合作，依托宁波的港口优势，推动全区发展再上新台阶。",
    ],
)
def test_a_neighbour_named_as_a_neighbour_is_no_error(said: str) -> None:
    text = f"在全区工作会议上的讲话\n\n同志们：\n\n今天召开全区工作会议。{said}全区上下要体现鄞州特色。\n"
    assert _errors(text, place="鄞州区", rule="foreign-place") == []


# --- 8. A town's pledge that speaks for another town ------------------------------------------------------------------


def test_a_pledge_that_speaks_for_a_sibling_town_is_found() -> None:
    text = read_fixture("census33-01-county-meeting-town-pledge-correct.txt")
    flawed = text.replace("我代表梅林镇作表态发言", "我代表梅窖镇作表态发言")
    for place in (None, "梅林镇"):
        assert _errors(text, **({"place": place} if place else {})) == []
        found = _errors(flawed, **({"place": place} if place else {}))
        assert found == [("foreign-place", "梅窖镇")]


def test_a_county_speech_that_speaks_for_a_town_is_left_to_the_level_rules() -> None:
    text = "在全县工作会议上的讲话\n\n同志们：\n\n今天召开全县工作会议。我代表梅窖镇的老乡们感谢大家。全县上下要再加把劲。\n"
    assert _errors(text, rule="foreign-place") == []


def test_a_sibling_towns_signature_under_the_own_towns_report_is_found() -> None:
    text = read_fixture("census33-later-04-town-annual-report-correct.txt")
    assert _errors(text) == [] and _errors(text, place="潋江镇") == []
    flawed = text.replace("潋江镇人民政府\n", "梅林镇人民政府\n")
    assert _errors(flawed) == [("foreign-place", "梅林镇")]
    assert _errors(text.replace("潋江镇人民政府\n", "潋江镇党委\n")) == []


def test_what_the_own_place_gives_its_superior_is_its_own_frame() -> None:
    text = read_fixture("census33-later-01-district-pledge-at-city-correct.txt")
    assert _errors(text, place="海曙区") == []
    flawed = text.replace("作出海曙贡献", "作出鄞州贡献")
    assert _errors(flawed, place="海曙区", rule="foreign-place") == [("foreign-place", "鄞州")]


# --- 9. 我想从三个方面和大家交流 announces the points -----------------------------------------------------------------


def test_aspects_announced_to_the_listeners_are_counted() -> None:
    text = read_fixture("census33-later-06-village-party-lesson-correct.txt")
    assert _errors(text) == []
    assert _errors(text.replace("三个方面", "四个方面")) == [
        ("count-mismatch", "想从四个方面和大家交流")
    ]
    lead = "同志们：\n\n我从三个方面入手，和大家一起抓好落实。\n\n一、抓学习。\n\n二、抓落实。\n"
    assert _errors(lead, rule="count-mismatch") == []  # the work's way in, no announcement


# --- 10. Set phrases of speeches that jieba's dictionary does not tag as idioms ---------------------------------------


@pytest.mark.parametrize(
    ("said", "pair"), [("要聚精会会神抓落实。", "会会"), ("做到抓铁有有痕、踏石留印。", "有有")]
)
def test_a_character_doubled_inside_a_speechs_set_phrase_is_a_slip(said: str, pair: str) -> None:
    assert _errors(f"同志们：\n\n{said}\n", rule="repeated-char") == [("repeated-char", pair)]


def test_the_set_phrases_said_whole_are_no_slip() -> None:
    said = "要聚精会神抓落实，抓铁有痕、踏石留印，砥砺奋进、务求实效，大家人人参与、事事用心。"
    assert _errors(f"同志们：\n\n{said}\n", rule="repeated-char") == []


# --- 11. A pledge's slogan list closed by the call that ends the speech ------------------------------------------------


def test_a_slogan_count_is_checked_when_the_speech_ends_on_its_call() -> None:
    text = read_fixture("census33-later-01-district-pledge-at-city-correct.txt")
    assert _errors(text) == []
    assert _errors(text.replace("三个“坚决”", "四个“坚决”")) == [("count-mismatch", "四个“坚决")]


def test_a_slogan_list_that_the_copy_may_have_cut_is_not_counted() -> None:
    text = read_fixture("census33-later-01-district-pledge-at-city-correct.txt").replace(
        "三个“坚决”", "四个“坚决”"
    )
    cut = text[: text.index("我区有信心")] + "我区将按照市委的部署，"  # stops mid-sentence
    assert _errors(cut, rule="count-mismatch") == []
    going_on = text.replace(
        "我区有信心、有决心", "此外，" + "我区还将加强招商队伍建设，" * 8 + "我区有信心、有决心"
    )
    assert _errors(going_on, rule="count-mismatch") == []


# --- 12. A pledge that speaks for a neighbour -----------------------------------------------------------------------


def test_a_district_pledging_for_a_neighbour_is_found_and_its_own_place_is_read_from_the_speaker() -> (
    None
):
    text = read_fixture("census33-later-01-district-pledge-at-city-correct.txt")
    report = check_text(text)
    assert (report.place, report.level) == ("海曙区", "区") and _errors(text) == []
    flawed = text.replace("我代表海曙区作表态发言", "我代表江北区作表态发言")
    for kw in ({}, {"place": "海曙区"}):
        assert _found(flawed, severity="error", rule="foreign-place", **kw) == [
            ("foreign-place", "江北区")
        ]
        assert _found(flawed, severity="warning", rule="foreign-place", **kw) == []


@pytest.mark.parametrize(
    "said",
    [
        "我代表市委、市政府，向大家表示感谢。",  # the own superior
        "我代表全区人民，向大家表示感谢。",
        "江北区的同志也在这里，我代表海曙区向他们表示感谢。",
    ],
)
def test_speaking_for_the_own_place_or_its_superior_is_no_error(said: str) -> None:
    text = (
        f"在全区工作会议上的讲话\n\n同志们：\n\n今天召开全区工作会议。{said}全区上下要再加把劲。\n"
    )
    assert _errors(text, place="海曙区", rule="foreign-place") == []


def test_a_towns_own_meeting_titled_with_its_name_takes_its_level() -> None:
    text = read_fixture("census33-later-07-township-host-script-correct.txt")
    assert check_text(text).level == "乡" and _errors(text) == []
    assert _errors(text.replace("召开全乡经济工作会议", "召开全镇经济工作会议")) == [
        ("level-mix", "全镇")
    ]
    assert check_text("小城镇2026年建设工作要点\n\n今年，全县要抓好小城镇建设。\n").level != "镇"


# --- 13. A superior's leader visiting with the superior's departments ------------------------------------------------


def test_a_city_leader_visiting_a_county_speaks_of_the_citys_departments() -> None:
    text = read_fixture("census33-final-09-city-leader-at-county-correct.txt")
    assert _errors(text) == [] and _errors(text, place="赣州市") == []
    county = "在全县工作会议上的讲话\n\n同志们：\n\n今天召开全县工作会议。我县要加快发展，市直有关部门要主动服务。\n"
    assert _errors(county) == [
        ("level-mix", "市直")
    ]  # a county's own speaker has no 市直 of his own


# --- The census's figures, so that a change that loses them shows ------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "floor"),
    [
        ("census33-plants.json", (85, 92)),
        ("census33-later-plants.json", (29, 29)),
        ("census33-final-plants.json", (22, 22)),
    ],
)
def test_the_census_has_no_false_error_and_finds_its_slips(
    spec: str, floor: tuple[int, int]
) -> None:
    import importlib.util
    from pathlib import Path

    path = Path(__file__).parent.parent / "bench" / "check_census.py"
    module_spec = importlib.util.spec_from_file_location("check_census", path)
    assert module_spec and module_spec.loader
    bench = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(bench)
    result = bench.measure(json.loads((FIXTURES / spec).read_text(encoding="utf-8")))
    assert result["false"] == {"bare": 0, "place": 0}, result["misses"]
    assert result["found"]["bare"] >= floor[0] and result["found"]["place"] >= floor[1], result[
        "misses"
    ]


def test_a_guest_who_speaks_for_his_own_county_under_the_hosts_title_is_no_error() -> None:
    text = (
        "在于都县脐橙文化节开幕式上的致辞\n\n尊敬的各位领导、各位来宾：\n\n大家好！我代表兴国县人民，向文化节的开幕表示祝贺！"
        "于都和兴国山水相连，希望两地进一步加强交流合作。祝文化节圆满成功！\n"
    )
    # (the place named in the title may be the host's: the speaks-for rule stays out; the older rules judge 兴国县 as before)
    assert not [f for f in check_text(text).findings if "讲话人却代表" in f.message]


# --- 14. A superior's body told what to do in the speaker's own voice --------------------------------------------------


@pytest.mark.parametrize(
    ("said", "body"),
    [
        ("县委组织部要把好选人用人关，市纪委监委要带头严守纪律。", "市纪委监委"),
        ("市总工会要当好职工的“娘家人”，把关怀送到职工心坎上。", "市总工会"),
        ("市人大常委会将依法履职，加强对“一府一委两院”的监督。", "市人大常委会"),
        ("新的一年，市政协要围绕县委的中心工作建言资政。", "市政协"),
    ],
)
def test_a_superiors_body_told_what_to_do_in_a_county_speech_is_a_level_slip(
    said: str, body: str
) -> None:
    text = COUNTY.format(what="党建", said=said)
    assert _errors(text, rule="level-mix") == [("level-mix", body)]


@pytest.mark.parametrize(
    "said",
    [
        "市纪委要求，各县要严肃查处群众身边的腐败问题。",  # the superior's requirement, relayed
        "根据市总工会的部署，县总工会要当好职工的“娘家人”。",
        "按照市委组织部的要求，市委组织部要来我县考察。",  # the superior's own plan, said with 按照
        "县总工会要当好职工的“娘家人”。",  # the own body
        "市人大常委会将于下月来我县开展执法检查。",  # the superior's visit, not a pledge
    ],
)
def test_a_superiors_body_relayed_or_the_own_body_is_no_slip(said: str) -> None:
    assert _errors(COUNTY.format(what="党建", said=said), rule="level-mix") == []


def test_what_a_town_did_counted_before_its_run_in_list_is_checked() -> None:
    text = read_fixture("census33-final-03-town-exchange-at-county-correct.txt")
    assert _errors(text) == []
    assert _errors(text.replace("主要做法有三条：", "主要做法有四条：")) == [
        ("count-mismatch", "做法有四条")
    ]
