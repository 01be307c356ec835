"""What binds a fragment to its own place when no figure, full place name or person is in it (batch 47's leaks).

Four kinds of words give a speech's own place away without the gazetteer's full name or a digit:

- its population in words (凝聚三十万人民的共识, 全县六十万人民, 百万市民): a figure joined to the people it counts;
- its short name where that is also a common word or names two places (滨海 of 滨海县 and 滨海新区), said as the
  place itself: 展现滨海人的新作风, 十多年来，滨海从一片荒滩……, 谱写滨海高质量发展的新篇章, 就是在滨海加快……进程;
- a project or institution it names as its own strategy (以建设……发展中心为战略牵引) or by a long proper name
  (竹编工艺传承和文创发展中心, 智能装备与新材料产业园);
- a street or road under construction or in a ceremony (和平路东段, 解放大道开工仪式, 中山街改造工程).

`own_stake_reasons` lists them as drafter.ingest.params lists its reasons, so that the fragment is tagged specific.
"""

from __future__ import annotations

import re
from typing import Any

# 四十万人民, 六十多万群众, 百万市民, 二十余万各族群众 (not 亿万人民, 十四亿人民: the nation's people, any speech's;
# not 几十万人民, 数十万群众: no figure)
_POPULATION = re.compile(
    r"(?<![亿万几数上近成])[一二两三四五六七八九十百千]+万(?:多|余)?名?(?:各族)?"
    r"(?:人民|群众|市民|居民|农民|村民|干部群众|父老乡亲|儿女|百姓|老乡|乡亲|人口)"
)

# The short name (@) said as the place itself: its people's new style, its history as the subject, its growth.
_OWN_FRAMES = re.compile(
    r"@人的(?:新)?(?:作风|气象|形象|精神|风采|担当|面貌|风貌|志气|干劲|作为)"
    r"|(?:多年来|年来|以来|这些年)[，,]\s*@(?:从|由|已经|已|始终|坚持|一步步|一路)"
    r"|谱写@|@(?:的)?高质量发展"
    # 就是在@加快工业化、城市化进程 / 要在@推进新型工业化: the place as where the speaker's own drive is to run
    r"|在@(?:加快|推进|掀起|实现|打造)"
)
_NAME_BEFORE = re.compile(r"([\u4e00-\u9fff]{2})(?=人的|(?:的)?高质量发展)")
_NAME_AFTER = re.compile(
    r"(?:(?:多年来|年来|以来|这些年)[，,]\s*|谱写)([\u4e00-\u9fff]{2})|在([\u4e00-\u9fff]{2})(?=加快|推进|掀起|实现|打造)"
)

# 以建设……发展中心为战略牵引: a project the place makes its strategy. 竹编工艺传承和文创发展中心: a long proper name.
# (中心工作, 中心任务: the work at the centre, no institution)
_PROJECT_WORDS = (
    r"(?:发展中心|中心(?!工作|任务|环节|城)|产业园区?|示范区|示范园|园区|基地|新城|片区|走廊|枢纽)"
)
_STRATEGY = re.compile(
    rf"以(?:建设|打造|创建|争创|推进|建成)(?P<name>[^，。；：、“”！？]{{4,30}}?{_PROJECT_WORDS})"
    r"为(?P<strategy>战略)?(?:总|核心|主要)?(?:牵引|引领|抓手|龙头|突破口|支点|统领|主线)"
)
_NAMED_PROJECT = re.compile(
    rf"(?:建设|打造|创建|争创|推进|建成|加快|依托|围绕)(?P<name>[^，。；：、“”！？的]{{4,30}}?{_PROJECT_WORDS})"
)
# A programme every place joins (国家现代农业产业园, 新时代文明实践中心), not one place's own project.
_PROGRAMME_START = (
    "国家",
    "全国",
    "省级",
    "市级",
    "县级",
    "一批",
    "各类",
    "各级",
    "一个",
    "一批批",
)

# 和平路东段, 解放大道延伸段 (a segment is a named road's), and a road in a ceremony's or a works' text.
_ROAD = re.compile(
    r"([\u4e00-\u9fff]{2,6}?(?:路|大道|大街|街))(?=[东西南北中]段|延伸段|延长线|、|改造|拓宽|提升|综合整治|工程|项目|开工|竣工|通车|建设)"
)
# 东关街一带 / 解放路沿线 / 人民路两侧: a named street as the stretch of town where something is, after a word's boundary
_ROAD_PLACE = re.compile(
    r"(?:(?<=[^\u4e00-\u9fff])|(?<=[在到从和与及的是对将把沿]))(?![在到从与及的是对将把沿])(?=([\u4e00-\u9fff]{2,4}?(?:路|大道|大街|街))"
    r"(?:一带|沿线|两侧|两旁|周边|片区|附近|沿街|路口|交叉口))"
)  # (a lookahead, so each start is tried: 要把和平大街周边 finds 和平大街 after 要把和平大街 was refused)
_CEREMONY = re.compile(r"仪式|开工|竣工|通车|奠基|剪彩")
_SEGMENT = re.compile(r"[东西南北中]段|延伸段|延长线")
_ROAD_LEAD = re.compile(r"^(?:举行|隆重|这里|实施|启动|推进|加快|完成|开展|开工|的|在|了|把)+")
# Kinds of roads and streets (道路, 农村公路, 断头路, 产业路, 步行街, 背街), not one road's name.
_ROAD_KINDS = (
    "道路", "公路", "铁路", "线路", "马路", "思路", "出路", "网路", "水路", "通路", "门路", "小路", "大路", "新路", "老路", "支路",
    "头路", "产业路", "旅游路", "资源路", "致富路", "扶贫路", "干路", "背街", "小街", "商业街", "步行街", "老街", "一路",
    "主干道", "康庄大道", "大街小巷", "条路", "段路", "村路", "组路", "户路", "巷路", "走路", "之路", "道路", "快速路", "环路",
)  # fmt: skip


