"""drafter check on the copy-paste shapes bench/check_planted.py plants since plant32 (issue #13), by class.
Fixtures are our own writing, each in two or three spellings, simplified and traditional."""

from __future__ import annotations

import pytest
from check_fixtures import found as _found

HEAD = "县委书记在全县项目建设推进会上的讲话\n\n同志们：\n\n"
HEAD_TRAD = "縣委書記在全縣項目建設推進會上的講話\n\n同志們：\n\n"


def _head(said: str) -> str:
    """The county's head in the sentence's own script (a copy is read as traditional only when all of it is)."""
    return (HEAD_TRAD if any(ch in said for ch in "們個對處縣區應實堅關醫") else HEAD) + said + "\n"


# --- 1. a clause's first character typed twice (坚坚持) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "run"),
    [
        ("今年的任务很重。坚坚持问题导向，全力破解土地、资金等要素制约。", "坚坚"),
        ("今年的任務很重。堅堅持問題導向，全力破解土地、資金等要素制約。", "堅堅"),
        ("全县上下要齐心协力；医医疗卫生、教育等领域的项目要加快推进。", "医医"),
        ("全縣上下要齊心協力；醫醫療衛生、教育等領域的項目要加快推進。", "醫醫"),
        ("一、账账面上的资金要尽快拨付到位，不能趴在账上。", "账账"),
    ],
)
def test_a_clause_start_typed_twice_is_a_slip(said: str, run: str) -> None:
    assert _found(_head(said), rule="repeated-char") == [("repeated-char", run)]


@pytest.mark.parametrize(
    "said",
    [
        # reduplications of our list, AABB words and words of the language at a clause start stay words
        "人人参与、事事用心。常常听到群众说，处处都有新变化。",
        "實實在在為群眾辦事，家家戶戶都有獲得感。",
        "刚刚才开过的会议，大家要认真传达。默默奉献的同志，我们要关心。",
        "久久為功，天天都要抓。紧紧围绕目标任务，牢牢把握工作主动。",
        "渐渐地，群众的满意度提高了。步步为营，层层压实责任。",
        # a verb that stands alone before a word it opens
        "群众反映的问题，有有效的办法就要用起来；會會同有關部門一起研究。",
    ],
)
def test_words_said_twice_at_a_clause_start_are_no_slip(said: str) -> None:
    assert _found(_head(said), rule="repeated-char") == []


# --- 2. a sibling's bare short name in a closing's call (为建设更加美好的沙河而奋斗) ---------------------------------

CLOSING_HEAD = "清河县委书记在全县项目建设推进会上的讲话\n\n同志们：\n\n今年全县项目建设任务很重，各乡镇、各部门要扎实工作。\n\n"
CLOSING_HEAD_TRAD = "清河縣委書記在全縣項目建設推進會上的講話\n\n同志們：\n\n今年全縣項目建設任務很重，各鄉鎮、各部門要紮實工作。\n\n"


@pytest.mark.parametrize(
    "closing",
    [
        "同志们，让我们团结一心、真抓实干，为建设更加美好的沙河而努力奋斗！",
        "同志們，讓我們團結一心、真抓實幹，為建設更加美好的沙河而努力奮鬥！",
        "让我们以更加饱满的热情，为加快建设现代化新沙河作出新的更大贡献！",
        "讓我們以更加飽滿的熱情，為加快建設現代化新沙河作出新的更大貢獻！",
    ],
)
@pytest.mark.parametrize("place", [{}, {"place": "清河县"}])
def test_a_siblings_short_name_in_the_closing_call_is_an_error(
    closing: str, place: dict[str, str]
) -> None:
    head = CLOSING_HEAD_TRAD if "們" in closing else CLOSING_HEAD
    assert _found(head + closing + "\n", rule="foreign-place", **place) == [
        ("foreign-place", "沙河")
    ]


@pytest.mark.parametrize(
    "closing",
    [
        "同志们，让我们为建设更加美好的清河而努力奋斗！",  # the own short name
        "同志們，讓我們為建設更加美好的清河而努力奮鬥！",
        "让我们为建设更加美好的家园而努力奋斗，为谱写高质量发展新篇章作出新的更大贡献！",  # no place in the call
        "让我们为建设更加美好的明天而努力奋斗！",
    ],
)
def test_the_own_name_or_no_name_in_the_call_is_no_error(closing: str) -> None:
    head = CLOSING_HEAD_TRAD if "們" in closing else CLOSING_HEAD
    assert _found(head + closing + "\n", rule="foreign-place") == []
    assert _found(head + closing + "\n", severity="warning", rule="foreign-place") == []


# --- 3. another level's body where the own one stood (县人大及其常委会、市政协; 县政府…接受镇人大监督) ---------------


@pytest.mark.parametrize(
    ("said", "evidence"),
    [
        (
            "过去一年，我们在县委的坚强领导下，在县人大及其常委会、市政协的监督支持下，扎实做好各项工作。",
            "县人大及其常委会、市政协",
        ),
        (
            "過去一年，我們在縣委的堅強領導下，在縣人大及其常委會、市政協的監督支持下，紮實做好各項工作。",
            "縣人大及其常委會、市政協",
        ),
        (
            "县政府坚持依法行政，主动接受市人大监督，办事效率明显提升。",
            "县政府坚持依法行政，主动接受市人大监督",
        ),
        (
            "縣政府堅持依法行政，主動接受市人大監督，辦事效率明顯提升。",
            "縣政府堅持依法行政，主動接受市人大監督",
        ),
        (
            "县人民政府自觉接受镇人大及其常委会的依法监督。",
            "县人民政府自觉接受镇人大及其常委会的依法监督",
        ),
    ],
)
def test_another_levels_congress_beside_or_over_the_own_body_is_an_error(
    said: str, evidence: str
) -> None:
    assert _found(_head(said), rule="level-mix") == [("level-mix", evidence)]


@pytest.mark.parametrize(
    "said",
    [
        "过去一年，我们在县委的坚强领导下，在县人大及其常委会、县政协的监督支持下，扎实做好各项工作。",
        "過去一年，縣政府堅持依法行政，主動接受縣人大及其常委會的監督和縣政協的民主監督。",
        "县政府要自觉接受县人大监督，市人大常委会调研组来我县检查时给予了充分肯定。",
    ],
)
def test_the_own_levels_congress_is_no_error(said: str) -> None:
    assert _found(_head(said), rule="level-mix") == []


# --- 4. a set phrase's last character typed twice before a clause's end (真抓实干干，) ------------------------------


@pytest.mark.parametrize(
    ("said", "run"),
    [
        ("一年来，全县上下真抓实干干，各项工作取得新成效。", "干干"),
        ("一年來，全縣上下真抓實幹幹，各項工作取得新成效。", "幹幹"),
        ("各部门要主动作为为，乡镇村组要积极配合。", "为为"),
        ("各部門要主動作為為，鄉鎮村組要積極配合。", "為為"),
    ],
)
def test_a_set_phrase_ended_twice_before_a_stop_is_a_slip(said: str, run: str) -> None:
    assert _found(_head(said), rule="repeated-char") == [("repeated-char", run)]


@pytest.mark.parametrize(
    "said",
    [
        "一年来，全县上下真抓实干、干事创业，主动作为，各项工作取得新成效。",
        "各部門要主動作為，幹幹淨淨做事，清清白白做人。",
        "全县上下要真抓实干干出新业绩。",
    ],
)
def test_a_set_phrase_said_once_is_no_slip(said: str) -> None:
    assert _found(_head(said), rule="repeated-char") == []
