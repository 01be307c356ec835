"""selfcheck53: check says nothing false on our own drafts' shapes, and reads a short, cut town page at its level.

Fixtures (tests/fixtures/selfcheck53/, our own writing) hold each shape met on our drafts' self-check and on real cut
pages (kept outside the repository), with and without the slip a copy-paste leaves:

- 纳入镇党委, 统一到镇党委, 摆到镇党委, 离不开镇党委, 具有乡土特色, 让全镇成为: a verb, its complement or a word glued on
  the left is no town's name (was 外地地名 warnings and errors on a town's own text);
- 方方便便, 放放心心, 该谁牵头谁牵头, 谁负责谁负责, 雪白雪白, 给大家充充电、加加油, 帮大家补补课: correct reduplication
  (was repeated-char), while 加加强, 干净干净, 的的, 落实实 stay errors;
- a cut town page: this very meeting named with the town's masked name (召开*镇…大会), a news headline's town with its own
  leaders speaking (or headed 清河县柳泉镇：…), a town's 全县 said of what it says with 我镇, a sibling town of three
  characters opening the review.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.check import check_text

FIXTURES = Path(__file__).parent / "fixtures" / "selfcheck53"


def _read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def _found(text: str, rules: tuple[str, ...], **kw: str) -> list[tuple[str, str, str]]:
    report = check_text(text, **kw)
    return [(f.rule, f.severity.value, f.text) for f in report.findings if f.rule in rules]


@pytest.mark.parametrize("place", [None, "柳泉镇"])
def test_a_verb_before_the_towns_bodies_is_no_town(place: str | None) -> None:
    kw = {"place": place} if place else {}
    assert _found(_read("town-verbs-correct.txt"), ("foreign-place",), **kw) == []


def test_sibling_towns_are_still_found() -> None:
    text = (
        "在柳泉镇乡村振兴工作推进会上的讲话\n\n同志们：\n\n"
        "一年来，石桥镇全力以赴抓产业，各项工作取得新成效。我们平通镇要统筹发展和安全。\n\n"
        "一、马店镇党委、政府始终坚持把乡村振兴作为头等大事。感谢县直各部门对西河镇广大群众的关心支持。\n"
    )
    said = {t for _r, _s, t in _found(text, ("foreign-place",), place="柳泉镇")}
    assert {"石桥镇", "平通镇", "西河镇"} <= said and any(t.startswith("马店镇") for t in said)


def test_correct_reduplication_is_no_repeated_char() -> None:
    assert _found(_read("redup-correct.txt"), ("repeated-char",)) == []


def test_doubled_characters_are_still_errors() -> None:
    found = _found(_read("redup-flawed.txt"), ("repeated-char",))
    assert {t for _r, s, t in found if s == "error"} == {"加加", "干净干净", "的的", "实实"}


# (fixture, the level check reads, what it must say on the flawed copy); the correct copy says none of it
CUT_PAGES = [
    ("masked-meeting", "镇", ("level-mix", "我县")),
    ("headline-town", "镇", ("foreign-place", "白沙镇")),
    ("town-twin", "镇", ("level-mix", "全县")),
    ("sibling-review", "镇", ("foreign-place", "许家湖镇")),
]


@pytest.mark.parametrize(("name", "level", "slip"), CUT_PAGES, ids=[c[0] for c in CUT_PAGES])
def test_a_cut_town_page_is_read_at_its_level(name: str, level: str, slip: tuple[str, str]) -> None:
    correct, flawed = check_text(_read(f"{name}-correct.txt")), check_text(_read(f"{name}-flawed.txt"))
    assert correct.level == level and flawed.level == level
    rules = ("level-mix", "foreign-place")
    assert [(f.rule, f.text) for f in correct.findings if f.rule in rules] == []
    assert slip in [(f.rule, f.text) for f in flawed.findings if f.rule in rules]


def test_a_towns_news_headed_with_its_county_is_the_towns() -> None:
    # 清河县柳泉镇：… over a town's news item whose site names the county again: the town's page, so its 全镇 is its own
    report = check_text(_read("county-town-headline-correct.txt"))
    assert report.level == "镇"
    assert [f for f in report.findings if f.rule == "level-mix"] == []
