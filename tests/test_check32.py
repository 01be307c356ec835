"""drafter check on batch 32's false errors and planted misses, and (below, check32) on batch 49's planted misses by
class and the self-check's count of named things (issue #13). Fixtures are our own writing; each flawed one of check32
fails on main 92b68929."""

from __future__ import annotations

import opencc
import pytest
from check_fixtures import found as _found
from check_fixtures import read_fixture as _read

from drafter.check import check_text


def test_a_speakers_own_reduplication_is_no_slip() -> None:
    # 我更深深地感到… and 要干的事情还有很多很多 were reported as characters typed twice: 更 qualifies the verb phrase
    # 深深地感到, and 很多很多 is a degree said twice for weight; 更好好地 and 戒骄戒躁戒躁 stay slips
    assert _found(_read("more-said-twice-correct.txt"), rule="repeated-char") == []
    assert _found(_read("more-said-twice-flawed.txt"), rule="repeated-char") == [
        ("repeated-char", "好好"), ("repeated-char", "戒躁戒躁"),
    ]  # fmt: skip


def test_a_district_bureau_reports_work_led_by_its_own_district() -> None:
    # 区审计局…审计结果表明，在市委、市政府坚强领导下，各有关部门和单位… in a 区 bureau's report was not found, even with
    # --place: the work a district's bureau reports is led by the district's committee and government (naming the city's
    # as well, 在市委、市政府和区委的坚强领导下, is right; so is a 区委书记's 在市委、市政府的坚强领导下，我区…, tested in
    # test_wild26's district-four-bodies-correct.txt)
    assert _found(_read("district-bureau-led-by-correct.txt"), rule="level-mix") == []
    assert _found(_read("district-bureau-led-by-flawed.txt"), rule="level-mix") == [("level-mix", "在市委、市政府坚强领导下")]
    assert _found(_read("district-bureau-led-by-flawed.txt"), rule="level-mix", place="青禾区") == [
        ("level-mix", "在市委、市政府坚强领导下"),
    ]


def test_what_the_countys_own_work_furthered_is_its_own_development() -> None:
    # 近年来，县委、县政府紧紧围绕…，先后实施了…，有力地促进了全市经济社会发展 in a county speech (a hard-wrapped copy, the
    # sentence over four lines) was not found: what the county's own committee and government did furthered the county's
    # development; 为全市创建工作作出了贡献, a share in the city's, stays right
    assert _found(_read("county-work-furthered-correct.txt"), rule="level-mix") == []
    assert _found(_read("county-work-furthered-flawed.txt"), rule="level-mix") == [("level-mix", "全市")]


# ================================================================ check32: batch 49

_S2T = opencc.OpenCC("s2t")
_T2S = opencc.OpenCC("t2s")


def _found_s(text: str, severity: str = "error", rule: str | None = None, **kw: str) -> list[tuple[str, str]]:
    """The findings' (rule, text), the text of a traditional copy's finding read back in simplified characters."""
    return [(r, _T2S.convert(t)) for r, t in _found(text, severity, rule, **kw)]


def _both(text: str) -> list[str]:
    """The text as written and as a traditional-character copy of it."""
    return [text, _S2T.convert(text)]


# ---------------------------------------------------------------- a work's stage told with the superior's scope


def test_a_works_stage_with_the_superiors_scope_taken_up_by_the_own_level_is_warned() -> None:
    # 当前全市征收拆迁工作进入集中攻坚阶段，全区一手抓征收拆迁 in a 区 speech, simplified or traditional: the same
    # work, its stage told with 全市 and taken up by 全区 in the next clause (全市综合民意调查 after it stays the city's)
    for name in ("work-stage-scope-flawed.txt", "work-stage-scope-traditional-flawed.txt"):
        assert _found_s(_read(name), severity="warning", rule="level-mix") == [("level-mix", "全市")]
        assert _found_s(_read(name)) == []  # a warning, not an error: the superior's campaign may be relayed
    for name in ("work-stage-scope-correct.txt", "work-stage-scope-traditional-correct.txt"):
        assert _found_s(_read(name), severity="warning", rule="level-mix") == []


