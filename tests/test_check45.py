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
