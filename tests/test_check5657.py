"""drafter check on batches 56 and 57's false errors and planted misses, by class (issue #13). Fixtures are our own
writing: each class in two or three spellings, simplified and traditional."""

from __future__ import annotations

import pytest
from check_fixtures import found
from check_fixtures import found_both as _both

# --- 1. A hard-wrapped copy: doubled characters read across the line break ---------------------------------------------

WRAPPED = [
    "在全县乡村振兴工作会议上的讲话",
    "",
    "同志们：",
    "",
    "今年以来，全县上下认真贯彻落实各项决策部署，扎实推",
    "进乡村振兴各项工作，取得了明显成效。一是持续加强基",
    "层党组织建设，把党建工作作为各项工作的重要抓手，推动党建工",
    "作作为全年工作的第一位任务，推动党建与业务深度融合",
    "发展。二是着力改善农村人居环境，完善基础设施，提升公",
    "共服务水平，群众的获得感、幸福感不断增强，农村面",
    "貌焕然一新。",
]


def _wrapped(old: str = "", new: str = "") -> str:
    return "\n".join(WRAPPED).replace(old, new) + "\n"


def test_a_word_broken_by_the_page_width_is_no_doubled_character() -> None:
    # batch 56 p26: 党建工 / 作作为 is 工作 | 作为, not 作 typed twice
    assert _both(_wrapped(), rule="repeated-char") == [[], []]


@pytest.mark.parametrize(
    ("old", "new", "pair"),
    [
        (
            "扎实推\n进乡村",
            "扎实推\n推进乡村",
            "推推",
        ),  # the slip straddles the break, the second one opens the line
        ("扎实推\n进乡村", "扎实推推\n进乡村", "推推"),  # both before the break
        ("加强基\n层党组织", "加强基\n基层党组织", "基基"),
    ],
)
def test_a_character_typed_twice_at_the_page_width_is_found(old: str, new: str, pair: str) -> None:
    # sev48: a pair that straddles the copy's line break is shown as a warning (请核对), not an error — a doc preview's
    # copy may repeat a character at every join, so a clerk cannot be sure the writer typed it; one on one line stays
    severity = "warning" if pair not in new else "error"  # the pair split by the line break
    assert _both(_wrapped(old, new), severity, rule="repeated-char") == [[("repeated-char", pair)]] * 2


def test_a_copy_that_is_not_hard_wrapped_reads_each_line_alone() -> None:
    text = (
        "在全县工作会议上的讲话\n\n同志们：\n\n要把党建工作摆在首位。\n作作为一个字，不在这里。\n"
    )
    assert ("repeated-char", "作作") in found(text)


# --- 2. A report with no 一、 whose parts number their items anew ---------------------------------------------------

REPORT_PARTS = (
    "县农业农村局2026年工作报告\n\n各位领导、同志们：\n\n现将我局一年来的工作和明年的打算报告如下。\n\n"
    "{first}\n\n1. 粮食生产稳中有进，全年粮食播种面积保持稳定。\n\n2. 特色产业加快发展，带动群众持续增收。\n\n"
    "3. 农村人居环境不断改善，村容村貌明显提升。\n\n{second}\n\n{one}. 稳定粮食生产，压实耕地保护责任。\n\n"
    "{two}. 壮大特色产业，延伸产业链条。\n\n{three}. 持续改善农村人居环境，建设宜居宜业和美乡村。\n"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("一年来的工作回顾", "明年的工作打算"),
        ("2026年工作回顾", "2027年工作展望"),
        ("主要工作成效", "下一步工作安排"),
    ],
)
def test_each_part_of_a_report_numbers_its_items_anew(first: str, second: str) -> None:
    # batch 57 p40: 工作回顾 1.–5., then 工作展望 1.–4., no 一、 above either
    text = REPORT_PARTS.format(first=first, second=second, one=1, two=2, three=3)
    assert _both(text, rule="numbering") == [[], []]


def test_a_part_that_skips_an_item_is_still_reported() -> None:
    text = REPORT_PARTS.format(
        first="一年来的工作回顾", second="明年的工作打算", one=1, two=3, three=4
    )
    assert _both(text, rule="numbering") == [[("numbering", "3.")]] * 2


def test_a_list_restarting_without_a_part_heading_is_still_reported() -> None:
    text = REPORT_PARTS.format(
        first="一年来的工作回顾",
        second="明年，我们将稳定粮食生产，壮大产业。",
        one=1,
        two=2,
        three=3,
    )
    assert _both(text, rule="numbering") == [[("numbering", "1.")]] * 2


