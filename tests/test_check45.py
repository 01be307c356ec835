"""drafter check on the shapes check45 reads (issue #13, opened batches 75 and 76): in fixtures of our own writing,
each flawed shape is caught and its correct near shape stays silent.
"""

from __future__ import annotations

from check_fixtures import found

SCHOOL = "秋季开学典礼校长致辞\n\n老师们、同学们：\n\n新学期开始了，我们在这里隆重集会，迎接新同学的到来。\n\n"


# ---------------------------------------------------------------- a page's counter after the speech


def test_a_page_counter_after_the_closing_is_no_heading() -> None:
    # (0) under 谢谢大家！ is how many liked the page: no outline numbers from zero, so nothing is a repeated number
    text = SCHOOL + "（一）勤学\n\n要勤学。\n\n（二）修德\n\n要修德。\n\n谢谢大家！\n\n(0)\n\n相关推荐\n"
    assert found(text, rule="numbering") == []
    assert found(text, severity="warning", rule="numbering") == []


def test_a_repeated_mark_in_the_outline_is_still_caught() -> None:
    text = SCHOOL + "（一）勤学\n\n要勤学。\n\n（一）修德\n\n要修德。\n\n谢谢大家！\n"
    assert found(text, rule="numbering") == [("numbering", "（一）")]


# ---------------------------------------------------------------- a count whose copy stops inside its first point


def _counts(text: str, severity: str = "warning") -> list[tuple[str, str]]:
    return found(text, severity=severity, rule="count-mismatch")


def test_a_cut_copy_with_a_lone_first_hope_is_told_as_cut() -> None:
    # 提三点希望： then 第一点希望，… and the page stops mid-sentence: the count cannot be checked, a warning says so
    text = SCHOOL + "借此机会，我向同学们提三点希望：\n\n第一点希望，希望同学们珍惜时光。青春只有一次，每一天都值得认真对\n"
    assert _counts(text) == [("count-mismatch", "提三点")]
    assert _counts(text, "error") == []


def test_a_run_in_first_point_in_a_one_line_paste_is_told_as_cut() -> None:
    text = ("在全区秋粮收购工作会议上的讲话今天召开这次会议，安排今年的秋粮收购工作。下面，我讲三点意见。"
            "第一，早作准备，把收购网点和仓容落实到位。各收购企业要提前检修烘干设备，做到...\n")
    assert _counts(text) == [("count-mismatch", "讲三点意见")]


def test_a_first_saying_after_four_sayings_announced_is_told_as_cut() -> None:
    text = SCHOOL + "下面，我送同学们四句话。\n\n第一句话：读书要专心\n\n课堂上的每一分钟都很宝贵，专心听讲，才能学有所得。\n"
    assert _counts(text) == [("count-mismatch", "送同学们四句话")]


def test_a_lone_first_point_with_the_closing_after_it_stays_silent() -> None:
    # the speech's end is in the copy: nothing was cut, and a lone 第一 is no list to count against
    text = SCHOOL + "借此机会，我向同学们提三点希望：\n\n第一点希望，希望同学们珍惜时光，勤学好问。\n\n谢谢大家！\n"
    assert _counts(text) == [] and _counts(text, "error") == []


def test_a_vague_count_before_a_cut_first_point_stays_silent() -> None:
    text = SCHOOL + "借此机会，我向同学们提几点希望：\n\n第一点希望，希望同学们珍惜时光。青春只有一次，每一天都值得认真对\n"
    assert _counts(text) == []


def test_two_hopes_under_three_announced_are_still_an_error() -> None:
    text = (SCHOOL + "借此机会，我向同学们提三点希望：\n\n第一点希望，希望同学们珍惜时光。\n\n第二点希望，希望同学们团结友爱。\n\n"
            "谢谢大家！\n")
    assert _counts(text, "error") == [("count-mismatch", "提三点")]


# ---------------------------------------------------------------- a date written half in Chinese numerals


def _dates(text: str) -> list[tuple[str, str]]:
    return found(text, severity="warning", rule="date-format") + found(text, rule="date-format")


def test_a_date_with_a_chinese_year_and_a_figure_month_is_caught() -> None:
    said = "力争到二〇三〇年12月底，全镇新建一批高标准农田。\n"
    assert _dates(SCHOOL + said) == [("date-format", "二〇三〇年12月")]
    ranged = "二〇二五年1-6月，全县主要经济指标稳中有进。\n"
    assert _dates(SCHOOL + ranged) == [("date-format", "二〇二五年1-6月")]
    other_way = "2026年十二月，新校区将正式投入使用。\n"
    assert _dates(SCHOOL + other_way) == [("date-format", "2026年十二月")]


def test_a_date_written_one_way_stays_silent() -> None:
    for said in ("力争到二〇三〇年十二月底，全镇新建一批高标准农田。\n", "力争到2030年12月底，全镇新建一批高标准农田。\n",
                 "二〇二五年上半年，全县主要经济指标稳中有进。\n"):
        assert _dates(SCHOOL + said) == []


# ---------------------------------------------------------------- a word's last character typed twice into a rare pair


