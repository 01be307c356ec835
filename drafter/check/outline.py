"""The outline of a speech: where each speech of a file starts, its headings, run-in series and announcements,
and the numbering rule.

A file may hold several speeches (a collection copied from the web); a new
称谓 (同志们：) or a collection heading (## 篇二) starts a new speech. A speech
whose 一、 carries on from the one before (同志们 used mid-speech as a
divider) is checked together with it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from drafter.check import lazyre as re
from drafter.check.census import continued_items
from drafter.check.wrapped import position
from drafter.findings import Finding, Severity
from drafter.records import Record, replace
from drafter.structure import Block, SeriesItem, find_runin_series, match_heading
from drafter.text import CN_NUMERAL, cn_number, parse_cn_number

ERROR, WARNING = Severity.ERROR, Severity.WARNING
MARKS = {1: "一、", 2: "（一）", 3: "1.", 4: "（1）"}


class Speech(Record):
    """Consecutive blocks that form one speech, and the lines they span."""

    __slots__ = ("blocks", "first", "last")
    blocks: tuple[Block, ...]
    first: int
    last: int

    def __init__(self, blocks: tuple[Block, ...], first: int, last: int) -> None:
        set_field = object.__setattr__
        set_field(self, "blocks", blocks)
        set_field(self, "first", first)
        set_field(self, "last", last)


# ---------------------------------------------------------------- speeches


_START_SALUTATION = re.compile(r"^[^。！？，,]{0,20}(同志|领导|来宾|代表|朋友)[^。！？]{0,12}[：:]$")


def _starts_speech(block: Block) -> bool:
    if block.kind == "title":
        return True
    if block.markdown and block.kind != "heading":
        return True  # a collection heading (## 篇一)
    return bool(_START_SALUTATION.match(block.text))


def _is_body(block: Block) -> bool:
    """A heading or running text; a short line without a sentence (a web page's 首页 > …, the title
    under it, 03-28 素材站) is not yet the body a 称谓 would start a new speech after."""
    if block.kind == "heading":
        return True
    return block.kind == "paragraph" and (len(block.text) > 60 or bool(re.search(r"[。！？；]", block.text)))


# XX镇镇长在…活动上的讲话 / 在全县…会议上的讲话（摘要）: a line that names a speech, no sentence in it
_TITLE_LINE = re.compile(r"^[^。！？；!?;]{4,60}?(?:讲话|致辞|发言|讲稿|主持词|演讲|贺词|祝词|动员报告)(?:稿)?\s*(?:[（(][^）)]{1,12}[）)])?$")
_UNDER_TITLE = re.compile(r"^[^。！？；!?;，,]{1,24}$")


def _title_lines_before(group: Sequence[Block]) -> int:
    """How many blocks at the end of a speech are the next one's title (with a speaker or date line under it): a
    collection page puts each speech's title on its own line right before its 称谓, while the speech before it ended
    with 谢谢大家！"""
    if len(group) >= 2 and _TITLE_LINE.match(group[-1].text.strip()):
        return 1
    if len(group) >= 3 and _TITLE_LINE.match(group[-2].text.strip()) and _UNDER_TITLE.match(group[-1].text.strip()):
        return 2
    return 0


def split_speeches(blocks: Sequence[Block], n_lines: int) -> list[Speech]:
    """Split blocks into speeches at each 称谓 or collection heading that follows body text."""
    groups: list[list[Block]] = [[]]
    has_body = False
    for block in blocks:
        starts = _starts_speech(block)
        if starts and has_body:
            # the next speech's title (and a speaker or date line under it) on lines of their own before its 称谓
            head = _title_lines_before(groups[-1]) if block.kind != "title" else 0
            groups.append(groups[-1][len(groups[-1]) - head :] if head else [])
            del groups[-2][len(groups[-2]) - head :]
            has_body = False
        groups[-1].append(block)
        has_body = has_body or (not starts and _is_body(block))
    speeches = []
    for i, group in enumerate(groups):
        first = group[0].line if group else 1
        last = groups[i + 1][0].line - 1 if i + 1 < len(groups) else max(n_lines, first)
        speeches.append(Speech(tuple(group), 1 if i == 0 else first, last))
    return speeches


# ---------------------------------------------------------------- outline


# 我再讲四句话十六个字 / 讲三句话、共十二个字: the words counted after the sayings are the same sayings, not a second
# count; 送大家三句话 (a gift of sayings to pupils or new cadres) and 提三个要求 announce as 讲三句话 and 提三点要求 do.
_ANNOUNCE = re.compile(
    # (今天跟各位交流三点体会 (#13, batch 66's planted count miss): what the speaker shares with the listeners, announced as 讲 is)
    r"(?:(?:讲|谈|提|强调|抓好|做好|突出|把握|注意|说|(?<=我)有|(?<=大家|各位)交流|送(?:给|上)?(?:大家|各位|你们|同学们|同志们)?)(?:好)?(?:以下|如下)?|以下)"  # 我有三方面的想法跟大家交流
    r"[ “\"]?(?P<n>[一二三四五六七八九十两几\d]{1,2}) ?(?P<unit>点|个方面|方面|项|条|个问题|句话(?:[、，,]?(?:共|计)?[一二三四五六七八九十两\d]{1,3}个字)?|件事|个部分|个(?=要求|希望)|个(?:[\u4e00-\u9fff]{1,4}的)?(?:关键)?词)(?:意见|要求|看法|想法|体会|工作|任务|措施)?"
)
# 提出两点希望：第一，… — 希望, 建议 and 期望 are given in 点 too (a principal's 开学 speech to the pupils).
_LOOSE_ANNOUNCE = re.compile(r"(?P<n>[一二三四五六七八九十两\d]{1,2})(?P<unit>点)(?:意见|要求|看法|想法|体会|希望|建议|期望)")
# 我作五点战前动员部署 / 谈三点粗浅的思考 / 提几点具体建议: a speaker's verb, N点, a few words and the noun of
# what he gives (部署, 说明, 建议, 体会, 思考 …) at the end of its clause.
_NOUN_ANNOUNCE = re.compile(
    r"(?<=[我再就先])(?:讲|谈|提|作|做|说)(?:出|讲|谈)?(?P<n>[一二三四五六七八九十两\d]{1,2})(?P<unit>点)"
    r"[\u4e00-\u9fff]{0,6}?(?:部署|说明|建议|体会|思考|意见|要求|看法|想法|感受|认识|打算|思路)"
)

# 局长就做好学校安全工作提出了七个方面的要求： — what a speech's writer (or a report of it) says the speaker set out,
# 提出 with 了 and 的 between the count and the noun; only before a colon, where the list follows.
_PROPOSED_ANNOUNCE = re.compile(
    r"提出了?(?P<n>[一二三四五六七八九十两\d]{1,2}) ?(?P<unit>点|个方面|方面|项|条)(?=的?(?:意见|要求|希望|建议|任务|措施)?[：:])"
)


class Head(Record):
    """A numbered heading in outline order."""

    __slots__ = ("index", "level", "number", "line", "column", "mark")
    index: int  # position in the speech's blocks
    level: int
    number: int
    line: int
    column: int
    mark: str

    def __init__(self, index: int, level: int, number: int, line: int, column: int, mark: str) -> None:
        set_field = object.__setattr__
        set_field(self, "index", index)
        set_field(self, "level", level)
        set_field(self, "number", number)
        set_field(self, "line", line)
        set_field(self, "column", column)
        set_field(self, "mark", mark)


def column_of(lines: Sequence[str], block: Block, offset: int = 0) -> int:
    raw = lines[block.line - 1] if 0 < block.line <= len(lines) else ""
    base = raw.find(block.text[:6])
    return max(base, 0) + offset + 1


def where(lines: Sequence[str], block: Block, offset: int = 0) -> tuple[int, int]:
    """(line, column) of `offset` in a block's text, on the line a user sees (a joined PDF line too)."""
    return position(lines, block, offset) or (block.line, column_of(lines, block, offset))


