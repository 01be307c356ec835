"""The rules that need the speech's place and level: level-mix, foreign-place.

The place and level come from drafter.check.context (given, or inferred per speech).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache

from drafter.check import lazyre as re
from drafter.check.census import in_own_frame, named_to_learn_from, own_scope_as_superior
from drafter.check.context import (
    FINE_KINDS,
    MASKED_OWN_PAIR,
    OWN_WORD,
    UPPER_OK_AFTER,
    SpeechContext,
    headline_town,
    is_street,
    relayed,
    slogan_shorts,
)
from drafter.findings import Finding, Severity
from drafter.placewords import SLOGAN_WORDS, is_word_place
from drafter.records import replace
from drafter.text import LEVELS

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time (#18: ~10 M instructions)
if TYPE_CHECKING:
    from typing import Any

ERROR, WARNING = Severity.ERROR, Severity.WARNING


# ---------------------------------------------------------------- level words


_DIRECT_WORD = re.compile(r"(?P<lv>[市县区州旗盟])直(?=[各有部单机属])")
_PROVINCE_DIRECT = re.compile(r"省直(?=[各有部单机属])")
# 我区 in a 旗 or 盟 speech is the autonomous region above it.
_SUPERIOR_WE = {"旗": "省区", "盟": "省区"}
# 嘎查, 苏木: the village and township words of Inner Mongolia's 旗 and 盟.
_PASTORAL = re.compile(r"嘎查|苏木")


# 市委、县政府 / 市委县政府: the party committee of one level paired with the government of another.
# 县区委、县政府 (县（区）委 with its brackets lost) names two levels at once: no pair.
# 镇党委、县政府 the same, with 党 said. 县委、市政 府: a page that wraps its lines where the width ends leaves a space
# inside a word (4城同 创, 工业 化), one at most in the pair.
_MIXED_PAIR = re.compile(
    r"(?<![省市县区乡镇州旗盟])(?P<a>[省市县区乡镇州旗盟]) ?(?:党 ?)?委 ?[、和及]? ?(?P<b>[省市县区乡镇州旗盟]) ?(?:人 ?民 ?)?政 ?府"
)
# 区应急局、县消防救援大队 / 县住建局和区城管局: two bodies of one list, one named with the bare 区, the other with
# the bare 县. A county and a district are peers: no speech has both as its own (a city says 各县区, or names them).
_PEER_BODIES = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<a>[县区])(?P<x>[\u4e00-\u9fff]{1,8}?(?:局|委|办|中心|大队|支队|院))[、和及与]"
    r"(?P<b>[县区])(?P<y>[\u4e00-\u9fff]{1,10}?(?:局|委|办|中心|大队|支队|院|部))"
)
# 县人大、市政协 / 市委、县人大: the four bodies of one level said in their usual order (党委、人大、政府、政协), the
# second of another level. 省委、市委 (one body of two levels, a list of superiors) is no pair.
_BODY_PAIR = re.compile(
    r"(?<![省市县区乡镇州旗盟])(?P<a>[省市县区乡镇])(?P<x>委|人大|(?:人民)?政府)(?:及其常委会|常委会)?[、和及]"
    r"(?P<b>[省市县区乡镇])(?P<y>人大|(?:人民)?政府|政协)(?![省市县区乡镇])"
)
# 县委督查室、市政府督查室 / 县委办公室和市政府办公室: the same office of the committee and of the government named as a
# pair, each under another level (#13, check46's own flawed speeches) — the pair is one level's, as 县委、县政府 is.
_OFFICE_PAIR = re.compile(
    r"(?<![省市县区乡镇州旗盟])(?P<a>[省市县区乡镇])(?P<x>委|政府)(?P<unit>[\u4e00-\u9fff]{1,5}?(?:室|办|组|中心))[、和及与]"
    r"(?P<b>[省市县区乡镇])(?P<y>委|政府)(?P=unit)"
)
_BODY_ORDER = {"委": 0, "人大": 1, "政府": 2, "人民政府": 2, "政协": 3}
# 在市委的正确领导下，在县人大和县政协的监督下 (#13, the shape of batch 77's planted f10): a government's pledge names the
# committee it works under and the congress and conference that oversee it, all of one level — its own. A committee of
# another level alone in the leading clause is another level's text left in (在市委、县委的坚强领导下 names its own as
# well, and is no slip).
_LED_AND_BACKED = re.compile(
    r"在(?P<who>[^。；！？，,]{2,24}?)的?(?:正确|坚强|有力|科学)?领导下[，,、]?\s*(?:在|和|及)?"
    r"(?P<lv>[省市县区乡镇])(?:人大(?:常委会)?|政协)(?:[、和及](?P=lv)?(?:人大(?:常委会)?|政协))?"
    r"的?[^。；！？，,]{0,8}?(?:监督|支持|关心|帮助)"
)
# 今年，县委将团结带领全市人民… in a city speech (our own flawed speeches): the committee or government that leads a whole
# place's people is that place's own — 市委带领全市, 镇党委带领全镇. A body named by its place (清河县委) is read the
# same way (its suffix is its level), and 各县委 (each one) is no single body.
_LEADS_OTHER_SCOPE = re.compile(
    r"(?<![各每该])(?P<body>(?P<a>[省市县区乡镇])(?:党)?委(?:[、和](?P=a)?(?:人民)?政府)?)(?:将|要|始终|一直|继续)?"
    r"(?:团结带领|带领|团结动员|团结引领|率领)(?:着)?全(?P<b>[省市县区乡镇])(?=[^，。；！？,;!?]{0,6}?(?:人民|干部群众|上下|党员干部|广大))"
)
_LEADING_BODY = re.compile(r"(?<![省市县区乡镇])(?P<lv>[省市县区乡镇])(?:党?委|工委)")
# 我受县人民政府的委托，向区人大常委会报告…: a government reports to its own level's congress (审计、预算、计划 reports).
_ENTRUSTED_REPORT = re.compile(
    r"受(?P<a>[省市县区乡镇州旗盟])(?:人民)?政府(?:的)?委托[，,]?(?:现)?向(?:本次会议|大会)?(?P<b>[省市县区乡镇州旗盟])人大(?:常委会)?"
)


# 县政府坚持依法行政，主动接受镇人大监督 (#13, plant32): a government is supervised by its own level's congress (and
# its CPPCC), as it reports to it.
_SUPERVISED_BY = re.compile(
    r"(?<![省市县区乡镇州旗盟])(?P<a>[省市县区乡镇州旗盟])(?:人民)?政府[^。；！？，,]{0,16}?[，,]?[^。；！？，,]{0,6}?接受"
    r"(?P<b>[省市县区乡镇州旗盟])(?P<y>人大|政协)(?:及其常委会|常委会)?(?:的)?(?:依法|民主)?监督"
)


# 陕西省新闻通报会推介词....................9 / 目  录   河北省…推介词.......2陕西省…: a collection's contents, each
# title with dot leaders and its page. The titles name other places' pieces, not this speech's words.
_CONTENTS_LINE = re.compile(
    r"^\s*目\s*[录錄]\s*(?:[:：]\s*)?(?:$|[^。！？]*?(?:\.{4,}|．{3,}|…{3,}|·{4,})\s*\d)"
    r"|^[^。！？]{2,80}?(?:\.{4,}|．{3,}|…{3,}|·{4,})\s*\d{1,3}\s*$"
)


# 目录 / 乡乡长在全乡农村人居环境整治工作推进会上的讲话 20 / …: under a 目录 line, titles with their page and no
# dot leaders.
_CONTENTS_HEAD = re.compile(r"^\s*目\s*[录錄]\s*[:：]?\s*$")
_PAGED_TITLE = re.compile(r"^[^。！？]{4,80}?[\u4e00-\u9fff）)”\"]\s*\d{1,3}\s*$")


@lru_cache(maxsize=8)
def _contents_block(lines: tuple[str, ...]) -> frozenset[int]:
    """The line numbers of the titles listed under a 目录 line."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        if _CONTENTS_HEAD.match(line):
            j = i + 1
            while j < len(lines) and _PAGED_TITLE.match(lines[j]):
                found.add(j + 1)
                j += 1
    return frozenset(found)


def lines_in(lines: Sequence[str], span: range) -> Iterator[tuple[int, str]]:
    """(line number, line) of `span` that `lines` holds, but a contents list's lines."""
    # Worked out once for the lines of the speech being checked and its span: a dozen rules ask (#18), and every line was
    # matched against a contents line's pattern each time. Kept by the very list object (held, so its id stays its
    # own) and the span; a check never changes its lines.
    kept = _LINES_IN.get((id(lines), span.start, span.stop, span.step))
    if kept is None or kept[0] is not lines:
        listed = _contents_block(tuple(lines))
        found = []
        for n in span:
            if n > len(lines):
                break
            if n not in listed and not _CONTENTS_LINE.match(lines[n - 1]):
                found.append((n, lines[n - 1]))
        if len(_LINES_IN) >= 8:
            _LINES_IN.clear()
        kept = _LINES_IN[(id(lines), span.start, span.stop, span.step)] = (lines, tuple(found))
    return iter(kept[1])


_LINES_IN: dict[tuple[int, int, int, int], tuple[Sequence[str], tuple[tuple[int, str], ...]]] = {}


def _overlapping(pattern: re.Pattern[str], line: str) -> Iterator[re.Match[str]]:
    """Every match of `pattern` in `line`, each starting one character after the last one's start."""
    pos = 0
    while m := pattern.search(line, pos):
        yield m
        pos = m.start() + 1


def check_mixed_pairs(lines: Sequence[str], span: range) -> list[Finding]:
    """市委、县政府: always a slip, whatever the speech's level."""
    findings = []
    for lineno, line in lines_in(lines, span):
        if not line:
            continue  # (a blank line pairs no bodies)
        for m in _MIXED_PAIR.finditer(line) if "委" in line else ():
            a, b = m.group("a"), m.group("b")
            if m.group(0).count(" ") > 1:
                continue  # 县 委 、 市 政 府 spaced out is a banner's layout, not one wrapped line
            if a != b:
                party = "党委" if "党" in m.group(0) else "委"
                findings.append(Finding(
                    "level-mix", ERROR, f"“{m.group(0)}”把{a}{party}和{b}政府配成一对（层级不一致）", lineno, m.start() + 1,
                    m.group(0), f"改为“{a}{party}、{a}政府”或“{b}{party}、{b}政府”",
                ))  # fmt: skip
        for m in _ENTRUSTED_REPORT.finditer(line):
            a, b = m.group("a"), m.group("b")
            if a != b:
                findings.append(Finding(
                    "level-mix", ERROR, f"“{m.group(0)}”：受{a}政府委托，却向{b}人大报告（层级不一致）", lineno, m.start() + 1,
                    m.group(0), f"政府向本级人大报告：改为“受{b}人民政府的委托”或“向{a}人大”",
                ))  # fmt: skip
        for m in _SUPERVISED_BY.finditer(line) if "监督" in line else ():
            a, b = m.group("a"), m.group("b")
            if a != b:
                findings.append(Finding(
                    "level-mix", ERROR, f"“{m.group(0)}”：{a}政府接受{b}{m.group('y')}的监督（层级不一致）", lineno,
                    m.start() + 1, m.group(0), f"政府接受本级人大、政协的监督：改为“{a}{m.group('y')}”或“{b}政府”",
                ))  # fmt: skip
        for m in _OFFICE_PAIR.finditer(line) if "委" in line and "政府" in line else ():
            a, b = m.group("a"), m.group("b")
            if a != b and m.group("x") != m.group("y"):
                findings.append(Finding(
                    "level-mix", ERROR, f"“{m.group(0)}”把{a}{m.group('x')}和{b}{m.group('y')}的{m.group('unit')}配成一对（层级不一致）",
                    lineno, m.start() + 1, m.group(0),
                    f"改为“{a}{m.group('x')}{m.group('unit')}、{a}{m.group('y')}{m.group('unit')}”或同为{b}级",
                ))  # fmt: skip
        for m in _PEER_BODIES.finditer(line):
            a, b = m.group("a"), m.group("b")
            if a != b:
                findings.append(Finding(
                    "level-mix", ERROR, f"“{m.group(0)}”把{a}的{m.group('x')}和{b}的{m.group('y')}列在一起（县和区同级，不会都是本级机关）",
                    lineno, m.start("b") + 1, m.group(0), f"改为“{a}{m.group('y')}”或“{b}{m.group('x')}”",
                ))  # fmt: skip
        for m in _LEADS_OTHER_SCOPE.finditer(line) if "带领" in line or "动员" in line else ():
            a, b = m.group("a"), m.group("b")
            if _PEER_TIER.get(a) == _PEER_TIER.get(b):
                continue
            findings.append(Finding(
                "level-mix", ERROR, f"“{m.group(0)}”：{a}级机关带领的却是全{b}（层级不一致）", lineno, m.start() + 1,
                m.group("body"), f"改为“{b}{m.group('body')[1:]}”或“全{a}”",
            ))  # fmt: skip
        for m in _LED_AND_BACKED.finditer(line) if "领导下" in line else ():
            lv = m.group("lv")
            leads = list(_LEADING_BODY.finditer(m.group("who")))
            if not leads or any(b.group("lv") == lv for b in leads) or re.search(r"[\u4e00-\u9fff]{2}[省市县区](?:党?委)", m.group("who")):
                continue  # (在清河县委的领导下 names the place: the other rules' to read)
            b = leads[0]
            findings.append(Finding(
                "level-mix", ERROR, f"“{m.group(0)[:40]}”：在{b.group(0)}领导下，却受{lv}人大、政协监督支持（层级不一致）",
                lineno, m.start("who") + b.start() + 1, b.group(0), f"改为“{lv}委”，或写明“在{b.group(0)}、{lv}委的坚强领导下”",
            ))  # fmt: skip
        for m in _overlapping(_BODY_PAIR, line):  # 区委、区人大、县政府: each neighbouring pair of a list
            a, b, x, y = m.group("a"), m.group("b"), m.group("x"), m.group("y")
            if a == b or (x == "委" and "政府" in y) or _BODY_ORDER[x] >= _BODY_ORDER[y]:
                continue  # 市委、县政府 is _MIXED_PAIR's
            findings.append(Finding(
                "level-mix", ERROR, f"“{m.group(0)}”把{a}{x}和{b}{y}配成一对（层级不一致）", lineno, m.start() + 1,
                m.group(0), f"改为“{a}{x}、{a}{y}”或“{b}{x}、{b}{y}”",
            ))  # fmt: skip
    return findings


# 我代表中共岳西县委、岳西市人民政府 in 岳西县's speech: the own place's name with another level's suffix, said as the name
# of one of its own bodies. Only the suffixes of a county and above (a town may share its county's name) and only
# before a body (岳西市场 is no 岳西市); a name the gazetteer holds (吉林市 beside 吉林省, 奉化市 before 奉化区) is a real
# place, the other rules' business.
_OWN_NAME_SUFFIXES = "省市县区州旗盟"
_BODY_AFTER_NAME = re.compile(r"(?:中共)?(?:党?委|人民政府|政府|人大|政协|纪委|常委会|委员会)")


def own_name_suffixed(lines: Sequence[str], span: range, ctx: Any, suffixes: str) -> Iterator[tuple[int, str, Any, Any]]:
    """The own place's short name written with one of `suffixes` that is not its own name nor any other place's (岳西市 in
    a speech of 岳西县): (line number, line, match with group `suf`, the own place). Shared by check_own_name_levels
    (before a body: an error) and voice.py (where the speech speaks of its own: asked)."""
    own = [p for p in ctx.places if p.level in ("市", "县", "区", "州", "旗", "盟") and len(p.short) >= 2 and p.short != p.name]
    if not own:
        return
    from drafter.gazetteer import load_gazetteer

    gz = load_gazetteer()
    names = {p.short: p for p in own}
    pattern = re.compile(f"(?:{'|'.join(map(re.escape, names))})(?P<suf>[{suffixes}])")
    for lineno, line in lines_in(lines, span):
        for m in pattern.finditer(line):
            place = names[line[m.start() : m.end() - 1]]
            if m.group(0) != place.name and not gz.lookup(m.group(0)):
                yield lineno, line, m, place


def check_own_name_levels(lines: Sequence[str], span: range, ctx: Any) -> list[Finding]:
    """岳西市人民政府 in a speech of 岳西县: the own name given another level's suffix."""
    findings = []
    for lineno, line, m, place in own_name_suffixed(lines, span, ctx, _OWN_NAME_SUFFIXES):
        body = _BODY_AFTER_NAME.match(line, m.end())
        if body is None:
            continue
        shown = m.group(0) + body.group(0)
        findings.append(Finding(
            "level-mix", ERROR, f"“{shown}”：本地是{place.name}，名字却配了“{m.group('suf')}”（层级不一致）", lineno,
            m.start() + 1, shown, f"改为“{place.name}{body.group(0)}”",
        ))  # fmt: skip
    return findings


def check_level_words(lines: Sequence[str], span: range, level: str | None, also_own: frozenset[str] = frozenset(),
                      county_city: bool = False) -> list[Finding]:  # fmt: skip
    """我市/市直 in a 县 speech; 我县 in a 市 speech; 召开全市…会议 in a 县 speech.

    全省/全市 of a superior (走在全市前列, 给全市造成影响) and 全县 of the levels
    below (各县要在全县范围内…) are not our own words and are left alone; nor are 我X and X直 of
    `also_own`, the levels the speaker speaks for as well (a 街道's 我市; 全市上下 stays the city's).
    """
    if level is None:
        return _twin_scopes(lines, span, None, also_own)  # 全市防洪体系 … 全县防洪体系: which is ours, only a doubt can say
    if level not in LEVELS and level not in FINE_KINDS.values():
        return []
    findings = []
    lead, last = "", -1
    # 我代表县委、县政府 said in the speech: the speaker speaks for the own level, so a 我代表市委 elsewhere in it is a slip
    speaks_for_own = any(m.group("lv") == level for _, line in lines_in(lines, span) for m in _SPEAKS_FOR.finditer(line))
    # 分析研判当前我区面临的严峻形势 … 我代表市委、市政府，向奋战…的同志们致以敬意 in a 区 speech: a superior's leader
    # never calls the place he visits 我区, so the speaker who does speaks for the 区, not the city
    speaks_for_own = speaks_for_own or any(
        m.group("kind") == "我" and m.group("lv") == level and not _in_book_title(line, m.start())
        for _, line in lines_in(lines, span) for m in OWN_WORD.finditer(line)
    )
    unnamed = _tiers_never_named(lines, level)
    opened = any(_OPENED_HERE.search(line) for _, line in lines_in(lines, span) if "开" in line)  # 现在开会。: this meeting
    for lineno, line in lines_in(lines, span):
        # 近年来,县委、县政府紧紧围绕… / …有力地促进了全市经济社会发展。: a hard-wrapped copy's sentence begun on lines before
        lead = lead + lines[last - 1] if last == lineno - 1 and lines[last - 1].strip() else ""
        lead, last = re.split(r"[。！？!?]", lead)[-1][-200:], lineno
        if not line:
            continue  # the blank line between paragraphs (half a draft's lines): no rule below finds a word in it (#18)
        key = (line, lead, level, also_own, county_city, speaks_for_own, unnamed, opened)
        kept = _LEVEL_WORDS_KEPT.get(key)
        if kept is None:
            found = _level_words_in(line, lineno, lead, level, also_own, county_city, speaks_for_own, unnamed, opened)
            if len(line) <= _LINE_KEPT_CHARS:
                _keep(_LEVEL_WORDS_KEPT, key, (tuple(found), lineno))
            findings += found
        elif kept[0]:
            findings += [f if f.line != kept[1] else replace(f, line=lineno) for f in kept[0]]
    said = {(f.line, f.column) for f in findings}  # 我局组织召开全县民政工作会议: one finding, though both rules read it
    findings += [f for f in _mirrored_lower(lines, span, level) if (f.line, f.column) not in said]
    said = {(f.line, f.column) for f in findings}
    findings += [f for f in _mirrored_tally(lines, span, level) if (f.line, f.column) not in said]
    said = {(f.line, f.column) for f in findings}
    findings += [f for f in _superior_does_own(lines, span, level) if (f.line, f.column) not in said]
    said = {(f.line, f.column) for f in findings}
    findings += [f for f in _superior_led_where_own_leads(lines, span, level, also_own, county_city) if (f.line, f.column) not in said]
    said = {(f.line, f.column) for f in findings}
    return findings + [f for f in _twin_scopes(lines, span, level, also_own) if (f.line, f.column) not in said]


# A town's speech whose own body a copy turned into its county's (bench/check_planted.py's body-level, place52):
#   …，县委决定从今天起集中五天时间，在全镇农村党员干部中广泛开展冬训 — the decision that has something done within the
#   town (在全镇…中开展) is the town's own body's (镇党委决定); its county's decision is relayed (按照县委决定, 经县委研究).
#   刚才，县委副书记宣读了表彰通报，受表彰的…是全镇干部学习的榜样 — the commendation of the town's meeting is read by
#   the town's deputy, in a speech whose own secretary reports (镇党委书记代表镇党委…作了报告).
_SUPERIOR_DECIDES = re.compile(r"(?:^|(?<=[，。；！？,;!?]))\s*(?P<body>(?P<lv>[县区市])(?:党?委|人民政府|政府))(?:研究)?决定")
_RELAYED_DECISION = re.compile(r"(?:按照|根据|遵照|依据|依照|经|贯彻|落实)$")
_SUPERIOR_READS = re.compile(r"(?:^|(?<=[，。；！？,;!?]))\s*(?:刚才|刚刚)[，,]\s*(?P<body>(?P<lv>[县区市])委副书记)(?:[\u4e00-\u9fff]{2,3}同志)?宣读了?")


def _superior_does_own(lines: Sequence[str], span: range, level: str) -> list[Finding]:
    if level not in ("镇", "乡"):
        return []
    text = "\n".join(lines[n - 1] for n in span if n <= len(lines))
    if "决定" not in text and "宣读" not in text:
        return []
    own_reports = re.search(rf"{level}党委(?:副)?书记[^。；！？]{{0,20}}?(?:代表{level}?党委|作了)", text) is not None
    findings = []
    for lineno, line in lines_in(lines, span):
        for m in _SUPERIOR_DECIDES.finditer(line):
            sentence = re.split(r"[。！？!?；;]", line[m.end() :])[0]
            within = re.search(rf"在全{level}", sentence)
            if within is None or not _DONE_WITHIN.match(sentence, within.end()) or _RELAYED_DECISION.search(line, 0, m.start("body")):
                continue
            findings.append(_body_finding(m.group("body"), level, lineno, m.start("body") + 1, "决定在全" + level + "开展的事"))
        for m in _SUPERIOR_READS.finditer(line) if own_reports else ():
            sentence = re.split(r"[。！？!?；;]", line[m.end() :])[0]
            if "表彰" in sentence and f"全{level}" in sentence:
                findings.append(_body_finding(m.group("body"), level, lineno, m.start("body") + 1, "宣读本" + level + "表彰通报的人"))
    return findings


def _body_finding(body: str, level: str, lineno: int, col: int, what: str) -> Finding:
    return Finding(
        "level-mix", WARNING, f"请核对：{level}级讲话里{what}写的是“{body}”（{body[0]}级），像是把本{level}的机关写成了上级的",
        lineno, col, body, f"如指本{level}，改为“{level}{body[1:].replace('委', '党委', 1) if body[1:].startswith('委') else body[1:]}”",
    )  # fmt: skip


# 我市招商引资工作稳步推进 … 推动全县招商引资工作再上台阶 in a city speech (#13, batch 67's planted level miss); 全州各级妇联
# 组织 … 全市各级妇联干部 in a 自治州's (batch 66's): the same thing of the speaker's own place said once with the own
# level's word and once with a lower level's or a peer's — a clerk reads them as one scope named two ways, one of them
# left from another speech. A superior's scope (全省经济社会发展 beside 全市经济社会发展) is the superior's own, and a
# lower one the sentence names (各县、该县, a county named before it) is that county's: neither is judged. A warning naming
# both: which one is the own is the writer's to say.
_TWIN_WORD = re.compile(r"(?P<kind>[全我本])(?P<lv>[市县区州盟旗乡镇])(?P<what>[\u4e00-\u9fff]{3})")
# (the people of a scope, 全市广大青年 beside 全县广大青年, are both a county's audience and its city's: not one thing)
_TWIN_SKIP = re.compile(r"^(?:上下|人民|范围|各级各|各部门|各单位|干部群|广大|党员干|[一二三四五六七八九十两])")


_TIERS_LISTED = re.compile(r"县[（(]?市[、，,]?区?[)）]?|县区|[县区][（(][市区、]{1,3}[)）]")


def _twin_shown(line: str, start: int) -> str:
    """全县招商引资: the level word and the words after it, up to a break or six characters."""
    m = re.match(r"[\u4e00-\u9fff]{2,6}", line[start:])
    return m.group(0) if m else line[start : start + 2]


# 我镇平安生产形势 … 促进全县平安生产形势持续稳定 in a town's speech (selfcheck53, a town's page with 全镇 turned to 全县):
# the same thing said under the own word and the county's is the doubt it is in a county's speech beside 全市 — unless
# the sentence gives the town's part in its county's (为全县…作出贡献, 全县…大局, 在全县…中, a rank in it).
_FOR_THE_SUPERIOR = re.compile(r"为全|对全|助力全|服务全|融入全|大局|贡献|在全[县区][^，。；！？]{0,12}中|排名|前列|第[一二三四五六七八九十\d]|全[县区][^，。；！？]{0,8}(?:会议|大会|精神|部署|要求)")


def _twin_scopes(lines: Sequence[str], span: range, level: str | None, also_own: frozenset[str]) -> list[Finding]:
    """With the level unknown (全县 and 全市 each said once: 层级不确定), the words first said of a thing stand for the own
    level of that thing, and the other level's word for the same thing is the doubt."""
    rank = _RANK.get(level) if level else 3
    if rank is None:
        return []
    own: dict[str, tuple[int, str]] = {}  # what follows the own level's word (its first three characters) → where said
    others: list[tuple[int, re.Match[str], str]] = []
    for lineno, line in lines_in(lines, span):
        if not line or not any(c in line for c in "全我本"):
            continue
        for m in _TWIN_WORD.finditer(line):
            if _in_book_title(line, m.start()) or _TWIN_SKIP.match(m.group("what")):
                continue
            lv = m.group("lv")
            if level is None:
                if lv in "市县区" and m.group("kind") != "本":
                    first = own.setdefault(m.group("what"), (lineno, m.group(0)))
                    if first[1][1] != lv:
                        others.append((lineno, m, line))
            elif lv == level or (m.group("kind") == "本" and lv in also_own):
                own.setdefault(m.group("what"), (lineno, m.group(0)))
            elif lv not in also_own and _RANK.get(lv, 0) >= rank and m.group("kind") != "本":
                others.append((lineno, m, line))
            elif level in _TOWN_TIERS and lv in "县区" and m.group("kind") == "全" and lv not in also_own:
                others.append((lineno, m, line))  # a town's 全县 said of what it says with 全镇 (selfcheck53)
    findings = []
    for lineno, m, line in others:
        said = own.get(m.group("what"))
        if said is None:
            continue
        if level in _TOWN_TIERS and m.group("lv") in "县区" and _FOR_THE_SUPERIOR.search(
            re.split(r"[。！？!?；;]", line[: m.start()])[-1] + line[m.start() : m.end() + 12]
        ):
            continue  # 为全县经济社会发展作贡献, 全县…大局: the town's part in its county's, no copy of another's
        if level is None and _reports_superior(re.split(r"[。！？!?；;]", line[: m.start()])[-1], said[1][1]):
            continue
        lv = m.group("lv")
        sentence = re.split(r"[。！？!?；;]", line[: m.start()])[-1]
        clause = re.split(r"[，,：:]", sentence)[-1]
        # (县（市、区）要把全县…: the counties told, each its own; 向先进县市祝贺，也向全市…: a list in a clause before)
        if lv in clause or lv in _TIERS_LISTED.sub("", sentence) or re.search(r"该|某|其中|分别", sentence) or _reports_superior(sentence, lv):
            continue  # 某县是产粮大县，全县耕地…: the county just named; 其中: a part set beside the whole
        if level and _RANK.get(lv) == rank and lv != level and {lv, level} <= {"县", "区", "旗"}:
            continue  # (全县 in a district's speech is an error already: _level_word_ok)
        word = m.group(0)[:2]
        at = lines[said[0] - 1].find(said[1])
        here, there = _twin_shown(line, m.start()), _twin_shown(lines[said[0] - 1], at)
        if level is None:  # neither is known to be ours: the doubt is told at both
            for (n, col, this, other) in ((said[0], at, there, here), (lineno, m.start(), here, there)):
                findings.append(Finding(
                    "level-mix", WARNING,
                    f"讲话的层级没有定下来：同一件事，这里说“{this}”，别处（第{lineno if n == said[0] else said[0]}行）说“{other}”；"
                    "本地只有一个层级，其中一个可能是从别处讲话稿带来的", n, col + 1, this[:2],
                    "统一为本地的层级用语，或用 --level 指明层级再查",
                ))  # fmt: skip
            continue
        findings.append(Finding(
            "level-mix", WARNING,
            f"讲话第{said[0]}行说“{there}”，这里却说“{here}”：同一件事用了“{said[1][:2]}”和“{word}”两个层级，"
            f"本地只有一个，“{word}”可能是从别处讲话稿带来的", lineno, m.start() + 1, word,
            f"改为“{said[1][:2]}”，或确认讲话的层级（--level）",
        ))  # fmt: skip
    return list({(f.line, f.column): f for f in findings}.values())


# check_level_words' findings on one line by the line and all it reads besides (perf38, #18): the sentence begun on the
# lines before (`lead`), the level and the levels spoken for, whether the speech speaks for its own level and the tiers
# it never names (a paragraph checked again is not read again). Kept with the line number they were made for and moved
# to the line asked about.
_LEVEL_WORDS_KEPT: dict[tuple[Any, ...], tuple[tuple[Finding, ...], int]] = {}


def _level_words_in(line: str, lineno: int, lead: str, level: str, also_own: frozenset[str], county_city: bool,
                    speaks_for_own: bool, unnamed: frozenset[str], opened: bool = False) -> list[Finding]:  # fmt: skip
    findings: list[Finding] = []
    for m in OWN_WORD.finditer(line):
        if _in_book_title(line, m.start()):
            continue  # 《我州农村红白喜事餐饮服务管理亟待关注》: a document's title, in its author's words
        # 直接关系到全县未来五年的发展全局 in a city speech that names no county at all: no county's scope, a slip
        no_such_scope = (m.group("kind") == "全" and m.group("lv") in unnamed and not county_city
                         and line[m.end() : m.end() + 1] not in "（(" and not _ranked_in(line, m))  # fmt: skip
        if not no_such_scope and (
            (m.group("kind") == "我" and m.group("lv") in also_own and not _led_by_own(line, m, level))
            or (_level_word_ok(line, m, level, lead) and not (county_city and m.group("lv") == "县"))
        ):  # 激励全县人民 in 太仓市's speech: a county-level city has no counties below it, 全县 is no one's
            continue
        findings.append(_level_finding(m.group(0), level, lineno, m.start() + 1))
    for m in _DIRECT_WORD.finditer(line):
        if m.group("lv") != level and m.group("lv") not in also_own and not _superiors_units(line, m, level) and not _in_book_title(line, m.start()):
            findings.append(_level_finding(m.group(0), level, lineno, m.start() + 1))
    if level != "省":  # 省直各部门要… told what to do in a city's or county's speech; thanks to 省直有关部门 are fine
        for m in _PROVINCE_DIRECT.finditer(line):
            if _CLAUSE_START.search(line[: m.start()]) and _TOLD.match(line[m.end() :]):
                findings.append(_level_finding(m.group(0), level, lineno, m.start() + 1))
    findings += _led_by_a_peer(line, lineno, level, also_own)
    findings += _peer_here(line, lineno, level, also_own)
    findings += _leads_other_team(line, lineno, level, also_own, county_city)
    findings += _peers_agenda(line, lineno, level, also_own, county_city)
    findings += _peers_told(line, lineno, level, also_own, county_city)
    findings += _superior_acts_as_own(line, lineno, level, also_own, county_city)
    findings += _speaks_for_other(line, lineno, level, also_own, county_city, speaks_for_own)
    findings += _lower_patrons(line, lineno, level)
    findings += _lower_conveners(line, lineno, level)
    findings += _lower_pledges(line, lineno, level)
    findings += _lower_reported_here(line, lineno, level)
    findings += _own_units_told(line, lineno, level)
    findings += _tier_leaders(line, lineno, level)
    findings += _own_work_stage(line, lineno, level, also_own)
    findings += _hall_of_other_level(line, lineno, level, also_own, county_city)
    findings += _own_session_of_other_level(line, lineno, level, also_own, county_city, opened)
    findings += _masked_moment(line, lineno, level, also_own)
    if level not in ("旗", "盟", "省"):
        findings += [_pastoral_finding(m.group(0), level, lineno, m.start() + 1) for m in _PASTORAL.finditer(line)]
    return findings


# 比县里的要求更高 in a district's speech (#13, batch 61's planted f09): 县里 is the county's organs, as 市里 is a
# city's; a county is neither above nor below a district (as with 全县), so a district's speaker has no 县里 — a county's
# speech copied. (A district that was a county may tell its history: 撤县设区, 原县, 县改区 in the line leave it alone.)
_COUNTY_HERE = re.compile(r"(?<![郡郊各邻外本该原])县里(?![程])")
_WAS_COUNTY = re.compile(r"撤县|原[^，。；！？]{0,4}县|县改区|改县为区|建区(?:前|以前|之前)")


def _peer_here(line: str, lineno: int, level: str, also_own: frozenset[str]) -> list[Finding]:
    if level != "区" or "县" in also_own or "县里" not in line or _WAS_COUNTY.search(line):
        return []
    return [Finding("level-mix", ERROR, f"区级讲话中出现“{m.group(0)}”（县的说法：县与区同级，区里没有“县里”）", lineno,
                    m.start() + 1, m.group(0), "改为“区里”，或确认讲话的层级（--level）")
            for m in _COUNTY_HERE.finditer(line) if not _in_book_title(line, m.start())]  # fmt: skip


# 一本达线7人，列全区第一 in a school's speech given its city (#13, batch 52 p25): a ranking names the scope the school
# (or unit) is ranked in, the district it stands in, not the speaker's own scope said with a lower level's word.
_RANKED_IN = re.compile(
    r"[^，。；！？,;!?]{0,8}?(?:第[一二三四五六七八九十\d]{1,3}(?:名|位)?|前列|前茅|首位|之首|榜首|前[三五十]名?)"
)
_RANKED_BEFORE = re.compile(r"(?:列|居|位居|位列|名列|排名|排在|排|居于|处于|进入|跻身|获得?|荣获|取得)$")


def _ranked_in(line: str, m: re.Match[str]) -> bool:
    return bool(_RANKED_BEFORE.search(line, max(0, m.start() - 3), m.start()) and _RANKED_IN.match(line, m.end()))


def _tiers_never_named(lines: Sequence[str], level: str) -> frozenset[str]:
    """The tiers below the speech's own whose character the speech writes only in 全X: a city speech that says 全县 once
    and never 县 otherwise (no county named, no 各县, 县区, 县域, 县委) speaks of no county, so its 全县 is the speaker's
    own scope with a lower level's word (某县是产粮大县，全县耕地… names the county it means)."""
    if level not in _RANK:
        return frozenset()
    text = "".join(lines)  # the whole file: a county another speech of a collection names may be this one's too
    lower = [lv for lv in ("县", "区", "乡", "镇") if _RANK[lv] > _RANK[level] and f"全{lv}" in text]
    return frozenset(lv for lv in lower if lv not in text.replace(f"全{lv}", ""))


def _in_book_title(line: str, start: int) -> bool:
    """`start` is inside 《…》, a document's (or a book's) title."""
    opened = line.rfind("《", 0, start)
    return opened >= 0 and line.find("》", opened, start) < 0 and line.find("》", start) >= 0


# 其中省直机关X名，市直机关X名，县直机关X名 / 省市直单位 / 126家市直公共机构和472家区属公共机构: the departments of
# several levels named side by side (where the cadres come from, whose units took part) are a tally of levels, not the
# speech's own 市直 said with the wrong level.
_LEVEL_UNITS = re.compile(r"(?:中|省|[市县区州旗盟乡镇])(?:直|属)(?=[各有部单机属公国企事系驻帮学医院])")
_LIST_GAP = re.compile(r"[^。；！？;!?]{0,16}")


# 市直驻县单位 / 驻县市直单位 / 市直帮扶单位 / 感谢市直有关部门对我县工作的大力支持: the superior's departments, stationed
# in the county, sent to help it or thanked for their help.
_STATIONED = re.compile(r"(?:各|有关)?(?:部门|单位|机关)?的?(?:驻[县区乡镇村我]|帮扶|派驻|下派|选派|挂职|包联|结对)")
_SUPERIOR_HELP = r"[^。；！？;!?]{{0,16}}?对(?:我|全|本)?{level}[^。；！？;!?]{{0,16}}?(?:支持|关心|帮助|指导|关怀|厚爱)"