# 群众越需要路通车畅, 修好致富路: words of a sentence before 路, not a road's name
_NOT_ROAD_NAME = re.compile(r"[要需越修走铺通让把被给就都也还再很更最]")


def own_stake_reasons(text: str, lookup: Any = None) -> list[str]:
    """Why `text` speaks of its own place in one of the four ways above (empty when it does not).

    `lookup` is the gazetteer's (name → places); without it the short-name frames are not read.
    """
    found = [f"人口（{m.group(0)}）" for m in _POPULATION.finditer(text)] if "万" in text else []
    found += [f"本地地名简称（{name}）" for name in _own_short_names(text, lookup)]
    found += [f"本地项目（{name}）" for name in _own_projects(text)]
    found += [f"路名（{name}）" for name in _road_names(text)]
    return list(dict.fromkeys(found))


def _own_short_names(text: str, lookup: Any) -> list[str]:
    if lookup is None:
        return []
    stems = [m.group(1) for m in _NAME_BEFORE.finditer(text)] + [
        m.group(1) or m.group(2) for m in _NAME_AFTER.finditer(text)
    ]
    found = []
    for stem in dict.fromkeys(stems):
        if _OWN_FRAMES.search(text.replace(stem, "@")) and _is_short_name(stem, lookup):
            found.append(stem)
    return found


def _is_short_name(stem: str, lookup: Any) -> bool:
    try:
        places = list(lookup(stem) or ())
    except Exception:  # noqa: BLE001 - an optional helper must never break ingest
        return False
    return any(getattr(p, "short", "") == stem for p in places)


def _own_projects(text: str) -> list[str]:
    found = [
        m.group("name")
        for m in _STRATEGY.finditer(text)
        if m.group("strategy") or _proper_name(m.group("name"))
    ]
    found += [
        name
        for m in _NAMED_PROJECT.finditer(text)
        if _proper_name(name := _VERB_LEAD.sub("", m.group("name")))
    ]
    return found


# 依托龙头企业和园区建设中试基地, 围绕党中央决策部署和…中心: a clause (a verb or a placeholder inside), not one name
_CLAUSE_WORDS = re.compile(r"建设|打造|推进|部署|决策|[{}]")
_VERB_LEAD = re.compile(r"^(?:建设|打造|创建|争创|推进|建成|加快|依托|围绕|好)+")
_FACILITY_END = re.compile(_PROJECT_WORDS + r"$|[园区站所馆室院场厅台点城港校网]$")


def _proper_name(name: str) -> bool:
    """竹编工艺传承和文创发展中心: one project named by the two things it joins (not a list of two kinds of project,
    国家现代农业产业园和农业科技园区, nor a programme every place joins)."""
    if len(name) < 10 or name.startswith(_PROGRAMME_START) or _CLAUSE_WORDS.search(name):
        return False
    parts = re.split(r"[和与及]", name)
    # (网格化管理和综治中心: a way of working and a kind of office, the second too short to be named)
    return (
        len(parts) > 1
        and len(parts[-1]) >= 6
        and not any(_FACILITY_END.search(part) for part in parts[:-1])
    )


def _road_names(text: str) -> list[str]:
    if not any(c in text for c in "路街道"):
        return []
    ceremony = bool(_CEREMONY.search(text))
    found = []
    for m in _ROAD.finditer(text):
        name = _ROAD_LEAD.sub("", m.group(1))  # 隆重举行和平路: the words before the name
        after = text[m.end() : m.end() + 3]
        if (
            not 3 <= len(name) <= 6
            or name.endswith(_ROAD_KINDS)
            or name[0] in "各每该这那一全多条"
            or _NOT_ROAD_NAME.search(name)
        ):
            continue
        if ceremony or _SEGMENT.match(after):
            found.append(name)
    for m in _ROAD_PLACE.finditer("\n" + text):  # 老城区、东关街一带的背街小巷: a named street as the place where (split48)
        name = m.group(1)
        if any(f.endswith(name) for f in found):
            continue  # (平大街 inside 和平大街, found from the start before it)
        if not name.endswith(_ROAD_KINDS) and name[0] not in "各每该这那一全多条" and not _NOT_ROAD_NAME.search(name):
            found.append(name)
    return list(dict.fromkeys(found))