class Outline(Record):
    """One unit of a file (a speech, or speeches whose 一、 carries on) with its headings and run-in series."""

    __slots__ = ("unit", "heads", "series")
    unit: tuple[Block, ...]
    heads: tuple[Head, ...]
    series: tuple[Item, ...]

    def __init__(self, unit: tuple[Block, ...], heads: tuple[Head, ...], series: tuple[Item, ...]) -> None:
        set_field = object.__setattr__
        set_field(self, "unit", unit)
        set_field(self, "heads", heads)
        set_field(self, "series", series)


def outlines(lines: Sequence[str], speeches: Sequence[Speech]) -> list[Outline]:
    """The outline of every unit, for the numbering rule here and the count rule (drafter.check.counts)."""
    found = []
    for unit in _outline_units(speeches):
        heads, series = _outline_of(lines, unit)
        found.append(Outline(tuple(unit), tuple(heads), tuple(series)))
    return found


def check_outline(outs: Sequence[Outline]) -> list[Finding]:
    """Numbering of headings and run-in series, unit by unit."""
    findings: list[Finding] = []
    for out in outs:
        findings += _numbering(out.heads, out.unit)
        findings += _series_numbering(out.unit, out.heads, out.series)
        said = {(f.line, f.column) for f in findings}
        findings += [f for f in _inline_ordinals(out.unit) if (f.line, f.column) not in said]
    return findings


# 第一，落实党政同责。第二，落实部门监管责任。第四，落实企业主体责任。 (#13, check46's own flawed speeches): the ordinals
# of a list run on inside one paragraph, each opening a sentence. The paragraph series above reads 第一， only where it
# opens a paragraph; here the paragraph's own list must count on from 第一 without a gap or a repeat. A 第一 right after
# a colon starts the next list (对老师们提三点要求：第一…第三…。对同学们提三点希望：第一…: a news item on a school's rally).
_INLINE_ORDINAL = re.compile(r"(?:(?<=^)|(?<=[。；！？;!?：:]))\s*第(?P<n>[一二三四五六七八九十])(?=[，,、：:])")


def _inline_ordinals(unit: Sequence[Block]) -> list[Finding]:
    findings = []
    for block in unit:
        if block.kind not in ("paragraph", "heading") or block.text.count("第") < 2:
            continue
        items = [(m.start("n") - 1, parse_cn_number(m.group("n"))) for m in _INLINE_ORDINAL.finditer(block.text)]
        if len(items) < 2 or items[0][1] != 1:
            continue
        for (_, prev), (at, n) in zip(items, items[1:], strict=False):
            if n == prev + 1 or (n == 1 and block.text[:at].rstrip().endswith(("：", ":"))):
                continue  # (…提出三点希望：第一，… after 第三: a news item's second list, announced by its colon)
            item = SeriesItem("第，", n, block.line, at + 1, f"第{cn_number(n)}")
            findings.append(_series_finding(item, prev))
            break
    return findings


def _outline_units(speeches: Sequence[Speech]) -> Iterator[list[Block]]:
    """Merge speeches whose level-1 numbering carries on (同志们 used mid-speech as a divider)."""
    unit: list[Block] = []
    last_top = 0
    for speech in speeches:
        top = [h for b in speech.blocks if (h := _heading_of(b)) and h[0] == 1]
        if unit and not (top and last_top and top[0][1] == last_top + 1):
            yield unit
            unit, last_top = [], 0
        unit += speech.blocks
        last_top = top[-1][1] if top else last_top
    if unit:
        yield unit


def _heading_of(block: Block) -> tuple[int, int] | None:
    if block.kind != "heading" or block.mark.startswith("第"):
        return None
    return block.level, block.number


Item = tuple[int, int, SeriesItem]  # block index, offset in the block's text, item
# 2. 本站部分文稿需要会员才可阅读… / 4. 下载文档时…请联系客服: a web page's numbered notices.
_SITE_FOOTER = re.compile(r"本站|侵权|需要会员|仅作为参考学习|转载请注明|用户上传|联系客服")


def _site_notices(unit: Sequence[Block]) -> set[int]:
    """Numbered notices of a web page (1. … 2. 本站… 3. …侵权…): every heading of the run one of them is in;
    and a collection's contents (目录 over 1.…总结 3 / 2.…计划 13), a list of titles with their pages."""
    found = {i for i, b in enumerate(unit) if b.kind == "heading" and _SITE_FOOTER.search(b.text)}
    for i in sorted(found):
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(unit) and unit[j].kind == "heading" and unit[j].level == unit[i].level:
                found.add(j)
                j += step
    return found | _contents(unit) | _entry_titles(unit)


# 一、“…情况调查”调研报告 / 留守儿童…情况调查 / ——以某某镇为例 / 摘要… / 一、调查的背景: a collection page numbers its
# documents, and the first one's title, numbered 一、 and ending on its kind, is said again right under it (without the
# kind): the collection's entry, not the report's first part (whose own 一、 follows).
_ENTRY_KIND = re.compile(r"(?:报告|总结|讲话|发言|致辞|心得体会|演讲稿|主持词)(?:范文)?\d{0,2}$")
_QUOTES = re.compile(r"[“”\"'《》\s]")


def _entry_titles(unit: Sequence[Block]) -> set[int]:
    """The headings of a collection's entries: a top heading ending on a document's kind, its title repeated below."""
    found: set[int] = set()
    for i, block in enumerate(unit[:-1]):
        if block.kind != "heading" or block.level != 1 or not _ENTRY_KIND.search(block.text):
            continue
        title, below = _QUOTES.sub("", block.text[len(block.mark) :]), _QUOTES.sub("", unit[i + 1].text)
        if unit[i + 1].kind != "heading" and len(below) >= 6 and below in title:
            found.add(i)
    return found


# 目录 / 1.高新区2022年工作总结和2023年工作计划 3 / … / 10企业…工作计划 71 (its dot lost): a collection page's contents
_CONTENTS_HEAD = re.compile(r"^\s*目\s*[录錄]\s*[:：]?\s*$")
_CONTENTS_ENTRY = re.compile(r"^\s*\d{1,3}\s*[.．、]?\s*[\u4e00-\u9fff][^。！？]{1,70}?[\u4e00-\u9fff）)]\s*\d{1,3}\s*$")


def _contents(unit: Sequence[Block]) -> set[int]:
    """The blocks of a contents list: under a block that says 目录, each a numbered title ending in its page."""
    found: set[int] = set()
    for i, block in enumerate(unit):
        if not _CONTENTS_HEAD.match(block.text):
            continue
        j = i + 1
        while j < len(unit) and _CONTENTS_ENTRY.match(unit[j].text):
            found.add(j)
            j += 1
    return found


# 第一,… with a web page's half-width comma; 第一.本次论坛的初衷… / 第二．… with a full stop after the ordinal (a page
# that writes its ordinals as it writes 1. 2.): the same run-in series 第一，第二，
_ORDINAL_LEAD = re.compile(r"^第(?P<n>" + CN_NUMERAL + r")[,.．](?=[^\d])")
# 第一个问题：… / 第二个方面， opening a paragraph: the points of a speech that announced N个问题.
_UNIT_KINDS = ("第个问题", "第个方面", "第部分", "第件事")
_UNIT_LEAD = re.compile(r"^第(?P<n>" + CN_NUMERAL + r")(?P<unit>个问题|个方面|部分|件事)(?=[：:，,。\s]|是|就是|要|，)")


# 1、2023年… (a list item opening with a date): the outline parser leaves it (a digit after the mark may be 1.5).
_MARK_BEFORE_DIGIT = re.compile(r"^(?P<n>\d{1,2})、(?=\d)")


