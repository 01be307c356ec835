"""A place's own hills and waters named where the speech stands (batch 56).

燕子山畔，金鸡岭下 / 长江之滨，紫金山麓 / 坐落在美丽的镜湖之畔: a school, a town or a works opens by placing itself
between its landmarks. The names are the place's (a gazetteer knows none of them): a fragment holding one belongs
to that place. A couplet of two such phrases is trusted as it stands; a single one only after words that place
(坐落在, 位于, 地处, 美丽的…; 坐落于风景秀丽的…山麓). Hills and waters that are everyday words
(青山, 大海, 江河) are no names.
"""

from __future__ import annotations

import re

_LAND = "山岭峰江河湖溪海湾泉岛洲峡湖"
_WHERE = r"(?:之畔|之滨|之麓|之巅|脚下|畔|滨|麓|下|边|旁)"
_NAME = rf"[\u4e00-\u9fff]{{1,4}}?[{_LAND}]"
# 燕子山畔，金鸡岭下 / 长江之滨、钟山脚下: two landmark phrases side by side, each closed by a stop
_COUPLET = re.compile(
    rf"(?:^|(?<=[，,；;。！!：:、\s“”]))(?P<a>{_NAME}){_WHERE}[，,、；;]\s*(?P<b>{_NAME}){_WHERE}(?=[，,；;。！!、]|$)"
)
# 坐落在美丽的镜湖之畔，/ 地处凤凰山脚下，: one phrase after words that place the speaker's school or town
_PLACED = re.compile(
    rf"(?:(?:坐落(?:在|于)|位于|地处)(?:[^，。！？；、\s的]{{2,6}}的)?|美丽的|秀美的|巍巍的?|滔滔的?)(?P<a>[\u4e00-\u9fff]{{1,4}}?[{_LAND}]){_WHERE}(?=[，,；;。！!、]|$)"
)
# hills and waters that are words, not names
_WORDS = frozenset((
    "青山", "高山", "大山", "群山", "深山", "荒山", "冰山", "火山", "靠山", "江山", "河山", "山河", "江河", "大河", "小河",
    "大江", "长河", "星河", "银河", "大海", "四海", "湖海", "山海", "五湖", "江湖", "小溪", "清溪", "山岭", "峻岭", "山峰",
    "高峰", "顶峰", "巅峰", "险峰", "海湾", "港湾", "清泉", "温泉", "九泉", "海岛", "小岛", "绿洲", "沙洲", "山峡", "海峡",
    "金山", "银山", "书山", "学海", "题海", "人海", "火海", "云海", "林海", "花海", "苦海", "心湖", "泰山", "刀山",
))  # fmt: skip


def _name(word: str) -> str:
    word = re.sub(r"^(?:美丽的|秀美的|巍巍的?|滔滔的?|的|在|于)", "", word)
    return (
        "" if len(word) < 2 or word in _WORDS or word[0] in "一这那该每各大小其此我你他" else word
    )


def landmark_names(text: str) -> list[str]:
    """The own hills and waters `text` places itself among (燕子山, 金鸡岭), or []."""
    found = []
    for m in _COUPLET.finditer(text):
        pair = [_name(m.group("a")), _name(m.group("b"))]
        if all(pair):
            found += pair
    for m in _PLACED.finditer(text):
        if name := _name(m.group("a")):
            found.append(name)
    return list(dict.fromkeys(found))
