"""drafter check on the shapes check46 reads (issue #13, opened batch 73, and our own flawed speeches in the shapes an
office's copy leaves): in fixtures of our own writing, each flawed shape is caught and its correct near shape stays
silent.
"""

from __future__ import annotations

from check_fixtures import found

COUNTY = "在全县2026年冬春农田水利建设动员会上的讲话\n\n同志们：\n\n"
CITY = "在全市2026年安全生产工作会议上的讲话\n\n同志们：\n\n"


def _all(text: str, rule: str, **kw: str) -> list[tuple[str, str]]:
    return found(text, "error", rule, **kw) + found(text, "warning", rule, **kw)


# ---------------------------------------------------------------- a year written the other way


def test_a_year_in_chinese_numerals_among_years_in_figures_is_told() -> None:
    text = COUNTY + "二〇二五年，我们新建和加固了一批小型水库，灌溉条件明显改善。2026年要在巩固中提升。\n"
    assert found(text, "warning", "date-format") == [("date-format", "二〇二五年")]
    assert found(text, "error", "date-format") == []


def test_a_year_beside_its_own_figure_on_one_line_is_told() -> None:
    text = COUNTY + "刚才通报了全县二〇二五年上半年重点工作情况和2025年上半年督查情况。\n"
    assert found(text, "warning", "date-format") == [("date-format", "二〇二五年")]


def test_date_lines_targets_and_a_text_in_chinese_numerals_stay_silent() -> None:
    dated = COUNTY.replace("\n\n同志们", "\n（二〇二六年一月十日）\n\n同志们") + "2025年，全县水利投入稳步增加。\n"
    target = COUNTY + "2026年要开好局，到二〇三五年基本实现水利现代化。\n"
    chinese = COUNTY + "二〇二四年打基础，二〇二五年见成效，二〇二六年上台阶。\n"
    for text in (dated, target, chinese):
        assert _all(text, "date-format") == []


# ---------------------------------------------------------------- 得 typed twice


def test_the_particle_de_typed_twice_is_caught() -> None:
    text = COUNTY + "去年这几场硬仗打得得漂亮，大家干得得很好。\n"
    assert found(text, "error", "repeated-char") == [("repeated-char", "得得"), ("repeated-char", "得得")]


def test_de_ending_one_word_and_opening_the_next_stays_silent() -> None:
    text = COUNTY + "我觉得得到的经验很多，这项工作做得得心应手，成绩取得得益于大家的努力。\n"
    assert found(text, "error", "repeated-char") == []


# ---------------------------------------------------------------- this meeting, another level's session


def test_this_meeting_held_as_another_levels_session_is_caught() -> None:
    text = CITY + "今天，我们召开县政府第三次全体会议，主要是总结上半年工作，安排下半年任务。\n"
    assert found(text, "error", "level-mix") == [("level-mix", "县政府")]


def test_a_superiors_session_reported_and_the_own_session_stay_silent() -> None:
    reported = CITY + "今天上午，省政府召开第五次全体会议，我们要认真抓好贯彻落实。\n"
    own = CITY + "今天，我们召开市政府第三次全体会议，主要是总结上半年工作。\n"
    for text in (reported, own):
        assert found(text, "error", "level-mix") == []


# ---------------------------------------------------------------- the present moment of the own place


def test_the_own_place_at_the_moment_with_a_lower_levels_word_is_caught() -> None:
    text = CITY + "会议主要是部署全年工作。当前，全县正处在转型升级的关键期，全市上下要保持定力。\n"
    assert found(text, "error", "level-mix") == [("level-mix", "全县")]


def test_a_masked_own_place_at_the_moment_with_another_levels_suffix_is_told() -> None:
    text = CITY + "当前，**县正处在爬坡过坎的关键期，我们要一鼓作气。\n"
    assert found(text, "warning", "level-mix") == [("level-mix", "**县")]


def test_the_moment_said_with_the_own_levels_words_stays_silent() -> None:
    county = COUNTY + "当前，**县正处在爬坡过坎的关键期，全县上下要一鼓作气。\n"
    city = CITY + "当前，全市正处在转型升级的关键期，全市上下要保持定力。\n"
    for text in (county, city):
        assert _all(text, "level-mix") == []


# ---------------------------------------------------------------- one office of committee and government


def test_the_same_office_under_two_levels_is_caught() -> None:
    text = COUNTY + "市委督查室、县政府督查室要加强督促检查，对工作不力的要通报批评。\n"
    assert found(text, "error", "level-mix") == [("level-mix", "市委督查室、县政府督查室")]


