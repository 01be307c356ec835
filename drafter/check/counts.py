"""Rule `count-mismatch`: 讲三点意见 followed by four points; 以上四点 after three."""

from __future__ import annotations

from collections.abc import Sequence

from drafter.check import lazyre as re
from drafter.check.census import speech_ends_after
from drafter.check.outline import (
    LINE_END_RUNIN,
    Head,
    Item,
    Outline,
    announcements,
    late_after_announcement,
    new_series,
    where,
)
from drafter.check.wrapped import JoinedBlock
from drafter.findings import Finding, Severity
from drafter.structure import Block, SeriesItem
from drafter.text import CN_NUMERAL, cn_number, count_han, count_word, page_width, parse_cn_number

ERROR, WARNING = Severity.ERROR, Severity.WARNING


def check_counts(lines: Sequence[str], outs: Sequence[Outline]) -> list[Finding]:
    """Announced counts against the points that follow, and look-backs against the lists before them."""
    findings: list[Finding] = []
    for out in outs:
        findings += _counts(lines, out.unit, out.heads, out.series)
        said = [(f.line, f.column) for f in findings]
        findings += [f for f in _colon_lists(lines, out.unit, out.heads, out.series) if not any(f.line == ln and abs(f.column - col) <= 4 for ln, col in said)]
        said = [(f.line, f.column) for f in findings]
        findings += [f for f in _these_many(lines, out.unit) if not any(f.line == ln and abs(f.column - col) <= 4 for ln, col in said)]
        said = [(f.line, f.column) for f in findings]
        findings += [f for f in _list_counts(lines, out.unit) if not any(f.line == ln and abs(f.column - col) <= 4 for ln, col in said)]
        said = [(f.line, f.column) for f in findings]
        findings += [f for f in _these_after_words(lines, out.unit) if not any(f.line == ln and abs(f.column - col) <= 4 for ln, col in said)]
        said = [(f.line, f.column) for f in findings]
        findings += [f for f in _named_counts(lines, out.unit, out.heads, out.series)
                     if not any(f.line == ln and abs(f.column - col) <= 6 for ln, col in said)]  # fmt: skip
        said = [(f.line, f.column) for f in findings]
        findings += [f for f in _reason_lists(lines, out.unit, out.heads, out.series)
                     if not any(f.line == ln and abs(f.column - col) <= 6 for ln, col in said)]  # fmt: skip
        said = [(f.line, f.column) for f in findings]
        findings += [f for f in _heading_slogans(lines, out.unit, out.heads)
                     if not any(f.line == ln and abs(f.column - col) <= 6 for ln, col in said)]  # fmt: skip
    return findings


# 一、以“四个聚力”做强特色产业 then 一是聚力…二是聚力…三是聚力 (check48, the shape of a planter 48 copy): a
# heading names its slogan's count (“四个聚力”), and the paragraph under it lists the items, each opening with the
# slogan's word. The count must match the items: more items than said is an error; fewer, when the list is seen to
# close (the next heading follows), too, and a warning when the copy may have stopped inside it.
_HEAD_SLOGAN = re.compile(r"[“\"](?P<n>[二三四五六七八九十两])个(?P<noun>[\u4e00-\u9fff]{1,2})[”\"]")


def _heading_slogans(lines: Sequence[str], unit: Sequence[Block], heads: Sequence[Head]) -> list[Finding]:
    findings = []
    for k, head in enumerate(heads):
        block = unit[head.index]
        m = _HEAD_SLOGAN.search(block.text)
        if m is None or head.index + 1 >= len(unit):
            continue
        end = heads[k + 1].index if k + 1 < len(heads) else len(unit)
        body = "".join(b.text for b in unit[head.index + 1 : end])
        noun, said = m.group("noun"), parse_cn_number(m.group("n"))
        items = [x for x in _RUN_MARKS[0].finditer(body)]
        numbers = []
        for x in items:
            try:
                numbers.append(parse_cn_number(x.group("n")))
            except ValueError:
                break
        if len(numbers) < 2 or numbers != list(range(1, len(numbers) + 1)) or not all(body.startswith(noun, x.end()) for x in items):
            continue  # no run of 一是… each opening with the slogan's word
        n = len(numbers)
        if n == said:
            continue
        closed = k + 1 < len(heads)
        shown = m.group(0)
        findings.append(Finding(
            "count-mismatch", ERROR if n > said or closed else WARNING,
            f"小标题说{shown}，下面列出的却是 {n} 个（一是至{cn_number(n)}是，都以“{noun}”开头）"
            + ("" if n > said or closed else "；但这份副本可能没抄完"),
            *where(lines, block, m.start()), shown, f"把{shown}中的数字改为 {count_word(n)}，或核对下面列出的内容",
        ))  # fmt: skip
    return findings


# 把这个会议作为节后第一个会议，主要基于以下五点考虑。then 第一，这是…会。 paragraphs (#13, batch 64's planted f04):
# the reasons for holding the meeting, counted at the end of a paragraph and then given one a paragraph. They are not
# the speech's points (ingest leaves them out), but a count all the same: it must match the 第一，… (or 一是…)
# paragraphs that open right after it, up to the next heading. A count of reasons said in passing, or with no such
# list right after it, is not read.
_REASONS_COUNT = re.compile(
    r"(?:以下|如下|有|基于|基於|出于|出於)(?P<n>[一二三四五六七八九十两兩\d]{1,2}) ?(?:点|點|[个個]?方面的?)"
    r"(?P<noun>考虑|考慮|原因|理由|考量|用意)[。：:]\s*$"
)
_REASON_NOUNS = ("考虑", "考慮", "原因", "理由", "考量", "用意")


def _reason_lists(lines: Sequence[str], unit: Sequence[Block], heads: Sequence[Head], series: Sequence[Item]) -> list[Finding]:
    findings = []
    for index, block in enumerate(unit):
        tail = block.text.rstrip()[-16:]  # (the count ends its paragraph: only the last words are searched, #18)
        if block.kind != "paragraph" or not any(noun in tail for noun in _REASON_NOUNS):
            continue
        m = _REASONS_COUNT.search(block.text, len(block.text.rstrip()) - len(tail))
        if m is None:
            continue
        opening = [(i, it) for i, off, it in series if i > index and off == 0]
        if not opening or opening[0][0] != index + 1 or opening[0][1].number != 1:
            continue  # the list must open the very next paragraph
        end = next((h.index for h in heads if h.index > index), 10**9)
        found = _series_count([it for i, it in opening if i < end and it.kind == opening[0][1].kind])
        try:
            said = parse_cn_number(m.group("n"))
        except ValueError:
            continue
        if not found or said in found[:2] or found[0] < 2:
            continue
        shown = block.text[m.start("n") : m.end("noun")]
        finding = _count_finding(shown, said, found, *where(lines, block, m.start("n")))
        cut = _copy_cut(unit, index, found[0], m.end(), said) if found[0] < said else None
        findings.append(_cut_short(finding, cut) if cut else finding)
    return findings


# 下面，我强调做到“四个到位”。 / 要把握好“三个关系”。 then 一、… : a named count (N个 and the word
# each of its items repeats) that ends the paragraph right before the first point announces the points, as 讲四点意见
# does. Read when the points each say the word (…到位, …的关系), or, quoted, when the speaker leads into it (下面, 我);
# before a colon (四个突破：) it is `_slogan_lists`' to read.
# A slogan said in passing (压实责任，做到“四个到位”，确保… inside a point) is neither at a paragraph's end nor
# followed by a first point.
_NAMED_COUNT = re.compile(
    r"(?<![第这那每])(?P<q>[“\"「])?(?P<n>[二三四五六七八九十两])个(?P<noun>[\u4e00-\u9fff]{2,3}?)(?(q)[”\"」])"
    r"(?P<tail>[。！!]?\s*)$"
)
_SPEAKER_LEAD = re.compile(r"下面|接下来|我(?:再|想|先|就|着重|重点|主要)?(?:讲|谈|强调|提|说)|我[^。！？]{0,12}?(?:强调|要求)")


def _named_counts(lines: Sequence[str], unit: Sequence[Block], heads: Sequence[Head], series: Sequence[Item]) -> list[Finding]:
    findings = []
    for index, block in enumerate(unit[:-1]):
        first = _item_mark(unit[index + 1].text)  # first: a match at the next paragraph's start, where the
        if first is None or first[0] != 1:  # count's search tries every position of this one (#18, perf39)
            continue
        m = _NAMED_COUNT.search(block.text.rstrip())
        if m is None or announcements(block.text):
            continue
        try:
            said = parse_cn_number(m.group("n"))
        except ValueError:
            continue
        found = _count_after(index, m.end(), heads, series, unit)
        if not found or found[0] < 2 or said in found[:2]:
            continue
        sentence = re.split(r"[。！？!?]", block.text[: m.start()])[-1]
        items = _point_texts(unit, index, found[0])
        if not all(m.group("noun") in item for item in items) and not (m.group("q") and _SPEAKER_LEAD.search(sentence)):
            continue
        shown = block.text[m.start("n") : m.end("noun")]
        finding = _count_finding(shown, said, found, *where(lines, block, m.start("n")))
        cut = _copy_cut(unit, index, found[0], m.end(), said) if found[0] < said else None
        findings.append(_cut_short(finding, cut) if cut else finding)
    return findings


