"""Places and tongues a fragment names in passing: study trips, host cities, regions, foreign countries.

The gazetteer finds a place's bare short name only where it cannot be a word
(大理 is also 大理石; 滕州 is too short to trust anywhere), so a speech that
names a place bare slips through: 到苏南四市参观考察, 会议代表在大理实地考察,
来到美丽的大理, 没有我们滕州完不成的任务. A bare name is trusted here by what
surrounds it: a trip verb before it and a trip or a count after it, or 我们
before it. Regions below a province (苏南, 湘西, 粤东西北) are not in the
gazetteer at all. Foreign countries, bilateral words (中瑞人民) and diplomatic
forms of address (驻华大使) bind a fragment to one visit; a run of English words
is a translation or a site's text, never a speech's.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from drafter.files import load_data_table
from drafter.placewords import is_word_place

# Regions below a province, named after it (苏南, 浙北, 湘西) or by custom (胶东, 关中, 陕北).
_SUB_REGIONS = (
    "苏南", "苏北", "苏中", "苏锡常", "浙北", "浙南", "浙东", "浙西", "浙东南", "皖南", "皖北", "皖江", "闽东", "闽南",
    "闽西", "闽北", "赣南", "赣西", "赣东北", "鲁西南", "鲁南", "鲁北", "鲁中", "胶东", "豫东", "豫西", "豫南", "豫北",
    "鄂西", "鄂东", "鄂西北", "湘西", "湘南", "湘东", "湘中", "粤东", "粤西", "粤北", "粤东西北", "桂北", "桂南",
    "桂西", "川南", "川东", "川西", "川北", "滇西", "滇南", "陕北", "陕南", "关中", "陇东", "晋北", "晋南", "晋东南",
    "冀中", "冀东", "冀南", "辽西", "辽南", "江浙沪",
    "两广",  # 融入两广区域经济: a region spanning two provinces, called by custom
)  # fmt: skip
_REGION = re.compile("|".join(sorted(_SUB_REGIONS, key=len, reverse=True)))
# Regions across provinces, and the river basins and projects of a region (主动融入长三角一体化发展, 抢抓南水北调东线
# 工程带来的机遇, 黄河流域生态保护): a fragment that names one speaks for a place inside it, and a county elsewhere must
# not 融入长三角. The names are no everyday words: found anywhere.
_WIDE_REGIONS = (
    "长三角", "长江三角洲", "珠三角", "珠江三角洲", "京津冀", "粤港澳大湾区", "粤港澳", "大湾区", "成渝", "长株潭", "环渤海", "北部湾",
    "黄河三角洲", "黄河流域", "长江流域", "淮河流域", "长江经济带", "淮河生态经济带", "汉江生态经济带", "南水北调",
    "中原经济区", "中原城市群", "海峡西岸", "关中平原城市群", "长江中游城市群", "皖江城市带", "雄安新区", "海南自由贸易港",
    "西部大开发", "中部崛起", "中部地区崛起", "东北振兴", "东北全面振兴", "三江源",
)  # fmt: skip
_WIDE_REGION = re.compile("|".join(sorted(_WIDE_REGIONS, key=len, reverse=True)))
# A region counts after a word break or a word that takes a place (到苏南, 和苏北), not inside a word (机关中).
_REGION_BEFORE = set("到在赴去和与及对向的是、从由自入")  # 融入苏南
# 到大理参观, 赴义乌学习考察, 会议代表在大理实地考察, 来到美丽的大理: a place visited, named bare.
# 到/去/在 take anything (推到台前，在安居、就业等方面): after them only a trip or a count trusts the name.
_TRIP = re.compile(
    r"(?:(?P<go>赴|来到|前往|走进|莅临|抵达|相聚|齐聚|汇聚|云集|会聚)|到|去|在)(?:美丽的|[\u4e00-\u9fff]{2}的)?"
    r"(?P<name>[\u4e00-\u9fff]{2,4}?)"
    r"(?:(?=实地|参观|考察|学习|调研|观摩|挂职|取经|开会|召开|举办|举行|等地|各地|一带|[两三四五六七八九十]市)"
    r"|(?(go)(?=[，。！；]|$)|(?!)))"
)
# 没有我们滕州完不成的任务, 我们大理人: the speaker's own place called bare after 我们.
_WE = re.compile(r"我们(?P<name>[\u4e00-\u9fff]{2,4})")
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z'’\-]+(?:[ ,.;:!?]{1,3}[A-Za-z][A-Za-z'’\-]*){5,}")


_ABROAD_FILE = Path(__file__).resolve().parent.parent / "data" / "abroad.yaml"


@lru_cache(maxsize=1)
def _abroad() -> dict[str, Any]:
    data: dict[str, Any] = load_data_table(_ABROAD_FILE)  # parsed once per content, like every shipped table
    return data


@lru_cache(maxsize=1)
def _country_pattern() -> re.Pattern[str]:
    names = sorted([*_abroad()["countries"], *_abroad()["cities"]], key=len, reverse=True)
    return re.compile("|".join(names))


@lru_cache(maxsize=1)
def _bilateral_pattern() -> re.Pattern[str]:
    data = _abroad()
    relations = "|".join(data["relations"])
    return re.compile(rf"中[{data['partners']}](?=(?:[、和与]中?[{data['partners']}])*(?:{relations}))")


def foreign_reasons(text: str) -> list[str]:
    """Foreign countries (瑞士), bilateral words (中瑞人民) and diplomatic forms of address (驻华大使) in `text`."""
    data = _abroad()
    found = []
    glued = data["glued"]
    for m in _country_pattern().finditer(text):
        rule = glued.get(m.group(0), {})
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < len(text) else ""
        if (before and before in rule.get("before", "")) or (after and after in rule.get("after", "")):
            continue  # 依法国有资产, 内蒙古: the name glued into another word
        found.append(f"外国（{m.group(0)}）")
    found += [f"外事（{w}）" for w in _bilateral_pattern().findall(text)]
    found += [f"外事（{w}）" for w in data["diplomatic"] if w in text]
    return list(dict.fromkeys(found))


def foreign_text(text: str) -> list[str]:
    """Runs of six or more English words (a machine translation, a site's text): never a speech's own."""
    if not re.search(r"[A-Za-z]{2}", text):
        return []
    return [f"外文（{m.group(0)[:24]}…）" for m in _LATIN_RUN.finditer(text)]


def region_names(text: str) -> list[str]:
    """Regions below a province (苏南, 湘西) and across provinces (长三角, 南水北调) named in `text`: never the speaker's
    own place word."""
    return [
        m.group(0) for m in _REGION.finditer(text)
        if m.start() == 0 or text[m.start() - 1] in _REGION_BEFORE or not "\u4e00" <= text[m.start() - 1] <= "\u9fff"
    ] + _WIDE_REGION.findall(text)  # fmt: skip


def places_by_context(text: str, lookup: Any) -> tuple[list[str], list[str]]:
    """Bare short names of places, trusted by their context: (visited, own).

    visited: a place reached on a trip or hosting a meeting (赴义乌学习, 在大理实地考察, 来到美丽的大理);
    own: the speaker's place said after 我们 (我们滕州). `lookup(name)` is the gazetteer's; only a
    name it knows as a place's short name (大理 for 大理市) counts, never an everyday word.
    """
    visited = [n for m in _TRIP.finditer(text) if (n := _known(m.group("name"), lookup))]
    own = []
    if "我们" in text:
        for m in _WE.finditer(text):
            name = m.group("name")
            if name[0] in _NOT_NAME_START:
                continue  # 我们要, 我们的, 我们一定: most 我们 are followed by a word, not a name
            hit = next((n for size in (2, 3, 4) if (n := _known(name[:size], lookup))), "")
            if hit:
                own.append(hit)
    return visited, own


_NOT_NAME_START = frozenset("的是在要都也一这那就还把对将和与及从为以所能会可应必已正更再又不没有各每全大小新老自共")


# 作为主城区的海陵服务中心城市 / 全国闻名的松滋: a place's bare short name right after 的, not followed by its suffix
# (海陵区 is said in full elsewhere, or not at all: a copy that never names its own place).
_AFTER_DE = re.compile(
    r"(?<=的)([\u4e00-\u9fff]{2})(?![省市县区州旗盟镇乡们])"
    # 清河的教育事业有着光荣的传统: …or opening a clause, right before 的
    r"|(?:^|(?<=[^\u4e00-\u9fff]))([\u4e00-\u9fff]{2})(?=的)"
)


# 特别是像林口这样的重点县: a place held up as an instance, by its bare short name.
_LIKE = re.compile(r"(?<=像)([\u4e00-\u9fff]{2})(?=这样|这种|那样|一样)")


def places_after_de(text: str, lookup: Any) -> list[str]:
    """Bare short names of places right after 的, or opening a clause right before it, or held up as an instance
    (像林口这样), that the gazetteer knows (never an everyday word)."""
    found = [n for m in _LIKE.finditer(text) if (n := _known(m.group(1), lookup))] if "像" in text else []
    if "的" not in text:
        return found
    return found + [n for m in _AFTER_DE.finditer(text) if (n := _known(m.group(1) or m.group(2), lookup))]


@lru_cache(maxsize=4096)
def _known(name: str, lookup: Any) -> str:
    if len(name) < 2 or is_word_place(name):  # 在和平年代, 到永安来: an everyday word, whatever the gazetteer says
        return ""
    try:
        places = list(lookup(name) or ())
    except Exception:  # noqa: BLE001 - an optional helper must never break ingest
        return ""
    return name if any(getattr(p, "short", "") == name for p in places) else ""