def _outline_of(lines: Sequence[str], unit: Sequence[Block]) -> tuple[list[Head], list[Item]]:
    """The numbered headings of a unit and its run-in series items (with block index and offset)."""
    heads = []
    series: list[Item] = []
    dated: list[Head] = []
    notices = _site_notices(unit)
    opened = _first_second(unit)
    ordinals = _bare_ordinals(unit)
    for i, block in enumerate(unit):
        lead = _ORDINAL_LEAD.match(block.text) if block.kind == "paragraph" else None
        unit_lead = _UNIT_LEAD.match(block.text) if block.kind in ("paragraph", "heading") else None
        if i in opened:
            word = block.text[:2]
            series.append((i, 0, SeriesItem("第", opened[i], block.line, column_of(lines, block), word)))
        elif i in ordinals:
            series.append((i, 0, SeriesItem("第", ordinals[i], block.line, column_of(lines, block), block.text[: 1 + len(cn_number(ordinals[i]))])))
        elif unit_lead:
            number, kind = parse_cn_number(unit_lead.group("n")), f"第{unit_lead.group('unit')}"
            series.append((i, 0, SeriesItem(kind, number, block.line, column_of(lines, block), unit_lead.group(0))))
        elif block.kind == "heading" and block.mark.startswith("第"):
            # 第一，… opens a paragraph: a run-in series, not a heading.
            series.append((i, 0, SeriesItem("第", block.number, block.line, column_of(lines, block), block.mark)))
        elif lead:  # 第一,… with a web page's half-width comma
            number = parse_cn_number(lead.group("n"))
            series.append((i, 0, SeriesItem("第", number, block.line, column_of(lines, block), lead.group(0))))
        elif i in notices:
            continue  # 2. 本站部分文稿需要会员才可阅读…: a web page's numbered notice, not the speech's outline
        elif block.kind == "heading" and block.number == 0:
            continue  # (0) under 谢谢大家！: a page's count of likes or comments; no outline numbers from zero
        elif block.kind == "heading":
            heads.append(Head(i, block.level, block.number, block.line, column_of(lines, block), block.mark))
            heads += _run_on_items(lines, block, i)
        elif block.kind == "paragraph" and (bare := _bare_heading(unit, i)) and (
            _next_top(heads, bare) or _SPACED_HEADING.match(block.text)
        ):
            heads.append(Head(i, 1, parse_cn_number(bare), block.line, column_of(lines, block), bare))
        elif block.kind == "paragraph" and (date_led := _MARK_BEFORE_DIGIT.match(block.text)):
            mark = date_led.group(0)
            dated.append(Head(i, 3, int(date_led.group("n")), block.line, column_of(lines, block), mark))
        if block.kind in ("paragraph", "heading") and (tail := _TAIL_HEADING.search(block.text) or _glued_tail(heads, block)):
            line, col = where(lines, block, tail.start("mark"))  # …等重要议题。 二、工作成就与经验总结: the next part's heading
            heads.append(Head(i, 1, parse_cn_number(tail.group("n")), line, col, tail.group("mark")))
        if block.kind in ("paragraph", "heading") and len(block.text) > 200:
            taken = {(h.line, h.column) for h in heads}
            flats = [Head(i, 1, parse_cn_number(flat.group("n")), *where(lines, block, flat.start("mark")), flat.group("mark"))
                     for flat in _flattened_heads(block.text) or _glued_heads(unit, block.text)]  # fmt: skip
            if flats:  # in the line's order, with a heading the line ends on (_TAIL_HEADING)
                own = sorted([h for h in heads if h.index == i] + [h for h in flats if (h.line, h.column) not in taken],
                             key=lambda h: (h.line, h.column))  # fmt: skip
                heads = [h for h in heads if h.index != i] + own
        items = [*find_runin_series([block]), *_joined_subheads(block), *_joined_ordinals(block)]
        items += _loose_runins(block, items)
        items += _line_end_runin(block)
        for item in sorted(items, key=lambda it: it.column):
            offset = item.column - 1
            line, col = where(lines, block, offset)
            series.append((i, offset, SeriesItem(item.kind, item.number, line, col, item.mark)))
    if dated and any(h.level == 3 for h in heads):
        # 1、2023年7月8日下午，… then 2、前年暑假，…: an item of the list all the same, not a gap before 2、
        # (a list whose items all open with a date stays out, as the outline parser leaves it)
        heads = sorted([*heads, *dated], key=lambda h: h.index)
    return _arabic_parts(heads), series


# 1.总结去年工作，部署今年任务 2.宣读表彰决定 / 3.为获奖单位颁奖 4.请…作重要讲话: a host script's agenda, two items to a
# line after a space (the page lost the line breaks between them); only the numbers that carry on from the line's own.
_RUN_ON_ITEM = re.compile(r"(?<=\s)(?P<n>\d{1,2})(?P<sep>[.．、])(?=[\u4e00-\u9fff“])")


def _run_on_items(lines: Sequence[str], block: Block, index: int) -> list[Head]:
    """The items of a 1. list run on after the line's own, each the next number, written as the line's own is."""
    found: list[Head] = []
    if block.level != 3 or not block.mark[:1].isdigit():
        return found
    want, sep = block.number + 1, block.mark[-1]
    for m in _RUN_ON_ITEM.finditer(block.text):
        if int(m.group("n")) == want and m.group("sep") == sep:
            line, col = where(lines, block, m.start())
            found.append(Head(index, 3, want, line, col, m.group("n") + sep))
            want += 1
    return found


# 第一从加快发展的要求看，必须做好防汛工作。 / 第二从今年极端天气情况看，…: paragraphs a writer numbered 第一, 第二 with
# nothing after the numeral, each going on the same way (从…看). A numeral run into a word (第一次, 第一书记, 第一时间,
# 第二批) is no item; two paragraphs or more, 第一 and another number, must open alike.
_BARE_ORDINAL = re.compile(r"^第(?P<n>[一二三四五六七八九十]{1,2})(?P<next>[\u4e00-\u9fff])")
_RUN_INTO = frozenset("次个批届期条项位名年天步季轮课章节部类种等方层级份页回场股组排号书时责生线手把产")


def _bare_ordinals(unit: Sequence[Block]) -> dict[int, int]:
    """The paragraphs opening 第一 第二 … right before one word, the same word in each (their numbers)."""
    found: dict[str, dict[int, int]] = {}
    for i, block in enumerate(unit):
        m = _BARE_ORDINAL.match(block.text) if block.kind == "paragraph" else None
        if m and m.group("next") not in _RUN_INTO and m.group("next") not in "一二三四五六七八九十":
            found.setdefault(m.group("next"), {})[i] = parse_cn_number(m.group("n"))
    best = max(found.values(), key=len, default={})
    return best if len(set(best.values())) >= 2 and 1 in best.values() else {}


# 首先，我们在…方面取得了… / 其次，… / 第三，… / 最后，…: paragraphs a writer numbered 首先, 其次, then 第三 — the first two
# items of the 第 series said in words (最后, the closing thanks, is none of them).
_FIRST_SECOND = {"首先": 1, "其次": 2}
_WORD_LEAD = re.compile(r"^(?P<w>首先|其次)[，,]")
_THIRD_LEAD = re.compile(r"^第三[，,、]")


def _first_second(unit: Sequence[Block]) -> dict[int, int]:
    """The paragraphs opening 首先， and 其次， right before a paragraph opening 第三， (their numbers, 1 and 2)."""
    for k, block in enumerate(unit):
        if block.kind in ("paragraph", "heading") and _THIRD_LEAD.match(block.text):
            leads = [(j, m.group("w")) for j in range(k) if unit[j].kind == "paragraph" and (m := _WORD_LEAD.match(unit[j].text))]
            if [w for _, w in leads[-2:]] == ["首先", "其次"]:
                return {j: _FIRST_SECOND[w] for j, w in leads[-2:]}
            return {}
    return {}


def _arabic_parts(heads: list[Head]) -> list[Head]:
    """1、加强排查整治 then 1.继续开展… 2.开展… (and 2、 then 1. again): a school's report numbers its parts 1、 and
    the items under each part 1. — two levels, not one level written two ways with 1. said twice. The 1、 headings
    are read one level up (the top one when the text has no 一、), where the 1. under each starts again."""
    if any(h.level == 2 for h in heads):
        return heads
    arabic = [h for h in heads if h.level == 3]
    parts = [h for h in arabic if _separator(h.mark) == "、"]
    if not parts or len(parts) == len(arabic) or arabic[0] is not parts[0]:
        return heads
    if parts[0].number != 1:
        return heads
    # the item right after each part starts at 1. (1、 2、 then 3. 4. is one list that changed its form, a slip; a gap
    # among the parts or the items is the numbering rule's to report once the levels are read)
    after = [b for a, b in zip(arabic, arabic[1:], strict=False) if any(a is p for p in parts) and _separator(b.mark) != "、"]
    if not after or any(b.number != 1 for b in after):
        return heads
    up = 2 if any(h.level == 1 for h in heads) else 1
    return [replace(h, level=up) if any(h is p for p in parts) else h for h in heads]


