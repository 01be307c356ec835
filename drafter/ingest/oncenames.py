"""Names a speech says once, with nothing around them that says they are names (leak51, issue #13).

A speech that names no place may still name its own hospital or a spot of its own county once: 为人民医院的发展… (the
county's hospital by the name every county's has, said without 县), 大家在青螺湾畔… (a bay of the county that jieba's
dictionary knows as a place and no gazetteer does). A clerk of another county who draws either fragment names a body
or a place he is not. Each is found by its shape alone, so the fragment is tagged `specific`
(drafter.ingest.entities lists the reasons).
"""

from __future__ import annotations

import re
from functools import lru_cache

# 为人民医院的发展, 感谢中心医院: the place's own hospital by the name that makes it the one of its place (as 县人民医院;
# not 各级人民医院, 二级以上人民医院, 区域中心医院: kinds)
_BARE_HOSPITAL = re.compile(r"(?<![各级所些家批每多两几类上域型性等])(?:第[一二三四五六]?)?(?:人民医院|中心医院)")

# What a spot of a county ends in: its hill, water, shore, crossing, quarter or temple (中青班 of jieba's places is a class,
# 哥德堡 a city abroad; a suffix the gazetteer and drafter.ingest.entities read, 县市区镇乡村, is theirs)
_SPOT_TAILS = tuple("山河湖港岛湾桥寺江口岭洲关海门峰洞泉园庄坡塘沟溪滩堡屯营寨店路街坪岗峪洼坝渡堰垭畈圩埠坳岔窑亭阁宫庙庵观城")
# 井冈山精神, 西柏坡精神: a place of the nation's history said for what it stands for, not as a spot of the county
_NOT_AFTER_PLACE = re.compile(r"精神|时期|会议|道路|之路|经验|模式")


@lru_cache(maxsize=1)
def _rare_places() -> frozenset[str]:
    """Three-character places jieba's dictionary holds and rarely uses, ending as a spot of a county does (a bay, a hill)."""
    from drafter.ingest.ownbodies import _dictionary

    return frozenset(
        w for w, (freq, tag) in _dictionary().items() if tag == "ns" and len(w) == 3 and freq < 30 and w.endswith(_SPOT_TAILS)
    )


def _known_place(word: str) -> bool:
    try:
        from drafter import gazetteer
    except ImportError:
        return False
    try:
        return bool(gazetteer.lookup(word))
    except Exception:  # noqa: BLE001 - an optional helper must never break ingest
        return False


def rare_places(text: str) -> list[str]:
    """Places of three characters jieba knows as places and rarely uses, standing as words of their own in `text`."""
    from drafter.ingest.ownbodies import _stands

    places = _rare_places()
    if not places:
        return []
    found = []
    for i in range(len(text) - 2):
        word = text[i : i + 3]
        if word in places and not _NOT_AFTER_PLACE.match(text, i + 3) and _stands(text, i, i + 3) and not _known_place(word):
            found.append(word)
    return found


def once_name_reasons(text: str) -> list[str]:
    """Why `text` names its own hospital or a spot of its county once (empty when it names none)."""
    reasons = [f"本地单位（{m}）" for m in dict.fromkeys(_BARE_HOSPITAL.findall(text))] if "医院" in text else []
    reasons += [f"本地地名（{p}）" for p in dict.fromkeys(rare_places(text))]
    return reasons
