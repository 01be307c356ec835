"""Three-way merge of a draft: hand edits survive a re-rendering."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from drafter.merge import CONFLICT_START, OURS_MARK, THEIRS_MARK, has_conflict_marks, merge_texts

BASE = """# 在全县安全生产工作会议上的讲话

同志们：

今天，我们召开全县安全生产工作会议。下面，我讲三点意见。

## 一、提高认识

我县安全生产形势总体平稳。但风险隐患依然存在。

## 二、突出重点

要抓好危化品安全。要抓好道路交通安全。

## 三、强化保障

县委、县政府将加强督查。

同志们，让我们共同努力！
"""


def test_an_edit_in_one_paragraph_survives_a_change_in_another():
    ours = BASE.replace("要抓好道路交通安全。", "要抓好道路交通安全，特别是农村道路。")
    theirs = BASE.replace("我讲三点意见", "我讲四点意见").replace(
        "## 三、强化保障", "## 三、防范风险\n\n要防范化解重大风险。\n\n## 四、强化保障"
    )
    result = merge_texts(BASE, ours, theirs)
    assert not result.conflicts
    assert "特别是农村道路" in result.text and "我讲四点意见" in result.text
    assert "## 四、强化保障" in result.text


def test_a_place_change_relevels_the_writers_own_sentence():
    ours = BASE.replace("我县安全生产形势总体平稳。", "我县安全生产形势总体平稳，事故起数下降。")
    swaps = {"全县": "全市", "我县": "我市", "县委、县政府": "市委、市政府"}
    theirs = BASE
    for old, new in swaps.items():
        theirs = theirs.replace(old, new)
    result = merge_texts(BASE, ours, theirs, relevel=swaps)
    assert not result.conflicts
    assert "我市安全生产形势总体平稳，事故起数下降。" in result.text
    assert "我县" not in result.text and "全县" not in result.text
    assert "市委、市政府将加强督查" in result.text


def test_a_sentence_changed_on_both_sides_is_marked_and_reported():
    ours = BASE.replace("要抓好危化品安全。", "要抓好危化品和烟花爆竹安全。")
    theirs = BASE.replace("要抓好危化品安全。", "要全面排查整治危化品领域风险隐患。")
    result = merge_texts(BASE, ours, theirs)
    assert len(result.conflicts) == 1
    assert CONFLICT_START in result.text and OURS_MARK in result.text and THEIRS_MARK in result.text
    assert "烟花爆竹" in result.text and "全面排查整治" in result.text
    assert has_conflict_marks(result.text)


def test_a_writers_deleted_paragraph_stays_deleted():
    ours = BASE.replace("我县安全生产形势总体平稳。但风险隐患依然存在。\n\n", "")
    result = merge_texts(BASE, ours, BASE.replace("我讲三点意见", "我讲几点意见"))
    assert "总体平稳" not in result.text and "我讲几点意见" in result.text


paragraph = st.text(alphabet="甲乙丙丁。", min_size=1, max_size=12).map(lambda s: s.strip() or "甲")


@given(st.lists(paragraph, min_size=1, max_size=8))
def test_without_hand_edits_the_merge_is_the_new_rendering(paras):
    base = "\n\n".join(paras) + "\n"
    theirs = "\n\n".join(reversed(paras)) + "\n"
    assert merge_texts(base, base, theirs).text == theirs


@given(st.lists(paragraph, min_size=1, max_size=8))
def test_with_the_same_answers_the_hand_edited_text_is_kept(paras):
    base = "\n\n".join(paras) + "\n"
    ours = "\n\n".join(p + "改" for p in paras) + "\n"
    assert merge_texts(base, ours, base).text == ours


def test_check_reports_conflict_marks_until_resolved():
    from drafter.check import check_text

    ours = BASE.replace("要抓好危化品安全。", "要抓好危化品和烟花爆竹安全。")
    theirs = BASE.replace("要抓好危化品安全。", "要全面排查整治危化品领域风险隐患。")
    merged = merge_texts(BASE, ours, theirs).text
    found = [f for f in check_text(merged).findings if f.rule == "conflict"]
    assert found and found[0].severity.value == "error"
    assert not [f for f in check_text(ours).findings if f.rule == "conflict"]


def test_check_finds_each_conflict_mark_on_its_own_line():
    from drafter.check.lines import check_conflict_marks
    from drafter.merge import CONFLICT_MARKS

    for mark in CONFLICT_MARKS:  # check looks for marks only in lines holding 【
        assert [f.rule for f in check_conflict_marks(f"要抓好安全。{mark}", 3)] == ["conflict"]