def _point_texts(unit: Sequence[Block], index: int, n: int) -> list[str]:
    """The first `n` points after block `index`: the blocks whose item mark numbers 1…n, in the first point's shape."""
    first = _item_mark(unit[index + 1].text)
    shape = first[1] if first else ""
    texts: list[str] = []
    for block in unit[index + 1 :]:
        found = _item_mark(block.text)
        if found and found[1] == shape and found[0] == len(texts) + 1:
            texts.append(block.text)
            if len(texts) == n:
                break
    return texts


# 你们是大爱逆行的战斗者、大众健康的守护者、大医精诚的追梦者、大美滨州的担当者，今天，我想就从这四个方面… / 抓好项目建设、
# 招商引资、民生保障这三件大事: 这 and a count point back at the list the sentence has just given, so the count is the list's
# length. The list is the one right before 这 (A、B、C这三个), or the nearest clause of the sentence before it whose items
# end alike (…者、…者、…者), two clauses at most between, when the count says only 方面 or 点 (这三个方面: the speaker's
# word for what was listed; 这两项任务 after 集中人力、物力、财力 names other things). A list joined with 和/及/与 is not
# counted.
_THESE = re.compile(
    # (环境整治、项目建设、招商引资这三场硬仗, check48: the battles a campaign names, counted by 场)
    r"这(?P<n>[二三四五六七八九十两])(?:(?:个|大)(?!月|小时|星期|多|年|人|字)|方面|点|项|条|件|者|种|类|级|句话|句|场(?=硬仗|攻坚战|战役|仗))"
    r"(?:方面|问题|部分|重点|环节|特点|任务|关键词|词|字|原则|目标|意见|要求)?"
)
_CLAUSE_BREAK = re.compile(r"[，,：:]")
_JOINED = re.compile(r"和|及|与|以及|并|或|同")


def _listed(clause: str, alike: bool) -> list[str]:
    """The items of a 、 list that makes up `clause` (its first item may hold the clause's verb or subject); [] when
    the clause is no such list, or (`alike`) its items do not end alike."""
    items = clause.split("、")
    if len(items) < 2 or _JOINED.search(items[-1]) or not all(1 <= len(re.sub(r"[“”\"《》]", "", it)) <= 24 for it in items):
        return []
    if alike:
        if len(items) < 3:
            return []
        ends = {re.sub(r"[“”\"》]+$", "", it)[-1:] for it in items}
        if len(ends) != 1:
            return []
    return items


def _list_mismatch(lines: Sequence[str], block: Block, m: re.Match[str], items: list[str]) -> Finding:
    """The count `m` said over a 、 list of another length (这三个 after it, or 三个清单 right after its last item)."""
    shown = block.text[m.start() : m.end()]
    n = len(items)
    return Finding(
        "count-mismatch", ERROR, f"说“{shown}”，前面列出的却是 {n} 个（{'、'.join(items)[-40:]}）",
        *where(lines, block, m.start()), shown, f"把“{shown}”中的数字改为 {count_word(n)}，或核对前面列出的内容",
    )  # fmt: skip


def _these_many(lines: Sequence[str], unit: Sequence[Block]) -> list[Finding]:
    findings = []
    for block in unit:
        if "这" not in block.text or "、" not in block.text:
            continue
        for m in _THESE.finditer(block.text):
            try:
                said = parse_cn_number(m.group("n"))
            except ValueError:
                continue
            sentence = re.split(r"[。！？!?；;]", block.text[: m.start()])[-1]
            clauses = _CLAUSE_BREAK.split(sentence)
            items = _listed(clauses[-1], alike=False)
            generic = re.search(r"方面|点|者", m.group(0)) is not None
            if not items and generic:  # 这两项任务 after …集中人力、物力、财力: a named kind of thing, not the list's
                for clause in reversed(clauses[-4:-1]):
                    if "、" in clause:
                        items = _listed(clause, alike=True)
                        break
            if not items or len(items) == said:
                continue
            findings.append(_list_mismatch(lines, block, m, items))
    return findings


# 建立问题、措施、责任三个清单 / 县、乡、村三级书记 (#13, check46's own flawed speeches): a 、 list counted right after
# its last item, with no 这 between — the count is the list's length as surely as 这三个 says it. Read only where the
# items are short words with no figure or numeral in them (增强“四个意识”、坚定“四个自信”、做到“两个维护” counts
# something else), the list is not joined with 和/及 nor left open with 等, and the count names a kind of thing.
_LIST_COUNT = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<![这那第每等])(?P<n>[二三四五六七八九十两])(?:个|大|项|张|条|种|类|级|支)(?=[\u4e00-\u9fff])"
)
_NUMBERISH = re.compile(r"[\d一二三四五六七八九十两百千万第“”\"《》（）()]")


def _list_counts(lines: Sequence[str], unit: Sequence[Block]) -> list[Finding]:
    findings = []
    for block in unit:
        if "、" not in block.text:
            continue
        for m in _LIST_COUNT.finditer(block.text):
            clause = re.split(r"[。！？!?；;，,：:]", block.text[: m.start()])[-1]
            # 各县（市、区）要建立问题、…: a bracket's own list is no item of this one
            items = re.sub(r"[（(][^（）()]*[）)]", "", clause).split("、")
            if len(items) < 2 or _JOINED.search(items[-1]) or any(_NUMBERISH.search(it) for it in items):
                continue
            if not all(1 <= len(it) <= 6 for it in items[1:]) or not 1 <= len(items[0]) <= 12:
                continue
            said = parse_cn_number(m.group("n"))
            if said == len(items):
                continue
            findings.append(_list_mismatch(lines, block, m, items))
    return findings


# 我想首先是…；其次是…；再次…。我就这三个问题谈些意见 / 一是…，二是…，三是…，这三个方面… (#13, batch 56 p22): a look-back
# at a list the same paragraph made with words (首先, 其次, 再次, 最后) or with 一是…三是, its last item at most three
# sentences before.
_WORD_SEQUENCE = ("首先", "其次", "再次", "最后")
_WORD_ITEM = re.compile(r"(?:^|(?<=[。；;，,：:！？!?\s]))(?:我想|我认为|我看)?(?P<w>首先|其次|再次|最后)")
_NUMBERED_ITEM = re.compile(r"(?:^|(?<=[。；;，,：:！？!?\s]))(?P<n>" + CN_NUMERAL + r")是")
_FULL_STOP = re.compile(r"[。！？!?]")


def _these_after_words(lines: Sequence[str], unit: Sequence[Block]) -> list[Finding]:
    findings = []
    for block in unit:
        if "这" not in block.text:
            continue
        for m in _THESE.finditer(block.text):
            before = block.text[: m.start()]
            listed = _word_list(before) or _numbered_list(before)
            if listed is None:
                continue
            n, last = listed
            try:
                said = parse_cn_number(m.group("n"))
            except ValueError:
                continue
            if said == n or len(_FULL_STOP.findall(before[last:])) > 3:
                continue
            shown = m.group(0)
            findings.append(Finding(
                "count-mismatch", ERROR, f"说“{shown}”，前面列出的却是 {n} 个", *where(lines, block, m.start()), shown,
                f"把“{shown}”中的数字改为 {count_word(n)}，或核对前面列出的内容",
            ))  # fmt: skip
    return findings


def _word_list(before: str) -> tuple[int, int] | None:
    """(items, where the last one starts) of the last 首先…其次…(再次…)(最后…) run in `before`, at least two items."""
    marks = [(m.group("w"), m.start()) for m in _WORD_ITEM.finditer(before)]
    starts = [k for k, (w, _) in enumerate(marks) if w == "首先"]
    if not starts:
        return None
    run = marks[starts[-1] :]
    words = [w for w, _ in run]
    if words != [w for w in _WORD_SEQUENCE if w in words] or words[:2] != ["首先", "其次"]:
        return None  # 首先…最后… alone, or out of order: no list a clerk counts
    return len(run), run[-1][1]


def _numbered_list(before: str) -> tuple[int, int] | None:
    """(items, where the last one starts) of the last 一是…二是… run in `before` that counts on from 一."""
    marks = [(m.group("n"), m.start()) for m in _NUMBERED_ITEM.finditer(before)]
    try:
        numbers = [parse_cn_number(n) for n, _ in marks]
    except ValueError:
        return None
    ones = [k for k, n in enumerate(numbers) if n == 1]
    if not ones:
        return None
    run = numbers[ones[-1] :]
    if len(run) < 2 or run != list(range(1, len(run) + 1)):
        return None
    return len(run), marks[-1][1]