# 四以打造特色社区为着力点，社区建设渐入佳境。 then （一）…: a section heading whose 、 was lost (a numeral and a
# word, a line short as headings are, the first sub-heading right under it). 四是/四个/四月 are no heading.
_BARE_HEADING = re.compile(r"^(?P<n>" + CN_NUMERAL + r")(?![是要个点项条种类年月日天周季次位名层级句件段届方大化川海])[\u4e00-\u9fff]")
# 一 调研背景 / 二 乌当区2乡6镇整体概况 then (一)…: a book's or a yearbook's section heading, its numeral spaced off from
# the title instead of 、 (皮书 reports, PDF text layers). The space is the mark: a sentence never opens on 一 and a
# space, so the heading stands whatever its number (三 after 一 is a numbering slip, not a sentence).
_SPACED_HEADING = re.compile(r"^(?P<n>" + CN_NUMERAL + r")[ \u3000]+(?=[\u4e00-\u9fff“])")


_NUMERALS = re.compile(r"[一二三四五六七八九十]+")


def _next_top(heads: Sequence[Head], numeral: str) -> bool:
    """Whether a bare numeral is the top-level heading due next (四 after 三、; any on a page that starts inside the
    text, before its first top heading): 一些年轻干部跌了跟头… right after 二、 and before （一） is a sentence that
    opens on 一些, not a 一 that lost its 、."""
    top = [h.number for h in heads if h.level == 1]
    return not top or parse_cn_number(numeral) == top[-1] + 1


def _bare_heading(unit: Sequence[Block], index: int) -> str:
    """The numeral of a short paragraph that heads the （一） after it but lost its 、 ("" when it is none)."""
    m = _BARE_HEADING.match(unit[index].text) or _SPACED_HEADING.match(unit[index].text)
    if not m or len(unit[index].text) > 40 or index + 1 >= len(unit):
        return ""
    after = unit[index + 1]
    return m.group("n") if after.kind == "heading" and after.level == 2 and after.number == 1 else ""


# A page whose paragraphs were joined into one line with spaces: … 二、聚焦短板 （一）抓好环境整治。… （二）抓好…
# …的极端重要性。(一)立足…。(二)… : after a space or a full stop, with full- or half-width brackets
_JOINED_SUBHEAD = re.compile(r"(?<=[\s。；！？])[（(](?P<n>" + CN_NUMERAL + r")[）)](?=[\u4e00-\u9fff“])")


# …审议并通过新的制度等重要议题。 二、工作成就与经验总结 — a page that lost a line break ran the next part's heading onto
# the end of the last paragraph of the part before (after a full stop and a space, with nothing after it)
_TAIL_HEADING = re.compile(r"(?<=[。！？])\s+(?P<mark>(?P<n>" + CN_NUMERAL + r")、)[^。！？；，,：:、\s]{2,30}$")


# …组成综合执法组，适时组织综合执法。二、树立全 / …扎实抓好安全生产工作。三、加强社会监督,搞好宣传: a page that lost the
# line break before a heading glues it to the end of the paragraph before, with no space (the heading may hold a comma
# and end on a full stop, as the page's other headings do: 四、组织综合执法,形成高压态势。)
_GLUED_TAIL = re.compile(r"(?<=[。！？])(?P<mark>(?P<n>" + CN_NUMERAL + r")、)(?=[\u4e00-\u9fff“])[^。！？；：:、\s]{2,30}。?$")


# …现将全年学习情况总结报告如下。 一、学习开展基本情况 2025 年,局党组… 三、主要做法与成效 (一)聚焦…: a PDF's text taken
# out as one line, each line break a space: a heading is a numeral and 、 after a sentence's end and a space, a short
# title without a stop, and the space where its own line ended.
_FLAT_HEADING = re.compile(
    r"(?<=[。！？；;!?])\s+(?P<mark>(?P<n>" + CN_NUMERAL + r")、)(?=[\u4e00-\u9fff“])[^。！？；;，,：:、\s]{2,24}(?=\s)"
)


def _flattened_heads(text: str) -> list[re.Match[str]]:
    """The top headings inside a flattened page's one line: two or more, the first of them 一、 (else none: a lone
    numeral after a stop may open a sentence's list)."""
    found = list(_FLAT_HEADING.finditer(text))
    if len(found) < 2 or found[0].group("n") != "一":
        return []
    return found


# …在此，我郑重表态：一、永葆忠诚之心讲政治我将… 。二、永葆为民之心… — a page that lost every line break glued each
# heading between a sentence's end and its own body, with no space (#13, batch 51). Read only in a unit with no heading
# of its own and a line of 600 characters or more, when the marks open parallel headings (the same two characters
# after each mark: 永葆…, 坚持…) — a sentence's own list seldom repeats its lead so.
_GLUED_HEADING = re.compile(r"(?<=[。！？：:])(?P<mark>(?P<n>" + CN_NUMERAL + r")、)(?=[\u4e00-\u9fff])(?P<lead>[\u4e00-\u9fff]{2})")


def _glued_heads(unit: Sequence[Block], text: str) -> list[re.Match[str]]:
    if len(text) < 600 or any(b.kind == "heading" for b in unit):
        return []
    found = list(_GLUED_HEADING.finditer(text))
    if len(found) < 2 or found[0].group("n") != "一" or len({m.group("lead") for m in found}) != 1:
        return []
    return found


def _glued_tail(heads: Sequence[Head], block: Block) -> re.Match[str] | None:
    """A heading glued to the end of a paragraph: only the top-level heading due next (二、 after 一、), so that a
    sentence that ends a paragraph on 一、… of a list of its own is not read as one."""
    m = _GLUED_TAIL.search(block.text)
    top = [h.number for h in heads if h.level == 1]
    return m if m and top and parse_cn_number(m.group("n")) == top[-1] + 1 else None


def _joined_subheads(block: Block) -> list[SeriesItem]:
    """The （一） （二） of sub-points run into one line after a space, when the line holds two or more."""
    found = list(_JOINED_SUBHEAD.finditer(block.text)) if "）" in block.text or ")" in block.text else []
    if len(found) < 2 and not _lone_joined_subhead(block.text, found):
        return []
    return [SeriesItem("（）", parse_cn_number(m.group("n")), block.line, m.start() + 1, m.group(0)) for m in found]


# …。一、肯定成绩，…取得了新进展。(二)高考中考成绩取得新突破。今年高考… (#13, batch 54 p43): a page run into one line and
# cut short after its first sub-heading, which is misnumbered — the only (X) of the line, X two or more, after the line's
# own 一、 (glued to a stop) with no (一) between. A line of 200 characters at least; a (二) that follows no 一、 may be a
# sentence's own reference and is left alone.
_GLUED_FIRST_TOP = re.compile(r"(?:^|[。！？：:])\s*一、(?=[\u4e00-\u9fff“])")


def _lone_joined_subhead(text: str, found: Sequence[re.Match[str]]) -> bool:
    if len(found) != 1 or parse_cn_number(found[0].group("n")) < 2 or len(text) < 200:
        return False
    top = [m.end() for m in _GLUED_FIRST_TOP.finditer(text, 0, found[0].start())]
    return bool(top) and not re.search(r"[（(]一[）)]|[二三四五六七八九十]、", text[top[-1] : found[0].start()])


# …再强调几点。 第一，要… 。 第二，要…: paragraphs opening with 第一， that a page ran into one line (after a stop and a
# space, where the line break was)
_JOINED_ORDINAL = re.compile(r"(?<=[。！？；;!?])\s+第(?P<n>" + CN_NUMERAL + r")[，,、](?![一二三四五六七八九十\d])")


def _joined_ordinals(block: Block) -> list[SeriesItem]:
    """The 第一， 第二， of paragraphs run into one line after a space, when the line holds two or more."""
    found = list(_JOINED_ORDINAL.finditer(block.text)) if block.kind == "paragraph" else []
    if len(found) < 2 and not _lone_flat_ordinal(block.text, found):
        return []
    return [SeriesItem("第", parse_cn_number(m.group("n")), block.line, m.end() - len(m.group(0).lstrip()) + 1,
                       m.group(0).strip()) for m in found]  # fmt: skip


