"""What a ceremony opens, and a named office's whole staff greeted (split42, batch 63).

今天，我们在这里隆重举行某某茶城开业庆典仪式 / 向某某茶城的隆重开业表示热烈的祝贺 / 茶城的建成…: a 致辞 or a host's
script at an opening, a ground-breaking or a completion names the one thing the ceremony is for — a market, a park, a
hall, a road. That name binds every line that says it to that day (not only the line that says 开业庆典): the speech's
own names (`ceremony_names`), as a school's short name is. A generic object (举行重大项目集中开工仪式, 项目, 工程) names
nothing of its own: the name must end on a thing's own word (城, 园, 馆, 中心, 广场, 市场, 大厦, 酒店, 路, 桥 …) with
something before it.

参加今天仪式的还有…有关部门和住建局全体同志: a host greeting a named office's whole staff (住建局全体同志, 交通运输局全体
干部职工) speaks to that office on that day (`greeted_staff`); 县直各部门全体同志, 我局全体干部 name no other office.
"""

from __future__ import annotations

import re

_CEREMONY = (
    r"(?:开业|開業|开工|開工|竣工|揭牌|奠基|落成|开园|開園|开馆|開館|开街|開街|通车|通車|投产|投產|启用|啟用)"
    r"(?:庆典|慶典|仪式|儀式|典礼|典禮)(?:仪式|儀式)?"
)
_THING = (
    r"(?:城|园|園|园区|園區|馆|館|中心|广场|廣場|市场|市場|商场|商場|大厦|大廈|大楼|大樓|酒店|宾馆|賓館|超市|路|大道|大桥|大橋|桥|橋"
    r"|站|港|小区|小區|街|基地|工厂|工廠)"
)
# 举行某某茶城开业庆典仪式 / 举办**广场落成典礼 / 向**茶城的隆重开业表示…祝贺 (a placeholder may stand for the name's head)
_OPENED = re.compile(
    rf"(?:举行|舉行|举办|舉辦|参加|參加|出席|见证|見證)(?:隆重的)?(?:\*+|某某|XX|xx|××)?([\u4e00-\u9fff]{{1,6}}?{_THING}){_CEREMONY}"
    rf"|向(?:\*+|某某|XX|xx|××)?([\u4e00-\u9fff]{{1,6}}?{_THING})的(?:隆重|顺利|順利|盛大)?"
    r"(?:开业|開業|开工|開工|竣工|落成|开园|開園|开馆|開館|通车|通車|投产|投產)"
)
# (what stands before the thing's word is no name: 全县, 这个, 新建)
_NOT_NAME_HEAD = re.compile(r"^(?:全|本|该|該|这|這|那|各|新|我|此|整个|整個|项目|項目|工程)")


def ceremony_names(text: str) -> tuple[str, ...]:
    """The names of what the ceremonies in `text` open (茶城 of 举行某某茶城开业庆典仪式)."""
    found = []
    for m in _OPENED.finditer(text):
        name = m.group(1) or m.group(2)
        if name and not _NOT_NAME_HEAD.match(name) and not re.fullmatch(_THING, name):
            found.append(name)
    return tuple(dict.fromkeys(found))


# 住建局全体同志 / 交通运输局全体干部职工 / 供电公司全体员工: a named office's whole staff
_STAFF = re.compile(
    r"(?:(?<=^)|(?<=[^\u4e00-\u9fff])|(?<=[和与及同向对给谢]))([\u4e00-\u9fff]{2,5}?(?:局|委|办|公司|中心|所|站))全[体體](?:同志|干部职工|幹部職工|干部|幹部|职工|職工|员工|員工|党员|黨員|工作人员|工作人員|干警|幹警)"
)
_NOT_OFFICE = re.compile(
    r"^(?:[县縣市区區镇鎮乡鄉]直|各|有关|有關|相关|相關|全|本|我|机关|機關|部门|部門|单位|單位)"
)


def greeted_staff(text: str) -> list[str]:
    """The named offices whose whole staff `text` greets or thanks (住建局 of 住建局全体同志)."""
    if "全体" not in text and "全體" not in text:
        return []
    names = [m.group(1).lstrip("和与及同向对给谢") for m in _STAFF.finditer(text)]
    return [n for n in dict.fromkeys(names) if len(n) >= 3 and not _NOT_OFFICE.match(n)]