# 有四个特点：一是…四是 / 主要表现在五个方面：一是… / 今天会议共有三项议程：一是… / 也是三句话：一是…: a count of
# things right before a colon and the run-in list that follows it in the same paragraph (or, for an agenda, the
# paragraphs 第一项… after it). Not 前三季度：一是… (no noun of things counted).
# (做好2021年工作：一是…二是… — fp51, batch 80's false errors: the last digits of a year, or 十四五's 五, are no count:
# the number stands alone, not inside a longer figure, and a year's 年 never follows it)
_COLON_COUNT = re.compile(
    # (做好三农工作：一是…二是… / 四风问题：: a slogan's numeral with its word, no unit — the count's few words stand
    # only after a unit: 三个重点任务, 三项具体要求; without one the noun follows the number at once: 三方面工作)
    r"(?<![\d０-９.〇零一二三四五六七八九十两])(?P<n>[一二三四五六七八九十两\d]{1,2})(?![\d０-９]) ?(?!年)(?:(?:个|项|大|条|点|件|种|句)[\u4e00-\u9fff]{0,2}?)?"
    # (主要有四点感受：一是… / 提出了三点殷切希望：第一，…: what a speaker felt or hopes, counted the same way)
    r"(?P<noun>方面|特点|议程|问题|任务|要求|意见|措施|原因|途径|目标|环节|重点|原则|举措|内容|考虑|话|事|工作|变化|成效|不足|短板|困难|亮点"
    r"|感受|体会|希望|建议)"
    # (今年的工作有三个方面的重点任务：一、…二、… — fp51, the shape of a sealed planted copy: the noun then what it is,
    # up to four characters, before the colon and the list)
    r"(?:的?[\u4e00-\u9fff]{0,4}?|[，,](?:下面|现在)[\u4e00-\u9fff]{0,4}?)[:：]\s*"
)
# 今天的会议主要有四项议程。(end of paragraph) then 一、请…宣读… 二、请…讲话: a host's agenda announced with a stop and
# listed in headings of their own.
_AGENDA_COUNT = re.compile(r"(?P<n>[一二三四五六七八九十两\d]{1,2}) ?(?:项|个)(?P<noun>议程)[。:：]?\s*$")
# 有四大难题：第一是…第四是… / 五大需求：: N大 counts the things named right after the colon, whatever their name
# (统一大市场：一是… has no count: a count of one is never checked).
_BIG_COUNT = re.compile(r"(?<![第统同唯这那每])(?P<n>[二三四五六七八九十两]|十[一二三四五六七八九])大(?P<noun>[\u4e00-\u9fff]{1,3}?)[:：]\s*")
# 第一部分，… / 第二个问题，…: the parts a speech names one after another (我想讲三个部分。第一部分，…)
_UNIT_RUN = re.compile(r"(?:^|(?<=[。；;：:！？\s]))第(?P<n>" + CN_NUMERAL + r")(?:部分|个问题|个方面|件事)[，,、：:]")
# 召开这次大会，出于三个方面的考虑。其一，…；其二，…；其三，… (check48, the shape of a planter 48 copy): the reasons counted
# at a sentence's end and run into the same paragraph with 其一 (or 一是, 第一) right after the stop.
_STOP_COUNT = re.compile(
    r"(?:基于|出于|有|主要有)(?P<n>[一二三四五六七八九十两\d]{1,2}) ?(?:个|点|项|条)(?:方面|层面)?的?[\u4e00-\u9fff]{0,4}?"
    r"(?P<noun>考虑|考量|原因|理由|用意)。(?=\s*(?:其一|一是|第一)[，,、：:是])"
)
_RUN_MARKS = (
    re.compile(r"(?:^|(?<=[。；;，,：:！？\s]))(?P<n>" + CN_NUMERAL + r")是"),
    re.compile(r"(?:^|(?<=[。；;，,：:！？\s]))(?P<n>" + CN_NUMERAL + r")要"),
    re.compile(r"(?:^|(?<=[。；;：:！？\s]))(?P<n>" + CN_NUMERAL + r")、"),
    re.compile(r"(?:^|(?<=[。；;，,：:！？\s]))第(?P<n>" + CN_NUMERAL + r")是"),
    re.compile(r"(?:^|(?<=[。；;：:！？\s]))第(?P<n>" + CN_NUMERAL + r")[，,、：:]"),
    re.compile(r"(?:^|(?<=[。；;：:！？\s]))[（(](?P<n>" + CN_NUMERAL + r")[)）]"),
    _UNIT_RUN,
    re.compile(r"(?:^|(?<=[。；;：:！？\s]))其(?P<n>" + CN_NUMERAL + r")[，,、：:]"),  # 其一，…；其二，… (check48)
    # 会议有四项议程：第一项，…；第二项议程是… (count50, a planter 49 copy): an agenda's items run in after its count
    # (第四项由…主任讲话: the item may open with any word; 第二项目 is no item)
    re.compile(r"(?:^|(?<=[。；;，,：:！？\s]))第(?P<n>" + CN_NUMERAL + r")项(?!目)(?:议程)?(?:是|[，,、：:])?"),
)
# 体现出这样两个特点。一是… / 主要抓三大块，一是… / 有五项议程一是…二是… (count50, the shapes of planters 48 and 49):
# a count of things with the run-in list starting right after it — after a stop, a comma, or nothing at all in a copy
# that lost its punctuation. The list opening at once (一是, 一要, 其一, 第一，) is what the count announces.
_COUNT_THEN_LIST = re.compile(
    r"(?<![第这那每\d０-９.〇零一二三四五六七八九十两])(?P<n>[二三四五六七八九十两\d]{1,2})(?![\d０-９]) ?(?P<noun>(?:个|项|大|条|点|件|种|句)(?:方面|层面)?的?[\u4e00-\u9fff]{0,3}?)"
    # (做到“四个到位”一是…二是…三是… — fp51, a sealed planted copy: the count quoted as a slogan, its list run in
    # right after the closing quote, or after a word or two: “四个到位”要求，一是…)
    r"(?:[”\"」][\u4e00-\u9fff]{0,2}?)?[：:，,。]?\s*(?=一是|一要|其一[，,、：:]|第一[，,、：:是])"
)
# 具体内容有四项：一是… / 会议议程共有三项：: the noun first, then how many it has.
_COLON_COUNT_AFTER = re.compile(
    # (我们的主要做法有三条：一是… / 体会有三点：: what a town did or learnt, census33)
    # (这次会议的主要考虑有三个：一是…, check48: the reasons for a meeting, counted the same way)
    r"(?P<noun>内容|议程|任务|事项|要求|措施|特点|问题|原因|做法|经验|体会|举措|打算|考虑|考量|理由|用意)(?:主要|具体|共|一共|总共)?有"
    r"(?P<n>[一二三四五六七八九十两\d]{1,2}) ?(?:个|项|条|点|件|种|大)(?:方面)?[:：]\s*"
)
# (下面进行第一项议程，请… / 现在进行第二项 / 接下来进行第三项: the host's lead before the item, census33)
_AGENDA_ITEM = re.compile(r"\s*(?:(?:下面|现在|接下来|接着)[，,]?\s*(?:进行|开始)?(?:大会|会议)?)?第(?P<n>" + CN_NUMERAL + r")项")
# 会议共有四项议程：…第三项议程：表态发言。…刚才，…。下面，我简要强调几点意见。(#13, batch 64 p31): the leader who
# chairs the meeting gives its last item himself, his own speech, without calling it 第四项.
_HOST_SPEAKS = re.compile(
    r"(?:下面|最后|接下来|现在|这里)[，,]?\s*我(?:再|就|想|先)?(?:简要|简单|着重|主要|重点)?(?:地)?(?:讲|谈|强调|提|说)"
    r"[^。；！？]{0,8}?(?:意见|要求|看法|想法|体会|几点|几句|[一二三四五六七八九十两]点)"
)
# 会议的主要议程就进行到这里 / 大会议程全部完成: the host closes the agenda, so all its items were in the copy.
_AGENDA_DONE = re.compile(r"议程[^。；！]{0,8}?(?:进行到这里|全部完成|已经?全部(?:完成|结束)|到此结束|圆满完成)")
_AGENDA_HEAD = re.compile(r"\s*(?P<n>" + CN_NUMERAL + r")、")


# 具体做到四个抓： / 坚持做到“三个到位”： / 实现五个突破：: a slogan's count, N个 and the word each of its items repeats
# (抓宣传、抓创新、抓考核; 认识到位、措施到位), right before a colon and the list.
_SLOGAN_COUNT = re.compile(r"(?P<n>[二三四五六七八九十两\d]{1,2}) ?个[“\"「]?(?P<noun>[\u4e00-\u9fff]{1,2})[”\"」]?[:：]\s*")
# An item's mark: 1、 1. 一、 一是 一要 （一） 第一，
_ITEM_MARK = re.compile(
    r"\s*(?:(?P<d>\d{1,2})(?:、|[.．](?!\d))|(?P<c>" + CN_NUMERAL + r")(?P<ck>[、是要])|[（(](?P<p>" + CN_NUMERAL + r"|\d{1,2})[)）]"
    r"|第(?P<o>" + CN_NUMERAL + r")[，,、：:])"
)


