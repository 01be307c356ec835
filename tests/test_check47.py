"""drafter check on the shapes check47 reads (issue #13, opened batch 77, and our own flawed speeches in the shapes an
office's copy leaves): pages that name no place, whose level comes from their own words (全县, 县委、县政府, the title),
with one word of another level or another place left in. Each flawed shape is caught; its correct near shape is silent.
"""

from __future__ import annotations

from check_fixtures import found

# no place named: the level comes from the speech's own words only
COUNTY = "同志们：\n\n过去一年，面对复杂严峻的形势，县委、县政府团结带领全县干部群众攻坚克难，我县经济社会发展稳中有进。\n\n"
CITY = "同志们：\n\n过去一年，面对复杂严峻的形势，市委、市政府团结带领全市干部群众攻坚克难，我市经济社会发展稳中有进。\n\n"
TOWN = "同志们：\n\n过去一年，镇党委、镇政府团结带领全镇干部群众攻坚克难，我镇各项工作稳步推进。\n\n"


def _errors(text: str, rule: str, **kw: str) -> list[tuple[str, str]]:
    return found(text, "error", rule, **kw)


# ---------------------------------------------------------------- this very session, convened by another level's body


def test_another_levels_body_convening_todays_session_is_caught() -> None:
    today = CITY + "按照年初的安排，县政府决定今天召开第二次全体会议，重点研究下半年工作。\n"
    opened = CITY.replace("同志们：\n\n", "同志们：\n\n现在开会。") + "节后刚上班，县政府就召开第二次全体会议，这体现了抓早抓实的决心。\n"
    for text in (today, opened):
        assert _errors(text, "level-mix") == [("level-mix", "县政府")]


def test_the_own_bodys_session_and_a_reported_one_stay_silent() -> None:
    own = CITY + "按照年初的安排，市政府决定今天召开第二次全体会议，重点研究下半年工作。\n"
    reported = COUNTY + "今天上午，市政府召开第四次全体会议，我们要认真抓好贯彻落实。\n"
    scope = COUNTY + "市政府决定今天在我县召开全市秋冬种现场会，这是对我们的信任。\n"
    for text in (own, reported, scope):
        assert _errors(text, "level-mix") == []


# ---------------------------------------------------------------- led by one level, backed by another


def test_led_by_a_committee_of_another_level_than_the_congress_backing_it_is_caught() -> None:
    text = COUNTY + "新一届政府班子将在市委的正确领导下，在县人大和县政协的监督下，依法履职、勤勉尽责。\n"
    assert _errors(text, "level-mix") == [("level-mix", "市委")]


def test_led_by_the_superior_and_the_own_committee_stays_silent() -> None:
    both = COUNTY + "新一届政府班子将在市委和县委的正确领导下，在县人大和县政协的监督下，依法履职、勤勉尽责。\n"
    own = COUNTY + "新一届政府班子将在县委的正确领导下，在县人大和县政协的监督下，依法履职、勤勉尽责。\n"
    for text in (both, own):
        assert _errors(text, "level-mix") == []


# ---------------------------------------------------------------- a body leading another level's whole place


def test_a_body_leading_another_levels_whole_place_is_caught() -> None:
    city = CITY + "今年，县委将团结带领全市人民，奋力开创高质量发展新局面。\n"
    town = TOWN + "今年，县委、县政府将团结带领全镇人民，奋力开创新局面。\n"
    assert _errors(city, "level-mix") == [("level-mix", "县委")]
    assert _errors(town, "level-mix") == [("level-mix", "县委、县政府")]


def test_a_body_leading_its_own_place_and_each_county_stay_silent() -> None:
    own = CITY + "今年，市委将团结带领全市人民，奋力开创高质量发展新局面。\n"
    each = CITY + "各县委要团结带领全县干部群众，抓好各项工作落实。\n"
    for text in (own, each):
        assert _errors(text, "level-mix") == []


# ---------------------------------------------------------------- a superior's whole place said as the own one


def test_the_superiors_scope_as_the_own_ones_result_or_call_is_caught() -> None:
    pushed = CITY + "这几年，市委聚焦产业升级，推动全省工业经济实现了稳步增长。\n"
    told = COUNTY + "新的一年，全省上下要鼓足干劲，奋力推动我县高质量发展迈上新台阶。\n"
    credited = CITY + "这些成绩的取得，是全省广大干部群众团结奋斗的结果。\n"
    led = CITY + "在市委的坚强领导下，全省上下共同努力，各项事业取得了新的成绩。\n"
    for text in (pushed, told, credited, led):
        assert _errors(text, "level-mix") == [("level-mix", "全省")]