def test_the_same_office_of_one_level_stays_silent() -> None:
    text = COUNTY + "县委督查室、县政府督查室要加强督促检查，对工作不力的要通报批评。\n"
    assert _all(text, "level-mix") == []


def test_a_superiors_finance_told_in_a_county_speech_is_caught() -> None:
    flawed = COUNTY + "市财政要按时拨付配套资金，不得截留挪用。\n"
    assert found(flawed, "error", "level-mix") == [("level-mix", "市财政")]
    assert _all(flawed.replace("市财政", "县财政"), "level-mix") == []


# ---------------------------------------------------------------- placeholders


def test_circles_and_a_note_to_fill_in_are_placeholders() -> None:
    text = COUNTY + "各乡镇要确保○月○日前完工。县财政要按时拨付配套资金（具体数字待补）。\n"
    assert [t for _, t in found(text, "error", "placeholder")] == ["○", "○", "（具体数字待补）"]


def test_circles_among_chinese_numerals_and_an_omission_stay_silent() -> None:
    text = COUNTY + "这座水库建于一九九○年，二○二六年要完成除险加固。其他工作（略）。\n"
    assert _all(text, "placeholder") == []


# ---------------------------------------------------------------- a sentence pasted twice


_DUTY = "要严格落实党政同责、一岗双责、齐抓共管、失职追责，县委、县政府将把农田水利建设纳入年度综合考核。"


def test_a_long_sentence_pasted_twice_is_told() -> None:
    text = COUNTY + _DUTY + "各乡镇要各司其职。\n\n各乡镇要高度负责，切实把责任扛在肩上。" + _DUTY + "\n"
    assert found(text, "warning", "repeated-paragraph") == [("repeated-paragraph", _DUTY[:20])]


def test_a_short_sentence_said_again_stays_silent() -> None:
    text = COUNTY + "水利是农业的命脉。各乡镇要各司其职。\n\n我们要牢记，水利是农业的命脉。各乡镇要各司其职。\n"
    assert _all(text, "repeated-paragraph") == []


# ---------------------------------------------------------------- a masked city in a province's speech


def test_a_masked_city_among_a_provinces_cities_is_not_the_own_place() -> None:
    text = ("在全省应急管理工作会议上的讲话\n\n同志们：\n\n刚才，石家庄、唐山、*市和省水利厅的负责同志作了发言，讲得很好。\n\n"
            "一年来，全省应急管理工作迈上新台阶，我省在全国率先出台了《河北省突发事件应急预案管理办法》。\n")
    assert found(text, "error", "foreign-place") == []


# ---------------------------------------------------------------- a list counted right after its last item


def test_a_list_counted_wrong_right_after_its_items_is_caught() -> None:
    text = CITY + "各县（市、区）要建立问题、措施、责任四个清单，做到闭环管理。\n"
    assert found(text, "error", "count-mismatch") == [("count-mismatch", "四个")]


def test_a_list_counted_right_and_counts_of_other_things_stay_silent() -> None:
    right = CITY + "各县（市、区）要建立问题、措施、责任三个清单，县、乡、村三级书记要带头抓。\n"
    slogans = CITY + "全市干部要增强“四个意识”、坚定“四个自信”、做到“两个维护”，统筹发展和安全两件大事。\n"
    open_list = CITY + "要在产业、人才、资金等五个方面加大支持。\n"
    for text in (right, slogans, open_list):
        assert _all(text, "count-mismatch") == []


# ---------------------------------------------------------------- the pledge and the report of this meeting


def test_a_lower_levels_pair_pledging_in_a_city_speech_is_caught() -> None:
    text = CITY + "要严格落实安全生产责任制，县委、县政府将把安全生产纳入年度综合考核。\n"
    assert found(text, "error", "level-mix") == [("level-mix", "县委、县政府")]


def test_the_own_pair_pledging_and_a_lower_pair_told_stay_silent() -> None:
    own = CITY + "要严格落实安全生产责任制，市委、市政府将把安全生产纳入年度综合考核。\n"
    told = CITY + "各县委、县政府要把安全生产纳入年度综合考核，市委、市政府将加强督查。\n"
    for text in (own, told):
        assert found(text, "error", "level-mix") == []


def test_a_bare_lower_bureau_reporting_at_a_city_meeting_is_told() -> None:
    text = CITY + "刚才，县应急管理局通报了全年安全生产情况，我都同意。\n"
    assert found(text, "warning", "level-mix") == [("level-mix", "县应急管理局")]
    assert _all(text.replace("县应急", "市应急"), "level-mix") == []