def _item_mark(text: str, at: int = 0) -> tuple[int, str] | None:
    """(number, shape) of the item mark at `at`: 3、 → (3, "#、"), 三是 → (3, "#是")."""
    m = _ITEM_MARK.match(text, at)
    if not m:
        return None
    key = next(k for k in ("d", "c", "p", "o") if m.group(k))
    try:
        number = int(m.group(key)) if m.group(key).isdigit() else parse_cn_number(m.group(key))
    except ValueError:
        return None
    return number, key + (m.group("ck") or "")


def _slogan_items(unit: Sequence[Block], index: int, rest: str) -> tuple[list[str], bool]:
    """The items of the list a slogan's colon opens, and whether the list is seen to close. Run into the paragraph
    (一是…；二是…。 after the colon: closed when the copy goes on after it) or paragraphs of their own (1、… 2、… …,
    their bodies between them: closed when the closing or a look-back follows)."""
    if rest.strip():
        first = _item_mark(rest)
        if first is None or first[0] != 1:
            return [], False
        starts = [0]
        for m in _ITEM_MARK.finditer(rest):
            if m.start() <= starts[-1] or rest[m.start() - 1 : m.start()] not in "。；;，,：: ":
                continue
            if (found := _item_mark(rest, m.start())) and found == (len(starts) + 1, first[1]):
                starts.append(m.start())
        run_in = [rest[a:b] for a, b in zip(starts, [*starts[1:], len(rest)], strict=True)]
        # closed: the last item's sentence ends and the paragraph goes on (…到位。以上是…), or the copy goes on after it
        tail = re.split(r"[。！!]", run_in[-1], maxsplit=1)
        closed = (len(tail) == 2 and bool(tail[1].strip())) or (index + 1 < len(unit) and rest.rstrip()[-1:] in "。！!")
        return [*run_in[:-1], tail[0]], closed and not _stops_short(unit, index)
    items: list[str] = []
    shape, last = None, index
    for k in range(index + 1, len(unit)):
        found = _item_mark(unit[k].text)
        if shape is None and found is None:
            return [], False  # the list does not start right after the colon
        if found is None or (shape is not None and found[1] != shape):
            continue  # an item's body, or a list inside it (（1）…（2）… under 2、)
        if found[0] != len(items) + 1:
            break  # another list of the same marks starts again at 1
        shape, last = found[1], k
        items.append(unit[k].text)
    # closed: the speech's closing or a look-back (以上三点…) follows the last item
    closed = any(_CLOSING.search(b.text) or "以上" in b.text or "总之" in b.text for b in unit[last + 1 :])
    closed = closed or (bool(items) and speech_ends_after(unit, last))  # …完成任务！ ends the pledge (census33)
    return items, closed


def _stops_short(unit: Sequence[Block], index: int) -> bool:
    """“五个突破”：一是…取得新突破。全年…  二是…  三是…取得新突破。种: the copy ends mid-sentence (or a page says it is
    cut) after the list began, so the items after the last one seen may be in the part that is missing: the last
    item's body going on (全年…, 种) is no sign the list has closed."""
    body = [b.text.rstrip() for b in unit[index:] if b.kind in ("paragraph", "heading") and len(b.text.strip()) >= 6]
    if any(_PAYWALL.search(t) for t in body):
        return True
    return bool(body) and body[-1][-1] not in _SENTENCE_END


def _slogan_lists(lines: Sequence[str], unit: Sequence[Block], index: int, taken: Sequence[re.Match[str]]) -> list[Finding]:
    """具体做到四个抓： then three items 1、…抓宣传 2、…抓创新 3、…抓考核: each item repeats the slogan's word, so the
    list is the slogan's, and its length is the count said. A list whose items do not all say the word is not read."""
    findings = []
    block = unit[index]
    for m in _SLOGAN_COUNT.finditer(block.text):
        if any(t.start() <= m.start("n") < t.end() for t in taken):
            continue  # 三个方面：: the colon-count rule reads it
        try:
            said = parse_cn_number(m.group("n")) if not m.group("n").isdigit() else int(m.group("n"))
        except ValueError:
            continue
        items, closed = _slogan_items(unit, index, block.text[m.end() :])
        if len(items) < 2 or len(items) == said or not all(m.group("noun") in item for item in items):
            continue
        if len(items) < said and not closed:
            continue  # the copy may stop inside the list
        shown = block.text[m.start("n") : m.end("noun")]
        n = len(items)
        findings.append(Finding(
            "count-mismatch", ERROR, f"说“{shown}”，后面实际有 {n} 条（每条都有“{m.group('noun')}”）",
            *where(lines, block, m.start("n")), shown, f"把“{shown}”中的数字改为 {count_word(n)}，或补齐/删减使数量一致",
        ))  # fmt: skip
    return findings


def _colon_lists(lines: Sequence[str], unit: Sequence[Block], heads: Sequence[Head] = (), series: Sequence[Item] = ()) -> list[Finding]:
    findings = []
    for index, block in enumerate(unit):
        if "：" not in block.text and ":" not in block.text and "议程" not in block.text \
                and not any(w in block.text for w in ("其一", "一是", "一要", "第一")):
            continue  # every count read below ends in a colon (the slogan's too), names 议程 or opens a list (#18, perf39)
        counted = [*_COLON_COUNT.finditer(block.text), *_COLON_COUNT_AFTER.finditer(block.text), *_BIG_COUNT.finditer(block.text),
                   *(_STOP_COUNT.finditer(block.text) if "。" in block.text else ())]
        counted += [m for m in _COUNT_THEN_LIST.finditer(block.text)
                    if not any(t.start() <= m.start("n") < t.end() or m.start("n") <= t.start("n") < m.end() for t in counted)]  # fmt: skip
        findings += _slogan_lists(lines, unit, index, counted)
        said_by_stop = _AGENDA_COUNT.search(block.text)
        if said_by_stop and not any(m.start() <= said_by_stop.start() < m.end() for m in counted):
            counted.append(said_by_stop)
        for m in counted:
            try:
                said = parse_cn_number(m.group("n"))
            except ValueError:
                continue
            rest = block.text[m.end() :] + _wrapped_goes_on(lines, unit, index)
            found = _run_in(rest) if rest else _agenda(unit, index, headed=m.re is re.compiled(_AGENDA_COUNT))
            if found and found[2][:2] in ("一是", "一要") and rest.rstrip()[-1:] in ("是", "要") and LINE_END_RUNIN.search(rest):
                found = _run_on_past_break(unit, index, found)
            if not found or found[0] < 2:
                found = _run_on(unit, index, rest, said) or found
            if found and found[2].startswith("其") and rest.rstrip().endswith("其"):
                continue  # 其一，…；其二，…；其⏎三，…: a copy wrapped at a width broke the next mark, the list goes on below
            if not found or said in found[:2] or found[0] < 2:
                continue
            if _told_elsewhere(block, index, m, said, heads, series, unit):
                continue
            shown = block.text[m.start() : max(m.end("noun"), m.end("n") + 1)]  # 四个特点 / 内容有四项
            finding = _count_finding(shown, said, found, *where(lines, block, m.start()))
            cut = None
            if found[0] < said and not rest and not any(_AGENDA_DONE.search(b.text) for b in unit[index + 1 :]):
                cut = _copy_cut(unit, index, found[0], m.end(), said)
            elif found[0] < said and rest.rstrip()[-1:] not in _SENTENCE_END:
                cut = f"这一段停在“{rest.rstrip()[-8:]}”"  # the run-in list itself is cut off
            findings.append(_cut_short(finding, cut) if cut else finding)
    return findings


def _wrapped_goes_on(lines: Sequence[str], unit: Sequence[Block], index: int) -> str:
    """今天的会议，主要有四点考虑：一是…。市委⏎…大战硬战。⏎…二是⏎任务分解。…三是… (count50, a planter 49 copy of a PDF):
    in a copy hard-wrapped at the page's width a line that happens to end on a stop at the full width is no paragraph's
    end (join_wrapped keeps it apart). The text of the blocks after `index` that go on its paragraph: read on while the
    block before ends on a line as wide as the page (or on a mark the break cut off its item, …。二是). Empty when the copy is not hard-wrapped."""
    if not isinstance(unit[index], JoinedBlock):
        return ""
    width, _ = page_width(len(ln.strip()) for ln in lines if len(ln.strip()) >= 20 and ln.strip()[-1] not in _SENTENCE_END)
    if not width:
        return ""  # (page_width gives the width less four, lenient for its own use: a full line is within one of it)
    parts: list[str] = []
    block = unit[index]
    for after in unit[index + 1 :]:
        last = lines[_last_line_no(block) - 1].strip() if 0 < _last_line_no(block) <= len(lines) else ""
        if (len(last) < width + 3 and not LINE_END_RUNIN.search(last)) or after.kind != "paragraph" or _item_mark(after.text):
            break
        parts.append(after.text)
        block = after
    return "".join(parts)