def _superiors_units(line: str, m: re.Match[str], level: str) -> bool:
    """The X直 at `m` (X a level other than the speech's) names the departments of a superior, not the speech's own:
    one level of several named side by side, stationed in or sent to the own place, thanked for their help, or in a
    superior leader's words."""
    if _STATIONED.match(line, m.end()) or line[max(0, m.start() - 2) : m.start()].endswith(("驻" + level, "驻")):
        return True
    if re.match(_SUPERIOR_HELP.format(level=level), line[m.end() :]) or _quotes_superior(line, m.start(), m.group("lv")):
        return True
    before, after = re.split(r"[。！？；!?;]", line[: m.start()])[-1], re.split(r"[。！？；!?;]", line[m.end() :])[0]
    if re.search(r"感谢|谢意|敬意", before + after) and not _TOLD.match(line[m.end() :]):
        return True  # 向长期以来关心支持我县发展的市直各部门表示衷心的感谢
    if _HELP_OF_UNITS.match(line, m.end()) and _RANK.get(m.group("lv"), 9) < _RANK.get(level, 0):
        return True  # 在市委、市政府的坚强领导和市直各部门的大力支持下 in a county speech (level52)
    if level in _TOWN_TIER and _RANK.get(m.group("lv"), 9) < _RANK[level] and _TOWN_LIST.search(_list_around(line, m)):
        return True  # 县直有关部门、各村要密切配合 in a town's speech: the county's departments stationed in the town (level52)
    return _tiered_direct(line, m)


# 县直有关部门、各村要… / 各村、县直驻镇单位要… in a town's speech (#13, level52: a false error the held-out sets showed):
# the county's departments named in one list with the town's own villages or units work in the town, stationed there;
# a county speech's list names its towns (各乡镇、县直各部门), which a town never has below it.
_TOWN_LIST = re.compile(r"各村|村（社区）|村\(社区\)|各社区|村居|村组|驻[镇乡]|[镇乡]直|镇属|乡属|站所|镇机关|乡机关|镇里|乡里")
_HELP_OF_UNITS = re.compile(r"(?:各|有关)?(?:部门|单位|机关)?的?(?:大力|鼎力|倾力|热情|积极)?(?:支持|帮助|关心|指导|配合)")


def _list_around(line: str, m: re.Match[str]) -> str:
    """The list the X直 at `m` stands in: its sentence up to the verb told (要/必须…), without 各乡镇 (a county's list)."""
    before = re.split(r"[。！？；!?;：:]", line[: m.start()])[-1]
    after = re.split(r"[。！？；!?;]", line[m.end() :])[0]
    told = re.search(r"要|必须|务必|一定|认真|积极|主动", after)
    around = before[-20:] + after[: told.start() if told else 24]
    return "" if re.search(r"各乡镇|各乡、镇|乡镇（街道）|各镇|各乡", around) else around


def _tiered_direct(line: str, m: re.Match[str]) -> bool:
    if line[m.start() - 1 : m.start()] in ("省", "中") or line[max(0, m.start() - 2) : m.start()] in ("省、", "省，", "中、"):
        return True  # 省市直机关 / 省、市直单位
    for other in _LEVEL_UNITS.finditer(line, max(0, m.start() - 24), min(len(line), m.end() + 24)):
        if other.start() == m.start() or other.group(0)[0] == m.group("lv"):
            continue
        gap = line[other.end() : m.start()] if other.start() < m.start() else line[m.end() : other.start()]
        if _LIST_GAP.fullmatch(gap) and re.search(r"[、，,和及与]", gap):
            return True
    return False


# 我代表县委、县政府，向… in a 区 speech / 我代表区委 in a 镇's: the bodies the speaker speaks for are of the speech's own
# level, or of a superior's when a superior's leader comes to the meeting (我代表市委 in a 县 speech, unless the speaker
# says 我代表县委 elsewhere in it: one speaker speaks for one level); a peer's (县 and 区, 乡 and 镇) or a lower level's
# never are. (某某同志代表县政府作了报告: another person, see _said_by_another.)
# (我代表县四套班子 in a 区 speech, check48: the level's leading bodies together, as 我代表XX县四家班子 says it)
_SPEAKS_FOR = re.compile(
    r"我(?:谨)?代表(?:中共)?(?P<lv>[省市县区乡镇州盟旗])(?:党?委|人民政府|政府|人大常委会|政协|[四五][大套家]班子|党政(?:领导)?班子)"
)
# (我代表市委 in a 自治州's speech: a 州 and a 市 are of one tier, the 州委 is the speaker's own and the 市委 no superior)
_PEER_TIER = {"市": "市", "州": "市", "盟": "市", "县": "县", "区": "县", "旗": "县", "乡": "乡", "镇": "乡", "街道": "乡"}


def _speaks_for_other(line: str, lineno: int, level: str, also_own: frozenset[str], county_city: bool,
                      speaks_for_own: bool = False) -> list[Finding]:  # fmt: skip
    findings = []
    for m in _SPEAKS_FOR.finditer(line):
        lv = m.group("lv")
        if lv == level or lv in also_own:
            continue
        peer = _PEER_TIER.get(lv, lv) == _PEER_TIER.get(level, level) or (county_city and lv in "县区")
        if not (peer or _RANK.get(lv, 0) > _RANK.get(level, 9) or speaks_for_own):
            continue  # 我代表市委 in a 县 speech: the city's leader at the county's meeting (unless he said 我代表县委 too)
        findings.append(Finding(
            "level-mix", ERROR, f"{level}级讲话中讲话人“{m.group(0)}”（{lv}级机关，不是本级）", lineno, m.start("lv") + 1,
            line[m.start("lv") : m.end()], f"改为“{level}{line[m.end('lv') : m.end()]}”，或确认讲话的层级（--level）",
        ))  # fmt: skip
    return findings


# 上半年，全镇共签定招商引资合同19个… then 上半年，全县共实施过千万元项目8个 in a 镇's report: the speech counts its own
# results as 全镇共… and one count said with the superior's scope, in a sentence that names no own word or rank beside it
# (其中我镇, 占全县, 我镇排名第四), is the own count with the wrong level word. So is 1-12月，全县完成生产总值4260万元 in
# a paragraph of a 镇's report that spoke of 我镇 before it and names no body of the county: the paragraph's tally is its own.
_TALLY = re.compile(r"全(?P<lv>[省市县区乡镇])(?:共|完成|实现)(?=[\u4e00-\u9fff]{1,12}?\d)")
_TALLY_CLAUSE = re.compile(
    r"(?:^|[。；！？，,;!?])\s*(?:(?:今年|去年|上半年|下半年|全年|一年来|\d{4}年|(?:\d{1,2}[-—–~至到])?\d{1,2}月份?)[^，。；,;]{0,6}?[，,]?)?$"
)


def _mirrored_tally(lines: Sequence[str], span: range, level: str) -> list[Finding]:
    tallies = [(lineno, line, m) for lineno, line in lines_in(lines, span) for m in _TALLY.finditer(line)]
    mirrored = any(m.group("lv") == level for _, _, m in tallies)
    findings = []
    for lineno, line, m in tallies:
        lv = m.group("lv")
        # (a scope two tiers up, 全省 in a county's speech, is never the own one a clerk copied: a county's 安委会 speech
        # reads out the province's tally of accidents beside its own, as its superiors' situation)
        if lv == level or not 0 < _RANK.get(level, 0) - _RANK.get(lv, 9) < 2 or not _TALLY_CLAUSE.search(line[: m.start()]):
            continue
        sentence = re.split(r"[。！？!?；;]", line[: m.start()])[-1] + re.split(r"[。！？!?；;]", line[m.end() :])[0]
        if re.search(rf"[我全本]{level}|占|排名|位居|名列", sentence):
            continue
        if re.search(_SUPERIOR_NAMED.format(lv=lv) + rf"|据{lv}|{lv}[\u4e00-\u9fff]{{1,4}}?办", sentence):
            continue  # 据市安办通报，1-3月，全市共发生…: the superior's tally, with its source named
        before = line[: m.start()]
        if not mirrored and (not re.search(rf"[我全本]{level}", before) or re.search(rf"{lv}(?:委|政府|里|级)|全{lv}", before)):
            continue  # no own tally elsewhere, and the paragraph neither speaks of the own place first nor only of it
        findings.append(_level_finding(m.group(0)[:2], level, lineno, m.start() + 1))
    return findings


# 在市委市政府和县委的正确领导下 in a 区's report: the leadership a report thanks is its superiors' and its own
# committee's; a 县委 there is neither (a county is a district's peer, not above it): a leftover of a county's text.
_LED_BY = re.compile(r"在(?P<who>[^。；！？，,]{2,24}?)的?(?:正确|坚强|有力|科学)?领导下")
_LED_BODY = re.compile(r"(?<![省市县区乡镇])(?P<lv>[省市县区乡镇])(?:委|人民政府|政府)")


def _led_by_a_peer(line: str, lineno: int, level: str, also_own: frozenset[str]) -> list[Finding]:
    findings = []
    for m in _LED_BY.finditer(line):
        for b in _LED_BODY.finditer(m.group("who")):
            lv = b.group("lv")
            if lv != level and lv not in also_own and _RANK.get(lv) == _RANK.get(level) and {lv, level} <= {"县", "区"}:
                findings.append(_level_finding(b.group(0), level, lineno, m.start("who") + b.start() + 1))
        findings += _led_by_superior_alone(line, m, lineno, level, also_own)
    return findings


# 团结带领市政府一班人 in a county 县长's speech (#13, batch 51): the team the speaker leads (一班人, 领导班子, 班子成员)
# is the own body's; another level's is a copy's leftover. (市长带领市政府一班人来我县调研 — someone else leading — and a
# county-level city's 市政府 are left alone.)
_LEADS_TEAM = re.compile(
    r"(?:团结带领|带领|率领|团结)(?:着)?(?P<body>(?P<lv>[省市县区乡镇])(?:委|人民政府|政府)(?:党组)?)(?:一班人|领导班子|班子成员|班子|全体组成人员)"
)
_SOMEONE_ELSE = re.compile(r"同志|书记|[省市县区乡镇局厅部校院]长|主任|主席|他|她")


def _leads_other_team(line: str, lineno: int, level: str, also_own: frozenset[str], county_city: bool) -> list[Finding]:
    findings = []
    for m in _LEADS_TEAM.finditer(line):
        lv = m.group("lv")
        if lv == level or lv in also_own or (county_city and lv == "市") or _RANK.get(lv) is None or level not in _RANK:
            continue
        clause = re.split(r"[，。；！？,;!?]", line[: m.start()])[-1]
        if _SOMEONE_ELSE.search(clause):
            continue
        findings.append(_level_finding(m.group("body"), level, lineno, m.start("body") + 1))
    return findings


# 统战工作要进入县委的议事日程 / 教育发展的重大事项要列入县委、县政府的重要议程 in a 区 speech (or a 县级市's): the
# agenda the speaker puts the work on is the own committee's; a bare 县委 there is a peer's (a county is neither above
# nor below a district, and a county-level city has no counties), a leftover of a county's text. (各县委…, 该县委…,
# a named one 桐庐县委…, and a city's 列入市委议事日程 in a county speech are left alone.)
_ON_AGENDA = re.compile(
    r"(?:进入|列入|纳入|摆上|摆到|摆进|提上)(?P<lv>[县区])(?:党)?委(?:[、和](?P=lv)?(?:人民)?政府)?的?(?:重要)?(?:议事日程|议程|工作日程)"
)


def _peers_agenda(line: str, lineno: int, level: str, also_own: frozenset[str], county_city: bool) -> list[Finding]:
    findings = []
    for m in _ON_AGENDA.finditer(line):
        lv = m.group("lv")
        peer = {lv, level} == {"县", "区"} or (county_city and lv == "县")
        if peer and lv not in also_own:
            findings.append(Finding(
                "level-mix", ERROR, f"{level}级讲话把工作列入“{lv}委”的议程：{lv}不是本{level}的上级，议程应是本{level}{level}委的",
                lineno, m.start("lv") + 1, f"{lv}委", f"改为“{level}委”，或确认讲话的层级（--level）",
            ))  # fmt: skip
    return findings


# 《规则》要求，县政府及各部门要严格执行中央、市委和区委关于… / 县委、县政府要抓好落实 in a 区 speech (or 区委… in a
# 县's, 县委… in a 县级市's; #13, batch 63's planted f09): the bodies a speaker tells what to do, at the head of a clause,
# are the own level's; a peer's (a county is neither above nor below a district) is a county's text left in. A named
# one (桐庐县委), each one (各县委), a former one (原县委) and a superior's words passed on (市委要求，…) are left alone.
_PEER_TOLD = re.compile(
    r"(?:^|(?<=[。！？；;!?：:，,\s]))(?P<body>(?P<lv>[县区])(?:党?委|(?:人民)?政府)(?:[、和](?P=lv)(?:人民)?政府)?)"
    r"(?:及其?|和)?(?:各|所属|工作)?(?:部门|单位)?(?:都|也|一定)?(?:要|务必|必须)(?!求)"
)
_SUPERIOR_WORDS = re.compile(r"[省市][^，。；！？,;!?]{0,6}?(?:要求|指出|强调|提出|明确)[，,：:]?$")


def _peers_told(line: str, lineno: int, level: str, also_own: frozenset[str], county_city: bool) -> list[Finding]:
    if "委" not in line and "政府" not in line:
        return []
    findings = []
    for m in _PEER_TOLD.finditer(line):
        lv = m.group("lv")
        peer = {lv, level} == {"县", "区"} or (county_city and lv == "县")
        if not peer or lv in also_own or _SUPERIOR_WORDS.search(line, max(0, m.start() - 14), m.start()):
            continue
        word = m.group("body")
        findings.append(Finding(
            "level-mix", ERROR, f"{level}级讲话要求“{word}”做事：{lv}不是本{level}的上级或下级，要求的应是本级机关",
            lineno, m.start() + 1, word, f"改为“{word.replace(lv, level)}”，或确认讲话的层级（--level）",
        ))  # fmt: skip
    return findings


# 区审计局依法审计了…审计结果表明，在市委、市政府坚强领导下，各有关部门和单位… in a 区 bureau's report: a bureau of a
# 区 or 县 reports work done under its own district's committee and government (在区委、区政府坚强领导下, or 在市委、
# 市政府和区委的坚强领导下 naming both); the city's pair alone is the city bureau's text left in. A 区委书记's own 在市委、
# 市政府的坚强领导下，我区… is right (the 区委 is the speaker), so only a paragraph that speaks as a bureau is read, and
# not when the sentence goes on about the city (…领导下，全市…).
_SUPERIOR_PAIR = re.compile(r"^市委[、和及]?市(?:人民)?政府$")
_BUREAU = {lv: re.compile(rf"我局|本局|(?<![省市]){lv}[\u4e00-\u9fff]{{2,4}}局(?![长面势])") for lv in ("区", "县")}


def _led_by_superior_alone(line: str, m: re.Match[str], lineno: int, level: str, also_own: frozenset[str]) -> list[Finding]:
    if level not in ("区", "县") or "市" in also_own:
        return []
    if _SUPERIOR_ONLY.match(m.group("who")) and not _SUPERIOR_PAIR.match(m.group("who")) or (
        _SUPERIOR_PAIR.match(m.group("who")) and not _BUREAU[level].search(line)
    ):
        return _led_by_superior_below(line, m, lineno, level)
    if not _SUPERIOR_PAIR.match(m.group("who")):
        return []
    rest = re.split(r"[。！？!?；;]", line[m.end() :])[0]
    # (…领导下，全市… speaks of the city; 在全市考核中位居前列 further on is the bureau's rank, not the city's work)
    if re.match(r"[，,]\s*(?:全市|我市|市[直级属])", rest) or "领导下" in line[: m.start()]:
        return []
    return [Finding(
        "level-mix", ERROR, f"{level}级讲话中出现“{m.group(0)}”：本{level}的工作应写在{level}委、{level}政府领导下",
        lineno, m.start() + 1, m.group(0), f"改为“在{level}委、{level}政府坚强领导下”，或写明“在市委、市政府和{level}委的坚强领导下”",
    )]  # fmt: skip


# 县团委在市委和上级团组织的领导下… / 在市委的坚强领导下，各乡镇、政府各部门按照县委、县政府的总体部署… in a 县 speech
# (#13, level52: the held-out sets' planted led-by slips): who works under the leadership a sentence names is said
# before it or after it; the own level's bodies below its committee (县团委, 县政府, 我局, 各乡镇, 县直各部门) or the
# own committee's plans (按照县委、县政府的部署) there mean the leadership is the own committee's, and the city's alone
# is a city text's leftover. The county itself under the city (在市委、市政府的坚强领导下，县委团结带领…, …，我们…,
# …，全县上下…) is a county secretary's right words and is left alone; so is a named pair (在市委、市政府和县委…).
_SUPERIOR_ONLY = re.compile(r"^(?:中共)?市委(?:[、和及]?市(?:人民)?政府)?(?:[、和及](?:上级|省)[\u4e00-\u9fff]{0,6})?$")
_OWN_BELOW_BEFORE = (
    r"(?:{lv}(?:团委|共青团|妇联|总工会|科协|文联|工商联|政府|人民政府|人大|人大常委会|政协|纪委|[\u4e00-\u9fff]{{1,6}}局)"
    r"|我局|本局|我们局|本届政府|政府系统)[^，。；！？,;!?]{{0,6}}$"
)
_OWN_BELOW_AFTER = r"^[，,]\s*(?:各乡镇|各乡（镇）|各镇|各部门|{lv}直|政府各部门|全{lv}政府系统|{lv}(?:人民)?政府|我局|本局|{lv}[\u4e00-\u9fff]{{1,6}}局)"
_OWN_PLAN = r"(?:按照|根据|围绕|落实|贯彻)[^。；！？;!?]{{0,4}}?{lv}委(?:[、和]{lv}(?:人民)?政府)?(?:的)?[^。；！？;!?，,]{{0,6}}?(?:部署|安排|要求|决策)"


def _led_by_superior_below(line: str, m: re.Match[str], lineno: int, level: str) -> list[Finding]:
    clause = re.split(r"[，。；：！？,;:!?]", line[: m.start()])[-1]
    rest = re.split(r"[。！？!?；;]", line[m.end() :])[0]
    plan = re.search(_OWN_PLAN.format(lv=level), rest)
    if not plan and (_quotes_superior(line, m.start(), "市") or re.search(rf"^[，,]\s*(?:新一届)?{level}委", rest)):
        return []  # 在市委的坚强领导下，县委团结带领…: the county's committee under the city's, rightly
    below = re.search(_OWN_BELOW_BEFORE.format(lv=level), clause) or re.match(_OWN_BELOW_AFTER.format(lv=level), rest)
    if not (below or plan):
        return []
    who = re.match(r"(?:中共)?市委(?:[、和及]?市(?:人民)?政府)?", m.group("who")).group(0)  # type: ignore[union-attr]
    return [Finding(
        "level-mix", ERROR, f"{level}级讲话中出现“在{who}…领导下”：在这一领导下工作的是本{level}的机关或部署，领导它们的应是{level}委",
        lineno, m.start("who") + 1, who, f"改为“{level}委”（或“{level}委、{level}政府”），或写明“在{who}和{level}委的坚强领导下”",
    )]  # fmt: skip


# 在县委的坚强领导下，各乡镇… once and 在市委、市政府的坚强领导下，… elsewhere in one 县 speech, or 让我们在市委的坚强领导下…
# in a county government's or congress's speech (我代表县人民政府…, 各位代表): the speaker works under the own committee
# (a county secretary never says 在县委的领导下 of his own work, a county head or a congress does), so the city's
# leadership alone, not named beside the own committee, is a city text's leftover (#13, level52).
_GOVERNMENT_VOICE = r"我(?:谨)?代表(?:{lv})?(?:人民)?政府|我(?:谨)?代表(?:{lv})?人大常委会|本届政府|(?:政府|人大常委会)工作报告"


def _superior_led_where_own_leads(lines: Sequence[str], span: range, level: str, also_own: frozenset[str],
                                  county_city: bool) -> list[Finding]:  # fmt: skip
    if level not in ("县", "区") or "市" in also_own or county_city:
        return []
    found = [(lineno, line, m) for lineno, line in lines_in(lines, span) if "领导下" in line for m in _LED_BY.finditer(line)]
    if not found:
        return []  # (most speeches: no line is read for the speaker's voice)
    own = any(
        re.search(rf"(?<![省市县区乡镇]){level}(?:党)?委", m.group("who")) and "市" not in m.group("who") for _, _, m in found
    )
    voice = own or any(re.search(_GOVERNMENT_VOICE.format(lv=level), line) for _, line in lines_in(lines, span))
    if not voice:
        return []
    findings = []
    for lineno, line, m in found:
        if not _SUPERIOR_ONLY.match(m.group("who")) or _quotes_superior(line, m.start(), "市"):
            continue
        sentence = re.split(r"[。！？!?]", line[: m.start()])[-1] + re.split(r"[。！？!?]", line[m.end() :])[0]
        if re.search(rf"(?<![省市县区乡镇]){level}(?:党)?委", sentence) and not re.search(_OWN_PLAN.format(lv=level), sentence):
            continue  # 在市委、市政府的正确领导下，在县委的坚强领导下… / …，县委团结带领…: the own committee named beside it
        who = re.match(r"(?:中共)?市委(?:[、和及]?市(?:人民)?政府)?", m.group("who")).group(0)  # type: ignore[union-attr]
        why = "讲话别处写的是在本级党委领导下" if own else "讲话人代表本级政府或人大讲话"
        findings.append(Finding(
            "level-mix", ERROR, f"{level}级讲话中出现“在{who}…领导下”：{why}，这里却只写了{who}（层级不一致）",
            lineno, m.start("who") + 1, who, f"改为“{level}委”，或写明“在{who}和{level}委的坚强领导下”",
        ))  # fmt: skip
    return findings


# 县委、县政府召开这次会议 / 县委督查室要加强督查 / 县委、县政府将对攻坚进展一周一调度 in a 县 speech, with 县 turned to 市
# (#13, level52: the held-out sets' missed slips with 市委 opening a clause): the bodies that convene this very meeting,
# that the speaker tells what to do and that pledge what they will do are the own level's. The city's bodies there are
# a city text's leftover: an error when they convene this meeting or are told, a warning when they pledge (a county
# speech may pass on what the city will do). 市委要求… / 市长指出，市委、市政府要… (the superior's words), 市委、市政府
# 将对各县… / …对我县… (the city's care for its counties) are left alone.
_SUPERIOR_OPENS = re.compile(
    r"(?:^|(?<=[。！？；;!?：:，,\s“]))(?:今天|今日|今年|近年来|这次|此次)?[，,]?(?P<body>(?:中共)?市委(?:[、和]?市(?:人民)?政府)?|市(?:人民)?政府)"
    r"(?![、和]县|[\u4e00-\u9fff]{0,2}(?:书记|常委|副|领导|主要|办公室主任))"
)
_CONVENES_THIS = (
    r"^[^，。；！？,;!?]{{0,14}}?(?:研究)?(?:决定)?(?:在这里|专门|专题|今天)?(?:召开|举行|举办)了?(?:这次|本次|此次|今天的|这个|全{lv})"
    r"(?![^，。；！？,;!?]{{0,12}}全[省市])|^[^，。；！？,;!?]{{0,10}}?(?:今天|今日|在这里)[^，。；！？,;!?]{{0,6}}?(?:召开|举行|举办)(?![^，。；！？,;!?]{{0,12}}全[省市])"
)
# 县委、县政府决定，从本月起在全县… with 县 turned to 市: what the city decides, in the county alone, is the county's decision
_DECIDES_FOR_OWN = r"^(?:研究)?决定[，,]?[^。；！？;!?]{{0,12}}?在全{lv}"
_OWN_MEETING_SAID = r"这次|本次|此次|今天|全{lv}"
_SUPERIOR_TOLD = re.compile(r"^(?:[\u4e00-\u9fff]{0,3}?(?:办|室|部)|各部门|有关部门|各有关部门)?(?:都|也|一定)?(?:要|务必|必须)(?!求)")
_SUPERIOR_PLEDGE = re.compile(r"^(?:也|还|一定|必将)?(?:将|会)(?:一如既往|持续|继续|定期|对|把|进一步|加大|全力|及时)")
# 近年来，县委、县政府坚持把教育作为最大的民生工程来抓 with 县 turned to 市: the work a county speech reviews is its own
# bodies'; the city's there is asked (a warning: a county may tell what the city did), not its care (市委高度重视…)
_REVIEW_OPENS = re.compile(r"(?:今年以来|近年来|近几年来|去年以来|一年来|过去一年|这一年|多年来|长期以来)[，,]\s*(?:特别是[^，,]{0,8}[，,]\s*)?$")
_REVIEW_WORK = re.compile(
    r"^(?:始终|一直|坚持|坚定|认真|紧紧|深学|聚焦|大力|扎实|全力|团结|持续|狠抓|着力|先后|积极)(?![^，。；,;]{0,4}(?:关心|支持|重视|关怀|厚爱|帮助|指导))"
)
_TO_COUNTIES = re.compile(r"各县|我县|对[^。；！？]{0,6}县|县（市、区）|县\(市、区\)|县市区|全市")


def _superior_acts_as_own(line: str, lineno: int, level: str, also_own: frozenset[str], county_city: bool) -> list[Finding]:
    if level not in ("县", "区") or "市" in also_own or county_city or "市" not in line:
        return []
    findings = []
    for m in _SUPERIOR_OPENS.finditer(line):
        after = line[m.end() :]
        sentence = re.split(r"[。！？!?]", line[: m.start()])[-1] + re.split(r"[。！？!?]", after)[0]
        if _quotes_superior(line, m.start(), "市") or _SUPERIOR_WORDS.search(line, max(0, m.start() - 14), m.start()):
            continue
        body = m.group("body")
        if re.match(_CONVENES_THIS.format(lv=level), after) and not _ANOTHER_MEETING.search(after[:16]) or (
            re.match(r"^[^，。；！？,;!?]{0,8}?(?:研究)?决定召开的", after) and re.search(_OWN_MEETING_SAID.format(lv=level), sentence)
        ):
            why, severity = f"召开这次{level}级会议的应是本级机关（{level}委、{level}政府）", ERROR
        elif re.match(_DECIDES_FOR_OWN.format(lv=level), after):
            why, severity = f"决定在全{level}做什么的应是本级机关（{level}委、{level}政府）", ERROR
        elif _SUPERIOR_TOLD.match(after):
            why, severity = f"讲话要求做事的应是本级机关，{level}级讲话不会给{body}布置工作", ERROR
        elif _SUPERIOR_PLEDGE.match(after) and not _TO_COUNTIES.search(sentence):
            why, severity = f"表态将要做什么的通常是本级机关（{level}委、{level}政府）", WARNING
        elif _REVIEW_OPENS.search(line[: m.start("body")]) and _REVIEW_WORK.match(after) and not _TO_COUNTIES.search(sentence):
            why, severity = f"回顾本{level}工作时做事的通常是本级机关（{level}委、{level}政府）", WARNING
        else:
            continue
        own = body.replace("中共", "").replace("市", level)
        findings.append(Finding(
            "level-mix", severity, f"{level}级讲话中出现“{body}”：{why}", lineno, m.start("body") + 1, body,
            f"改为“{own}”，或确认讲话的层级（--level）",
        ))  # fmt: skip
    return findings


# 2013年，全县教育工作坚持… in a city report that says 全市教育工作 elsewhere: the speech's own work, written with a
# lower level's word (a city speaks of 全县 only for its counties: 各县要统筹全县教育工作, 县（市、区）… are left alone).
_SCOPE_WORD = re.compile(r"全(?P<lv>[省市县区乡镇])(?P<what>[\u4e00-\u9fff]{4})")
_COUNTIES_NAMED = re.compile(r"各[县区乡镇]|[县区][（(][市区、]{1,3}[)）]|县市区|县区|县（市）|[县区]里")


def _mirrored_lower(lines: Sequence[str], span: range, level: str) -> list[Finding]:
    own: set[str] = set()
    own_said = 0
    lower: list[tuple[int, str, re.Match[str]]] = []
    for lineno, line in lines_in(lines, span):
        for m in _SCOPE_WORD.finditer(line):
            if m.group("lv") == level:
                own.add(m.group("what"))
                own_said += 1
            elif _RANK.get(m.group("lv"), 0) > _RANK.get(level, 9):
                lower.append((lineno, line, m))
    findings = []
    for lineno, line, m in lower:
        sentence = re.split(r"[。！？!?；;]", line[: m.start()])[-1] + line[m.start() : m.end() + 20]
        named = line[max(0, m.start() - 1) : m.start()] in ("县", "区", "镇", "乡")  # 青禾县全县教育工作: that county's
        # 镇党委、政府团结带领…，全镇上下呈现出… in a 区 speech at a town's renaming: the sentence's subject is the town
        named = named or bool(re.search(rf"{m.group('lv')}(?:党委|党工委|人民政府|政府)", sentence))
        heading = bool(_HEADING_START.fullmatch(line[: m.start()])) and own_said >= 2
        if (m.group("what") in own or heading) and not named and not _COUNTIES_NAMED.search(sentence):
            findings.append(_level_finding(m.group(0)[:2], level, lineno, m.start() + 1))
    return findings


# 一、全县基层党建工作取得明显成效 heading a point of a 市 speech that says 全市 elsewhere: a point heading has no subject
# but the speaker's own scope, so a lower level's 全县 there is the slip (whatever words follow it).
_HEADING_START = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])\s*")


# 充分体现了县委对民政工作的高度重视 in a city bureau's speech: the bare committee (no place, no 各 before it) whose care
# the speaker thanks is the speaker's superior, of the speaker's level or above; a level below is a slip (市委 written
# as 县委). Named ones (XX县委对…) and 各县委 are left alone.
_LOWER_PATRON = re.compile(
    r"(?:(?<=[了的是和与及、，。：；,;:])|^)(?P<lv>[县区乡镇])(?:委|(?:人民)?政府)(?:[、和](?P=lv)(?:人民)?政府)?"
    r"对[^。；！？，,]{0,12}?的(?:高度)?(?:重视|关心|关怀|厚爱|信任)"
)


# 这次…调度会是镇党委决定召开的 in a county speech, 这期培训班是县委决定举办的 in a city's: the body that convenes this
# very meeting (or holds this very class) is the speaker's own or above; one of a lower level is a slip.
_LOWER_CONVENER = re.compile(
    r"(?:这次|今天|本次|此次|这期|本期)[^。！？；]{0,24}?(?:会议|大会|会|培训班|研讨班|学习班|班)(?:[，,])?(?:是|由)经?(?P<lv>[县区乡镇])(?:党)?(?:委|(?:人民)?政府)"
    r"(?:[、和](?:[县区乡镇])(?:人民)?政府)?(?:研究)?(?:决定|同意)?(?:召开|举办|开办)"
    # 在县委、县政府和镇党委坚强领导下 / 政府和镇党委的决策部署 in a county speech: a bare lower body as the leader
    r"|(?:(?<=[和、及与])|(?<=[在按照根据落实贯彻]))(?P<lv2>[县区乡镇])(?:党)?委(?:、(?P=lv2)(?:人民)?政府)?的?"
    r"(?!书记|委员|班子|成员)(?:坚强|正确|统一|一系列|重要|经济工作|全体|全会|工作)*"
    r"(?:领导|决策部署|统一部署|安排部署|部署要求|会议部署|会议精神)"
)


# 刚才，XX县长对全区…作了点评 / 我和王区长 in a speech of the other of the two county tiers: a 区 has a 区长, a 县 a
# 县长 (a name or a placeholder right before it, at a clause's start or after 和/与/由/请).
_TIER_LEADER = re.compile(
    r"(?:^|(?<=[，,、。：:和与及由请]))(?P<who>[XxＸ×]{2,3}|某|[\u4e00-\u9fff])(?:副)?(?P<lv>[县区])长(?![期远久效足江城沙春治大者廊])"
)  # 牧区长期…, 山区长远…: 长 starts the next word
_NOT_SURNAME = frozenset("园新城景社校矿院街厂场站队所局委省市县区镇乡村各全本我该牧山林灾库湖城郊")


def _tier_leaders(line: str, lineno: int, level: str) -> list[Finding]:
    if level not in ("县", "区"):
        return []
    if "县长" not in line and "区长" not in line:
        return []  # (the pattern's [县区]长, looked for at every position: #18, perf39)
    findings = []
    for m in _TIER_LEADER.finditer(line):
        if m.group("lv") == level or m.group("who") in _NOT_SURNAME:
            continue
        word = line[m.start() : m.end()]
        findings.append(Finding(
            "level-mix", ERROR, f"{level}级讲话中出现“{word}”：{level}的行政首长是“{level}长”", lineno, m.start() + 1, word,
            f"改为“{word[:-2]}{level}长”，或确认讲话的层级（--level）",
        ))  # fmt: skip
    return findings


# 全市各部门、社区要认真学习… in a 街道's speech (全县各村要… in a 镇's): the villages and communities a town-level speaker
# tells what to do are its own, so the scope before them is its own level's, not the city's. A clause that opens with
# the scope and tells (要, 务必); one that passes on a superior's words (市里要求，全市各社区要…) is left alone.
_OWN_UNITS_TOLD = re.compile(
    r"(?:^|(?<=[。！？；;!?：:]))\s*全(?P<lv>[市县区])(?:各(?:部门|单位|科室|站所)[、，,和及与]?)?各?"
    r"(?:社区|村(?:[（(](?:社区|居)[)）])?|村居|村组|居委会|网格)[^。；！？，,]{0,12}?(?:要|务必|必须)"
)
_TOWN_TIERS = frozenset({"街道", "乡", "镇"})


def _own_units_told(line: str, lineno: int, level: str) -> list[Finding]:
    if level not in _TOWN_TIERS:
        return []
    return [
        _level_finding(f"全{m.group('lv')}", level, lineno, m.start("lv"))
        for m in _OWN_UNITS_TOLD.finditer(line)
        if not re.search(r"要求|指出|强调|提出", line[max(0, m.start() - 12) : m.start()])
    ]


def _names_lower_tier(line: str, level: str) -> bool:
    """Whether `line` holds the character of a tier below `level` (县 区 乡 镇): the conveners' and patrons' patterns,
    tried at every position, find a body of such a tier or nothing (a 镇 speech has none below it; #18, perf39)."""
    return any(c in line for c in _LOWER_TIERS.get(level, ""))


def _lower_conveners(line: str, lineno: int, level: str) -> list[Finding]:
    if not _names_lower_tier(line, level):
        return []
    findings = []
    for m in _LOWER_CONVENER.finditer(line):
        lv = m.group("lv") or m.group("lv2")
        if _RANK.get(lv, 0) <= _RANK.get(level, 9) or re.search(rf"各(?:乡镇|{lv})", re.split(r"[，。；！？,;]", line[: m.start()])[-1]):
            continue  # 各镇要在镇党委的统一领导下…: each town's own committee
        col = m.start("lv") if m.group("lv") else m.start("lv2")
        word = line[col : line.index("委" if "委" in line[col : col + 3] else "政府", col) + (1 if "委" in line[col : col + 3] else 2)]
        findings.append(Finding(
            "level-mix", ERROR, f"{level}级讲话中把“{word}”说成召开会议、领导或部署工作的机关：{level}级讲话的上级不会是{lv}级机关", lineno, col + 1,
            word, f"改为本级机关（{level}委、{level}政府），或确认讲话的层级（--level）",
        ))  # fmt: skip
    return findings


# 市委、市政府将把安全生产纳入年度综合考核 said as 县委、县政府将把… in a city speech (#13, check46's own flawed
# speeches): the pair that pledges what it will do, opening its clause, is the speaker's own; a lower level's pair
# pledges only in its own speech. (各县委、县政府要…, 希望县委、县政府将… tell a lower level: not this.)
_LOWER_PAIR_PLEDGE = re.compile(
    r"(?:^|(?<=[。；！？，,;!?：:]))\s*(?P<pair>(?P<lv>[市县区乡镇])(?:党)?委[、和]?(?P=lv)(?:人民)?政府)"
    r"(?:将|会)(?:把|进一步|继续|坚持|认真|切实|始终|全力|一如既往|持续)"
)


def _lower_pledges(line: str, lineno: int, level: str) -> list[Finding]:
    if ("委" not in line or "政府" not in line) or ("将" not in line and "会" not in line):
        return []
    findings = []
    for m in _LOWER_PAIR_PLEDGE.finditer(line):
        if _RANK.get(m.group("lv"), 0) <= _RANK.get(level, 9) and {m.group("lv"), level} != {"县", "区"}:
            continue  # (a county and a district are peers: neither pledges in the other's speech)
        pair = m.group("pair")
        findings.append(Finding(
            "level-mix", ERROR, f"{level}级讲话中由“{pair}”表态将要做什么：表态的应是本级（{level}委、{level}政府）",
            lineno, m.start("pair") + 1, pair, f"改为“{level}委、{level}政府”，或确认讲话的层级（--level）",
        ))  # fmt: skip
    return findings