def test_the_superiors_scope_as_the_superiors_stays_silent() -> None:
    share = COUNTY + "我们要为推动全市高质量发展作出更大贡献，努力在全市争先进位。\n"
    relayed = COUNTY + "省委全会提出，全省上下要鼓足干劲，我们要认真抓好贯彻落实。\n"
    province = CITY + "全省上下正在深入开展作风建设，我市要走在全省前列。在省委的坚强领导下，全省上下共同努力。\n"
    for text in (share, relayed, province):
        assert _errors(text, "level-mix") == []


# ---------------------------------------------------------------- a neighbour's name where the own place is made known


def test_a_neighbours_bare_name_made_known_by_the_own_work_is_caught() -> None:
    text = ("在仁怀市创建文明城市动员大会上的讲话\n\n同志们：\n\n这几年我市创文工作扎实推进，街巷干净整洁，"
            "赤水的知名度和影响力明显提高。全市上下要再接再厉。\n")
    assert _errors(text, "foreign-place") == [("foreign-place", "赤水")]


def test_the_own_name_made_known_and_the_own_citys_byname_stay_silent() -> None:
    own = ("在仁怀市创建文明城市动员大会上的讲话\n\n同志们：\n\n这几年我市创文工作扎实推进，街巷干净整洁，"
           "仁怀的知名度和影响力明显提高。全市上下要再接再厉。\n")
    byname = ("在齐齐哈尔市新春灯会开幕式上的讲话\n\n各位来宾：\n\n灯会年年办，鹤城年年新。希望大家携起手来，"
              "把我们鹤城建设得更加美丽。\n")
    assert _errors(own, "foreign-place") == []
    assert _errors(byname, "foreign-place", place="齐齐哈尔市") == []


# ---------------------------------------------------------------- doubled characters


def test_a_words_last_character_doubled_before_a_degree_adverb_is_caught() -> None:
    text = COUNTY + "这次座谈谈非常及时，大家畅所欲言。这项工作作十分紧迫。\n"
    assert _errors(text, "repeated-char") == [("repeated-char", "作作"), ("repeated-char", "谈谈")]


def test_a_verb_said_twice_and_a_question_after_a_word_in_shi_stay_silent() -> None:
    asked = COUNTY + "检验作风的标准，就是是不是把群众的事放在心上。\n"
    talked = COUNTY + "请大家再议议，看看还有什么意见。每个人天天非常忙碌，但要抽时间学习。\n"
    for text in (asked, talked):
        assert _errors(text, "repeated-char") == []


# ---------------------------------------------------------------- a short paragraph said twice


def test_a_short_paragraph_said_again_right_after_itself_is_caught() -> None:
    text = COUNTY + "下面，请各乡镇主要负责同志依次表态。\n下面，请各乡镇主要负责同志依次表态。\n\n大家表态很坚决。\n"
    assert _errors(text, "repeated-paragraph") == [("repeated-paragraph", "下面，请各乡镇主要负责同志依次表态。")]


def test_short_paragraphs_said_again_further_on_stay_silent() -> None:
    text = COUNTY + "下面，请各乡镇主要负责同志依次表态。\n\n大家表态很坚决。\n\n下面，请各乡镇主要负责同志依次表态。\n"
    assert _errors(text, "repeated-paragraph") == []


# ---------------------------------------------------------------- what this meeting hears, does and speaks for


def test_a_superiors_scope_for_what_this_meeting_hears_or_does_is_caught() -> None:
    heard = COUNTY + "刚才，县应急局通报了前三季度全市安全生产情况，我完全同意。\n"
    task = COUNTY + "这次会议的主要任务是总结前一阶段全市农村人居环境整治工作，部署下一步任务。\n"
    spoken_for = COUNTY + "我代表县委、县政府和全市五十万人民，向远道而来的客人表示热烈欢迎！\n"
    told = COUNTY + "2026年，全市教育工作要以办好人民满意的教育为目标，全县各校要抓好落实。\n"
    for text in (heard, task, spoken_for, told):
        assert _errors(text, "level-mix") == [("level-mix", "全市")]