def _last_line_no(block: Block) -> int:
    joins = block.joins if isinstance(block, JoinedBlock) else ()
    return joins[-1][1] if joins else block.line


def _run_on_past_break(unit: Sequence[Block], index: int, found: tuple[int, int, str]) -> tuple[int, int, str]:
    """主要有三点考虑：一是…。二是⏎任务分解。…三是…: the run-in list's paragraph ends on a mark a PDF copy broke the
    line after, so the list goes on in the paragraphs below, each next number in its running text (up to a heading)."""
    n, _, label = found
    for block in unit[index + 1 :]:
        if block.kind != "paragraph":
            break
        for m in _RUN_MARKS[0 if label.startswith("一是") else 1].finditer(block.text):
            try:
                number = parse_cn_number(m.group("n"))
            except ValueError:
                continue
            if number == n + 1:
                n = number
        if not LINE_END_RUNIN.search(block.text):
            break
    kind = label[1:2]
    return n, n, f"一{kind}至{cn_number(n)}{kind}"


# 有五项议程一是区安委会…二是布置…三是… (count50, a planter 49 copy that lost its punctuation): with hardly a stop in
# the text, 二是 opens an item wherever it stands; only the next number in turn is counted.
_LOOSE_MARKS = (re.compile(r"(?P<n>" + CN_NUMERAL + r")是"), re.compile(r"(?P<n>" + CN_NUMERAL + r")要"))
_PUNCT = re.compile(r"[。，,；;：:！？!?、]")


def _run_in(rest: str) -> tuple[int, int, str] | None:
    """The list run into the paragraph right after the colon: 一是…二是…三是 (one kind of mark, counted from 一)."""
    loose = len(rest) >= 40 and len(_PUNCT.findall(rest)) <= len(rest) // 100
    for mark in _LOOSE_MARKS if loose else _RUN_MARKS:
        first = mark.match(rest)
        if not first or first.group("n") != "一":
            continue
        n = count = 1
        for m in mark.finditer(rest, first.end()):
            try:
                number = parse_cn_number(m.group("n"))
            except ValueError:
                break
            if number in (n + 1, n + 2):  # (一是…二是…四是: one number skipped is the numbering rule's slip, the
                n, count = number, count + 1  # items are still counted — the count said may fit either figure)
            elif number <= n:
                break  # a list inside an item starts again at 一
        said = first.group(0).strip()  # 一是 / 第一， / （一）
        said = re.sub(r"项(?:议程)?[是，,、：:]?$", "项", said)  # 第一项 (not 第一项，)
        return count, n, f"{said}至{said.replace('一', cn_number(n), 1)}" if n > 1 else said
    return None


def _run_on(unit: Sequence[Block], index: int, rest: str, said: int) -> tuple[int, int, str] | None:
    """议程有五项：一是委员大会发言；(then 二是…；三是…；四是…。 each on a line of its own) / 有三项任务：(then 一是…
    二是… paragraphs): the list the colon opens, its first item after the colon or on the next line, its others each
    opening a paragraph of their own. More items than said is a mismatch; fewer only when the list is seen to close:
    its items end on ；and its last on 。, and no item follows."""
    items: list[tuple[int, str]] = []  # (number, text of the item)
    mark = None
    if rest.strip():
        mark = next((mk for mk in _RUN_MARKS[:2] if (f := mk.match(rest.strip())) and f.group("n") == "一"), None)
        if mark is None or len(list(mark.finditer(rest))) != 1:
            return None  # no list, or a list run into the paragraph itself (read by _run_in)
        items.append((1, rest))
    for block in unit[index + 1 :]:
        if mark is None:
            mark = next((mk for mk in _RUN_MARKS[:2] if (f := mk.match(block.text)) and f.group("n") == "一"), None)
            if mark is None:
                return None
        m = mark.match(block.text)
        try:
            number = parse_cn_number(m.group("n")) if m else 0
        except ValueError:
            number = 0
        if number != len(items) + 1:
            break
        items.append((number, block.text))
    n = len(items)
    if n < 2 or n == said:
        return None
    if n < said:
        ends = [text.rstrip()[-1:] for _, text in items]
        if not (all(e in "；;" for e in ends[:-1]) and ends[-1] == "。"):
            return None
    kind = "是" if mark is _RUN_MARKS[0] else "要"
    return n, n, f"一{kind}至{cn_number(n)}{kind}"


def _agenda(unit: Sequence[Block], index: int, headed: bool = False) -> tuple[int, int, str] | None:
    """今天会议共有五项议程：(end of paragraph) then 第一项…第五项 in the paragraphs after it; after 主要有四项议程。
    (`headed`) the items may also be headings of their own, 一、请…宣读… 二、请…讲话, right after it."""
    if _AGENDA_ITEM.match(unit[index].text) or re.search(r"第[一二三四五六七八九十\d]{1,2}项议程[。:：]?\s*$", unit[index].text):
        return None  # 下面，进行第一项议程： is an item itself, no count of them (census33)
    if headed and (first := _AGENDA_HEAD.match(unit[index + 1].text) if index + 1 < len(unit) else None):
        if first.group("n") != "一":
            return None
        n = 0
        for block in unit[index + 1 :]:
            if not (m := _AGENDA_HEAD.match(block.text)):
                continue  # （掌声）, a host's word between two items
            if parse_cn_number(m.group("n")) != n + 1:
                break
            n += 1
        return (n, n, f"一、至{cn_number(n)}、") if n else None
    n, last = 0, index
    for k, block in enumerate(unit[index + 1 :], index + 1):
        m = _AGENDA_ITEM.match(block.text)
        if not m:
            continue
        try:
            number = parse_cn_number(m.group("n"))
        except ValueError:
            break
        if number < n:
            break
        n, last = max(n, number), k
    if n and any(_HOST_SPEAKS.search(b.text) for b in unit[last + 1 :]):
        # the host's own speech after the items called is the agenda's last item (n + 1), or no item of it (n)
        return n + 1, n, f"第一项至第{cn_number(n)}项，再加主持人自己的讲话"
    return (n, n, f"第一项至第{cn_number(n)}项") if n else None


def _counts(lines: Sequence[str], unit: Sequence[Block], heads: Sequence[Head], series: Sequence[Item]) -> list[Finding]:
    """讲三点意见 followed by four points; 以下五个方面 followed by three （一）."""
    findings = []
    for index, block in enumerate(unit):
        for m in announcements(block.text):
            first = _INLINE_POINT.search(block.text, m.end())
            if first and len(block.text[m.end() : first.start()]) <= 24 and parse_cn_number(first.group("n")) > 1:
                # …我讲四点意见，供大家参考。 二、找准… in one line: the first point right after the announcement
                findings.append(late_after_announcement(f"{first.group('n')}、", *where(lines, block, first.start("n"))))
            if m.group("n") == "几":
                continue  # 几点意见: vague on purpose
            try:
                said = parse_cn_number(m.group("n"))
            except ValueError:
                continue
            run = False
            found = _inline_points(block.text[m.end() :])
            if found:  # a one-line paste: its points may run on into the next chunk of a cut-up page
                findings += _inline_skips(lines, block, m.end(), said)
                found = _inline_points(block.text[m.end() :] + _cut_continuation(unit, index))
                found = _with_later_heads(found, index, heads) if found else found
            else:
                tail = block.text[m.end() :]
                # 提出两点希望：第一，…；第二，…；第三，… in one paragraph: the list is the one run into it
                # (我想讲三个部分。第一部分，…。第二部分，…: the parts named one after another in the same paragraph)
                listed_on = tail[:1] in "：:" or tail[:1] == "。" and _UNIT_RUN.match(tail[1:].lstrip()) is not None
                found = _run_in(tail[1:].lstrip()) if listed_on else None
                run = found is not None and found[0] >= 2  # the list is in this paragraph, not in the points below
                if not found and (listed := _WORD_LIST.match(tail)):
                    n = listed.group(1).count("、") + 1  # 讲四个词：熬得住、想得开、扛得动、放得下。 — the words themselves
                    found, run = (n, n, f"“{listed.group(1)}”"), True
                if not found or found[0] < 2:  # 一是…三是 (a gap) is counted with its numbers below
                    found = _count_after(index, m.end(), heads, series, unit)
            lists = _lists_in_point(index, m.end(), heads, series)
            if lists is not None and len(lists) >= 2 and not run:
                # 这里我强调两点。一是…二是…。(then) 一是…二是…三是… inside point 二 (#13, place52): several lists
                # follow the count within its point; a clerk takes the one of its length, and asks when none fits
                if said not in lists:
                    findings.append(_lists_finding(m.group(0), said, lists, *where(lines, block, m.start())))
                continue
            if lists is not None and len(lists) == 1 and found and found[0] < 2 <= lists[0]:
                found = (lists[0], lists[0], found[2] + "……")  # (one list, its first item opening a paragraph)
            parallel = None if found else _parallel_openings(unit, index)
            if parallel and said != parallel[0]:
                findings.append(_parallel_finding(m.group(0), said, parallel, *where(lines, block, m.start())))
                continue
            unmarked = None if found or parallel or said < 2 else _unmarked_after(unit, index, m.end(), heads, series)
            if unmarked:
                findings.append(_unmarked_finding(m.group(0), said, unmarked, *where(lines, block, m.start())))
                continue
            if not found and not parallel and said >= 2 and _copy_ends(unit, index, m.end()):
                findings.append(_ends_finding(m.group(0), *where(lines, block, m.start())))
                continue
            lone = None if found or parallel or said < 2 else _lone_first(unit, index, m.end())
            if lone and (cut := _copy_cut(unit, index, 1, m.end(), said)):
                findings.append(_cut_short(_count_finding(m.group(0), said, (1, 1, lone), *where(lines, block, m.start())), cut))
                continue
            if found and said not in found[:2]:  # 一是…三是 announced as 三: the gap is a numbering finding
                finding = _count_finding(m.group(0), said, found, *where(lines, block, m.start()))
                # (a preview list, （一）…（三）, then （一） again for the parts: whole whatever the copy lost later)
                # (a list run into the announcing paragraph is whole when the copy goes on after that paragraph)
                whole = _previewed(index, heads) or (run and found is not None and index + 1 < len(unit))
                cut = _copy_cut(unit, index, found[0], m.end(), said) if found[0] < said and not whole else None
                if run and found[0] < said and not cut and block.text.rstrip()[-1:] not in _SENTENCE_END:
                    # 我再强调三点：一要…。二要…，确实有事的请 (fp49): the paragraph that runs the list in stops
                    # mid-sentence, so the copy lost the rest of it (a page cut there, another item pasted after it)
                    cut = f"这一段停在“{block.text.rstrip()[-8:]}”"
                findings.append(_cut_short(finding, cut) if cut else finding)
        findings += _look_back_findings(lines, unit, index, heads, series)
    return findings