# 刚才，县应急管理局通报了… in a city speech (#13, check46's own flawed speeches): the bureau that reports at this very
# meeting, named bare, is the own level's; a county's bureau reporting at a city's meeting is named with its county
# (清河县应急管理局). A warning: a lower bureau named bare may still be meant.
_REPORTED_HERE = re.compile(
    r"刚才[，,]\s*(?P<body>(?P<lv>[市县区乡镇])(?!委|政府|人大|政协)[\u4e00-\u9fff]{2,8}?(?:局|委员会|办公室|中心))"
    r"(?:的?(?:主要)?负责同志|的同志)?(?:通报|汇报|介绍|传达|宣读|作了)"
)


def _lower_reported_here(line: str, lineno: int, level: str) -> list[Finding]:
    findings = []
    for m in _REPORTED_HERE.finditer(line) if "刚才" in line else ():
        lv = m.group("lv")
        if _RANK.get(lv, 0) <= _RANK.get(level, 9) and {lv, level} != {"县", "区"}:
            continue
        body = m.group("body")
        findings.append(Finding(
            "level-mix", WARNING, f"{level}级会议上刚才通报情况的是“{body}”：本次会议通报的通常是本级部门，下级部门会写明是哪个{lv}",
            lineno, m.start("body") + 1, body, f"是不是“{level}{body[1:]}”？",
        ))  # fmt: skip
    return findings


def _lower_patrons(line: str, lineno: int, level: str) -> list[Finding]:
    """县委对…工作的高度重视 in a 市 speech: a body below the speaker thanked as the superior."""
    if not _names_lower_tier(line, level):
        return []
    findings = []
    for m in _LOWER_PATRON.finditer(line):
        lv = m.group("lv")
        if _RANK.get(lv, 0) <= _RANK.get(level, 9):
            continue
        word = line[m.start() : m.start() + 2]
        findings.append(Finding(
            "level-mix", ERROR, f"{level}级讲话中出现“{m.group(0)}”：感谢的上级不会是{lv}级机关", lineno, m.start() + 1,
            word, f"改为“{level}{word[1:]}”，或确认讲话的层级（--level）",
        ))  # fmt: skip
    return findings


# 分析研判我市创建形势…动员全县上下 with the level unknown: the speaker's own words disagree. When one level's words
# (我县, 全县) clearly outnumber another's and the other is said only as the speaker's own (我市, 全市上下, 全市各级各
# 部门), that one is likely the slip; a warning, since only --level can settle it. Levels a speaker names as their
# own side by side (a 区 or a 镇 speaker's 我市, 我县) are left alone: only 市 against 县 and 县 against 区 clash.
_CLASHING = frozenset({frozenset({"市", "县"}), frozenset({"县", "区"})})
_OWN_ONLY_AFTER = re.compile(r"上下|各级各(?:有关)?部门|各级党组织")


# 政府班子要自觉接受市委的领导、人大的监督和政协的监督 in a county's speech (check48, the shape of a planter 48 copy): a
# government accepts its committee's leadership and its congress's supervision in one breath, the congress unprefixed
# (its own level's): the committee is its own level's too. Another level's committee there is a slip.
_ACCEPTS_LED = re.compile(
    r"接受(?P<lv>[省市县区乡镇])委的(?:统一|坚强|正确|集中统一|绝对)?领导[、，,和及]\s*(?:接受)?人大(?:常委会)?的"
)


def check_accepted_leadership(lines: Sequence[str], span: range, level: str | None) -> list[Finding]:
    """接受市委的领导、人大的监督 in a 县 speech: the committee named beside the own congress is another level's."""
    if level not in ("省", "市", "县", "区", "乡", "镇"):
        return []
    findings = []
    for lineno, line in lines_in(lines, span):
        for m in _ACCEPTS_LED.finditer(line) if "接受" in line else ():
            lv = m.group("lv")
            if lv == level or _PEER_TIER.get(lv) == _PEER_TIER.get(level) and lv in "乡镇":
                continue
            findings.append(Finding(
                "level-mix", ERROR, f"{level}级讲话中“{m.group(0)}”：接受{lv}委的领导，却与本级人大的监督并列（层级不一致）",
                lineno, m.start("lv") + 1, f"{lv}委", f"改为“{level}委”，或确认讲话的层级（--level）",
            ))  # fmt: skip
    return findings


def check_level_clash(lines: Sequence[str], span: range, ctx: SpeechContext) -> list[Finding]:
    """我市 once among 全县 ×2 when the level is uncertain: a warning on the outnumbered own word."""
    if ctx.level or not ctx.reasons.get("level", "").startswith("层级不确定"):
        return []
    said: dict[str, list[tuple[int, int, str, bool]]] = {}
    for lineno, line in lines_in(lines, span):
        for m in OWN_WORD.finditer(line):
            lv, after = m.group("lv"), line[m.end() : m.end() + 6]
            if lv == "省" or after[:1] in "（(":
                continue
            if m.group("kind") == "全" and (UPPER_OK_AFTER.match(after) or relayed(line[max(0, m.start() - 30) : m.start()], lv)):
                continue
            own = m.group("kind") == "我" or bool(_OWN_ONLY_AFTER.match(line, m.end()))
            said.setdefault(lv, []).append((lineno, m.start() + 1, m.group(0), own))
    if ctx.held:  # ××县人大 (the template's own body) and a single 我市: the 我市 is the odd one
        lv, body = ctx.held
        return [Finding(
            "level-mix", WARNING, f"层级用语不一致：讲话里的“{body}”是{lv}级（模板隐去了地名），这里却是“{word}”",
            lineno, col, word, f"核对讲话的层级：是{lv}级讲话就改为“{word[0]}{lv}”；用 --level 指定层级可一并检查",
        ) for other, items in said.items() if other != lv for lineno, col, word, own in items if own]  # fmt: skip
    ranked = sorted(said.items(), key=lambda kv: -len(kv[1]))
    if len(ranked) < 2 or len(ranked[0][1]) < 2:
        return []
    (top, words), findings = ranked[0], []
    for lv, minority in ranked[1:]:
        if frozenset({top, lv}) not in _CLASHING or len(minority) * 2 > len(words):
            continue
        shown = "、".join(dict.fromkeys(w for _, _, w, _ in words))
        for lineno, col, word, own in minority:
            if own:
                findings.append(Finding(
                    "level-mix", WARNING, f"层级用语不一致：讲话里 {len(words)} 处用“{shown}”（{top}级），这里却是“{word}”",
                    lineno, col, word, f"核对讲话的层级：是{top}级讲话就改为“{word[0]}{top}”；用 --level 指定层级可一并检查",
                ))  # fmt: skip
    return findings


# 各县（市、区） in a county speech, 各乡镇 in a town's, 各市州 in a city's: subordinates the level does not have.
_NO_SUCH_BELOW = {
    "县": re.compile(r"各(?:县|旗)(?:（[^）]{1,6}）|\([^)]{1,6}\)|[市区县旗])|各区县"),
    "乡": re.compile(r"各乡镇|各乡（镇|各乡\(镇|各镇（|各镇\("),
    "市": re.compile(r"各(?:市(?:（[州地][^）]{0,3}）|\([州地][^)]{0,3}\)|州|地)|地市)"),
}
_OWN_BELOW = {"县": "各乡镇（街道）", "乡": "各村（社区）", "市": "各县（市、区）"}
_NO_SUCH_BELOW_TIER = {"县": "县", "区": "县", "旗": "县", "乡": "乡", "镇": "乡", "街道": "乡", "市": "市", "州": "市", "盟": "市"}
# Only when addressed as our own: opening a clause and told what to do (各县（市、区）要…, 各乡镇、各部门…);
# 省里要求各县市区…完成 reports the superior's words.
_CLAUSE_START = re.compile(r"(?:^|[。；：，！、,;:!]\s*)$")
_TOLD = re.compile(r"^(?!的)[^。；，！]{0,6}?(?:要|必须|务必|应当|一定要|切实|认真|、各)")
# 动员各县（市、区）进一步统一思想: the meeting's own call to them (not 省委号召各县…: the superior's, said before the verb)
_MOBILISED = re.compile(r"(?:动员|号召|激励)$")
_SUPERIOR_CALLS = re.compile(r"[省市]委|[省市]政府|省里|市里|上级|中央")


# 我在市政府党组会上讲，县委总揽全局、协调各方，政府系统的重要工作就是抓落实 in a 市 speech (#13, batch 57 p07): the
# party committee that 总揽全局、协调各方 over the speaker's government is the own level's, so a lower level's committee
# there (县委 in a city's speech, 镇党委 in a county's) is a level word left from another speech. Not 各县委 / 县委要…
# said to the counties (a call, 要 or 各 before the role), nor a superior's committee, nor while the level is in doubt.
_LEADS_ALL = re.compile(r"(?<![各每一])(?P<lv>省|市|州|县|区|旗|镇|乡)(?:党)?(?:工)?委(?:始终|牢牢)?(?:总揽全局|统揽全局)")


def check_lower_leading(lines: Sequence[str], span: range, level: str | None) -> list[Finding]:
    """县委总揽全局 in a 市 speech: a lower level's committee said to lead the own level."""
    if not level or level not in _RANK:
        return []
    findings = []
    for lineno, line in lines_in(lines, span):
        for m in _LEADS_ALL.finditer(line) if "揽全局" in line else ():
            lv = m.group("lv")
            if _RANK.get(lv, 0) <= _RANK[level] or (level == "市" and lv == "区"):
                continue  # the own or a superior's committee; a city's 区委 may be read as its districts' (全区 …)
            told = re.search(r"(?:要|支持|保证|确保)$", line[: m.start()])
            if told or any(_quotes_superior(line, m.start(), up) for up, rank in _RANK.items() if rank < _RANK[level]):
                continue
            findings.append(Finding(
                "level-mix", ERROR, f"{level}级讲话中出现“{m.group(0)}”：总揽全局的是本级党委，这里却是{lv}级", lineno,
                m.start() + 1, m.group(0), f"改为“{level}委”",
            ))  # fmt: skip
    return findings


def check_subordinates(lines: Sequence[str], span: range, level: str | None) -> list[Finding]:
    """Addressing subordinates the speaker's level does not have (各县（市、区） in a 县 speech)."""
    tier = _NO_SUCH_BELOW_TIER.get(level or "", "")
    pattern = _NO_SUCH_BELOW.get(tier)
    if pattern is None:
        return []
    findings = []
    for lineno, line in lines_in(lines, span):
        for m in pattern.finditer(line):
            before = line[: m.start()]
            mobilised = bool(_MOBILISED.search(before)) and not _SUPERIOR_CALLS.search(re.split(r"[。；！？，,;]", before)[-1])
            if not (_CLAUSE_START.search(before) and _TOLD.match(line[m.end() :])) and not mobilised:
                continue
            if any(_quotes_superior(line, m.start(), lv) for lv, rank in _RANK.items() if rank < _RANK.get(level or "", 0)):
                continue  # 市委书记…强调：“全市上下要…，各县区要比学赶超。”: the superior's words to its own subordinates
            findings.append(Finding(
                "level-mix", ERROR, f"{level}级讲话中出现“{m.group(0)}”：{level}下面没有这一级", lineno, m.start() + 1,
                m.group(0), f"改为本级的下级“{_OWN_BELOW[tier]}”",
            ))  # fmt: skip
    return findings


def _pastoral_finding(word: str, level: str, lineno: int, col: int) -> Finding:
    return Finding("level-mix", WARNING, f"{level}级讲话中出现“{word}”（内蒙古旗、盟的用语）", lineno, col, word,
                   "如不是内蒙古的旗、盟，改为本地的村、乡镇；是则用 --place 指明地方")  # fmt: skip


_OUR_MEETING = re.compile(r"今天|今日|我们|这次|此次|本次")
_HOLDS_THIS = re.compile(r"(?:召开|举行|举办)(?:这次|此次|本次|今天的)?$")
# (…进行表彰，像这样全县性的表彰活动，我们今后…年年搞 in a 镇 speech: the event going on, named by its scope)
_THIS_MEETING = re.compile(r"这是|这次|此次|本次|今天|像这样")
_SCOPE_MEETING = re.compile(r"性[^，。；！？]{0,4}?(?:会议|大会|活动)")
_THIS_MEETING_SUBJECT = re.compile(r"[^，。；！？、]{0,14}?(?:会议|大会)(?:[，,]\s*(?:既|是|主要|就是)|是|既是)")
_ANOTHER_MEETING = re.compile(r"又|刚刚|刚才|日前|近日|前不久|已经")


_TOLD_SYSTEM = re.compile(r"[^，。；：！？,;:]{0,8}?(?:系统|战线|行业)(?:上下|各单位|广大干部职工)?(?:要|必须|务必|一定要)")


def _level_word_ok(line: str, m: re.Match[str], level: str, lead: str = "") -> bool:
    """Whether a level word (我市, 全县 …) is right in a speech of `level`; `lead` is the sentence's start on lines before
    (a hard-wrapped copy)."""
    lv = m.group("lv")
    if lv == level or line[m.end() : m.end() + 1] in "（(":
        return True
    if lv in _SUPERIOR_WE.get(level, ""):
        return True
    if m.group("kind") == "我" and lv == "市" and level in ("区", "县") and _CITY_WEATHER.match(line, m.end()):
        return True  # 今年以来，我市降雨偏多 in a 区 speech: the weather is the whole city's, said of the city
    if m.group("kind") == "我" and lv in ("市", "县") and level in _TOWN_TIER and _CITY_WEATHER.match(line, m.end()):
        return True  # 主要是我市多年来未发生大的洪涝灾害 in a 镇 speech: the floods (or their absence) of the city it is in
    if m.group("kind") == "我" and lv in ("市", "县") and level in _TOWN_TIER and _BANNER_OF.match(line, m.end()):
        return True  # 我镇教育始终是我市农村教育的一面旗帜 in a 镇 speech: the own place set within the city it is in
    if m.group("kind") == "全" and _RANK.get(lv, 9) < _RANK.get(level, 0) and own_scope_as_superior(line, m.start(), lv, level):
        return False  # 县妇联…团结引领全市广大妇女, 全市领导干部要带头: only the own scope stands there (census33)
    if _RANK.get(lv, 9) < _RANK.get(level, 0) and _reports_superior(line[: m.start()], lv):
        return True  # XX市长指出，全市各级各部门要…: the superior's words, reported in a 区 speech
    if m.group("kind") == "全" and {lv, level} <= _TOWN_TIER:
        return False  # 推动全镇事业 in a 街道's speech: a town is neither above nor below a street (nor a 乡 a 镇)
    if m.group("kind") == "全" and lv in ("县", "旗") and level in ("县", "区", "旗"):
        # 全县158个重点项目 in a 区's report: a county is neither above nor below a district, so 全县 is no
        # superior's scope (全区 in a county speech may be an autonomous region's: not judged here)
        return False
    if m.group("kind") == "全":
        # 走在全市前列 / 给全市造成影响: the superior's scope; 全县 in a city speech: a county's.
        # 召开全市…会议 and 全市上下 in a county speech are our own, with the wrong level word —
        # unless the superior convenes it (市委、市政府召开全市经济工作会议).
        before = line[max(0, m.start() - 6) : m.start()]
        clause = re.split(r"[，。；：！？,;:]", line[: m.start()])[-1]
        # 我代表市委、市政府，向全市在安全生产工作岗位上…的同志们表示感谢 in a county speech: a superior's leader at this
        # level's meeting would thank this level's people; speaking for the superior and thanking its whole scope is the
        # superior's own speech, copied (我代表市委、市政府，向全县…, a visitor's thanks, is right)
        if before.endswith("向") and _RANK.get(lv, 9) < _RANK.get(level, 0) and re.search(
            rf"我(?:谨)?代表(?:中共)?{lv}(?:党)?委(?:[、和]{lv}?(?:人民)?政府)?[^。；！？;!?]{{0,4}}$", line[: m.start()][-40:][:-1]
        ):
            return False
        if re.search(rf"{lv}(?:委|政府|里|安委会|人大|政协)|上级|省里|中央|国务院", clause):
            return True
        # 召开全市… is ours only when the clause says so (今天我们召开…, 这次召开…); 今天上午又召开全市…大会 with no
        # convener named reports another meeting, the superior's (the sentence before said 市里召开…).
        ours = before.endswith("召开") and bool(_OUR_MEETING.search(clause)) and not _ANOTHER_MEETING.search(clause)
        # 召开这次全市…会议 / 今天，我们举行全市…开班式: the verb that holds this very meeting, with 这次 between or 举行
        ours = ours or bool(_HOLDS_THIS.search(line, 0, m.start()) and _OUR_MEETING.search(clause) and not _ANOTHER_MEETING.search(clause)
                            and not _reports_superior(clause, lv))
        # 我代表县委，向全市在统一战线工作岗位上…的同志们表示感谢 in a county speech: whom the speaker thanks for the own
        # committee are the own place's people
        ours = ours or bool(before.endswith("向") and re.search(rf"我(?:谨)?代表{level}(?:党)?委", clause + line[: m.start()][-40:]))
        # 我局组织召开全市民政工作会议 in a bureau's report: the meeting its own bureau convened is of its own level
        ours = ours or bool(before.endswith("召开") and re.search(r"我(?:局|委|厅|办)(?:组织|牵头|专门)?召开$", clause))
        # 今天，镇党委、镇政府召开全县经济工作会议 in a town's speech (check46's own flawed speeches): the own level's bodies
        # convene the meeting, so its scope is the own one
        ours = ours or bool(
            _HOLDS_THIS.search(line, 0, m.start()) and level in _RANK
            and re.search(rf"(?<![省市县区乡镇]){level}(?:党)?(?:工)?委?(?:[、和]{level}?(?:人民)?政府)?(?:研究)?(?:决定)?(?:召开|举行|举办)(?:这次|此次|本次|今天的)?$", clause)
        )
        # 镇党委、镇政府团结带领全镇干部群众，克服困难，全县经济保持了平稳增长 in a town's speech: what the own bodies
        # led the own people to is the own place's result
        ours = ours or bool(
            level in _RANK and _OWN_RESULT.match(line, m.end())
            and re.search(rf"(?<![省市县区乡镇]){level}(?:党)?(?:工)?委(?:[、和]{level}?(?:人民)?政府)?(?:团结带领|带领|领导)全?{level}",
                          re.split(r"[。！？!?；;]", line[: m.start()])[-1])
        )
        # 这是春节后的第一个全市性大会: this very meeting, named by its scope
        ours = ours or bool(_THIS_MEETING.search(clause) and _SCOPE_MEETING.match(line, m.end()))
        # 这次全县经济工作会议，既是一次表彰会… in a town's speech (level52): this very meeting, the sentence's subject
        ours = ours or bool(re.fullmatch(r"(?:今天)?(?:召开的)?(?:这次|本次|此次)", clause.strip()) and _THIS_MEETING_SUBJECT.match(line, m.end()))
        # 这几年，市委聚焦产业升级，推动全省工业经济实现了稳步增长 in a city speech (#13, batch 77's planted f01): what the own
        # committee's (or our) work pushed on to a result is the own place's (为推动全省…作出贡献, a share, is not this)
        ours = ours or _own_push_result(line, m, level)
        # 新的一年，全省上下要鼓足干劲 in a county speech: the whole place a speaker tells what to do is his own (省委全会
        # 提出，全省上下要… passes on the superior's call)
        ours = ours or _superior_scope_told(line, m, level)
        # 这些成绩的取得，是全省广大干部群众团结奋斗的结果 in a city speech: the people whose work won the own results are
        # the own place's; 在市委的坚强领导下，全省上下共同努力 likewise: those working under the own committee are its own
        sentence = re.split(r"[。！？!?]", line[: m.start()])[-1]
        ours = ours or bool(_above(lv, level) and _CREDITED.search(sentence) and not _reports_superior(sentence, lv))
        ours = ours or bool(_above(lv, level) and _led_by_own(line, m, level))
        # 县委政法委书记对全市政法工作作了部署 in a county speech: what the own official arranged is the own place's work;
        # 从通报情况看，全市经济… : what the report heard at this meeting shows is the own place's
        ours = ours or bool(_above(lv, level) and re.search(
            rf"(?<![省市县区乡镇]){level}(?:委|政府)?[\u4e00-\u9fff]{{0,6}}?(?:书记|[县区市镇乡]长|主任)(?:同志)?(?:刚才)?对$", sentence
        ) and re.match(r"[^，。；！？,;!?]{0,12}?工作(?:作了|进行了|作出了)", line[m.end() :]))
        ours = ours or bool(re.match(r"\s*从(?:刚才的?)?(?:通报|汇报|督查|检查)(?:的)?情况(?:来)?看[，,]\s*$", sentence))
        # 我代表县委、县政府和全市人民 in a county speech: the people the speaker speaks for beside the own bodies are its own;
        # 全市各部门认真落实区委、区政府的部署 in a district's: those who carry out the own committee's decisions are its own
        ours = ours or bool(re.search(rf"代表[^。；！？!?]{{0,16}}?(?<![省市县区乡镇]){level}(?:党)?(?:工)?委[^。；！？!?]{{0,12}}?和$", sentence)
                            and re.match(r"[^，。；！？,;!?]{0,8}?(?:人民|干部群众|父老乡亲)", line[m.end() :]))
        ours = ours or bool(re.match(rf"[^，。；！？,;!?]{{0,12}}?(?:认真|坚决|全面)?(?:贯彻|落实|执行)了?(?:中共)?{level}(?:党)?(?:工)?委", line[m.end() :])
                            and not re.search(rf"{lv}(?:委|政府)", sentence))
        if lv == "省":  # 全省上下正在… in a county speech describes the province
            return not ours
        # 全县所有乡镇全部完成… opening a sentence of a city speech whose paragraph names no county before it: the city's
        # own scope said with a lower level's word (某县是产粮大县，全县耕地… speaks of the county just named)
        # (当前，全县正处在…的关键期 in a city speech, batch 73's planted f10: a time word before it opens it as well)
        opening = not _MOMENT_OPENER.sub("", re.split(r"[。！？!?；;]", line[: m.start()])[-1].strip())
        if opening and (lv in ("县", "乡", "镇") or (lv == "市" and level == "省")) and _RANK[lv] > _RANK.get(level, 9) \
                and lv not in line[: m.start()]:  # fmt: skip
            return False
        # 让我们…，全力守护全县人民生命财产安全！ in a city speech (check46's own flawed speeches): the closing call the
        # speaker makes with his audience is for the own place; a lower level's scope there (no 各县 in the call) is a slip
        call = re.split(r"[。！？!?]", line[: m.start()])[-1].strip()
        if _CALL_OPEN.match(call) and _RANK.get(lv, 0) > _RANK.get(level, 9) and f"各{lv}" not in call and not _reports_superior(call, lv):
            return False
        # 镇党委、政府团结带领…，全镇上下呈现出… in a 区 speech at a town's renaming: the town's bodies are the subject
        if _RANK.get(lv, 0) > _RANK.get(level, 9) and re.search(rf"{lv}(?:党委|党工委|人民政府|政府)", re.split(r"[。！？!?；;]", line[: m.start()])[-1]):
            return True
        # 我们要…，推动全市各项工作沿着正确的轨道前进 in a county speech: the work the speaker's sentence pushes is ours
        # (在全市各项工作中争当排头兵 and a superior's words, 市委书记强调，我们要推动全市各项工作…, are the city's)
        sentence = re.split(r"[。！？!?]", line[: m.start()])[-1]
        ours = ours or _meeting_task(sentence, line[m.end() :]) or _this_meeting_on(sentence, line[m.end() :])
        ours = ours or (level in ("县", "区", "旗") and _own_work_stakes(line, m, level, lead))
        # 优化营商环境是推动全市经济社会高质量发展的长久之策 in a county speech: the work a county or district speaker
        # defines as what drives development drives its own place's (a superior named in the sentence keeps it theirs;
        # a town's speaker may well speak of the county's)
        ours = ours or bool(
            level in ("县", "区", "旗") and re.search(r"是(?:推动|促进|助推|加快|推进|实现)$", before)
            and _OWN_DEVELOPMENT.match(line, m.end()) and not re.search(_SUPERIOR_NAMED.format(lv=lv), sentence)
            and not _reports_superior(sentence, lv)
        )
        ours = ours or (line.startswith("各项工作", m.end()) and before.endswith(("推动", "推进", "促进")) and "我们" in sentence and not _reports_superior(sentence, lv))
        ours = ours or (level in ("县", "区", "旗") and _we_push_own(line, m, sentence if re.search(r"[。！？!?]", line[: m.start()]) else lead + sentence))
        # 刚才，某某同志通报了全市乡村振兴工作情况 in a county speech: what was reported at this meeting is its own work
        # (传达了全市…会议精神 passes on the superior's: not this)
        # (县应急局通报了前三季度全市…情况 in a county speech: the own bureau, and the period it reports on, before the scope;
        # a superior's bureau, 市应急局通报了…, reports the superior's)
        ours = ours or bool(_HEARD_REPORT.search(line[: m.start()]) and _REPORTED_STATE.match(line, m.end())
                            and not re.search(rf"{lv}[\u4e00-\u9fff]{{0,8}}?(?:局|委|办|厅)", clause))
        # 全区广大干部群众，同志们：: the audience a salutation addresses is the speaker's own
        ours = ours or bool(_SALUTE_ADDRESS.match(line[m.end() :]))
        # 在全镇上下的通力协作、共同努力下，全县经济社会各项事业取得了喜人的成绩 in a 镇 speech: what the own level's
        # efforts achieved is its own (为全县发展作出贡献, a contribution to the superior's, is not this)
        effort = _OWN_EFFORT_BEFORE.search(sentence)
        ours = ours or bool(effort and effort.group("lv") == level and _ACHIEVED.match(line, m.end()))
        # 过去一年，在全县干部群众的共同努力下，我们确实取得了…成效 in a 镇 speech: the people whose joint effort won the
        # speaker's own results are the own place's (在全县上下的大力支持下 — a superior's support — is not this)
        joint = _JOINT_EFFORT.match(line, m.end()) if clause.strip().endswith("在") else None
        ours = ours or bool(
            joint and re.match(rf"(?:我们|我{level}|全{level})", line[joint.end() :]) and not _reports_superior(sentence, lv)
        )
        # 在市委、市政府和县委的坚强领导下，全市政府系统紧紧依靠全县人民… in a county speech: what works under the own
        # committee's leadership (named last, after the superior's) is the speaker's own
        ours = ours or bool(re.search(rf"在[^。；！？!?;]{{0,30}}?{level}(?:党)?(?:工)?委[^。；！？!?;，,]{{0,12}}?领导下[，,]\s*$", sentence))
        # 广大官兵…积极投身全市两个文明建设，全县经济社会保持了… in a county speech: the building the audience threw itself
        # into is the one whose fruit the next clause tells as the own place's
        ours = ours or bool(before.endswith(("投身", "投身到", "投入", "投入到", "参与", "参与到")) and re.match(
            rf"[^，,。；;！？!?]{{0,16}}[，,]\s*[全我]{level}[^，,。；;]{{0,16}}?(?:保持|取得|实现|呈现|迈上|获得)", line[m.end() :]
        ))
        # 近年来，县委、县政府紧紧围绕…，先后实施了…，有力地促进了全市经济社会发展 in a county speech: what the own committee
        # and government's work furthered is the own place's development (为全市发展作出贡献, a share, is not this)
        whole = sentence if re.search(r"[。！？!?]", line[: m.start()]) else lead + sentence
        ours = ours or bool(
            whole.endswith(("促进了", "推动了", "带动了")) and _OWN_PAIR_LEADS.search(whole)
            and _OWN_DEVELOPMENT.match(line, m.end()) and not _reports_superior(whole, lv)
        )
        # 我们必须…向这一顽疾亮剑，为全市高质量发展扫清障碍！ in a county speech: the obstacles the speaker's own drive
        # clears are in its own development (为全市发展大局作出贡献, a share in the superior's, is not this)
        ours = ours or (before.endswith("为") and "我们" in sentence and bool(_CLEARS_WAY.match(line, m.end())))
        # 全市卫健系统要深入领会… opening a clause in a county speech: the speaker telling his own system what to do
        ours = ours or (not clause.strip() and bool(_TOLD_SYSTEM.match(line, m.end())))
        # 全市统一战线紧紧围绕我县主基调主战略 / 。全市各级政法机关紧紧围绕中心…，全面推进平安xx县建设 opening a clause in a
        # county speech: the body whose work builds the speaker's own place is the speaker's own
        ours = ours or (not clause.strip() and _serves_own(line[m.end() :], level))
        # 今年我县防汛工作的目标是“四个确保”，即：确保全市…水库不跨坝: the items of the speaker's own target are in its scope
        ours = ours or (before.endswith("确保") and bool(re.search(rf"我{level}[^。！？!?]{{0,16}}?(?:目标|任务)", sentence)))
        # 能使群众安居乐业，客商安心投资兴业，全市各行各业良性互动 in a county speech: every trade of a place, the subject of
        # its own clause, is the speaker's own place's, as 全市上下 is (在全市各行各业中率先… compares with the superior's)
        ours = ours or (not clause.strip() and _ALL_TRADES.match(line, m.end()) is not None)
        # 防汛工作…涉及全市人民群众的生命财产安全，县委、县政府历来高度重视 in a county speech: the people whose safety the
        # speaker's own committee and government see to are its own
        rest = re.split(r"[。！？!?]", line[m.end() :])[0]
        ours = ours or bool(
            _PEOPLE_AFTER.match(line, m.end()) and re.search(rf"[，,；;]\s*{level}委[、和]?{level}(?:人民)?政府", rest)
            and not re.search(rf"{lv}(?:委|政府)", sentence + rest)
        )
        # 我们深入开展…专项整治。截至目前，全市累计排查隐患1200余项 in a 镇 speech: the tally of the work the sentence
        # before says we did is our own (…，其中我镇… would set the superior's tally beside ours)
        ours = ours or bool(
            _TALLY_OPEN.fullmatch(sentence) and _TALLY_AFTER.match(line, m.end())
            and re.search(rf"我们|[全我]{level}", re.split(r"[。！？!?]", line[: m.start()])[-2] if re.search(r"[。！？!?]", line[: m.start()]) else lead)
            and not re.search(rf"[全我本]{level}|其中", rest)
        )
        # 将全市党建工作与绩效考核深度挂钩 in a 镇's plan: the work the speaker ties to its own assessment is its own
        ours = ours or (before.endswith(("将", "把")) and _TIED_TO_ASSESSMENT.match(line, m.end()) is not None)
        # 今年以来，全县上下…认真落实…，有力保证了生产经营安全有序，全市安全生产形势总体平稳 in a county speech: the state
        # the speaker tells as the fruit of the own place's work, with no superior named and no own figure set beside it
        # …，守住不发生重大事故的底线，确保全市安全形势持续稳定向好 in a district's directive: the state the speaker's own
        # units are told to keep is the own place's (为确保全市…作出贡献 is a share in the superior's)
        ours = ours or (not clause.strip() and _own_state(line, m, level, lead))
        # 今年是村级组织换届选举年，全市有120个村要进行换届选举 in a county speech: a tally of units opening a clause, with no
        # superior named and no own figure set beside it (全市有120个村，其中我县30个), counts the own place's
        ours = ours or (
            not clause.strip() and _OWN_TALLY.match(line, m.end()) is not None and not re.search(rf"[全我本]{level}|其中", rest)
            and not re.search(_SUPERIOR_NAMED.format(lv=lv), sentence + rest) and not _reports_superior(sentence, lv)
        )
        # 五年来，全市各级团组织围绕中心、服务大局… / 全市各级纪检监察机关和广大纪检监察干部坚守职责定位 opening a clause
        # of a district speech: the organisations whose work the speaker tells, with no superior named, are its own
        # (全县各级党组织 always was; 在团市委领导下，全市各级团组织… names the superior's)
        ours = ours or (
            not clause.strip() and _OWN_ORGANS.match(line, m.end()) is not None and lv != "省"
            and not re.search(_SUPERIOR_NAMED.format(lv=lv), sentence + rest) and not _reports_superior(sentence, lv)
        )
        # …，用扎扎实实的日常工作去应对风险，让全市安全生产形势持续向好 in a county's directive: the state the own work is
        # to bring about, as with 确保 (为确保全市…, 以确保…, a share in the superior's, are not this)
        ours = ours or (clause.strip() in ("确保", "让", "使") and not before.endswith(("为确保", "以确保"))
                        and _own_state(line, m, level, lead, directive=True))
        # 会后，我们将团结带领全县广大团员青年… in a 团市委's speech / 县委将动员全市广大干部群众… in a county's: the people
        # the speaker (or the own committee) leads or rallies are the own place's
        ours = ours or bool(
            _LEADS.search(line, 0, m.start()) and re.search(rf"我们|我{level}|{level}(?:党?委|人民政府|政府)", clause)
            and not _reports_superior(clause, lv)
        )
        # 这个园区是今年全市六大重点工程中的重中之重，是决定我区能否跨越发展的关键 / 我区确定了全市六大重点工程 in a
        # district speech: the head of a list whose stakes the sentence tells as the own place's, or a list the own
        # level set, is the own list (列入全市十大民生实事, 全市十大重点项目之一 and 对照全市…部署 are the superior's)
        ours = ours or _own_big_list(line, m, level, sentence)
        # 按照县委的部署，镇党委决定…，在全县农村党员干部中广泛开展冬训 in a 镇 speech: the own body decides what is done,
        # so the scope it is done in is the own one (县委决定在全县…开展, a superior's decision, or one named after ours, is not)
        ours = ours or _own_decision_scope(line, m, level, sentence)
        ours = ours or _own_event_inspires(line, m, sentence)
        ours = ours or _answers_to_own(line, m, before, sentence)
        ours = ours or (not clause.strip() and _summary_state(line, m, level, sentence))
        # (the four below read a superior's scope as ours; 全镇 in a county's speech may be a town it just named)
        above = lv != "省" and _RANK.get(lv, 9) < _RANK.get(level, 0)
        ours = ours or (above and _moment_of_own_meeting(line, m, level, clause))
        ours = ours or (above and _own_meeting_named(line, m, clause))
        ours = ours or (above and _own_priority(line, m, level, sentence, clause))
        ours = ours or (above and not clause.strip() and _own_people_praised(line, m, sentence, rest))
        # 去年我们按照镇党委定下的思路，一件一件抓推进，全县农业生产保持了稳定 in a 镇 speech
        # (#13, batch 66's planted level miss): what we achieved, working to the own committee's plan, is the own place's
        ours = ours or bool(
            above and "我们" in sentence and re.search(_GUIDED_BY_OWN.format(level=level), sentence)
            and _OWN_RESULT.match(line, m.end()) and not _reports_superior(sentence, lv)
        )
        # 全县各级党组织和广大党员干部必须…: the organisations a speaker tells what to do are his own
        return not (ours or before.endswith("我们") or line[m.end() :].startswith(("上下", "各级各部门", "各级各有关部门", "各级党组织")))
    if _RANK.get(lv, 9) < _RANK.get(level, 0) and _SUPERIORS_WORD.search(_clause_around(line, m)):
        return True  # 根据我市森林防火会议精神安排部署我镇…: the superior's decision, carried out here
    if _RANK.get(lv, 9) < _RANK.get(level, 0) and _PLACES_WITHIN.match(line, m.end()):
        return True  # 到我市的毛嘴、张沟等地参观 in a 镇 speech: other places within the superior, named as its
    return lv == "省" and level != "省"  # 我省 in a city or county speech: the province it is in


_CREDITED = re.compile(r"(?:成绩|成效|成就|成果)[^，。；！？,;!?]{0,6}?[，,]?\s*(?:是|得益于|离不开|凝聚着|饱含着|倾注了)$")


def _above(lv: str, level: str) -> bool:
    return _RANK.get(lv, 9) < _RANK.get(level, 0)


_PUSHED_TO = re.compile(r"(?<!为)(?<!为了)(?:推动|促进|带动|推进|助推)了?$")
_PUSH_RESULT = re.compile(r"[^，。；！？,;!?]{0,12}?(?:取得了?|实现了|迈上了?|呈现出|保持了)")


def _led_by_own(line: str, m: re.Match[str], level: str) -> bool:
    """在县委的坚强领导下，(团结带领)全市… / 在区委、区政府的领导下，我市… : the scope that works under the own committee
    (named alone or last, after a superior's) is the own one."""
    sentence = re.split(r"[。！？!?]", line[: m.start()])[-1]
    led = _OWN_LED.search(sentence)
    return bool(led and re.search(rf"(?<![省市县区乡镇]){level}(?:党)?(?:工)?委", led.group("who")) and m.group("lv") not in led.group("who"))


_OWN_LED = re.compile(r"在(?P<who>[^。；！？!?;]{2,30}?)的?(?:正确|坚强|有力|科学)?领导下[，,]\s*(?:团结带领|带领|团结动员|团结依靠|依靠)?$")


def _own_push_result(line: str, m: re.Match[str], level: str) -> bool:
    lv = m.group("lv")
    if m.group("kind") != "全" or _RANK.get(lv, 9) >= _RANK.get(level, 0) or not _PUSHED_TO.search(line, 0, m.start()):
        return False
    if not _PUSH_RESULT.match(line, m.end()):
        return False
    sentence = re.split(r"[。！？!?]", line[: m.start()])[-1]
    own = re.search(rf"(?<![省市县区乡镇]){level}(?:党)?(?:工)?委|(?<![省市县区乡镇]){level}(?:人民)?政府|我{level}|我们", sentence)
    return bool(own) and not re.search(rf"(?<![省市县区乡镇]){lv}(?:委|政府|里)", sentence) and not _reports_superior(sentence, lv)


