"""drafter check on the mechanisms check48 reads (issue #13; planter 48's copies, studied by mechanism and position, and
our own flawed speeches): one copy of a doubled character left with no word; the own place's slot (its long-term growth,
its reform, growth and stability, the last rung of a ladder of levels, the place its cadres must love) holding another
place; a count said over a list that holds another number (a campaign's battles, the reasons for a meeting, a heading's
slogan); the speaker speaking for another level's leading bodies; a PDF copy's spaced, zero-padded date. Each flawed
shape is caught, in several variants (县, 市, 区, 镇; place named and not); its correct near shape stays silent.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from check_fixtures import found

ROOT = Path(__file__).resolve().parents[1]
DRAFTER = Path(sys.executable).parent / "drafter"

COUNTY = "同志们：\n\n过去一年，县委、县政府团结带领全县干部群众攻坚克难，我县经济社会发展稳中有进。\n\n"
CITY = "同志们：\n\n过去一年，市委、市政府团结带领全市干部群众攻坚克难，我市经济社会发展稳中有进。\n\n"
DISTRICT = "同志们：\n\n过去一年，区委、区政府团结带领全区干部群众攻坚克难，我区经济社会发展稳中有进。\n\n"
TOWN = "同志们：\n\n过去一年，镇党委、镇政府团结带领全镇干部群众攻坚克难，我镇各项工作稳步推进。\n\n"
MASKED_COUNTY = "同志们：\n\n过去一年，XX县委、县政府团结带领全县干部群众攻坚克难，XX县经济社会发展稳中有进。\n\n"


def _errors(text: str, rule: str, **kw: str) -> list[tuple[str, str]]:
    return found(text, "error", rule, **kw)


def _said(text: str, rule: str, **kw: str) -> list[tuple[str, str]]:
    """Errors and warnings of one rule: what a reviewer is shown at the phrase."""
    return sorted(found(text, "error", rule, **kw) + found(text, "warning", rule, **kw))


# ---------------------------------------------------------------- a doubled character, one copy in no word


def test_a_doubled_character_left_with_no_word_is_caught() -> None:
    slips = {
        "在新的学学期里，各校要抓好常规管理，把开学各项工作落实到位。": "学学",  # 学学|期: 期 left alone
        "这项工作到底怎怎么抓，各部门要拿出清晰的思路。": "怎怎",  # 怎|怎么: the first 怎 in no word
        "各工会小小组要发挥好联系职工的作用。": "小小",  # 小小|组
        "按照大会日日程安排，下午分组讨论。": "日日",  # 日日|程
        "要进一步激发干部斗斗志，营造比学赶超的氛围。": "斗斗",  # 斗|斗志
        "同学们要积极参与与每一节课的讨论。": "与与",  # 与 before 每 joins nothing
    }
    for body, pair in slips.items():
        for opening in (COUNTY, CITY, TOWN):
            assert ("repeated-char", pair) in _errors(opening + body + "\n", "repeated-char"), body


def test_doubled_characters_that_are_words_or_the_spoken_way_stay_silent() -> None:
    fine = (
        "各级要层层压实责任，把工作抓细抓实。",  # 层层|压实: the pair a word, the next character opens one
        "这是一种非常常规的做法，不必大惊小怪。",  # 非常|常规: two words meeting
        "要把校园打扫得干干净净，让师生高高兴兴返校。",  # AABB runs
        "老同志要帮着年轻干部算算账、理理思路。",  # a verb said twice before its object, the spoken way
        "通过这次座谈，双方增进了了解，深化了友谊。",  # 增进了|了解: the particle, then the word opening with it
        "希望大家积极参与与配合。",  # 参与 and 配合 joined by 与
        "我们在2025年年度考核中取得了好成绩。",  # a year's figure, then 年度
    )
    for body in fine:
        assert _errors(COUNTY + body + "\n", "repeated-char") == [], body


# ---------------------------------------------------------------- a zero-padded date a PDF copy spaced out


def test_a_spaced_zero_padded_date_is_caught_and_a_plain_one_stays_silent() -> None:
    padded = COUNTY + "（2026 年 03 月 08 日）\n"
    plain = COUNTY + "（2026 年 3 月 8 日）\n"
    assert ("date-format", "03 月") in found(padded, "warning", "date-format")
    assert found(plain, "warning", "date-format") == []


# ---------------------------------------------------------------- another place in the own place's slot


def test_another_county_in_the_own_slot_is_caught_when_the_place_is_given() -> None:
    reform = COUNTY + "我们要全力以赴做好南宫改革发展稳定各项工作。\n"
    long_term = COUNTY + "这些决策着眼于南宫长远发展和民生福祉。\n"
    ladder = COUNTY + "中央有部署、省委有安排、市委有要求，南宫有行动。\n"
    growth = COUNTY + "我们要凝心聚力，推动南宫经济社会高质量发展。\n"
    reach = COUNTY + "文化旅游节办得很成功，进一步提升了南宫的对外影响力。\n"
    for text in (reform, long_term, ladder, growth, reach):
        assert _errors(text, "foreign-place", place="清河县") == [("foreign-place", "南宫")], text


def test_the_own_name_in_the_own_slot_stays_silent() -> None:
    reform = COUNTY + "我们要全力以赴做好清河改革发展稳定各项工作。\n"
    ladder = COUNTY + "中央有部署、省委有安排、市委有要求，清河有行动。\n"
    we = COUNTY + "中央有部署、省委有安排、市委有要求，我们有行动。\n"
    for text in (reform, ladder, we):
        assert _said(text, "foreign-place", place="清河县") == [], text
        assert _errors(text, "foreign-place") == [], text


def test_a_place_named_once_in_the_own_slot_is_told_when_no_place_is_known() -> None:
    ladder = COUNTY + "中央有部署、省委有安排、市委有要求，南宫有行动。\n"
    loved = MASKED_COUNTY + "如果大家不是对南宫充满深情，就扛不起发展的重担。\n"
    long_term = DISTRICT.replace("我区", "XX区") + "这些部署着眼于萧山区长远发展，大家要抓好落实。\n"
    for text, name in ((ladder, "南宫"), (loved, "南宫"), (long_term, "萧山区")):
        assert ("foreign-place", name) in _said(text, "foreign-place"), text


def test_a_county_named_bare_again_and_again_is_the_own_place_and_a_neighbour_in_its_slot_is_caught() -> None:
    bare = "同志们：\n\n过去一年，全县上下团结奋斗，枣强经济持续向好，枣强人民的获得感不断增强。\n\n我们要为枣强的发展贡献力量，"
    assert _errors(bare + "推动武邑经济社会高质量发展。\n", "foreign-place") == [("foreign-place", "武邑")]
    assert _said(bare + "推动枣强经济社会高质量发展。\n", "foreign-place") == []


def test_a_committee_named_beside_its_masked_government_is_told() -> None:
    opening = ("同志们：\n\n今天召开全市防汛工作会议，*政府有关部门负责同志参加会议。"
               "刚才，*同志通报了去年全市防汛工作情况。\n\n")
    masked = opening + "去年，在清河县委、*政府的坚强领导下，各乡镇压实防汛责任，全*防汛工作平稳有序。\n"
    both = opening + "去年，在*县委、*政府的坚强领导下，各乡镇压实防汛责任，全*防汛工作平稳有序。\n"
    assert ("foreign-place", "清河县") in _said(masked, "foreign-place")
    assert _said(both, "foreign-place") == []


def test_a_real_place_of_the_hidden_tier_is_told_unless_the_sentence_puts_it_elsewhere() -> None:
    named = MASKED_COUNTY + "过去一年，枣强县粮食生产再获丰收，农民收入稳步增长。\n"
    visited = MASKED_COUNTY + "我们组织干部到枣强县考察学习，收获很大。\n"
    camp = MASKED_COUNTY + "暑假里，西安研学、青岛夏令营让学生们开阔了眼界。\n"
    assert _said(named, "foreign-place") == [("foreign-place", "枣强县")]
    for text in (visited, camp):
        assert _said(text, "foreign-place") == [], text


# ---------------------------------------------------------------- a count said over a list of another length


def test_a_count_said_over_a_list_of_another_length_is_caught() -> None:
    battles = COUNTY + "全县上下要坚决打赢环境整治、项目建设、招商引资这四场硬仗。\n"
    reasons = CITY + "这次会议的主要考虑有四个：一是形势需要。二是任务需要。三是发展需要。会议时间不长，大家要认真听。\n"
    stopped = DISTRICT + "召开这次大会，出于四个方面的考虑。其一，落实上级部署；其二，回应群众期盼；其三，凝聚发展共识。希望大家珍惜。\n"
    slogan = TOWN + (
        "一、以“四个聚力”做强特色产业\n\n一是聚力特色种植，壮大村集体经济。二是聚力农产品加工，延长产业链。"
        "三是聚力电商服务，拓宽销售渠道。\n\n二、以“两个提升”繁荣乡村文化\n\n一是提升阵地水平。二是提升活动质量。\n"
    )
    for text in (battles, reasons, stopped, slogan):
        assert _said(text, "count-mismatch") != [], text
    assert _errors(battles, "count-mismatch") == [("count-mismatch", "这四场")]
    assert _errors(slogan, "count-mismatch") == [("count-mismatch", "“四个聚力”")]


def test_a_count_that_matches_its_list_stays_silent() -> None:
    battles = COUNTY + "全县上下要坚决打赢环境整治、项目建设、招商引资这三场硬仗。\n"
    reasons = CITY + "这次会议的主要考虑有三个：一是形势需要。二是任务需要。三是发展需要。会议时间不长，大家要认真听。\n"
    stopped = DISTRICT + "召开这次大会，出于三个方面的考虑。其一，落实上级部署；其二，回应群众期盼；其三，凝聚发展共识。希望大家珍惜。\n"
    slogan = TOWN + (
        "一、以“三个聚力”做强特色产业\n\n一是聚力特色种植，壮大村集体经济。二是聚力农产品加工，延长产业链。"
        "三是聚力电商服务，拓宽销售渠道。\n\n二、以“两个提升”繁荣乡村文化\n\n一是提升阵地水平。二是提升活动质量。\n"
    )
    for text in (battles, reasons, stopped, slogan):
        assert _said(text, "count-mismatch") == [], text


# ---------------------------------------------------------------- the speaker speaks for another level's bodies


def test_speaking_for_a_peer_levels_leading_bodies_is_caught() -> None:
    district = DISTRICT + "借此机会，我代表县四套班子，向大家致以问候。\n"
    county = COUNTY + "借此机会，我代表区四大班子，向大家表示感谢。\n"
    assert _errors(district, "level-mix") == [("level-mix", "县四套班子")]
    assert _errors(county, "level-mix") == [("level-mix", "区四大班子")]


def test_speaking_for_the_own_leading_bodies_stays_silent() -> None:
    district = DISTRICT + "借此机会，我代表区四套班子，向大家致以问候。\n"
    county = COUNTY + "首先，我代表县党政领导班子，向大家表示感谢。\n"
    for text in (district, county):
        assert _errors(text, "level-mix") == [], text


def test_a_government_accepting_another_levels_committee_beside_its_own_congress_is_caught() -> None:
    head = "县政府常务会议上的讲话\n\n同志们：\n\n新一届政府班子要加强自身建设，"
    slip = head + "自觉接受市委的领导、人大的监督和政协的监督，县政府各部门要带头落实。\n"
    own = head + "自觉接受县委的领导、人大的监督和政协的监督，县政府各部门要带头落实。\n"
    assert _errors(slip, "level-mix") == [("level-mix", "市委")]
    assert _errors(own, "level-mix") == []


# ---------------------------------------------------------------- a planter's folder: flawed copies alone


def test_archive_eval_measures_a_folder_of_planted_copies_alone(tmp_path: Path) -> None:
    # A planter hands over flawed copies with expected.json {} (or none): the measure gives the planted figures without
    # running ingest over no page.
    for spec in ("{}", None):
        folder = tmp_path / ("empty" if spec else "none")
        (folder / "planted").mkdir(parents=True)
        if spec is not None:
            (folder / "expected.json").write_text(spec, encoding="utf-8")
        (folder / "planted" / "f01.txt").write_text(COUNTY + "全县上下要坚决打赢环境整治、项目建设、招商引资这四场硬仗。\n",
                                                     encoding="utf-8")  # fmt: skip
        (folder / "planted" / "planted.json").write_text(
            json.dumps({"f01.txt": {"place": "", "errors": [{"code": "count-mismatch", "phrase": "这四场硬仗"}]}}),
            encoding="utf-8",
        )
        figures = tmp_path / f"{folder.name}.json"
        subprocess.run(
            [sys.executable, str(ROOT / "bench" / "archive_eval.py"), str(folder), "--drafter", str(DRAFTER),
             "--figures", str(figures)],
            capture_output=True, text=True, encoding="utf-8", check=True,
        )  # fmt: skip
        result = json.loads(figures.read_text(encoding="utf-8"))
        assert (result["planted_errors"], result["planted_found"]["bare"]) == (1, 1)