# …深刻认识这项工作的极端重要性和现实紧迫性。 第二，实施城市有机更新，是… (#13, batch 53 p31): a page flattened into one
# line (a space after each stop, where its line breaks were) that holds one ordinal only, not 第一 — the page's first
# point misnumbered (a copy cut short keeps only its first). A line with three stops and spaces at least, 300
# characters long, that never says 第一 before it.
_SPACE_AFTER_STOP = re.compile(r"[。！？；：:]\s+\S")


def _lone_flat_ordinal(text: str, found: Sequence[re.Match[str]]) -> bool:
    if len(found) != 1 or parse_cn_number(found[0].group("n")) < 2 or len(text) < 300:
        return False
    return len(_SPACE_AFTER_STOP.findall(text)) >= 3 and not re.search(r"第一[，,、]|首先", text[: found[0].start()])


# 一是意义重大。 二是信心十足。 … 五是组织严密。 — paragraphs a page ran into one line (a space after each stop), and
# 一要抓好安全，二要抓好生产，四要… — a series whose items the writer divided with commas: items of a series all the
# same. 四要素 / 三要件 are words, not items.
# (…做成“三件事” 第一件事是“想办却还没办成的事” 一是让经济…: a heading that ends on its closing quote, then the space
# that stands for the line break; 议程有四项： 一是…, a colon and a space before the first item)
_SPACED_RUNIN = re.compile(r"(?<=[。；！？;!?”」：:])\s+(?P<n>" + CN_NUMERAL + r")(?P<kind>是|要)(?![素件])(?=[^一二三四五六七八九十])")
_COMMA_RUNIN = re.compile(r"(?<=[，,])\s*(?P<n>" + CN_NUMERAL + r")(?P<kind>是|要)(?![素件])(?=[^一二三四五六七八九十])")
# 具体做好三方面的工作:<BR>一是提高认识。…<BR>二是精心安排。… — a page saved with its markup, the line breaks still
# written as tags: an item after a <BR> or <P> opens a line as much as one after a stop does.
_TAG_RUNIN = re.compile(r"<(?:[bB][rR]\s*/?|[pP])>\s*(?P<n>" + CN_NUMERAL + r")(?P<kind>是|要)(?![素件])(?=[^一二三四五六七八九十])")


# …推动决策部署落实落地。二是⏎任务分解。… (#13, batch 64 p13): a PDF copy broke the line right after a run-in item's
# mark, so the line ends on 二是 and its words open the next line (a short line, not joined as the page's width). The
# item is there all the same: without it the 三是 after reads as a gap.
LINE_END_RUNIN = re.compile(r"(?<=[。；！？;!?])\s*(?P<n>" + CN_NUMERAL + r")(?P<kind>是|要)\s*$")


def _line_end_runin(block: Block) -> list[SeriesItem]:
    if block.kind != "paragraph" or block.text.rstrip()[-1:] not in ("是", "要"):
        return []  # (most paragraphs end on a stop: no search, #18)
    m = LINE_END_RUNIN.search(block.text)
    if m is None:
        return []
    return [SeriesItem(m.group("kind"), parse_cn_number(m.group("n")), block.line, m.start("n") + 1, m.group("n") + m.group("kind"))]


def _loose_runins(block: Block, found: Sequence[SeriesItem]) -> list[SeriesItem]:
    """Run-in items after a stop and a space, or after a comma, in a paragraph that holds their series: two or more
    of one kind there, one of them the series' 一 (a lone 三是 after a comma is no item of a list)."""
    if block.kind != "paragraph":
        return []
    taken = {it.column for it in found}
    loose = [m for rx in (_SPACED_RUNIN, _COMMA_RUNIN, _TAG_RUNIN) for m in rx.finditer(block.text)]
    items = [
        SeriesItem(m.group("kind"), parse_cn_number(m.group("n")), block.line, m.start("n") + 1, m.group("n") + m.group("kind"))
        for m in loose
        if m.start("n") + 1 not in taken
    ]
    kinds = {it.kind for it in [*found, *items] if it.number == 1 and it.kind in ("是", "要")}
    mine = [it for it in items if it.kind in kinds]
    same = [it for it in [*found, *mine] if it.kind in kinds]
    if len(same) >= 2 and len(mine) >= 1:
        return mine
    # 议程有四项： 一是委员大会发言； (二是… on the lines after): a colon opens the list, its first item alone here
    return [it for it in mine if it.number == 1 and block.text[: it.column - 1].rstrip()[-1:] in "：:"][:1]


# 会议议程 / 附件： — a label over a list of its own; 同志们，…让我们…！ — the speech's closing words.
_LIST_LABEL = re.compile(r"^(?:会议)?(?:议程|日程|程序|安排)[：:]?$|^附件\s*\d*[：:]?|^(?:相关链接|相关阅读|延伸阅读)")
_CLOSING_WORDS = re.compile(r"^(?:同志们|各位领导|总之|让我们)[，,！!].*(?:让我们|贡献|努力|奋斗|谱写|新台阶)")


def new_series(unit: Sequence[Block], index: int) -> bool:
    """A 一、 that starts a list of its own: right after an announcement (一年来做了两件事……下面，我提三点
    要求：), a list label (会议议程) or the closing words."""
    before = unit[index - 1].text if index else ""
    return bool(_LIST_LABEL.match(before) or _CLOSING_WORDS.match(before) or announcements(before) or _LIST_INTRO.search(before))


# 第二部分 今后五年的主要任务 / 过去五年的工作回顾: a part heading of a report (a short line of its own with no
# stop, no heading mark), read under it or after one lead-in paragraph; each part numbers its points from 一、.
_PART_HEADING = re.compile(r"^第[一二三四五六七八九十]{1,2}部分(?:\s|[：:]|$)|^[^。！？；：:，,]{4,24}$")


def _part_heading_before(unit: Sequence[Block], index: int) -> bool:
    return any(
        unit[k].kind in ("paragraph", "title") and _PART_HEADING.match(unit[k].text) is not None
        for k in range(max(0, index - 2), index)
    )


def _parts(unit: Sequence[Block], heads: Sequence[Head], index: int) -> bool:
    """A 一、 that opens the next part of a report: it and the report's first 一、 both stand under a part heading."""
    first = next((h.index for h in heads if h.level == 1), index)
    return first < index and _part_heading_before(unit, index) and _part_heading_before(unit, first)


def _top_parts(unit: Sequence[Block], heads: Sequence[Head], head: Head) -> bool:
    """1. that opens the next part of a report holding no higher heading (#13, batch 57 p40: 2023年工作回顾 over 1.–5.,
    2024年工作展望 over 1.–4.): both this 1. and the first one of its level stand under a part heading, a short line of
    its own with no stop."""
    if any(h.level < head.level for h in heads):
        return False
    first = next((h.index for h in heads if h.level == head.level), head.index)
    return first < head.index and _part_heading_before(unit, head.index) and _part_heading_before(unit, first)


# 县委副书记某某强调，…要继续保持昂扬斗志，具体做到：: a news item handing over to a second speaker's list, which starts
# again at 一、 after the first one's 五、 (the speaker's own 一年来，我们主要做了以下工作： under a point wants （一）: still reported)
_LIST_INTRO = re.compile(r"^[^。！？我]{1,30}(?:强调|指出|要求|提出)[，,：:][^。！？我]*[：:]$")