# --- 3. A 街道 named with a county's short name: its county is a guess the text must bear out ----------------------------

COMMUNITY = (
    "社区居委会2026年度工作总结\n\n在街道党工委的领导下，社区居委会围绕服务居民这个中心，较好完成了全年各项任务。现将有关情况总结如下。\n\n"
    "一、便民服务\n\n为有需要的{other}户籍居民和随迁老人开具相关证明，协助办理社保、医保等事项。{own}\n\n"
    "二、平安建设\n\n组织志愿者开展夜间巡逻，全年未发生重大安全事故，居民安全感不断增强。\n"
)


@pytest.mark.parametrize(
    ("place", "other"), [("秀洲街道", "深圳"), ("海曙街道", "广州"), ("鄞州街道", "成都市")]
)
def test_a_community_whose_county_is_only_a_short_name_guess_names_other_places_freely(
    place: str, other: str
) -> None:
    # batch 56 p36: --place 南湖街道 read as a 街道 of 南湖区 (嘉兴), so the community's own 深圳 was a foreign place
    text = COMMUNITY.format(other=other, own="")
    assert _both(text, rule="foreign-place", place=place) == [[], []]


@pytest.mark.parametrize(
    ("place", "own", "other"),
    [
        ("秀洲街道", "辖区内的嘉兴市民", "深圳"),
        ("海曙街道", "我们宁波的做法", "广州"),
        ("鄞州街道", "全区", "成都市"),
    ],
)
def test_a_guess_the_text_bears_out_still_checks_foreign_places(
    place: str, own: str, other: str
) -> None:
    text = COMMUNITY.format(other=other, own=f"这是{own}一致好评的服务。" if own != "全区" else "")
    text = (
        text.replace("社区居委会2026", place.replace("街道", "区") + "社区居委会2026")
        if own == "全区"
        else text
    )
    assert _both(text, rule="foreign-place", place=place)[0] == [("foreign-place", other)]


def test_a_town_written_with_its_county_in_full_is_checked_within_it() -> None:
    text = COMMUNITY.format(other="深圳", own="")
    assert found(text, rule="foreign-place", place="海曙区海曙街道") == [("foreign-place", "深圳")]


# --- 4. A preposition typed twice before the clause's last word ------------------------------------------------------

SCHOOL = (
    "在学校2026年秋季开学典礼上的讲话\n\n老师们、同学们：\n\n新学期开始了。{sentence}"
    "希望全体师生珍惜时光，努力学习，再创佳绩。\n"
)


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        (
            "有上级党组织的领航把把舵，有全校师生的团结奋斗，我们一定能办好人民满意的教育。",
            "把把",
        ),  # batch 56 p24
        ("这些年，学校的每一步发展都离不开党委的把把舵。", "把把"),
        ("面对新的任务，我们要敢于同先进对对标，找差距。", "对对"),
    ],
)
def test_a_preposition_typed_twice_before_the_clauses_last_word_is_found(
    sentence: str, pair: str
) -> None:
    assert (
        _both(SCHOOL.format(sentence=sentence), rule="repeated-char")
        == [[("repeated-char", pair)]] * 2
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "我们请来了几位老教师，给新老师的课堂把把关。",  # a verb-object word said as AAB
        "有困难就找专家来把把脉，对症下药。",
        "现在在校的同学有三千多人，各班要组织好。",  # 现在|在校
        "大家要以以往的经验为鉴，把工作做细。",
    ],
)
def test_a_preposition_said_twice_for_a_reason_is_no_slip(sentence: str) -> None:
    assert _both(SCHOOL.format(sentence=sentence), rule="repeated-char") == [[], []]


# --- 5. A look-back (这三个问题) at a list the same paragraph made with 首先…其次…再次 or 一是…三是 ---------------------

UNION = (
    "在全市工会工作会议上的讲话\n\n同志们：\n\n一年来，全市工会工作取得了新的成绩，但也存在一些不足。{causes}"
    "今后要下大力气解决。我今天就{look}谈一些意见。\n\n一、关于服务职工\n\n要把服务职工作为工会工作的生命线。\n"
)
CAUSES = [
    "为什么会这样？我想首先是一些同志服务意识不强；其次是工作方法比较陈旧；再次是基层工会力量薄弱。这些都是原因。",
    "问题主要是：首先，联系职工不够紧密，其次，维权机制不够健全，最后，工作作风还不够扎实。",
    "原因有几条：一是思想认识不到位，二是工作机制不健全，三是基层基础比较薄弱。",
]