_TOLD_SCOPE = re.compile(
    r"(?:上下|各级各(?:有关)?部门|各级党组织|各(?:中小学|学校|医院|企业|村|社区|乡镇))[^，。；！？,;!?]{0,4}?(?:要|必须|务必|一定要|应当)(?!求)"
)
# 2026年，全市教育工作要以…为目标 opening a clause of a county speech: the work of a whole place told what to do
_TOLD_WORK = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:工作|系统|战线)(?:都|也)?(?:要|必须|务必|一定要)(?![求点])")
_PASSED_ON = re.compile(r"提出|强调|指出|要求|号召|部署|精神|会议|文件|通知|意见")
_TOLD_WHEN = r"(?:新的一年|今年|明年|下一步|下步|今后|接下来)?"
_TOLD_BARE = re.compile(r"(?:都|也|一定)?(?:要|必须|务必)(?![求点])[^，。；！？,;!?的]*(?:[，。；！？,;!?]|$)")  # (全市要实现的目标: no call)


def _superior_scope_told(line: str, m: re.Match[str], level: str) -> bool:
    lv = m.group("lv")
    if m.group("kind") != "全" or _RANK.get(lv, 9) >= _RANK.get(level, 0):
        return False
    sentence = re.split(r"[。！？!?]", line[: m.start()])[-1]
    opens = not re.split(r"[，,：:]", sentence)[-1].strip()
    # 新的一年全县要保持昂扬斗志 in a town's speech (level52): the whole place told, bare, after a time word
    bare = re.fullmatch(_TOLD_WHEN, re.split(r"[，,：:]", sentence)[-1].strip()) and _TOLD_BARE.match(line, m.end())
    if not (_TOLD_SCOPE.match(line, m.end()) or (opens and _TOLD_WORK.match(line, m.end())) or bare):
        return False
    return lv not in sentence and not _PASSED_ON.search(sentence) and not _quotes_superior(line, m.start(), lv)


# 在全市…工作的关键时刻，县政府召开… in a county speech (#13, batch 65's planted f05): the moment at
# which the own committee or government (or we) convene this very meeting is a moment of the own work. (在全市…的关键时刻，
# 市委、市政府召开… names the superior's meeting; 在全市…的关键时刻，我县… sets the own place in the superior's.)
_MOMENT = re.compile(
    r"[^，,。；;！？!?]{0,16}?(?:工作)?的?(?:关键时刻|关键时期|关键阶段|紧要关头|重要时刻|重要节点|关键节点|之际)[，,]\s*"
    r"(?P<who>[^，,。；;！？!?]{0,16}?)(?:召开|举行|举办)(?!了)(?P<what>[^，,。；;！？!?]{0,20})"
)


def _moment_of_own_meeting(line: str, m: re.Match[str], level: str, clause: str) -> bool:
    if clause.strip() not in ("在", "值此", "正值", "时值", "当前正值", "在这"):
        return False
    moment = _MOMENT.match(line, m.end())
    if moment is None:
        return False
    who, what = moment.group("who"), moment.group("what")
    convener = re.fullmatch(rf"(?:今天|今日|我们|今天我们|我们今天)?[^，,]{{0,4}}?(?:{level}(?:党?委|人民政府|政府)[、和]?)+(?:今天|专门|专题)?(?:在这里)?", who)
    ours = bool(convener) or bool(re.fullmatch(r"(?:今天|今日)?[，,]?(?:我们)?(?:今天)?(?:在这里)?", who) and re.match(r"(?:这次|本次|今天的|此次)", what))
    ours = ours or bool(convener is None and re.search(r"我们", who) and re.match(rf"(?:这次|本次|此次)?全{level}", what))
    return ours and not re.match(rf"(?:这次|本次)?全{m.group('lv')}", what)


# 今天召开的全市…大会 in a county speech (#13, batch 67's planted f10): this very meeting, named
# with its scope, is the speaker's own, as 今天召开全县…会议 is (今天上午召开的全市…电视电话会议, 刚才… are the superior's,
# which the own meeting follows).
_HELD_TODAY = re.compile(r"(?:今天|今日|这次|本次|此次)(?:我们)?(?:在这里)?(?:召开|举行)的$")
_RELAYED_MEETING = re.compile(r"上午|下午|晚上|电视电话|视频|刚才|刚刚|已经|日前|近日|前不久")


def _own_meeting_named(line: str, m: re.Match[str], clause: str) -> bool:
    if not _HELD_TODAY.search(clause.strip()) or _RELAYED_MEETING.search(clause):
        return False
    named = re.match(r"[^，,。；;！？!?]{1,20}?(?:会议|大会|会)", line[m.end() :])
    return named is not None and not _RELAYED_MEETING.search(named.group(0))


# 县委、县政府…把…作为全市最大的… in a county speech (#13, batch 67's planted f06): what the own committee
# and government take as the first of their place's works is ranked in the own place (落实市委部署，把全市…抓好, the
# superior's named in the sentence, is not this).
_TAKEN_AS = re.compile(r"(?:把|将)[^，,。；;！？!?]{1,20}?(?:作为|当作|摆在|列为|放在)$")
_FIRST_OF = re.compile(r"(?:最大|头号|首要|第一|最重要|最突出|最紧迫)")


def _own_priority(line: str, m: re.Match[str], level: str, sentence: str, clause: str) -> bool:
    if not _TAKEN_AS.search(clause) or not _FIRST_OF.match(line, m.end()):
        return False
    subject = re.search(rf"(?<![省市县区乡镇]){level}(?:党?委)[、和]?{level}?(?:人民)?政府|我{level}|我们", sentence)
    return subject is not None and not re.search(_SUPERIOR_NAMED.format(lv=m.group("lv")), sentence) and not _reports_superior(sentence, m.group("lv"))


# 长期以来，全市广大教师… in a county's Teachers' Day speech (#13, batch 65's planted
# f09): the people whose long work a speech praises, opening a clause with no superior named, are the own place's — as
# 全县上下 and 全县各级党组织 are (在市委领导下，全市广大教师… names the superior's; 全市广大…中, 全市广大…的 compare or belong).
_PRAISED_PEOPLE = re.compile(
    r"广大(?:[\u4e00-\u9fff]{0,6}?(?:教师|教育工作者|干部|群众|党员|职工|医务工作者|工作者|官兵|民警|青年|妇女|农民|志愿者|人民|同志))"
    r"(?:和|、|及)?[\u4e00-\u9fff]{0,10}?(?=[，,]?\s*(?:在|始终|长期|默默|坚守|扎根|不畏|以|用|发扬|牢记|积极|勇于|甘于|鞠躬尽瘁|辛勤|无私))"
)
_LONG_SPAN = re.compile(r"(?:长期以来|多年来|近年来|这些年来|一直以来|几十年来|[一二三四五两几十]+年来|一年来|过去一年|过去的一年)[，,]\s*$")


def _own_people_praised(line: str, m: re.Match[str], sentence: str, rest: str) -> bool:
    if not _LONG_SPAN.search(sentence) or _PRAISED_PEOPLE.match(line, m.end()) is None:
        return False
    return not re.search(_SUPERIOR_NAMED.format(lv=m.group("lv")), sentence + rest) and not _reports_superior(sentence, m.group("lv"))


# 始终是我市农村教育的一面旗帜 / 成为我县乡村振兴的排头兵 in a town's speech (#13, batch 52 p24): the superior the town
# (a town of a county-level city says 我市) is the whole the own place stands out in, not the own scope.
_BANNER_OF = re.compile(
    r"[^，。；！？,;!?]{0,14}?的(?:一面)?(?:旗帜|红旗|排头兵|领头羊|标杆|样板|典范|缩影|窗口|亮点|名片|龙头|先进典型)"
)
# 全市安全生产形势总体平稳 / 全市预算执行总体平稳 / 全市市容环境持续向好: a place's state, said in a word.
_STATE_AFTER = re.compile(
    r"的?[^，。；！？,;!?（(]{0,12}?(?:总体|整体|基本|持续|继续|保持|稳中)[^，。；！？,;!?（(]{0,4}?(?:平稳|稳定|向好|好转|可控|良好|有序)"
    # 全市教育事业稳步发展 / 全市经济持续健康发展 (not 全市…发展作出贡献, a share)
    r"|的?[^，。；！？,;!?（(]{0,12}?(?:稳步|健康|较快|快速)(?:发展|增长|推进)(?![^，。；！？,;!?]{0,6}?(?:作出|做出|贡献))"
    # 全镇各项经济社会产业都得到了协调健康发展 (#13, batch 50 p21): the state said with 得到, its subject a long one
    r"|的?[^，。；！？,;!?（(]{0,12}?(?:都|均|也)?得到了?[^，。；！？,;!?（(]{0,6}?(?:发展|提升|提高|改善|加强|巩固)"
    r"(?![^，。；！？,;!?]{0,6}?(?:作出|做出|贡献))"
    # 全市没有发生一起人员伤亡事故 / 全市实现安全生产“零事故”: a year's outcome
    r"|[^，。；！？,;!?]{0,6}?(?:没有|未|无)发生(?:一起|一例|过)?[^，。；！？,;!?]{0,10}?(?:事故|灾害|险情|伤亡|案件)"
    r"|[^，。；！？,;!?]{0,8}?实现[^，。；！？,;!?]{0,8}?零(?:事故|伤亡|发案)"
    # 全区地区生产总值将突破百亿元大关 (#13, batch 53 p03): a year's headline figure, a milestone passed
    r"|[^，。；！？,;!?（(]{2,12}?(?:将|预计|有望|可望|已经?|首次|历史性地)?(?:突破|达到|超过|迈上|跨上|跃上|站上)"
    r"[^，。；！？,;!?]{0,10}?(?:亿元|万元|大关|台阶)"
)
_OWN_ORGANS = re.compile(r"各级[\u4e00-\u9fff]{0,6}?(?:组织|机关)")
_STATE_OPENING = re.compile(
    r"\s*(?:(?:今年|去年|前年|近年|近几年|这些年|这几年|过去(?:的)?(?:一|五|几)?年|[一二三四五两几]年|年初|入汛|入冬|汛期)(?:以来|来|汛期|期间)?"
    r"|(?:今年|去年)?(?:上半年|下半年|前三季度|[一二三四]季度|全年|汛期|冬春|春节期间)|当前|目前|截至目前|总的(?:来)?看|总体(?:上)?(?:来)?看"
    r"|从总体上看"
    # 预计到 2025 年末，全区地区生产总值将突破… (#13, batch 53 p03): the year the account's figure is told for
    r"|(?:预计|估计)?(?:到|至)?\s*\d{4}\s*年\s*(?:末|底|年末|年底|全年)?)?[，,]?\s*"
)
_STATE_SET_BESIDE = re.compile(r"其中|相比|高于|低于|好于|快于|慢于|排名|位居|占")
_SUPERIOR_NAMED = r"{lv}(?:委|政府|里|安委会|人大|政协|[\u4e00-\u9fff]{{1,4}}?局)|从全{lv}|上级|省里|传达|通报"


# 六大重点工程 / 十大民生实事 / 三大攻坚任务: a scope's numbered list of its works for the year
_BIG_LIST = re.compile(r"(?:[二三四五六七八九十两]|十[一二三四五六七八九])大[\u4e00-\u9fff]{0,4}?(?:工程|项目|任务|工作|行动|实事|战役|攻坚)")
_LIST_HEAD = re.compile(r"(?:中|当中|之中)?的?(?:重中之重|之首|首位|头号工程|龙头工程)")
_STAKES = re.compile(r"决定|关系|关乎|事关|影响|关键|命脉|希望|未来|突破口|支撑|引擎|牛鼻子")
_SETS_LIST = r"(?:我{level}|{level}委|{level}(?:人民)?政府)[^，。；！？,;!?]{{0,8}}?(?:确定|提出|谋划|推出|确立|明确)了?$"


# 今天，我们隆重表彰…，这对于激励引导全市人民学习先进… in a county speech (#13, batch 51): the people this very
# meeting's commendation (or the meeting itself) inspires are the own place's. (市委表彰…，激励全市… names the superior's.)
_THIS_EVENT = re.compile(r"(?:今天|今日|这次|此次|本次)[^。；！？]{0,12}?(?:表彰|召开|举行|举办|命名)")
_INSPIRES = re.compile(r"(?:激励|鼓舞|鞭策|激发|带动|引导|动员|号召)(?:和|、)?(?:激励|鼓舞|鞭策|激发|带动|引导|动员|号召)?$")
_INSPIRED = re.compile(r"(?:广大)?(?:人民|干部群众|党员干部|干部职工|群众|各界)")


def _own_event_inspires(line: str, m: re.Match[str], sentence: str) -> bool:
    lv = m.group("lv")
    event = _THIS_EVENT.search(sentence)
    if event is None or not _INSPIRES.search(line, 0, m.start()) or not _INSPIRED.match(line, m.end()):
        return False
    since = sentence[event.start() :]
    return not re.search(_SUPERIOR_NAMED.format(lv=lv), since) and not _reports_superior(sentence, lv)


# 如果我们做不好此项工作，我们无法向全市人民交代 / 对全市人民负责 / 给全市人民交上一份满意的答卷 in a county speech
# (#13, batch 55 p01): the people the speaker (we) must answer to for the own work are the own place's. (A superior named
# or quoted in the sentence, 市委要求我们向全市人民…, keeps them its.)
_ANSWERED = re.compile(
    r"(?:广大)?(?:人民群众|人民|干部群众|父老乡亲)[^，。；！？,;!?]{0,8}?"
    r"(?:交代|交账|交待|负责|交出|交上|交一份|汇报|作出承诺)"
)


# 各位代表肩负全市人民的重托 / 决不辜负全市人民的期望 in a county speech: the people whose trust the speaker or the own
# congress's deputies carry are the own place's, as those we answer to are.
_TRUST_HELD = re.compile(r"(?:肩负|身负|承载|不负|不辜负|没有辜负|决不辜负|绝不辜负)(?:着)?$")
_TRUST = re.compile(r"(?:广大)?(?:人民群众|人民|干部群众|父老乡亲)的?(?:重托|期望|期待|厚望|信任|嘱托|信赖)")


def _answers_to_own(line: str, m: re.Match[str], before: str, sentence: str) -> bool:
    lv = m.group("lv")
    if lv != "省" and _TRUST_HELD.search(before) and _TRUST.match(line, m.end()):
        return not re.search(_SUPERIOR_NAMED.format(lv=lv), sentence) and not _reports_superior(sentence, lv)
    if lv == "省" or not before.endswith(("向", "对", "给")) or not _ANSWERED.match(line, m.end()):
        return False
    if "我们" not in sentence and not re.search(r"(?:^|[，,：:])\s*(?:无法|难以|没法|才能|必须|要|一定要)?(?:向|对|给)$", sentence):
        return False
    return not re.search(_SUPERIOR_NAMED.format(lv=lv), sentence) and not _reports_superior(sentence, lv)


# 我们要以高度的政治自觉…抓好贯彻落实，全力推动全市民营经济高质量发展 in a county speech (#13, batch 53 p29): the
# development the speaker's own "we must" pushes, ending the clause, is the own place's. A share in the superior's
# (为推动全市…发展作出贡献, 以推动…, 融入全市发展大局) and a superior named or quoted in the sentence are not this; a
# town's speaker may well push the county's development (as with 是推动全县…发展 above).
_WE_MUST = re.compile(r"我们[^，。；！？,;!?]{0,4}?(?:要|必须|将|一定要|务必|应当|应该)")
_PUSHES = re.compile(r"(?:全力|大力|着力|奋力|努力|加快|持续|不断|积极|合力|共同|切实)?(?:推动|推进|促进|助推)$")
_PUSHED_DEVELOPMENT = re.compile(r"[\u4e00-\u9fff]{0,10}?发展(?=[。！？；，,;!?]|\s*$)")


def _we_push_own(line: str, m: re.Match[str], sentence: str) -> bool:
    lv = m.group("lv")
    push = _PUSHES.search(line, 0, m.start())
    if lv == "省" or push is None or line[push.start() - 1 : push.start()] in ("为", "以", "助", "于"):
        return False
    if not _WE_MUST.search(sentence) or not _PUSHED_DEVELOPMENT.match(line, m.end()):
        return False
    return not re.search(_SUPERIOR_NAMED.format(lv=lv), sentence) and not _reports_superior(sentence, lv)


def _own_big_list(line: str, m: re.Match[str], level: str, sentence: str) -> bool:
    """全市六大重点工程 in a 区 speech is the district's own list when the own level set it (区委确定了全市…) or when the
    own work is called the head of it (重中之重, 之首) and the rest of the sentence tells its stakes for 我区 — a
    superior's list would be told for the superior's scope. One of the list (之一), a list entered (列入) or followed
    (对照) stays the superior's."""
    lv = m.group("lv")
    if lv == "省" or level not in ("县", "区", "旗", "市") or _RANK.get(lv, 9) >= _RANK.get(level, 0):
        return False
    big = _BIG_LIST.match(line, m.end())
    if big is None or re.search(_SUPERIOR_NAMED.format(lv=lv), sentence) or _reports_superior(sentence, lv):
        return False
    if re.search(_SETS_LIST.format(level=level), sentence):
        return True
    head = _LIST_HEAD.match(line, big.end())
    rest = re.split(r"[。！？!?]", line[big.end() :])[0]
    return head is not None and re.search(rf"我{level}|全{level}", rest) is not None and _STAKES.search(rest) is not None


_DECIDED_BY = r"(?:{level}(?:党?委|党工委|人民政府|政府)(?:[、和]{level}?(?:人民)?政府)?|我们|我{level})[^，。；！？,;!?]{{0,4}}?(?:研究)?(?:决定|确定)"
_DONE_WITHIN = re.compile(r"[^，。；！？,;!?]{0,16}?(?:中|范围内|内)[^，。；！？,;!?]{0,8}?(?:开展|组织|实施|举办|进行|推行|部署)")


def _own_decision_scope(line: str, m: re.Match[str], level: str, sentence: str) -> bool:
    """The 全X at `m`, after 在, is where a decision of the own level's body (镇党委决定, 经县委研究决定, 我们决定) has
    something done (…中开展, …范围内组织), and no other body is named between the decision and it."""
    if not line[: m.start()].endswith("在") or not _DONE_WITHIN.match(line, m.end()):
        return False
    decided = list(re.finditer(_DECIDED_BY.format(level=level), sentence))
    if not decided:
        return False
    between = sentence[decided[-1].end() :]
    return not re.search(r"(?:[省市县区乡镇州旗盟]|街道)(?:党?委|党工委|人民政府|政府)|上级|中央|国务院", between)


# 总的来说，去年我镇工作是扎实和富有成效的，全县经济态势良好，…，全镇安定和谐 in a 镇 speech (#13, batch 52 p01): the
# sentence sums up the own year — its first clause the own place's work, the next one the state of the economy. The
# superior's scope there is the own one with the wrong word (全县经济形势良好，我镇… in a sentence of its own is the
# superior's, and _own_state reads that).
_SUMMED_UP = re.compile(
    r"\s*(?:总的(?:来)?(?:说|看)|总体(?:上)?(?:来)?(?:说|看)|总而言之|一年来|过去的?一年(?:里|来)?)?[，,]?\s*"
    r"(?:(?:\d{2,6}|[〇一二三四五六七八九零]{4}|今|去|上一?)年(?:度)?)?[，,]?\s*(?P<own>[我全](?:街道|[省市县区乡镇]))"
    r"[^，。；！？,;!?]{0,16}?(?:是|总体|整体)[^，。；！？,;!?]{0,16}?的?[，,]\s*$"
)
_ECONOMY_STATE = re.compile(
    r"[^，。；！？,;!?]{0,6}?(?:态势|形势|运行|大局)[^，。；！？,;!?]{0,4}?(?:良好|平稳|稳定|向好|健康|喜人)"
)


def _summary_state(line: str, m: re.Match[str], level: str, sentence: str) -> bool:
    lv = m.group("lv")
    if lv == "省" or _RANK.get(lv, 9) >= _RANK.get(level, 0) or not _ECONOMY_STATE.match(line, m.end()):
        return False
    summed = _SUMMED_UP.fullmatch(sentence)
    return bool(summed and summed.group("own")[1:] == level and not re.search(_SUPERIOR_NAMED.format(lv=lv), sentence))


def _own_state(line: str, m: re.Match[str], level: str, lead: str, directive: bool = False) -> bool:
    """A clause opened by 全X (X a superior of `level`) tells a place's state (形势总体平稳), in a sentence whose subject is
    the own place (全县上下…，…，全市安全生产形势总体平稳) or in a paragraph that so far spoke only of the own place."""
    lv = m.group("lv")
    # (全省经济运行总体平稳 in a city speech is as likely the province's account as a slip: left alone)
    if lv == "省" or _RANK.get(lv, 9) >= _RANK.get(level, 0) or not _STATE_AFTER.match(line, m.end()):
        return False
    before = line[: m.start()]
    sentence = re.split(r"[。！？!?]", before)[-1] if re.search(r"[。！？!?]", before) else lead + before
    rest = re.split(r"[。！？!?]", line[m.end() :])[0]
    if re.search(_SUPERIOR_NAMED.format(lv=lv), sentence) or _STATE_SET_BESIDE.search(rest) or _reports_superior(sentence, lv):
        return False
    if re.search(rf"[全我本]{level}|{level}(?:委|政府)", rest):
        return False  # 全市安全生产形势总体平稳，我县… : the superior's state, then the own beside it
    own = rf"全{level}(?:上下|各级|广大)?|我{level}|{level}委、?{level}(?:人民)?政府"
    if re.search(own, sentence) or (directive and re.search(r"要|必须|务必|一定", sentence)):
        return True
    # 上半年，全市经济运行总体平稳，… opening a paragraph of a county speech that named no superior before it: the speech's
    # own account of its year (the superior's state is said with its source: 从全市看, 市统计局通报…)
    if _STATE_OPENING.fullmatch(re.split(r"[：:]", sentence)[-1]) and not re.search(rf"全{lv}|我{lv}|" + _SUPERIOR_NAMED.format(lv=lv), before):
        return True
    return bool(re.search(own, before)) and not re.search(rf"全{lv}|我{lv}|" + _SUPERIOR_NAMED.format(lv=lv), before)


_LEADS = re.compile(r"(?:团结带领|团结动员|团结引导|带领|率领|动员|引导|号召|发动|组织)(?:和?(?:带领|动员|引导|组织))?$")
_PEOPLE_AFTER = re.compile(r"(?:广大)?人民群众|群众|人民")
_OWN_TALLY = re.compile(r"(?:共|现|目前|总共)?有(?!个别)[\d一二三四五六七八九十百千万余多]*(?:个|名|家|所|座|户|处|条|支)")
_TALLY_OPEN = re.compile(r"\s*(?:截至目前|截止目前|截至(?:\d{1,2}月)?(?:底|末)|目前|今年以来|年初以来)?[，,]?\s*")
_TALLY_AFTER = re.compile(r"(?:累计|共|先后)[\u4e00-\u9fff]{1,12}?\d")


_ALL_TRADES = re.compile(r"各行各业(?![^，。；！？,;]{0,4}?(?:中|里|之中|当中|的?前列))")


def _serves_own(after: str, level: str) -> bool:
    """The rest of the sentence has the subject work around or build the speaker's own place (围绕我县…, 推进平安xx县)."""
    sentence = re.split(r"[。！？!?]", after)[0]
    return bool(re.search(rf"(?:围绕|推进|服务|建设)[^。！？!?，,、]{{0,6}}?(?:我|全|[xX×*＊]{{1,3}}|某{{1,2}}){level}(?![委长])", sentence))


_OWN_EFFORT_BEFORE = re.compile(
    r"在[^，。；！？,;!?]{0,4}?(?:全|我)(?P<lv>街道|[省市县区乡镇])[^。；！？;!?]{0,24}?(?:努力|协作|奋斗|拼搏|带领|领导)下[，,]\s*$"
)
_JOINT_EFFORT = re.compile(
    r"[^，。；！？,;!?在]{0,12}?的?(?:共同|一致|不懈|辛勤|团结|通力|顽强)?(?:努力|奋斗|拼搏|协作|奋战|苦干)下[，,]\s*"
    r"(?=[^。；！？;!?]{0,30}?(?:取得|实现了|迈上|获得|完成了|呈现出))"
)
_OWN_PAIR_LEADS = re.compile(r"(?:^|[，,；;）)\s])\s*(?P<lv>[县区])委[、和](?P=lv)(?:人民)?政府(?![^，,]{0,4}(?:要求|提出|决定))")
_OWN_DEVELOPMENT = re.compile(r"(?:经济社会|经济|社会|高质量|城市)[^，。；！？,;!?]{0,4}?发展")
_CLEARS_WAY = re.compile(r"[^，。；！？,;!?]{0,12}?发展(?:扫清|扫除|清除|排除)(?:障碍|阻碍|路障)")
_GUIDED_BY_OWN = r"按照(?:{level}(?:党|党工)?委)[^。；！？;!?]{{0,6}}?(?:提出|确定|制定|明确)的"
_OWN_RESULT = re.compile(r"[^，。；！？,;!?]{0,16}?(?:取得了|实现了|迈上了|呈现出|呈现了|保持了)")
_ACHIEVED = re.compile(r"[^，。；！？,;!?]{0,16}?(?:取得|实现了|迈上|呈现出|获得)")
_HEARD_REPORT = re.compile(
    r"(?:同志|负责人|负责同志|局|办)(?:分别)?(?:通报|汇报|总结|报告)了?(?:前三季度|上半年|一季度|前一阶段|近期|今年|去年|\d{4}年)?$"
)
# (通报了全市安全生产考核排名情况: the superior's ranking of its counties, which a county may well pass on)
_REPORTED_STATE = re.compile(r"(?![^，。；！？,;]{0,16}?(?:排名|名次|考核|评比))[^，。；！？,;]{0,16}?(?:工作)?(?:情况|进展)")


# 这次会议的主要任务是：…，总结研判全市2023年生态环境保护工作，… in a county speech: the work this meeting sums up or
# plans is the speaker's own; not 传达学习全市经济工作会议精神 (a superior's meeting, named as what is passed on).
_MEETING_TASK = re.compile(r"(?:会议|大会|会)[，,]?的?(?:主要)?(?:任务|目的|内容)[，,]?(?:是|有|就是)|(?:这次|今天的?|本次|此次)(?:会议|大会|会)[，,]\s*(?:主要|就)是")
# (总结前一阶段全市…工作: the period the sum covers may stand before the scope)
_TASK_VERB = re.compile(r"(?:总结|回顾|研判|分析|部署|安排|明确|谋划|动员|推进|推动)(?:\d{4}年|今年|去年|明年|前一阶段|上半年|前段时间|一年来)?$")
_SUPERIOR_SOURCE = re.compile(r"会议|大会|精神|部署|决策|要求")


# 会议的主要任务是…，对全市…工作进行动员部署 (#13, batch 65's planted f02): the task told with
# 对 before the scope and the verb after it (进行动员, 作出部署) is the same task as 部署全市…
_DONE_ON = re.compile(r"(?P<what>[^，,。；;！？]{0,30}?)(?:进行|作出|予以)[^，,。；;！？]{0,8}?(?:动员|部署|安排|研究|调度)")


def _meeting_task(sentence: str, after: str) -> bool:
    if not _MEETING_TASK.search(sentence):
        return False
    last = re.split(r"[，,、；;：:]", sentence)[-1]
    if last.strip().endswith("对") and (done := _DONE_ON.match(after)):
        return not _SUPERIOR_SOURCE.search(done.group("what"))  # 对全市…会议精神进行传达部署 relays the superior's
    if not _TASK_VERB.search(last):
        return False
    clause_after = re.split(r"[，,、；;。！？]", after)[0]
    return not _SUPERIOR_SOURCE.search(clause_after)


# 今天这个会，是对全市…示范创建工作的具体安排 / 这次会议是对全市…工作的再动员、再部署 in a county speech (#13, batch 60's
# planted f08): the work this very meeting arranges, deploys or pushes is the speaker's own (这次会议是对全市…会议精神的贯彻落实 relays the
# superior's meeting: not this).
_THIS_MEETING_IS_ON = re.compile(
    r"(?:今天|今日|这次|此次|本次)(?:召开的|的|这个|这次)?(?:会议?|大会)[，,]?(?:主要)?(?:就)?是(?:对|就|围绕|专门对)$"
)
_ARRANGED = re.compile(r"[^。；！？;!?]{0,30}?的?[^。；！？;!?]{0,8}?(?:安排|部署|推进|动员|调度|推动|研究)")
_RELAYED = re.compile(r"精神|贯彻|传达|落实[^。；！？;!?]{0,4}?(?:会议|部署|要求)")


def _this_meeting_on(sentence: str, after: str) -> bool:
    if not _THIS_MEETING_IS_ON.search(sentence.strip()):
        return False
    rest = re.split(r"[。；！？;!?]", after)[0]
    return _ARRANGED.match(rest) is not None and not _RELAYED.search(rest)


# 安全生产…关乎人民群众生命财产安全，关乎全市经济社会稳定大局 / 事关全市改革发展稳定全局 in a county or district speech
# (#13, batch 62's planted f03): the stakes of the work the speech is about, told with no place named before them, are the own place's —
# a county's work does not hold the whole city's stability. A sentence that names the own place (我县这个项目事关全市
# 发展大局: its share in the superior's) or the superior (市委部署的这项工作事关全市…) keeps the superior's scope.
_STAKES_BEFORE = re.compile(r"(?:关乎|事关|关系到|关系着|关系)$")
_WHOLE_STAKE = re.compile(r"(?:经济社会|改革发展|发展)?(?:和谐)?(?:稳定|发展|安全)?(?:大局|全局)")


def _own_work_stakes(line: str, m: re.Match[str], level: str, lead: str) -> bool:
    lv = m.group("lv")
    if lv == "省" or _RANK.get(lv, 9) >= _RANK.get(level, 0) or not _STAKES_BEFORE.search(line, 0, m.start()):
        return False
    if not _WHOLE_STAKE.match(line, m.end()):
        return False
    before = line[: m.start()]
    sentence = re.split(r"[。！？!?]", before)[-1] if re.search(r"[。！？!?]", before) else lead + before
    if re.search(rf"[全我本]{level}|{level}(?:委|政府)|全{lv}|我{lv}|项目|" + _SUPERIOR_NAMED.format(lv=lv), sentence):
        return False
    return not _reports_superior(sentence, lv)


_TIED_TO_ASSESSMENT = re.compile(r"[^，。；！？,;!?]{0,8}?工作[^，。；！？,;!?]{0,4}?与[^，。；！？,;!?]{0,10}?(?:考核|绩效|评优|奖惩|考评)[^，。；！？,;!?]{0,6}?挂钩")
_SALUTE_ADDRESS = re.compile(r"^(?:广大)?[\u4e00-\u9fff]{0,6}?(?:干部群众|党员干部|父老乡亲)[，,、][^。！？]{0,12}?同志们[：:]")


# 我市降雨偏多 / 我市进入主汛期 / 我市气温偏高: rain, floods and heat fall on the whole city, and a 区 or 县 in it
# says so of the city (从我区自身情况看 follows for its own part).
_CITY_WEATHER = re.compile(
    r"(?:今年|近期|近日|入汛以来|[^，。；！？,;]{0,2}?)(?:降雨|降水|雨量|雨水|气温|汛期|主汛期|天气|旱情|雨情|水情|汛情|普降|出现(?:强降雨|暴雨|高温))"
    # 我市多年来未发生大的洪涝灾害: the floods a place has had, or not had, over the years
    r"|(?:多年来?|历史上|近年来?|已经多年)[^，。；！？,;]{0,6}?(?:洪涝|洪水|水患|水灾|旱灾|干旱)"
)
_TOWN_TIER = frozenset({"乡", "镇", "街道"})
_RANK = {"省": 0, "市": 1, "州": 1, "盟": 1, "县": 2, "区": 2, "旗": 2, "乡": 3, "镇": 3, "街道": 3}
# the tiers below each level's, as its speech names them (县 区 乡 镇): see _names_lower_tier
_LOWER_TIERS = {lv: "".join(c for c in "县区乡镇" if _RANK[c] > rank) for lv, rank in _RANK.items()}
# 根据/按照/贯彻 我市…精神/部署/要求: a superior's decision named as what the speaker carries out.
_SUPERIORS_WORD = re.compile(r"(?:根据|按照|遵照|贯彻|落实)[^，。；！？]{0,3}@[^，。；！？]{0,16}(?:精神|部署|要求|安排|规定)")


# 我市的毛嘴、张沟、长埫口等地 / 我县的几个乡镇: places within the superior the speaker's level belongs to.
_PLACES_WITHIN = re.compile(r"的?[^。；！？，,]{2,40}?等(?:地|处|乡镇|镇|乡|村|街道|单位)")


def _reports_superior(before: str, lv: str) -> bool:
    """The sentence so far reports what a leader of level `lv` said (市长指出，… / 市委书记在…上强调：… / 市委书记也多次
    指示：“…”)."""
    sentence = re.split(r"[。！？!?]", before)[-1]
    return bool(re.search(rf"{lv}(?:长|委(?:副)?书记|委常委|领导)(?:同志)?[^。！？]{{0,30}}?(?:指出|强调|要求|讲到|提出|指示|批示|所说|说过|说|讲)[，,：:]", sentence))


def _quotes_superior(line: str, start: int, lv: str) -> bool:
    """The words at `start` are a level-`lv` leader's, reported (市长指出，…) or quoted (市委书记…强调：“…，…” — the
    quotation may run over several sentences)."""
    opened = line.rfind("“", 0, start)
    if opened >= 0 and line.find("”", opened, start) < 0:
        return _reports_superior(line[: opened + 1], lv)
    return _reports_superior(line[:start], lv)


def _clause_around(line: str, m: re.Match[str]) -> str:
    """The clause of a level word, the word itself written @."""
    before = re.split(r"[，。；：！？,;:!?]", line[: m.start()])[-1]
    after = re.split(r"[，。；：！？,;:!?]", line[m.end() :])[0]
    return f"{before}@{after}"


# 当前全市拆迁拆违工作进入集中攻坚阶段，全区一手抓拆迁拆违，一手抓群众工作 in a 区 speech: a work's stage told with
# the superior's scope, and the next clause taking the same work up as the own place's (全区…拆迁拆违). Either the
# own work said with the superior's word or the superior's campaign relayed: a warning (only the writer knows).
_WORK_STAGE = re.compile(
    r"(?:^|(?<=[。；！？;!?，,：:]))\s*(?:当前|目前|眼下|现在|如今|近期)?[，,]?\s*"
    r"(?P<word>全(?P<lv>[省市县区]))(?P<work>[\u4e00-\u9fff]{2,8}?)(?:工作|行动|攻坚战)"
    r"(?:已经|已|正|正在|即将|全面)?(?:进入|处于|到了|迈入|转入)[^，。；！？,;!?]{0,8}?(?:阶段|时期|关键期|攻坚期|冲刺期|决战期|收官期)[，,]\s*"
)


def _own_work_stage(line: str, lineno: int, level: str, also_own: frozenset[str]) -> list[Finding]:
    if not any(w in line for w in ("进入", "处于", "到了", "迈入", "转入")):
        return []  # (the verb the pattern needs, looked for at every position: #18, perf39)
    findings = []
    for m in _WORK_STAGE.finditer(line):
        lv, work = m.group("lv"), m.group("work")
        if lv in also_own or _RANK.get(lv, 9) >= _RANK.get(level, 0) or _RANK.get(level) is None:
            continue
        nxt = re.split(r"[，,；;。！？!?]", line[m.end() :])[0]
        rest = re.split(r"[。！？!?]", line[m.end() :])[0]
        sentence = re.split(r"[。！？!?]", line[: m.start("word")])[-1]
        if not re.match(rf"(?:全{level}|我{level})", nxt) or work[:2] not in rest:
            continue
        if re.search(_SUPERIOR_NAMED.format(lv=lv), sentence + line[m.start("word") : m.end()]) or _reports_superior(sentence, lv):
            continue
        word = m.group("word")
        findings.append(Finding(
            "level-mix", WARNING,
            f"{level}级讲话中说“{word}{work}”进入某个阶段，同一句接着由“{nxt[:2]}”来抓这项工作：讲的若是本{level}的工作，应为“全{level}”",
            lineno, m.start("word") + 1, word, f"如说的是本{level}的{work}工作，改为“全{level}”；如是转述上级的部署，可以不改",
        ))  # fmt: skip
    return findings


# 今天我们在市委大礼堂隆重召开全县庆祝建党…表彰大会 in a county speech (#13, batch 52 p20): the hall this very meeting
# of the own level is held in is named after another level's committee or government — a hall left from another
# level's speech. (A training class held at 市委党校 is a school of the superior's, and happens: not read.)
_HALL = re.compile(
    r"在(?P<hall>(?P<lv>[省市县区镇乡])(?:委|政府|人民政府)(?:机关)?(?:大礼堂|礼堂|大会堂|会堂|会议中心|会议室|多功能厅|报告厅|常委会议室))"
    r"[^，。；！？,;!?]{0,8}?(?:召开|举行|举办)(?:这次|本次)?全(?P<own>街道|[省市县区镇乡])"
)


