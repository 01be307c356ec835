"""drafter check on the genre of county, town, school and mass-organisation (群团) speeches (issue #13, fp47): the
words a school's, a 关工委's or a 团代会's text says the way that genre says them stay silent; the slip each mechanism
still must catch is caught. Every text here is our own writing.
"""

from __future__ import annotations

from check_fixtures import found

SCHOOL = "在2026年秋季开学典礼上的讲话\n\n老师们、同学们：\n\n"
YOUTH = "在全县共青团工作会议上的讲话\n\n同志们：\n\n"
NEWS = "县一中举行高考冲刺誓师大会\n\n"


# ---------------------------------------------------------------- 共青团|团员: a three-character word, then its pair


def test_a_three_character_word_meeting_a_word_on_its_last_character_stays_silent() -> None:
    text = YOUTH + "全体共青团团员要争做表率，共青团团干部要走在前列，为新时代青年工作贡献力量。\n"
    assert found(text, "error", "repeated-char") == []


def test_the_aabb_half_alone_is_still_caught() -> None:
    text = YOUTH + "全县团员青年要团团结一心，在高质量发展中建功立业。\n"
    assert found(text, "error", "repeated-char") == [("repeated-char", "团团")]


# ---------------------------------------------------------------- the family as a child names it


def test_kinship_words_the_childs_way_then_one_opening_with_their_character_stay_silent() -> None:
    text = SCHOOL + (
        "今天，孩子们的姥姥姥爷、舅舅舅妈、姑姑姑父都来到了校园。\n"
        "我们也要感谢姐姐姐夫、叔叔婶婶、哥哥和嫂嫂对孩子们的关心。\n"
    )
    assert found(text, "error", "repeated-char") == []


def test_a_character_typed_three_times_is_still_caught() -> None:
    text = SCHOOL + "新学期，我们要要要认真学习，养成良好习惯。\n"
    assert found(text, "error", "repeated-char") == [("repeated-char", "要要要")]


def test_a_kinship_word_said_three_times_before_no_word_is_still_caught() -> None:
    text = SCHOOL + "希望同学们回家多陪陪妈妈妈，多做家务。\n"
    assert found(text, "error", "repeated-char") == [("repeated-char", "妈妈妈")]


def test_a_series_item_longer_by_a_doubled_character_is_still_caught() -> None:
    text = YOUTH + "各级团组织要统一思想想、坚定信心、攻坚克难，推动工作落实。\n"
    assert found(text, "error", "repeated-char") == [("repeated-char", "想想")]


# ---------------------------------------------------------------- two run-in lists in one news paragraph


def test_a_second_inline_list_after_its_own_colon_stays_silent() -> None:
    text = NEWS + (
        "大会上，校长向高三年级的老师们提出三点要求：第一，要发扬务实苦干的拼搏精神。第二，要发扬协同作战的团队精神。"
        "第三，要发扬辛勤耕耘的奉献精神。校长还对高三年级的同学们提出三点希望：第一，要有坚定的信心。"
        "第二，要有顽强的毅力。第三，要有健康的心态。\n"
    )
    assert found(text, "error", "numbering") == []


def test_a_gap_in_the_second_inline_list_is_still_caught() -> None:
    text = NEWS + (
        "校长向老师们提出三点要求：第一，要发扬拼搏精神。第二，要发扬团队精神。第三，要发扬奉献精神。"
        "校长还对同学们提出三点希望：第一，要有坚定的信心。第三，要有健康的心态。\n"
    )
    assert found(text, "error", "numbering") == [("numbering", "第三")]


def test_a_restart_without_a_colon_is_still_caught() -> None:
    text = NEWS + "校长提出要求：第一，要坚定信心。第二，要刻苦学习。第一，要保持健康的心态。\n"
    assert found(text, "error", "numbering") == [("numbering", "第一")]


# ---------------------------------------------------------------- 最最 said for warmth


def test_zui_said_twice_before_a_word_of_affection_stays_silent() -> None:
    text = SCHOOL + "在老师们的眼里，你们永远是最最可爱的孩子；在你们的心里，老师也是最最亲爱的人。\n"
    assert found(text, "error", "repeated-char") == []


def test_zui_said_twice_before_a_work_word_is_still_caught() -> None:
    text = YOUTH + "向全县广大团员青年致以最最诚挚的问候。\n"
    assert found(text, "error", "repeated-char") == [("repeated-char", "最最")]


# ---------------------------------------------------------------- people and partners in a news item on a meeting

NEWS_COUNTY = "清河县举行全县助残日活动\n\n"