def _numbering(heads: Sequence[Head], unit: Sequence[Block] = ()) -> list[Finding]:
    findings = []
    last: dict[int, int] = {}
    ended: dict[int, int] = {}  # where each level stopped under the previous parent heading
    at: dict[int, int] = {}  # the block of the last heading of each level
    late = bool(heads) and heads[0].number > 1  # the copy starts inside the text (（五）… then 四、)
    styles = _styles(heads)
    classed = _reservoir_classes(unit)
    continued = continued_items(unit, heads) if unit else set()  # 1.–3. under 一、, 4.–6. under 二、 … (census33)
    for head in heads:
        if classed and head.level == 2 and head.number != last.get(2, 0) + 1 and _is_reservoir_class(unit, head):
            continue  # (二)水库要… where the text speaks of 小（二）型水库: the class with 小 and 型 lost, not a heading
        findings += _wrong_form(head, styles)
        if head.level == 1 and head.number == 1 and last.get(1) and unit and (
            new_series(unit, head.index) or _parts(unit, heads, head.index)
        ):
            last.clear()  # numbering starts again for a list of its own (or in the next part of a report)
        elif head.number == 1 and last.get(head.level) and unit and _repeats_preview(unit, heads, head):
            for level in range(head.level, 5):  # 讲三个问题：（一）甲；（二）乙；（三）丙。 then （一）甲。…: the body after its preview
                last.pop(level, None)
                ended.pop(level, None)
        elif head.level > 1 and head.number == 1 and last.get(head.level) and _top_parts(unit, heads, head):
            last.clear()  # 工作回顾 1.…5. then 工作展望 1.…: a report with no 一、 whose parts number their items anew
            ended.clear()
        elif head.level >= 3 and head.number == 1 and last.get(head.level) and _own_list_intro(unit, head.index):
            for level in range(head.level, 5):  # 1.…4. then 展望明年，我们将围绕以下目标开展工作： 1.…: a list of its own
                last.pop(level, None)
                ended.pop(level, None)
        prev = last.get(head.level, 0)
        if head.index in continued:
            pass  # a 工作要点 that numbers its items on through the parts: this part's first item carries on
        elif late and last and head.number > 1 and all(level > head.level for level in [*last, *ended]):
            pass  # the first heading of a higher level in a copy that starts late: said once at the start
        elif head.number > 1 and not prev and _opens_inside_part(heads, unit, head, last, ended):
            first, below = heading_label(head.level, 1), heads[0].mark
            findings.append(Finding(
                "numbering", WARNING, f"“{head.mark}”前面只有“{below}”这样的下一级标题，没有“{first}”：像是从中间开始的"
                "不完整副本，可不理会，否则请补齐", head.line, head.column, head.mark, f"补上“{first}”，或核对是否缺了开头部分",
            ))  # fmt: skip
        elif not prev and head.number > 1 and head.number == ended.get(head.level, 0) + 1:
            findings.append(_restart_finding(head))
        elif not last and not ended and head.number > 1:
            findings.append(_late_start_finding(head, _announced_before(unit, head.index)))
        elif head.number == prev + 2 and (run_in := _run_in_between(unit, at.get(head.level, head.index), head)):
            findings.append(run_in)  # …请教师代表讲话。三、一所好的学校… : the 三、 is there, run into the paragraph before
        elif head.number != prev + 1:
            found = _numbering_finding(head, prev)
            cut = _cut_between(unit, at.get(head.level, head.index), head.index) if head.number > prev + 1 else None
            findings.append(_explained_by_cut(found, cut) if cut else found)
        last[head.level] = head.number
        at[head.level] = head.index
        for deeper in range(head.level + 1, 5):
            if deeper in last:
                ended[deeper] = last.pop(deeper)
    return findings


def _opens_inside_part(heads: Sequence[Head], unit: Sequence[Block], head: Head, last: dict[int, int],
                       ended: dict[int, int]) -> bool:  # fmt: skip
    """1、…2、…3、… then 二、 in a copy whose very first block is the 1、 (#13, batch 50 p38: page 3 of a report): the copy
    opens inside the first part, with no title and no 一、 above its sub-items, so 二、 is the first top heading it holds
    and 一、 is in the part not copied (a warning, as for a copy that starts at 三、)."""
    if not unit or not heads or heads[0].index != 0 or heads[0].level <= head.level:
        return False
    return all(level > head.level for level in [*last, *ended])


def _repeats_preview(unit: Sequence[Block], heads: Sequence[Head], head: Head) -> bool:
    """A first heading that says again what an earlier first heading of its level said: that one opened a list of
    the parts to come (下边讲三个问题：（一）…；（二）…；（三）…。), and this one opens the parts themselves."""
    earlier = next((h for h in heads if h.level == head.level and h.number == 1 and h.index < head.index), None)
    if earlier is None:
        return False

    def words(h: Head) -> str:
        text = unit[h.index].text.lstrip()
        return re.sub(r"[，。；：！？,.;:!?\s]", "", text[text.find(h.mark) + len(h.mark) :] if h.mark in text else text)[:8]

    now, then = words(head), words(earlier)
    n = min(len(now), len(then))
    return n >= 4 and now[:n] == then[:n]


# 大会第六项：由社区居委会工作人员述职。 / 会议进行第三项: a host script's agenda item, whose own list (who reports in
# turn, 1、 2、 3、) starts again at 1 whatever list came before it.
_AGENDA_ITEM = re.compile(r"^(?:大会|会议)?(?:进行)?第[一二三四五六七八九十]{1,3}项[：:，,]")


def _own_list_intro(unit: Sequence[Block], index: int) -> bool:
    """A 1. right after a paragraph of its own that ends in a colon (…围绕以下目标开展工作：) or after an agenda item
    (大会第六项：…述职。) starts a new list."""
    if not unit or index == 0:
        return False
    before = unit[index - 1]
    text = before.text.strip()
    return before.kind == "paragraph" and (text[-1:] in "：:" or _AGENDA_ITEM.match(text) is not None)


# 小（二）型水库 / （二）型水库: a small reservoir's class, named in the text (its 小 and 型 may be lost elsewhere).
_RESERVOIR_CLASS = re.compile(r"[（(][一二][）)]型(?:以上|以下)?水库")


def _reservoir_classes(unit: Sequence[Block]) -> bool:
    return any("水库" in b.text and _RESERVOIR_CLASS.search(b.text) for b in unit)


def _is_reservoir_class(unit: Sequence[Block], head: Head) -> bool:
    """A （一）/（二） heading that opens with 水库 in a text that names 小（二）型水库: the class, its 型 lost."""
    return head.number in (1, 2) and unit[head.index].text[len(head.mark) :].startswith(("水库", "型"))


# ……(新文秘网…省略648字,正式会员可完整阅读)…… / （略） / a line of dots / ---此处隐藏5422字,下载后查看---:
# a web page cut text out here (or hid it behind its paywall, and says how much).
_CUT = re.compile(
    r"省略\s*\d*\s*字|此处省略|以下省略|中间省略|[（(【\[]\s*略\s*[)）】\]]|会员可(?:完整)?阅读|全文已隐藏|"
    r"此处隐藏\s*\d+\s*个?字|"
    r"^\s*(?:…{2,}|\.{6,}|。{3,})\s*$"
)


def _cut_between(unit: Sequence[Block], first: int, last: int) -> str | None:
    """The words of a web page's cut (……省略648字……) between two blocks, if there is one."""
    for block in unit[first : last + 1]:
        if m := _CUT.search(block.text):
            return m.group(0).strip()
    return None


def _run_in_between(unit: Sequence[Block], first: int, head: Head) -> Finding | None:
    """The heading a number skips, written after a full stop inside a paragraph between the two headings (a page
    that lost a line break): no gap in the numbering, a heading to move onto its own line."""
    missing = heading_label(head.level, head.number - 1)
    pattern = re.compile(rf"[。！？!?]\s*{re.escape(missing)}(?=[\u4e00-\u9fff“])")
    for block in unit[first : head.index]:
        if m := pattern.search(block.text):
            return Finding("numbering", WARNING, f"标题“{missing}”接在上一段末尾，没有另起一段", block.line, m.start() + 1,
                           missing, f"把“{missing}”及其后的文字另起一段")  # fmt: skip
    return None


def _explained_by_cut(f: Finding, cut: str) -> Finding:
    """A gap in the numbering where the copy itself says text was left out: a warning to check the original."""
    return Finding("numbering", WARNING, f"{f.message}；但此前有网页的删节（“{cut}”），缺的序号可能在删去的部分里",
                   f.line, f.column, f.text, "对照原文核对；如原文确实缺号，" + (f.suggestion or "补齐序号"))  # fmt: skip


def _announced_before(unit: Sequence[Block], index: int) -> bool:
    """The speaker's 下面，我讲四点意见 in the paragraph right before the heading at `index`."""
    found = announcements(unit[index - 1].text) if index > 0 else []
    # (…我着重讲两个问题：一、认清形势…: the first point run into the announcing line, the next on its own)
    return bool(found) and not re.search(r"(?:^|[。：:！？；;\s])一、", unit[index - 1].text[found[-1].end() :])