def test_a_superiors_scope_carrying_out_the_own_committees_decisions_is_caught() -> None:
    district = ("同志们：\n\n过去一年，区委、区政府团结带领全区干部群众攻坚克难，我区经济社会发展稳中有进，全区上下干劲十足。\n\n"
                "审计结果表明，全市各部门认真落实区委、区政府的决策部署，财政资金使用效益不断提高。\n")
    town = TOWN + "在镇党委的坚强领导下，全县干部群众团结一心，各项工作扎实推进。\n"
    assert _errors(district, "level-mix") == [("level-mix", "全市")]
    assert _errors(town, "level-mix") == [("level-mix", "全县")]


def test_the_superiors_bureau_and_the_superiors_call_relayed_stay_silent() -> None:
    bureau = COUNTY + "刚才，市应急局通报了前三季度全市安全生产情况，我们要认真对照。\n"
    relayed = COUNTY + "市委教育工作会议提出，全市教育工作要以立德树人为根本。我们要对照全市教育工作要点抓落实。\n"
    for text in (bureau, relayed):
        assert _errors(text, "level-mix") == []


# ---------------------------------------------------------------- under the own committee, by the own official, from the report


def test_a_scope_under_the_own_committee_or_arranged_by_the_own_official_is_caught() -> None:
    official = COUNTY + "刚才，县委政法委书记对全市政法工作作了具体部署，我完全同意。\n"
    report = COUNTY + "从通报情况看，全市经济运行总体平稳，但也有一些问题。\n"
    relied = COUNTY + "在县委的坚强领导下，团结依靠全市人民，较好完成了年初确定的目标任务。\n"
    for text in (official, report, relied):
        assert _errors(text, "level-mix") == [("level-mix", "全市")]
    town = TOWN + "在镇党委的坚强领导下，团结带领全县干部群众，扎实推进各项工作。\n"
    assert _errors(town, "level-mix") == [("level-mix", "全县")]


def test_a_scope_under_the_superior_or_arranged_by_its_official_stays_silent() -> None:
    official = COUNTY + "上个月，市委政法委书记对全市政法工作作了具体部署，我们要抓好落实。\n"
    led = COUNTY + "在市委的坚强领导下，全市人民团结奋斗，我县也交出了满意答卷。\n"
    for text in (official, led):
        assert _errors(text, "level-mix") == []


# ---------------------------------------------------------------- a page that masks its own place


MASKED = "同志们：\n\n过去一年，XX县委、县政府团结带领全县干部群众攻坚克难，全县经济稳中有进。"


def test_a_real_county_said_as_the_own_one_where_the_page_masks_its_own_is_told() -> None:
    for said in ("今年，在平阳县委的坚强领导下，全县上下要再接再厉。\n", "我代表县委、县政府，向88万平阳人民致以崇高敬意！\n",
                 "今年，全平阳上下要再接再厉。\n"):
        names = [t for _, t in found(MASKED + said, "warning", "foreign-place") + _errors(MASKED + said, "foreign-place")]
        assert names and names[0].startswith("平阳")


def test_a_people_of_history_in_a_masked_page_stays_silent() -> None:
    text = MASKED + "我们要学习延安人民艰苦奋斗的精神，中国人民和全县人民一道奋斗。\n"
    assert found(text, "warning", "foreign-place") + _errors(text, "foreign-place") == []


def test_a_title_naming_the_governments_own_session_gives_the_level() -> None:
    text = "在县政府第一次全体会议上的讲话\n\n同志们：\n\n今天召开这次会议，主要是部署今年的重点工作。全市上下要抓好落实。\n"
    assert _errors(text, "level-mix") == [("level-mix", "全市")]


def test_a_words_first_character_doubled_as_the_clauses_last_word_is_caught() -> None:
    text = COUNTY + "今年以来，全县经济运行总体平平稳。\n"
    assert _errors(text, "repeated-char") == [("repeated-char", "平平")]


def test_two_words_meeting_and_a_particle_before_its_word_stay_silent() -> None:
    text = COUNTY + "我们的水平平稳提升，经济运行平平稳稳。大家增进了了解，深化了感情。\n"
    assert _errors(text, "repeated-char") == []