def _hall_of_other_level(
    line: str, lineno: int, level: str, also_own: frozenset[str], county_city: bool
) -> list[Finding]:
    findings = []
    for m in _HALL.finditer(line):
        lv = m.group("lv")
        if m.group("own") != level or lv == level or lv in also_own or (county_city and lv == "市"):
            continue
        right = level + m.group("hall")[1:]
        # (a central district may well meet in its city's hall: a warning there)
        severity = WARNING if level == "区" and lv == "市" else ERROR
        findings.append(Finding(
            "level-mix", severity, f"{level}级讲话中，召开全{level}会议的会场是“{m.group('hall')}”（其他层级的机关）",
            lineno, m.start("hall") + 1, m.group("hall"), f"改为“{right}”，或确认会场",
        ))  # fmt: skip
    return findings


_CALL_OPEN = re.compile(r"^(?:同志们[，,！!]\s*)?让我们")
_MOMENT_OPENER = re.compile(r"^(?:当前|目前|现在|眼下|如今|当下|今年|近年来|过去一年|一年来|去年)[，,]?\s*")
# 今天，我们召开县政府第三次全体会议 in a city speech (#13, batch 73's planted f09): this very meeting, a session of the
# own government or committee, said as another level's body's. (今天上午省政府召开…, 刚才传达了市委全会精神 report the
# superior's meetings: the clause before says who meets, or that it met before.)
_OWN_SESSION = re.compile(
    r"(?:召开|举行)了?(?:这次|本次|此次)?(?:中共)?(?P<body>(?P<lv>[省市县区乡镇])(?:委|人民政府|政府|人大常委会|人大|政协))"
    r"(?=[^，。；！？,;!?]{0,12}?(?:全体(?:[（(]扩大[)）])?会议|常务会议|全会|常委会议?|代表大会))"
)
_SESSION_CLAUSE = re.compile(r"今天|今日|我们|这次|此次|本次")


# 按照年初的安排，县政府决定今天召开第二次全体会议 / 现在开会。节后刚上班，县政府就召开…全体会议 in a city speech (#13,
# the shape of batch 77's planted f05 and f07): the body that convenes this very session, named before the verb — today's (决定今天,
# 今天), or one the speaker opens (现在开会 said in the speech, 就召开: no sooner than) — is the own level's. A body
# whose meeting the speaker reports (今天上午省政府召开…电视电话会议, 刚才, 已经) or names by a place (the clause must open
# on the body: 桐庐县政府 is no bare 县政府) is left alone, and so is a meeting of the body's own scope (市政府召开全市…:
# its own meeting, whoever speaks).
_CONVENER_FIRST = re.compile(
    r"(?:^|(?<=[。！？；;!?，,：:\s]))(?P<body>(?P<lv>[省市县区乡镇])(?:委|人民政府|政府))(?:研究)?(?:决定)?"
    r"(?P<when>今天|今日|在这里|就|特意|专门)?(?:召开|举行)(?:这次|本次|此次)?(?!全[省市县区乡镇])"
    r"(?=[^，。；！？,;!?]{0,12}?(?:全体(?:[（(]扩大[)）])?会议|常务会议|全会|常委会议?))"
)
_OPENED_HERE = re.compile(r"现在开会|现在开始开会|会议现在开始|现在，?开会")


def _own_session_of_other_level(line: str, lineno: int, level: str, also_own: frozenset[str], county_city: bool,
                                opened: bool = False) -> list[Finding]:  # fmt: skip
    findings = []
    for m in _CONVENER_FIRST.finditer(line) if "召开" in line or "举行" in line else ():
        lv = m.group("lv")
        if lv == level or lv in also_own or (county_city and lv == "市") or level not in _RANK:
            continue
        sentence = re.split(r"[。！？!?]", line[: m.start()])[-1]
        when = m.group("when") or ""
        today = when in ("今天", "今日", "在这里") or bool(re.search(r"今天|今日|这次|本次|此次", sentence))
        begun = when in ("就", "特意", "专门") and (opened or bool(_OPENED_HERE.search(line, 0, m.start())))
        if not (today or begun) or _RELAYED_MEETING.search(sentence) or _ANOTHER_MEETING.search(sentence):
            continue
        body = m.group("body")
        findings.append(Finding(
            "level-mix", ERROR, f"{level}级讲话中，召开这次会议的说成了“{body}”（其他层级的机关）",
            lineno, m.start("body") + 1, body, f"改为“{level}{body[1:]}”，或确认讲话的层级（--level）",
        ))  # fmt: skip
    for m in _OWN_SESSION.finditer(line) if "召开" in line or "举行" in line else ():
        lv = m.group("lv")
        if lv == level or lv in also_own or (county_city and lv == "市") or level not in _RANK:
            continue
        clause = re.split(r"[，。；：！？,;:!?]", line[: m.start()])[-1]
        if not _SESSION_CLAUSE.search(clause) or _ANOTHER_MEETING.search(clause) or _RELAYED_MEETING.search(clause):
            continue
        if re.search(r"[省市县区乡镇](?:委|政府|人大|政协)|上级|中央|国务院", clause):
            continue  # 今天省政府召开…: the convener named, another body's meeting
        body = m.group("body")
        findings.append(Finding(
            "level-mix", ERROR, f"{level}级讲话中，今天召开的这次会议说成了“{body}”的会议（其他层级的机关）",
            lineno, m.start("body") + 1, body, f"改为“{level}{body[1:]}”，或确认讲话的层级（--level）",
        ))  # fmt: skip
    return findings


# 当前，**县正处在…的关键期 in a city speech (#13, batch 73's planted f10): the own place, its name masked as the page
# masks it, at the moment the speech is about — with a suffix of another level than the speech's.
_MASKED_MOMENT = re.compile(
    r"(?:当前|目前|现在|眼下|如今|当下)[，,]?\s*(?P<who>(?:[xX×＊*]{1,4}|某某)(?P<lv>街道|[市县区乡镇旗]))"
    r"(?:正|也|已经|已)?(?:处在|处于|站在|进入|迈入|步入|迎来)"
)


def _masked_moment(line: str, lineno: int, level: str, also_own: frozenset[str]) -> list[Finding]:
    findings = []
    for m in _MASKED_MOMENT.finditer(line) if "处" in line or "入" in line or "站在" in line or "迎来" in line else ():
        lv = m.group("lv")
        if lv == level or lv in also_own or level not in _RANK:
            continue
        findings.append(Finding(
            "level-mix", WARNING, f"{level}级讲话说“{m.group('who')}”正处在这一时期：这里说的是本地，地名却是{lv}级的写法",
            lineno, m.start("who") + 1, m.group("who"), f"改为本{level}的写法，或确认讲话的层级（--level）",
        ))  # fmt: skip
    return findings


def _level_finding(word: str, level: str, lineno: int, col: int) -> Finding:
    right = level + "直" if word.endswith("直") else word[0] + level
    return Finding("level-mix", ERROR, f"{level}级讲话中出现“{word}”（其他层级的用语）", lineno, col, word,
                   f"改为“{right}”，或确认讲话的层级（--level）")  # fmt: skip


# ---------------------------------------------------------------- places




# 鹤城 is 齐齐哈尔 (and 怀化's 鹤城区), 榕城 is 福州 (and 揭阳's 榕城区) (#13, batch 77 p39): a city's byname that a
# district elsewhere bears as its name. Said in a speech of that city (or a place within it), it is the own city.
_CITY_NICKNAMES = {
    "鹤城": ("230200",), "鹿城": ("150200",), "龙城": ("140100", "320400", "450200"), "江城": ("420100", "220200"),
    "榕城": ("350100",), "石城": ("320100",), "山城": ("500000",), "柳城": ("450200",),
    "钢城": ("210300", "150200", "510400", "340500"),
}  # fmt: skip
# The capital (where national meetings are held) and 港澳台 (national-unity wording) are never leaks.
_ALWAYS_OK_PLACES = frozenset({"110000", "710000", "810000", "820000"})


def check_places(lines: Sequence[str], span: range, ctx: SpeechContext) -> list[Finding]:
    """Real place names that are neither the speech's place, inside it, nor one of its superiors."""
    if not ctx.places:
        return []
    from drafter.gazetteer import load_gazetteer

    gz = load_gazetteer()
    # by today's codes: 奉化市 (a former name's row) is 奉化区, and 萧山市 in 余杭区's report is 萧山区, another place
    allowed = {p.current_code for p in ctx.places} | {a.code for p in ctx.places for a in gz.ancestors(p)}
    allowed |= _ALWAYS_OK_PLACES
    own = {p.current_code for p in ctx.places}
    parents = {up[0].code: up[0] for p in ctx.places if (up := gz.ancestors(p))}
    renamed = _renamed_since(gz, ctx)
    ours = [n for p in ctx.places if p.code not in renamed for n in {p.name, p.short} if len(n) >= 2]
    partnered = any(_PARTNERSHIP.search(line) for _, line in lines_in(lines, span))
    # once a line (#18); a blank line, half a draft's, names no place
    found_in = {lineno: _places_in(gz, line) if line else [] for lineno, line in lines_in(lines, span)}
    neighbours = _two_character_neighbours(gz, parents, own)
    if neighbours:
        for lineno, line in lines_in(lines, span):
            if line:
                found_in[lineno] = _with_neighbours(line, found_in[lineno], neighbours)
    hosts = {p.code for lineno, line in lines_in(lines, span) for start, end, places in found_in[lineno]
             if _held_there(line, start, end) for p in places}  # fmt: skip
    findings = []
    for lineno, line in lines_in(lines, span):
        if not line:
            continue  # (no place found, no bare stake in a blank line)
        found = found_in[lineno]  # the bare stakes below skip what it found
        for start, end, places in found:
            stale = bool(renamed) and any(p.code in renamed for p in places)
            if stale:  # 海州区 of 连云港 (新浦区 merged into it), not of 阜新: told first
                places = sorted(places, key=lambda p: p.code not in renamed)
            if stale and _SPEAKER_BODY.match(line, end) and _SPEAKS_AS.search(line, 0, start):
                now = next(p for p in places if p.code in renamed)
                findings.append(_renamed_body_finding(line[start:end], now, renamed[now.code], gz, lineno, start + 1))
                continue
            if not stale and any(p.current_code in allowed or any(a.code in own for a in gz.ancestors(p)) for p in places):
                continue
            if _inside_own_name(line, start, end, ours):
                continue  # 浔阳江畔 in 浔阳区's report: no 阳江 (广东), our own name running into the next word
            if _split_by_words(line, start, end):
                continue  # 现代化新兴城市: no 兴城市 (辽宁), two words (新兴|城市) read across their join
            elsewhere = ("标题或称呼所说的来宾、收信方或会议对象" if any(p.code in ctx.guests or any(a.code in ctx.guests for a in gz.ancestors(p))
                                                for p in places)
                         else "会议或培训的举办地" if any(p.code in hosts for p in places) and not _host_as_own(line, start, end)
                         else "学校的校区名" if line.startswith("校区", end)
                         else "全国性比赛或活动的举办地" if _event_venue(line, start, end)
                         else "考察、历史、对口、比喻等" if _mentioned_elsewhere(line, start, end)
                         else "某人在那里任职" if _post_held(line, start, end)
                         else "那里发生的事故、事件" if _reported_incident(line, start, end)
                         else "企业或项目的名称" if _firm_name(line, start, end)
                         else "港口、线路或工程的名称" if _route_or_work(line, start, end)
                         else "对口帮扶、协作的一方" if partnered and _giver(line, start, end)
                         else "给予支持的一方" if _thanked(line, start, end) else "")  # fmt: skip
            sibling = None if elsewhere else _sibling(gz, places, parents, line, start, end)
            findings.append(_place_finding(line[start:end], places, ctx.place or "", gz, lineno, start + 1, elsewhere, sibling))
        # 实现沭阳高质量发展 in 清河县's speech: another county's bare short name said as ours
        for start, end, places in _bare_stakes(gz, line, found):
            if any(p.code in allowed or any(a.code in own for a in gz.ancestors(p)) for p in places):
                continue
            if line[start:end] in ours or not _said_as_own(line, start, end):
                continue
            findings.append(_place_finding(line[start:end], places, ctx.place or "", gz, lineno, start + 1))
    peers = _bare_peers(gz, lines, span, ctx)
    taken = {(f.line, f.column) for f in peers}  # a neighbour's bare name: _bare_peers says so in its own words
    findings = [f for f in findings if (f.line, f.column) not in taken] + peers
    said = {(f.line, f.column) for f in findings}  # 为重庆的…建设做出了贡献: another province named bare as ours
    findings += [f for f in _bare_provinces(gz, lines, span, ctx) if (f.line, f.column) not in said]
    said = {(f.line, f.column) for f in findings}
    findings += [f for f in _province_aliases(gz, lines, span, ctx) if (f.line, f.column) not in said]
    said = {(f.line, f.column) for f in findings}
    findings += [f for f in _stranger_in_own_list(gz, lines, span, ctx) if (f.line, f.column) not in said]
    # 鹤城 in 齐齐哈尔's speech: the own city's byname, not 怀化's 鹤城区
    return [f for f in findings if not set(_CITY_NICKNAMES.get(f.text, ())) & allowed]


# 不断筑牢齐鲁全方位高质量发展的安全屏障 in 山西省's speech (#13, batch 60's planted f10): a province named by its old name
# (齐鲁 is 山东, 三晋 山西) as the land, people or development the speaker speaks of as its own — the name left from
# another province's speech. Only where the speech's province is known; 学习借鉴齐鲁大地的经验 (a place learned from) is
# somewhere else.
_PROVINCE_ALIASES = {
    "齐鲁": ("山东",), "三晋": ("山西",), "八闽": ("福建",), "三秦": ("陕西",), "荆楚": ("湖北",), "三湘": ("湖南",),
    "潇湘": ("湖南",), "湖湘": ("湖南",), "燕赵": ("河北", "北京", "天津"), "中原": ("河南",), "江淮": ("安徽", "江苏"),
    "陇原": ("甘肃",), "巴渝": ("重庆",), "巴蜀": ("四川", "重庆"), "天府": ("四川",), "八桂": ("广西",),
    "龙江": ("黑龙江",), "赣鄱": ("江西",), "南粤": ("广东",), "岭南": ("广东", "广西"), "之江": ("浙江",),
}  # fmt: skip
_ALIAS_OWN_USE = re.compile(
    rf"(?<!黑)(?P<alias>{'|'.join(_PROVINCE_ALIASES)})"
    r"(?=大地|儿女|父老|人民|崛起|振兴|出彩|腾飞|全方位|高质量|经济社会|发展|新篇章|现代化|各族)"
)


def _province_aliases(gz: Any, lines: Sequence[str], span: range, ctx: SpeechContext) -> list[Finding]:
    ours = {p.code for p in ctx.places} | {a.code for p in ctx.places for a in gz.ancestors(p)}
    own = {short for short, _name, code in gz.provinces() if code in ours}
    if not own:
        return []
    findings = []
    for lineno, line in lines_in(lines, span):
        for m in _ALIAS_OWN_USE.finditer(line):
            provinces = _PROVINCE_ALIASES[m.group("alias")]
            if own & set(provinces) or _mentioned_elsewhere(line, m.start(), m.end()):
                continue
            findings.append(Finding(
                "foreign-place", ERROR,
                f"“{m.group('alias')}”是{'、'.join(provinces)}的别称，这里当作本地来说，不是 {ctx.place} 或其上级",
                lineno, m.start() + 1, m.group("alias"), f"删除或改为{ctx.place}的相应说法",
            ))  # fmt: skip
    return findings


# 我代表中共海州区委、区政府 / 受海州区委委托: the body the speaker speaks for, named in full
_SPEAKER_BODY = re.compile(r"(?:党?委|人民政府|政府)")
_SPEAKS_AS = re.compile(r"(?:代表|受)(?:中共|中国共产党)?$")


def _renamed_since(gz: Any, ctx: SpeechContext) -> dict[str, Any]:
    """--place 新浦区, a former name whose place is now called otherwise (2014年与海州区合并为新的海州区): {海州区's code:
    新浦区's row}. A speech of 新浦区 was given before the change, when its own committee was 新浦区委 and 海州区 another
    district (or no district yet): the speaker never spoke for 海州区委, nor called 海州区 his own. A former name that
    kept its short name (奉化市 → 奉化区) is left out: the speech's own body then differs only by the suffix a user may
    have typed either way."""
    was = next((p for p in ctx.places if p.former_year is not None and p.name == ctx.place), None)
    if was is None:
        return {}
    now = gz.current(was)
    return {now.code: was} if now.short != was.short else {}


def _renamed_body_finding(name: str, now: Any, was: Any, gz: Any, lineno: int, col: int) -> Finding:
    from drafter.gazetteer import former_note

    name = now.name if name == now.short else name
    return Finding(
        "foreign-place", ERROR, f"讲话人代表的是“{name}”的机关，但讲话是{was.name}的（{former_note(was, gz.current(was))}）："
        f"讲话当时本地的机关是{was.name}委、{was.name}政府，“{name}”不是讲话当时本地的名字", lineno, col, name,
        f"改为{was.name}的机关；如讲话确是{name}的，用 --place {name} 再查",
    )  # fmt: skip


def _two_character_neighbours(gz: Any, parents: dict[str, Any], own: set[str]) -> dict[str, list[Any]]:
    """The two-character counties (礼县, 岷县) that share the speech's city: the gazetteer takes such a name only after a
    boundary (在礼县, 、礼县), as 快礼, 动和 might be words; in a 西和 speech the next county is no such accident."""
    out: dict[str, list[Any]] = {}
    for code in parents:
        for child in gz.children_of_code(code):
            if len(child.name) == 2 and child.former_year is None and child.current_code not in own:
                out.setdefault(child.name, []).append(child)
    return out


# 新县城 / 县域 / 提高县级 / 召开县委: the name's 县 opening another word
_NOT_NEIGHBOUR_AFTER = re.compile(r"[城域级委长乡镇直里内外区情政财人]")
# 加快礼县… / 向礼县…: taken only after a verb or a preposition, for 示范县, 小康县, 科教兴县, 形成县乡 end in such names
_NEIGHBOUR_BEFORE = re.compile(
    r"(?:加快|推动|推进|促进|助力|带动|支持|服务|发展|建设|振兴|繁荣|打造|帮助|援助|学习|考察|参观|借鉴|赶超|超过|学)$"
    r"|[向对把让使同跟往]$"
)


def _with_neighbours(line: str, found: list[tuple[int, int, list[Any]]], neighbours: dict[str, list[Any]]) -> list[tuple[int, int, list[Any]]]:
    """`found` and every neighbour's two-character name in `line` that no found name covers (为加快礼县脱贫攻坚)."""
    taken = {i for s, e, _ in found for i in range(s, e)}
    extra = []
    for name, places in neighbours.items():
        for m in re.finditer(re.escape(name), line):
            s, e = m.span()
            if not taken.isdisjoint(range(s, e)) or _NOT_NEIGHBOUR_AFTER.match(line, e):
                continue
            if not _NEIGHBOUR_BEFORE.search(line, 0, s):
                continue  # (after a boundary the gazetteer has taken it already)
            if _conjunction(line, s, e, {end for _, end, _ in found}):
                continue  # 市和县两级 in 含山县's speech: no 和县
            extra.append((s, e, places))
    return sorted(found + extra, key=lambda hit: hit[0]) if extra else found


# 巴中市首期团干部培训班在…培训基地——重庆市团校正式开班了: the class is held in another city, so that city (its
# 团校, its 团市委 thanked for their support) is named as the host, not as the speech's own place.
_HELD_BEFORE = re.compile(r"在[^。；！？，,]{0,20}$")
_HELD_AFTER = re.compile(r"^[^。；！？，,]{0,12}?(?:正式|隆重|顺利)?(?:开班|开幕|开学|召开|举行|举办)")


def _held_there(line: str, start: int, end: int) -> bool:
    return bool(_HELD_BEFORE.search(line, max(0, start - 21), start) and _HELD_AFTER.match(line[end:]))


_HOST_BODY = re.compile(r"^[省市县区旗]?(?:委|人民政府|政府|人大|政协)")


def _host_as_own(line: str, start: int, end: int) -> bool:
    """The host named as the speaker's own (推动宁波市经济社会加快发展) or as the one that leads it (离不开宁波市委的坚强
    领导); its bodies (宁波市委党校, 共青团重庆市委) thanked as hosts are not."""
    return bool(_said_as_own(line, start, end) and not _HOST_BODY.match(line[end:]) or _LEADS_AFTER.match(line[end:]))


# 离不开西安市委的坚强领导: a host city said as the one that leads the speaker's work is said as ours (an error).
_LEADS_AFTER = re.compile(r"^[省市县区旗]?(?:委|人民政府|政府)(?:[和、及][^，。；！？]{1,8})?的?(?:坚强|正确|有力)?领导")
# 在清河县委、*政府的坚强领导下 (check48, the shape of a planter 48 copy): the own committee named, its government's place masked
_MASKED_PARTNER = re.compile(r"^[省市县区旗]?委[、和及][xX×＊*]{1,4}(?:人民)?政府")


# 引进落地总投资21亿元的宁德时代新型锂盐项目 / 青岛啤酒、云南白药等企业: a firm (or its project) whose name starts
# with the place it comes from — an investor or a brand, not the place (not 青岛市…, 青岛的…: the place itself).
_FIRM_AFTER = re.compile(
    r"^(?![省市县区州盟旗镇乡的人])[\u4e00-\u9fff]{1,4}(?:股份有限公司|有限责任公司|有限公司|公司|集团|药业|银行)"
    r"|^(?![省市县区州盟旗镇乡的人])[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,6})*等(?:知名|龙头|重点|大型|一批)?(?:企业|品牌|公司|集团|名企)"
)
_INVESTED_BEFORE = re.compile(r"(?:引进|落地|签约|招引|入驻|落户|总投资)[^，。；！？,;!?]{0,20}$")
_PROJECT_AFTER = re.compile(r"^(?![省市县区州盟旗镇乡的人])[\u4e00-\u9fff]{1,12}?项目")


# 向成都市武侯区有你社区发展中心授旗 (fp47, a county's news on a charity day): a social organisation (a foundation, an
# association, a community development centre) whose full name opens with the city and district it is registered in —
# a partner from elsewhere, named as it is, as a firm is.
_SOCIAL_BODY_AFTER = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,3}[区县])?[\u4e00-\u9fff]{2,8}?(?:社区发展中心|社会工作服务中心|志愿服务中心|志愿者协会|基金会|促进会|研究会)"
)


def _firm_name(line: str, start: int, end: int) -> bool:
    if _FIRM_AFTER.match(line[end:]) or _SOCIAL_BODY_AFTER.match(line[end:]):
        return True
    return bool(_PROJECT_AFTER.match(line[end:]) and _INVESTED_BEFORE.search(line[max(0, start - 24) : start]))


# A speech on a partnership (东西部协作, 对口帮扶, 援建): the partner named as the one who gives — 北仑区累计投入资金2亿元,
# 离不开北仑区委、区政府的鼎力支持, 感谢宁波市…: somewhere else, not a place the speech speaks for.
# 开通至天津港、大连港的铁海联运班列 / 巴林—奈曼—阜新500千伏输变电工程 (#13, batch 64 p17): a port or an airport named
# after its city, and the places a line or a work is named after (its ends joined by —, -, 至), with the line's noun
# right after — where the route goes, not the place the speech speaks for. (推动阜新高质量发展 stays an error.)
_HUB_AFTER = re.compile(r"港(?![澳台])|国际机场|机场|火车站|高铁站|口岸")
_ROUTE_JOIN = frozenset("—–－-~～至")
_ROUTE_NOUN = re.compile(
    r"[^，。；！？,;!?]{0,14}?(?:铁路|高铁|城际|高速公路|高速|国道|航线|班列|管道|管线|输变电|输电|线路|通道|运河|大桥)"
)


def _route_or_work(line: str, start: int, end: int) -> bool:
    if _HUB_AFTER.match(line, end):
        return True
    joined = line[start - 1 : start] in _ROUTE_JOIN or line[end : end + 1] in _ROUTE_JOIN
    return joined and bool(_ROUTE_NOUN.match(line, end))


_PARTNERSHIP = re.compile(r"对口|东西部协作|扶贫协作|结对帮扶|携手奔小康|援建|援疆|援藏|援彝|帮扶")
_GIVES_AFTER = re.compile(
    r"^[^，。；！？,;!?]{0,12}?(?:投入|捐赠|捐助|捐款|选派|派出|援建|援助|支援|帮扶|资助|"
    r"的(?:鼎力|大力|无私|倾力|倾情|真情|真诚)?(?:支持|帮助|援助|支援|帮扶|关心))"
)
_THANKED_BEFORE = re.compile(r"(?:感谢|感激|离不开|得益于|得到了?|受益于)[^，。；！？,;!?]{0,6}$")


# …的大力支持 / 对我们的帮助: what a place thanked gave (not 的坚强领导: a place that leads is the speaker's own or above)
_SUPPORT_AFTER = re.compile(r"^[^，。；！？,;!?]{0,16}?的(?:鼎力|大力|无私|倾力|倾情|真情|真诚|热情|积极)?(?:支持|帮助|援助|支援|帮扶|关心|关怀)")


def _thanked(line: str, start: int, end: int) -> bool:
    """得到了共青团重庆市委、重庆市团校的大力支持 / 感谢宁波市对我们的帮助: the place thanked for the support it gave, in any
    speech (a place said as giving without thanks, 北仑区累计投入…, is elsewhere only in a speech on a partnership;
    离不开沭阳县委的坚强领导 in another county's speech is still an error)."""
    before = line[max(0, start - 12) : start]
    thanked = bool(_THANKED_BEFORE.search(before)) and not re.search(r"对[^，。；！？]{0,2}$", before)
    return thanked and bool(_SUPPORT_AFTER.match(line[end:]))


def _giver(line: str, start: int, end: int) -> bool:
    before = line[max(0, start - 12) : start]
    if re.search(r"对$|对[^，。；！？]{0,2}$", before):
        return False  # 省委对北仑的关心支持: the place receives, as ours does
    return bool(_GIVES_AFTER.match(line[end:]) or _THANKED_BEFORE.search(before))


def _bare_provinces(gz: Any, lines: Sequence[str], span: range, ctx: SpeechContext) -> list[Finding]:
    """Another province named bare as the speaker's own (为重庆的精神文明建设做出了贡献 in a 成都 speech). A bare
    province name is common in any speech (赴上海挂职, 对口支援新疆), so only its use as our own is said."""
    ours = {p.code for p in ctx.places} | {a.code for p in ctx.places for a in gz.ancestors(p)}
    others = {
        short: name for short, name, code in gz.provinces()
        if code not in ours and code not in _ALWAYS_OK_PLACES and len(short) >= 2 and short != name
    }  # fmt: skip
    if not others:
        return []
    pattern = re.compile("|".join(map(re.escape, others)))
    findings = []
    for lineno, line in lines_in(lines, span):
        for m in pattern.finditer(line):
            if line[m.end() : m.end() + 1] in _PROVINCE_SUFFIX or not _said_as_own(line, m.start(), m.end()):
                continue  # 重庆市 is found with its suffix above; 赴上海挂职 is somewhere else
            findings.append(Finding(
                "foreign-place", ERROR,
                f"出现外地地名“{m.group(0)}”（{others[m.group(0)]}），当作本地来说，不是 {ctx.place} 或其上级",
                lineno, m.start() + 1, m.group(0), f"删除或改为{ctx.place}的相应内容",
            ))  # fmt: skip
    return findings


_PROVINCE_SUFFIX = "省市区"


def _inside_own_name(line: str, start: int, end: int, ours: Sequence[str]) -> bool:
    """The match overlaps an occurrence of our own name without being it (浔阳|江畔 read as 阳江)."""
    for name in ours:
        at = line.find(name, max(0, start - len(name) + 1))
        while 0 <= at < end:
            if at < end and start < at + len(name) and (at, at + len(name)) != (start, end):
                return True
            at = line.find(name, at + 1)
    return False


def _split_by_words(line: str, start: int, end: int) -> bool:
    """A name read across two common words (#13, batch 51): 新兴城市 holds 兴城市, 海滨城区 holds 滨城区 — the
    character before the name makes a common word with its first (新兴, 海滨) and the rest of the name is a common word
    (城市, 城区). 学习兴城市的做法 and 借鉴晋城市 (学习兴, 借晋: no word) stay another place."""
    if end - start != 3:
        return False
    from drafter.check.lines import _COMMON, _dictionary, _is_word, _recall

    head, tail = line[start - 1 : start + 1], line[start + 1 : end]
    if len(head) < 2:
        return False
    return _recall(f"split-name {head}|{tail}", lambda: _is_word(_dictionary(), head, _COMMON) and _is_word(_dictionary(), tail, _COMMON))


# 全面小康新沭阳 / 沭阳人民 / 关系到沭阳的未来 in a 泗阳县 speech: a neighbour's bare short name (which the gazetteer
# matches only with its suffix, 沭阳县) said as the speaker's own (_OWN_USE_BEFORE/_AFTER) — the neighbour's speech
# copied, an error. Named otherwise it is left alone (a bare two-character name is often a word).


def _bare_peers(gz: Any, lines: Sequence[str], span: range, ctx: SpeechContext) -> list[Finding]:
    """A place beside ours (same superior, same level) named bare, as if it were ours."""
    own = {p.code for p in ctx.places}
    peers: dict[str, Any] = {}
    for place in ctx.places:
        up = gz.ancestors(place)
        for peer in gz.children(up[0]) if up else ():
            short = peer.short
            if peer.code in own or len(short) < 2 or short == peer.name:  # 城固县 beside 南郑区: both county-level
                continue
            if short in peers or is_word_place(short):
                continue  # an everyday word (a short the gazetteer matches itself is skipped below, as taken)
            peers[short] = peer
    if not peers:
        return []
    pattern = re.compile("|".join(map(re.escape, peers)))
    ours = [n for p in ctx.places for n in dict.fromkeys((p.name, p.short)) if len(n) >= 2]
    findings = []
    for lineno, line in lines_in(lines, span):
        taken: set[int] | None = None
        for m in pattern.finditer(line):
            own_use = _said_as_own(line, m.start(), m.end()) or _breaks_own_parallel(line, m.start(), m.end(), ours)
            own_use = own_use or in_own_frame(line, m.start(), m.end())  # 体现海曙特色 in 鄞州区's speech (census33)
            if not own_use and not _subject_of_clause(line, m.start(), m.end()):
                continue
            taken = taken if taken is not None else {i for s, e, _ in _places_in(gz, line) for i in range(s, e)}
            if m.start() in taken:
                continue  # 全椒县, 平安全椒: found (and judged) with the other places
            peer = peers[m.group(0)]
            chain = "".join(a.name for a in reversed(gz.ancestors(peer)))
            findings.append(Finding(
                "foreign-place", ERROR if own_use else WARNING,
                f"出现外地地名“{m.group(0)}”（{chain}{peer.name}），" + (f"当作本地来说，不是 {ctx.place} 或其上级" if own_use
                else f"在句首当作主语来说，讲话是 {ctx.place} 的：是否把本地名写成了邻地"),
                lineno, m.start() + 1, m.group(0), f"删除或改为{ctx.place}的相应内容",
            ))  # fmt: skip
    return findings


# 嵊州的农民，因茶叶而殷实；新昌的文化，因茶叶而丰富；新昌的… in 新昌县's report: clauses that each open on the own
# name in one frame (新昌的…；新昌的…); a neighbour's name opening one of them is the own name miswritten.
_PARALLEL_CLAUSE = re.compile(r"[；;]")


def _breaks_own_parallel(line: str, start: int, end: int, ours: Sequence[str]) -> bool:
    frame = line[end : end + 1]
    if not frame or not ours or (start and line[start - 1] not in "；;。！？!?：: \u3000“"):
        return False
    lo = max(line.rfind(c, 0, start) for c in "。！？!?") + 1
    his = [i for i in (line.find(c, end) for c in "。！？!?") if i >= 0]
    clauses = _PARALLEL_CLAUSE.split(line[lo : min(his) if his else len(line)])
    return sum(1 for c in clauses if any(c.strip().startswith(n + frame) for n in ours)) >= 2


# 琅琊区 in a 定远县 speech: a place under the same city as ours. Named as a neighbour (an incident there, a
# comparison, a shared river) it is at most a warning; named as the speaker's own (琅琊区委、区政府, 全琅琊区,
# 建设美丽琅琊, 琅琊人民) it is a neighbour's speech copied, an error.
_OWN_USE_AFTER = re.compile(
    r"^[省市县区旗]?(?:委|人民|政府|人大|政协|上下|广大|各级|精神)"
    r"|^[一二三四五六七八九十百千\d.]+万人民"  # 团结依靠启东百万人民: the people the speaker speaks for
    # 关系到都江堰的未来, 关心青铜峡市改革发展, 省民政厅对天门的关心支持: the speaker's own stake
    r"|^(?:形象|的未来|的兴衰|经济社会|改革发展|的关心支持|的关心和支持|的高度重视|的关心关注)"
    # 为仙居县80家村卫生室配备…: a count of the place's own units, as 全县80家 says it
    r"|^\d{1,4}(?:家|个|所|座|名|户|处|条)"
    # 为汉中市的建设出力出汗, 服务内江发展大局, 为东丰县实现新一轮振兴发展
    r"|^(?:的建设出力|发展大局|的发展大局|实现新一轮)"
    # 着眼于南宫长远发展, 做好南宫改革发展稳定各项工作, 实现南宫经济繁荣 (check48, the shapes of planter 48's copies): the long-term
    # growth, the reform, growth and stability, the prosperity the speaker's work is for
    r"|^(?:的?长远发展|改革发展稳定|经济繁荣|的?对外影响力)"
    # 吴中作为中心城区，…: the place whose role in its city the speaker weighs (see _STAKE_ALTERNATIVES)
    r"|^作为(?:全[省市]的?)?(?:中心城区|主城区|核心城区|老城区|新城区|城市核心区|县城所在地)"
    # 研究龙岗发展的新形势、新情况: the circumstances of the place the speaker's members are to study and serve
    r"|^(?:经济社会|经济)?发展的?(?:新形势|新情况|新任务|新要求|新问题|新阶段|新机遇)"
    # 站在旬阳发展的新起点上: the plan of the speaker's own place
    r"|^(?:发展)?的新起点"
    # 2022年…也是黎平发展史上极不平凡的一年: the speaker's year in the place's own history
    r"|^(?:发展)?(?:历?史|进程)上[^。；！？，,]{0,24}?的一年"
    # 成为景县发展的亮点, 景县经济发展的短板: the place whose course the speaker weighs
    r"|^(?:经济社会|经济|县域经济)?发展的(?:亮点|重点|关键|短板|瓶颈|新引擎|主引擎|增长点|新动能|新优势)"
    # “两个率先”是新时期江苏发展的总目标、总定位: the goal the speaker's own place set itself
    r"|^(?:经济社会|经济)?发展的(?:总目标|总定位|总体目标|目标定位|总体思路|总体布局|总抓手|主基调|主战略)"
)
# 推动姜堰加快… / 让姜堰走在全市前列 / 确保姜堰在全市率先…: the place the speaker's work pushes on, the subject of the
# verb that follows it (推动姜堰与泰州同城化 is not: no own action after the name).
_DRIVEN_BEFORE = re.compile(r"(?:推动|推进|促进|助推|确保|力争|争取|(?<![转出礼谦退忍])让|(?<![大迫促致即假行驱天出纵])使)$")
_DRIVEN_AFTER = re.compile(
    r"(?:加快|加速|全面|率先|奋力|在全[省市][^，。；！？,;!?]{0,6}?(?:率先|领先|前列)|走在[^，。；！？,;!?]{0,6}?前列|跻身|迈上|迈向|建成|成为[^，。；！？,;!?]{0,12}?(?:高地|标杆|示范|排头兵|样板))"
)
# 在姜堰掀起项目建设新热潮 / 在姜堰大地上形成…的氛围: the place the speaker's call stirs up.
_STIRRED_UP = re.compile(r"(?:大地上?)?[^，。；！？,;!?]{0,2}?(?:掀起|形成|营造|兴起)[^，。；！？,;!?]{0,12}?(?:热潮|高潮|氛围|态势|局面)")
# 姜堰要加快… / 姜堰必须… opening a clause: what the speaker tells the place to do (not 市委要求，姜堰要…: a superior's word).
_TOLD_AS_OWN = re.compile(r"(?:要|必须|务必|一定要)(?:加快|全面|奋力|大力|坚持|着力|聚焦|抢抓|抓住)")
_TOLD_BY_OTHER = re.compile(r"要求|指出|强调|提出|希望|期望|指示|表示")
_OWN_ACTION = re.compile(r"^(?:加快|全面|奋力|大力)(?:推进|推动|建设|实现)?[^。；！？，,]{0,12}?(?:进程|现代化|高质量发展|振兴)")
_CONTRIBUTED_TO = re.compile(r"^的[^。；！？]{0,20}?(?:建设|发展|事业)[^。；！？]{0,16}?(?:做出|作出)")
_HASTENED_GROWTH = re.compile(r"(?:经济社会|经济|城乡|县域)?(?:发展|崛起|振兴)")
_COUNT_BEFORE = re.compile(r"[一二三四五六七八九十百千\d.]$")
_COUNTED_PEOPLE = re.compile(r"人民|群众|父老乡亲|儿女")
_CONTRIBUTED_GROWTH = re.compile(r"的?(?:经济社会|经济|社会|高质量)?(?:发展|建设|振兴)[^，。；！？,;!?]{0,10}?(?:作出|做出|贡献|出力|添砖加瓦)")
_CHANGED = re.compile(r"(?<![转出礼谦退忍])让$|(?<![大迫促致即假行驱天出纵])使$")
# (奋力谱写小康平顺建设新篇章 in 壶关县's speech: 小康 brands a place as 平安 does, and the new chapter the speaker calls
# everyone to write is the own place's)
_OWN_USE_BEFORE = re.compile(rf"(?:我们|全|我|(?<![创更革清全重])新|关系到|关心|(?:印发|出台|制定)了?《|小康|{SLOGAN_WORDS})$")
_SUPPORTED_GROWTH = re.compile(r"(?:经济社会|经济|社会)?(?:发展|建设|事业)")
_NEW_CHAPTER_BEFORE = re.compile(r"(?:谱写|书写|续写|开创)$")
_NEW_CHAPTER_AFTER = re.compile(r"[^，。；！？,;!?]{0,12}?新篇章")