def late_after_announcement(head_mark: str, line: int, column: int) -> Finding:
    """二、 as the first point right after 我讲四点意见: the opening is in the copy, so 一、 is not lost with it."""
    first = heading_label(1, 1)
    return Finding("numbering", ERROR, f"宣布要讲的几点之后，第一点就编为“{head_mark}”，前面没有“{first}”", line, column,
                   head_mark, f"从“{first}”起依次编号")  # fmt: skip


def _late_start_finding(head: Head, announced: bool = False) -> Finding:
    """三、 as the very first heading: a copy that starts inside the text (a web page hid the rest) or a lost 一、."""
    if announced and head.level == 1:
        return late_after_announcement(head.mark, head.line, head.column)
    first = heading_label(head.level, 1)
    return Finding("numbering", WARNING, f"第一个标题就是“{head.mark}”，前面没有“{first}”：如果是不完整的副本可不理会，否则请补齐",
                   head.line, head.column, head.mark, f"补上“{first}”起的标题，或核对是否缺了开头部分")  # fmt: skip


def _restart_finding(head: Head) -> Finding:
    first = heading_label(head.level, 1)
    return Finding("numbering", ERROR, f"“{head.mark}”接着上一部分编号，每个上级标题下应从“{first}”重新开始",
                   head.line, head.column, head.mark, f"此处应为“{first}”")  # fmt: skip


def _separator(mark: str) -> str:
    """The form of a heading's mark: its separator (1、 → 、, 1. → .), or the brackets' 、 (（一）、)."""
    found = match_heading(mark + "x")
    return found[3] if found else ""


def _styles(heads: Sequence[Head]) -> dict[int, set[str]]:
    """The separators each level's headings are written with (one form kept throughout is a style, two a slip)."""
    forms: dict[int, set[str]] = {}
    for head in heads:
        forms.setdefault(head.level, set()).add(_separator(head.mark).replace("．", ".") or "·")
    return forms


def _wrong_form(head: Head, styles: dict[int, set[str]] | None = None) -> list[Finding]:
    if head.level == 1 and _NUMERALS.fullmatch(head.mark):  # 四以打造…: a heading that lost its 、
        return [Finding("numbering", WARNING, f"“{head.mark}”后面是下一级的（一），像是标题，但序号后缺少“、”",
                        head.line, head.column, head.mark, f"如是标题，改为“{head.mark}、”")]  # fmt: skip
    bad = match_heading(head.mark + "x")
    if not bad or not bad[3]:
        return []
    right = heading_label(head.level, head.number)
    suggestion = f"改为“{right}”（第{cn_number(head.level)}级标题用 {MARKS[head.level]}）"
    if styles is not None and len(styles.get(head.level, set())) == 1:
        # 1、 2、 3、 throughout (a 区长's own headings, a school's list): a style the house form differs from, a remark;
        # 1. then 2、 is a slip within the text, an error
        return [Finding("numbering", WARNING, f"标题序号“{head.mark}”不是规范写法（全文同级标题都这样写，统一改即可）",
                        head.line, head.column, head.mark, suggestion)]  # fmt: skip
    return [Finding("numbering", ERROR, f"标题序号“{head.mark}”写法不规范", head.line, head.column, head.mark, suggestion)]


def heading_label(level: int, n: int) -> str:
    """The correct heading mark: 一、 （一） 1. （1）."""
    return {1: f"{cn_number(n)}、", 2: f"（{cn_number(n)}）", 3: f"{n}.", 4: f"（{n}）"}[level]


def _numbering_finding(head: Head, prev: int) -> Finding:
    want = heading_label(head.level, prev + 1)
    if head.number == prev == 1 and head.level < 4:
        below = heading_label(head.level + 1, 1)
        what = f"序号重复：“{head.mark}”前面已经出现过（如是上一部分下面的一组，应用下一层的“{below}”）"
    elif head.number == prev:
        what = f"序号重复：“{head.mark}”前面已经出现过"
    elif head.number > prev + 1:
        missing = "、".join(heading_label(head.level, k).rstrip("、") for k in range(prev + 1, head.number))
        what = f"序号跳号：缺少 {missing}" if prev or head.number > 1 else "序号跳号"
    else:
        what = f"序号顺序错乱：“{head.mark}”出现在 {heading_label(head.level, prev)} 之后"
    return Finding("numbering", ERROR, what, head.line, head.column, head.mark, f"此处应为“{want}”")


def _scope_starts(heads: Sequence[Head]) -> list[int]:
    return sorted({h.index for h in heads})


def _series_numbering(unit: Sequence[Block], heads: Sequence[Head], series: Sequence[Item]) -> list[Finding]:
    """一是…三是 with no 二是; duplicates. A series restarts at each heading."""
    findings = []
    starts = _scope_starts(heads)
    upper = _scope_starts([h for h in heads if h.level <= 2])
    last: dict[tuple[int, str], int] = {}
    opening: dict[tuple[int, str], int] = {}  # the series of paragraph openings only
    at: dict[tuple[int, str], int] = {}  # the block of the last item of each series
    outer: dict[tuple[int, str], int] = {}  # the series an inner list after a colon interrupted (有2家：一是…；二是…)
    for index, offset, item in series:
        # 第一，… / 第二，… opening paragraphs hold 1. lines between them: only 一、 and （一） end their series.
        # 第一个问题 … 第二个问题 lead the speech's points: the （一） under them never end their series.
        top = item.kind in _UNIT_KINDS
        scope = -1 if top else max((s for s in (upper if offset == 0 else starts) if s <= index), default=-1)
        key = (scope, item.kind)
        prev = last.get(key, 0)
        if item.number > prev + 1 and f"{cn_number(item.number - 1)}{item.kind}" in unit[index].text[:offset]:
            prev = item.number - 1  # 一是 after a comma (…两种倾向，一是…；二是…), 二是 after a garbled stop: there all the same
        # 二是 opening a paragraph after an inner 一是…四是 list inside the paragraph before carries on
        # the paragraph series, not the inner list.
        resumes = offset == 0 and item.number == opening.get(key, -1) + 1
        # 一要…二要…三是…四是…五是…六要: one series whose writer switched between 要 and 是 (a news item's requirements)
        mixed = item.kind in _MIXED_KINDS and item.number == last.get((scope, "是要"), -1) + 1
        # 第一、树立… then, in the very next paragraph, 第一、培养…: the series never got past its first item, so a
        # second 第一 there is no restart but the 第二 mistyped
        twice = item.number == prev == 1 and offset == 0 and opening.get(key) == 1 and at.get(key) == index - 1
        # 一是工业…。正在洽谈的企业有2家：一是…；二是…。二是农业…: the inner list after the colon is done, the
        # run-in series it interrupted goes on
        resumes = resumes or (item.number != prev + 1 and item.number == outer.get(key, -1) + 1)
        before = unit[index].text[:offset].rstrip()
        # …一是整治环境卫生，这方面的任务有四项，一是清理…，二是…: a list inside an item, after a comma, goes the same way
        if item.number == 1 and prev and offset and (before.endswith(("：", ":")) or (before.endswith(("，", ",")) and at.get(key) == index)):
            outer[key] = prev
        elif resumes:
            outer.pop(key, None)
        if item.number == prev and at.get(key) == index and _doubled_sentence(unit[index].text, offset):
            continue  # 二是巾帼志愿扬新风。二是巾帼志愿扬新风。: a copy that printed the sentence twice, one item
        if (item.number != 1 or twice) and item.number != prev + 1 and not resumes and not mixed:
            found = _series_finding(item, prev)
            cut = _cut_between(unit, at.get(key, index), index) if prev and item.number > prev + 1 else None
            findings.append(_explained_by_cut(found, cut) if cut else found)
        last[key] = item.number
        if item.kind in _MIXED_KINDS:
            last[(scope, "是要")] = item.number
        at[key] = index
        if offset == 0:
            opening[key] = item.number
    return findings


_MIXED_KINDS = frozenset({"是", "要"})


def _doubled_sentence(text: str, offset: int) -> bool:
    """The sentence from `offset` on repeats, word for word, the sentence right before it (a PDF's text layer that
    printed each run-in heading twice): the same item, not a second 二是."""
    end = re.search(r"[。！？；;!?]", text[offset:])
    if not end:
        return False
    sentence = text[offset : offset + end.end()]
    return len(sentence) >= 4 and text[:offset].rstrip().endswith(sentence)


