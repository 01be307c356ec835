"""drafter check on the planted errors batch 17 missed (issue #13): a doubled character that is also a word elsewhere,
a year's wrong form, a neighbour's place and a close level. Fixtures are our own writing."""

from __future__ import annotations

from check_fixtures import found as _found
from check_fixtures import read_fixture as _read

from drafter.check import check_text


def test_a_doubled_adverb_or_modal_is_a_slip_even_when_the_pair_is_a_word_elsewhere() -> None:
    # 从严|严格, 认可|可以, 重要|要素, 面对|对手, 作为|为民: word boundaries; 常常, 看看, 研究研究, 人人: reduplications
    assert _found(_read("doubled-words-correct.txt")) == []
    # 天天都都 (no AABB word), 密不可可分 (可可 is cocoa elsewhere), 相当严严峻, 高度重重视 (重重 is 困难重重 elsewhere),
    # 非常常重要 (常常 is a word, not after 非常)
    assert _found(_read("doubled-words-flawed.txt")) == [
        ("repeated-char", "严严"), ("repeated-char", "可可"), ("repeated-char", "常常"), ("repeated-char", "都都"),
        ("repeated-char", "重重"),
    ]
    # 十分分散: 十分 and 分散; 十分分严峻: 分 typed twice (the adverb's last character, no word with the next)
    assert _found("形势十分分严峻，力量十分分散。") == [("repeated-char", "分分")]


def test_a_doubled_pair_that_names_something_or_follows_its_word_stays_quiet() -> None:
    text = "我们要学习可可西里的保护经验，首都都市圈的做法也值得借鉴，捂得严严实实，把资源转化为为群众服务的实效。"
    assert _found(text) == []


def test_a_two_digit_year_of_a_piece_of_work_and_a_digit_zero_in_a_chinese_year_are_errors() -> None:
    assert _found(_read("year-forms-correct.txt")) == []  # 30年工作经验, 从事…工作30年: spans
    assert _found(_read("year-forms-flawed.txt")) == [
        ("date-format", "25年"), ("date-format", "25年"), ("date-format", "26年"), ("date-format", "二0二六年"),
    ]
    # 二零二六年: 零 for 〇 is a warning (often printed); 二〇二六年 is right
    assert _found("二零二六年是开局之年。", "warning") == [("date-format", "二零二六年")]
    assert _found("二〇二六年是开局之年。", "warning") == []
    # a span said of work: 30年工作经验, 12年工作时间里
    assert _found("他们积累了丰富经验，30年工作经验难能可贵，12年工作时间里从未请假。") == []


def test_a_neighbour_county_said_as_a_districts_stake_is_an_error_and_a_study_trip_there_is_not() -> None:
    # 汉台区's speech: 市委、市政府对汉台的高度重视, 让汉台的营商环境…; 赴城固学习 names the neighbour as somewhere else
    assert _found(_read("neighbour-stake-district-correct.txt")) == []
    assert _found(_read("neighbour-stake-district-correct.txt"), place="汉台区") == []
    flawed = _read("neighbour-stake-district-flawed.txt")
    # 对城固的高度重视, 让西乡的营商环境: counties under the same city (a 县 beside our 区) said as ours
    assert _found(flawed, place="汉台区") == [("foreign-place", "城固"), ("foreign-place", "西乡")]
    # without --place: a county is never a district's own, even when named again elsewhere (赴城固学习)
    assert _found(flawed) == [("foreign-place", "城固"), ("foreign-place", "西乡")]


def test_a_count_of_the_places_own_units_says_it_as_ours() -> None:
    text = "在全县卫生健康工作会议上的讲话\n\n同志们：\n\n今年，我们为仙居县80家村卫生室配备了心电图机，基层服务能力明显提升。\n"
    assert _found(text, place="天台县") == [("foreign-place", "仙居县")]
    assert _found(text, "warning", "foreign-place") == [("foreign-place", "仙居县")]  # no place known: ask for --place
    assert _found(text.replace("仙居县", "天台县"), place="天台县") == []


def test_an_outnumbered_own_level_word_is_a_warning_when_the_level_is_uncertain() -> None:
    # 全县 ×2 and nothing else: too few to be sure of 县, and nothing disagrees
    assert _found(_read("close-level-correct.txt"), "warning", "level-mix") == []
    # 全市各级各有关部门必须… among 全县 ×2: the speaker's own words disagree; only --level can settle which is the slip
    flawed = _read("close-level-flawed.txt")
    assert _found(flawed) == []
    assert _found(flawed, "warning", "level-mix") == [("level-mix", "全市")]
    assert _found(flawed, level="县") == [("level-mix", "全市")]
    # a district speaker's 我市 beside 全区 is the city it belongs to, not a clash
    district = flawed.replace("全县", "全区").replace("全市各级各有关部门", "我市各级各有关部门")
    assert _found(district, "warning", "level-mix") == []