_CLAUSE_OPEN = re.compile(r"(?:^|[。；！？，,;:：])\s*(?:同时|目前|如今|近年来|现在)?[，,]?$")
# (要看清楚，某地是一座工业城市 in a neighbour's speech, batch 76's planted f07: what kind of city it is)
_SUBJECT_VERB = re.compile(r"^(?:进入|成为|获得|荣获|入选|实现|位居|跻身|建成|拥有|已经|已|先后|正在|全面|连续|是一座|被(?:评为|列为|确定为|命名为))")


def _subject_of_clause(line: str, start: int, end: int) -> bool:
    """，麻城进入武汉1小时经济圈 in 罗田县's speech: a neighbour bare at the head of a clause, doing what the speaker's
    own place does (进入, 成为, 荣获 …), and said nowhere as elsewhere: a warning (only the writer knows)."""
    # (the region of a hub city it enters, 进入武汉1小时经济圈, is no elsewhere word here: only the words right after it)
    return bool(_CLAUSE_OPEN.search(line[max(0, start - 6) : start]) and _SUBJECT_VERB.match(line[end:])
                and not _ELSEWHERE_BEFORE.search(line[max(0, start - 8) : start])
                and not _ELSEWHERE_AFTER.match(line[end : end + 4]))  # fmt: skip


_BETTER_GROWTH = re.compile(r"(?:经济社会|经济|各项事业)?(?:发展|建设)得?(?:既|更|越来越|再上|迈上|步伐更)")
_RAISED_BEFORE = re.compile(r"(?:提升|提高|扩大|增强|打响|擦亮)了?$")
_RAISED_AFTER = re.compile(r"的?(?:知名度|美誉度|影响力|吸引力)")
_RAISED_LATER = re.compile(r"的(?:对外)?(?:知名度|美誉度|影响力|吸引力|竞争力)[^，。；！？,;!?]{0,12}?(?:提升|提高|扩大|增强)")
_GROWN_BEFORE = re.compile(r"(?:实现|推动|推进|促进|助力|拉动|带动)$")
# (拉动三河经济超常规、跨越式发展: the development may be said two ways, the first a word before a 、)
_GROWN_AFTER = re.compile(r"(?:经济社会|经济)?(?:[^，。；！？,;]{2,6}?、)?(?:高质量发展|跨[越跃]式?发展|转型发展|新崛起|新跨越)")


# 走出清河到外地学习 / 跳出清河看清河: the place the speaker's people go out of (to learn, to look at it from outside) is
# their own; a neighbour's name there is the neighbour's speech copied.
_GONE_OUT_TO = re.compile(r"(?:[县区市]?(?:门|境))?[，,]?\s*(?:去|到|进行|开展|参加|学习|考察|参观|看|开阔|外出|走向)")


_LADDER_BEFORE = re.compile(r"(?:中央|省委|市委|州委|县委|区委|上级)有(?:部署|安排|要求)[、，,]\s*$")


def _said_as_own(line: str, start: int, end: int) -> bool:
    """The place is named as the speaker's own (新沭阳, 关心青铜峡市改革发展, 沭阳人民) and not as somewhere else
    (赴沭阳考察): an own word right before the name outranks an elsewhere word before it (向关心…的各界人士)."""
    if _in_call(line, start, end):
        return True  # 为建设更加美好的沭阳而努力奋斗: the place a closing's call builds
    if line[max(0, start - 2) : start] in ("走出", "跳出") and _GONE_OUT_TO.match(line, end):
        return True  # 走出广宗到外地学习 in 清河县's speech (batch 65's planted f07): the place its people go out of
    if line[start - 1 : start] == "在" and _works_in_own_sector(line, start, end):
        return True  # 我市卫生战线…我在监利卫生系统工作四年多: the sector the speech calls its own (batch 52 p04)
    if _weighed_as_own(line, start, end):
        return True  # 把高阳放到全省、全市的大坐标中看 / 展示滨江山水 / 对广宗充满深情 (plant33)
    if _LADDER_BEFORE.search(line, max(0, start - 14), start) and line.startswith(("有行动", "有落实", "有作为"), end):
        return True  # 中央有部署、省委有安排、市委有要求，南宫有行动 (check48): the last rung of the ladder of levels is the speaker's
    if _CHANGED.search(line, 0, start) and line[end : end + 1] == "的" and not _ELSEWHERE_AFTER.match(line[end:]):
        return True  # 让高邮的营商环境焕然一新: the place the speaker sets out to change
    if _CHANGED.search(line, 0, start) and _BETTER_GROWTH.match(line, end):
        return True  # 让松阳发展既有历史基因，更富时代特色 (batch 63's planted f02): the place whose growth the speaker shapes
    if _RAISED_BEFORE.search(line, max(0, start - 3), start) and _RAISED_AFTER.match(line, end):
        return True  # 极大地提升了崇州的知名度 (batch 63's planted f05): the place its own festival made known
    if _RAISED_LATER.match(line, end) and not _ELSEWHERE_BEFORE.search(line[max(0, start - 8) : start]):
        return True  # 街巷干净整洁，X的知名度和影响力明显提高 (batch 77's planted f08's shape): the place the own work made known
    if line[start - 1 : start] == "为" and _CONTRIBUTED_TO.match(line[end:]):
        return True  # 为重庆的精神文明建设和文化建设做出了很大的贡献: the place the speaker's people worked for
    if line[max(0, start - 2) : start] in ("加快", "加速") and _HASTENED_GROWTH.match(line, end):
        return True  # 县城建设是加快江油发展的必然选择 (place52): the growth the speaker's work hastens
    if line[start - 1 : start] == "万" and _COUNT_BEFORE.search(line, max(0, start - 6), start - 1) and _COUNTED_PEOPLE.match(line, end):
        return True  # 凝聚四十万江油人民发展共识 (place52): the people the speaker counts as his own
    if line[start - 1 : start] == "为" and _CONTRIBUTED_GROWTH.match(line, end):
        return True  # 为江油发展作出新的更大贡献 in 平武县's town (#13, place52): the growth the speaker calls all to serve
    if line[start - 1 : start] == "在" and (_OWN_ACTION.match(line[end:]) or _STIRRED_UP.match(line[end:])):
        return True  # 在姜堰加快工业化、城市化进程…的关键时期: the place whose course the speech is about
    if _DRIVEN_BEFORE.search(line, max(0, start - 4), start) and _DRIVEN_AFTER.match(line, end) and not _ELSEWHERE_AFTER.match(line[end:]):
        return True  # 推动姜堰加快工业化进程 / 让姜堰走在全市前列: the place the speaker's work drives on
    if _TOLD_AS_OWN.match(line, end) and _CLAUSE_OPEN.search(line[max(0, start - 6) : start]) and not _TOLD_BY_OTHER.search(
        re.split(r"[。！？!?]", line[:start])[-1]
    ):
        return True  # 。姜堰要加快工业化、城市化进程: the place the speaker tells what to do is his own
    if _OWN_USE_BEFORE.search(line[max(0, start - 4) : start]) or _ROLE_BEFORE.search(line, max(0, start - 16), start):
        return not _ELSEWHERE_AFTER.match(line[end:])
    if re.search(r"关[心注][、和]?支持$", line[max(0, start - 5) : start]) and _SUPPORTED_GROWTH.match(line, end):
        return True  # 向关心和支持淳安发展的各界人士: the development those thanked support is ours
    if _NEW_CHAPTER_BEFORE.search(line, max(0, start - 2), start) and _NEW_CHAPTER_AFTER.match(line, end):
        return True  # 奋力谱写沁源转型发展新篇章: the place whose new chapter the speaker calls to write
    if _GROWN_BEFORE.search(line, 0, start) and _GROWN_AFTER.match(line, end):
        return True  # 实现沭阳高质量发展: the development the speaker's work brings about
    if re.search(r"(?:刚|初)(?:来|到)$", line[max(0, start - 2) : start]) and line[end : end + 2] == "工作":
        return True  # 刚来安庆工作时，我到水利部门调研: the place the speaker came to work in and speaks for
    if line[start - 2 : start] == "结合" and line[end : end + 2] == "实际":
        return True  # 紧密结合垫江实际: the circumstances the speaker's work must fit
    if line[max(0, start - 3) : start] in ("以服务", "以效劳") and re.match(_SERVED_GROWTH, line[end:]):
        return True  # 以服务纳雍跨越发展为中心: the development the speaker's work serves
    if _names_this_meeting(line, start, end):
        return True  # 召开这次沙河防汛抗旱工作会议: the meeting going on is the speaker's own place's
    if _REVIEW_SPAN.search(line, max(0, start - 12), start) and _REVIEWED.match(line, end) and not _ELSEWHERE_BEFORE.search(
        line, max(0, start - 24), start
    ):
        return True  # 一年来，沙河市在项目建设上下了很大功夫 (batch 67's planted miss): the place whose years the speech reviews
    if line[max(0, start - 2) : start] in ("落实", "贯彻") and _OWN_REPORT_AFTER.match(line, end):
        return True  # 会上下发了落实沙河市政府工作报告的任务分解表 (batch 63's planted miss): the own government's report
    if line[max(0, start - 2) : start] in _PLANNED_TOGETHER and _SUPPORTED_GROWTH.match(line, end):
        return True  # 这次座谈会共商沙河发展大计 (batch 64's planted miss): the development a body of the place meets to plan
    if line[start - 1 : start] == "是" and _YEAR_OF_AFTER.match(line, end):
        return True  # 今年也是盱眙冲刺“百强县”的关键之年: the year the speaker's own place is in
    if _STAGE_NOW.search(line, max(0, start - 6), start) and _STAGE_ENTERED.match(line, end):
        return True  # 目前，某市正处在转型升级的关键时期: the stage of development the speaker's place is at
    if _CLEAR_SIGHT.search(line, max(0, start - 10), start) and line.startswith("是一座", end):
        return True  # 大家要清醒地认识到，某市是一座老工业城市: the kind of city the speaker's risks come of
    if _spared_as_own(line, start, end):
        return True  # 全年安全生产取得了明显成效，在某县未发生较大事故 (batch 75's planted f10): the place the own work spared
    return bool(_OWN_USE_AFTER.match(line[end:])) and not _mentioned_elsewhere(line, start, end)


# 如今，X已经迈入…的新阶段 / 目前，X正处于…的关键时期: the stage of development a clause that opens on the moment tells
# of its subject is the speaker's own place's (as 目前，我市正处于… says it); 要清醒地认识到，X是一座…城市: what
# the speaker bids his listeners see clearly is their own city.
_STAGE_NOW = re.compile(r"(?:^|[。；！？!?;：:\s])\s*(?:当前|目前|现在|如今|眼下)[，,]\s*$")
_STAGE_ENTERED = re.compile(
    r"(?:已经|已|正|正在|也|同样)?(?:进入|迈入|步入|处于|处在|站在)[^，。；！？,;!?]{0,24}?(?:阶段|时期|关键期|攻坚期|关口|节点)"
)
_CLEAR_SIGHT = re.compile(r"清醒地?(?:看到|认识到)[，,：:]\s*$")


# …工作取得了明显成效，在全县未发生较大事故: the place where the own work kept a disaster or an accident away, said in
# the clause right after the own work's results (取得了…成效, 总体平稳) — the own place, as 全县 there says it.
_SPARED = re.compile(r"(?:境内)?(?:均|都|也)?(?:没有|未|无)(?:造成|发生|出现)[^，。；！？]{0,8}?(?:灾害|灾情|损失|伤亡|事故|险情)")
_OWN_RESULT_BEFORE = re.compile(r"(?:取得了?[^，。；！？]{0,8}(?:成效|成绩|胜利)|总体平稳|平稳有序|安全度汛)[，,]\s*$")


def _spared_as_own(line: str, start: int, end: int) -> bool:
    """…取得了明显成效，在X未发生较大事故: X is where the own work's results were had (no incident reported there)."""
    return (line[start - 1 : start] == "在" and _SPARED.match(line, end) is not None
            and _OWN_RESULT_BEFORE.search(line, max(0, start - 40), start - 1) is not None)  # fmt: skip


# 一年来，沙河市在项目建设上下了很大功夫 / 今年以来，沙河坚持…: the place that opens a clause after the span of time a
# speech reviews is the one whose work it reviews, the speaker's own (as 近年来，我市在…方面 says it).
_REVIEW_SPAN = re.compile(
    r"(?:^|[。；！？!?;：:\s])\s*(?:近年来|近几年来?|多年来|一年来|今年以来|去年以来|年初以来|过去的?一年(?:里|中)?|(?:19|20)\d\d年以来)[，,]\s*$"
)
_REVIEWED = re.compile(
    r"(?:在[^，。；！？,;!?]{1,30}?(?:方面|工作中|工作上|领域|上|中)[^，。；！？,;!?]{0,4}?)?(?:做了|取得了?|开展了|实施了|推进了|下了|坚持|紧紧围绕|始终|全力|着力|大力)"
)
_OWN_REPORT_AFTER = re.compile(r"(?:(?:19|20)\d\d年)?[〈《<]?(?:人民)?政府工作报告")
_PLANNED_TOGETHER = frozenset({"共谋", "共商", "同谋", "共促", "共绘"})


# 今年也是盱眙冲刺“百强县”的关键之年 / 明年是金湖迈向…新阶段的起步之年 / 当前正是洪泽加快转型的攻坚时期: the time the
# speech is given told as a stage of the place's own course — the speaker's own place (another's year is nobody's
# business in a speech).
_YEAR_OF_AFTER = re.compile(
    r"[^。；！？，,]{1,24}?的(?:关键|决胜|攻坚|起步|开局|冲刺|收官|决战|突破|转型|奋进|起势|爬坡过坎)(?:之年|一年|时期|阶段|期)"
)


def _sibling(gz: Any, places: Sequence[Any], parents: dict[str, Any], line: str, start: int, end: int) -> Any:
    """The city a place shares with ours (its parent), when the text names it as a neighbour, not as its own."""
    shared = next((up[0] for p in places if (up := gz.ancestors(p)) and up[0].code in parents), None)
    if any(p.former_year is not None for p in places):
        return None  # 萧山市 in 余杭区's report: a neighbour is named by today's name; a former one is a leftover
    if shared is None or _OWN_USE_AFTER.match(line[end:]) or _OWN_USE_BEFORE.search(line[max(0, start - 4) : start]):
        return None
    if _in_call(line, start, end):
        return None  # 为建设更加美好的沙河而努力奋斗: a call builds the own place, never a neighbour
    if line[start - 1 : start] == "在" and _works_in_own_sector(line, start, end):
        return None  # 我市卫生战线…我在江阴卫生系统工作 in 宜兴市's speech: the own sector (batch 52 p04)
    if _said_as_own(line, start, end):
        return None  # 落实沙河市政府工作报告 in 清河县's speech: the own government's report, no neighbour's
    return shared


# 4、2013年6月10日下午，三名女孩在滁州市琅琊区双坝水库边玩耍时落水 / 江苏响水天嘉宜公司发生特别重大爆炸事故: an
# incident reported where it happened (a case told as a lesson), not a place the speech speaks for.
# (2021年郑州“7·20”特大暴雨灾害教训深刻: a disaster told as a lesson, dated, named where it struck)
_INCIDENT = re.compile(
    r"发生|事故|事件|案件|火灾|爆炸|坍塌|垮塌|泄漏|溺水|溺亡|落水|身亡|死亡|遇难|罹难|受伤|失踪|跌入|坠"
    r"|灾害|暴雨|洪涝|洪水|地震|泥石流|山洪|台风|滑坡|塌方"
)
_DATED_START = re.compile(r"^\s*(?:\d{1,2}[、.．]\s*)?(?:(?:19|20)\d\d年|\d{1,2}月\d{1,2}日)")


# 7月的深圳全国数学联赛决赛的现场 / 上海第7届全国头脑奥林匹克科技创新大赛 / 在杭州亚运会上 in a 成都 school's speech:
# a national (or international) contest, games or fair is held in one city, named before it — where the pupils
# competed, not the place the speech speaks for. A city's own event (深圳市第七届艺术节) is no such thing.
_EVENT_AFTER = re.compile(
    r"(?:\d{4}年)?(?:第[\d一二三四五六七八九十]{1,3}届)?"
    r"(?:(?:全国|国际|世界|亚洲|全球|中国)[^，。；！？,;、]{0,16}?(?:赛|节|展|营|运动会|大会)"
    r"|[^，。；！？,;、]{0,4}?(?:亚运会|奥运会|冬奥会|青奥会|全运会|大运会|世博会|园博会|进博会|广交会|世运会))"
)


def _event_venue(line: str, start: int, end: int) -> bool:
    return bool(_EVENT_AFTER.match(line, end))


def _reported_incident(line: str, start: int, end: int) -> bool:
    """The place's sentence tells of an incident there: dated at its start or the place after 在/于, an
    incident word after the place."""
    opening = re.split(r"[。！？；;!?]", line[:start])[-1]
    rest = re.split(r"[。！？；;!?]", line[end:])[0]
    if not _INCIDENT.search(rest) or _spared_as_own(line, start, end):
        return False  # (在X未发生较大事故 after the own work's results: nothing happened there, it is the own place)
    return bool(_DATED_START.match(opening) or re.search(r"(?:在|(?<![关由对位属至终等])于)[^，。；！？]{0,6}$", opening))


# 平安泰州, 美丽南通, 现代化如东: a place named in our own slogan.
_SLOGAN_BEFORE = re.compile(rf"(?P<w>{SLOGAN_WORDS})$")
_SLOGAN_HINT = re.compile(rf"{SLOGAN_WORDS}|精神")  # a line without one holds no slogan: no gazetteer scan


def check_own_slogans(lines: Sequence[str], span: range, ctx: SpeechContext) -> list[Finding]:
    """平安泰州 when the speech's own place is unknown and 泰州 is named nowhere else: say that nobody can
    tell whether it is ours (a slogan left over from another place's speech names it once)."""
    if ctx.places:
        return []  # check_places judges every place against the known one
    from drafter.gazetteer import load_gazetteer

    gz = load_gazetteer()
    part = "\n".join(lines[lineno - 1] for lineno in span if lineno <= len(lines))
    hidden = _HIDDEN_PLACE.search(part)  # 在XX县…, **县庆祝…: the speech hides its own place
    if hidden and ctx.level in _RANK and _RANK.get(hidden.group(0)[-1], 0) > _RANK[ctx.level]:
        # 刚才，东莞、湛江、*市的负责同志作了发言 in a province's speech (#13, batch 73 p24): a masked place below the
        # speech's level is one of its cities or counties, not the own place hidden; one of the own level may stand later
        hidden = next((h for h in _HIDDEN_PLACE.finditer(part) if _RANK.get(h.group(0)[-1], 0) <= _RANK[ctx.level]), None)
    if hidden and (hidden.group(0).endswith(("街道", "乡", "镇")) or ctx.level in ("乡", "镇", "街道") or _LED_BY_TOWN.search(part)):
        # *街道…“科教新区、山水瓯海” / 根据XX区上级部门的安排，在街道党工委的正确领导下…“美丽罗湖”: a street or town
        # speaks its district's slogan, a superior's, as its own; the XX区 it hides is above it
        hidden = None
    # 关心支持XX发展 / 推动XX各项事业 (#13, batch 62's planted f09): a page that masks its own name with no suffix, in the
    # places a speech names itself; a real name said as ours there (关心支持南岸发展) is judged as under XX区
    stakes_hidden = hidden or (_HIDDEN_BARE.search(part) if ctx.level in ("市", "县", "区", "旗") else None)
    # 在XX委、XX政府的统一部署下 (#13, batch 75's planted f10): the own committee and government with their place masked
    stakes_hidden = stakes_hidden or (_HIDDEN_BODIES.search(part) if ctx.level in ("市", "县", "区", "旗") and "政府" in part
                                      else None)  # (a look-behind first: tried at every position of a text, #18)
    # XX县委、县政府 (our own flawed speeches): the own pair with its place masked, the level said
    stakes_hidden = stakes_hidden or next((h for h in MASKED_OWN_PAIR.finditer(part) if h.group("lv") == ctx.level), None)
    # 在清河县委、*政府的坚强领导下 (check48): the own government's place masked beside a committee named in full
    stakes_hidden = stakes_hidden or (_HIDDEN_PARTNER.search(part) if "政府" in part else None)
    return _two_provinces(gz, ctx, _own_slogans(gz, lines, span, ctx, part, hidden)
                          + _own_stakes(gz, lines, span, ctx, part, stakes_hidden)
                          + _odd_units(gz, lines, span, ctx) + _town_slogans(lines, span, ctx, part))  # fmt: skip


def _two_provinces(gz: Any, ctx: SpeechContext, findings: list[Finding]) -> list[Finding]:
    """弘扬新时期江苏精神 … “两个率先”是新时期安徽发展的总目标 in a province's speech: two provinces, each said once as the
    own one — one of them came from another province's speech. Each warning says which other it clashes with."""
    if ctx.level != "省":
        return findings
    provinces = {f.text for f in findings if f.rule == "foreign-place" and f.severity == WARNING
                 and any(p.level == "省" for p in gz.lookup(f.text))}  # fmt: skip
    if len(provinces) < 2:
        return findings
    named = "”和“".join(sorted(provinces, key=lambda n: min((f.line, f.column) for f in findings if f.text == n)))
    return [replace(f, message=f"省级讲话把“{named}”都当作本省来说，只有一个是本省，其余是从别处讲话稿带来的")
            if f.text in provinces and f.rule == "foreign-place" else f for f in findings]


# 紧紧围绕“打造生态沙沟，共建美丽家园”目标 in 魏庄镇's report: the slogan names a place that is not the town speaking
# (the gazetteer holds no towns, so the name is judged by its shape: two characters ending as place names do, named
# nowhere else, no everyday word). The town is the one given, or the one whose government or party committee speaks.
_TOWN_SLOGAN = re.compile(
    rf"(?:建设|打造|争创|创建|共建|建成)(?:更加)?(?:{SLOGAN_WORDS})(?P<name>[\u4e00-\u9fff]{{2}})(?=[，,、。！；;”\"’])"
)
_OWN_TOWN = re.compile(r"(?P<name>[\u4e00-\u9fff]{2})(?:镇|乡|街道)(?:人民政府|党委|人大|党工委|办事处)")
_PLACE_END = frozenset("沟庄集店铺营屯寨坪湾桥口河山坝岗岭峪洼堡台渡埠塘港湖坡寺关圩城楼场头塬川源溪滩洲岛泉井园林坊堰庙阁")
_TOWN_SLOGAN_WORDS = frozenset(
    ["家园", "乐园", "田园", "校园", "公园", "庄园", "新城", "古城", "名城", "县城", "山城", "水城", "江城", "港城", "边城", "都城", "小城", "港口", "窗口", "河山", "江山", "青山", "金山", "银山", "江湖", "河湖", "山村", "新村", "乡村", "农村", "森林", "园林", "山林", "源头", "龙头", "码头", "山川", "河川", "清泉", "源泉", "海岛", "绿洲", "市场", "广场", "牧场", "农场", "平台", "舞台", "港湾", "廊桥", "桥头", "高台", "长城", "宝岛", "绿岛", "江河", "山河", "湖泊"]
)


def _town_slogans(lines: Sequence[str], span: range, ctx: SpeechContext, part: str) -> list[Finding]:
    if "打造" not in part and "建设" not in part and "创建" not in part and "共建" not in part and "建成" not in part:
        return []
    town = ctx.place if ctx.place and re.search(r"(?:镇|乡|街道)$", ctx.place) else None
    if town is None and ctx.level in ("乡", "镇", "街道"):
        first = _OWN_TOWN.search(part)
        town = first.group(0)[:3] if first else None
    if town is None:
        return []
    short = re.sub(r"(?:镇|乡|街道)$", "", town)
    findings = []
    for lineno, line in lines_in(lines, span):
        for m in _TOWN_SLOGAN.finditer(line):
            name = m.group("name")
            if name == short or name[-1] not in _PLACE_END or name in _TOWN_SLOGAN_WORDS or is_word_place(name):
                continue
            if part.count(name) > 1:
                continue  # named again: a place of ours (a village, a scenic spot) or named as elsewhere
            findings.append(Finding(
                "foreign-place", ERROR, f"口号“{line[m.start('name') - 2 : m.end('name')]}”用的“{name}”不是本地（{town}）的名字",
                lineno, m.start("name") + 1, name, f"如是从别处讲话稿带来的，改为“{short}”",
            ))  # fmt: skip
    return findings


# 秦都区、雁塔区和市城建局主要负责同志分别作了发言 in a city's speech: the districts and counties that report at a city's
# meeting are its own, so they share one city; one under another city (雁塔区 of 西安, beside 咸阳's 秦都区) was
# put in from elsewhere. The place named first gives the city when they split evenly.
_UNIT_LIST = re.compile(r"[、和及与]")
_REPORTED = re.compile(r"^[^。！？；]{0,30}?(?:作了|做了|分别|进行了)[^。！？；]{0,12}?(?:发言|汇报|表态)")


def _odd_units(gz: Any, lines: Sequence[str], span: range, ctx: SpeechContext) -> list[Finding]:
    if ctx.level not in ("市", "州", "盟"):
        return []
    findings = []
    for lineno, line in lines_in(lines, span):
        if "发言" not in line and "汇报" not in line and "表态" not in line:
            continue
        found = [(s, e, ps) for s, e, ps in _places_in(gz, line) if all(p.level in ("县", "区") for p in ps)]
        run: list[tuple[int, int, list[Any]]] = []
        for hit in found + [(len(line) + 9, 0, [])]:
            if run and hit[0] - run[-1][1] == 1 and _UNIT_LIST.match(line, run[-1][1]):
                run.append(hit)
                continue
            if len(run) >= 2 and _REPORTED.match(line[run[-1][1] :]):
                findings += _odd_in_run(gz, line, run, lineno)
            run = [hit]
    return findings


def _odd_in_run(gz: Any, line: str, run: list[tuple[int, int, list[Any]]], lineno: int) -> list[Finding]:
    cities = [{p.parent_code for p in ps} for _, _, ps in run]
    if any(len(c) != 1 for c in cities):
        return []  # an ambiguous name (朝阳区): no judgement
    codes = [c.pop() for c in cities]
    counts = {c: codes.count(c) for c in codes}
    ours = max(codes, key=lambda c: (counts[c], -codes.index(c)))
    findings = []
    for (start, end, places), code in zip(run, codes, strict=True):
        if code == ours:
            continue
        first, mate = next((line[s:e], ps[0]) for (s, e, ps), c in zip(run, codes, strict=True) if c == ours)
        theirs, our_city = gz.ancestors(places[0])[0].name, gz.ancestors(mate)[0].name
        findings.append(Finding(
            "foreign-place", ERROR, f"“{line[start:end]}”（{theirs}）与同列的“{first}”（{our_city}）不属同一个市：在本市会议上发言的区县应是本市的",
            lineno, start + 1, line[start:end], "如是从别处讲话稿带来的，改为本市的区县；用 --place 指明本地可一并检查其他地名",
        ))  # fmt: skip
    return findings


# 向关心青铜峡市改革发展的社会各界人士 in a 区 speech, 省民政厅对天门的关心支持 in a 全市 speech whose place is not known:
# a place named once, as the speaker's own (_OWN_USE_BEFORE/_AFTER). A kind the speech's level cannot be (a 县级市 for
# a 区) is an error; otherwise nobody can tell whether it is ours: a warning that asks for --place.
_BODY_AFTER = re.compile(r"[省市县区旗]?(?:委|(?:人民)?政府|人大|政协)")


# 又绿吉昌大地 / 吉昌儿女: the speech's own place named bare in a flourish (a town the gazetteer does not hold).
_OWN_LAND = re.compile(r"(?<![全我本各])([\u4e00-\u9fff]{2})(?=大地|儿女)")
_COMMON_LAND = frozenset((
    "祖国", "中华", "神州", "华夏", "广袤", "希望", "城乡", "乡村", "农村", "中原", "江南", "北国", "南国", "辽阔", "广阔",
    "各族", "英雄", "优秀", "广大", "整个", "这片", "温暖", "滋润", "春回", "铺满", "洒满", "绿遍", "染绿", "荆楚", "齐鲁",
    "三秦", "三晋", "燕赵", "巴蜀", "八闽", "江淮", "岭南", "塞北", "江北", "苏北", "陇原", "黄土", "红土", "龙江", "天府",
    "三湘", "潇湘", "湖湘", "八桂", "赣鄱", "吴越", "关中", "陕北", "陕南", "皖北", "皖南", "苏南", "苏中", "闽南", "闽西",
    "粤东", "粤西", "粤北", "胶东", "辽东", "辽西", "冀中", "豫东", "豫西", "鲁西", "鲁南", "川西", "川南", "川东", "黔东",
    "滇西", "滇南", "桂北", "湘西", "湘南", "鄂西", "浙东", "浙西", "浙南", "晋南", "晋北", "蒙东", "江汉", "荆襄", "徽州",
))  # fmt: skip
_OWN_SUFFIX = re.compile(r"(?:街道|镇|乡|县|区|市|旗)$")


def _own_home(gz: Any, ctx: SpeechContext, part: str) -> tuple[str, str] | None:
    """The speech's own place by its bare name and how it is known: from --place (吉昌镇, not in the gazetteer), or, in
    a town's or a street's speech (the gazetteer holds no towns), from a flourish that names it (又绿吉昌大地), the
    same name every time and no place the gazetteer knows (江苏大地, 三湘大地 name a province or a region, not the
    town). None when neither tells it."""
    if ctx.place:
        stem = _OWN_SUFFIX.sub("", ctx.place)
        how = "指明的本地" if ctx.reasons.get("place", "").startswith("“") or not ctx.reasons.get("place") else "推断的本地"
        return (stem, f"{how}“{ctx.place}”") if len(stem) >= 2 else None
    if ctx.level not in ("镇", "乡", "街道"):
        return None
    named = {m.group(1) for m in _OWN_LAND.finditer(part) if m.group(1) not in _COMMON_LAND}
    if len(named) != 1 or any(gz.lookup(n) for n in named):
        return None
    (name,) = named
    said = re.search(rf"{name}(?:大地|儿女)", part)
    return None if is_word_place(name) else (name, f"正文说“{said.group(0) if said else name}”")


def _own_stakes(gz: Any, lines: Sequence[str], span: range, ctx: SpeechContext, part: str, hidden: Any) -> list[Finding]:
    own_home = _own_home(gz, ctx, part)
    findings = []
    lone: list[tuple[int, int, str, list[Any]]] = []  # named once as ours, nothing else known: warned below
    masked: list[tuple[int, int, str, list[Any]]] = []  # a real name said as ours where the speech hides its own
    named: list[tuple[int, int, str]] = []  # a real name of the hidden place's tier, said anyhow (check48)
    for lineno, line in lines_in(lines, span):
        found = _places_in(gz, line)
        # 共商沙河发展大 / 计: a hard-wrapped copy's sentence goes on in the next line, read with it
        read = line + _wrapped_on(lines, lineno, span)
        for start, end, places in found + _bare_stakes(gz, line, found, words=hidden is not None):
            name = line[start:end]
            if _SLOGAN_BEFORE.search(line[max(0, start - 3) : start]) or _OWN_SPIRIT.match(line[end:]):
                continue  # a slogan: _own_slogans
            # (在平阳县委的坚强领导下 where the own place is masked, XX县委: a body of the speech's own level leading is
            # the own one, said with a real name)
            led = hidden is not None and (any(p.level == ctx.level for p in places) or _MASKED_PARTNER.match(line[end:]) is not None) \
                and _LEADS_AFTER.match(line[end:]) is not None
            if not (led or _said_as_own(read, start, end)) or (_BODY_AFTER.match(line, end) and not led):
                if hidden is not None and _peer_of_hidden(places, hidden, ctx.level) and not _BODY_AFTER.match(line, end) \
                        and not elsewhere(line, start, end):
                    named.append((lineno, start, name))
                continue  # 省委常委、唐山市委书记…: an office, often a superior's, not our stake
            # (a province is the own place's superior in any speech but a province's own: 安徽发展的总目标 in a 省 speech
            # that speaks of 全省 is its own stake)
            if any(p.code in _ALWAYS_OK_PLACES or (p.level == "省" and ctx.level != "省") for p in places) or (not led and _reported_incident(line, start, end)):
                continue
            peer = _never_ours(places, ctx.level)
            if part.count(name) > 1 and not peer:
                continue  # named again: may be ours (a county never is a district's own, however often it is named)
            if peer:
                findings.append(Finding(
                    "foreign-place", ERROR, f"{ctx.level}级讲话把{peer}“{name}”当作本地来说：它既不是本{ctx.level}，也不是本{ctx.level}的上级",
                    lineno, start + 1, name, "如是从别处讲话稿带来的，改为本地的说法；用 --place 指明本地可一并检查其他地名",
                ))  # fmt: skip
            elif hidden:
                masked.append((lineno, start, name, places))
            elif own_home and own_home[0] != name:
                # (a warning still: the gazetteer holds no towns, so 沭阳 may be the county the town is in)
                findings.append(Finding(
                    "foreign-place", WARNING,
                    f"讲话的本地是“{own_home[0]}”（{own_home[1]}），这里却把“{name}”当作本地来说；除非“{name}”是本地的上级，这是外地地名",
                    lineno, start + 1, name, "如是从别处讲话稿带来的，改为本地的说法",
                ))  # fmt: skip
            else:
                lone.append((lineno, start, name, places))
    # 在XX县…枣强县粮食生产再获丰收 (check48): where the speech hides its own place, a real place of the hidden
    # place's own tier named once, in no sentence that puts it elsewhere (考察, 学习, 对口 …), is either the own name the
    # masking missed or a name another place's speech left in: told as a warning, beside the stakes read above
    told = {(ln, st) for ln, st, _n, _p in masked + lone} | {(f.line, f.column - 1) for f in findings}
    for lineno, start, name in named:
        if (lineno, start) in told or part.count(name) > 1:
            continue
        findings.append(Finding(
            "foreign-place", WARNING,
            f"讲话里本地地名写作“{hidden.group(0)}”，却提到同一级的真实地名“{name}”：可能是漏打码的本地地名，也可能是从别处讲话稿带来的外地地名",
            lineno, start + 1, name, "如是本地地名，与别处一样写法；如是从别处讲话稿带来的，改为本地的说法；如说的是外地，不必改",
        ))  # fmt: skip
    # (*委、*政府 masks a place of no level the page says: the level read from its words may not be the masked one's)
    bodies = hidden is not None and hidden.re.pattern in (_HIDDEN_BODIES.pattern, _HIDDEN_PARTNER.pattern)
    findings += _masked_stakes(gz, masked, hidden, part, ctx.level or "", level_known=not bodies)
    for lineno, start, name, places in lone:
        # 谱写壶关转型跨越新篇章 … 奋力谱写小康平顺建设新篇章: two counties of one city each said once as the own one
        ups = {up[0].code: up[0].name for p in places if (up := gz.ancestors(p))}
        twins = [(n, ps) for _, _, n, ps in lone if n != name and any((up := gz.ancestors(q)) and up[0].code in ups for q in ps)]
        twin = twins[0][0] if twins else None
        # 没有我们滕州完不成的任务，没有我们薛城办不成的事 in a speech of 全市, 市委: of the two, the 县级市 is of the
        # speech's level and the 市辖区 is not — the district is the one brought from elsewhere, the city is left alone
        fits = any(p.level == ctx.level for p in places)
        twin_fits = [any(q.level == ctx.level for q in ps) for _, ps in twins]
        if twin and fits and twin_fits and not any(twin_fits):
            continue
        if twin and not fits and twin_fits and all(twin_fits):
            said = (f"讲话把同属{next(iter(ups.values()))}的“{name}”和“{twin}”都当作本地来说；讲话是{ctx.level}级的，"
                    f"“{twin}”合这一级，“{name}”（{places[0].kind}）不合，可能是从别处讲话稿带来的")  # fmt: skip
        else:
            said = (f"讲话把同属{next(iter(ups.values()))}的“{name}”和“{twin}”都当作本地来说，其中一个可能是从别处讲话稿带来的" if twin
                    else f"“{name}”当作本地来说，讲话别处没有提到它，也没有指明本地，无法确认是本地或上级")  # fmt: skip
        findings.append(Finding(
            "foreign-place", WARNING, said, lineno, start + 1, name, "用 --place 指明本地再查；如是从别处讲话稿带来的，改为本地的说法",
        ))  # fmt: skip
    return sorted(findings, key=lambda f: (f.line, f.column))


