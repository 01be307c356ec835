"""Every kind of place a speech is given for, its level words and its superior.

The table of kinds (省, 自治区, 直辖市, 地级市, 自治州, 地区, 盟, 县级市, 县, 自治县,
旗, 市辖区, 乡, 镇, 街道 and 国家 as the superior of a province) is data:
`drafter/data/levels.yaml`, read here and nowhere else. A place's kind and
superior come from the gazetteer when it knows the place (江阴市 is a 县级市
under 无锡市), else from the name's suffix (城关镇 → 镇, superior a 县).
"""

from __future__ import annotations

import functools
from pathlib import Path

from drafter.errors import LibraryError
from drafter.files import load_data_table
from drafter.records import Record
from drafter.text import LEVELS, LevelWords

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time (#18: ~10 M instructions of a check)
if TYPE_CHECKING:
    from typing import Any

LEVELS_FILE = Path(__file__).parent / "data" / "levels.yaml"
NATIONAL = "国家"
_WORD_KEYS = (
    "lv",
    "party",
    "government",
    "leadership",
    "scope",
    "we",
    "below",
    "own_depts",
    "wcwc",
)
_ROW_KEYS = {
    *_WORD_KEYS,
    "tier",
    "tier_default",
    "rank",
    "unit",
    "below_by_units",
    "upper",
    "layered",
    "aliases",
    "suffixes",
    "gazetteer",
    "village",
    "grassroots",
    "committees",
    "seat",
    "township",
}


class PlaceKind(Record):
    """One row of the level table: a kind of place and the words a speech uses for it (a frozen record:
    drafter/records.py; the defaults are __init__'s)."""

    __slots__ = ("name", "tier", "words", "upper", "layered", "aliases", "suffixes", "gazetteer", "tier_default",
                 "village", "grassroots", "committees", "seat", "township", "rank", "unit", "below_by_units")  # fmt: skip
    name: str
    tier: str  # 省/市/县/区/乡/镇: what fragment level tags and the checker know
    words: LevelWords
    upper: str  # the kind of its superior when the gazetteer does not say
    layered: bool  # has levels with their own governments below it
    aliases: tuple[str, ...]
    suffixes: tuple[str, ...]
    gazetteer: tuple[str, ...]
    tier_default: bool
    village: str  # the grass-roots unit under its towns: 村, in a 旗 or 盟 嘎查村, in a 街道 社区
    grassroots: str  # villages and communities together: 村（社区）; a 街道 has 社区 only
    committees: str  # their committees: 村（居）委会; a 街道 社区居委会
    seat: str  # the county seat as a speech names it: 县城; in a 旗 旗府所在地
    township: str  # the towns as one tier: a 区 街道（镇）; a 镇 speaks of itself: 镇
    rank: str  # administrative rank 国/省/地/县/乡: a 县级市 and a 市辖区 rank with a 县
    unit: str  # what a superior calls it among the units below it: 市, 州, 地区, 县, 区 …
    # `below` by the units a place of this kind actually has (浙江: only 市 → 各市、县（市、区）)
    below_by_units: tuple[tuple[frozenset[str], str], ...]

    def __init__(self, name: str, tier: str, words: LevelWords, upper: str = "", layered: bool = True,
                 aliases: tuple[str, ...] = (), suffixes: tuple[str, ...] = (), gazetteer: tuple[str, ...] = (),
                 tier_default: bool = False, village: str = "村", grassroots: str = "", committees: str = "",
                 seat: str = "县城", township: str = "乡镇（街道）", rank: str = "", unit: str = "",
                 below_by_units: tuple[tuple[frozenset[str], str], ...] = ()) -> None:  # fmt: skip
        set_field = object.__setattr__
        set_field(self, "name", name)
        set_field(self, "tier", tier)
        set_field(self, "words", words)
        set_field(self, "upper", upper)
        set_field(self, "layered", layered)
        set_field(self, "aliases", aliases)
        set_field(self, "suffixes", suffixes)
        set_field(self, "gazetteer", gazetteer)
        set_field(self, "tier_default", tier_default)
        set_field(self, "village", village)
        set_field(self, "grassroots", grassroots)
        set_field(self, "committees", committees)
        set_field(self, "seat", seat)
        set_field(self, "township", township)
        set_field(self, "rank", rank)
        set_field(self, "unit", unit)
        set_field(self, "below_by_units", below_by_units)

    def below_for(self, units: set[str]) -> str:
        """各市（州） for a province with 市 and 州 below it; `below` when no rule names these units."""
        return next((words for need, words in self.below_by_units if need == units), self.words.below)

    def extra_words(self) -> dict[str, str]:
        """Words for "every level below and every department", right at this level.

        A 镇 has no levels below it with governments: 各级政府 there becomes 镇政府, and
        各地各部门 (all_places) becomes 各村（社区）、镇直各单位.
        """
        w = self.words
        local = {"village": self.village, "grassroots": self.grassroots or f"{self.village}（社区）",
                 "committees": self.committees or f"{self.village}（居）委会", "seat": self.seat,
                 "township": self.township}  # fmt: skip
        if self.layered:
            return {"all_units": "各级各部门", "all_places": "各地各部门", "all_governments": "各级政府",
                    "all_leaderships": "各级党委和政府", "all_wcwc": "各级妇儿工委", **local}  # fmt: skip
        units = f"{w.below}、{w.own_depts}"  # 各地各部门 too: a 街道 has no 各地 below it
        return {"all_units": units, "all_places": units, "all_governments": w.government,
                "all_leaderships": w.leadership, "all_wcwc": w.wcwc, **local}  # fmt: skip


class PlaceInfo(Record):
    """A place resolved once: its kind, and its superior (name when the gazetteer knows it). A frozen record."""

    __slots__ = ("name", "kind", "superior", "superior_kind", "candidates", "below")
    name: str
    kind: PlaceKind
    superior: str  # 无锡市; empty when unknown or ambiguous
    superior_kind: PlaceKind | None
    candidates: tuple[str, ...]  # superiors to choose from when the name is ambiguous
    below: str  # the units below it as the gazetteer has them (浙江: 各市、县（市、区）); else the kind's

    def __init__(self, name: str, kind: PlaceKind, superior: str = "", superior_kind: PlaceKind | None = None,
                 candidates: tuple[str, ...] = (), below: str = "") -> None:  # fmt: skip
        set_field = object.__setattr__
        set_field(self, "name", name)
        set_field(self, "kind", kind)
        set_field(self, "superior", superior)
        set_field(self, "superior_kind", superior_kind)
        set_field(self, "candidates", candidates)
        set_field(self, "below", below)

    @property
    def upper_label(self) -> str:
        """The superior as the JSON reports it: its name, else the superior's leadership words."""
        if self.superior:
            return self.superior
        return self.superior_kind.words.leadership if self.superior_kind else ""


def _kind_from_row(name: str, row: Any) -> PlaceKind:
    where = f"{LEVELS_FILE.name} 中的“{name}”"
    if not isinstance(row, dict) or set(row) - _ROW_KEYS or not set(_WORD_KEYS) <= set(row):
        raise LibraryError(
            f"{where} 应含 {'、'.join(_WORD_KEYS)}，且没有未知的键", path=LEVELS_FILE
        )
    words = LevelWords(**{k: str(row[k]) for k in _WORD_KEYS})
    return PlaceKind(
        name=name, tier=str(row["tier"]), words=words, upper=str(row.get("upper") or ""),
        layered=bool(row.get("layered", True)), aliases=tuple(row.get("aliases") or ()),
        suffixes=tuple(row.get("suffixes") or ()), gazetteer=tuple(row.get("gazetteer") or ()),
        tier_default=bool(row.get("tier_default", False)), village=str(row.get("village") or "村"),
        grassroots=str(row.get("grassroots") or ""), committees=str(row.get("committees") or ""),
        seat=str(row.get("seat") or "县城"), township=str(row.get("township") or "乡镇（街道）"),
        rank=str(row.get("rank") or ""), unit=str(row.get("unit") or ""),
        below_by_units=_below_rules(name, row.get("below_by_units") or []),
    )  # fmt: skip


def _below_rules(name: str, rules: Any) -> tuple[tuple[frozenset[str], str], ...]:
    ok = isinstance(rules, list) and all(
        isinstance(r, dict) and set(r) == {"units", "below"} and isinstance(r["units"], list) for r in rules
    )
    if not ok:
        raise LibraryError(f"{LEVELS_FILE.name} 中“{name}”的 below_by_units 应是 {{units: [...], below: ...}} 的列表", path=LEVELS_FILE)
    return tuple((frozenset(str(u) for u in r["units"]), str(r["below"])) for r in rules)


@functools.lru_cache(maxsize=1)
def load_kinds() -> dict[str, PlaceKind]:
    """The level table, by kind name (cached).

    Raises:
        LibraryError: the table is not well formed.
    """
    try:
        data = load_data_table(LEVELS_FILE)
    except (OSError, ValueError) as exc:
        raise LibraryError(f"无法读取层级词表：{exc}", path=LEVELS_FILE) from exc
    if not isinstance(data, dict):
        raise LibraryError("层级词表顶层应是 种类: 词语 的映射", path=LEVELS_FILE)
    kinds = {str(name): _kind_from_row(str(name), row) for name, row in data.items()}
    for kind in kinds.values():
        if kind.upper and kind.upper not in kinds:
            raise LibraryError(f"“{kind.name}”的上级“{kind.upper}”不在层级词表中", path=LEVELS_FILE)
    return kinds


def kind_names() -> tuple[str, ...]:
    """Kinds a user may name as a level (国家 is only a superior)."""
    return tuple(k for k in load_kinds() if k != NATIONAL)


def find_kind(name: str) -> PlaceKind | None:
    """The kind named `name`: a kind (县级市), an alias (州, 副省级市) or a tier (县)."""
    kinds = load_kinds()
    name = name.strip()
    if name in kinds and name != NATIONAL:
        return kinds[name]
    for kind in kinds.values():
        if name in kind.aliases:
            return kind
    return next((k for k in kinds.values() if k.tier_default and k.tier == name), None)


def tier_kind(tier: str) -> PlaceKind:
    """The usual kind of a tier (市 → 地级市); raises KeyError for an unknown tier."""
    kind = next((k for k in load_kinds().values() if k.tier_default and k.tier == tier), None)
    if kind is None:
        raise KeyError(tier)
    return kind


def kind_of_suffix(place: str) -> PlaceKind | None:
    """The kind a place name's suffix suggests (城关街道 → 街道), longest suffix first."""
    pairs = [(s, k) for k in load_kinds().values() for s in k.suffixes]
    for suffix, kind in sorted(pairs, key=lambda p: -len(p[0])):
        if place.endswith(suffix) and len(place) > len(suffix):
            return kind
    return None


def _gazetteer_kind(official: str) -> PlaceKind | None:
    return next((k for k in load_kinds().values() if official in k.gazetteer), None)


def _wanted_kind(level: str | None, found: list[Any], name: str) -> PlaceKind | None:
    """The kind a given level asks for; a bare tier keeps the place's own kind of that rank.

    江阴市 with level 市 stays a 县级市; 海安市 (a 县级市) or 鼓楼区 (a 市辖区) with
    level 县 is county-level and keeps its own words (市委、市政府 / 区委、区政府), not 县委.
    """
    if not level:
        return None
    if level in LEVELS:
        tiered = {k for p in found if p.level == level and (k := _gazetteer_kind(p.kind)) is not None}
        if len(tiered) == 1:
            return tiered.pop()
        asked = find_kind(level)
        own = {k for p in found if (k := _gazetteer_kind(p.kind)) is not None}
        if not found:  # a place the gazetteer does not know: its name's last word (新城市: 市)
            own = {k for k in load_kinds().values() if k.words.lv and name.endswith(k.words.lv)}
        ranked = {k for k in own if asked is not None and k.rank and k.rank == asked.rank}
        if len(ranked) == 1:
            return ranked.pop()
    return find_kind(level)


# What a clerk types after a place's name: its organ (清河县委, 清河县人民政府) or a stop (清河县。).
_ORGAN_TAIL = r"(?:人民政府|政府|党委|党工委|管委会|办事处|委)$"  # compiled when first asked (start-up, #18)
_MARKS = "《》〈〉“”\"‘’「」『』【】[]。．.，,、；;：:！!？? \u3000"


def plain_place(place: str) -> str | None:
    """The place `place` names with an organ or marks about it (清河县委 → 清河县), when that is a known place."""
    import re

    bare = re.sub(_ORGAN_TAIL, "", place.strip().strip(_MARKS)).strip(_MARKS)
    if bare == place.strip() or len(bare) < 2 or resolve_place(bare) is None:
        return None
    return bare


def plain_place_hint(plain: str) -> str:
    """What to do about a place given with its organ or marks."""
    return f"只写地名，如 --set place={plain}，后面不加“委”“政府”，也不加标点。"


@functools.lru_cache(maxsize=512)
def resolve_place(
    name: str, level: str | None = None, superior: str | None = None
) -> PlaceInfo | None:
    """Resolve a place once: its kind (from `level`, the gazetteer or the suffix) and its superior.

    Returns None when the kind cannot be told (the caller asks for the level).
    """
    from drafter.gazetteer import (
        load_gazetteer,  # the gazetteer loads only when a place is resolved
    )

    name = name.strip()
    gz = load_gazetteer()
    found = gz.lookup(name)
    wanted = _wanted_kind(level, found, name)
    if wanted is not None:
        found = [p for p in found if p.kind in wanted.gazetteer or p.level == wanted.tier] or found
    if superior:
        found = [
            p
            for p in found
            if any(a.name == superior or a.short == superior for a in gz.ancestors(p))
        ] or found
    kinds = {k for p in found if (k := _gazetteer_kind(p.kind)) is not None}
    kind = wanted or (kinds.pop() if len(kinds) == 1 else None) or kind_of_suffix(name)
    if kind is None:
        return None
    if not found and not superior and (above := written_superior(gz, name)) is not None:
        # 北京市朝阳区望京街道: the gazetteer has no streets, but the name says whose street it is
        return PlaceInfo(name, kind, above.name, _gazetteer_kind(above.kind) or load_kinds().get(kind.upper))
    if not found and superior and len(named := gz.lookup(superior)) == 1:
        # 城关街道 with superior 清河县: a county's street answers to 县委、县政府, not to the 区委 a street's default
        # superior would be (review21)
        return PlaceInfo(name, kind, named[0].name, _gazetteer_kind(named[0].kind) or load_kinds().get(kind.upper))
    mine = [p for p in found if p.kind in kind.gazetteer]
    below = _below_of(kind, mine)
    parents = {(a[0].name, a[0].kind) for p in mine if (a := gz.ancestors(p))}
    if len(parents) == 1:
        sup_name, official = parents.pop()
        sup_kind = _gazetteer_kind(official) or load_kinds().get(kind.upper)
        return PlaceInfo(name, kind, sup_name, sup_kind, below=below)
    default_sup = load_kinds().get(kind.upper)
    if kind.upper == NATIONAL or (default_sup and default_sup.tier == "国"):
        return PlaceInfo(name, kind, "", default_sup, below=below)
    others = tuple(sorted(p[0] for p in parents)) if len(parents) > 1 else ()
    return PlaceInfo(name, kind, superior or "", default_sup, others, below=below)


def written_superior(gz: Any, name: str) -> Any:
    """The one place a name starts with, when more follows it (北京市朝阳区 of 北京市朝阳区望京街道), else None.

    A short name is not the place when the name goes on with another level's word: 江州市江南区 starts with 江州,
    the short name of 江州区 (崇左市), but the writer wrote 江州市, a city the gazetteer does not know.
    """
    for cut in range(len(name) - 2, 1, -1):
        found = gz.lookup(name[:cut])
        if len(found) == 1:
            if found[0].name != name[:cut] and name[cut] in _LEVEL_ENDS and not found[0].name.startswith(name[: cut + 1]):
                continue
            return found[0]
    return None


# The last character of a place name that says its level (江州市, 清河县, 江南区, 柳镇 …).
_LEVEL_ENDS = frozenset("省市州盟县区旗镇乡")


def _below_of(kind: PlaceKind, mine: list[Any]) -> str:
    """The words for the units below a place the gazetteer knows (one place of this name), else ''."""
    from drafter.gazetteer import load_gazetteer

    if len(mine) != 1 or not kind.below_by_units:
        return ""
    units = {k.unit for c in load_gazetteer().children(mine[0]) if (k := _gazetteer_kind(c.kind)) and k.unit}
    return kind.below_for(units) if units else ""


def kind_for_scope(place: str, scope: str) -> str | None:
    """The kind of an ambiguous place name that a meeting's scope settles (朝阳 + 全区 → 市辖区)."""
    from drafter.gazetteer import lookup

    if not scope:
        return None
    said = {
        k.name
        for k in load_kinds().values()
        if scope in (k.words.scope, k.words.party, k.words.government)
    }
    known = {k.name for p in lookup(place.strip()) if (k := _gazetteer_kind(p.kind)) is not None}
    both = said & known
    return both.pop() if len(both) == 1 else None


def superior_choices(name: str) -> list[str]:
    """Names of the superiors of the places called `name` (鼓楼区 → 南京市、徐州市 …)."""
    from drafter.gazetteer import load_gazetteer

    gz = load_gazetteer()
    return sorted({a[0].name for p in gz.lookup(name) if (a := gz.ancestors(p))})


def place_words(info: PlaceInfo) -> dict[str, Any]:
    """The level words of a resolved place for the render context: own words, extras and `upper`."""
    words: dict[str, Any] = info.kind.words.as_dict()
    if info.below:
        words["below"] = info.below
    words.update(info.kind.extra_words())
    words["upper"] = upper_words_of(info)
    return words


def upper_words_of(info: PlaceInfo) -> dict[str, str]:
    """The superior's words; named (无锡市委、市政府) when they would read like our own (市 under 市)."""
    sup = info.superior_kind or load_kinds()[NATIONAL]
    up = sup.words.as_dict()
    up["name"] = info.superior
    # Our own committee as said beside the superior's (在无锡市委和江阴市委的坚强领导下): named when both are 市委.
    up["our_party"] = info.kind.words.party
    if info.superior and sup.words.lv == info.kind.words.lv:
        stem = info.superior.removesuffix(sup.words.lv)
        up.update(party=f"{info.superior}委", government=f"{info.superior}政府",
                  leadership=f"{info.superior}委、{sup.words.lv}政府", scope=info.superior, we=info.superior)  # fmt: skip
        up["lv"] = stem + sup.words.lv
        up["our_party"] = f"{info.name}委"
    elif sup.words.lv == info.kind.words.lv:  # a 县级市 whose 地级市 is unknown: 市委 would read as our own
        up.update(party="上级党委", government="上级政府", leadership="上级党委、政府")
    return up


# ------------------------------------------------ the six tiers (ingest, check, older callers)


def level_words(tier: str) -> LevelWords:
    """The words of a tier's usual kind (市 → 地级市). Raises KeyError for an unknown tier."""
    return tier_kind(tier).words


def upper_words(tier: str) -> dict[str, str]:
    """The words of the usual superior of a tier (党中央、国务院 above a province)."""
    kind = tier_kind(tier)
    sup = load_kinds().get(kind.upper) or load_kinds()[NATIONAL]
    return sup.words.as_dict()


@functools.lru_cache(maxsize=1)
def tier_words() -> dict[str, LevelWords]:
    """The words of each tier's usual kind, by tier (省/市/县/区/乡/镇)."""
    return {tier: level_words(tier) for tier in LEVELS}