@pytest.mark.parametrize(
    ("title", "line"),
    [
        ("在全县安全生产工作会议上的讲话", "当前，全市安全生产工作正处于攻坚关键阶段，全县要一手抓安全生产，一手抓经济发展。"),
        ("在全镇秸秆禁烧工作会议上的讲话", "目前全县秸秆禁烧工作已进入关键时期，全镇各村要把秸秆禁烧作为头等大事。"),
        ("在全区创建文明城市推进会上的讲话", "全市创建文明城市工作进入冲刺阶段，我区创建文明城市的任务依然繁重。"),
    ],
)
def test_a_works_stage_in_other_spellings(title: str, line: str) -> None:
    for text in _both(f"{title}\n\n同志们：\n\n{line}\n"):
        assert [f[1] for f in _found_s(text, severity="warning", rule="level-mix")] == [line[line.index("全") : line.index("全") + 2]]


@pytest.mark.parametrize(
    "line",
    [
        # the superior named: its campaign relayed
        "当前，全市安全生产工作正处于攻坚关键阶段，市委、市政府高度重视，全县要一手抓安全生产。",
        # the own level takes up other work
        "当前，全市安全生产工作正处于攻坚关键阶段，全县各级各部门要抓好森林防火。",
        # the own level's scope itself
        "当前，全县安全生产工作正处于攻坚关键阶段，全县要一手抓安全生产，一手抓经济发展。",
    ],
)
def test_a_superiors_stage_relayed_is_not_warned(line: str) -> None:
    assert _found_s(f"在全县安全生产工作会议上的讲话\n\n同志们：\n\n{line}\n", severity="warning", rule="level-mix") == []


# ---------------------------------------------------------------- a sibling's short name as the subject of the own work


def test_a_siblings_short_name_driven_on_as_ours_is_found_without_a_place() -> None:
    # 县委书记在泗阳2026年…推进会上: the place from the title's bare short name; 推动沭阳加快… / 努力让沭阳走在全市前列
    assert _found_s(_read("sibling-short-subject-correct.txt")) == []
    assert _found_s(_read("sibling-short-subject-flawed.txt")) == [("foreign-place", "沭阳"), ("foreign-place", "沭阳")]
    assert check_text(_read("sibling-short-subject-flawed.txt")).place == "泗阳县"


@pytest.mark.parametrize(
    "line",
    ["就是要在沭阳掀起项目建设新热潮。", "确保沭阳在全市率先实现目标。", "今年，沭阳要加快新型工业化进程。", "在沭阳大地上掀起大干项目的热潮。"],
)
def test_a_siblings_short_name_in_other_spellings(line: str) -> None:
    for text in _both(f"在泗阳2026年项目建设推进会上的讲话\n\n同志们：\n\n全县上下要抓项目、促发展。{line}\n"):
        assert _found_s(text, rule="foreign-place") == [("foreign-place", "沭阳")]


@pytest.mark.parametrize(
    "line",
    [
        "要学习沭阳加快发展的经验。",  # a model learnt from
        "市委要求，沭阳要加快新型工业化进程。",  # a superior's word about the neighbour
        "推动沭阳与泗阳两地同城化。",  # no own action after the name
    ],
)
def test_a_sibling_named_as_elsewhere_is_no_error(line: str) -> None:
    text = f"在泗阳2026年项目建设推进会上的讲话\n\n同志们：\n\n全县上下要抓项目、促发展。{line}\n"
    assert _found_s(text, rule="foreign-place") == []


def test_a_siblings_short_name_that_is_an_everyday_word_is_left_alone() -> None:
    # 平安区 beside 乐都区 (海东市): 确保平安 and 让平安 are everyday words, not the neighbour
    text = "在乐都2026年安全生产工作会议上的讲话\n\n同志们：\n\n全区上下要确保平安度汛，努力让平安走在全市前列。\n"
    assert check_text(text).place == "乐都区"
    assert _found_s(text, rule="foreign-place") == []


