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