# ---------------------------------------------------------------- a town's own bodies and another scope


TOWN = "在全镇2026年经济工作会议上的讲话\n\n同志们：\n\n"


def test_the_own_bodies_convening_a_meeting_of_another_scope_is_caught() -> None:
    text = TOWN + "今天，镇党委、镇政府召开全县经济工作会议，主要任务是总结去年工作。\n"
    assert found(text, "error", "level-mix") == [("level-mix", "全县")]


def test_the_own_bodies_leading_to_a_result_of_another_scope_is_caught() -> None:
    text = TOWN + "过去一年，镇党委、镇政府团结带领全镇干部群众，克服困难，全县经济保持了平稳增长。\n"
    assert found(text, "error", "level-mix") == [("level-mix", "全县")]


def test_a_town_speaking_of_the_countys_meeting_and_growth_stays_silent() -> None:
    text = TOWN + ("前不久，县委、县政府召开全县经济工作会议，对今年工作作了部署。过去一年，全县经济保持了平稳增长，"
                   "镇党委、镇政府团结带领全镇干部群众，全镇经济也保持了平稳增长。\n")
    assert found(text, "error", "level-mix") == []


# ---------------------------------------------------------------- characters typed twice where a clerk retypes


def test_a_heading_or_series_numeral_typed_twice_is_caught() -> None:
    text = COUNTY + "一一、提高站位\n\n各乡镇要高度重视。\n\n（二二）加强资金保障\n\n一是抓排查。二二是抓整改。\n"
    assert [t for _, t in found(text, "error", "repeated-char")] == ["一一", "二二", "二二"]


def test_numerals_said_one_by_one_stay_silent() -> None:
    text = COUNTY + "一、提高站位\n\n各乡镇要对照清单一一核对，做到一一对应。\n"
    assert found(text, "error", "repeated-char") == []


def test_a_pronoun_a_measure_after_this_and_a_word_end_before_a_stop_are_caught() -> None:
    text = COUNTY + "讲得都很好，我我都同意。这几几年变化很大。各乡镇要把这项项工作摆在突出位置，确保落到实处处。\n"
    assert [t for _, t in found(text, "error", "repeated-char")] == sorted(["我我", "几几", "项项", "处处"])


def test_one_by_one_reduplications_and_their_own_pairs_stay_silent() -> None:
    text = COUNTY + "我们要一项项抓落实，人人为我，我为人人。大家要处处带头，一步步来。\n"
    assert found(text, "error", "repeated-char") == []


def test_a_pair_that_is_no_word_at_a_seam_is_caught() -> None:
    text = COUNTY + "县水利利局要加强技术指导。要客观看待待去年的成绩，确保汛汛前完工。\n"
    assert [t for _, t in found(text, "error", "repeated-char")] == ["利利", "待待", "汛汛"]


def test_aabb_words_and_a_verb_said_twice_before_its_object_stay_silent() -> None:
    text = COUNTY + "干部要清清白白、公公道道，不能满足于发发文件、开开会议，不能把它当成收收发发的杂事。\n"
    assert found(text, "error", "repeated-char") == []


# ---------------------------------------------------------------- a year or a weekday a copy got wrong


def test_a_wrong_weekday_a_letter_o_and_odd_years_are_told() -> None:
    text = COUNTY + "各乡镇要在2026年3月15日（星期一）前报送方案，2O26年汛前完工，20026年全面验收，2206年底前建成。\n"
    assert found(text, "error", "date-format") == sorted([("date-format", "2026年3月15日（星期一"), ("date-format", "2O26年")])
    assert found(text, "warning", "date-format") == sorted([("date-format", "20026年"), ("date-format", "2206年")])


def test_right_weekdays_spans_of_years_and_far_targets_stay_silent() -> None:
    text = COUNTY + "2026年3月15日（星期日）开工，2026年3月16日周一验收。这里有2300年历史，2500年前就有人居住，到2100年还要用。\n"
    assert _all(text, "date-format") == []


def test_blanks_left_to_fill_are_placeholders() -> None:
    text = COUNTY + "刚才，县水利局___同志通报了情况，请（    ）同志发言。＿＿个乡镇作了交流，【姓名】要抓好落实。\n"
    assert [t for _, t in found(text, "error", "placeholder")] == sorted(["___", "（    ）", "＿＿", "【姓名】"])


def test_a_line_of_underscores_and_filled_brackets_stay_silent() -> None:
    text = COUNTY + "____________\n\n【会议纪要】县水利局通报了情况（二〇二六年一月）。\n"
    assert _all(text, "placeholder") == []


