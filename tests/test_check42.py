"""drafter check on batch 42's planted misses and the known false errors of the working sets (issue #13).
Fixtures are our own writing."""

from __future__ import annotations

import pytest
from check_fixtures import found as _found
from check_fixtures import read_fixture as _read

from drafter.check import check_text

CITY = "在全市春节节后收心会上的讲话\n\n同志们：\n"
COUNTY = "在全县工作会议上的讲话\n\n同志们：\n"


@pytest.mark.parametrize(
    ("said", "pair"),
    [
        ("我市新旧动能转换持续加加快，高技术制造业投资增长较快。", "加加"),  # batch 42 planted p09
        ("要全力保保障群众生命财产安全。", "保保"),
        ("要不断加加快发展步伐。", "加加"),
        ("要大力推推广农业新技术。", "推推"),
    ],
)
def test_a_verbs_first_character_typed_twice_after_an_adverb_of_process(said: str, pair: str) -> None:
    # 持续, 不断, 全力, 稳步 qualify the next verb as 非常 or 进一步 do: a doubled character right after one is a slip
    assert _found(COUNTY + said + "\n", rule="repeated-char") == [("repeated-char", pair)]
    assert _found(COUNTY + said.replace(pair, pair[0]) + "\n", rule="repeated-char") == []


@pytest.mark.parametrize("said", ["今年汛期，强降雨持续足足三天。", "群众对这项工作始终连连称赞。", "要让村民持续天天受益。"])
def test_a_common_doubled_word_after_such_an_adverb_stays_silent(said: str) -> None:
    assert _found(COUNTY + said + "\n", rule="repeated-char") == []


@pytest.mark.parametrize(
    "said",
    [
        # batch 42 planted p39: the plan's year is the second of the clauses that say what the year is
        "2026年是农历丙午马年，是“十四五”规划的开局之年，也是新中国成立77周年。",
        "2026年既是全面推进乡村振兴的重要一年，也是“十三五”规划的收官之年。",
        "2026年，是“十四五”规划的开局之年。",
    ],
)
def test_a_plans_year_said_after_another_clause_is_checked_against_the_year(said: str) -> None:
    findings = [f for f in check_text(COUNTY + said + "\n").findings if f.rule == "outdated-phrase"]
    assert len(findings) == 1 and "2026年" in findings[0].message


@pytest.mark.parametrize(
    "said",
    [
        "2026年是农历丙午马年，是“十五五”规划的开局之年，也是新中国成立77周年。",
        "2021年是建党100周年，是“十四五”规划的开局之年。",
        "2026年既是“十四五”收官后的第一年，也是“十五五”规划的开局之年。",
    ],
)
def test_a_plans_right_year_after_another_clause_stays_silent(said: str) -> None:
    assert [f for f in check_text(COUNTY + said + "\n").findings if f.rule == "outdated-phrase"] == []


NURSES = (
    "在全市护士节庆祝大会上的讲话\n\n同志们：\n"
    "刚才，几位护士代表作了发言，让我们真切感受到，你们是生命健康的守护者、救死扶伤的践行者、医者仁心的传承者、"
    "美丽家乡的建设者，今天，我就从这四个方面，谈谈我的感受。\n"
    "第一点感受，你们是生命健康的守护者。\n"
)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # batch 42 planted p43: 这三个方面 pointing back at four …者 listed in the sentence
        (NURSES.replace("这四个方面", "这三个方面"), "这三个方面"),
        # the list right before 这
        (COUNTY + "今年要集中精力抓好项目建设、招商引资、民生保障、安全稳定这三件大事。\n", "这三件"),
        (COUNTY + "我们要围绕强产业、优环境、惠民生这两个方面，拿出过硬举措。\n", "这两个方面"),
    ],
)
def test_a_count_that_points_back_at_a_list_of_another_length(text: str, said: str) -> None:
    assert _found(text, rule="count-mismatch") == [("count-mismatch", said)]


@pytest.mark.parametrize(
    "text",
    [
        NURSES,
        COUNTY + "今年要集中精力抓好项目建设、招商引资、民生保障这三件大事。\n",
        # the list is the means, the count names the tasks said before it (batch 34 p09)
        COUNTY + "要把道路改建和桥梁加固作为重中之重，集中一切可以集中的人力、物力、财力，全力推动这两项任务。\n",
        # joined with 和: the list's length is not read
        COUNTY + "要抓好项目建设、招商引资和民生保障这三件大事。\n",
    ],
)
def test_a_count_that_fits_its_list_or_points_elsewhere_stays_silent(text: str) -> None:
    assert _found(text, rule="count-mismatch") == []


def test_a_flattened_pdf_pages_headings_are_numbered() -> None:
    # batch 42 planted p28: a report taken out of a PDF as one line, its headings after "。 " with a space after them
    assert _found(_read("flat-pdf-report-correct.txt")) == []
    assert ("numbering", "四、") in _found(_read("flat-pdf-report-flawed.txt"), rule="numbering")


def test_a_lone_numeral_after_a_stop_in_a_long_line_is_no_heading() -> None:
    line = ("我们坚持学习在前、研讨在后，做到学有所思、思有所得，全年共组织集体学习12次，开展专题研讨6次，参学率达到100%，"
            "领导班子的政治判断力、政治领悟力、政治执行力得到显著增强，理论武装成效明显，推动工作取得了新进展新成效。 三、四月份 "
            "我们还组织开展了读书活动，引导党员干部多读书、读好书，在全局营造了浓厚的学习氛围，学习成果有效转化为推动工作的实际成效。")
    assert _found(COUNTY + line + "\n", rule="numbering") == []


