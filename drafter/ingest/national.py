"""A national meeting's own scope word: 全国 is what 全省/全市/全县 are at other levels (batch 51).

The renderer has no national level (国家 is only the level above a province), so 全国 in a national
speech cannot become {{ scope }}: a fragment that says it is bound to its source and stays specific.
A speech is national when its title names 全国 as the meeting's own scope (全国政协…闭幕会, 全国…表彰大会,
全國人大…會議) and names no lower scope of its own (全县, 区委, 我市, XX县); 创建全国文明城市 in a city's
title is a goal the city works for, not its level.
"""

from __future__ import annotations

import re

_NATIONAL = re.compile(r"全[国國]")
# 全县, 全市, 區委, 我县, XX县, 某区: the title's own lower scope; 县委书记 / 区长 as the speaker's office
_LOWER_SCOPE = re.compile(
    r"全[省市县縣区區乡鄉镇鎮旗州盟]|[省市县縣区區乡鄉镇鎮旗州盟]委|[省市县縣区區乡鄉镇鎮]长|[省市县縣区區乡鄉镇鎮](?:政府|人大|政协|政協)"
    r"|我[省市县縣区區乡鄉镇鎮]|(?:[xX×＊*]{1,4}|某{1,3})[省市县縣区區乡鄉镇鎮]|街道"
)
# 创建全国文明城市 / 全国文明城市创建 / 迎接全国卫生城市复审: an honour a place works for, not who meets
_HONOUR_SOUGHT = re.compile(r"创建|創建|争创|爭創|巩固|鞏固|迎接|复审|複審|复查|複查|测评|測評|申报|申報")


def is_national_title(title: str) -> bool:
    """Whether a speech's title names a national meeting of its own (全国政协十一届一次会议闭幕会上的讲话)."""
    return bool(_NATIONAL.search(title)) and not _LOWER_SCOPE.search(title) and not _HONOUR_SOUGHT.search(title)


def national_reasons(text: str, national: bool) -> list[str]:
    """Why `text` of a national speech stays specific: it says 全国, the national level's own scope word."""
    if not national:
        return []
    plain = re.sub(r"\{\{.*?\}\}", "", text)
    return [f"全国层级的用语（{w}）" for w in dict.fromkeys(_NATIONAL.findall(plain))]
