"""The great regions of the country named as the ground a speech speaks for (batch 56).

中南各省的工会工作 / 党在中南工人中已建立了初步基础 / 西北五省区的治沙工作 / 华东地区的兄弟单位: 华北, 东北, 华东,
中南, 西南, 西北, 华南, 华中 — the old 大区 and the regions of today's planning — before the provinces, people or works
in them are a place, and a fragment that names one speaks for a place inside it (a county elsewhere is in none of them).
As a compass word (西北方向, 东南风, 西北风) or inside a word (东北虎, 华东师范大学) they are no place here.
"""

from __future__ import annotations

import re

_REGIONS = "华北|东北|华东|中南|西南|西北|华南|华中"
_STRONG = r"各省|各地|各市|地区|大区|[二三四五六七八九两]省|一带|片区"  # 支援西北地区建设: a region's own words, after any word
_GREAT_REGION = re.compile(
    rf"(?P<name>{_REGIONS})(?={_STRONG})"
    rf"|(?:^|(?<=[^\u4e00-\u9fff])|(?<=[在和与的全对到是及从由向赴为自于]))(?P<bare>{_REGIONS})"
    r"(?=各族|区(?!域)|局|军区|人民|工人|农民|群众|干部|城乡|城市|农村|的(?:工人|农民|群众|干部|各省))"
)


def great_region_names(text: str) -> list[str]:
    """The great regions (中南, 西北) `text` names as the ground it speaks for, or []."""
    return list(
        dict.fromkeys(m.group("name") or m.group("bare") for m in _GREAT_REGION.finditer(text))
    )
