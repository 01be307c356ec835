"""drafter check on batch 32's false errors and planted misses (issue #13). Fixtures are our own writing."""

from __future__ import annotations

from check_fixtures import found as _found
from check_fixtures import read_fixture as _read


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