def _lists_in_point(index: int, offset: int, heads: Sequence[Head], series: Sequence[Item]) -> list[int] | None:
    """A count said inside a point (under a heading) whose point holds no headings of its own: the length of each
    run-in list (一是…, of each kind, counted from 一) after the count and before the next heading, in order; None
    for a count outside a point or followed by headings."""
    if not any(h.index < index for h in heads):
        return None
    end = next((h.index for h in heads if h.index > index), 10**9)
    items = [it for i, off, it in series if (i > index or (i == index and off >= offset)) and i < end]
    if not items:
        return None
    lengths: list[int] = []
    for kind in dict.fromkeys(it.kind for it in items):
        numbers = [it.number for it in items if it.kind == kind]
        lengths += [n for n in _run_lengths(numbers) if n >= 2] if numbers[0] == 1 else []
    return lengths


def _told_elsewhere(block: Block, index: int, m: re.Match[str], said: int, heads: Sequence[Head], series: Sequence[Item],
                    unit: Sequence[Block]) -> bool:
    """A count whose run-in list is shorter or longer than said, read another way that fits (place52): inside a point
    that holds several lists after it, one of them its length; or the speaker's announcement (我讲三点意见。一是…二是…)
    whose headings below number as it says — the run-in list is then an aside, not what it announces."""
    lists = _lists_in_point(index, m.end(), heads, series)
    if lists is not None and len(lists) >= 2 and said in lists:
        return True
    for a in announcements(block.text):
        if a.start() <= m.start("n") < a.end():
            if block.text[a.end() : a.end() + 1] in "：:" or not any(h.index in (index + 1, index + 2) for h in heads):
                return False  # (提出两点希望：第一，…: the list the colon opens is the one announced)
            below = _count_after(index, a.end(), heads, series, unit) if heads else None
            return below is not None and not any(w in below[2] for w in ("是", "要", "其", "第")) and said in below[:2]
    return False


def _lists_finding(said_text: str, said: int, lists: Sequence[int], line: int, col: int) -> Finding:
    shown = "、".join(f"{n} 项" for n in lists)
    return Finding(
        "count-mismatch", WARNING, f"说“{said_text}”，这一点里后面列出的几组分别是 {shown}，都不是 {said} 项：请核对说的数",
        line, col, said_text, f"把“{said_text}”中的数字改为实际的项数，或核对后面列出的内容",
    )  # fmt: skip


# 以上四点意见 / 上述三个方面: a look-back at the points just made.
_LOOK_BACK_COUNT = re.compile(
    r"(?:以上|上述|上面|前面)(?:讲的|所讲的|提到的|强调的)?(?P<n>[一二三四五六七八九十两\d]{1,2})"
    r"(?P<unit>点|个方面|方面|项|条|个问题|句话|件事)"
)

# 任务有A工程和B工程。…顺利完成了以上两项工程任务: a look-back that names what it counts (projects, funds, figures)
# counts the things just listed, not the speech's points.
_THINGS_COUNTED = re.compile(r"工程|项目|资金|经费|指标|设施|政策|制度|奖项|荣誉|活动|赛事|数据|费用|补贴")


def _look_back_findings(
    lines: Sequence[str], unit: Sequence[Block], index: int, heads: Sequence[Head], series: Sequence[Item]
) -> list[Finding]:
    """以上四点意见 after three points: an error when the number fits none of the lists before it."""
    block = unit[index]
    findings: list[Finding] = []
    if not any(word in block.text for word in ("以上", "上述", "上面", "前面")):
        return findings
    for m in _LOOK_BACK_COUNT.finditer(block.text):
        if _THINGS_COUNTED.match(block.text, m.end()):
            continue  # 完成了以上两项工程任务: the projects the sentence named, not the points
        try:
            said = parse_cn_number(m.group("n"))
        except ValueError:
            continue
        counts = _counts_before(index, m.start(), heads, series)
        if counts and said not in counts:
            n = max(counts)
            line, col = where(lines, block, m.start())
            findings.append(Finding(
                "count-mismatch", ERROR, f"说“{m.group(0)}”，前面讲的是 {n} 点", line, col, m.group(0),
                f"把“{m.group(0)}”中的数字改为 {count_word(n)}，或核对前面的要点",
            ))  # fmt: skip
    return findings


def _counts_before(index: int, offset: int, heads: Sequence[Head], series: Sequence[Item]) -> set[int]:
    """How many items the lists just before a look-back hold: the last run of headings at each level, the
    last run-in series (一是…三是). Nothing when the points go on after it (以上 inside point one)."""
    counts: set[int] = set()
    before = [h for h in heads if h.index < index]
    top = min((h.level for h in before), default=0)
    last_top = max((h.number for h in before if h.level == top), default=0)
    if any(h.index > index and h.level == top and h.number == last_top + 1 for h in heads):
        return counts
    for level in {h.level for h in before}:
        counts |= _run_lengths([h.number for h in before if h.level == level])
    items = [it for i, off, it in series if i < index or (i == index and off < offset)]
    for kind in {it.kind for it in items}:
        counts |= _run_lengths([it.number for it in items if it.kind == kind])
    return counts


def _run_lengths(numbers: Sequence[int]) -> set[int]:
    """The length of every run that starts at 1 (the main points, an inner list after them …)."""
    starts = [k for k, n in enumerate(numbers) if n == 1] or [0]
    return {b - a for a, b in zip(starts, [*starts[1:], len(numbers)], strict=True)}


# …讲四点意见。一、统一思想……。二、全力以赴…… — a whole speech pasted as one line.
# A news item quoting them runs them on with semicolons (三点意见：一、…；二、…；三、…).
_INLINE_POINT = re.compile(r"(?:^|(?<=[。：:！？；;]))\s*(?P<n>" + CN_NUMERAL + r")、")


# …讲4点意见。1、…(1)… (#13, batch 63's planted f08): a one-line paste whose points are
# numbered with digits. Read only when no 一、 follows the announcement, and only marks of that one kind are counted
# (1、 under 一、 is a list inside a point).
# (1、2月份 lists months, not points: a number run into a date or a count after 、 is no mark)
_INLINE_DIGIT_POINT = re.compile(r"(?:^|(?<=[。：:！？；;]))\s*(?P<n>[1-9])、(?!\d+(?:月|日|号|季度|个|项|家|名|[、，,和至到-]))")


def _inline_points(rest: str) -> tuple[int, int, str] | None:
    """The 一、 二、 … that follow an announcement on its own line (None when 一、 does not follow)."""
    return _inline_run(rest, _INLINE_POINT) or _inline_run(rest, _INLINE_DIGIT_POINT, digits=True)


