"""drafter check on batch 52's false errors and planted misses, by class (issue #13). Fixtures are our own writing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from check_fixtures import found
from opencc import OpenCC

from drafter.check import check_text

_S2T = OpenCC("s2t")


def _trad(text: str) -> str:
    """The same fixture as a traditional copy writes it."""
    return str(_S2T.convert(text))


def _speech(title: str, salutation: str, body: str) -> str:
    return f"{title}\n\n{salutation}\n\n{body}\n"


# --- 1. A later member of a list of places shares the first member's reading ----------------------------------------

HISTORY = "在全县“七一”党课上的讲话"


@pytest.mark.parametrize(
    "body",
    [
        # batch 52 p12: 来自 before the list reads 徐州 as elsewhere; 宿迁 after the 、 was read as ours
        "当年支前的小推车，其中七成来自咱们徐州、宿迁的农村，老一辈的奉献我们要牢记。",
        "當年支前的小推車，其中七成來自咱們徐州、宿遷的農村，老一輩的奉獻我們要牢記。",
        "去年我们先后赴南京、扬州和泰州学习考察，回来后大家很受启发。",
    ],
)
def test_a_list_after_a_word_of_elsewhere_is_elsewhere_as_a_whole(body: str) -> None:
    salutation = "同志們：" if "們" in body else "同志们："
    title = "在全縣“七一”黨課上的講話" if "們" in body else HISTORY
    text = _speech(title, salutation, body + "我们要把这份精神传承下去。" if "们" in body else body)
    assert found(text, rule="foreign-place", place="阜宁县") == []
    assert len(found(text, "warning", rule="foreign-place", place="阜宁县")) >= 2


def test_a_place_in_a_list_said_as_ours_stays_an_error() -> None:
    text = _speech(
        HISTORY, "同志们：", "今年，我们要推动阜宁、宿迁高质量发展，建设宿迁的美好家园。"
    )
    assert ("foreign-place", "宿迁") in found(text, place="阜宁县")


# --- 2. A ranking names the scope a unit is ranked in -----------------------------------------------------------------

SCHOOL = "在庆祝教师节大会上的校长讲话"


@pytest.mark.parametrize(
    "body",
    [
        # batch 52 p25: a school in a city's district ranks within 全区; the city's speech names no district otherwise
        "我校已被评为市级示范高中。去年高考本科达线一百余人，列全区第一。",
        "我校已被評為市級示範高中。去年高考本科達線一百餘人，列全區第一。",
        "我校中考成绩连续三年位居全区同类学校前列，办学水平名列全县第二名。",
    ],
)
def test_a_ranking_in_a_lower_scope_is_no_level_slip(body: str) -> None:
    salutation = "各位老師：" if "們" in body or "績" in body or "級" in body else "各位老师："
    assert found(_speech(SCHOOL, salutation, body), rule="level-mix", place="宣城市") == []


def test_a_lower_scope_not_ranked_stays_a_slip() -> None:
    body = "我校已被评为市级示范高中。今后要为全区教育事业发展作出新的贡献。"
    assert found(_speech(SCHOOL, "各位老师：", body), rule="level-mix", place="宣城市") == [
        ("level-mix", "全区")
    ]


# --- 3. A town standing out in the superior it belongs to --------------------------------------------------------------

TOWN = "在庆祝教师节表彰大会上的讲话"


@pytest.mark.parametrize(
    "body",
    [
        # batch 52 p24: a town of a county-level city calls the city 我市
        "十多年来，在镇党委、镇政府的关心支持下，全镇教育始终是我市农村教育的一面旗帜。",
        "十多年來，在鎮黨委、鎮政府的關心支持下，全鎮教育始終是我市農村教育的一面旗幟。",
        "我镇的农业合作社已经成为我县乡村振兴的排头兵，全镇上下要再接再厉。",
    ],
)
def test_the_town_as_a_banner_of_its_superior_is_no_level_slip(body: str) -> None:
    salutation = "各位老師：" if "鎮" in body else "各位老师："
    assert found(_speech(TOWN, salutation, body), rule="level-mix", place="长汀镇") == []


def test_the_superior_word_as_the_own_scope_stays_a_slip() -> None:
    body = "十多年来，全镇教育蓬勃发展，我市学校面貌焕然一新。"
    assert found(_speech(TOWN, "各位老师：", body), rule="level-mix", place="长汀镇") == [
        ("level-mix", "我市")
    ]


# --- 4. A page that masks its names on purpose --------------------------------------------------------------------------

MASKED = (
    "在XX县安全生产工作会议上的讲话\n\nXX同志\n\n同志们：\n\n今天召开全县安全生产工作会议。刚才，XX同志通报了全县的情况，"
    "XX镇、XX乡作了交流发言。{extra}全县上下要绷紧安全这根弦。\n"
)


@pytest.mark.parametrize(
    "text",
    [
        MASKED.format(extra=""),
        _trad(MASKED.format(extra="")),
        MASKED.format(extra="").replace("XX", "××"),
        "在某某镇春耕动员会上的讲话\n\n同志们：\n\n刚才，某某同志安排了今年的春耕工作，某某村、某某村作了表态发言。全镇上下要抓好春耕。\n",
    ],
)
def test_a_page_that_masks_every_name_is_warned_not_errored(text: str) -> None:
    assert found(text, rule="placeholder") == []
    assert len(found(text, "warning", rule="placeholder")) >= 3


def test_a_lone_mask_in_a_named_speech_stays_an_error() -> None:
    text = "在宁都县安全生产工作会议上的讲话\n\n同志们：\n\n今天召开全县安全生产工作会议。刚才，XX同志通报了情况。全县上下要绷紧安全这根弦。\n"
    assert found(text, rule="placeholder") == [("placeholder", "XX同志")]


def test_masked_figures_without_a_name_stay_errors() -> None:
    text = "在宁都县经济工作会议上的讲话\n\n同志们：\n\n去年全县生产总值XX亿元，增长XX%，财政收入XX亿元。\n"
    assert len(found(text, rule="placeholder")) == 3


# --- 5. Headings numbered with a half-width comma --------------------------------------------------------------------

COMMA_HEADINGS = (
    "在全县教育工作会议上的讲话\n\n同志们：\n\n今天，我讲{count}点意见。\n\n一,办好人民满意的教育\n\n教育是国之大计。\n\n"
    "二,建设高素质教师队伍\n\n教师是立教之本。\n\n{third},守住校园安全底线\n\n安全是底线。\n"
)


@pytest.mark.parametrize("convert", [str, _trad])
def test_half_width_comma_headings_are_counted_and_numbered(convert: Callable[[str], str]) -> None:
    right = convert(COMMA_HEADINGS.format(count="三", third="三"))
    assert found(right, rule="count-mismatch") == [] and found(right, rule="numbering") == []
    assert len(found(right, "warning", rule="numbering")) == 3  # a style to unify: 一、
    assert (
        found(convert(COMMA_HEADINGS.format(count="四", third="三")), rule="count-mismatch") != []
    )
    assert found(convert(COMMA_HEADINGS.format(count="三", third="四")), rule="numbering") != []


def test_a_span_of_numerals_with_a_half_width_comma_is_no_heading() -> None:
    from drafter.structure import match_heading

    assert match_heading("三,四月份是春耕的关键时节。") is None
    assert match_heading("一,办好人民满意的教育") is not None


# --- 6. One item of a series a character longer, its last character said twice ---------------------------------------

COMPANY = "在集团公司年度工作会议上的讲话\n\n同志们：\n\n{said}\n"


@pytest.mark.parametrize(
    "said",
    [
        # batch 52 p08: 想想 is a word, so the doubled-character rules passed 统一思想想
        "这次会议的任务，是动员集团上下进一步统一思想想、坚定信心、攻坚克难，全面完成今年的目标任务。",
        "这次会议的任务，是动员集团上下进一步统一思想想，坚定信心，攻坚克难，全面完成今年的目标任务。",
        "我们要守住底线、保障民生生、促进发展，确保全年目标如期实现。",
        "這次會議的任務，是動員集團上下進一步統一思想想、堅定信心、攻堅克難，全面完成今年的目標任務。",
        # a hard-wrapped copy cut the last item at the line's end
        "是动员集团上下进一步统一思想想、坚定信心、攻坚\n克难，全面完成今年的目标任务。",
    ],
)
def test_a_series_item_one_character_longer_with_its_last_doubled_is_a_slip(said: str) -> None:
    text = _trad(COMPANY.format(said=said)) if "這" in said else COMPANY.format(said=said)
    assert [rule for rule, _ in found(text, rule="repeated-char")] == ["repeated-char"]


@pytest.mark.parametrize(
    "said",
    [
        "遇到问题，大家要多想想、多看看、多问问，人人参与、事事用心。",
        "我们要统一思想、坚定信心、攻坚克难，全面完成今年的目标任务。",
        "做工作要认真想想，多听听群众的意见，把事情办好。",
        "要让街巷干干净净、整整齐齐，让群众满意。",
        "我们要感谢全体护士兢兢业业、任劳任怨的付出。",
        "欢迎大家今后常来看看、多提建议，我们一定认真研究。",
        "這項工作，大家要多想想、多看看、多問問。",
    ],
)
def test_series_of_one_length_and_meant_reduplications_are_no_slip(said: str) -> None:
    assert found(COMPANY.format(said=said), rule="repeated-char") == []


# --- 7. The hall of this very meeting named after another level's committee ----------------------------------------

PARTY_DAY = "在全县庆祝建党节暨表彰大会上的讲话\n\n同志们：\n\n{said}全县各级党组织要以受表彰的先进为榜样。\n"


@pytest.mark.parametrize(
    "said",
    [
        # batch 52 p20: the county's own meeting in the city committee's hall
        "今天，我们在市委大礼堂隆重召开全县庆祝建党节暨表彰大会。",
        "今天，我們在市委大禮堂隆重召開全縣慶祝建黨節暨表彰大會。",
        "今天我们在市政府会议中心举行全县优秀共产党员表彰大会。",
    ],
)
def test_the_own_meeting_in_another_levels_hall_is_a_slip(said: str) -> None:
    text = _trad(PARTY_DAY.format(said=said)) if "們" in said else PARTY_DAY.format(said=said)
    assert [rule for rule, _ in found(text, rule="level-mix")] == ["level-mix"]


@pytest.mark.parametrize(
    "said",
    [
        "今天，我们在县委大礼堂隆重召开全县庆祝建党节暨表彰大会。",
        "今天，我们在市委党校举办全县青年干部培训班开班式。",  # a training class at the superior's school
        "上个月，市委在市委大礼堂召开了全市组织工作会议。",  # the superior's own meeting in its hall
    ],
)
def test_the_own_hall_or_a_superiors_meeting_is_no_slip(said: str) -> None:
    assert found(PARTY_DAY.format(said=said), rule="level-mix") == []


# --- 8. The superior's scope in a sentence that sums up the own year -----------------------------------------------

TOWN_YEAR = "在全镇经济工作会议上的讲话\n\n同志们：\n\n{said}\n"


@pytest.mark.parametrize(
    "said",
    [
        # batch 52 p01: the own year summed up, then its economy said with the county's scope
        "总的来说，去年我镇工作是扎实和富有成效的，全县经济态势开展良好，农民收入保持了较快增长，全镇安定和谐。",
        "總的來說，去年我鎮工作是紮實和富有成效的，全縣經濟態勢開展良好，農民收入保持了較快增長，全鎮安定和諧。",
        "一年来，我镇各项工作总体是好的，全县经济运行平稳，各项事业协调发展。",
    ],
)
def test_the_superior_scope_summing_up_the_own_year_is_a_slip(said: str) -> None:
    text = _trad(TOWN_YEAR.format(said=said)) if "鎮" in said else TOWN_YEAR.format(said=said)
    assert found(text, rule="level-mix") == [("level-mix", "全县" if "县" in said else "全縣")]


@pytest.mark.parametrize(
    "said",
    [
        "当前，全县经济形势良好，我镇要抓住机遇，加快发展。",
        "总的来说，去年县委、县政府统筹有力，全县经济态势良好，我镇也取得了新的进展。",
        "总的来说，去年我镇工作是扎实的。全县经济形势总体向好，为我镇发展创造了条件。",
    ],
)
def test_the_superiors_state_in_its_own_sentence_is_no_slip(said: str) -> None:
    assert found(TOWN_YEAR.format(said=said), rule="level-mix") == []


# --- 9. A sibling's short name on the sector the speech calls its own; 10. the ladder of scopes names the place -------

HOSPITAL = "在市人民医院职工代表大会上的讲话\n\n同志们：\n\n{said}\n"
OWN_SECTOR = "人民医院是我市卫生战线的排头兵。我在江阴卫生系统工作四年多，对人民医院一直十分关注。"
LADDER = "医院有不少工作在全宜兴、全无锡乃至全省都有一定的影响。"


@pytest.mark.parametrize("convert", [str, _trad])
def test_a_siblings_name_on_the_own_sector_is_a_slip(convert: Callable[[str], str]) -> None:
    text = convert(HOSPITAL.format(said=OWN_SECTOR + LADDER))
    sibling = [
        ("foreign-place", convert("江阴"))
    ]  # (a traditional copy's finding quotes it as written)
    assert found(text, rule="foreign-place", place="宜兴市") == sibling
    # without --place, the ladder 全宜兴、全无锡乃至全省 names the own place
    assert found(text, rule="foreign-place") == sibling
    assert check_text(text).place == "宜兴市"


@pytest.mark.parametrize(
    "said",
    [
        "我曾在江阴卫生系统工作多年，那里的经验值得学习。",  # a career elsewhere, the own sector not named
        "人民医院是我市卫生战线的排头兵。我们要学习江阴卫生系统的做法。",
    ],
)
def test_a_siblings_sector_named_as_elsewhere_is_no_error(said: str) -> None:
    assert found(HOSPITAL.format(said=said), rule="foreign-place", place="宜兴市") == []


def test_scopes_not_climbing_from_the_own_place_name_no_place() -> None:
    text = HOSPITAL.format(said="这项工作在全国、全省都有影响，全市上下要再接再厉。")
    assert check_text(text).place is None


# --- 11. A copy that opens inside a document-sharing page's chunk ------------------------------------------------------

CUT = "{counter}23年镇政府工作报告 2026年和平镇政府工作报告各位代表：现在，我代表镇人民政府，向大会报告工作，请予审议。{more}\n"


@pytest.mark.parametrize("convert", [str, _trad])
def test_a_year_cut_by_the_chunk_before_the_copy_is_no_two_digit_year(
    convert: Callable[[str], str],
) -> None:
    text = convert(CUT.format(counter="3、", more=""))
    assert found(text, rule="date-format") == []


@pytest.mark.parametrize(
    "text",
    [
        CUT.format(counter="1、", more=""),  # the first chunk: nothing was cut before it
        CUT.format(
            counter="3、", more="\n\n回顾过去一年，我镇23年底全面完成目标任务。"
        ),  # a two-digit year further on
    ],
)
def test_two_digit_years_elsewhere_stay_errors(text: str) -> None:
    assert [rule for rule, _ in found(text, rule="date-format")] == ["date-format"]


def test_a_district_meeting_in_its_citys_hall_is_a_warning() -> None:
    text = "在全区庆祝建党节暨表彰大会上的讲话\n\n同志们：\n\n今天，我们在市政府会议中心召开全区表彰大会。全区各级党组织要以先进为榜样。\n"
    assert found(text, rule="level-mix") == []
    assert [rule for rule, _ in found(text, "warning", rule="level-mix")] == ["level-mix"]
