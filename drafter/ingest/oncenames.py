"""Names a speech says once, with nothing around them that says they are names (leak51, issue #13).

A speech that names no place may still name its own hospital, school or a spot of its own county once: 为人民医院的发展…
(the county's hospital by the name every county's has, said without 县), 七里湖畔的民宿… (a spot of the county that
jieba's dictionary knows as a place and no gazetteer does), 一名澄川的教师 (the speaker's school by a name no dictionary
holds, as the owner of the people it speaks to). A clerk of another county who draws either fragment names a body
or a place he is not. Each is found by its shape alone, so the fragment is tagged `specific`
(drafter.ingest.entities lists the reasons).
"""

from __future__ import annotations

import re
from functools import lru_cache

# 为人民医院的发展, 感谢中心医院的支持, 向中医院全体职工致敬, 在中心学校的操场上: the place's own hospital or school by the
# name that makes it the one of its place, as 县人民医院 is, said as the owner of what the speech is about or the people
# it speaks to (not 各级人民医院, 区域中心医院, 办好一所特殊教育学校: kinds; nor 公办幼儿园、中小学要…，人民医院要做好防疫:
# a county's list of who does what, every place's)
_BARE_HOSPITAL = re.compile(
    r"(?<![各级所些家批每多两几类上域型性等])(?:第[一二三四五六]?)?"
    r"(?:人民医院|中心医院|中医院(?!校)|中医医院|妇幼保健院|教师进修学校|进修学校|职教中心|特殊教育学校|民族中学|中心学校|中心小学"
    r"|中心幼儿园)(?=的|全体|广大|各位|工作|发展|建设|职工|员工|师生|建院|建校|院庆|校庆)"
)
# (县职业中学, 区体校: the place's one school of a kind after its level is drafter.ingest.ownnames' _OWN_EXPERIMENTAL)

# 一名澄川的教师, 新加入岚溪的各位老师, 为了溪小的发展: a name no dictionary holds (or holds as a rare place or person)
# as the owner of the people the speech speaks to, or of their growth and future — the speaker's school, firm or place
_OWNER_OF = re.compile(
    r"(?=(?P<name>[\u4e00-\u9fff]{2,3})的(?:一员|一分子|一份子|教师|老师|学生|学子|员工|职工|师生|全体|各位|孩子|同学|干部"
    r"|家人|大家庭|校园|明天|未来|发展))"
)

# 新加入新苗双语的各位老师: a name of four characters, two rare words of jieba's that no dictionary holds together (a
# school's or a programme's), as the owner of the people the speech speaks to (leak52: each half is a word, so the
# three-character reading above finds only a word inside it)
_OWNER_OF_FOUR = re.compile(
    r"(?=(?P<name>[\u4e00-\u9fff]{4})的(?:一员|一分子|教师|老师|学生|学子|员工|职工|师生|全体|各位|孩子|同学|干部|家人|大家庭"
    r"|校园|明天|未来|发展))"
)
# 从岚中出去的各位同学 / 从某某走出来的学子: the speaker's school by a name no dictionary holds, as where its people come
# from (leak52)
_FROM_OWN = re.compile(
    r"从(?P<name>[\u4e00-\u9fff]{2,3}?)(?:走)?出(?:去|来)的(?=各位|每一位|每一个|同学|学子|学生|毕业生|校友|孩子|青年|人才)"
)
# a half of a four-character name rare enough to be a name's (新苗, 心系, 双语), not a word every speech says (学校, 城区)
_RARE_HALF = 300

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


def owners(text: str) -> list[str]:
    """Names standing as the owner of the speech's people or future (see _OWNER_OF), as found."""
    from drafter.ingest.ownbodies import (
        _NAME_TAGS,
        _NOT_IN,
        _NOT_START,
        _dictionary,
        _simplified,
        _stands,
    )

    words = _dictionary()
    found = []
    for m in _OWNER_OF.finditer(text):
        name = _simplified(m.group("name"))
        if name[0] in _NOT_START or set(name) & _NOT_IN:
            continue
        freq, tag = words.get(name, (0, ""))
        if freq and not (tag in _NAME_TAGS and freq < 30):
            continue  # 敬爱的老师们, 教书育人的老师们: words (旬阳: a rare place jieba holds, a name)
        if len(name) == 3 and (name[:2] in words or name[1:] in words):
            continue  # 有更多的同学, 使贵院的发展: a word inside it
        if m.start() == 0 or text[m.start() - 1] == "\n":
            continue  # 尊敬的各位老师 misread (苯敬的各位): a salutation opens its line, a name owning people does not
        if _stands(text, m.start(), m.start() + len(name)):
            found.append(name)
    for m in _OWNER_OF_FOUR.finditer(text):
        name = _simplified(m.group("name"))
        if name in words or name[0] in _NOT_START or set(name) & _NOT_IN or name in found:
            continue
        halves = [words.get(name[:2], (0, "")), words.get(name[2:], (0, ""))]
        rare = all(0 < f <= _RARE_HALF and t[:1] not in ("v", "a", "d", "r", "m", "q", "p", "c", "u") for f, t in halves)
        if rare and m.start() and text[m.start() - 1] != "\n" and _stands(text, m.start(), m.start() + 4):
            found.append(name)
    for m in _FROM_OWN.finditer(text) if "出" in text else ():
        name = _simplified(m.group("name"))
        freq, tag = words.get(name, (0, ""))
        if name[0] in _NOT_START or set(name) & _NOT_IN or name in found:
            continue
        if not freq or (tag in _NAME_TAGS and freq < 30):
            found.append(name)  # (从学校走出去的, 从大山走出来的: words)
    return found


def once_name_reasons(text: str) -> list[str]:
    """Why `text` names its own hospital, school or firm or a spot of its county once (empty when it names none)."""
    reasons = [f"本地单位（{m}）" for m in dict.fromkeys(_BARE_HOSPITAL.findall(text))] if "院" in text or "校" in text or "中" in text else []
    reasons += [f"本地地名（{p}）" for p in dict.fromkeys(rare_places(text))]
    reasons += [f"本地名称（{n}）" for n in dict.fromkeys(owners(text))] if "的" in text else []
    return reasons