def _inline_run(rest: str, pattern: re.Pattern[str], digits: bool = False) -> tuple[int, int, str] | None:
    numbers: list[int] = []
    for m in pattern.finditer(rest):
        n = parse_cn_number(m.group("n"))
        if n == len(numbers) + 1:
            numbers.append(n)
        if not numbers:
            return None  # the first point is not run into this line
    if not numbers:
        return None
    if digits:
        return len(numbers), numbers[-1], f"1、至{numbers[-1]}、" if len(numbers) > 1 else "1、"
    marks = f"一、至{cn_number(numbers[-1])}、" if len(numbers) > 1 else "一、"
    if len(numbers) >= 2 and (stray := _inline_stray(rest, pattern, len(numbers))):
        return len(numbers) + 1, len(numbers) + 1, f"一、至{stray}"  # 一、…二、…3.…: see _with_stray_marks
    return len(numbers), numbers[-1], marks


# 一、…。二、…。3.…  / （三）… in a one-line paste (place52): the next point under another mark, the first mark of any
# kind after the last 一、-point, numbering on from it and opening a heading's words.
_ANY_STRAY = re.compile(r"(?<![\d.．])(?P<d>[1-9])[.．、](?!\d)|[（(](?P<c>" + CN_NUMERAL + r")[)）]")
_STRAY_AFTER_STOP = re.compile(r"[。：:！？；;]\s*$")


def _inline_stray(rest: str, pattern: re.Pattern[str], top: int) -> str | None:
    last = [m for m in pattern.finditer(rest) if parse_cn_number(m.group("n")) == top]
    if not last or any(parse_cn_number(m.group("n")) > top for m in pattern.finditer(rest, last[0].end())):
        return None
    m = _ANY_STRAY.search(rest, last[0].end())  # (the first such mark wherever it stands: （一） run in is a sub-point)
    if m is None or not _STRAY_AFTER_STOP.search(rest, 0, m.start()) or not _INLINE_HEADING.match(rest, m.end()):
        return None
    n = int(m.group("d")) if m.group("d") else parse_cn_number(m.group("c"))
    return m.group(0).strip() if n == top + 1 else None


# …讲四点意见。一、统一思想，…。…顺利实现。三、全力以赴，加快… — a one-line paste whose 二、 is missing (#13, batch 61's
# planted f03): the heading after a full stop that skips numbers, within the count announced and opening a heading's
# words (a few characters, then a comma or a stop), is a gap in the numbering as it would be on lines of their own.
_INLINE_HEADING = re.compile(r"[\u4e00-\u9fff“”\"]{2,16}[，,。：:]")


def _inline_skips(lines: Sequence[str], block: Block, start: int, said: int) -> list[Finding]:
    findings: list[Finding] = []
    top = 0
    for m in _INLINE_POINT.finditer(block.text, start):
        n = parse_cn_number(m.group("n"))
        if n == top + 1:
            top = n
        elif top and top + 1 < n <= said and _INLINE_HEADING.match(block.text, m.end()):
            gap = "、".join(f"{cn_number(k)}、" for k in range(top + 1, n))
            shown = f"{m.group('n')}、"
            findings.append(Finding("numbering", ERROR, f"“{shown}”前缺少“{gap}”", *where(lines, block, m.start("n")),
                                    shown, f"此处应为“{cn_number(top + 1)}、”，或把前面补齐"))  # fmt: skip
            top = n
    return findings


def _with_later_heads(found: tuple[int, int, str], index: int, heads: Sequence[Head]) -> tuple[int, int, str]:
    """一、 run into the announcement's line, 二、 on a line of its own after it: the points go on there."""
    n, top, marks = found
    for h in heads:
        if h.index > index and h.level == 1:
            if h.number != top + 1:
                break
            n, top = n + 1, h.number
    return (n, top, f"一、至{cn_number(top)}、") if top != found[1] else found


# A paragraph that stops mid-sentence (a doc-sharing page cuts its text into chunks 1、… 2、… at any word) goes on
# in the next block: the points run into it still belong to the announcement.
_SENTENCE_END = "。！？；：!?;:”’」』）)…"
_CHUNK_MARK = re.compile(r"^\d{1,3}、\s*")


def _cut_continuation(unit: Sequence[Block], index: int) -> str:
    """The text of the blocks after `index` that continue its cut-off sentence (the chunk mark 2、 dropped)."""
    parts: list[str] = []
    text = unit[index].text
    for block in unit[index + 1 :]:
        if not text or text[-1] in _SENTENCE_END:
            break
        text = _CHUNK_MARK.sub("", block.text)
        parts.append(text)
    return "".join(parts)


def _count_after(
    index: int, offset: int, heads: Sequence[Head], series: Sequence[Item], unit: Sequence[Block]
) -> tuple[int, int, str] | None:
    """How many points follow an announcement, the highest number among them, and their marks.

    Points are the headings one level down, or else the run-in series (一是 …) that follows.
    """
    scope = max((h for h in heads if h.index <= index), key=lambda h: h.index, default=None)
    scope_level = scope.level if scope else 0
    end = next((h.index for h in heads if h.index > index and h.level <= scope_level), 10**9)
    inside = [h for h in heads if index < h.index < end and h.level > scope_level]
    first_head = inside[0].index if inside else end
    opening = [it for i, off, it in series if index < i < first_head and off == 0]
    if opening and opening[0].number == 1:
        # 谈两点意见：第一，……（1、至4、）第二，…… — the paragraph series holds the numbered lines.
        items = [it for i, off, it in series if index < i < end and off == 0 and it.kind == opening[0].kind]
        return _series_count(items)
    if not inside and end < 10**9:
        restarted = _restarted_after(index, end, heads, unit)
        if restarted:
            return restarted
    if inside:
        level = min(h.level for h in inside)
        points = [h for h in inside if h.level == level]
        again = next((k for k, h in enumerate(points) if k and h.number == 1), len(points))
        points = points[:again]  # （一）…（三） previewed, then （一）… again for the parts: the list is the preview's
        points = _with_stray_marks(points, inside, end)
        marks = f"{points[0].mark}至{points[-1].mark}" if len(points) > 1 else points[0].mark
        return len(points), max(h.number for h in points), marks
    items = [it for i, off, it in series if (i > index or (i == index and off >= offset)) and i < end]
    return _series_count(items)


def _with_stray_marks(points: list[Head], inside: Sequence[Head], end: int) -> list[Head]:
    """一、…二、…（三）… or 3. (#13, place52): a point whose heading a copy marked otherwise, read one level down, is the
    next point when it is the first heading after the point before it and numbers on from it (and the point after it,
    if any, numbers on from it too) — a sub-point 3 needs a sub-point 2 before it."""
    out = list(points)
    for k, point in enumerate(points):
        stop = points[k + 1].index if k + 1 < len(points) else end
        deeper = [h for h in inside if point.index < h.index < stop]
        if deeper and deeper[0].number == point.number + 1 > 2 and (k + 1 == len(points) or points[k + 1].number == point.number + 2):
            out.append(deeper[0])
    return sorted(out, key=lambda h: h.index)


# ：熬得住、想得开、扛得动、放得下。 — the announced words named right after the colon, the sentence ending with them
_WORD_LIST = re.compile(r"^[：:]\s*((?:[\u4e00-\u9fff“”\"]{1,8}、){1,9}[\u4e00-\u9fff“”\"]{1,8})[。；！]")


def _previewed(index: int, heads: Sequence[Head]) -> bool:
    """The headings after an announcement start again at 1 at their own level: the first run listed the parts."""
    after = [h for h in heads if h.index > index]
    level = min((h.level for h in after), default=0)
    firsts = [h for h in after if h.level == level and h.number == 1]
    return len(firsts) >= 2


def _series_count(items: Sequence[SeriesItem]) -> tuple[int, int, str] | None:
    """The run of one kind of series marker from 一 on (一是…三是): count, highest number, marks."""
    if not items or items[0].number != 1:
        return None
    numbers = [1]
    for it in items[1:]:
        if it.kind == items[0].kind:
            if it.number <= numbers[-1]:
                break  # the next series starts
            numbers.append(it.number)
    marks = f"{items[0].mark}……" if len(numbers) > 1 else items[0].mark
    return len(numbers), numbers[-1], marks


def _restarted_after(index: int, end: int, heads: Sequence[Head], unit: Sequence[Block]) -> tuple[int, int, str] | None:
    """…最后，我再强调四点：一、…二、… inside the last point: the list that starts again at 一 right after it,
    up to the next list of its own (会议议程); a slip in its numbering is the numbering rule's to report."""
    head = next(h for h in heads if h.index == end)
    if head.number != 1:
        return None
    points = [head]
    for h in heads:
        if h.index > head.index and h.level == head.level:
            if h.number == 1 and new_series(unit, h.index):
                break
            points.append(h)
    marks = f"{points[0].mark}至{points[-1].mark}" if len(points) > 1 else points[0].mark
    return len(points), points[-1].number, marks


# The copy stops before the points it announced: a page cut it (……(未完，全文共2010字), 【文章共6963字…】, 预览结束,
# 会员可阅读), or its last line stops mid-sentence (…县域经济实现持续快速), or it holds only point one and nothing after.
_PAYWALL = re.compile(
    r"未完|全文共\s*\d+\s*字|当前(?:仅)?显示|文章共\s*\d+\s*字|预览结束|查看全文|阅读全文|下载全文|会员可|正式会员|请先登录|省略\s*\d*\s*字"
)
# 同志们，让我们…！ / 谢谢大家 / 以上…意见: the speech's own end is in the copy.
_CLOSING = re.compile(r"^(?:同志们|各位领导|各位代表)[，,！!]|^总之[，,]|谢谢(?:大家|各位)?[！!。]|^让我们")


