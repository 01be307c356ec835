"""A new draft's self-check and fit key, cut without changing a finding (#18, perf35).

The self-check now skips, by one exact test, work that could not find anything: a line with no Han character said
twice is no longer cut into its series' items, a paragraph with no count before a unit is not scanned by the eight
announcement patterns, a line with none of the outdated phrases is not tested for each of ~50, a blank line between
paragraphs is not read by the level-word and place rules, a text with no run of anti-copy strings is not split into
lines for them. The fit key of a draft is hashed once for its ~12 questions. What a user notices: every finding is
still made, on the library's text as on a fragment the user just edited, in the very next draft of the same process.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.check import check_text

REPO = Path(__file__).resolve().parent.parent


def _rules(text: str, **kw: str) -> list[tuple[str, int, int]]:
    return [
        (f.rule, f.line, f.column) for f in check_text(text, **kw).findings if f.rule != "duration"
    ]


def test_a_series_item_said_one_character_longer_is_found_and_a_line_without_doubles_has_nothing() -> (
    None
):
    found = check_text(
        "同志们：\n\n动员上下统一思想想、坚定信心、攻坚克难，推动工作落实。\n", level="县"
    ).findings
    assert [(f.rule, f.text) for f in found if f.rule == "repeated-char"] == [
        ("repeated-char", "想想")
    ]
    clean = check_text(
        "同志们：\n\n动员上下统一思想、坚定信心、攻坚克难，推动工作落实。\n", level="县"
    ).findings
    assert not [f for f in clean if f.rule == "repeated-char"]


def test_an_announced_count_is_still_checked_and_text_without_a_count_is_not_misread() -> None:
    wrong = "同志们：\n\n下面，我讲三点意见。\n\n一、提高认识\n\n内容。\n\n二、突出重点\n\n内容。\n"
    assert any(rule == "count-mismatch" for rule, _, _ in _rules(wrong, level="县"))
    right = wrong.replace("三点", "两点")
    assert not any(rule == "count-mismatch" for rule, _, _ in _rules(right, level="县"))


def test_outdated_phrases_are_found_once_scanned_together() -> None:
    from drafter.outdated import find_outdated

    assert [m.phrase.phrase for m in find_outdated("推动经济又好又快发展，践行科学发展观。")] == [
        "又好又快",
        "科学发展观",
    ]
    assert find_outdated("推动经济高质量发展。") == []
    rules = _rules(
        "同志们：\n\n2026年是“十三五”规划的开局之年，要推动经济又好又快发展。\n", level="县"
    )
    assert [r for r in rules if r[0] == "outdated-phrase"] == [
        ("outdated-phrase", 3, 1),
        ("outdated-phrase", 3, 25),
    ]


def test_anti_copy_strings_are_still_blanked_and_a_clean_text_is_left_as_it_is() -> None:
    from drafter.text import blank_jammer

    text = "同志们：\n9 Y8 f3 E5 k. p. Q8 f$ Y) 5 S&\n我们要抓好安全生产。"
    blanked = blank_jammer(text).split("\n")
    assert blanked[1].strip() == "" and len(blanked[1]) == len(text.split("\n")[1])
    clean = "同志们：\n我们要抓好 安全生产。"
    assert blank_jammer(clean) == clean


def test_a_blank_line_between_paragraphs_changes_no_level_or_place_finding() -> None:
    text = "同志们：\n\n我市要抓好安全生产。\n\n沭阳要加强监管，实现沭阳高质量发展。\n"
    dense = text.replace("\n\n", "\n")
    spaced = [(rule, line) for rule, line, _ in _rules(text, place="清河县")]
    assert ("level-mix", 3) in spaced
    assert [(rule, line) for rule, line, _ in _rules(dense, place="清河县")] == [
        (r, 1 + (n - 1) // 2) for r, n in spaced
    ]


def _findings(library: Path, seed: int = 7) -> list[tuple[str, str]]:
    from drafter import drafting

    request = drafting.DraftRequest(sets=("place=清河县", "meeting=全县安全生产工作会议"), seed=seed, library=library,
                                    history=False)  # fmt: skip
    return [(f.rule, f.text) for f in drafting.make_draft(request).findings]


def _edit(library: Path, old: str, new: str) -> None:
    for path in sorted(library.rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        if old in text:
            path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new", "rule", "said"),
    [
        (
            "{{ own_depts }}",
            "市直各部门",
            "level-mix",
            "市直",
        ),  # a level word of another level in a county's draft
        ("{{ scope }}", "{{ scope }}的的", "repeated-char", "的的"),  # a doubled character
        ("{{ grassroots }}", "XX{{ grassroots }}", "placeholder", "XX"),  # a placeholder left in
    ],
)
def test_a_slip_put_into_the_users_library_is_found_by_the_very_next_draft(
    user_library: Path, old: str, new: str, rule: str, said: str
) -> None:
    before = _findings(user_library)
    assert not [f for f in before if f[0] == rule]
    assert _findings(user_library) == before  # the same draft again: every cache met, nothing new
    _edit(user_library, old, new)
    after = _findings(user_library)
    assert any(r == rule and said in text for r, text in after), after
    _edit(user_library, new, old)
    assert _findings(user_library) == before  # and gone again once the fragment is put back
