"""Readings a careful clerk makes that the census of our own speeches showed missing (checkcensus33, issue #13).

Each function is one class of the census (tests/fixtures/check/census33-*, bench/check_census.py): the shapes of
correct speeches a rule misread, and the copy-paste slips it let through.
"""

from __future__ import annotations

from collections import Counter

from drafter.check import lazyre as re

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time (#18)
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

    from drafter.check.context import SpeechContext
    from drafter.findings import Finding

# The levels right below each: a speaker below the meeting's level speaks of one of them.
_BELOW = {"省": "市州", "市": "县区", "县": "乡镇", "区": "乡镇街"}

# 在全县…推进会上的表态发言 / 在全县…述职评议会上的述职报告 / 交流发言 / 典型发言: a speaker who answers at a
# superior's meeting (a 讲话, 致辞 or 主持词 speaks for the meeting's level).
_ANSWERING_TITLE = re.compile(
    r"(?:表态|交流|典型|汇报|经验)?发言(?:稿|材料)?$|述职(?:述廉)?报告$|述职$|汇报$"
)
_OWN_LOWER = re.compile(r"我(?P<lv>镇|乡|县|区|市|街道)(?![长委])")
_TOWN_NAMED = re.compile(
    r"(?P<town>[^\W\d_a-zA-Z乡镇了的和与及在是为各全我本该县市区省]{2}[镇乡])(?:党委|人民政府|政府|镇长|乡长)"
)


def answering_below(ctx: SpeechContext, title: str, text: str) -> None:
    """A town's party secretary pledging at a county meeting (在全县…会上的表态发言: 我镇将…，确保我镇走在全县前列):
    the title's 全县 is the meeting's, the speaker's own level is the one the text says 我镇 of, twice or more, while
    it never says 我县. The county stays the place (a town the gazetteer does not hold is checked within it)."""
    if not ctx.level or not ctx.reasons.get("level", "").startswith("标题中的“全"):
        return
    if not _ANSWERING_TITLE.search(title.strip()):
        return
    below = _BELOW.get(ctx.level, "")
    said = [m.group("lv") for m in _OWN_LOWER.finditer(text)]
    lower = Counter(
        lv for lv in said if lv in below or (lv == "街道" and "街" in below)
    ).most_common()
    if (
        not lower
        or lower[0][1] < 2
        or said.count(ctx.level)
        or (len(lower) > 1 and lower[1][1] * 2 >= lower[0][1])
    ):
        return  # (one 我乡 among three 我镇 is a slip the level-mix rule reports)
    meeting, own = ctx.level, lower[0][0]
    ctx.level = own
    ctx.reasons["level"] = (
        f"发言人的“我{own}”×{lower[0][1]}（标题中的“全{meeting}”是召开会议的上级）"
    )
    if (
        ctx.places
        and all(p.level == meeting for p in ctx.places)
        and (town := _TOWN_NAMED.search(text))
    ):
        ctx.town = town.group("town")


# 干部干部，干字当头 / 老师老师，就是要为人师表: a word said twice as its own clause, then taken up by the next one (its
# character 字, or 就是… with one of its characters) — a saying, not a slip.
_CLAUSE_START = re.compile(r"(?:^|[。！？；：:“‘\s])\s*$")
_TAKEN_UP = re.compile(r"^(?:就是|就要|关键在|重在|贵在|首先)")


def doubled_as_saying(line: str, start: int, end: int, word: str) -> bool:
    """The doubled `word` at line[start:end] (干部干部) stands alone before a comma and the next clause takes it up."""
    if line[end : end + 1] not in "，," or not _CLAUSE_START.search(
        line[max(0, start - 2) : start]
    ):
        return False
    clause = re.split(r"[，。；！？,;!?]", line[end + 1 :])[0]
    if any(f"{c}字" in clause for c in word):
        return True
    return bool(_TAKEN_UP.match(clause)) and any(c in clause for c in word)


# 1.深化理论武装。2.加强基层党组织建设。3.… then 二、 and 4.推进…: a 工作要点 numbers its items on through the parts.
_RUN_IN_ITEM = re.compile(r"(?:^|(?<=[。；;！？\s]))\s*(?P<n>\d{1,2})[.．、](?!\d)")


def continued_items(unit: Sequence[Any], heads: Sequence[Any]) -> set[int]:
    """The 1. headings (blocks' indexes) of a text that numbers its 1. items on from part to part (一、 1.–3., 二、 4.–6.,
    三、 7.–8.): three parts or more, every one carrying on where the one before stopped, 1 to the last with no gap, is
    the document's style, not a restart missed; each part's first item is then in order."""
    parents = [h.index for h in heads if h.level < 3]
    if len(parents) < 3:
        return set()
    bounds = [*parents, len(unit)]
    parts: list[list[int]] = []
    firsts: list[int] = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        numbers = [
            int(m.group("n")) for b in unit[start + 1 : end] for m in _RUN_IN_ITEM.finditer(b.text)
        ]
        if numbers:
            parts.append(numbers)
            first = next((h.index for h in heads if h.level == 3 and start < h.index < end), None)
            firsts.append(-1 if first is None else first)
    flat = [n for part in parts for n in part]
    if len(parts) < 3 or flat != list(range(1, len(flat) + 1)):
        return set()
    return {index for index in firsts[1:] if index >= 0}


# 杭州“最多跑一次”改革的做法，深圳对企业……的理念，都值得我们好好学一学: a place held up as the holder of a practice
# (its clause names its 做法, 经验, 理念) or one the sentence says is worth learning from — somewhere else, not ours.
_PRACTICE_OF = re.compile(r"的(?:好)?(?:做法|经验|理念|模式|举措|打法|路子)")
_WORTH_LEARNING = re.compile(
    r"值得[^。；！？]{0,8}?(?:学习|借鉴|学一学|学)|(?:学习|借鉴)[^。；！？]{0,4}?(?:经验|做法)"
)


def named_to_learn_from(line: str, end: int) -> bool:
    """The place ending at `end` opens a clause that names its practice, in a sentence saying it is worth learning."""
    sentence = re.split(r"[。；！？!?;]", line[end:])[0]
    clause = re.split(r"[，,]", line[end:])[0]
    return bool(_PRACTICE_OF.search(clause[:40]) and _WORTH_LEARNING.search(sentence))


# 全市 in a 县 speech is the superior's scope (走在全市前列, 全市经济工作会议精神) — but not where only the speaker's own
# scope can stand: whom the own body leads (县妇联…团结引领全市广大妇女), whom the speaker greets for the own committee
# (我代表县委、县政府，向…祝贺！向奋战在全市教育战线的…致以问候), who came to this very meeting (参加今天座谈会的，有来自全市
# 各条战线的青年代表), and the cadres the speaker tells what to do (全市领导干部要带头…, 希望全市政法战线奋发有为).
_SENTENCE_END = re.compile(r"[。！？；!?;]")
_OWN_BODY = (
    r"(?:委|政府|团委|妇联|总工会|工会|科协|残联|文联|侨联|人大常委会|政协|[\u4e00-\u9fff]{1,6}?局)"
)
_LEADS = re.compile(r"(?:团结|带领|引领|动员|组织)(?:广大)?$")
_THIS_MEETING_CAME = re.compile(
    r"(?:参加|出席)(?:今天|这次|本次)[^。；！？]{0,12}?的[，,]?[^。；！？]{0,6}?来自$"
)
_TOLD = re.compile(
    r"^[^，。；！？,]{0,8}?(?:干部|战线|党员|同志)[^，。；！？,]{0,4}?(?:要|务必|必须|奋发|积极)"
    # 全市要严格落实“四个不摘”要求 opening a sentence: the speaker's own order, with the force of one
    r"|^(?:要|务必|必须)(?:严格|坚决|切实|认真|扎实|大力|进一步)"
)
_RELAYS = re.compile(r"委|政府|里|要求|强调|指出|号召|提出|部署|上级|中央|省里")


def own_scope_as_superior(line: str, start: int, lv: str, level: str) -> bool:
    """The 全`lv` at line[start] of a `level` speech (`lv` a superior's level) stands where only the own scope can."""
    head = line[:start]
    begin = max((m.end() for m in _SENTENCE_END.finditer(head)), default=0)
    sentence = head[begin:].lstrip()
    clause = re.split(r"[，,：:]", sentence)[-1]
    if _LEADS.search(sentence) and re.match(
        rf"^(?:[^，。；！？]{{0,8}}[，,])?(?:{level}){_OWN_BODY}", sentence
    ):
        return not re.search(rf"{lv}{_OWN_BODY}", clause)  # 县妇联……团结引领全市广大妇女
    if sentence.startswith("向") and re.search(r"致以|表示|致敬", line[start : start + 40]):
        before = head[max(0, begin - 160) : begin]
        if re.search(
            rf"我(?:谨)?代表(?:中共)?(?:[\u4e00-\u9fff]{{0,4}}?){level}(?:党)?委", before
        ) and not re.search(rf"我(?:谨)?代表(?:中共)?{lv}", before):
            return True  # 我代表县委、县政府，向…祝贺！向奋战在全市教育战线的…致以问候
    if _THIS_MEETING_CAME.search(sentence):
        return True  # 参加今天座谈会的，有来自全市各条战线的青年代表
    # 全市领导干部要带头跑项目 / 希望全市政法战线奋发有为
    told = clause in ("", "希望", "我们希望", "希望大家") and _TOLD.match(line[start + 2 :])
    return bool(told) and not _RELAYS.search(sentence)


# 县妇联2026年上半年工作总结 / 市总工会关于…的报告 / 共青团××县委…: a people's organisation of one level reports, named
# with the bare level as a department is (县农业农村局2025年工作总结).
_GROUP_TITLE = re.compile(
    r"^(?:\d{4}\s*年度?)?(?P<lv>[省市县区])(?:妇联|团委|总工会|科协|残联|文联|侨联|工商联|红十字会|关工委)"
    r"(?:党组|机关)?(?:关于)?(?:\d{4}\s*年度?)?[\u4e00-\u9fff]{0,12}?(?:总结|报告|计划|要点|汇报|述职)"
)


# 县住建局年终工作推进会议讲话 / 市教育局2026年工作会议上的讲话 / 区卫健委党组书记在全区卫生健康工作会议上的讲话
# (#13, batch 54 p11): a department of one level, named with the bare level, whose own meeting or report the title names
# — its 全县 and 县委 are its level's. (A title that names another level's scope or bodies is left to the other rules.)
_DEPT_TITLE = re.compile(
    r"^(?:\d{4}\s*年度?)?(?P<lv>[市县区])(?!委|政府|人民|人大|政协|直|级|长)"
    r"(?P<dept>[\u4e00-\u9fff]{1,8}?(?:局|委|办公室|办))(?:党组|党委|机关)?"
    r"[\u4e00-\u9fff\d]{0,24}?(?:会议|大会)(?:上)?的?(?:讲话|致辞|主持词|报告|发言)"
)


# 长冈乡2026年经济工作会议主持词 / 潋江镇2025年工作总结: a town's own meeting or report, titled with its name first.
_TOWN_TITLE = re.compile(
    r"^(?!小城|特色|重点|中心|建制|美丽|城乡|村镇)(?P<town>[^\W\d_a-zA-Z乡镇了的和与及在是为各全我本该县市区省]{2}(?P<lv>乡|镇))"
    r"(?:党委|人民政府|政府)?"
    r"(?=\d{4}\s*年|[\u4e00-\u9fff]{0,12}?(?:会议|大会|总结|报告|主持词|讲话|计划|要点))"
)


def group_title_level(ctx: SpeechContext, title: str) -> None:
    """The level of a 群团's report, or of a town's own meeting or report, from its title, when nothing else said it."""
    title = title.strip()
    if ctx.level:
        return
    # (a page run into one line: the title's words before the speech's own)
    m = _DEPT_TITLE.match(title)
    if m and not re.search(rf"全(?!{m.group('lv')})[省市县区乡镇]|(?!{m.group('lv')})[省市县区乡镇](?:委|政府)", m.group(0)):
        ctx.level = m.group("lv")
        ctx.reasons["level"] = f"标题中的“{m.group('lv')}{m.group('dept')}”"
        return
    if len(title) > 40 or re.search(r"[。！？，,；]", title):
        return
    if m := _GROUP_TITLE.match(title):
        ctx.level = m.group("lv")
        ctx.reasons["level"] = f"标题中的“{m.group(0)}”"
    elif (m := _TOWN_TITLE.match(title)) and not ctx.places:
        ctx.level, ctx.town = m.group("lv"), m.group("town")
        ctx.reasons["level"] = f"标题中的“{m.group('town')}”"


# 体现海曙特色 / 依托于都红色资源 / 推动海曙教育再上新台阶 in 鄞州区's or 瑞金市's speech: a neighbour's bare short name in
# a frame that only the own place fills — its own character, the resources it builds on, the step it is pushed up.
_OWN_FRAMES = (
    (re.compile(r"(?:体现|彰显|突出|形成|打造|具有|富有)$"), re.compile(r"^的?特色(?!小镇)")),
    (
        re.compile(r"(?:依托|立足|发挥|用好|挖掘)$"),
        re.compile(r"^的?[^，。；！？,;]{0,6}?(?:资源|优势)"),
    ),
    (
        re.compile(r"(?:推动|推进|促进|助推|带动|确保)$"),
        re.compile(r"^[^，。；！？,;]{0,6}?再上新台阶"),
    ),
    # 为全市发展大局作出海曙贡献 / 贡献海曙力量: what the own place gives its superior
    # (作出分宜新贡献, 作出海曙更大贡献, 贡献鄞州新力量: with the word that says how much — #13, batch 54 p26)
    (
        re.compile(r"(?:作出|做出|贡献|彰显|展现)$"),
        re.compile(r"^(?:新的?|更大的?|更多的?|应有的?|积极的?|独特的?|重要的?)?(?:贡献|力量|智慧|担当|作为)"),
    ),
)


def in_own_frame(line: str, start: int, end: int) -> bool:
    """The name at line[start:end] fills a frame of the speaker's own place (体现X特色, 依托X红色资源)."""
    before, after = line[max(0, start - 4) : start], line[end : end + 12]
    return any(b.search(before) and a.match(after) for b, a in _OWN_FRAMES)


# 我代表梅窖镇作表态发言 in 梅林镇's pledge: the speaker speaks for a town that is not the own one — a sibling's pledge
# copied, its name left in the opening.
_SPEAKS_FOR_TOWN = re.compile(
    r"我(?:谨)?代表(?P<town>[^\W\d_a-zA-Z乡镇了的和与及在是为各全我本该县市区省]{2}(?:镇|乡))(?!村)"
)


# 梅林镇人民政府 (then the date) signing 潋江镇's report: the sibling's signature left at the foot.
_SIGNED_BY_TOWN = re.compile(
    r"^\s*(?P<town>[^\W\d_a-zA-Z乡镇了的和与及在是为各全我本该县市区省]{2}(?:镇|乡))(?:人民政府|党委|政府)?\s*$"
)


def _town_under_its_county(lines: Sequence[str], span: range, ctx: SpeechContext) -> list[Finding]:
    """县委、镇政府 in a town's speech (place50): the county's committee, which leads the town directly, beside the town's
    own government — a town's speaker names the two bodies he works under and with, and his own committee is the
    镇党委, so the pair is less surely a copied slip than 市委、县政府 in a county's. Asked (请核对), in place of
    check_mixed_pairs' error at the same spot (the census's finding replaces it)."""
    from drafter.check.places import _BODY_PAIR, _MIXED_PAIR, _OFFICE_PAIR, _overlapping, lines_in
    from drafter.findings import Finding, Severity  # noqa: F811 (the run-time import of the type above)

    if ctx.level not in ("镇", "乡", "街道") or "不确定" in ctx.reasons.get("level", ""):
        return []
    findings = []
    for lineno, line in lines_in(lines, span):
        # (县人大、镇政府 and 县委办公室、镇政府办公室 alike: check_mixed_pairs' other pairs, at the same spot)
        pairs = [*_MIXED_PAIR.finditer(line), *_overlapping(_BODY_PAIR, line), *_OFFICE_PAIR.finditer(line)]
        starts = set()
        for m in pairs if "委" in line or "政府" in line else ():
            a, b = m.group("a"), m.group("b")
            if a in "县区市旗" and b in "镇乡" and m.group(0).count(" ") <= 1 and m.start() not in starts:
                starts.add(m.start())
                findings.append(Finding(
                    "level-mix", Severity.WARNING,
                    f"请核对：“{m.group(0)}”把{a}级和{b}级的机关并列；如是说{a}里和本{b}两级机关，不必改，"
                    f"如是同一级的机关，应同为一级",
                    lineno, m.start() + 1, m.group(0), f"如都指本{b}，都改为{b}级；如都指{a}，都改为{a}级",
                ))  # fmt: skip
    return findings


def check_census_slips(lines: Sequence[str], span: range, ctx: SpeechContext) -> list[Finding]:
    """The copy-paste slips of the census no other rule reads (see each pattern's comment)."""
    from drafter.check.places import _own_town, lines_in
    from drafter.findings import Finding, Severity  # noqa: F811 (the run-time import of the type above)

    # (a place read from the title may be the host's, the speaker a guest who speaks for his own: 在于都县…上的致辞)
    by_title = ctx.reasons.get("place", "").startswith("标题")
    findings = _speaks_for_peer(lines, span, ctx) if ctx.places and not by_title else []
    findings += _superior_body_told(lines, span, ctx)
    findings += _town_under_its_county(lines, span, ctx)
    part = "\n".join(lines[n - 1] for n in span if n <= len(lines))
    town = _own_town(ctx, lines, part)
    if not town or not ctx.level or ctx.level not in ("镇", "乡"):
        return findings
    for lineno, line in lines_in(lines, span):
        signed = _SIGNED_BY_TOWN.match(line)
        if signed and lineno > span.start + 2 and signed.group("town")[:2] != town[:2]:
            name = signed.group("town")
            findings.append(Finding(
                "foreign-place", Severity.ERROR, f"本地是{town}，落款却是“{name}”（别处的总结或报告留下的地名？）",
                lineno, 1, name, f"改为“{town}”",
            ))  # fmt: skip
        for m in _SPEAKS_FOR_TOWN.finditer(line):
            name = m.group("town")
            if name == town or name[:2] == town[:2]:
                continue
            findings.append(Finding(
                "foreign-place", Severity.ERROR, f"本地是{town}，讲话人却代表“{name}”发言（别处的讲话稿留下的地名？）",
                lineno, m.start("town") + 1, name, f"改为“{town}”",
            ))  # fmt: skip
    return findings


# 我区将做到三个“坚决”： 一是… 二是… 三是… then 我区有信心、有决心完成…任务！ and nothing more: the speech's call ends it
# right after the list, so the list is closed (a copy cut inside the list would not end on a call).
_CALL_END = re.compile(r"(?:[！!]|谢谢[大各][家位][！!。]?)\s*$")


def speech_ends_after(unit: Sequence[Any], last: int) -> bool:
    """One to three short paragraphs after the list's last item (`last`) end the speech on a call or a thanks."""
    after = [b for b in unit[last + 1 :] if b.kind == "paragraph" and b.text.strip()]
    return (
        0 < len(after) <= 3
        and all(len(b.text) <= 120 for b in after)
        and bool(_CALL_END.search(after[-1].text))
    )


# 我代表江北区作表态发言 in 海曙区's pledge at the city's meeting: the speaker speaks for a place that is neither the own
# one nor above or within it — a neighbour's pledge copied. (Said of a neighbour anywhere else it stays a warning.)
_SPEAKS_FOR = re.compile(r"我(?:谨)?代表(?:中\s?共)?(?=[\u4e00-\u9fff]{2})")


def _speaks_for_peer(lines: Sequence[str], span: range, ctx: SpeechContext) -> list[Finding]:
    from drafter.check.places import lines_in
    from drafter.findings import Finding, Severity  # noqa: F811
    from drafter.gazetteer import load_gazetteer

    gz = load_gazetteer()
    findings = []
    for lineno, line in lines_in(lines, span):
        for m in _SPEAKS_FOR.finditer(line):
            found = [f for f in gz.find_places(line[m.end() : m.end() + 12]) if f[1] == 0]
            if not found:
                continue
            named = [p for p, _s, _e in found]
            if any(
                p.code == o.code or gz.is_within(o, p) or gz.is_within(p, o)
                for p in named
                for o in ctx.places
            ):
                continue  # the own place, its superior (我代表市委), or a place within it
            name = line[m.end() : m.end() + found[0][2]]
            findings.append(Finding(
                "foreign-place", Severity.ERROR, f"本地是{ctx.place}，讲话人却代表“{name}”（别处的讲话稿留下的地名？）",
                lineno, m.end() + 1, name, f"改为“{ctx.place}”",
            ))  # fmt: skip
    return findings


# 今天，我带市直有关部门负责同志来宁都调研: a superior's leader who brings the superior's departments to the county
# speaks for the superior as well (市直有关部门要主动靠前服务 is his own word), as a 市委常委 at a 区 meeting does.
_VISITOR = re.compile(
    r"我(?:带|带领|陪同|和)(?P<lv>[省市县])直(?:有关|各)?(?:部门|单位)[^。；！？]{0,16}?(?:来|到|赴)"
)
_SUPERIOR_OF = {"市": "省", "县": "市", "区": "市", "乡": "县区", "镇": "县区", "街道": "区市县"}


def visitor_from_above(ctx: SpeechContext, text: str) -> None:
    """The superior whose departments the speaker brings on a visit is his own level too (`also_own`)."""
    if (
        not ctx.level
        or not (m := _VISITOR.search(text))
        or m.group("lv") not in _SUPERIOR_OF.get(ctx.level, "")
    ):
        return
    ctx.also_own = ctx.also_own | {m.group("lv")}
    ctx.reasons["level"] = (
        ctx.reasons.get("level", "")
        + f"；讲话人带{m.group('lv')}直部门来调研，是{m.group('lv')}级干部"
    )


# 县纪委监委要带头严守纪律 → 市纪委监委要带头… / 县总工会要当好职工的“娘家人” → 市总工会要… in a 县 speech: the speaker
# tells a body what to do, which only the own level's bodies take from him — a superior's body there is the own one
# miswritten. (市纪委要求…, 根据市总工会的部署…: the superior's word, relayed, is no order of the speaker's.)
_BODY_TOLD = re.compile(
    r"(?:^|(?<=[。；！？，,：:\s]))(?P<body>(?P<lv>[省市县区])(?:纪委监委|纪委|总工会|妇联|团委|科协|残联|文联|侨联|"
    # (县财政要按时拨付 → 市财政…: a department named bare, as a speech names its own, check46)
    r"委组织部|委宣传部|委统战部|委政法委|人大常委会|政协|财政|发改委|发展改革委|卫健委|住建委|教体委|网信办|[\u4e00-\u9fff]{2,6}?局))"
    # (市人大常委会将依法履职 / 市政协将继续…: the body's own pledge, said by its own head at the own congress)
    r"(?:要(?!求)|将(?=依法|继续|一如既往|认真|切实|进一步|坚持|始终))(?=[\u4e00-\u9fff])"
)
_RELAY_WORDS = re.compile(r"要求|强调|指出|部署|提出|号召|指示|按照|根据")


def _superior_body_told(lines: Sequence[str], span: range, ctx: SpeechContext) -> list[Finding]:
    from drafter.check.places import lines_in
    from drafter.findings import Finding, Severity  # noqa: F811

    level = ctx.level or ""
    above = _SUPERIOR_OF.get(level, "")
    if not above:
        return []
    findings = []
    for lineno, line in lines_in(lines, span):
        for m in _BODY_TOLD.finditer(line):
            lv = m.group("lv")
            peer = {lv, level} == {"县", "区"}  # (区住建局要… said as 县住建局要… in a district's speech: a peer's, check46)
            if (lv not in above and not peer) or lv in ctx.also_own:
                continue
            sentence = re.split(r"[。！？；]", line[: m.start()])[-1]
            if _RELAY_WORDS.search(sentence):
                continue
            body = m.group("body")
            own = level + body[1:]
            why = "县和区同级，不听对方的部署" if peer else "上级机关只听本级的部署"
            findings.append(Finding(
                "level-mix", Severity.ERROR, f"{ctx.level}级讲话中要求“{body}”做事（{why}：是不是“{own}”？）",
                lineno, m.start() + 1, body, f"改为“{own}”，或确认讲话的层级（--level）",
            ))  # fmt: skip
    return findings
