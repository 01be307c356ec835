"""drafter check on batches 60 and 62's false errors and planted misses (issue #13, helper check37).

Fixtures are our own writing; each class is read in at least three spellings, with a guard for a near shape."""

from __future__ import annotations

import pytest
from check_fixtures import found as _found
from check_fixtures import found_both
from check_fixtures import read_fixture as _read

from drafter.check import check_text


@pytest.mark.parametrize(
    "name",
    ["spam-dashed-keywords-correct.txt", "spam-underscored-keywords-correct.txt", "spam-barred-keywords-correct.txt"],
)
def test_a_hijacked_pages_keywords_strung_with_dashes_are_no_slip(name: str) -> None:
    # 国产…-国产…综合久久久-…-天天…日日… over a copied report gave 久久久 as a doubled character (batch 62 p24): one
    # stem strung again and again with dashes, underscores or bars is the hijacker's keyword list, not the writer's
    assert _found(_read(name), rule="repeated-char") == []


def test_a_line_of_slogans_with_dashes_is_still_read() -> None:
    # 久久为功-日日精进-夜夜值守-事事落实落实: slogans, no adult site's stem; its doubled 落实 is found, as is the one
    # in the speech
    assert _found(_read("spam-dashed-keywords-flawed.txt"), rule="repeated-char") == [
        ("repeated-char", "落实落实"),
        ("repeated-char", "落实落实"),
    ]


@pytest.mark.parametrize(
    ("name", "place", "alias"),
    [("province-alias", "", "齐鲁"), ("province-alias", "山西省", "齐鲁"), ("province-alias-city", "岳阳市", "荆楚"),
     ("province-alias-county", "永泰县", "八桂")],
)  # fmt: skip
def test_another_provinces_old_name_said_as_ours_is_a_foreign_place(name: str, place: str, alias: str) -> None:
    # a 山东 old name left in 山西省's speech was not found, with or without --place (batch 60's planted f10; here
    # 推动齐鲁高质量发展行稳致远): 齐鲁 is 山东's old name, said of the land, people or development the speaker calls its own. Without --place
    # the province is read from the speaker's line (山西省副省长 某某: 省长 was not read). The own province's old name
    # (三晋大地, 湖湘, 八闽儿女) and a province learned from (学习借鉴齐鲁大地的好经验) stay clean.
    kw = {"place": place} if place else {}
    assert _found(_read(f"{name}-correct.txt"), rule="foreign-place", **kw) == []
    assert _found(_read(f"{name}-flawed.txt"), rule="foreign-place", **kw) == [("foreign-place", alias)]


def test_an_old_name_is_not_judged_when_the_province_is_unknown() -> None:
    # a county speech that names no place: 八桂 may be its own province's name, so nothing is said
    assert _found(_read("province-alias-county-flawed.txt"), rule="foreign-place") == []


@pytest.mark.parametrize("name", ["meeting-on-own-work-a", "meeting-on-own-work-b", "meeting-on-own-work-c"])
def test_the_work_this_meeting_arranges_is_the_speakers_own(name: str) -> None:
    # 今天这个会，是对全市…示范创建的一次专门部署 in a county speech: batch 60's planted f08 (the same shape) was not
    # found: the work this very meeting arranges, deploys or studies is the own place's (这次会议是对全市…/
    # 本次大会就是围绕全市…); 这次会议也是对全市…会议精神的贯彻落实 relays the superior's meeting and stays clean
    assert _found(_read(f"{name}-correct.txt"), rule="level-mix") == []
    assert _found(_read(f"{name}-flawed.txt"), rule="level-mix") == [("level-mix", "全市")]


@pytest.mark.parametrize("name", ["work-stakes-scope-a", "work-stakes-scope-b", "work-stakes-scope-c"])
def test_the_stakes_of_the_speechs_own_work_are_its_own_places(name: str) -> None:
    # 抓好安全生产，关乎千家万户的平安，关乎全市经济社会稳定大局 in a county speech: batch 62's planted f03 (the same
    # shape) was not found: a county's or a district's work, its stakes told with no place named, holds its own place's stability
    # (关乎/事关/关系到). 我县…这个项目事关全市发展大局 (its share in the city's) and 市委部署的…行动事关全市… (the
    # superior's drive) stay clean
    assert _found(_read(f"{name}-correct.txt"), rule="level-mix") == []
    assert _found(_read(f"{name}-flawed.txt"), rule="level-mix") == [("level-mix", "全市")]


@pytest.mark.parametrize("name", ["visiting-office-a", "visiting-office-b", "visiting-office-c"])
def test_a_superior_on_a_visit_speaks_in_the_visited_places_words(name: str) -> None:
    # 市长视察森林防火工作时的讲话 over 全县山林面积大…低于全市平均水平 gave both 全县 as errors (batch 60 p23, alike):
    # the office in the title visits (视察, 调研, 检查) and speaks to the place below it in its words; 市委书记在调研…
    # over 全区, 县长检查… over 全镇 alike
    assert _found(_read(f"{name}-correct.txt"), rule="level-mix") == []