def test_a_leaders_given_name_that_is_a_places_short_name_stays_silent() -> None:
    listed = NEWS_COUNTY + "县领导王明、李强、方延安，县直有关部门负责同志出席活动。\n"
    closed = NEWS_COUNTY + "县委常委、组织部部长许长春等领导出席活动。\n"
    for text in (listed, closed):
        assert found(text, "error", "foreign-place", place="清河县") == []


def test_the_same_places_said_as_places_are_still_caught() -> None:
    text = NEWS_COUNTY + "我们要推动延安高质量发展，为长春发展作出新的贡献。\n"
    assert found(text, "error", "foreign-place", place="清河县") == [("foreign-place", "延安"), ("foreign-place", "长春")]


def test_a_county_head_called_by_the_surname_stays_silent() -> None:
    text = NEWS_COUNTY + "高县长强调，要把残疾人的好事办实、实事办好。吴县长也提出了要求。\n"
    assert found(text, "error", "foreign-place", place="清河县") == []


def test_a_county_before_a_place_word_opening_with_chang_is_still_caught() -> None:
    text = NEWS_COUNTY + "会议结束后，高县长江段的防汛工作也作了部署。\n"
    assert found(text, "error", "foreign-place", place="清河县") == [("foreign-place", "高县")]


def test_a_social_organisation_from_elsewhere_is_at_most_a_warning() -> None:
    # (a county of the same province as the organisation's city, where a neighbour's name is read as a copy's slip)
    text = NEWS_COUNTY.replace("清河县", "高县") + "县残联理事长向县职业技术学校“助学圆梦”、成都市武侯区有你社区发展中心“让爱传递”两个志愿服务项目分别授旗。\n"
    assert found(text, "error", "foreign-place", place="高县") == []
    assert found(text, "warning", "foreign-place", place="高县") == [("foreign-place", "成都市"), ("foreign-place", "武侯区")]


def test_the_city_and_district_told_to_work_are_still_caught() -> None:
    text = NEWS_COUNTY.replace("清河县", "高县") + "成都市武侯区要加快发展，全面推进乡村振兴。\n"
    assert found(text, "error", "foreign-place", place="高县") == [("foreign-place", "成都市"), ("foreign-place", "武侯区")]


# ---------------------------------------------------------------- the elder children a school speech names


def test_kinship_words_said_to_children_stay_silent() -> None:
    text = SCHOOL + (
        "请高年级的哥哥姐姐多帮助新同学，希望大家像大哥哥、大姐姐那样热爱学习。\n"
        "感谢爷爷奶奶、叔叔阿姨们对孩子们的关爱，祝宝宝们健康成长。\n"
    )
    assert found(text, "error", "repeated-char") == []


def test_a_kinship_compound_typed_with_its_first_character_twice_is_caught() -> None:
    text = "在全县纪念“三八”国际妇女节大会上的讲话\n\n同志们：\n\n全县广大妇女姐姐妹们，祝大家节日快乐！\n"
    assert found(text, "error", "repeated-char") == [("repeated-char", "姐姐")]
    text = SCHOOL + "老一辈教师留下的，是一笔宝宝贵的精神财富。\n"
    assert found(text, "error", "repeated-char") == [("repeated-char", "宝宝")]


# ---------------------------------------------------------------- agenda lines a page ran together

SHAODAIHUI = "县实验小学召开第五次少代会\n\n"


def test_agenda_items_said_mid_line_fill_the_gap() -> None:
    text = SHAODAIHUI + (
        "第一项 出队旗，唱队歌\n\n第二项 敬献红领巾 第三项 少先队员代表致辞\n\n"
        "致贺词 第四项 团县委负责同志讲话\n\n第五项 校长致辞\n"
    )
    assert found(text, "error", "numbering") == []


def test_an_agenda_item_said_nowhere_is_still_a_skip() -> None:
    text = SHAODAIHUI + (
        "第一项 出队旗，唱队歌\n\n第二项 敬献红领巾 第三项 少先队员代表致辞\n\n第五项 校长致辞\n"
    )
    assert found(text, "error", "numbering") == [("numbering", "第五项")]


# ---------------------------------------------------------------- 而是|是不是


def test_a_word_ending_in_shi_before_the_question_shi_bu_shi_stays_silent() -> None:
    text = YOUTH + "抓落实不是一般性的问题，而是是不是讲政治的大问题，关键就是是否真抓实干。\n"
    assert found(text, "error", "repeated-char") == []


def test_shi_typed_twice_before_a_noun_is_still_caught() -> None:
    text = YOUTH + "这项工作是是我们今年的重点。\n"
    assert found(text, "error", "repeated-char") == [("repeated-char", "是是")]
