"""What a place has and lacks (reservoirs, mountains, forests): its features, from the user or our table.

The gazetteer cannot tell a central 市辖区 (鼓楼区) from a suburban one with hills and reservoirs, so a
place's features come from the user's answer (`--set 地方特点=城区`) and from a small table of central
districts we write (`drafter/data/features.yaml`). A feature says which tagged text such a place never
takes: a 城区 has no 水库, no 山区 and no 林区, a 平原 no 山区 (review32).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drafter.errors import LibraryError, UsageError
from drafter.files import load_data_table
from drafter.model import PLACE_FEATURE_TAGS, STREET

FEATURES_FILE = Path(__file__).parent / "data" / "features.yaml"
URBAN = "城区"
_SPLIT = re.compile(r"[、,，;；/\s]+")


@dataclass(frozen=True, slots=True)
class Feature:
    """A feature a place may have (城区), the words that name it and the tagged text such a place lacks."""

    name: str
    words: tuple[str, ...]
    lacks: tuple[str, ...]
    # the tag of text only a place with this feature takes (沿海: 台风、渔船回港; 城区: 中心城区, the town's hills and
    # parks in a 森林防火 speech), or a meeting whose name says one of `named` (全市防台风工作会议); "": none (review33)
    own: str = ""
    named: tuple[str, ...] = ()
    # what to tell the user when drafting a work (topic tag) for such a place: 森林防火 for a 城区 (review33)
    notes: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FeatureTable:
    """The features table: each feature, the central districts that are 城区 without asking, the works it changes."""

    features: Mapping[str, Feature]
    central: frozenset[str]  # central urban districts: 城区 without asking
    works: tuple[str, ...]  # the works (topic tags) whose text a feature changes
    # what a 街道 lacks (its people live in 社区: no 耕地, 农房, 村级组织), unless it is said to have one of `street_has`
    # (涉农) or the meeting names one of `street_named` (全街道乡村振兴工作会议, levels34)
    street_lacks: tuple[str, ...] = ()
    street_has: tuple[str, ...] = ()
    street_named: tuple[str, ...] = ()
    # the places without a coast (lead35): whole provinces, and in a coastal province the cities not on the sea
    inland_provinces: frozenset[str] = frozenset()
    coastal_provinces: frozenset[str] = frozenset()
    coastal_cities: frozenset[str] = frozenset()
    # … and the counties (县、县级市、区) of a coastal city that are not on the sea (泰顺县 of 温州市, review36b), as 市/县
    inland_counties: frozenset[str] = frozenset()


def _strings(value: object) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


@functools.lru_cache(maxsize=1)
def load_feature_table() -> FeatureTable:
    """The features table (cached).

    Raises:
        LibraryError: the table is not well formed, or a feature lacks a tag no fragment may carry.
    """
    try:
        data = load_data_table(FEATURES_FILE)
        features = {
            str(k): Feature(
                str(k),
                (str(k), *_strings(v.get("words"))),
                _strings(v.get("lacks")),
                str(v.get("own") or ""),
                _strings(v.get("named")),
                {str(w): str(n) for w, n in (v.get("notes") or {}).items()},
            )
            for k, v in data["features"].items()
        }
        street = data.get("street") or {}
        inland = data.get("inland") or {}
        table = FeatureTable(
            features, frozenset(_strings(data.get("central"))), _strings(data.get("works")),
            _strings(street.get("lacks")), _strings(street.get("has")), _strings(street.get("named")),
            frozenset(_strings(inland.get("provinces"))), frozenset(_strings(inland.get("coastal_provinces"))),
            frozenset(_strings(inland.get("coastal_cities"))),
            frozenset(f"{city}/{county}" for city, counties in (inland.get("counties") or {}).items()
                      for county in _strings(counties)),
        )  # fmt: skip
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise LibraryError(f"地方特点表格式不正确：{exc}", path=FEATURES_FILE) from exc
    tags = (
        {t for f in features.values() for t in f.lacks}
        | {f.own for f in features.values() if f.own}
        | set(table.street_lacks)
    )
    unknown = sorted(tags - set(PLACE_FEATURE_TAGS))
    if unknown:
        raise LibraryError(f"地方特点表的 lacks 和 own 只能是 {'、'.join(PLACE_FEATURE_TAGS)}，不能是 {'、'.join(unknown)}",
                           path=FEATURES_FILE)  # fmt: skip
    return table


@functools.lru_cache(maxsize=1)
def feature_tags() -> frozenset[str]:
    """Every tag that says what a place has or lacks (城区, 水库, 山区 …): a place's, never a work's."""
    return frozenset(PLACE_FEATURE_TAGS) | frozenset(load_feature_table().features)


def _word_index() -> dict[str, str]:
    return {w: f.name for f in load_feature_table().features.values() for w in f.words}


def parse_features(value: Any) -> list[str]:
    """The features an answer names (城区、平原 or a list), as the table's names.

    Raises:
        UsageError: a word the table does not know, with the words it does.
    """
    words = value if isinstance(value, list) else _SPLIT.split(str(value or ""))
    index = _word_index()
    found: list[str] = []
    for word in (str(w).strip() for w in words):
        if not word:
            continue
        if word not in index:
            known = "、".join(load_feature_table().features)
            raise UsageError(
                f"不认识的地方特点“{word}”",
                hint=f"可以写 {known}，多个用顿号隔开，如 --set 地方特点=城区。",
            )
        if index[word] not in found:
            found.append(index[word])
    return found


def is_central(place: str) -> bool:
    """A central urban district of our table (鼓楼区, 静安区): a 城区 whatever the user says of it — also written after its
    city (南京市鼓楼区 was drafted with 乡里村里 and 各街道（镇）, review35)."""
    return _central_in(place.strip(), load_feature_table().central)


@functools.lru_cache(maxsize=256)
def _central_in(place: str, central: frozenset[str]) -> bool:
    """(Kept per place and table: a draft asks ~25 times, each a walk over the table's districts, #18)"""
    return any(place == name or (place.endswith(name) and place[: -len(name)].endswith("市"))
               for name in central)  # fmt: skip


INLAND = "内陆"
COASTAL = "沿海"


@functools.lru_cache(maxsize=256)
def is_inland(place: str, superior: str = "") -> bool:
    """Whether the gazetteer puts the place (or its superior, for a street it does not know) away from the sea: in a
    province without a coast, or in a coastal province's city not on the sea (遂昌县 in 丽水市, features.yaml `inland`), or
    a county of a coastal city that the table names (泰顺县 in 温州市). A place it cannot find, a city on the sea, another
    of its counties, a 直辖市's district or a 省直管县 is not said to be inland."""
    from drafter.gazetteer import load_gazetteer

    table = load_feature_table()
    gz = load_gazetteer()
    for name in (place.strip(), superior.strip()):
        found = gz.lookup(name) if name else []
        if len(found) != 1:
            continue
        chain = [found[0], *gz.ancestors(found[0])]
        names = [p.name for p in chain]
        if table.inland_provinces.intersection(names):
            return True
        if table.coastal_provinces.intersection(names):
            # the 地级市 (州、盟) on the way up; in a coastal one, a county of the table away from the sea
            cities = [p.name for p in chain[:-1] if p.level == "市"]
            pairs = {f"{up.name}/{p.name}" for p, up in zip(chain, chain[1:], strict=False)}
            return bool(cities) and (table.coastal_cities.isdisjoint(cities) or not table.inland_counties.isdisjoint(pairs))
        return False
    return False


def place_features(answers: Mapping[str, Any]) -> frozenset[str]:
    """The features of the answers' place: those the user gave, 城区 for a central district of the table, and 内陆 for a
    place the gazetteer puts away from the sea when the user did not say it is 沿海."""
    given = set(parse_features(answers.get("features") or ""))
    place = str(answers.get("place") or "")
    if is_central(place):
        given.add(URBAN)
    if COASTAL not in given and is_inland(place, str(answers.get("superior") or "")):
        given.add(INLAND)
    return frozenset(given)


def lacked_tags(answers: Mapping[str, Any]) -> frozenset[str]:
    """The feature tags of text this place never takes (a 城区: 水库, 山区, 林区), and those of a feature whose text
    is only for a place said to have it (its `own` tag: 沿海, 中心城区) when it is not said and the meeting does not
    name it."""
    whole = load_feature_table()
    table = whole.features
    had = place_features(answers)
    meeting = str(answers.get("meeting") or "")
    lacked = {t for name in had if name in table for t in table[name].lacks}
    lacked.update(
        f.own
        for f in table.values()
        if f.own and f.name not in had and not any(w in meeting for w in f.named)
    )
    if (
        answers.get("place_kind") == STREET
        and had.isdisjoint(whole.street_has)
        and not any(w in meeting for w in whole.street_named)
    ):  # 城关街道 has 社区, no 耕地 or 村级河湖长 (levels34)
        lacked.update(whole.street_lacks)
    return frozenset(lacked)


def features_matter(answers: Mapping[str, Any], works: set[str]) -> bool:
    """Whether to ask the place's features: a work whose text they change, none given, and no central district."""
    if answers.get("features") or is_central(str(answers.get("place") or "")):
        return False
    return bool(works.intersection(load_feature_table().works))


def feature_notes(answers: Mapping[str, Any], works: set[str]) -> tuple[str, ...]:
    """What to tell the user of a draft on `works` for this place: most text on 森林防火 is written for a place with
    林区, and a 城区 has none (features.yaml `notes`, review33)."""
    table = load_feature_table().features
    return tuple(
        table[name].notes[work]
        for name in sorted(place_features(answers))
        if name in table
        for work in sorted(works)
        if work in table[name].notes
    )