@pytest.mark.parametrize("causes", CAUSES)
def test_a_look_back_at_a_list_of_words_counts_it(causes: str) -> None:
    # batch 56 p22: 首先…；其次…；再次…。…我现在就这四个问题提供一些意见
    text = UNION.format(causes=causes, look="这四个问题")
    assert _both(text, rule="count-mismatch") == [[("count-mismatch", "这四个问题")]] * 2


@pytest.mark.parametrize("causes", CAUSES)
def test_a_look_back_that_counts_its_list_right_is_fine(causes: str) -> None:
    assert _both(UNION.format(causes=causes, look="这三个问题"), rule="count-mismatch") == [[], []]


def test_a_first_and_a_last_alone_are_no_list() -> None:
    causes = "首先要说明的是，今年的任务很重。大家辛苦了。最后一个季度要加把劲。"
    assert _both(UNION.format(causes=causes, look="这两个问题"), rule="count-mismatch") == [[], []]


# --- 6. The committee that 总揽全局 over the speaker's government is the own level's ----------------------------------

CITY_GOV = (
    "在市政府全体会议上的讲话\n\n同志们：\n\n今天召开市政府全体会议，分解落实全市今年的目标任务。"
    "{sentence}全市政府系统要把心思和精力集中到抓落实上来，我市各项工作一定能再上新台阶。\n"
)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "我多次讲过，县委总揽全局、协调各方，政府系统的重要工作就是抓落实。",
            "县委总揽全局",
        ),  # batch 57 p07
        ("要始终坚持县委总揽全局，政府系统各部门各负其责，形成工作合力。", "县委总揽全局"),
        ("在工作中，我们坚持镇党委总揽全局，确保各项决策部署落地见效。", "镇党委总揽全局"),
    ],
)
def test_a_lower_committee_leading_the_own_government_is_a_level_mix(
    sentence: str, word: str
) -> None:
    text = CITY_GOV.format(sentence=sentence)
    assert _both(text, rule="level-mix") == [[("level-mix", word)]] * 2


@pytest.mark.parametrize(
    "sentence",
    [
        "我多次讲过，市委总揽全局、协调各方，政府系统的重要工作就是抓落实。",  # the own committee
        "各县委总揽全局，各县政府要抓好落实，各司其职。",  # said to the counties
        "要支持县委总揽全局、协调各方，帮助县里把各项工作抓好。",
        "省委书记强调，县委总揽全局的作用要充分发挥。",  # a superior's words reported
    ],
)
def test_a_committee_named_for_a_reason_is_no_level_mix(sentence: str) -> None:
    assert _both(CITY_GOV.format(sentence=sentence), rule="level-mix") == [[], []]


# --- 7. A preposition's, conjunction's or modal's first character typed twice ----------------------------------------

TOWN_FLOOD = (
    "在全镇防汛工作会议上的讲话\n\n同志们：\n\n今天召开全镇防汛工作会议，部署今年的防汛工作。{sentence}"
    "各村要压实责任，确保安全度汛。\n"
)


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("会议要求，按按照县里的统一部署，抓紧抓实各项措施。", "按按"),
        ("由由于今年降雨偏多，防汛形势十分严峻。", "由由"),
        ("镇防汛办以以及各有关部门要加强值班值守。", "以以"),
        ("要加强巡查，从从而把隐患消除在萌芽状态。", "从从"),
        ("做好防汛工作，关键在在于把责任落实到人。", "在在"),
        ("各村已已经完成了隐患排查。", "已已"),
    ],
)
def test_a_function_words_first_character_typed_twice_is_found(sentence: str, pair: str) -> None:
    assert (
        _both(TOWN_FLOOD.format(sentence=sentence), rule="repeated-char")
        == [[("repeated-char", pair)]] * 2
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "大家要对对方负责，相互提醒。",  # 对|对方: a noun after the preposition
        "我们要以以往的经验为鉴，不能麻痹大意。",
        "这项工作得到群众认可可能性很大。",  # 认可|可能
        "各村要切切实实把责任落到人头。",  # 切切实实
    ],
)
def test_a_preposition_before_a_word_that_starts_with_it_is_no_slip(sentence: str) -> None:
    assert _both(TOWN_FLOOD.format(sentence=sentence), rule="repeated-char") == [[], []]