# ---------------------------------------------------------------- a province's speech with a city's words


PROVINCE = "在全省2026年安全生产工作会议上的讲话\n\n同志们：\n\n"


def test_a_citys_words_in_a_provinces_review_pledge_and_report_are_caught() -> None:
    review = PROVINCE + "过去一年，全市各地各部门认真贯彻党中央决策部署，全省安全生产形势总体平稳。\n"
    pledge = PROVINCE + "要层层压实责任，市委、市政府将把安全生产纳入对各市的年度考核。\n"
    report = PROVINCE + "刚才，市应急管理局通报了有关情况，讲得很好。\n"
    assert found(review, "error", "level-mix") == [("level-mix", "全市")]
    assert found(pledge, "error", "level-mix") == [("level-mix", "市委、市政府")]
    assert found(report, "warning", "level-mix") == [("level-mix", "市应急管理局")]


def test_a_provinces_own_words_and_a_city_named_stay_silent() -> None:
    text = PROVINCE + ("过去一年，全省各地各部门认真贯彻党中央决策部署。刚才，省应急管理厅通报了有关情况，"
                       "石家庄市应急管理局作了交流发言。省委、省政府将把安全生产纳入对各市的年度考核。\n")
    assert _all(text, "level-mix") == []


def test_a_half_of_an_aabb_word_standing_alone_is_caught() -> None:
    text = COUNTY + "要扎扎实做好今冬明春工作。当前安全生产面面临的形势依然严峻，全县上下要团团结一心。\n"
    assert [t for _, t in found(text, "error", "repeated-char")] == sorted(["扎扎", "面面", "团团"])


def test_aabb_words_and_two_words_meeting_at_the_pair_stay_silent() -> None:
    text = COUNTY + "地方方面要配合，集团团委、骨干干部都要参加。工作要方方面面都顾到，扎扎实实抓，不能团团转。\n"
    assert found(text, "error", "repeated-char") == []


# ---------------------------------------------------------------- a district's speech with a county's words


DISTRICT = "在全区2026年城市更新工作推进会上的讲话\n\n同志们：\n\n"


def test_a_countys_bureau_told_and_a_countys_pair_pledging_in_a_district_speech_are_caught() -> None:
    told = DISTRICT + "各街道要压实属地责任，县住建局要加强统筹调度。\n"
    pledge = DISTRICT + "要强化保障，县委、县政府将把城市更新纳入年度综合考核。\n"
    assert found(told, "error", "level-mix") == [("level-mix", "县住建局")]
    assert found(pledge, "error", "level-mix") == [("level-mix", "县委、县政府")]
    assert _all(told.replace("县住建局", "区住建局"), "level-mix") == []
    assert _all(pledge.replace("县委、县政府", "区委、区政府"), "level-mix") == []


# ---------------------------------------------------------------- ordinals run on inside one paragraph


def test_an_inline_ordinal_skipped_or_repeated_is_caught() -> None:
    skipped = COUNTY + "要压实责任。\n\n第一，落实党政同责。第二，落实部门监管责任。第四，落实企业主体责任。\n"
    repeated = COUNTY + "要压实责任。\n\n我们要做到：第一，落实党政同责。第二，落实部门监管责任。第二，落实企业主体责任。\n"
    assert found(skipped, "error", "numbering") == [("numbering", "第四")]
    assert found(repeated, "error", "numbering") == [("numbering", "第二")]


def test_inline_ordinals_in_order_stay_silent() -> None:
    text = COUNTY + "要压实责任。\n\n我们要做到：第一，落实党政同责。第二，落实部门监管责任。第三，落实企业主体责任。\n"
    assert _all(text, "numbering") == []


def test_a_lower_scope_in_the_closing_call_is_caught() -> None:
    text = CITY + "清河县、威县作了发言。\n\n同志们，让我们以更加扎实的作风，全力守护全县人民生命财产安全！\n"
    assert found(text, "error", "level-mix") == [("level-mix", "全县")]


def test_the_own_scope_and_each_lower_scope_in_the_closing_call_stay_silent() -> None:
    own = CITY + "清河县、威县作了发言。\n\n同志们，让我们以更加扎实的作风，全力守护全市人民生命财产安全！\n"
    each = CITY + "清河县、威县作了发言。\n\n让我们支持各县加快发展，为全县人民办好实事、为全市发展作出贡献！\n"
    for text in (own, each):
        assert found(text, "error", "level-mix") == []