_SENTENCE_END = frozenset("。！？!?；;：:”\"」』）)")


def _peer_of_hidden(places: Sequence[Any], hidden: Any, level: str | None) -> bool:
    """A place of the hidden place's tier (XX县: a 县, 区, 旗 or county-level city; XX市: a city)."""
    said = hidden.group(0)[-1:]
    tier = _PEER_TIER.get(said) or _PEER_TIER.get(level or "")
    if tier not in ("市", "县"):
        return False
    return any(p.level in ("县", "区", "旗") or p.kind == "县级市" for p in places) if tier == "县" else \
        any(p.level == "市" and p.kind != "县级市" for p in places)


# The clause around a place that puts it somewhere else, in the words a clerk would use: a trip or visit, history, a
# disaster, a partner, a superior's meeting or document, a comparison or ranking, people or goods coming or going.
_ELSEWHERE_CLAUSE = re.compile(
    # a trip or a visit, learning from a place
    r"考察|参观|观摩|调研|取经|借鉴|对标|看齐|赶超|(?<!以)赴|前往|到访|来访|来自|途经|学习交流|交流学习|"
    r"(?:向|到|去|赴)[^，。；]{0,10}学习|经验|做法|模式|"
    # a partner, a neighbour
    r"对口|协作|结对|援建|帮扶|支援|友好|兄弟|周边|毗邻|相邻|交界|邻近|接壤|携手|联手|合作|签约|签订|"
    # a disaster, an accident, a case told as a lesson
    r"地震|洪水|洪灾|水灾|台风|泥石流|灾区|灾后|受灾|事故|爆炸|火灾|疫区|案件|案例|"
    # history
    r"历史上|革命|起义|会师|战役|红军|烈士|故居|遗址|旧址|曾经|曾在|古代|自古|"
    # a comparison or a ranking
    r"排名|排位|位居|位列|名列|前列|前茅|相比|高于|低于|不如|仅次于|紧随|"
    r"(?:全[省市国]|同类|同级)[^，。；]{0,6}第[一二三四五六七八九十\d]|"
    # people or goods coming or going
    r"运往|销往|发往|输往|远销|外销|转运|外出|务工|返乡|籍贯|出生|老家|迁入|迁往|录取|考入|毕业|就读|"
    # a superior's meeting or document
    r"省委|省政府|省里|中央|国务院|现场会|"
    # a region named after its hub city
    r"都市圈|城市群|经济圈|经济带|一体化|同城|"
    # a famous place ours is likened to
    r"(?<![影图])像|好比|堪比|媲美|比肩|不亚于|"
    # a visit there, a change of its status told (撤地设市)
    r"(?:(?<![得达受看想做遇提直认意听见])到|(?<![过失除])去)□(?![^，。；！？]{0,4}?(?:工作|任职|履职|上任|主政)(?:以来|[一二三四五六七八九十两几多\d]+年多?来|后|之后|期间))|"
    r"撤地|撤县|设市|建市|更名"
)
_CLAUSE_END = re.compile(r"[，,。；;！？!?：:]")  # (学习南宫、临西的做法: a list stays in its clause)


# A copy that lost its punctuation runs a whole page into one "clause": where no mark stands within twice this many
# characters of the spot, a clause or a sentence is read this far either side (a clerk reads the words around it).
_READ_AROUND = 30


def _clause(line: str, start: int, end: int) -> str:
    """The clause a place stands in, with a few characters before it (赴 at the clause's head)."""
    a = max((m.end() for m in _CLAUSE_END.finditer(line, 0, start)), default=0)
    b = _CLAUSE_END.search(line, end)
    z = b.start() if b else len(line)
    if start - a > 2 * _READ_AROUND:
        a = start - _READ_AROUND  # no mark near: a run-on copy
    if z - end > 2 * _READ_AROUND:
        z = end + _READ_AROUND
    return line[a:z]


# 确保X县安全生产形势稳定，坚决遏制重特大事故: an accident to be prevented is no accident that happened there (plant51)
_DISASTER = re.compile(r"地震|洪水|洪灾|水灾|台风|泥石流|灾区|灾后|受灾|事故|爆炸|火灾|疫区|案件|案例")
_PREVENTED = re.compile(r"防范|遏制|杜绝|预防|防止|减少|避免|严防|坚决")
_HAPPENED = re.compile(r"发生|教训|警示|暴露")  # 沭阳县发生的安全生产事故教训深刻: one that happened there


def said_elsewhere(clause: str) -> bool:
    """The clause (the place blanked: □) says the place is somewhere else (_ELSEWHERE_CLAUSE), a disaster word only
    where no prevention is told (事故 to be prevented is the own place's task)."""
    prevented = _PREVENTED.search(clause) is not None and not _HAPPENED.search(clause)
    return any(not (prevented and _DISASTER.fullmatch(m.group(0))) for m in _ELSEWHERE_CLAUSE.finditer(clause))


def elsewhere(line: str, start: int, end: int) -> bool:
    """The one decision (place50) whether a sentence puts a place somewhere else than the speaker's own — visited, learnt
    from, partnered, history, a disaster, a ranking, a superior's meeting, people coming from it (its clause, read with
    the place taken out), a post held there, a firm, a route, an event held there, a person's name, or a name read
    across two words — for the warnings of voice.py and of a speech that hides its own place alike. (The looser
    _mentioned_elsewhere, a few characters either side, stays with the error rules: 全市包括X正处在疫情防控的关键时期
    read X as an epidemic's place and dropped a planted slip.)"""
    return (_split_by_words(line, start, end)
            or said_elsewhere(_clause(line, start, end).replace(line[start:end], "□"))
            or named_to_learn_from(line, end) or _held_there(line, start, end) or _firm_name(line, start, end)
            or _route_or_work(line, start, end) or _event_venue(line, start, end) or _post_held(line, start, end)
            or _reported_incident(line, start, end) or _person_named(line, start, end))


def _wrapped_on(lines: Sequence[str], lineno: int, span: range) -> str:
    """The next line when this one stops mid-sentence and the next goes on with Han text (a copy wrapped at a width),
    else ""."""
    line = lines[lineno - 1].rstrip()
    if not line or line[-1] in _SENTENCE_END or lineno + 1 not in span or lineno >= len(lines):
        return ""
    after = lines[lineno].strip()
    return after if after and "\u4e00" <= after[0] <= "\u9fff" else ""


def _masked_stakes(
    gz: Any, masked: list[tuple[int, int, str, list[Any]]], hidden: Any, part: str, level: str = "", level_known: bool = True
) -> list[Finding]:
    """Real names said as ours in a speech that writes its own place as XX县: an error, unless one name alone is said so
    and it fits the hidden place (of its level, under a superior of the kind the speech names): the masking may have
    missed the own name (向关心、支持临桂经济社会发展的各界人士 under 我代表XX县四家班子), a warning. Two names said as
    ours (服务绍兴发展大局 … 为嘉兴市的建设出力) cannot both be the own one."""
    if not masked:
        return []
    lone = len({name for _, _, name, _ in masked}) == 1
    # (XX with no suffix stands for a place of the speech's own level)
    mask = hidden.group(0) if _HIDDEN_PLACE.fullmatch(hidden.group(0)) else hidden.group(0) + level
    findings = []
    for lineno, start, name, places in masked:
        if lone and not level_known:  # (*委、*政府: no level of the masked place to match the name against)
            findings.append(Finding(
                "foreign-place", WARNING,
                (f"讲话里本地的政府写作“{hidden.group(0)}政府”，地名打了码，却把真实地名“{name}”当作本地来说："
                 if hidden.re.pattern == _HIDDEN_PARTNER.pattern else
                 f"讲话里本地的机关写作“{hidden.group(0)}委、{hidden.group(0)}政府”，地名都打了码，却把真实地名“{name}”当作本地来说：")
                + "可能是漏打码的本地地名，也可能是从别处讲话稿带来的外地地名", lineno, start + 1, name,
                "如是本地地名，与别处一样写法；如是从别处讲话稿带来的，改为本地的说法",
            ))  # fmt: skip
        elif lone and _fits_hidden(gz, places, mask, part):
            findings.append(Finding(
                "foreign-place", WARNING,
                f"讲话里本地地名写作“{hidden.group(0)}”，却把真实地名“{name}”当作本地来说；“{name}”与打码的本地同一级，上级也对得上，"
                "可能是漏打码的本地地名", lineno, start + 1, name, "如是本地地名，与别处一样写法；如是从别处讲话稿带来的，改为本地的说法",
            ))  # fmt: skip
        else:
            findings.append(Finding(
                "foreign-place", ERROR, f"讲话里本地地名写作“{hidden.group(0)}”，却把真实地名“{name}”当作本地来说",
                lineno, start + 1, name, "如是从别处讲话稿带来的，改为本地的说法；如是漏改的本地地名，与别处一样写法",
            ))  # fmt: skip
    return findings


_SERVED_GROWTH = r"(?:经济社会|县域经济)?(?:高质量|跨越式?|转型)?(?:发展|开展)为(?:中心|主线|核心)"
# The rest of this very meeting's name after a place's name: a topic of two characters or more, then the meeting
# (沙河防汛抗旱工作会议; not 遵义会议, a meeting of history, nor 在沙河召开的会议, the host's).
_THIS_MEETING_AFTER = r"(?=[^，。；！？,;、]{2,16}?(?:会议|大会|推进会|座谈会|动员会|培训班)(?!室|精神|纪要|中心|决定|部署))"
_THIS_MEETING_BEFORE = re.compile(r"(?:召开|举行|举办)?(?:这次|此次|本次)$|(?:召开|举行|举办)$|今天的$")


def _names_this_meeting(line: str, start: int, end: int) -> bool:
    """召开这次沙河防汛抗旱工作会议: the name opens the name of the meeting going on, the speaker's own."""
    return bool(_THIS_MEETING_BEFORE.search(line, max(0, start - 6), start) and re.match(_THIS_MEETING_AFTER, line[end:]))



# 作为主城区的海陵 / 作为全市中心城区的吴中: the role in its city of the place the speaker speaks for
_ROLE = r"作为(?:全[省市]的?)?(?:中心城区|主城区|核心城区|老城区|新城区|城市核心区|县城所在地)"
_ROLE_BEFORE = re.compile(_ROLE + r"的$")


_SECTOR = r"(?:卫生健康|卫生|卫健|教育|公安|政法|财政|交通|水利|农业|民政|司法|文化|科技|工业|商务|环保|税务|金融|人社|应急)(?:系统|战线|行业)"


def _works_in_own_sector(line: str, start: int, end: int) -> bool:
    """我在监利卫生系统工作 in a line that calls the sector its own (我市卫生战线): the place named is the own one."""
    sector = re.match(_SECTOR, line[end:])
    if sector is None or not re.match(r"[^，。；！？,;!?]{0,4}?工作", line[end + sector.end() :]):
        return False
    return bool(re.search(rf"[我全本](?:市|县|区)(?:的)?{sector.group(0)[:2]}", line))  # (卫生, 教育: the field)


# 省民政厅对天门的关心支持, 关系到天门的未来: a county-level place's bare short name (which the gazetteer matches only
# with its suffix) said as ours.
# Each alternative of the bare-stake scan, with the words it cannot match without (any one of each tuple in the line). Scanning
# every position of a line with all 15 (the `meeting` one looks 16 characters ahead at each) was a fifth of a new draft's
# self-check (#18, perf36): each is now tried only where one of its words puts it (`_STAKE_PLACES`, perf39).
_STAKE_ALTERNATIVES: tuple[tuple[str, str, tuple[tuple[str, ...], ...]], ...] = (
    ("name", r"(?=(?P<name>[\u4e00-\u9fff]{2})(?:的关心支持|的关心和支持|的高度重视|的关心关注|的未来|形象|的兴衰|发展大局|的建设出力|实现新一轮"
     r"|的?长远发展|改革发展稳定|经济繁荣|经济社会(?:高质量)?发展|的?对外影响力"
     # 团结依靠启东百万人民 in 海门市's report: the people the speaker speaks for, counted
     r"|[一二三四五六七八九十百千\d.]+万人民))",
     (("的关心", "的高度重视", "的未来", "形象", "的兴衰", "发展大局", "的建设出力", "实现新一轮", "万人民", "长远发展", "改革发展稳定",
       "经济繁荣", "经济社会", "对外影响力"),)),
    # 着眼于南宫长远发展 / 南宫的长远发展 (check48): the long-term growth the speaker's decisions look to
    ("long", r"(?=(?P<long>[\u4e00-\u9fff]{2})的?长远发展)", (("长远发展",),)),
    # 提升了南宫的对外影响力 (check48): the standing abroad the speaker's work raises
    ("reach", r"(?=(?P<reach>[\u4e00-\u9fff]{2})的?对外影响力)", (("对外影响力",),)),
    # 中央有部署、省委有安排、市委有要求，南宫有行动 (check48, the shape of a planter 48 copy): the rungs of a ladder of levels, the last the
    # speaker's own place
    ("ladder", r"(?<=[、，,])(?=(?P<ladder>[\u4e00-\u9fff]{2})有(?:行动|落实|作为))", (("有行动", "有落实", "有作为"),)),
    # 如果大家不是对南宫充满深情 (check48): the place the speaker bids his cadres love (see _weighed_as_own)
    ("loved", r"(?<=对)(?=(?P<loved>[\u4e00-\u9fff]{2})(?:充满|饱含|怀有)(?:深情|感情|热爱))", (("充满", "饱含", "怀有"),)),
    ("changed", r"(?<=让)(?<![转出礼谦退忍]让)(?=(?P<changed>[\u4e00-\u9fff]{2})的)", (("让",),)),  # 让高邮的营商环境焕然一新
    # 实现沭阳高质量发展, 推动宜兴跨越发展: the development the speaker's work brings about is ours
    # 推进南宫新崛起 in 清河县's speech (#13, batch 62's planted f05): the place's new rise, as its development
    ("grown", r"(?<=实现|推动|推进|促进|助力)(?=(?P<grown>[\u4e00-\u9fff]{2})(?:高质量发展|经济社会高质量发展|跨越式?发展|转型发展|新崛起|新跨越))",
     (("实现", "推动", "推进", "促进", "助力"), ("发展", "新崛起", "新跨越"))),
    # 携手建新沭阳！ / 建设新宜兴: the new place the speaker calls everyone to build is ours
    ("renewed", r"(?<=建|设|造|创)新(?=(?P<renewed>[\u4e00-\u9fff]{2})(?:[！!。，,；;]|$))", (("新",),)),
    # 吴中作为中心城区，“五一”期间将汇集大量的人流: the place whose role in its city the speaker weighs is ours
    ("role", r"(?:^|(?<=[。！？；，,“]))(?=(?P<role>[\u4e00-\u9fff]{2})作为(?:全[省市]的?)?(?:中心城区|主城区|核心城区|老城区|新城区|城市核心区"
     r"|县城所在地))", (("作为",),)),
    # 也是作为主城区的海陵服务中心城市的职责: the same role said before the name
    ("roled", _ROLE + r"的(?=(?P<roled>[\u4e00-\u9fff]{2}))", (("作为",),)),
    # 人民医院是我市卫生战线的龙头老大。我在监利卫生系统工作四年多 (#13, batch 52 p04): the sector the speech calls its
    # own, named with another place (see _works_in_own_sector)
    ("sector", r"(?<=在)(?=(?P<sector>[\u4e00-\u9fff]{2})" + _SECTOR + r")", (("在",), ("系统", "战线", "行业"))),
    # 紧密结合垫江实际: the place whose circumstances the speaker's work must fit is ours
    ("fit", r"(?<=结合)(?=(?P<fit>[\u4e00-\u9fff]{2})实际)", (("结合",), ("实际",))),
    # 以服务纳雍跨越发展为中心 (以效劳…跨越开展为中心 in a machine-converted copy): the development the work serves is ours
    ("served", r"(?<=以服务|以效劳)(?=(?P<served>[\u4e00-\u9fff]{2})" + _SERVED_GROWTH + r")", (("以服务", "以效劳"),)),
    # 奋力谱写小康壶关建设新篇章 / 奋力谱写壶关转型跨越新篇章: the well-off place the speaker calls to build, the place
    # whose new chapter all are called to write, is ours
    # 向多年来关心、支持临桂经济社会发展的各界人士表示敬意: the development those thanked for their support care for is ours
    ("cared", r"(?:(?<=关[心注][、和]支持)|(?<=关[心注]支持))(?=(?P<cared>[\u4e00-\u9fff]{2})(?:经济社会|经济|社会)?(?:发展|建设|事业))",
     (("支持",),)),
    ("welloff", r"(?<=小康)(?=(?P<welloff>[\u4e00-\u9fff]{2})建设)", (("小康",),)),
    # 县城建设是加快江油发展的必然选择 / 凝聚四十万江油人民发展共识 (#13, place52): the growth the speaker's work
    # hastens, and the people counted in their tens of thousands, are the own place's
    ("hastened", r"(?<=加快|加速)(?=(?P<hastened>[\u4e00-\u9fff]{2})(?:经济社会|经济|城乡|县域)?(?:发展|崛起|振兴))",
     (("加快", "加速"), ("发展", "崛起", "振兴"))),
    ("counted", r"(?<=万)(?=(?P<counted>[\u4e00-\u9fff]{2})(?:人民|群众|父老乡亲|儿女))", (("万",), ("人民", "群众", "父老乡亲", "儿女"))),
    # 为江油发展作出新的更大贡献 (#13, place52): the growth the closing calls everyone to serve is the own place's
    ("served2", r"(?<=为)(?=(?P<served2>[\u4e00-\u9fff]{2})" + _CONTRIBUTED_GROWTH.pattern + ")",
     (("为",), ("发展", "建设", "振兴"), ("作出", "做出", "贡献", "出力", "添砖加瓦"))),
    ("chapter", r"(?<=谱写|书写|续写|开创)(?=(?P<chapter>[\u4e00-\u9fff]{2})[^，。；！？,;!?《》]{0,10}?新篇章)", (("新篇章",),)),
    # 学员们走出沙河开展调研 in a district's speech (#13, batch 65's planted miss): the place its people go out of is theirs
    ("goneout", r"(?<=走出|跳出)(?=(?P<goneout>[\u4e00-\u9fff]{2})" + _GONE_OUT_TO.pattern + ")", (("走出", "跳出"),)),
    # 共商沙河发展大计 in 清河县's speech (batch 64's planted miss, with the full name): the development this meeting plans
    ("planned", r"(?<=共谋|共商|同谋|共促|共绘)(?=(?P<planned>[\u4e00-\u9fff]{2})(?:经济社会|经济|社会)?(?:发展|建设|事业))",
     (("共谋", "共商", "同谋", "共促", "共绘"), ("发展", "建设", "事业"))),
    # 召开这次沙河防汛抗旱工作会议 in 清河县's speech: the meeting going on is named after the speaker's own place
    ("meeting", r"(?=(?P<meeting>[\u4e00-\u9fff]{2})" + _THIS_MEETING_AFTER + r")",
     (("会议", "大会", "推进会", "座谈会", "动员会", "培训班"),)),
    # 没有我们滕州完不成的任务 / 我们江阴人: the place the speaker names in the first person plural is ours
    ("we", r"(?<=我们)(?=(?P<we>[\u4e00-\u9fff]{2})(?![省市县区州盟旗乡镇村]|街道|[\u4e00-\u9fff]?(?:委|政府|人大|政协)))", (("我们",),)),
    # 今年也是盱眙冲刺“百强县”的关键之年: the place whose stage of its course this year is (see _YEAR_OF_AFTER)
    ("year", r"(?<=是)(?=(?P<year>[\u4e00-\u9fff]{2})" + _YEAR_OF_AFTER.pattern + r")", (("是",),)),
    # 目前，某市正处于…关键时期 / 要清醒地认识到，某市是一座…城市 (batches 75/76's planted names, see _STAGE_NOW):
    # the own place's stage of development, and the kind of city the listeners must see clearly
    ("stage", "(?:" + "|".join(f"(?<={w}{c})" for w in ("当前", "目前", "现在", "如今", "眼下") for c in "，,")
     + r")(?=(?P<stage>[\u4e00-\u9fff]{2})" + _STAGE_ENTERED.pattern + ")",
     (("当前", "目前", "现在", "如今", "眼下"), ("进入", "迈入", "步入", "处于", "处在", "站在"))),
    ("sight", "(?:" + "|".join(f"(?<={w}{c})" for w in ("看到", "认识到") for c in "，,：:") + r")(?=(?P<sight>[\u4e00-\u9fff]{2})是一座)",
     (("看到", "认识到"), ("是一座",))),
    # 向平阳人民致以敬意 / 全平阳上下 in a speech that writes its own place as XX县 (check47's own flawed speeches): the
    # people the speaker speaks to and the whole place it rallies are its own — read only where the own name is masked
    # (_MASKED_ONLY), for elsewhere 延安人民, 汶川人民 are as often history or a disaster's
    ("people", r"(?=(?P<people>[\u4e00-\u9fff]{2})人民(?!日报|大会堂|医院|银行|公园|广场|政府|代表|法院|检察院|警察|武装|路|网))", (("人民",),)),
    ("whole", r"(?<=全)(?=(?P<whole>[\u4e00-\u9fff]{2})上下)", (("上下",),)),
)
_MASKED_ONLY = frozenset({"people", "whole"})
# Where each alternative can match (#18, perf39): it needs one of these words, and a match starts between `first` and
# `last` characters after where the word starts (a lookbehind's word ends where the match starts: 让 → +1, 实现 → +2;
# the name before 的未来 starts two characters before it; 召开这次沙河防汛抗旱工作会议: the name starts 4 to 18 characters
# before 会议, two characters and then 2–16 before the meeting's word). Each alternative is tried only there, not at
# each position of the line (the scan of every position with all 15 cost ~1.5 ms a new draft, the largest single part of
# its self-check). `name`'s 启东百万人民 starts two characters before the count's run, found by walking back from 万人民.
_STAKE_PLACES: dict[str, tuple[tuple[str, ...], int, int]] = {
    "name": (("的关心", "的高度重视", "的未来", "形象", "的兴衰", "发展大局", "的建设出力", "实现新一轮", "改革发展稳定", "经济繁荣", "经济社会"),
             -2, -2),
    "reach": (("对外影响力",), -3, -2),
    "long": (("长远发展",), -3, -2),
    "ladder": (("有行动", "有落实", "有作为"), -2, -2),
    "loved": (("充满", "饱含", "怀有"), -2, -2),
    "changed": (("让",), 1, 1),
    "grown": (("实现", "推动", "推进", "促进", "助力"), 2, 2),
    "renewed": (("新",), 0, 0),
    "role": (("作为",), -2, -2),
    "roled": (("作为",), 0, 0),
    "sector": (("在",), 1, 1),
    "fit": (("结合",), 2, 2),
    "served": (("以服务", "以效劳"), 3, 3),
    "cared": (("支持",), 2, 2),
    "welloff": (("小康",), 2, 2),
    "served2": (("为",), 1, 1),
    "hastened": (("加快", "加速"), 2, 2),
    "counted": (("万",), 1, 1),
    "chapter": (("谱写", "书写", "续写", "开创"), 2, 2),
    "meeting": (("会议", "大会", "推进会", "座谈会", "动员会", "培训班"), -18, -4),
    "we": (("我们",), 2, 2),
    "year": (("是",), 1, 1),
    "goneout": (("走出", "跳出"), 2, 2),
    "planned": (("共谋", "共商", "同谋", "共促", "共绘"), 2, 2),
    "stage": (("当前", "目前", "现在", "如今", "眼下"), 3, 3),
    "sight": (("是一座",), -2, -2),
    "people": (("人民",), -2, -2),
    "whole": (("上下",), -2, -2),
}
_STAKE_ALONE = {name: re.compile(source) for name, source, _ in _STAKE_ALTERNATIVES}
_STAKE_NEEDS = {name: tuple(frozenset(words) for words in needs) for name, _, needs in _STAKE_ALTERNATIVES}
# every word any alternative needs or is placed by, each looked for once a line
_STAKE_WORDS = tuple(dict.fromkeys([*(w for _, _, needs in _STAKE_ALTERNATIVES for words in needs for w in words),
                                    *(w for words, _, _ in _STAKE_PLACES.values() for w in words)]))  # fmt: skip
_STAKE_RANK = {name: rank for rank, (name, _, _) in enumerate(_STAKE_ALTERNATIVES)}
_STAKE_CONSUMES = frozenset({"renewed", "roled"})  # the two that take characters (新, 作为…的): the others take none
_COUNT_CHARS = frozenset("一二三四五六七八九十百千.")


def _stake_places(line: str) -> dict[int, dict[str, re.Match[str]]]:
    """Every position where an alternative of _STAKE_ALTERNATIVES matches, with the alternatives that match there."""
    at: dict[int, dict[str, re.Match[str]]] = {}
    present = {w for w in _STAKE_WORDS if w in line}
    if not present:
        return at
    for name, (words, first, last) in _STAKE_PLACES.items():
        if any(present.isdisjoint(needed) for needed in _STAKE_NEEDS[name]):
            continue  # (实现沭阳高质量发展: no 发展 in the line, no match after 实现)
        starts: set[int] = set()
        for word in words:
            q = line.find(word) if word in present else -1
            while q >= 0:
                starts.update(range(max(0, q + first), q + last + 1))
                q = line.find(word, q + 1)
        if name == "name" and "万人民" in present:
            q = line.find("万人民")
            while q >= 0:
                s = q
                while s > 0 and (line[s - 1] in _COUNT_CHARS or line[s - 1].isdecimal()):  # ([一…千\d.]+)
                    s -= 1
                starts.update(range(max(0, s - 2), q - 2))
                q = line.find("万人民", q + 1)
        if starts:
            alone = _STAKE_ALONE[name]
            for p in starts:
                if m := alone.match(line, p):
                    at.setdefault(p, {})[name] = m
    return at


def _stake_matches(line: str) -> list[tuple[str, re.Match[str]]]:
    """(alternative, match) as the alternatives joined in one pattern (`|`) would find them with `finditer`: at each
    position the first alternative that matches; after one that takes no characters, the first that takes some at the
    same position; none inside the characters such a match took."""
    out: list[tuple[str, re.Match[str]]] = []
    resume = 0
    for p, there in sorted(_stake_places(line).items()):
        if p < resume:
            continue
        ranked = sorted(there, key=_STAKE_RANK.__getitem__)
        out.append((ranked[0], there[ranked[0]]))
        taking = ranked[0] if ranked[0] in _STAKE_CONSUMES else next((n for n in ranked if n in _STAKE_CONSUMES), None)
        if taking is not None:
            if taking != ranked[0]:
                out.append((taking, there[taking]))
            resume = there[taking].end()
    return out


_SCOPE_NAME = re.compile(r"[全我本][省市县区州盟旗乡镇]")


def _bare_stakes(
    gz: Any, line: str, found: list[tuple[int, int, list[Any]]], words: bool = False
) -> list[tuple[int, int, list[Any]]]:
    """`words`: a name that is an everyday word too (南岸) is read where those thanked care for its development
    (关心支持南岸发展) — in a speech that masks its own name, where no everyday word stands in that place."""
    taken = {i for s, e, _ in found for i in range(s, e)}
    _kept_for(gz)
    key = (line, tuple(sorted(taken)), words)  # what is found counts only by the characters it covers
    kept = _STAKES_KEPT.get(key)
    if kept is None:
        kept = _stakes_in(gz, line, taken, words)
        if len(line) <= _LINE_KEPT_CHARS:
            _keep(_STAKES_KEPT, key, kept)
    return list(kept)


def _stakes_in(gz: Any, line: str, taken: set[int], words: bool) -> list[tuple[int, int, list[Any]]]:
    hits = []
    for group, m in _stake_matches(line):
        start, end, name = m.start(group), m.end(group), m.group(group)
        if group in _MASKED_ONLY and not words:
            continue
        if start in taken or (is_word_place(name) and not (words and group == "cared")) or _SCOPE_NAME.fullmatch(name):
            continue  # 这次全州妇女儿童工作领导小组全体会议: 全州 is a 自治州's own scope, not 全州县
        if group == "meeting" and not _names_this_meeting(line, start, end):
            continue
        places = [p for p in gz.lookup(name) if p.short == name and p.level in ("县", "区", "市")]
        if places:
            hits.append((start, end, places))
    return hits


def _own_slogans(gz: Any, lines: Sequence[str], span: range, ctx: SpeechContext, part: str, hidden: Any) -> list[Finding]:
    home: tuple[Any, int] | None = None  # the province the speech is in, looked for at the first slogan
    findings = []
    for lineno, line in lines_in(lines, span):
        if not _SLOGAN_HINT.search(line):
            continue
        for start, end, places in _places_in(gz, line):
            slogan = _SLOGAN_BEFORE.search(line[max(0, start - 3) : start])
            name = line[start:end]
            spirit = _OWN_SPIRIT.match(line[end:]) and name not in NATIONAL_SPIRITS
            if not (slogan or spirit) or part.count(name) > 1 or any(p.code in _ALWAYS_OK_PLACES for p in places):
                continue
            shown = f"{name}精神" if spirit or not slogan else f"{slogan.group('w')}{name}"
            peer = _never_ours(places, ctx.level)
            home = home if home is not None else _home_province(gz, part)
            if peer:
                findings.append(_peer_slogan_finding(shown, name, peer, ctx.level or "", lineno, start + 1))
            elif home[0] and not any(p.code == home[0].code or home[0] in gz.ancestors(p) for p in places):
                findings.append(_other_province_finding(shown, name, places, home, gz, lineno, start + 1))
            else:
                fits = hidden is not None and _fits_hidden(gz, places, hidden.group(0), part)
                findings.append(_slogan_finding(shown, name, hidden, lineno, start + 1, fits))
    return findings


# 州工商局工会 / 州委、州政府 / 盟委 / 地委: a body of the kind of superior that few places have (an autonomous prefecture,
# a league, a prefecture), named as the speech's own superior
_RARE_SUPERIOR = {"自治州": re.compile(r"(?<![省市县区全我各本])州(?:委|政府|人民政府|人大|政协|[\u4e00-\u9fff]{1,4}?局)"),
                  "盟": re.compile(r"(?<![全我各本])盟(?:委|行政公署|[\u4e00-\u9fff]{1,4}?局)"),
                  "地区": re.compile(r"地委|行署|地区行政公署")}  # fmt: skip


def _fits_hidden(gz: Any, places: Sequence[Any], hidden: str, part: str) -> bool:
    """平安泸溪 in a speech that writes its own county xx县 and names a 州工商局 above it: 泸溪 is a county under an
    autonomous prefecture, as the hidden county is — the own name a site's masking missed, as likely as another
    county's slogan left in. 幸福温州 in a speech that writes its own city ××市 (××市委、××市人民政府) and names no
    rare superior: a city of the hidden city's level under an ordinary superior fits as well — a page that masks its
    own name seldom masks the name inside its own slogan. A name under a 州 in a speech that names no 州 above it, or a
    name under a 市 in one that names a 州 (盟, 地委) above it, does not fit."""
    named_rare = {kind for kind, rare in _RARE_SUPERIOR.items() if rare.search(part)}
    for p in places:
        up = gz.ancestors(p)
        if p.level != hidden[-1:] or not up:
            continue
        if up[0].kind in _RARE_SUPERIOR and up[0].kind in named_rare:
            return True
        if up[0].kind not in _RARE_SUPERIOR and not named_rare:
            return True
    return False


def _home_province(gz: Any, part: str) -> tuple[Any, int]:
    """The one province a speech names as where it is (安徽省第27个老人节, 成为安徽唯一的百强县), at least twice
    and never as somewhere else; (None, 0) when it names none, several, or one only in passing."""
    seen: dict[str, list[Any]] = {}
    for start, end, places in _group_spans(gz.find_places(part)):
        provinces = [p for p in places if p.level == "省" and p.code not in _ALWAYS_OK_PLACES]
        if len(provinces) == len(places) == 1:
            away = _mentioned_elsewhere(part, start, end) or _reported_incident(part, start, end)
            seen.setdefault(provinces[0].code, []).append(None if away else provinces[0])
    if len(seen) != 1:
        return None, 0
    (named,) = seen.values()
    return (named[0], len(named)) if len(named) >= 2 and None not in named else (None, 0)


def _other_province_finding(
    shown: str, name: str, places: Sequence[Any], home: tuple[Any, int], gz: Any, lineno: int, col: int
) -> Finding:
    """幸福宁海 in a speech that says it is in 安徽: 宁海 (浙江) can be neither the speaker's place nor above it."""
    province, times = home
    theirs = next((a.name for a in reversed(gz.ancestors(places[0]))), places[0].name)
    return Finding(
        "foreign-place", ERROR,
        f"口号“{shown}”用了{theirs}的地名“{name}”，而讲话说的是{province.name}的事（正文提到{province.name} {times} 次）",
        lineno, col, name, "如是从别处讲话稿带来的，改为本地的说法；用 --place 指明本地可一并检查其他地名",
    )  # fmt: skip


# The kinds of place a speech of this level can neither be given nor be inside: a county is never a
# 县级市 or a 市辖区, nor under one; a district never a county or a county-level city.
_NEVER_OURS = {
    "县": frozenset({"县级市", "市辖区"}), "旗": frozenset({"县级市", "市辖区"}),
    "区": frozenset({"县", "自治县", "县级市", "旗", "自治旗"}),
}  # fmt: skip


def _never_ours(places: Sequence[Any], level: str | None) -> str:
    """The kind (县级市) when every place a slogan's name may denote is of a kind the speech's level rules out."""
    kinds = {p.kind for p in places}
    never = _NEVER_OURS.get(level or "", frozenset())
    return kinds.pop() if len(kinds) == 1 and kinds <= never else ""


def _peer_slogan_finding(shown: str, name: str, kind: str, level: str, lineno: int, col: int) -> Finding:
    """健康溧阳 in a 县 speech: 溧阳 is a 县级市, neither the county speaking nor one of its superiors."""
    return Finding(
        "foreign-place", ERROR, f"{level}级讲话的口号“{shown}”用了{kind}“{name}”的名字：它既不是本{level}，也不是本{level}的上级",
        lineno, col, name, "如是从别处讲话稿带来的，改为本地的说法；用 --place 指明本地可一并检查其他地名",
    )  # fmt: skip


_LED_BY_TOWN = re.compile(r"在(?:街道党工委|镇党委|乡党委)[^。；]{0,12}领导")
# XX县 / X县 / **县 / ××市 (not 某县: a case told of "some county" hides nothing of ours)
_HIDDEN_PLACE = re.compile(r"(?<![A-Za-z0-9])(?:[xX×＊*]{1,4})(?:街道|[省市县区乡镇州旗盟])(?![委长])")
# *委、*政府 / XX委和XX政府: the own committee and government, their place's name masked (the marks alone are matched)
_HIDDEN_BODIES = re.compile(r"(?<![A-Za-z0-9xX×＊*])[xX×＊*]{1,4}(?=委[、，,和及]\s*[xX×＊*]{1,4}(?:人民)?政府)")
# 清河县委、*政府 (check48): the government's place masked right after a committee's (the marks alone are matched)
_HIDDEN_PARTNER = re.compile(r"(?<=委[、和及])[xX×＊*]{1,4}(?=(?:人民)?政府)")
# 关心支持XX发展 / 推动XX各项事业 / 当前XX发展: the own name masked with no suffix (two marks at least)
_HIDDEN_BARE = re.compile(
    r"(?:(?<=关[心注]支持)|(?<=关[心注][、和]支持)|(?<=推动|推进|促进|实现|当前|全力|加快))"
    r"[xX×＊*]{2,4}(?=(?:经济社会|经济)?(?:高质量)?(?:发展|各项事业))"
)


def _slogan_finding(shown: str, name: str, hidden: re.Match[str] | None, lineno: int, col: int, fits: bool = False) -> Finding:
    """An error when the speech writes its own place as XX县 (a real name there is a slip either way), unless the
    name fits the hidden place (`fits`): then the masking may have missed it, a warning."""
    if hidden and fits:
        return Finding(
            "foreign-place", WARNING,
            f"讲话里本地地名写作“{hidden.group(0)}”，口号“{shown}”却用了真实地名“{name}”；“{name}”与打码的本地同一级，上级也对得上，可能是漏打码的本地地名",
            lineno, col, name, "如是本地地名，与别处一样写法；如是从别处讲话稿带来的，改为本地的说法",
        )  # fmt: skip
    if hidden:
        return Finding(
            "foreign-place", ERROR, f"讲话里本地地名写作“{hidden.group(0)}”，口号“{shown}”却用了真实地名“{name}”",
            lineno, col, name, "如是从别处讲话稿带来的，改为本地的说法；如是漏改的本地地名，与别处一样写法",
        )  # fmt: skip
    return Finding(
        "foreign-place", WARNING, f"口号“{shown}”用了地名“{name}”，讲话别处没有提到它，也没有指明本地，无法确认是本地或上级",
        lineno, col, name, "用 --place 指明本地再查；如是从别处讲话稿带来的，改为本地的说法",
    )  # fmt: skip