@pytest.mark.parametrize("title", ["在新春团拜会上的讲话", "在平安建设工作会议上的讲话", "在城关镇2026年工作会议上的讲话"])
def test_a_titles_head_word_that_is_no_place_infers_none(title: str) -> None:
    text = f"{title}\n\n同志们：\n\n我代表县委、县政府，向大家表示感谢。全县上下要抓好落实。\n"
    assert check_text(text).place is None


# ---------------------------------------------------------------- a named count that announces the points


def test_a_named_count_ending_the_transition_announces_the_points() -> None:
    # 下面，我…强调做到“四个到位”。 then 一、…到位 二、…到位 三、…到位; the “四个到位”“五个必须” said in passing
    # inside point 二 announces nothing
    for text in _both(_read("named-count-transition-correct.txt")):
        assert _found_s(text) == []
    for text in _both(_read("named-count-transition-flawed.txt")):
        assert _found_s(text) == [("count-mismatch", "四个到位")]


_POINTS = "一、{a}\n\n要统筹好。\n\n二、{b}\n\n要兼顾好。\n\n同志们，让我们共同努力！\n"


@pytest.mark.parametrize(
    ("lead", "a", "b"),
    [
        ("做好今年的工作，要把握好“三个关系”。", "发展和安全的关系", "当前和长远的关系"),
        ("下面，我讲的是“五个坚持”。", "把握方向", "突出重点"),  # quoted, the speaker leading into it
        ("今年要重点实现三个突破。", "在产业升级上求突破", "在城乡融合上求突破"),  # unquoted: the points repeat 突破
    ],
)
def test_a_named_count_in_other_spellings(lead: str, a: str, b: str) -> None:
    text = f"在全县经济工作会议上的讲话\n\n同志们：\n\n{lead}\n\n" + _POINTS.format(a=a, b=b)
    for written in _both(text):
        assert [f[0] for f in _found_s(written, rule="count-mismatch")] == ["count-mismatch"]
    right = text.replace("三个", "两个").replace("五个", "两个")
    assert _found_s(right, rule="count-mismatch") == []


@pytest.mark.parametrize(
    "lead",
    [
        "要坚持“三个不变”，一以贯之抓好落实。",  # mid-paragraph, not ending it
        "今年，我县被评为“三个示范”县。",  # the points do not repeat the word, and no speaker's lead-in
        "全县上下要做到“三个到位”，下面分别说明。\n\n这是过渡的一段话。",  # not right before the first point
    ],
)
def test_a_named_count_said_in_passing_announces_nothing(lead: str) -> None:
    text = f"在全县经济工作会议上的讲话\n\n同志们：\n\n{lead}\n\n" + _POINTS.format(a="把握方向", b="突出重点")
    assert _found_s(text, rule="count-mismatch") == []


def test_a_named_count_under_more_points_than_it_says() -> None:
    # 把握好“两个关系”。 then three points, each a 关系
    points = "".join(f"{n}、{a}的关系\n\n要处理好。\n\n" for n, a in zip("一二三", ("发展和安全", "当前和长远", "局部和全局"), strict=True))
    text = f"在全县经济工作会议上的讲话\n\n同志们：\n\n做好今年的工作，要把握好“两个关系”。\n\n{points}同志们，让我们共同努力！\n"
    assert _found_s(text, rule="count-mismatch") == [("count-mismatch", "两个关系")]
    assert _found_s(text.replace("两个关系", "三个关系"), rule="count-mismatch") == []


def test_a_named_count_inside_a_point_announces_its_sub_points() -> None:
    # 二、压实责任 / 重点是做到“三个到位”。 then （一）…到位 （二）…到位: the sub-points are the named things
    text = ("在全县安全生产工作会议上的讲话\n\n同志们：\n\n下面，我讲两点意见。\n\n一、提高认识\n\n要充分认识。\n\n二、压实责任\n\n"
            "抓好责任落实，重点是做到“三个到位”。\n\n（一）党委领导责任到位\n\n要。\n\n（二）部门监管责任到位\n\n要。\n\n"
            "同志们，让我们共同努力！\n")  # fmt: skip
    for written in _both(text):
        assert _found_s(written, rule="count-mismatch") == [("count-mismatch", "三个到位")]
    assert _found_s(text.replace("三个到位", "两个到位"), rule="count-mismatch") == []