@pytest.mark.parametrize(
    "said",
    [
        # batch 42 planted p09: a city speech that names no county at all
        "站在新的起点，我们能否起好步、开好局，直接关系到全县未来五年的发展全局。",
        "今年以来，我市各项工作稳步推进，全县经济运行总体平稳。",
    ],
)
def test_a_lower_scope_in_a_speech_that_names_no_such_place_is_found(said: str) -> None:
    assert _found(CITY + said + "\n", rule="level-mix") == [("level-mix", "全县")]
    assert _found(CITY + said.replace("全县", "全市") + "\n", rule="level-mix") == []


@pytest.mark.parametrize(
    "said",
    [
        "清河县是产粮大县，全县耕地面积达到120万亩。",  # the county it means is named
        "各县要抓好落实，全县耕地保护任务要逐级分解到乡镇。",
        "全县（市、区）要抓好落实。",
    ],
)
def test_a_lower_scope_where_the_speech_names_that_tier_stays_silent(said: str) -> None:
    assert _found(CITY + said + "\n", rule="level-mix") == []


def test_a_letters_addressee_is_named_as_elsewhere() -> None:
    # batch 32 p47: a 贺电 to another province's body named it (and its development) as foreign places, errors
    text = _read("addressee-letter-correct.txt")
    assert _found(text, rule="foreign-place", place="清河县") == []
    assert {t for _, t in _found(text, "warning", rule="foreign-place", place="清河县")} == {"如东县"}
    # another county's slogan left in is still an error
    assert _found(_read("addressee-letter-flawed.txt"), rule="foreign-place", place="清河县") == [("foreign-place", "桐庐")]


def test_a_speechs_salutation_names_its_guests() -> None:
    text = ("在欢迎会上的致辞\n\n尊敬的如东县考察团各位朋友：\n"
            "欢迎大家来到清河县考察。近年来，如东县在乡村振兴方面走在前列，值得我们学习。清河县要学习借鉴好的经验。\n")
    assert _found(text, rule="foreign-place", place="清河县") == []


HIDDEN = (
    "在县工商局工会代表大会上的开幕词\n\n同志们：\n"
    "xx县工商局工会第三次代表大会今天隆重开幕了。大会是在{superior}工会、县局党组的领导下召开的。"
    "全局干部职工要围绕县委、县政府的中心工作，为创建“平安{name}”作出新的贡献。\n"
)


@pytest.mark.parametrize(
    ("superior", "name", "severity"),
    [
        ("州工商局", "泸溪", "warning"),  # batch 38 p17: a county under an autonomous prefecture, as the speech's is
        ("市工商局", "泸溪", "error"),  # the speech is under a 市: 泸溪 (under 湘西州) is not its own
        ("州工商局", "桐庐", "error"),  # 桐庐 is under 杭州市, not a 州
    ],
)
def test_a_real_slogan_that_fits_the_hidden_places_superior_is_a_warning(superior: str, name: str, severity: str) -> None:
    text = HIDDEN.format(superior=superior, name=name)
    assert [(f.text, str(f.severity)) for f in check_text(text).findings if f.rule == "foreign-place"] == [(name, severity)]


@pytest.mark.parametrize(
    ("title", "said"),
    [
        # batch 42 planted p41: the meeting's own work defined as what drives the development of the superior's scope
        ("在全县优化营商环境大会上的讲话", "优化营商环境是推动全市经济社会高质量发展的长久之策。"),
        ("在全区乡村振兴工作会议上的讲话", "乡村振兴是促进全市经济发展的重要引擎，我们要扛起责任。"),
    ],
)
def test_the_work_that_drives_the_own_development_said_with_a_superiors_scope(title: str, said: str) -> None:
    text = f"{title}\n\n同志们：\n{said}\n"
    assert _found(text, rule="level-mix") == [("level-mix", "全市")]
    own = "全区" if "全区" in title else "全县"
    assert _found(text.replace("全市", own), rule="level-mix") == []


@pytest.mark.parametrize(
    ("title", "said"),
    [
        ("在全县优化营商环境大会上的讲话", "市委指出，优化营商环境是推动全市经济社会高质量发展的长久之策。"),  # the superior's words
        ("在全镇乡村振兴工作会议上的讲话", "乡村振兴是推动全县经济社会高质量发展的重要引擎。"),  # a town speaks of its county
        ("在全县优化营商环境大会上的讲话", "我们要为推动全市经济社会高质量发展作出贡献。"),  # a share in the superior's
    ],
)
def test_the_superiors_development_stays_silent(title: str, said: str) -> None:
    assert _found(f"{title}\n\n同志们：\n{said}\n", rule="level-mix") == []


@pytest.mark.parametrize(
    ("said", "pair"),
    [
        ("要不断深深化改革，激发发展活力。", "深深"),
        ("要积极稳稳妥推进农村宅基地改革。", "稳稳"),
        ("要推动安全检查持续常常态化。", "常常"),
    ],
)
def test_a_reduplication_that_is_the_next_verbs_first_character_typed_twice(said: str, pair: str) -> None:
    # 深深 is a word, but after 不断 the next character makes 深化 with it: the verb's first character typed twice
    assert _found(COUNTY + said + "\n", rule="repeated-char") == [("repeated-char", pair)]
    assert _found(COUNTY + said.replace(pair, pair[0]) + "\n", rule="repeated-char") == []


@pytest.mark.parametrize(
    "said", ["要始终牢牢把握工作主动权。", "要持续深深扎根基层。", "要发动群众积极人人参与。", "要始终紧紧围绕中心工作。"]
)
def test_a_reduplication_said_as_one_after_such_an_adverb_stays_silent(said: str) -> None:
    assert _found(COUNTY + said + "\n", rule="repeated-char") == []