# 赴上海挂职, 延安整风, 青海玉树地震, 与泰州对口, 学习佛山经验, 南京都市圈: a place named as somewhere else, not as ours.
_ELSEWHERE_BEFORE = re.compile(
    # (全力以赴做好南宫改革发展稳定各项工作, check48: 以赴 is all one's strength, no trip)
    r"(?:(?<!以)赴|(?<![系达受得感看想做遇提涉直认意听见])到(?![\d〇零一二三四五六七八九十]{1,4}年|年底|年末|月底|本世纪|今年|明年|目前|现在)|(?<![过失除])去|前往|来自|与|(?<![共一协相如等])同|和|向|学习|借鉴|对口|援建|帮扶|考察|参观|支援|奔赴)"
    r"[^，。；！？,;!?]{0,4}$"  # 过去的一年，宿州经济社会…: 过去 is no trip, and a clause ends at a half-width comma too
    # 堪比张家界, 像黄山一样, 江南的九寨沟: a famous landscape our own is likened to
    r"|(?:像|好像|如同|好比|堪比|媲美|比肩|不亚于|不输|赛过|胜似|(?:江南|塞上|北方|南方|岭南|中原|江北|皖北|苏北)的)$"
    # 三月的重庆，春光无限 (a 巴中 training class opening in 重庆): the season's scene where the meeting is held
    r"|(?:[一二三四五六七八九十]{1,2}月|(?<!\d)\d{1,2}月|金秋|早春|初春|阳春|盛夏|仲夏|深秋|初冬|隆冬|寒冬)的$"
    # 学昆山、赶常熟 / 赶上或超过常熟 / 对标江阴: a place held up as the mark to reach
    r"|(?:(?<![大中小留化科同数文医法自])学|(?<![追])赶|赶超|超过|赶上|对标|追赶|看齐)$"
)
_ELSEWHERE_AFTER = re.compile(
    r"^[^，。；！？]{0,8}?(?:挂职|考察|学习|参观|对口|整风|精神|地震|灾区|灾后|洪灾|事故|经验|做法|模式|之行|援建|帮扶|协作|"
    r"合作|会议|峰会|博览会|时期|起义|会师|革命|战役|调研|交流|培训|取经|结对|"
    # 西安研学、青岛夏令营让学生开阔了眼界 (check48, a school's summer): a trip or camp held there
    r"游学|研学|夏令营|冬令营|"
    # 武汉流出人口较多, 湖北返乡人员, 武汉疫情: people coming from a place, an epidemic where it broke out
    r"流出|流入|返乡|疫情|疫区|"
    # 融入南京都市圈, 成渝地区双城经济圈: a region named after its hub city, which ours belongs to
    r"都市圈|城市群|经济圈|经济区|经济带|同城化|一体化)"
    r"|^(?:山水甲天下|山水|风光|风景|美景|景色|一样|那样|一般|似的)"  # 桂林山水甲天下, 像黄山一样: that place's scenery
    # 被南京大学录取 / 考入四川师范大学: a university named after its city, not the place itself
    # 在重庆市团校正式开班 / 浦东干部学院: a school named after its city (a training class held there), not the place itself
    r"|^[\u4e00-\u9fff]{0,4}?(?:大学(?!生)|学院|团校|党校)"
    # 在复旦大学邯郸校区聆听讲座 in 汉中市's study notes: a campus, named after its road or the city it stands in — where
    # the class studied, not the place the writer speaks for
    r"|^校区"
    # 观看了关于兰考县委班子专题民主生活会的专题节目: the place a programme that was watched is about
    r"|^[^，。；！？,;]{0,30}?的(?:专题|新闻|电视)?(?:节目|专题片|纪录片|警示教育片|警示片|宣传片)(?=[，。；！？,;]|$)"
)


# The spirits the whole country is taught (延安精神, 井冈山精神, 张家港精神 …); 泰州精神 is a city's own slogan.
NATIONAL_SPIRITS = frozenset({"延安", "井冈山", "大庆", "遵义", "古田", "张家港", "西柏坡", "沂蒙", "塞罕坝", "兰考",
                              "红旗渠", "南泥湾", "照金", "大别山", "太行", "北大荒", "小岗", "瑞金", "韶山", "深圳"})
_OWN_SPIRIT = re.compile(r"^精神")


def _places_in(gz: Any, line: str) -> list[tuple[int, int, list[Any]]]:
    """Place names in a line, grouped by span (西南京路, 北京东路: a street, not the city); X精神 counts (the gazetteer leaves it out) unless the whole
    country is taught it (延安精神); so does a county's bare short name in a slogan we build (建设美丽宜兴)."""
    kept = _kept_for(gz).get(line)
    if kept is None:
        kept = _places_in_line(gz, line)
        if len(line) <= _LINE_KEPT_CHARS:
            _keep(_PLACES_KEPT, line, kept)
    return list(kept)


# _places_in and _bare_stakes by line (perf38, #18): five rules ask _places_in of every line of a speech, and a line
# checked again (another rule, or the same paragraph in the next check) is not read again. What they find depends on the line and the gazetteer
# alone (its place names, jieba's words, the shipped word lists: all read once per process), so both are kept per
# gazetteer object: another gazetteer (one built anew) starts them afresh.
_PLACES_KEPT: dict[str, list[tuple[int, int, list[Any]]]] = {}
_STAKES_KEPT: dict[tuple[str, tuple[int, ...], bool], list[tuple[int, int, list[Any]]]] = {}
_KEPT_FOR: list[Any] = []
_KEPT_MAX = 8192
_LINE_KEPT_CHARS = 2000  # a longer line (a copy's page run together) is read, not kept


def _kept_for(gz: Any) -> dict[str, list[tuple[int, int, list[Any]]]]:
    if not _KEPT_FOR or _KEPT_FOR[0] is not gz:
        _PLACES_KEPT.clear()
        _STAKES_KEPT.clear()
        _KEPT_FOR[:] = [gz]
    return _PLACES_KEPT


def _keep(kept: dict[Any, Any], key: Any, value: Any) -> None:
    if len(kept) >= _KEPT_MAX:
        kept.clear()
    kept[key] = value


def _places_in_line(gz: Any, line: str) -> list[tuple[int, int, list[Any]]]:
    found = _group_spans(gz.find_places(line.replace("精神", "\u3000\u3000")))
    found = [(s, e, ps) for s, e, ps in found
             if not (_OWN_SPIRIT.match(line[e:]) and line[s:e] in NATIONAL_SPIRITS) and not is_street(line, e)
             and not _acting_head(line, s, e) and not (line[s:e] in _REGION_CITIES and _REGION_WORD.match(line, e))
             and not _person_named(line, s, e)]
    ends = {e for _, e, _ in found}
    found = [(s, e, ps) for s, e, ps in found if not _conjunction(line, s, e, ends)]
    taken = {i for s, e, _ in found for i in range(s, e)}
    found += [hit for hit in _slogan_shorts(gz, line) if taken.isdisjoint(range(hit[0], hit[1]))]
    taken = {i for s, e, _ in found for i in range(s, e)}
    return found + [hit for hit in _call_shorts(gz, line) if taken.isdisjoint(range(hit[0], hit[1]))]


# 为建设更加美好的沙河而努力奋斗 / 为谱写沙河高质量发展新篇章而奋斗 / 为加快建设现代化新沙河作出新的更大贡献: the call a
# closing makes names the place the speech builds by its bare short name (#13, plant32: a sibling's left in a copy).
_CALL_NAME = re.compile(
    r"(?:建设|打造|建成)(?:一个)?(?:更加|更)?美好的?(?P<a>[\u4e00-\u9fff]{2})(?=而|作出|贡献|[，,。！!；;”])"
    r"|谱写(?P<b>[\u4e00-\u9fff]{2})(?:[\u4e00-\u9fff]{0,8}?)新篇章"
    r"|现代化新(?P<c>[\u4e00-\u9fff]{2})(?=而|作出|贡献|[，,。！!；;”])"
)


def _in_call(line: str, start: int, end: int) -> bool:
    if "美好" not in line and "新篇章" not in line and "现代化新" not in line:
        return False
    return any(m.start(g) == start and m.end(g) == end for m in _CALL_NAME.finditer(line) for g in "abc" if m.group(g))


def _call_shorts(gz: Any, line: str) -> list[tuple[int, int, list[Any]]]:
    """(start, end, places) of a county-level place's bare short name in a closing's call (建设更加美好的沙河)."""
    if "美好" not in line and "新篇章" not in line and "现代化新" not in line:
        return []
    hits: list[tuple[int, int, list[Any]]] = []
    for m in _CALL_NAME.finditer(line):
        group = next(g for g in ("a", "b", "c") if m.group(g))
        name = m.group(group)
        places = [p for p in gz.lookup(name) if p.short == name and p.level in ("县", "区", "市")]
        if places and not is_word_place(name):
            hits.append((m.start(group), m.end(group), places))
    return hits


# 淮北粮仓, 淮北平原, 淮南地区: the land north (south) of the 淮河, named after the river, not the city of 淮北 or 淮南.
_REGION_CITIES = frozenset({"淮北", "淮南"})
_REGION_WORD = re.compile(r"粮仓|平原|地区|大地|一带|片区")


# 市审计局局长 俞金华 / 报告人：王南京 / 县委书记 李沙河同志 / 副主席唐建国、俞金华: a person's name (a surname, then two
# characters that happen to be a place's short name) right after the post or the label that introduces the speaker or
# writer, or after the names listed under it. A news item on a meeting lists them after 县领导 (县领导杨松、方延安) and
# closes the list with 等 (组织部长许长春等领导出席; fp47).
_NAME_LABEL = re.compile(
    r"(?:书记|[省市县区镇乡]长|局长|处长|科长|主任|主席|委员|部长|厅长|院长|校长|所长|组长|经理|董事长|审计长|记者|通讯员"
    r"|作者|报告人|发言人|讲话人|撰稿人?|署名|领导)(?:[:：]|\s)*"
    r"(?:[\u4e00-\u9fff]{2,3}(?:同志)?、)*$"  # 副主席唐建国、俞金华、宋平: the names after one post
)
_NAME_END = re.compile(r"\s|$|同志|等|[，,。、；;（(）)]")


def _person_named(line: str, start: int, end: int) -> bool:
    """金华 in 局长 俞金华: a two-character short name that ends a person's name, a surname before it and the post or
    label before that (a full name, 金华市, is no one's)."""
    if end - start != 2 or start < 1 or not _NAME_END.match(line, end) or not _NAME_LABEL.search(line, 0, start - 1):
        return False
    # (书记在金华，: 在 is no surname; the list is imported only for this shape)
    from drafter.ingest.entities import SURNAME_CHARS

    return line[start - 1] in SURNAME_CHARS


def _acting_head(line: str, start: int, end: int) -> bool:
    """代县长 / 代市长 (an acting county or city head): 代县 (a county in 山西) only by accident of the letters. So is
    吴县长 (a head called by the surname, 吴县 a former county) when no place word follows 长 (长江, 长沙 …; fp47)."""
    if end - start != 2 or line[end : end + 1] != "长":
        return False
    if line[start] in "代副原前":
        return True
    from drafter.ingest.entities import SURNAME_CHARS

    return line[start] in SURNAME_CHARS and line[end - 1] in "县市区" and line[end + 1 : end + 2] not in _LONG_PLACES


_LONG_PLACES = frozenset("江沙春城治兴安寿宁白汀垣丰岭葛海阳")  # (长江, 长沙, 长春 … open with 长)


# 为建设幸福浏阳 / 打造美丽宜兴 / 打响山水桐庐品牌: a county-level place's bare short name after a brand word, in a
# slogan (drafter.check.context.slogan_shorts). Short names that are everyday words after a brand word (生态振兴,
# 智慧港口, 幸福长寿, 魅力古城) are never read as a place: drafter.placewords, one table for check and ingest.


# …领导和县人大的监督 / 县委和县政府: 和 joins the county's own bodies.
_COUNTY_BODY_AFTER = re.compile(r"委|人大|(?:人民)?政府|政协|直|级|里|乡镇|领导")


def _conjunction(line: str, start: int, end: int, ends: set[int]) -> bool:
    """省、市和县两级 / 市和县的 / 领导和县人大的监督: 和 joins two levels or bodies, no 和县 (马鞍山市和县 names it
    after a place)."""
    if line[start:end] != "和县" or start in ends:
        return False
    return (start > 0 and line[start - 1] in "省市区州") or bool(_COUNTY_BODY_AFTER.match(line, end))


def _slogan_shorts(gz: Any, line: str) -> list[tuple[int, int, list[Any]]]:
    return slogan_shorts(gz, line) if _SLOGAN_HINT.search(line) else []


# 共同建设幸福宁海, 奋力打造美丽安吉: a slogan the speech sets out to build is its own, whatever word precedes it
# (共同 is no partner's 同).
_BUILT_BEFORE = re.compile(
    rf"(?:建设|打造|争创|创建|共建|建成|推进|迈向|谱写|再造|奋力|加快)(?:更高水平的|新时代|更加)?(?:{SLOGAN_WORDS})$"
    rf"|构建(?:[\u4e00-\u9fff]{{2}}、){{1,4}}(?:{SLOGAN_WORDS})$"  # 构建繁荣、文明、和谐江宁: the slogan's words listed
)


_PEOPLE_COUNTED = re.compile(r"[\d.]+万$")


def _mentioned_elsewhere(line: str, start: int, end: int) -> bool:
    if _OWN_SPIRIT.match(line[end:]) or _BUILT_BEFORE.search(line[max(0, start - 16) : start]):
        return False  # 弘扬泰州精神, 建设幸福宁海: the place's own slogan, said as ours
    if line.startswith("人民", end) and _PEOPLE_COUNTED.search(line[max(0, start - 8) : start]):
        return False  # 代表江阴市委、市政府和160万江阴人民: the people the speaker speaks for, named with their number
    if named_to_learn_from(line, end):
        return True  # 杭州…改革的做法，…都值得我们好好学一学 (census33)
    if _spared_as_own(line, start, end):
        return False  # …取得了明显成效，在X未发生较大事故: the accident that did not happen tells of no place elsewhere
    if _CAME_TO_WORK.match(line, end) and _CAME_TO.search(line, max(0, start - 3), start):
        return False  # 自我到旺苍县工作以来: where the speaker came to work is the own place, no trip (place52)
    if _ELSEWHERE_BEFORE.search(line[max(0, start - 8) : start]) or _ELSEWHERE_AFTER.match(line[end:]):
        return True
    # 来自咱们徐州、宿迁的农村 (#13, batch 52 p12): a later member of a list of places shares the reading its first
    # member's word gives (来自, 赴, 学习 … before the list)
    cut = start - 1
    for _ in range(3):  # (A、B、C: back over at most three earlier members)
        if cut < 2 or line[cut] not in "、和及与":
            return False
        for size in range(2, 6):  # the earlier member: a short name (徐州) to a full one (宿迁市)
            first = cut - size
            if first < 0 or not _HAN_RUN.fullmatch(line, first, cut):
                break
            if _ELSEWHERE_BEFORE.search(line[max(0, first - 8) : first]):
                return True
        cut = next((k for k in range(cut - 1, max(-1, cut - 7), -1) if line[k] in "、和及与"), -1)
    return False


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
# 自我到X县工作以来, 来到X县任职两年来 (#13, place52): the place the speaker came to work in and works in still — the
# own one, no visit (a copied speech left another's name there); 到X考察 stays a trip.
_CAME_TO = re.compile(r"(?:到|来到|调到|调入)$")
_CAME_TO_WORK = re.compile(
    r"[^，。；！？,;!?]{0,4}?(?:工作|任职|履职|上任|主政)(?:以来|[一二三四五六七八九十两几多\d]+年多?来|后|之后|期间|这段时间)"
)


# 县长马永良（现任平阳县委书记）作了批示 in 新昌县's report: the post a person named holds (or held, or went to) in
# another place — where he works, not the place the report speaks for.
_POST_BEFORE = re.compile(r"(?:现任|曾任|原任|后任|调任|升任|转任|时任|历任|先后任|现为|调往|调至|调入)$")
_POST_AFTER = re.compile(r"(?:委|人民政府|政府|人大常委会|人大|政协)?[\u4e00-\u9fff]{0,6}?(?:书记|长|主任|主席|委员|干部)")


def _post_held(line: str, start: int, end: int) -> bool:
    return bool(_POST_BEFORE.search(line[max(0, start - 3) : start]) and _POST_AFTER.match(line, end))


def _group_spans(found: list[tuple[Any, int, int]]) -> list[tuple[int, int, list[Any]]]:
    groups: dict[tuple[int, int], list[Any]] = {}
    for place, start, end in found:
        groups.setdefault((start, end), []).append(place)
    return [(s, e, ps) for (s, e), ps in groups.items()]


# 刚才，凤翔、眉县、富平、陈仓分别作了交流发言 in 宝鸡市's speech (#13, batch 50 p05): a list of the own place's
# subordinates by their bare short names (the gazetteer takes such a name only after a boundary it trusts), one of
# them a county of another city — a name left from another city's speech. Only a name bounded by the list's own
# separators on both sides is read, in a list that names at least two of the own subordinates.
_LIST_RUN = re.compile(r"(?:[\u4e00-\u9fffxX×*＊]{1,12}、){2,}[\u4e00-\u9fffxX×*＊]{1,12}")


def _stranger_in_own_list(gz: Any, lines: Sequence[str], span: range, ctx: SpeechContext) -> list[Finding]:
    own = {p.current_code for p in ctx.places}
    subordinates: dict[str, Any] = {}
    for place in ctx.places:
        for child in gz.children(place):
            for name in {child.name, child.short}:
                if len(name) >= 2:
                    subordinates[name] = child
    if not subordinates:
        return []
    tiers = {c.level for c in subordinates.values()}
    allowed = own | {a.code for p in ctx.places for a in gz.ancestors(p)}
    findings = []
    for lineno, line in lines_in(lines, span):
        if "、" not in line:
            continue
        for run in _LIST_RUN.finditer(line):
            items = run.group(0).split("、")
            # (the first item runs on from the words before it, the last into the words after: only their edges count)
            named = sum(item in subordinates for item in items[1:-1])
            named += any(items[0].endswith(n) for n in subordinates) + any(items[-1].startswith(n) for n in subordinates)
            if named < 2:
                continue
            col, strangers = run.start() + len(items[0]) + 1, []
            for item in items[1:-1]:
                at, col = col, col + len(item) + 1
                if item in subordinates or len(item) < 2 or is_word_place(item):
                    continue
                places = [p for p in gz.lookup(item) if item in (p.short, p.name) and p.level in tiers]
                if places and not any(
                    p.current_code in allowed or any(a.code in own for a in gz.ancestors(p)) for p in places
                ):
                    strangers.append((item, places, at))
            # 学习昆山、江阴、张家港的经验 / 与凤翔、眉县、富平相比: places compared with or learnt from are named as
            # elsewhere, and a list of two strangers or more is a list of places, not of our own (a warning each)
            clause = re.split(r"[，。；！？,;!?]", line[: run.start()])[-1] + run.group(0)
            clause += re.split(r"[，。；！？,;!?]", line[run.end() :])[0]
            # (a province's list of its cities may well set a neighbour's city beside its own — 南京、杭州、苏州 — a warning)
            elsewhere = "考察、学习、比较等" if len(strangers) > 1 or _LIST_ELSEWHERE.search(clause) else ""
            elsewhere = elsewhere or ("省内外城市并列" if tiers & {"市", "州", "盟", "地区"} else "")
            for item, places, at in strangers:
                findings.append(_place_finding(item, places, ctx.place or "", gz, lineno, at + 1, elsewhere))
    return findings


_LIST_ELSEWHERE = re.compile(r"相比|对标|学习|借鉴|考察|参观|赶超|比肩|看齐|百强|先进地区|兄弟|周边|毗邻|相邻|接壤|交界|邻近|对口|协作")


def _place_finding(
    name: str, places: list[Any], own: str, gz: Any, lineno: int, col: int, elsewhere: str = "", sibling: Any = None
) -> Finding:
    place = places[0]
    chain = "".join(a.name for a in reversed(gz.ancestors(place)))
    where = f"（{chain}{place.name}）" if chain else ("" if name == place.name else f"（{place.name}）")
    if place.former_year is not None:
        from drafter.gazetteer import former_note

        where = f"（旧名，{former_note(place, gz.current(place))}）"  # 萧山市（旧名，2001年起为浙江省杭州市萧山区）
    if sibling is not None:
        return Finding("foreign-place", WARNING, f"提到与 {own} 同属{sibling.name}的“{name}”，看来是在说邻近的地方，请确认",
                       lineno, col, name, "如是从别处讲话稿带来的，删除或改为本地内容")  # fmt: skip
    if elsewhere:
        return Finding("foreign-place", WARNING, f"提到外地地名“{name}”{where}，看来是在说外地（{elsewhere}），请确认",
                       lineno, col, name, "如是从别处讲话稿带来的，删除或改为本地内容")  # fmt: skip
    return Finding("foreign-place", ERROR, f"出现外地地名“{name}”{where}，不是 {own} 或其上级", lineno, col, name,
                   f"删除或改为{own}的相应内容")  # fmt: skip


# 高庄镇顺利实现“零感染”“零死亡” in 沙沟镇's report: another town (the gazetteer holds none, so it is known by its
# shape) at the head of a clause, doing what the report tells of its own town: a sibling's name left in.
# The own town is the one given, the one the first line names (沙沟镇2021年政府工作报告), or the one whose
# offices speak (沙沟镇镇长, 沙沟镇党委).
_TOWN_NAME = re.compile(r"(?<![全各我本该两此每一某])(?P<name>[^\W\d_a-zA-Z乡镇了的和与及在是为各全我本该县市区省]{2})(?P<suf>镇|乡)(?![长党政委人级村干机])")
_BEFORE_NOUN = frozenset("让把使对在将向到为和与及从被给令推带抓升强管美")
# Common nouns that end in 镇 or 乡: a character before one of them is no town's name (让集镇, 把城镇, 使乡镇, 带动小镇).
# 集镇 is also the end of many towns' names (张集镇, 马集镇): only after a word that cannot begin one is it the noun.
_TOWN_NOUNS = frozenset({"城镇", "村镇", "乡镇", "古镇", "小镇", "名镇", "重镇", "强镇", "城乡", "家乡", "故乡", "水乡", "异乡", "他乡"})
_TOWN_DOES = re.compile(r"^(?:顺利|成功|圆满|率先|全面|已经|已|先后|连续|又|再次)?(?:实现|完成|荣获|获得|获评|被评为|入选|建成|创成|成为|跻身)")
_TOWN_CHARS = r"[^\W\d_a-zA-Z乡镇了的和与及在是为各全我本该县市区省]"
_TOWN_CHAR = re.compile(_TOWN_CHARS)
# 一年来， / 过去的一年， / 2023年， / 今年以来， opening a sentence: the year a report or a summing-up speech reviews
# (…工作回顾 一年来，…: a one-line page's space, where the line broke)
_REVIEW_OPEN = re.compile(
    r"(?:^|[。；！？!?;\s])\s*(?:一年来|过去的?一年(?:里|中)?|今年以来|去年以来|年初以来|\d{4}年(?:以来)?"
    r"|这一年|这些年|近年来|近几年来?|几年来|[二三四五]年来|过去的?[二三四五]年(?:里|中)?)[，,]\s*$"  # (这一年，许家湖镇众志成城…: selfcheck53)
)
_TOWN_EFFORT = re.compile(
    r"^(?:全力以赴|坚持|始终|紧紧围绕|紧扣|聚焦|大力|扎实|深入|积极|着力|统筹|攻坚克难|迎难而上|凝心聚力"
    r"|众志成城|团结一心|真抓实干|埋头苦干|锐意进取|砥砺奋进|奋力|克难攻坚|主动|牢牢|持续)"
)
_LEARNED_FROM = re.compile(r"值得|学习|借鉴|经验|做法|模式")
_FIRST_LINE_TOWN = re.compile(rf"^\s*(?P<town>{_TOWN_CHARS}{{2}}(?:镇|乡))(?=\d{{4}}年|政府|人民政府|党委|第)")
_SPEAKS_FOR_TOWN = re.compile(rf"我代表(?P<town>{_TOWN_CHARS}{{2}}(?:镇|乡))(?:人民政府|党委|政府)")
_TOWN_OFFICE = re.compile(rf"(?<![\u4e00-\u9fff])(?P<town>{_TOWN_CHARS}{{2}}(?:镇|乡))(?:镇长|乡长|党委书记|人民政府|党委)")


# 纳入镇党委, 摆到镇党委, 统一到镇党委, 离不开镇党委, 具有乡土特色 (selfcheck53, our own drafts' self-check): the two
# characters before 镇/乡 are a town's name only when they can be one. Not a verb of the language (纳入, 具有, 摆到, 不开:
# tagged a verb by jieba's dictionary; the towns whose names are everyday words are word-places and never asked about
# anyway), not a verb's complement (…到, …入), and not the end of a word that began before them (统一|到, 离不开): the
# 镇 or 乡 is then the town's own short word for its bodies or a noun's first character (乡土), no suffix of a name.
_COMPLEMENT_END = frozenset("到入进至往向给于")


def town_name_at(line: str, start: int) -> bool:
    """Whether the two characters at `start` (before 镇 or 乡) can be a town's name where they stand."""
    name = line[start : start + 2]
    if len(name) < 2 or name[1] in _COMPLEMENT_END:
        return False
    from drafter.check.lines import _COMMON, _dictionary, _is_word, _tagged

    if _tagged(name, "v*") or _tagged(name, "p") or _tagged(name, "d") or _tagged(name, "c"):
        return False
    words = _dictionary()
    if not words:
        return True
    # a word of the language that starts before the name and ends inside it (统一|到, 离不开)
    return not any(
        _is_word(words, line[a:b], _COMMON if b - a == 2 else 1)
        for a in range(max(0, start - 3), start)
        for b in (start + 1, start + 2)
        if 2 <= b - a <= 4 and all("\u4e00" <= c <= "\u9fff" for c in line[a:b])
    )


def _own_town(ctx: SpeechContext, lines: Sequence[str], part: str) -> str | None:
    if ctx.town:
        return ctx.town
    if ctx.place and ctx.place.endswith(("镇", "乡")):
        return ctx.place
    if (spoken := _SPEAKS_FOR_TOWN.search(part)) and town_name_at(part, spoken.start("town")):
        return spoken.group("town")  # 我代表木洞镇人民政府向大会作工作报告, whatever words a site's wrapper put round it
    if ctx.level not in ("乡", "镇"):
        return None
    first = next((ln for ln in lines if ln.strip()), "")
    if (m := _FIRST_LINE_TOWN.match(first)) and town_name_at(first, m.start("town")):
        return m.group("town")
    if (town := headline_town(part)) and town_name_at(town, 0):
        return town  # 红岩镇坚决打好人居环境整治战 over a town's news page (selfcheck53)
    m = next((m for m in _TOWN_OFFICE.finditer(part) if town_name_at(part, m.start("town"))), None)  # (，纳入镇党委: no town)
    return m.group("town") if m else None


def _another_town(name: str, town: str) -> bool:
    """Whether a town's name (西河镇) is another town than the own `town`: not it, not one of its short name, and its
    short name no common word (`is_word_place`)."""
    return name != town and name[:2] != town[:2] and not is_word_place(name[:2])


def check_sibling_towns(lines: Sequence[str], span: range, ctx: SpeechContext) -> list[Finding]:
    """Another town said doing the own town's work (实现, 荣获, 建成 …) in a town's speech or report."""
    part = "\n".join(lines[lineno - 1] for lineno in span if lineno <= len(lines))
    town = _own_town(ctx, lines, part)
    if town is None:
        return []
    findings = []
    for lineno, line in lines_in(lines, span):
        findings += _sibling_bodies(line, lineno, town)
        findings += _sibling_thanked_for(line, lineno, town)
        for m in _TOWN_NAME.finditer(line):
            name, start, end = m.group(0), m.start(), m.end()
            if start and _TOWN_CHAR.match(line[start - 1]) and not _CLAUSE_OPEN.search(line[max(0, start - 6) : start]) \
                    and _CLAUSE_OPEN.search(line[max(0, start - 7) : start - 1]):
                start, name = start - 1, line[start - 1 : end]  # 许家湖镇, 大栗港镇: a name of three at the clause's head
            if not _another_town(name, town) or not town_name_at(line, start):
                continue
            if name[-2:] in _TOWN_NOUNS or name[-2:] == "集镇" and name[-3] in _BEFORE_NOUN:
                continue  # 让集镇成为干净有序的窗口: a verb before the common noun 集镇, no town named 让集镇 (lead28)
            does = _TOWN_DOES.match(line[end:])
            if not (does and _CLAUSE_OPEN.search(line[max(0, start - 6) : start])):
                # 一年来，丰盛镇全力以赴稳增长 in 木洞镇's report: the year under review, then another town at work in it
                does = _TOWN_EFFORT.match(line[end:]) if _REVIEW_OPEN.search(line[max(0, start - 10) : start]) else None
            if not does:
                continue
            clause = re.split(r"[，。；！？,;!?]", line[end + does.end() :])[0]
            if clause.startswith("的") or _LEARNED_FROM.search(clause):
                continue  # 石桥镇建成的示范片值得借鉴: the sibling's work, named to learn from
            if _ELSEWHERE_BEFORE.search(line[max(0, start - 8) : start]):
                continue
            what = "成绩" if _TOWN_DOES.match(line[end:]) else "工作"
            findings.append(Finding(
                "foreign-place", ERROR, f"本地是{town}，“{name}”却像在说本地的{what}（别处讲话稿留下的地名？）",
                lineno, start + 1, name, f"改为“{town}”或“全{town[-1]}”，或删除",
            ))  # fmt: skip
    return findings


# 马店镇党委、政府始终将政务公开作为… in 周集镇's report: another town's bodies opening a clause, doing the own town's
# work — a sibling's report copied. (与马店镇党委结对, 学习马店镇党委的做法: named as another's.)
_TOWN_BODIES = re.compile(
    rf"(?<![\u4e00-\u9fff])(?P<town>{_TOWN_CHARS}{{2}}(?:镇|乡))(?:党委(?:、|和)?(?:镇|乡)?(?:人民)?政府|党委|人民政府|政府)"
    r"(?=[^，。；！？,;!?]{0,4}?(?:始终|坚持|高度重视|把|将|按照|围绕|紧紧|认真|积极|扎实|全面|不断|结合|以|立足|着力|大力|深入))"
)


def _sibling_bodies(line: str, lineno: int, town: str) -> list[Finding]:
    findings = []
    for m in _TOWN_BODIES.finditer(line):
        name = m.group("town")
        if not _another_town(name, town) or not town_name_at(line, m.start("town")):
            continue
        if not _CLAUSE_OPEN.search(line[max(0, m.start() - 6) : m.start()]) or _ELSEWHERE_BEFORE.search(line[max(0, m.start() - 8) : m.start()]):
            continue
        findings.append(Finding(
            "foreign-place", ERROR, f"本地是{town}，“{m.group(0)}”却像在说本地的工作（别处的总结或讲话稿留下的地名？）",
            lineno, m.start() + 1, name, f"改为“{town}”或删除",
        ))  # fmt: skip
    return findings


# 感谢…对西河镇…群众的关爱 in 东村镇's speech (#13, batch 65's planted f08): the people whose care by
# a donor or a superior the own town's speaker thanks for are the own town's; another town there is a sibling's speech
# copied. (感谢西河镇对我们考察学习的支持 names the town as visited: no people's care follows it.)
_THANKED_CARE = re.compile(
    rf"对(?P<town>{_TOWN_CHARS}{{2}}(?:镇|乡))(?:[\u4e00-\u9fff]{{1,4}}村)?(?:的)?(?:广大)?"
    r"(?:人民群众|群众|百姓|老百姓|父老乡亲|乡亲们?|人民|村民|困难群众|留守儿童|孩子们?|学子)的?(?:无私)?(?:关爱|关心|关怀|支持|帮助|厚爱|帮扶|资助)"
)


def _sibling_thanked_for(line: str, lineno: int, town: str) -> list[Finding]:
    findings = []
    for m in _THANKED_CARE.finditer(line):
        name = m.group("town")
        if not _another_town(name, town):
            continue
        sentence = re.split(r"[。！？!?；;]", line[: m.start()])[-1] + re.split(r"[。！？!?；;]", line[m.end() :])[0]
        if not re.search(r"感谢|谢意|敬意|致谢", sentence):
            continue
        findings.append(Finding(
            "foreign-place", ERROR, f"本地是{town}，感谢的却是对“{name}”群众的关爱（别处讲话稿留下的地名？）",
            lineno, m.start("town") + 1, name, f"改为“{town}”或删除",
        ))  # fmt: skip
    return findings


# 在东岭林区…动员大会上的讲话 over 今天召开西岭林区…动员大会 (#13, batch 65's planted f04): the
# title names this very meeting with its place; the body holding the same meeting, word for word, under another name of
# the same kind (…林区, …县) is a speech for that other place, copied. Read by the names' shape, not the gazetteer (a
# forest district, a zone or a town it does not hold are named so as well).
_TITLED_MEETING = re.compile(r"在(?P<meeting>[^，。；！？,;!?\s]{8,60}?(?:会议|大会|会|论坛|典礼|仪式))上的(?:讲话|致辞|发言|报告)")
_PLACE_SUFFIX = frozenset("省市县区州旗盟乡镇")
_NOT_A_NAME = re.compile(r"^(?:全|我|本|这|此|各|今|今年|明年|上|下|第)")


def check_titled_meeting(lines: Sequence[str], span: range) -> list[Finding]:
    """This very meeting named with one place in the title and another in the body (召开西岭林区…大会)."""
    heads = [(n, line) for n, line in lines_in(lines, span) if line.strip()][:3]
    titled = next((m for _, line in heads if (m := _TITLED_MEETING.search(line))), None)
    if titled is None:
        return []
    meeting = titled.group("meeting")
    cuts = [k for k in range(2, 7) if k < len(meeting) and meeting[k - 1] in _PLACE_SUFFIX and len(meeting) - k >= 6]
    findings: list[Finding] = []
    for k in cuts:
        own, rest = meeting[:k], meeting[k:]
        if _NOT_A_NAME.match(own):
            continue
        held = re.compile(rf"(?:召开|举行|举办)(?:这次|本次|今天的)?(?P<name>[\u4e00-\u9fff]{{{k}}}){re.escape(rest)}")
        for lineno, line in lines_in(lines, span):
            for m in held.finditer(line):
                name = m.group("name")
                if name == own or name[-1] != own[-1] or _NOT_A_NAME.match(name):
                    continue
                findings.append(Finding(
                    "foreign-place", ERROR, f"标题说的是{own}的这次会议，正文召开的却是“{name}”的同名会议（别处讲话稿留下的地名？）",
                    lineno, m.start("name") + 1, name, f"改为“{own}”",
                ))  # fmt: skip
        if findings:
            break
    return findings


def former_name_findings(text: str, place: str) -> list[Finding]:
    """A former name of `place` itself in a draft (奉化市 in a draft for 奉化区): the draft must use today's name."""
    from drafter.gazetteer import former_note, load_gazetteer

    gz = load_gazetteer()
    mine = [p for p in gz.lookup(place) if p.former_year is None]
    formers = {f.name: f for p in mine for f in gz.former_names(p)}
    if not formers:
        return []
    findings = []
    for lineno, line in enumerate(text.split("\n"), 1):
        for found, start, _end in gz.find_places(line):
            if found.name in formers and line.startswith(found.name, start):
                findings.append(Finding("foreign-place", ERROR, f"用了本地的旧名“{found.name}”（{former_note(found, gz.current(found))}）",
                                        lineno, start + 1, found.name, f"改为现名“{gz.current(found).name}”"))  # fmt: skip
    return findings


# plant33 (#13): a sibling's short name where the speaker weighs, shows or loves the own place — 把高阳放到全省、全市的
# 大坐标中看 (the place set against its superiors' scope), 展示滨江山水 / 推介桐庐形象 (the place a speaker shows off to
# guests), 对广宗充满深情 (the place the speaker's people love). Said of a neighbour none of these reads.
_WEIGHED = re.compile(r"放(?:到|在)(?:全[省市国]|[^，。；！？]{0,8}?(?:大局|坐标|格局|棋盘))")
_SHOWN_BEFORE = re.compile(r"(?:展示|展现|宣传|推介|彰显)$")
_SHOWN_AFTER = re.compile(r"(?:山水|风采|魅力|风貌|新貌|好山好水)")
_LOVED_AFTER = re.compile(r"(?:充满|饱含|怀有)(?:深情|感情|热爱)")


def _weighed_as_own(line: str, start: int, end: int) -> bool:
    before = line[max(0, start - 2) : start]
    if before.endswith("把") and _WEIGHED.match(line, end):
        return True
    if _SHOWN_BEFORE.search(before) and _SHOWN_AFTER.match(line, end):
        return True
    return before.endswith("对") and bool(_LOVED_AFTER.match(line, end))