def test_a_common_words_last_character_typed_twice_is_caught() -> None:
    said = "希望同学们坚持学习习而不倦，在新学期里再上一层楼。\n"
    assert found(SCHOOL + said, rule="repeated-char") == [("repeated-char", "习习")]


def test_two_words_meeting_at_the_pair_stay_silent() -> None:
    for said in ("同学们要养成良好的学习习惯，做到课前预习、课后复习。\n", "我们要认真学习习近平新时代中国特色社会主义思想。\n",
                 "初秋时节，凉风习习，校园里处处是新气象。\n", "我们要把信用用在监管上，让守信者处处受益。\n"):
        assert found(SCHOOL + said, rule="repeated-char") == []


# ---------------------------------------------------------------- a neighbour said as the kind of city the own one is

CITY = "在全市安全生产工作会议上的讲话\n\n同志们：\n\n今天召开全市安全生产工作会议，部署当前和今后一个时期的工作。\n\n"


def test_a_neighbour_said_as_what_kind_of_city_we_are_is_warned_with_the_place() -> None:
    # (新乡 is a city and a county's name: no other rule reads it at a clause's head)
    said = "同时，新乡是一座老工业城市，危化品企业多，监管任务重。\n"
    assert found(CITY + said, severity="warning", rule="foreign-place", place="郑州市") == [("foreign-place", "新乡")]
    own = said.replace("新乡", "郑州")
    assert found(CITY + own, severity="warning", rule="foreign-place", place="郑州市") == []
    assert found(CITY + own, rule="foreign-place", place="郑州市") == []


# ---------------------------------------------------------------- the place the own work spared, in a masked page

MASKED = ("在全县安全生产工作会议上的讲话\n\n同志们：\n\n今天，XX政府召开这次会议，安排今年的安全生产工作。\n\n"
          "过去一年，在XX委、XX政府的统一部署下，各部门层层压实责任，全XX安全生产工作取得了明显成效，")


def test_a_real_place_spared_by_the_own_work_in_a_masked_page_is_warned() -> None:
    text = MASKED + "在泗阳县未发生较大事故。\n"
    assert found(text, severity="warning", rule="foreign-place") == [("foreign-place", "泗阳县")]
    assert found(text, rule="foreign-place") == []


def test_the_masked_own_scope_spared_and_a_flood_elsewhere_stay_silent() -> None:
    for said in ("在全XX未发生较大事故。\n", "未发生较大事故。去年泗阳县发生了一起较大事故，我们派人去学习了他们的整改做法。\n"):
        assert found(MASKED + said, severity="warning", rule="foreign-place") == []
        assert found(MASKED + said, rule="foreign-place") == []


def test_a_neighbour_spared_by_the_own_work_is_an_error_with_the_place() -> None:
    said = "过去一年，全市安全生产工作取得了明显成效，在泰州未发生较大事故。\n"
    assert found(CITY + said, rule="foreign-place", place="南通市") == [("foreign-place", "泰州")]
    assert found(CITY + said.replace("泰州", "全市"), rule="foreign-place", place="南通市") == []


# ---------------------------------------------------------------- the own place's stage and kind, said once


def test_a_place_said_at_the_stage_of_the_own_development_is_said_as_the_own() -> None:
    said = "目前，泰州正处在产业转型升级的关键时期，安全监管一刻也不能放松。\n"
    # the page names no own place: a doubt without --place, an error with another place given
    assert found(CITY + said, severity="warning", rule="foreign-place") == [("foreign-place", "泰州")]
    assert found(CITY + said, rule="foreign-place", place="南通市") == [("foreign-place", "泰州")]
    assert found(CITY + said.replace("泰州", "我市"), severity="warning", rule="foreign-place") == []
    assert found(CITY + said.replace("泰州", "南通"), rule="foreign-place", place="南通市") == []


def test_the_kind_of_city_seen_clearly_is_said_as_the_own() -> None:
    said = "大家要清醒地认识到，新乡是一座老工业城市，危化品企业多，监管任务重。\n"
    assert found(CITY + said, rule="foreign-place", place="郑州市") == [("foreign-place", "新乡")]
    # without --place: a name said as the own one and nowhere else is a doubt, whichever city it is
    assert found(CITY + said, severity="warning", rule="foreign-place") == [("foreign-place", "新乡")]
    assert found(CITY + said.replace("新乡", "我市"), severity="warning", rule="foreign-place") == []
    compared = "大家要清醒地认识到，与新乡等兄弟城市相比，我们在安全监管上还有不小差距。\n"
    assert found(CITY + compared, rule="foreign-place", place="郑州市") == []


def test_the_stage_and_sight_stakes_are_found_where_the_whole_scan_finds_them() -> None:
    # the bare-stake scan tries an alternative only where its words stand: the same matches as the joined pattern's
    from test_perf39 import tried_where_words_are, whole_scan

    lines = ["目前，泰州正处在产业转型升级的关键时期", "要清醒地认识到，新乡是一座老工业城市", "存在，泰州正处在转型的关键时期",
             "，新乡是一座老工业城市", "如今,泰州已经迈入高质量发展的新阶段。大家要看到：新乡是一座古城"]
    assert [len(whole_scan(line)) for line in lines] == [1, 1, 0, 0, 2]
    for line in lines:
        assert tried_where_words_are(line) == whole_scan(line), line