def _copy_cut(unit: Sequence[Block], index: int, points: int, start: int = 0, said: int = 0) -> str | None:
    """Why a copy with fewer points than announced looks cut off (None when it ends as a speech ends).

    The paragraph that announces is read from the announcement on: 同志们，刚才……。下面，我再强调三点意见：
    opens with a vocative that turns to the points, it is no closing. One point under 六点要求 is a copy that lost the
    others even when the closing follows (a site kept the head of the speech and its end): nobody announces six and
    writes one. (One under 三点 with the closing after it stays the speech's own slip.)"""
    if points == 1 and said >= 4:
        return f"“{cn_number(said)}点”只见到第一点"
    after = unit[index:]
    body = [b for b in after if b.kind in ("paragraph", "heading") and len(b.text) >= 6]  # not 注册, 最近更新
    last = body[-1].text.rstrip() if body else ""
    if last and last[-1] not in _SENTENCE_END and not _CLOSING.search(last) and "谢谢" not in last[-8:]:
        # (count50) the copy's last words stop mid-sentence: cut, whatever closing-like vocative stood before
        # (同志们，我们今天站立的起点… opens a paragraph inside point one, it does not close the speech)
        return f"最后一段停在“{last[-8:]}”"
    # (a point's first paragraph belongs to the point: 一、…⏎同志们，我们今天站立的起点… is no closing, count50)
    if _CLOSING.search(unit[index].text[start:]) or any(
        _CLOSING.search(b.text) for k, b in enumerate(after[1:], 1)
        if after[k - 1].kind != "heading" or after[k - 1].text.rstrip()[-1:] in _SENTENCE_END
    ):  # (after a heading that is a whole sentence, 第一，…完成整地。, a vocative closes the copy: wild22)
        return None
    for block in after:
        if m := _PAYWALL.search(block.text):
            return f"网页提示“{m.group(0)}”"
    if points == 1:
        return "只有第一点、没有结束语"
    return None


def _cut_short(f: Finding, cut: str) -> Finding:
    """Fewer points than announced in a copy that stops early: a warning to check against the whole text."""
    return Finding("count-mismatch", WARNING, f"{f.message}；但这份副本像是没抄完（{cut}），其余的点可能在缺的部分里",
                   f.line, f.column, f.text, "对照原文核对；如原文确实只有这些点，" + (f.suggestion or ""))  # fmt: skip


# 提三点希望：then 在行为礼仪方面，… / 在学习方面，… paragraphs, unnumbered: each paragraph one point
_PARALLEL_OPENING = re.compile(r"^\s*在[\u4e00-\u9fff、与和]{1,12}方面[，,：:]")


def _parallel_openings(unit: Sequence[Block], index: int) -> tuple[int, int, str] | None:
    """The paragraphs right after an announcement that all open 在…方面，: how many (at least two)."""
    n = 0
    for block in unit[index + 1 :]:
        if block.kind != "paragraph" or not _PARALLEL_OPENING.match(block.text):
            break
        n += 1
    return (n, n, "“在…方面”开头的段落") if n >= 2 else None


# 其次，… / 第二，… / 另外，…: points marked with words, which a writer may count as the announcement does
_WORD_MARKS = re.compile(r"(?:^|[。；;！？!?：:，,\s])(?:其次|再次|第二|二是|另外|此外)[，,、：:]?")


# 谈三点体会。第一，… / 提出三点要求：⏎第一点要求，… / 送大家三句话。⏎第一句话：… — the first point marked with an
# ordinal right after the announcement, and no second one anywhere after it: a copy that stops inside its first point
# (#13, batch 75's and 76's pages cut off by the site), where the ordinal alone makes no series for the outline to read.
_FIRST_LEAD = re.compile(r"\s*第一(?:点(?:希望|要求|意见|建议|期望)?|句话|个方面|个问题|方面|部分|件事|条|是)?[，,、：:．.]")
_SECOND_LEAD = re.compile(r"(?:^|[。；;：:！？!?\s])第二(?:点(?:希望|要求|意见|建议|期望)?|句话|个方面|个问题|方面|部分|件事|条|是)?[，,、：:．.]")


def _lone_first(unit: Sequence[Block], index: int, start: int) -> str | None:
    """The mark of a lone first point right after an announcement (第一， / 第一点希望，), None when there is none or a
    second one follows (then the outline's series counts them)."""
    tail = unit[index].text[start:]
    stop = re.match(r"[^。：:！!]{0,24}[。：:！!]", tail)  # the announcing sentence ends: 。 / ，供大家参考。
    if stop and tail[stop.end() :].strip():
        first = _FIRST_LEAD.match(tail, stop.end())  # 谈三点体会。第一，… run into one paragraph
        rest = [tail[first.end() :] if first else "", *(b.text for b in unit[index + 1 :])]
    else:
        after = next((b for b in unit[index + 1 :] if b.kind in ("paragraph", "heading")), None)
        first = _FIRST_LEAD.match(after.text) if after is not None else None
        rest = [b.text for b in unit[index + 1 :]]
    if first is None or any(_SECOND_LEAD.search(t) for t in rest):
        return None
    return first.group(0).strip()[:-1] + "……"


def _unmarked_after(unit: Sequence[Block], index: int, start: int, heads: Sequence[Head], series: Sequence[Item]) -> int:
    """下面，我讲两点意见。首先，我代表学校…欢迎 then paragraphs of thanks, hopes and wishes to 谢谢大家！: a whole
    speech (its closing in the copy) with no point numbered or marked after the announcement — how many paragraphs
    run from it to the closing (0 when there are points, or the copy may be cut)."""
    if any(h.index > index for h in heads) or any(i > index or (i == index and off >= start) for i, off, _ in series):
        return 0
    after = [b for b in unit[index + 1 :] if b.kind in ("paragraph", "heading")]
    closing = next((k for k, b in enumerate(after) if _CLOSING.search(b.text)), None)
    if closing is None or closing < 2:
        return 0
    body = [unit[index].text[start:], *(b.text for b in after[:closing])]
    if any(_WORD_MARKS.search(t) for t in body):
        return 0
    return closing


def _copy_ends(unit: Sequence[Block], index: int, start: int) -> bool:
    """我再强调五点要求：&n[标签:介绍] — the copy stops right after the announcement: what follows it in the speech
    (the rest of its paragraph and every paragraph or heading below) holds hardly a sentence, only a site's tags."""
    tail = unit[index].text[start:].lstrip()
    if tail and tail[0] not in "：:。":
        return False  # 会上，领导提出了三点要求，大家深受鼓舞。: told in passing, not announced to be listed
    rest = [tail, *(b.text for b in unit[index + 1 :] if b.kind in ("paragraph", "heading"))]
    return sum(count_han(t) for t in rest) < 12


def _ends_finding(said_text: str, line: int, col: int) -> Finding:
    """Points announced and the copy ends there: a warning (the number cannot be checked against what is missing)."""
    return Finding(
        "count-mismatch", WARNING, f"说“{said_text}”，后面一点也没有：这份副本在宣布之后就断了，看不出说的数对不对",
        line, col, said_text, f"对照原文补齐要点，并核对“{said_text}”中的数字",
    )  # fmt: skip


def _unmarked_finding(said_text: str, said: int, n: int, line: int, col: int) -> Finding:
    """Points announced, none numbered: a warning (the points may be there, unnumbered; only the writer can say)."""
    return Finding(
        "count-mismatch", WARNING, f"说“{said_text}”，后面却没有编号的要点：接下来的 {n} 段到结束语都没有序号，看不出是哪{count_word(said)}点",
        line, col, said_text, f"给要点加上序号（一、二、……），或删改“{said_text}”使之与内容相符",
    )  # fmt: skip


def _parallel_finding(said_text: str, said: int, found: tuple[int, int, str], line: int, col: int) -> Finding:
    """Unnumbered points counted by their like openings: a warning (a writer may have joined two in a paragraph)."""
    n = found[0]
    return Finding(
        "count-mismatch", WARNING, f"说“{said_text}”，后面接着有 {n} 段以“在…方面”开头、未编号的要点", line, col, said_text,
        f"核对要点数：把“{said_text}”中的数字改为 {count_word(n)}，或合并/补齐段落使数量一致",
    )  # fmt: skip


def _count_finding(said_text: str, said: int, found: tuple[int, int, str], line: int, col: int) -> Finding:
    n, _top, marks = found
    return Finding(
        "count-mismatch", ERROR, f"说“{said_text}”，后面实际有 {n} 点（{marks}）", line, col, said_text,
        f"把“{said_text}”中的数字改为 {count_word(n)}，或补齐/删减要点使数量一致",
    )  # fmt: skip