def test_this_meeting_named_by_its_scope_is_ours() -> None:
    text = ("在全市优化营商环境大会上的讲话\n\n同志们：\n\n今天召开的是春节后的第一个全县性大会，"
            "主要任务是动员全市上下优化营商环境。全市各级各部门要抓好落实。\n")
    assert _found(text) == [("level-mix", "全县")]
    assert _found(text.replace("全县性", "全市性")) == []


def test_a_towns_slogan_naming_another_place_is_an_error() -> None:
    # 打造生态青石 in 青石镇's report; 美丽乡村, 生态家园: everyday words after a brand word
    assert _found(_read("town-slogan-correct.txt")) == []
    assert _found(_read("town-slogan-correct.txt"), place="青石镇") == []
    # 打造生态柳沟: the gazetteer knows no towns, but 柳沟 is shaped as a place, named nowhere else, and not ours
    assert _found(_read("town-slogan-flawed.txt")) == [("foreign-place", "柳沟")]
    assert _found(_read("town-slogan-flawed.txt"), place="青石镇") == [("foreign-place", "柳沟")]


def test_guoqu_is_no_trip_before_a_place_said_as_ours() -> None:
    text = ("在全市经济工作会议上的讲话\n\n同志们：\n\n"
            "过去的一年，宿州经济社会发展呈现出稳中有进的良好态势，全市上下付出了艰辛努力。\n")
    # 过去的一年，宿州经济社会…: the 去 of 过去 is no 去 (a trip), so 宿州 is said as ours
    assert _found(text, place="淮北市") == [("foreign-place", "宿州")]
    assert _found(text, "warning", "foreign-place") == [("foreign-place", "宿州")]  # no place known: ask for --place
    assert _found(text, place="宿州市") == []
    # a trip is still somewhere else
    assert _found(text.replace("过去的一年，宿州经济社会发展", "上个月我们去宿州学习经济社会发展的经验，今年"), place="淮北市", severity="error") == []


def test_a_street_hiding_its_name_may_speak_its_districts_slogan() -> None:
    # **街道 … “科创新区、山水瓯海”: the district above the street, not a place put in from elsewhere (a warning at most)
    assert _found(_read("street-district-slogan-correct.txt"), rule="foreign-place") == []
    assert _found(_read("street-district-slogan-correct.txt"), "warning", "foreign-place") == [("foreign-place", "瓯海")]
    # **区 hiding the district itself, then naming a real district in its slogan: as likely the own name the masking
    # missed as another district's slogan left in (batch 44 p02, 幸福温州 beside ××市): a warning since check30
    assert _found(_read("street-district-slogan-flawed.txt"), "warning", "foreign-place") == [("foreign-place", "瓯海")]


def test_our_own_name_running_into_the_next_word_is_no_foreign_place() -> None:
    text = "在全区城市更新工作会议上的讲话\n\n同志们：\n\n今年，浔阳江畔的老旧小区改造全面完成，阳江的做法我们也要学习。\n"
    found = [f for f in check_text(text, place="浔阳区").findings if f.rule == "foreign-place"]
    # 浔阳|江畔 holds no 阳江; the 阳江 named on its own is still a foreign place
    assert [(f.text, f.column) for f in found] == [("阳江", text.splitlines()[4].index("，阳江") + 2)]


def test_a_street_led_by_its_party_working_committee_hides_its_district_not_itself() -> None:
    text = ("街道文体站2026年工作总结\n\n根据XX区上级部门的工作安排，在街道党工委的正确领导下，文体站做了大量工作。\n\n"
            "一、活动丰富多彩\n\n举办“幸福岭南、美丽罗湖”专项文艺演出，群众反响热烈。\n")
    # XX区 is the district above the street (上级), so 美丽罗湖 may be its slogan: at most a warning
    assert _found(text, rule="foreign-place") == []
    # led by 区委 the text is the district's own, which it hides as XX区: 罗湖 (a district) may be its missed name
    assert _found(text.replace("在街道党工委的正确领导下", "在区委的正确领导下"), "warning", "foreign-place") == [("foreign-place", "罗湖")]