def test_the_office_still_decides_without_a_visit_and_a_third_level_is_still_a_slip() -> None:
    # 市长在全市森林防火工作会议上的讲话 over the same 全县: the city's own meeting, its 全县 a slip; in the visit to a
    # district, a 全县 is neither the visitor's nor the visited place's word
    assert _found(_read("visiting-office-a-flawed.txt"), rule="level-mix") == [("level-mix", "全县"), ("level-mix", "全县")]
    assert _found(_read("visiting-office-b-flawed.txt"), rule="level-mix") == [("level-mix", "全县")]


@pytest.mark.parametrize(("name", "place", "other"), [("a", "清河县", "南宫"), ("b", "泗阳县", "沭阳")])
def test_another_places_new_rise_said_as_ours_is_a_foreign_place(name: str, place: str, other: str) -> None:
    # 推进新化新崛起 in 邵东's speech was not found (batch 62's planted f05; here 推进南宫新崛起): the place whose new
    # rise (新崛起, 新跨越) the speaker's work drives is its own, as with 实现沭阳高质量发展; in a traditional copy too.
    # The own name there (推进清河新崛起) stays clean.
    assert found_both(_read(f"grown-bare-name-{name}-correct.txt"), rule="foreign-place", place=place) == [[], []]
    assert found_both(_read(f"grown-bare-name-{name}-flawed.txt"), rule="foreign-place", place=place) == [
        [("foreign-place", other)], [("foreign-place", other)],
    ]  # fmt: skip


@pytest.mark.parametrize("place", ["邵东", "邵東", "溧水"])
def test_a_given_name_that_is_also_a_former_places_lets_the_text_choose(place: str) -> None:
    # --place 邵東 over a speech of 全县, 县委, 县直 that never names itself gave each 全县 as a 市 speech's slip (batch 62's
    # f05): 邵东 is 邵东市 and, until 2019, 邵东县 (溧水: 溧水区 and 溧水县), and the text's own words say which
    assert _found(_read("former-name-given-correct.txt"), place=place) == []


def test_the_current_name_given_in_full_keeps_its_level() -> None:
    # --place 邵东市 names the city as it is now: the county's words are slips of a 市 speech, as before
    assert _found(_read("former-name-given-correct.txt"), rule="level-mix", place="邵东市") == [
        ("level-mix", "全县"), ("level-mix", "全县"), ("level-mix", "县直"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "mask", "other", "severity"),
    [("a", "XX", "南岸", "warning"), ("b", "xx", "泗阳", "warning"), ("c", "××", "江阴", "error")],
)  # fmt: skip
def test_a_real_name_where_the_page_masks_its_own_is_read_against_the_mask(
    name: str, mask: str, other: str, severity: str
) -> None:
    # 关心支持南岸发展 on a page that writes 当前XX发展, 推动XX各项事业 was not found (batch 62's planted
    # f09; 南岸 is an everyday word too): where the page masks its own name, a real one said as ours is told against the
    # mask — a warning when it is of the speech's level (the mask may have missed it), an error when it cannot be ours
    report = check_text(_read(f"masked-bare-own-{name}-flawed.txt"))
    said = [(f.severity.value, f.text) for f in report.findings if f.rule == "foreign-place"]
    assert said == [(severity, other)]
    if severity == "warning":  # (a county-level city is never a district's own: said so in its own words)
        assert all(mask in f.message for f in report.findings if f.rule == "foreign-place")
    assert _found(_read(f"masked-bare-own-{name}-correct.txt"), rule="foreign-place") == []
    assert _found(_read(f"masked-bare-own-{name}-correct.txt"), severity="warning", rule="foreign-place") == []


def test_an_everyday_word_is_no_place_where_the_page_does_not_mask_its_own() -> None:
    # the same 关心支持南岸发展 in a speech that names itself 全区 throughout: 南岸 (a river's south bank) is left alone
    assert _found(_read("masked-bare-own-unmasked.txt"), severity="warning", rule="foreign-place") == []


def test_a_sum_masked_after_its_first_digits_is_no_year() -> None:
    # 每户20xx元 was reported as 年份占位符“20xx”未填 (batch 62 p22): the digits before a unit (元, 万元,
    # 人) are a sum's, and the writer is told to fill in a number; 20xx年 is still a year
    said = [(f.text, f.message) for f in check_text(_read("masked-amounts.txt")).findings if f.rule == "placeholder"]
    assert said == [
        ("20xx", "年份占位符“20xx”未填"),
        ("20xx", "数字占位符“20xx”未填"),
        ("20XX", "数字占位符“20XX”未填"),
        ("12xx", "数字占位符“12xx”未填"),
    ]
