"""Who is speaking (place49): one reading of the speaker's own place and level, and a question on whatever disagrees.

The rules of places.py each look at one slot (实现X高质量发展, X人民, 为建设美丽X而奋斗) and say nothing elsewhere; a
clerk copying a speech leaves another place's name or another level's word anywhere a sentence names the place it
speaks for. This module reads the speech once as a reviewer would: its own level (ctx.level, read from the title, the
bodies it speaks for and its dominant 全X/我X), its own place (given, inferred, or the place of that tier the text names
clearly most), and then asks about

- every other place of the own tier (another county in a county's speech, another city in a city's), and with a
  known own place every sibling named bare (巫溪 beside 巫山), wherever it stands — unless the sentence says the place is
  somewhere else in one of the ways a clerk would state in a sentence: a study trip or a visit, history, a disaster or
  an accident, a partner (对口, 协作), a superior's meeting or document, a comparison or a ranking, where people or
  goods come from or go to, an office someone holds there, a firm, a road or a school named after it;
- every own-only word of another level (我市, 全市上下, 全市人民 in a county's speech) once the level is known.

Each is a warning (请核对：…): the speaker may really mean it, and only the user knows. The error rules of places.py
stay as they are; a spot one of them already reported is not asked about again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from drafter.check import lazyre as re
from drafter.check.context import SpeechContext, headline_town
from drafter.check.places import (
    _CLAUSE_END,
    _ELSEWHERE_CLAUSE,
    _READ_AROUND,
    _TOWN_NOUNS,
    _WAS_COUNTY,
    _clause,
    _own_town,
    _places_in,
    elsewhere,
    lines_in,
    own_name_suffixed,
    town_name_at,
)
from drafter.findings import Finding, Severity
from drafter.placewords import is_word_place
from drafter.text import most_common

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

WARNING = Severity.WARNING

_COUNTY_TIER = frozenset({"县", "区", "旗"})
_CITY_TIER = frozenset({"市", "州", "盟"})


def _tier(level: str | None) -> str | None:
    return "county" if level in _COUNTY_TIER else "city" if level in _CITY_TIER else None


def _place_tier(p: Any) -> str | None:
    if p.kind == "县级市" or p.level in _COUNTY_TIER:
        return "county"
    if p.level in _CITY_TIER:
        return "city"
    return None


# The sentence around an own-only word of another level that relays someone else's words (总结了我省…成就 in a report of
# the governor's speech) or names a document (《致全县人民的一封信》).
_RELAYED_SENTENCE = re.compile(r"讲话|指出|强调|传达|指示|批示|参观|考察|《[^》]*$")
_SENTENCE_END = re.compile(r"[。；;！？!?]")
_BODIES = re.compile(r"[省市县区乡镇](?:委|人民政府|政府|人大|政协)")
# 今天召开, 这次召开, 我们在这里召开: the meeting the speaker is at; a convener named or a time past (省委召开, 日前召开)
# tells another's
_TODAYS_MEETING = re.compile(r"(?:今天|今日|这次|本次|此次|我们|在这里)[^，。；！？]{0,6}(?:召开|举行)(?:这次|本次|此次)?$")
# A page's by-line (来源：梓潼县融媒体中心, 作者：…): the site's, not the speaker's
_BYLINE = re.compile(r"(?:来源|作者|编辑|责编|责任编辑|发布时间|发布日期|供稿|摄影)\s*[:：]")
# 易门县召开了…座谈会: the place that holds the meeting a report tells of is the one the report is about
_HOLDS = re.compile(
    r"(?:党?委|人民政府|政府)?(?:于[^，。；]{0,12})?(?:隆重)?(?:召开|举行|举办)|第[一二三四五六七八九十\d]{1,4}[届次]"
)
# 杭州市萧山区信息港小学: a school, a hospital or a firm named after its place
_NAMED_AFTER = re.compile(r"[^，。；！？、]{0,8}?(?:小学|中学|学校|职校|职中|技校|幼儿园|医院|公司|集团|银行|大学|学院)")
_TOWN_AFTER = re.compile(r"(?![城各全乡镇村])[\u4e00-\u9fff]{2,3}?(?:镇|乡|街道)(?![村镇长党政委人级干])")
_NAMED_AFTER_FAR = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:小学|中学|学校|幼儿园|医院|公司|集团|银行|大学|学院|合作社|驾校)")
# 贯彻落实全市妇女儿童工作会议精神: a meeting of that scope, the superior's, and what it said
_ITS_MEETING = re.compile(r"[^，,。；;！？!?]{0,16}?(?:会议|大会|会)(?:精神|部署|要求)?|[^，,。；;！？!?]{0,16}?(?:精神|部署|文件)")


def _sentence(line: str, start: int, end: int) -> str:
    """The sentence a spot stands in; where no mark at all (not even a comma) stands near it, the words around it."""
    a = max((m.end() for m in _SENTENCE_END.finditer(line, 0, start)), default=0)
    b = _SENTENCE_END.search(line, end)
    far = 2 * _READ_AROUND
    if not _CLAUSE_END.search(line, max(0, start - far), start):
        a = max(a, start - _READ_AROUND)
    if not _CLAUSE_END.search(line, end, end + far):
        b = _SENTENCE_END.search(line, end, end + _READ_AROUND)
        return line[a : b.start() if b else min(len(line), end + _READ_AROUND)]
    return line[a : b.start() if b else len(line)]


# A bare short name where the text speaks of its own place (X人民, 全X上下, X的发展, 为建设X而…): the slots a copying
# clerk leaves another place's name in; X的 only before what a place has (执政兴国的第一要务 and 真金白银的投入 are
# words, lead49). The name is looked up in the gazetteer and kept only when a place of the own tier has it as its short
# name and it is no everyday word (和平, 东方).
_BARE_OWN = re.compile(
    r"(?=(?P<n>[\u4e00-\u9fff]{2})"
    r"(?:人民|上下|大地|儿女|父老|干部|群众|各[级族界项条行]|广大|经济|社会|发展|城乡|县域|城区|全域|全[县区市]|"
    r"的(?:发展|经济|未来|明天|面貌|变化|人民|群众|干部|父老|乡亲|名片|品牌|事业|工作|高质量)|有行动|有作为|高质量|改革|脱贫|乡村|教育|卫生|工业|农业|文化|旅游|交通|生态|"
    r"关工委|妇联|团委|共青团|总工会|残联|团员|青年|妇女|职工|劳动模范|劳模|教职员工|"
    r"[，,]\s*(?:经济|各项|社会|发展|干部|人民|群众|上下|正处于|正在|已经)))"
)


def _glued(line: str, start: int) -> bool:
    """The character before a bare name makes a word with its first (党政和教育: 政和 is no place there)."""
    if start == 0 or not "\u4e00" <= line[start - 1] <= "\u9fff":
        return False
    from drafter.check.lines import _COMMON, _dictionary, _is_word

    return _is_word(_dictionary(), line[start - 1 : start + 1], _COMMON)


def _in_word(line: str, start: int, end: int) -> bool:
    """A bare name read inside the words around it: glued to the character before (东南和: 东南), or inside a word of
    three or four characters the dictionary holds (真金白银, 科教兴国) — the name is then no place."""
    if _glued(line, start):
        return True
    from drafter.check.lines import _dictionary, _is_word

    words = _dictionary()
    for size in (3, 4):
        for first in range(max(0, end - size), min(start, len(line) - size) + 1):
            if first + size >= end and _is_word(words, line[first : first + size], 1):
                return True
    return False


# jieba's tags of everyday words (noun, verb, adjective, adverb, place word, time word, locality …), not of names
_EVERYDAY_TAGS = ("n", "v*", "a*", "d", "s", "t", "f", "c", "p")


def _everyday(name: str) -> bool:
    """A short name the dictionary knows as an everyday word, not a name (会同 n: 要会同民政部门; 通道 v; 合作 vn): read
    bare, it is the word. 巫溪 nr, 南通 nz, 如东 ns stay names."""
    from drafter.gazetteer import load_gazetteer

    # jieba's tag of each place's short name, read when the gazetteer is built (asking the dictionary here read its
    # ~5 MB for every name a check met, #18); a name that is no place's short name answers False: no place is found for it
    tag = load_gazetteer().word_tag(name)
    return any(tag.startswith(t[:-1]) if t.endswith("*") else tag == t for t in _EVERYDAY_TAGS)


def _bare_own(gz: Any, line: str, taken: set[int], tier: str | None) -> list[tuple[int, int, list[Any]]]:
    hits = []
    for m in _BARE_OWN.finditer(line):
        start, end, name = m.start("n"), m.end("n"), m.group("n")
        if start in taken or is_word_place(name) or name[0] in "全我本各该这此其":
            continue
        places = [p for p in gz.lookup(name) if p.short == name and p.former_year is None
                  and (tier is None or _place_tier(p) == tier)]  # fmt: skip
        # the dictionary only for a name that is some place's short name (召开 is none: no dictionary is read)
        if places and not _in_word(line, start, end) and not _everyday(name):
            hits.append((start, end, places))
    return hits


def _sibling_names(gz: Any, ctx: SpeechContext, tier: str) -> Any:
    """A pattern of the bare short names of the own place's siblings (the other places of its tier under its parent),
    none an everyday word; None when the own place is not known at its tier."""
    own = [p for p in ctx.places if _place_tier(p) == tier]
    names: dict[str, list[Any]] = {}
    for p in own:
        up = gz.ancestors(p)
        for q in gz.children(up[0]) if up else ():
            if q.code != p.code and _place_tier(q) == tier and q.former_year is None and len(q.short) >= 2 \
                    and q.short != q.name and not is_word_place(q.short) and not _everyday(q.short):
                names.setdefault(q.short, []).append(q)
    if not names:
        return None
    return re.compile("|".join(sorted(names, key=len, reverse=True))), names


def _mentions(gz: Any, lines: Sequence[str], span: range, tier: str | None, siblings: Any
              ) -> list[tuple[int, int, int, list[Any]]]:
    out = []
    for lineno, line in lines_in(lines, span):
        if not line:
            continue
        found = _places_in(gz, line)
        taken = {i for s, e, _ in found for i in range(s, e)}
        bare = _bare_own(gz, line, taken, tier)
        taken |= {i for s, e, _ in bare for i in range(s, e)}
        if siblings is not None:  # 巫溪 anywhere in 巫山县's speech: a sibling named bare
            bare += [(m.start(), m.end(), siblings[1][m.group(0)]) for m in siblings[0].finditer(line)
                     if m.start() not in taken and not _in_word(line, m.start(), m.end())]  # fmt: skip
        out += [(lineno, s, e, ps) for s, e, ps in found + bare]
    return out


def _own_reading(gz: Any, ctx: SpeechContext, mentions: list[tuple[int, int, int, list[Any]]], tier: str
                 ) -> tuple[set[str], set[str], str]:
    """The own place's codes, its superiors' codes, and how the own place was read: given or inferred at the own tier
    (ctx.places), else the place of the own tier the text names clearly most (three times or more, twice as often as
    any other; within the place ctx.places holds when that is a superior: 汕头市 read from a district's speaker line)."""
    at_tier = [p for p in ctx.places if _place_tier(p) == tier]
    if at_tier:
        return ({p.current_code for p in at_tier} | {p.code for p in at_tier},
                {a.code for p in at_tier for a in gz.ancestors(p)}, "known")
    above = {p.code for p in ctx.places} | {a.code for p in ctx.places for a in gz.ancestors(p)}
    counts: Counter[str] = Counter()
    by_code: dict[str, Any] = {}
    for _lineno, _s, _e, places in mentions:
        for p in places:
            if _place_tier(p) == tier and (not above or any(a.code in above for a in gz.ancestors(p))):
                counts[p.code] += 1
                by_code[p.code] = p
    top = most_common(counts, 2)
    if top and top[0][1] >= 3 and (len(top) < 2 or top[0][1] >= 2 * top[1][1]):
        place = by_code[top[0][0]]
        return {place.code}, above | {a.code for a in gz.ancestors(place)}, "dominant"
    return set(), above, "none"


# A town's name (the gazetteer holds none) where a town's speech speaks of its own: 对柳泉镇来说, 实现塘栖镇经济繁荣,
# 塘栖镇人民, 塘栖镇上下, 塘栖镇的明天; its own pair of bodies (塘栖镇党委、政府; place50); and the place a closing
# call builds, with the praise between (建设美丽富裕的塘栖镇, 谱写新时代塘栖镇…).
_TOWN_OWN = re.compile(
    r"(?<![全各我本该两此每一某乡城村集古小名重强])(?P<name>[\u4e00-\u9fff]{2}[镇乡])"
    # (红岩镇在人居环境整治方面是下了大力气的 in 红岩镇's page with another town's name: selfcheck53)
    r"(?=来说|而言|经济|人民|的发展|发展|上下|各项|广大|干部群众|群众|父老乡亲|儿女|大地|安定团结|和谐稳定|大局稳定|"
    r"在[^，。；！？,;!?、]{1,12}?方面(?:是|已|已经|取得|做了|下了|走在)|"
    r"的?(?:明天|未来)|的(?:面貌|变化|发展|人民|群众|干部|父老|乡亲|名片|品牌|事业|高质量)|"
    r"(?:党委|人民政府|政府)[、和]\s*(?:[\u4e00-\u9fff]{2}[镇乡]|[镇乡])?(?:人民政府|政府|人大|党委))"
    r"|(?:实现|推动|促进|建设|振兴|谱写|打造|共建|共创|建好|建成|描绘)(?:[\u4e00-\u9fff]{0,6}?(?:美丽|美好|繁荣|富强|秀美|富裕|幸福|和谐|文明|宜居|活力|魅力|生态|"
    r"更加|新时代|新|的))?(?P<after>[\u4e00-\u9fff]{2}[镇乡])(?![长党政委人级村干机])"
    # 共同开启我们平通镇乡村振兴事业 (place52): the town the speaker calls "our"
    r"|(?<=我们)(?P<we>[\u4e00-\u9fff]{2}[镇乡])(?![长党政委人级村干机])"
)


_NOT_TOWN_CHARS = frozenset("全我本各该这此每年度的了和与及在是为对把将")
# 我代表镇党委、政府 / 听取和审议镇人民政府工作报告 (place52, real town speeches): a verb whose object is the town's own
# bodies, written without the town's name — no town named 代表镇
_VERB_BEFORE_BODY = frozenset({
    "代表", "审议", "听取", "感谢", "支持", "配合", "协助", "汇报", "报告", "服从", "接受", "经过", "根据", "按照", "围绕", "请示",
})  # fmt: skip


def _towns(lines: Sequence[str], span: range, ctx: SpeechContext, said: set[tuple[int, int]]) -> list[Finding]:
    """Another town said as the own one in a town's speech: asked about, unless the clause puts it elsewhere."""
    if ctx.level not in ("乡", "镇"):
        return []
    text = "\n".join(lines[n - 1] for n in span if n <= len(lines))
    own = _own_town(ctx, lines, text)  # given, or the town the first line or the speaker's office names
    head = "\n".join([ln for ln in lines if ln.strip()][:3])
    if own and not ctx.town and ctx.place != own and own not in head and f"代表{own}" not in text and own != headline_town(text):
        own = None  # a town named with its 党委 in the body alone is no reading of the own town: it may be the slip itself
    findings = []
    for lineno, line in lines_in(lines, span):
        for m in _TOWN_OWN.finditer(line):
            group = "name" if m.group("name") else "after" if m.group("after") else "we"
            name, start = m.group(group), m.start(group)
            if (lineno, start + 1) in said or (own and name[:2] == own[:2]) or is_word_place(name[:2]) \
                    or set(name[:2]) & _NOT_TOWN_CHARS or name[1:] in _TOWN_NOUNS or name[:2] in _VERB_BEFORE_BODY \
                    or not town_name_at(line, start):
                continue  # (推动乡镇发展, 建设小城镇: a common noun, no town; 纳入镇党委, 统一到镇党委: a verb before the bodies)
            if not own and text.count(name[:2]) >= 3:
                continue  # named again and again with nothing else known: likely the own town itself
            if elsewhere(line, start, start + len(name)):
                continue
            here = f"讲话的本地是{own}" if own else f"讲话通篇以“全{ctx.level}/我{ctx.level}”称本地，没有写明本地名称"
            findings.append(Finding(
                "foreign-place", WARNING,
                f"请核对：{here}，这里却把“{name}”当作本地来说，如是从别处讲话稿带来的，应改为本{ctx.level}的说法",
                lineno, start + 1, name, f"如是本{ctx.level}，不必改；如是外地，改为本{ctx.level}的名称或“全{ctx.level}”",
            ))  # fmt: skip
    return findings


def check_voice(lines: Sequence[str], span: range, ctx: SpeechContext, said: set[tuple[int, int]]) -> list[Finding]:
    """Warnings on what disagrees with the speaker's own place and level (module docstring); `said`: the (line, column)
    of foreign-place and level-mix findings already made, not asked about again."""
    findings = _strangers(lines, span, ctx, said) + _towns(lines, span, ctx, said)
    said = said | {(f.line, f.column) for f in findings}
    findings += [f for f in _lone_own_name(lines, span, ctx) if (f.line, f.column) not in said]
    said = said | {(f.line, f.column) for f in findings}
    findings += [f for f in _own_name_misworded(lines, span, ctx) if (f.line, f.column) not in said]
    said = said | {(f.line, f.column) for f in findings}
    findings += [f for f in _other_level_words(lines, span, ctx) if (f.line, f.column) not in said]
    said = said | {(f.line, f.column) for f in findings}
    return findings + [f for f in _other_scopes(lines, span, ctx) if (f.line, f.column) not in said]


# 谱写岳西市高质量发展新篇章 in 岳西县's speech: the own name with another level's suffix, where the speech speaks of its
# own (places.check_own_name_levels reads it before a body only). The words a suffix makes with what follows (市场,
# 区域, 县城, 市民) are no suffix.
_SUFFIX_WORD = re.compile(r"市场|市民|市区|市容|市政|市面|市值|区域|区位|区块|区间|区划|县城|县域|州府")
_OWN_AFTER = re.compile(
    r"人民|上下|经济|社会|发展|高质量|各族|各级|各界|广大|干部|群众|父老|儿女|大地|新篇章|建设|全面|"
    r"的(?:发展|经济|未来|明天|面貌|变化|人民|群众|干部|父老|乡亲|名片|品牌|事业|工作|高质量)|[，,。；;！!、]|$"
)


def _own_name_misworded(lines: Sequence[str], span: range, ctx: SpeechContext) -> list[Finding]:
    """The own place's name (known: given, or read from the title or the text) with another level's suffix where the
    speech speaks of its own (岳西市人民, 建设美丽岳西市 in 岳西县's): asked, since only the user knows the name."""
    if "不确定" in ctx.reasons.get("level", ""):
        return []
    findings = []
    for lineno, line, m, place in own_name_suffixed(lines, span, ctx, "市县区州旗盟"):
        written = m.group(0)
        if place.name.endswith(m.group("suf")) or _SUFFIX_WORD.match(line, m.end() - 1) or not _OWN_AFTER.match(line, m.end()):
            continue
        findings.append(Finding(
            "level-mix", WARNING, f"请核对：本地是{place.name}，这里却写作“{written}”（{m.group('suf')}级的说法）",
            lineno, m.start() + 1, written, f"如指本地，改为“{place.name}”",
        ))  # fmt: skip
    return findings


def _strangers(lines: Sequence[str], span: range, ctx: SpeechContext, said: set[tuple[int, int]]) -> list[Finding]:
    # a town's speech is read at its county's tier (plant51): the county it belongs to, when known, is the own one, and
    # another county is a stranger; unknown, a county named once in its body is asked (the own county is named oftener,
    # or with its bodies: 在X县委、县政府的坚强领导下)
    town = ctx.level in ("乡", "镇", "街道")
    tier = "county" if town else _tier(ctx.level)
    if tier is None:
        return []
    from drafter.gazetteer import load_gazetteer

    gz = load_gazetteer()
    mentions = _mentions(gz, lines, span, tier, _sibling_names(gz, ctx, tier))
    if not mentions:
        return []
    own, above, how = _own_reading(gz, ctx, mentions, tier)
    provinces = {c[:2] for c in own}
    named = Counter(p.code for _, _, _, ps in mentions for p in ps)
    # the title, the speaker's line: where the own place is unknown, a name there is the own one (汕头市潮阳区审计局局长)
    head = lead = [n for n, line in lines_in(lines, span) if line.strip()][:3]
    head = [n for n in head if len(lines[n - 1].strip()) <= 60]  # (a page run into one line is no title)
    findings = []
    for lineno, start, end, places in mentions:
        if (lineno, start + 1) in said or (how == "none" and lineno in head):
            continue
        line = lines[lineno - 1]
        if _BYLINE.search(line) or (how == "none" and lineno in lead and start < 80 and _HOLDS.match(line, end)) \
                or _NAMED_AFTER.match(line, end):
            continue
        name = line[start:end]
        if any(p.current_code in own or p.code in own or p.code in above or any(a.code in own for a in gz.ancestors(p))
               for p in places):
            continue  # the own place, a superior or a place within it
        if any(p.code in ctx.guests for p in places):
            continue
        far = how != "none" and all(_place_tier(p) == "city" and p.code[:2] not in provinces for p in places) \
            and any(line[start:end] == p.name for p in places)  # (a full name: 浔阳江畔 holds no 阳江)
        if not any(_place_tier(p) == tier for p in places) and not far:
            continue  # a county in a city's speech may be its own county; a city in a county's, its superior
        if how == "none" and max(named[p.code] for p in places) >= (2 if town else 3):
            continue  # named again and again with nothing else known: likely the own place itself
        if elsewhere(line, start, end):
            continue
        word = "本" + (ctx.level or "")
        if town and how == "none" and (_TOWN_AFTER.match(line, end) or _NAMED_AFTER_FAR.match(line, end)):
            continue  # (靖州县平茶镇: the town's county, named before the town; 南漳县…培训学校: a firm's or school's name)
        if town and how == "none":
            why = f"讲话是{ctx.level}的，没有写明所属的县（市、区），只在这里提到“{name}”"
        elif far:
            here = ctx.place or word
            why = f"讲话的本地是{here}，这里的“{name}”在另一个省，句中看不出是在说外地"
        elif town:
            here = ctx.place or next(iter(p.name for _, _, _, ps in mentions for p in ps if p.code in own), word)
            why = f"讲话的{ctx.level}属于{here}，这里的“{name}”是另一个县级地方，句中看不出是在说外地"
        elif how == "none":
            why = f"讲话通篇以“全{ctx.level}/我{ctx.level}”称本地，没有写明本地名称；这里的“{name}”是同一级的地名"
        else:
            here = ctx.place or next(iter(p.name for _, _, _, ps in mentions for p in ps if p.code in own), word)
            why = f"讲话的本地是{here}，这里的“{name}”是同一级的另一个地方，句中看不出是在说外地"
        findings.append(Finding(
            "foreign-place", WARNING, f"请核对：{why}，如是从别处讲话稿带来的，应改为{word}的说法",
            lineno, start + 1, name, f"如是{word}，不必改；如是外地，改为{word}的名称或“全{ctx.level}”",
        ))  # fmt: skip
    return findings


# Own-only words (the speaker speaks for this level alone): 我市, 全市上下, 全市人民, 全市广大干部群众.
_OWN_ONLY = re.compile(
    # 动员全市…, 向全市人大工作者致以问候: the whole the speaker rallies or greets
    r"(?:(?<=动员|号召|带领|团结|激励|组织)|(?<=向)(?<!面向))全(?P<led>[省市县区乡镇])(?![^，。；！？]{0,4}(?:前列|第|排名|平均))|"
    # 我代表县委 in a district's speech: the body the speaker speaks for
    r"(?<=代表)(?P<rep>[省市县区乡镇])(?:委|人民政府|政府|人大|政协)|"
    # 县委、县政府始终坚持… opening a clause of a city's speech: the bodies a county's speech acts through (place50; 各县委,
    # 某某县委, 县委书记 are not it)
    r"(?:^|(?<=[，。；：！？,;:\s]))(?P<bod>[县区])(?=委[、和]\s*[县区]?(?:人民)?政府|"
    r"(?:委|人民政府|政府)(?:始终|坚持|高度重视|认真|积极|把|将|要|以|带领|团结))(?:委|人民政府|政府)|"
    # 今天召开全省…工作会议 in a city's speech: this very meeting, said with another level's scope (place50)
    r"(?<=召开|举行)(?:这次|本次|此次)?全(?P<mt>[省市县区乡镇])(?=[^，。；！？]{0,16}?(?:会议|大会|座谈会|推进会|动员会))|"
    # 完成县六届人大一次会议确定的目标任务 in a district's speech: the own congress, which sets the own tasks (place50;
    # a superior's, 市十四次党代会 in a county's, is asked about nowhere)
    r"(?:(?<![\u4e00-\u9fff])|(?<=[了成照据实的在和与及按]))(?P<cong>[市县区乡镇])"
    r"(?=[一二三四五六七八九十]{1,3}届(?:人大|政协|党代会)|第?[一二三四五六七八九十]{1,3}次党代会)|"
    r"(?<![自本])我(?P<we>[省市县区乡镇])(?![委政直级属域里长村])"
    r"|(?<![健完齐安])全(?P<all>[省市县区乡镇])(?=上下|人民|广大|各级各部门|党员|干部|群众|各族|各界|各条战线|各行各业|团员|青年|"
    r"妇女|职工|老干部|离退休|教职员工|教育工作者|劳动模范|"
    # 全市教育系统干部职工 in a county bureau's speech: the own system's people
    r"[\u4e00-\u9fff]{2,4}(?:系统|战线)(?:上下|广大|干部职工|各单位|党员干部))"
)
_RANK_LEVEL = {"省": 0, "市": 1, "州": 1, "盟": 1, "县": 2, "区": 2, "旗": 2, "乡": 3, "镇": 3, "街道": 3}


def _shown(reason: str) -> str:
    """The level's reason as the message shows it: its first 40 characters, cut at a 、 where one falls."""
    if len(reason) <= 40:
        return reason
    cut = reason.rfind("、", 0, 40)
    return reason[: cut if cut > 0 else 40] + "…"


def _was_county(lines: Sequence[str], span: range, ctx: SpeechContext) -> bool:
    """Whether a district's speech may say 县 of its own past: its place was a county once (the gazetteer's former
    names), or, its place unknown, the text speaks of the change (撤县设区, 原X县, 县改区)."""
    if ctx.places:
        from drafter.gazetteer import load_gazetteer

        gz = load_gazetteer()
        return any(f.level == "县" or f.kind == "县级市" for p in ctx.places for f in gz.former_names(p))
    text = "\n".join(lines[n - 1] for n in span if n <= len(lines))
    return bool(_WAS_COUNTY.search(text))


def _other_level_words(lines: Sequence[str], span: range, ctx: SpeechContext) -> list[Finding]:
    """我市, 全市上下, 全市广大干部群众 of another level than the speaker's (the level read, ctx.level, when it is not
    in doubt). Nothing is asked where the text's own-only words of the other level clearly outnumber the own level's
    (我X three, 全X上下 one): the reading itself is then in doubt."""
    said: list[tuple[int, re.Match[str], str]] = []
    counts: Counter[str] = Counter()
    for lineno, line in lines_in(lines, span):
        for m in _OWN_ONLY.finditer(line):
            lv = m.group("we") or m.group("all") or m.group("led") or m.group("rep") or m.group("cong") or m.group("mt") \
                or m.group("bod")
            if m.group("bod") and ctx.level not in ("市", "州", "盟"):
                continue  # (a county's own; a town's speech names its county's bodies as its superiors)
            if m.group("mt") and not _TODAYS_MEETING.search(line[max(0, m.start() - 16) : m.start()]):
                continue  # (省委召开全省…会议, 日前召开: another body's meeting, told)
            said.append((lineno, m, lv))
            counts[lv] += 3 if m.group("we") or m.group("rep") else 1
    if not said:
        return []
    level = ctx.level if "不确定" not in ctx.reasons.get("level", "") else None
    if level not in _RANK_LEVEL:
        return []
    findings = []
    was_county = level == "区" and _was_county(lines, span, ctx)
    for lineno, m, lv in said:
        line = lines[lineno - 1]
        # (撤县设区: 我县 of old — unless the district was never a county: the gazetteer knows the own place's former
        # names, and an unknown one's speech would say 撤县设区 or 原X县)
        same_rank = _RANK_LEVEL.get(lv) == _RANK_LEVEL[level] and not m.group("rep") \
            and not (lv == "县" and level == "区" and not was_county)
        if lv == level or lv in ctx.also_own or same_rank or counts[lv] > counts[level] + 3:
            continue
        if m.group("bod") and same_rank:
            continue
        if m.group("cong") and _RANK_LEVEL.get(lv, 9) < _RANK_LEVEL[level]:
            continue  # a superior's congress (市十四次党代会 in a county's speech) sets the superior's tasks
        # (the word itself blanked: 代表省委 is no superior's meeting told, 省委 being the very word asked about)
        clause = _clause(line, m.start(), m.end()).replace(m.group(0), "□", 1)
        if m.group("rep") or m.group("bod"):  # (代表省委、省政府: the pair the speaker speaks for, no meeting told)
            clause = _BODIES.sub("□", clause)
        if _ELSEWHERE_CLAUSE.search(clause) or _RELAYED_SENTENCE.search(_sentence(line, m.start(), m.end())) \
                or (not (m.group("rep") or m.group("cong") or m.group("mt") or m.group("bod")) and _ITS_MEETING.match(line, m.end())):
            continue
        findings.append(Finding(
            "level-mix", WARNING,
            f"请核对：讲话是{level}级的（{_shown(ctx.reasons.get('level', ''))}），"
            f"这里的“{m.group(0)}”却是{lv}级讲话的说法",
            lineno, m.start() + 1, m.group(0), f"如是从别处讲话稿带来的，改为“{m.group(0).replace(lv, level)}”",
        ))  # fmt: skip
    return findings


# 全市经济社会发展 in a county's speech that says 全县 of itself throughout (plant51): the whole of another level said where
# the speech speaks of its own. A superior's whole has its own places in a county's speech, each told by the words
# around it: a ranking or a comparison (居全市第三, 高于全省平均, 占全市比重, 全省唯一, 走在全省前列), a superior's meeting,
# document or call (全省安全生产工作会议精神, 全市的统一部署), an honour (全省文明单位), the bigger whole the own place
# serves or joins (为全省发展大局作贡献, 融入全市, 与全省一道), news of it relayed (书记在分析全省经济形势时指出), or its
# own bodies beside it (省委…); a lower level's whole is the lower places' (各县要在全县范围内, 某县…全县耕地).
_SCOPE_WORD = re.compile(r"(?<![健完齐安])全(?P<lv>[省市县区州盟旗])(?![国面部体力程心员额年天过])")
_SCOPE_RANKED = re.compile(
    r"(?P<rank>第[一二三四五六七八九十\d]|前列|前茅|首位|首家|首个|首批|首次|唯一|平均|比重|总量的|之首|领先|率先|排头|一流|"
    r"之最|最[大高多好快强]|乃至|甚至|增速|增幅|总额|均值|份额|[占%％])|"
    r"(?P<honour>试点|示范|先进|标兵|典型|称号|百强|[强大名][县市区]|样板|名片|推广)|"
    r"(?P<meeting>会议|大会|(?:工作|座谈|推进|现场|动员|部署|电视电话)会|精神|(?<![进行作出再])部署|文件|规划|方案|意见|通知|"
    r"评比|评选)|(?P<whole>大局|大盘|一道|同步|正处于|阶段|形势)"
)
_SCOPE_BEFORE = re.compile(
    r"(?:居|列|排|占|比|高于|低于|超过|快于|慢于|领跑|走在|位于|在|于|为|向|面向|融入|服务|对|给|带动|辐射|影响|推广|"
    r"乃至|甚至|和|与|同|及|、|全国|覆盖|成为|跻身|进入|获评|评为|创成|荣获|被|作为|列为|之|并)\s*$"
)
_SCOPE_TOLD_BELOW = re.compile(
    r"各[县区乡镇]|[县区]（|[县区]\(|县市区|县区|该|某|其中|分别|[\u4e00-\u9fff]{2}(?<![全我本各该此])[县区](?![委政城域级直里])"
)
# 书记在分析全省经济形势时指出 / 他强调，全省…: another's words told
_SCOPE_RELAYED = re.compile(r"(?:指出|强调|指示|批示|表示|讲到|谈到|分析|介绍|报道)|《[^》]*$")
_SCOPE_SUPERIOR = re.compile(r"上级|传达|通报|贯彻|按照|根据|遵照|服从")
# what a place's whole has where a speech speaks of its own: its economy and growth, its work and systems, its people
# (全省各地, 全市范围, 全省县域 are a superior's spread, no own thing)
_SCOPE_OWN_THINGS = re.compile(
    r"经济|发展|社会|高质量|城乡|各项|面貌|实力|事业|上下|人民|干部|群众|党员|广大|各级|各族|各界|"
    r"[\u4e00-\u9fff]{0,4}?(?:工作|系统|战线|行业|领域)"
)
_SCOPE_SET = re.compile(r"要求|安排|统一|决策|目标|任务|标准|口径")
# 这次全县…工作会议, 今天召开的全县…会议: the very meeting the speaker is at, whose whole is the speaker's own
_SCOPE_THIS_MEETING = re.compile(r"(?:这次|本次|此次|今天|今日|这个|召开|举行|主持)[的了]?\s*$")


def scope_excuse(line: str, m: re.Match[str], level: str, also_own: frozenset[str] = frozenset()) -> str:
    """Why 全X of another level (m, of _SCOPE_WORD) is no slip where it stands, by name ("" when nothing excuses it):
    same (the own level, one spoken for, or a peer's), book, ranked, before, superior, clause, relayed, below."""
    lv = m.group("lv")
    if lv == level or lv in also_own or _RANK_LEVEL.get(lv) == _RANK_LEVEL.get(level):
        return "same"  # (a peer's whole, 全区 in a county's speech, is the error rules' to judge)
    if line.rfind("《", 0, m.start()) > line.rfind("》", 0, m.start()):
        return "book"
    a = max((x.end() for x in _CLAUSE_END.finditer(line, 0, m.start())), default=0)
    b = _CLAUSE_END.search(line, m.end())
    before, after = line[a : m.start()], line[m.end() : b.start() if b else len(line)]
    sentence = _sentence(line, m.start(), m.end())
    ranked = _SCOPE_RANKED.search(after)
    if ranked and not (ranked.group("meeting") and _SCOPE_THIS_MEETING.search(before)):
        return "ranked:" + next(k for k, v in ranked.groupdict().items() if v)
    for name, hit in (("before", lambda: _SCOPE_BEFORE.search(before)),
                      ("superior:verb", lambda: _SCOPE_SUPERIOR.search(before) and _SCOPE_SET.search(after)),
                      ("superior:body", lambda: re.search(rf"(?<![全我本]){lv}(?:委|政府|人大|政协|里)", sentence)),
                      ("clause", lambda: _ELSEWHERE_CLAUSE.search(before + "□" + after)),
                      ("relayed", lambda: _SCOPE_RELAYED.search(sentence[: sentence.find(m.group(0))])),
                      ("below", lambda: _RANK_LEVEL.get(lv, 0) > _RANK_LEVEL.get(level, 0)
                       and (_SCOPE_TOLD_BELOW.search(sentence) or lv in before))):  # fmt: skip
        if hit():
            return name  # (below: 各县要在全县…, the lower places' own wholes)
    return ""


def _other_scopes(lines: Sequence[str], span: range, ctx: SpeechContext) -> list[Finding]:
    """全X of another level where a county's or a city's speech speaks of its own whole (block comment above): asked,
    once the level is certain and the text speaks of its own whole (全X/我X of the own level) at least twice as often
    as of that other whole where nothing excuses it."""
    level = ctx.level if "不确定" not in ctx.reasons.get("level", "") else None
    if level not in _COUNTY_TIER | _CITY_TIER:
        return []
    text = "\n".join(lines[n - 1] for n in span if n <= len(lines))
    own = len(re.findall(rf"[全我]{level}", text))
    if own < 2:
        return []
    asked: list[tuple[int, re.Match[str], str, str]] = []
    for lineno, line in lines_in(lines, span):
        if "全" not in line:
            continue
        for m in _SCOPE_WORD.finditer(line):
            if _SCOPE_OWN_THINGS.match(line, m.end()) and not scope_excuse(line, m, level, ctx.also_own):
                after = re.match(r"[\u4e00-\u9fff]{0,4}", line[m.end() :])
                asked.append((lineno, m, m.group("lv"), m.group(0) + (after.group(0) if after else "")))
    scopes = Counter(lv for _, _, lv, _ in asked)
    findings = []
    for lineno, m, lv, word in asked:
        if own < 2 * scopes[lv] or f"我{lv}" in text:
            continue  # (the other whole said as freely as the own, or 我X of it: the level read may be the wrong one)
        findings.append(Finding(
            "level-mix", WARNING,
            f"请核对：讲话是{level}级的（{_shown(ctx.reasons.get('level', ''))}），通篇以“全{level}/我{level}”称本地，"
            f"这里的“{word}”却说的是{lv}的全境，句中看不出是在说上级或下级",
            lineno, m.start() + 1, m.group(0), f"如是从别处讲话稿带来的，改为“全{level}”",
        ))  # fmt: skip
    return findings


# A speech whose title names no place, read as one place's from that place named once in its body (我县 and 县委
# throughout, 在X县委的坚强领导下 once): the reading rests on the very word a copying clerk leaves from another
# speech, so it is asked (plant51). A place named in the title or the speaker's line, or twice, is
# read surely enough.
_OWN_LEVEL_WORDS = {lv: re.compile(rf"[全我本]{lv}|{lv}委") for lv in "县区市旗州盟"}


# 重庆市人民政府公报, 安顺日报: a publication's name, in a page's footer or a citation
_PUBLISHED = re.compile(r"[^，,。；;！？\s]{0,6}?(?:公报|日报|晚报|报社|杂志|出版社|电视台|广播电视|融媒体|\[[JMN]\])")


_OWN_PAIR = re.compile(r"(?:党?委|人民政府|政府)[、和]\s*[\u4e00-\u9fff]{0,4}?[县区市旗]?(?:人民政府|政府|人大|政协)")


def _lone_own_name(lines: Sequence[str], span: range, ctx: SpeechContext) -> list[Finding]:
    why = ctx.reasons.get("place", "")
    if not ctx.places or not (why.startswith("正文") or "按正文中最常出现" in why):
        return []
    town = ctx.level in ("乡", "镇", "街道")
    lv = ctx.places[0].level[-1:] if town else (ctx.level or "")
    if lv not in _OWN_LEVEL_WORDS:
        return []
    names = {p.name for p in ctx.places} | {p.short for p in ctx.places if len(p.short) >= 2 and not is_word_place(p.short)}
    pattern = re.compile("|".join(sorted(names, key=len, reverse=True)))
    lead = [n for n, line in lines_in(lines, span) if line.strip()][:3]
    # (a page run into one line is no title; nor is a sentence: the opening paragraph of a short speech)
    lead = [n for n in lead if len(lines[n - 1].strip()) <= 60 and "。" not in lines[n - 1]]
    spots = [(n, m) for n, line in lines_in(lines, span) for m in pattern.finditer(line)]
    if len(spots) != 1 or spots[0][0] in lead:
        return []
    text = "\n".join(lines[n - 1] for n in span if n <= len(lines))
    titled = not town and ctx.reasons.get("level", "").startswith("标题")  # 在全县…会议上的讲话: the title says the level
    if len(_OWN_LEVEL_WORDS[lv].findall(text)) < 3 and not titled:
        return []  # (a text that seldom speaks of its own by the level's words: the name is how it speaks of itself)
    findings = []
    for n, m in spots:
        line = lines[n - 1]
        if line.rfind("《", 0, m.start()) > line.rfind("》", 0, m.start()) or _PUBLISHED.match(line, m.end()) \
                or _OWN_PAIR.match(line, m.end()):
            continue  # (如东县委、县政府: the own pair of bodies names the own place as surely as the title)
        name = m.group(0)
        here = (f"讲话是乡镇的，所属的{lv}只由正文里的“{name}”推断" if town else
                f"标题没有写明本地，通篇以“全{lv}/我{lv}”等称本地，本地名称只由正文里的“{name}”推断")
        findings.append(Finding(
            "foreign-place", WARNING,
            f"请核对：{here}；如是从别处讲话稿带来的地名，应改为本{lv}的说法",
            n, m.start() + 1, name, f"如确是本{lv}，不必改；如是外地，改为本{lv}的名称或“{lv}委”“全{lv}”等说法",
        ))  # fmt: skip
    return findings
