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
