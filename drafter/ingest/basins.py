"""A local river named by its basin, where the speech tells of its waters (batch 60).

某某河流域水质… / 对某某溪流域开展综合治理 / 某某江流域生态修复: a county's speech names the basins of its own streams,
which a gazetteer does not know and no other place shares. A fragment holding one speaks of that place. The great
basins a region shares (长江流域, 黄河流域, 淮河流域) are drafter.ingest.elsewhere's; a word before 流域 that names no
river (小流域, 全流域, 各流域, 重点流域) is no name.
"""

from __future__ import annotations

import re

_BASIN = re.compile(r"(?P<name>[\u4e00-\u9fff]{1,3}[河江溪湖川])流域")
# words that come before a name, never inside one (要对某某河流域…, 把某某河流域…)
_BEFORE = re.compile(r"^.*[对在和与及的是把要将从向为以让使被了着各全该本其]")
_WIDE = frozenset(
    (
        "长江",
        "黄河",
        "淮河",
        "珠江",
        "海河",
        "辽河",
        "松花江",
        "汉江",
        "嘉陵江",
        "闽江",
        "钱塘江",
        "湘江",
        "赣江",
        "澜沧江",
        "雅鲁藏布江",
    )
)
_NOT_NAMES = frozenset(
    ("江河", "河湖", "大河", "小河", "大江", "山川", "河川", "江湖", "主河", "支河", "内河", "界河")
)


def basin_names(text: str) -> list[str]:
    """The local rivers `text` names by their basins (某某河), or []."""
    found = []
    for m in _BASIN.finditer(text):
        name = _BEFORE.sub("", m.group("name"))
        if (
            len(name) < 2
            or name in _WIDE
            or name in _NOT_NAMES
            or name[0] in "一这那该每各大小全重主本其"
        ):
            continue
        found.append(name)
    return list(dict.fromkeys(found))