def _series_finding(item: SeriesItem, prev: int) -> Finding:
    def mark(n: int) -> str:
        if item.kind == "（）":
            return f"（{cn_number(n)}）"
        return f"第{cn_number(n)}{item.kind[1:]}" if item.kind.startswith("第") else f"{cn_number(n)}{item.kind}"

    shown = mark(item.number)
    if item.number == prev:
        what = f"“{shown}”重复出现"
    elif item.number > prev + 1:
        gap = "、".join(mark(k) for k in range(prev + 1, item.number))
        what = f"“{shown}”前缺少“{gap}”" if prev else f"“{shown}”前没有“{mark(1)}”"
    else:
        what = f"“{shown}”出现在“{mark(prev)}”之后，顺序错乱"
    return Finding("numbering", ERROR if prev else WARNING, what, item.line, item.column, item.mark,
                   f"此处应为“{mark(prev + 1)}”，或把前面补齐")  # fmt: skip

# 以上四点意见 / 上述三个方面 look back; an announcement ends its clause (以下四个方面走在全省前列 does not).
# 这 only right before the number (这三点意见): 开好这次大会讲五点意见 / 结合这次考察讲两点 announce.
_LOOK_BACK = re.compile(r"(?:(?:以上|上述|上面|前面|前述)[^，。；！？]{0,3}|这|这些)$")
_CLAUSE_END = re.compile(
    # (提三点希望和要求： two nouns joined)
    r"^(?:的)?(?:意见|要求|看法|想法|体会|工作|任务|问题|重点|内容|事情|希望|措施)?(?:[和与及](?:意见|要求|希望|建议|期望))?(?:[：:。；，！,;!]|$)"
    # 以下两个方面和大家进行交流 / 我有三方面的想法跟大家交流一下
    r"|^(?:的(?:意见|看法|想法|体会|考虑))?(?:和|与|同|跟|向)(?:大家|各位|同志们)[^。；！？]{0,6}?(?:交流|汇报|分享|谈|讲|沟通|探讨)"
)


# What every announcement below holds: a count (N, 几) and the first character of its unit (点, 个…, 方面, 项, 条, 句话, 件事)
_COUNT_THEN_UNIT = re.compile(r"[一二三四五六七八九十两几\d] ?[点个方项条句件]")


def announcements(text: str) -> list[re.Match[str]]:
    if not _COUNT_THEN_UNIT.search(text):
        return []  # seven paragraphs in ten of a draft count nothing: none of the eight scans below can match (#18)
    strict = list(_ANNOUNCE.finditer(text))
    strict += [m for m in _PROPOSED_ANNOUNCE.finditer(text) if not any(s.start() <= m.start() < s.end() for s in strict)]
    spans = [m.span() for m in strict]
    loose = [m for m in _LOOSE_ANNOUNCE.finditer(text) if not any(s <= m.start() < e for s, e in spans)]
    found = [m for m in strict + loose if _is_announcement(text, m)]
    found += [m for m in _NOUN_ANNOUNCE.finditer(text)
              if _is_announcement(text, m) and not any(f.start() < m.end() and m.start() < f.end() for f in found)]  # fmt: skip
    found += [m for m in (_ABOUT_ANNOUNCE.finditer(text) if "就" in text else ())  # (their look-behinds: #18)
              if _is_announcement(text, m) and not any(f.start() < m.end() and m.start() < f.end() for f in found)]  # fmt: skip
    found += [m for m in (_FROM_ANNOUNCE.finditer(text) if "从" in text else ())
              if _is_announcement(text, m) and not any(f.start() < m.end() and m.start() < f.end() for f in found)]  # fmt: skip
    found += [m for m in (_PLEDGE_ANNOUNCE.finditer(text) if "发言" in text or "汇报" in text else ())
              if _is_announcement(text, m) and not any(f.start() < m.end() and m.start() < f.end() for f in found)]  # fmt: skip
    # (句话 first: the pattern's ~250 look-behinds cost ~4 ms a draft's scan, and most texts never say 句话)
    found += [m for m in (_SAYINGS_ANNOUNCE.finditer(text) if "句话" in text else ())
              if not _LOOK_BACK.search(text[max(0, m.start() - 8) : m.start()].rstrip("“\" "))
              and _CLAUSE_END.match(text[m.end() :].lstrip("”\"」 "))
              and not any(f.start() < m.end() and m.start() < f.end() for f in found)]  # fmt: skip
    return sorted(found, key=lambda m: m.start())


# 我要表达的心情，汇聚成了“四句话”： / 我的体会归结为三句话： / 概括起来就是三句话： / 我想用三句话来概括：: what the
# speaker feels or has learnt, gathered into N句话 that he then says one by one (一是… 二是…), as 我讲四句话 announces
# them. The match is the count alone (its verb, of many lengths, is looked behind).
_GATHERING = [f"{verb}{to}" for verb in ("汇聚", "汇集", "汇成", "凝聚", "凝结", "浓缩", "归结", "归纳", "概括", "总结", "凝练", "提炼")
              for to in ("成", "为", "成了", "为了")] + ["起来就是", "起来，就是", "地说就是", "用"]  # fmt: skip
_SAYINGS_ANNOUNCE = re.compile(
    "(?:" + "|".join(f"(?<={lead}{quote})" for lead in _GATHERING for quote in ("", "“", '"', " ")) + ")"
    r"(?P<n>[一二三四五六七八九十两几\d]{1,2}) ?(?P<unit>句话)(?:[”\"]?(?:来|加以)(?:概括|表达|形容|总结|归纳|描述))?"
)


# 下面，我将就四个主要方面进行汇报。 / 我就以下三个方面向大家汇报: a report's speaker says what he reports on, N个方面 after 就.
_ABOUT_ANNOUNCE = re.compile(
    r"(?<=[我再先将])就(?:以下|如下)?(?P<n>[一二三四五六七八九十两几\d]{1,2}) ?(?P<unit>个(?:主要)?方面|点|个问题)(?:的(?:情况|工作))?"
    r"(?:向|跟|和|同)?(?:大家|各位领导|各位)?(?:进行|作|做)?(?:汇报|报告|发言|说明|谈谈|讲讲|交流)"
)


# 下面，我从六个方面谈具体要求 / 我想从以下三个方面讲一讲 / 我着重从四个方面作部署：: the speaker names the aspects he
# speaks from, N个方面 after 从, then what he says (从三个方面入手抓好… is the work's way, not the speech's).
_FROM_ANNOUNCE = re.compile(
    r"(?<=我)(?:再|想|先|就|着重|主要|重点|简要|简单)?从(?:以下|如下)?(?P<n>[一二三四五六七八九十两几\d]{1,2}) ?(?P<unit>个(?:主要)?方面|点|个层面|个角度)"
    # (我想从三个方面和大家交流: the listeners between, census33)
    r"(?:来|入手)?[，,]?(?:(?:和|与|同|跟|向)(?:大家|各位|同志们)(?:一起)?(?:进行)?(?=交流|汇报|分享|谈|讲))?"
    r"(?:谈|讲|提|说|强调|部署|作|做|明确|提出|交流|汇报|分享)(?:一谈|一讲|一下|一些|几点)?(?:具体的?|几点)?"
    r"(?:意见|要求|看法|想法|体会|工作|任务|安排|部署|建议|希望)?"
)


# 下面，我代表镇党委政府，从三个方面作表态发言 (#13, batch 61 p20): the speaker who pledges or reports names his
# aspects after 我代表…， — 从 after a comma, then 作/做/进行 and 表态发言 or 汇报 (从三个方面入手抓好… is not).
_PLEDGE_ANNOUNCE = re.compile(
    r"(?<=[，,])从(?:以下|如下)?(?P<n>[一二三四五六七八九十两几\d]{1,2}) ?(?P<unit>个(?:主要)?方面|点)"
    r"(?:作|做|进行)(?:表态发言|发言|汇报|表态)"
)


def _is_announcement(text: str, m: re.Match[str]) -> bool:
    before = text[max(0, m.start() - 6) : m.start()]
    return not _LOOK_BACK.search(before) and bool(_CLAUSE_END.match(text[m.end() :]))
