"""A campaign a place runs under its own quoted name: “五大战役”, “城市建设管理年”活动 (batch 62).

A district's speech opens on 深化“五大战役”及“城市建设管理年”活动: the counted battles and the theme year are the names
its city gave its own drive this year (another city runs “三大攻坚”, “项目建设提速年”). A fragment that names them is
that place's, like the “五城联创” drafter.ingest.locality already reads: tagged specific, never offered to another town.
The quotation marks and the shape of the name are the signal — a count and 大战役 / 大攻坚 / 大行动 / 大会战, or a theme
ending in 年 with 活动 after it. Plain words (开展作风建设，…；三大攻坚战 unquoted, the nation's) are left alone.
"""

from __future__ import annotations

import re

__all__ = ["campaign_names"]

# “五大战役” / “六大攻坚” / “十大行动” / “三大会战”: a counted drive in quotation marks
_COUNTED = re.compile(r"“[一二三四五六七八九十两]{1,2}大(?:战役|攻坚|行动|会战|工程|提升)”")
# “城市建设管理年”活动 / “项目建设攻坚年”行动: a theme year the place declared, named with 活动 or 行动 after it
_THEME_YEAR = re.compile(r"“[\u4e00-\u9fff]{3,10}年”(?=[^。！？，,]{0,4}(?:活动|行动))")


def campaign_names(text: str) -> list[str]:
    """The place's own quoted campaigns named in `text`."""
    if "“" not in text:
        return []
    return list(
        dict.fromkeys(m.group(0) for rx in (_COUNTED, _THEME_YEAR) for m in rx.finditer(text))
    )
