"""Doubts about a structure reading: where a careful reader would stop and check (issue #13, session 36).

Ingest reads a speech's announced count, its points and their sub-points; on held-out pages that reading is wrong
for one document in six or seven, silently. Each signal here is something a careful clerk notices on a second look
(a count that does not match, a gap in the numbering, points that are all one paragraph, leads no point was made of).
A doubt changes no reading: it becomes a warning `结构存疑：…（第 N 行…），请核对。` on the document.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from drafter.ingest.classify import Outline
from drafter.ingest.docnumber import numbered_document
from drafter.ingest.doubtcues import (
    bare_empty,
    cut_lead,
    lost_number,
    outline_points,
    report_title_other,
    second_transition,
    title_in_point,
    title_mark,
)
from drafter.ingest.doubtreadings import count_reading, heading_reading, series_reading
from drafter.ingest.para import Para
from drafter.ingest.points import Point, style_of
from drafter.ingest.reviewvoice import review_voice
from drafter.ingest.secondlead import second_lead
from drafter.model import Role
from drafter.text import cn_number, count_word

PREFIX = "结构存疑："

Signal = Callable[[str, Outline, Sequence[Para]], str]


def structure_doubts(kind: str, outline: Outline | None, paras: Sequence[Para]) -> tuple[str, ...]:
    """The doubts about this document's structure reading, as warnings (empty when nothing looks off)."""
    return tuple(note for _, note in doubt_signals(kind, outline, paras))


def doubt_signals(
    kind: str, outline: Outline | None, paras: Sequence[Para]
) -> list[tuple[str, str]]:
    """(signal name, warning) for each signal raised; bench/archive_eval.py measures them one by one."""
    found = []
    if kind in ("news", "other"):
        for name, kind_signal in (*KIND_SIGNALS, *MORE_KIND_SIGNALS, *LATER_KIND_SIGNALS):
            note = kind_signal(kind, paras)
            if note:
                found.append((name, PREFIX + note))
        return found
    if kind not in ("speech", "report") or outline is None:
        return []
    for name, signal in (*SIGNALS, *MORE_SIGNALS, *READING_SIGNALS):
        note = signal(kind, outline, paras)
        if note:
            found.append((name, PREFIX + note))
    return found


# A doubt that says again, with its line, what an older warning says (论点编号不连续或重复（1、3） beside 论点的序号跳号（第 11
# 行…）): the screen shows the doubt only; the document's warnings (--json, the record) keep both.
_RESTATED = (
    ("论点的序号", "论点编号不连续或重复"),
    ("宣布“", "宣布讲"),
    ("这是主持词，", "主持词：按会议议程"),
)


def shown_warnings(warnings: Sequence[str]) -> list[str]:
    """The warnings to print under a document: an older note that one of its doubts restates left out."""
    doubts = [w[len(PREFIX) :] for w in warnings if w.startswith(PREFIX)]
    dropped = tuple(old for mark, old in _RESTATED if any(d.startswith(mark) for d in doubts))
    return [w for w in warnings if not (dropped and w.startswith(dropped))]


def _cn(n: int) -> str:
    return count_word(n) if 0 <= n < 100 else str(n)


def _count_off(kind: str, outline: Outline, paras: Sequence[Para]) -> str:
    """讲三点意见 over four parts, or over two in a copy that reaches its closing: the count and the points differ.
    (Fewer points than announced in a copy cut short is what a cut copy looks like: no doubt.)"""
    n, points = outline.announced, outline.points
    if not isinstance(n, int) or not points or n == len(points):
        return ""
    if n > len(points) and not outline.role(Role.CLOSING):
        return ""
    return (
        f"宣布“{_cn(n)}点”，正文找到{_cn(len(points))}个部分（第 {points[0].line} 行起），请核对。"
    )


def _procedure(outline: Outline) -> bool:
    """A 主持词 read as the order of business it calls (classify.PROCEDURE_NOTE): its items and the lines between them
    are no lost points (split49)."""
    return any(w.startswith("主持词：议程各项是会议的程序") for w in outline.warnings)


def _bare_heading(kind: str, outline: Outline, paras: Sequence[Para]) -> str:
    """No points, but a short line with no full stop stands over a long paragraph: a heading whose number was lost."""
    if outline.points or _procedure(outline):
        return ""
    start = max(
        (p.line for p in (*outline.role(Role.OPENING)[:1], *outline.role(Role.TRANSITION))),
        default=0,
    )
    body = [p for p in paras[2:] if p.line > start and not p.text.startswith(("（", "("))]
    for para, after in zip(body, body[1:], strict=False):
        text = para.text
        if (
            8 <= len(text) <= 40
            and text[-1] not in "。！？；：:;!?…，,"
            and len(after.text) > 80
            and not _NOT_HEADING.search(text)
        ):
            return f"没有找到编号的论点，但第 {para.line} 行“{text}”像是没有序号的小标题，请核对。"
    return ""


# a speaker's line, a page's counters and labels, a date line: short lines that are no heading
_NOT_HEADING = re.compile(
    r"同志们|朋友们|大家好|谢谢|讲话|发言|主持|字数|浏览|下载|来源|作者|标签|评论|阅读|\d+月\d+日|\d{5,}"
)


def _written(points: Sequence[Point], paras: Sequence[Para]) -> list[tuple[str, int] | None]:
    """The numbering mark each point's own paragraph opens with, as `style_of` reads it (None: none, or run in).
    (A line may hold several paragraphs: 一、… （一）… （二）… split from one line; the point's is the one with its heading.)"""
    out = []
    for point in points:
        on_line = [p for p in paras if p.line == point.line]
        para = next(
            (p for p in on_line if point.heading[:6] in p.text), on_line[0] if on_line else None
        )
        mark = style_of(para.text) if para and not point.inline else None
        out.append(mark if mark and mark[0] != "dash" else None)  # (——… is numbered 1 every time)
    return out


def _gap(kind: str, outline: Outline, paras: Sequence[Para]) -> str:
    """一是、三是 / 一、二、一、: the points' own numbers skip or start again."""
    marks = _written(outline.points, paras)
    numbers = [m[1] for m in marks if m]
    if (
        len(numbers) < 2
        or len(numbers) != len(marks)
        or len({p.line for p in outline.points}) < len(marks)
    ):
        return ""  # (points sharing a line: a page copied as one line, whose marks cannot be told apart safely)
    for point, before, now in zip(outline.points[1:], numbers, numbers[1:], strict=False):
        if now != before + 1 and not (kind == "report" and now == 1):  # (a report's parts number their items anew)
            what = "重新编号" if now <= before else "跳号"
            return f"论点的序号{what}（第 {point.line} 行，{cn_number(before)}之后是{cn_number(now)}），请核对是否漏读或多读了部分。"
    return ""


def _one_paragraph(kind: str, outline: Outline, paras: Sequence[Para]) -> str:
    """一是…；二是…；三是… in one paragraph read as the speech's points: an agenda or a list inside a paragraph.
    (A page copied as one physical line has every paragraph on line 1: the paragraph, not the line, decides.)"""
    points = outline.points
    if len(points) < 2:
        return ""
    heads = [p.heading[:8] for p in points]
    host = next((para for para in paras if all(h and h in para.text for h in heads)), None)
    if host is None:
        return ""
    return (
        f"{_cn(len(points))}个论点都在第 {host.line} 行的同一段里，可能是段内的列举或议程，请核对。"
    )


def _empty(kind: str, outline: Outline, paras: Sequence[Para]) -> str:
    """Points that are headings only (an outline at the top of the page, an agenda, a table)."""
    empty = [p for p in outline.points if not p.text.strip() and not p.subpoints]
    if len(empty) < 2 or len(empty) * 2 < len(outline.points):
        return ""
    return f"{_cn(len(empty))}个论点只有标题、没有正文（第 {empty[0].line} 行起），可能是目录、议程或列表，请核对。"


# 一是… / 第一，… / 首先是… / 首先要…: a paragraph that opens a series (a bare 首先， only with 其次 after it: 首先，我代表…
# is a courtesy, not a point)
_LEAD = re.compile(
    r"^(?:首先(?:是|要|一)|第[一二三四五六七八九十]+[，,、：:]|[一二三四五六七八九十][是要](?![的否])|首先[，,](?!我|请|让我|向|对|代表|感谢|祝))"
)
_NEXT = re.compile(r"^(?:其次|再次|第二|二是|二要)")


_SENTENCE_NEXT = re.compile(r"(?:^|[。！？；：:])\s*(?:其次|第二)[，,]")


def _dash_lead(para: Para, start: int) -> bool:
    """——我要做… after the opening (not ——在…上的讲话, a subtitle over it)."""
    return (
        para.text.startswith("——")
        and para.line > start
        and not re.search(r"上的(?:讲话|发言|报告)|致辞", para.text)
    )


def _unread_leads(kind: str, outline: Outline, paras: Sequence[Para]) -> str:
    """No points, but paragraphs open with 首先…其次, 第一…, 一是… or ——我要…, or sentences run 首先，…其次，…:
    leads nobody made points of."""
    if outline.points or _procedure(outline):
        return ""
    start = max((p.line for p in outline.role(Role.OPENING)[:1]), default=0)
    leads = [
        p for p in paras[2:] if (_LEAD.match(p.text) or _dash_lead(p, start)) and len(p.text) > 30
    ]
    first = leads[0] if leads else None
    if first and first.text.startswith("首先") and first.text[2] in "，,":
        first = first if any(_NEXT.match(p.text) for p in paras if p.line > first.line) else None
    if first:
        m = _LEAD.match(first.text)
        word = m.group(0).rstrip("，,、：:") if m else "——"
        return f"没有找到论点，但第 {first.line} 行起有以“{word}”开头的段落，可能是没有编号的论点，请核对。"
    for para in paras[2:]:
        m = _SENTENCE_LEAD.search(para.text)
        if m and _SENTENCE_NEXT.search(para.text, m.end()):
            return f"没有找到论点，但第 {para.line} 行的句子按“{m.group('w')}……”排列，可能是没有编号的论点，请核对。"
    return ""


def _title_point(kind: str, outline: Outline, paras: Sequence[Para]) -> str:
    """1、【…】积极培育…: a point whose heading repeats the document's title — a site's page-chunk number, not a point."""
    title = outline.title if not outline.title_derived else ""
    title = (title or (paras[0].text if paras and len(paras[0].text) <= 40 else "")).strip(
        "【】[] "
    )
    if len(title) < 8:
        return ""
    point = next(
        (p for p in outline.points if p.line != paras[0].line and title in p.heading), None
    )
    if point is None:
        return ""
    return f"论点“{point.heading[:20]}”（第 {point.line} 行）重复了全文的标题，前面的序号可能是网页分页的编号，请核对。"


def _items_before_first(kind: str, outline: Outline, paras: Sequence[Para]) -> str:
    """1、… 2、… before the first point: the items of a part whose heading is not in this copy (a later page)."""
    if not outline.points:
        return ""
    first = outline.points[0].line
    items = [
        p for p in paras if p.line < first and (style_of(p.text) or ("",))[0] in ("h3", "item")
    ]
    if len(items) < 2:
        return ""
    return f"第一个论点（第 {first} 行）之前已有编号的条目（第 {items[0].line} 行起），它们所属的部分可能不在这份副本里，请核对。"


# 下面，进行第一项议程： / 大会进行第二项 / 请某某同志讲话: a point headed by an item of the agenda, the chair's words
_AGENDA_HEADING = re.compile(r"(?:进行|开始)?第[一二三四五六七八九十]+项(?:议程|内容)?[：:，,。]?$|^(?:下面|现在)[，,]?\s*(?:进行|开始)[^。]{0,4}第[一二三四五六七八九十]+项")


def _host(kind: str, outline: Outline, paras: Sequence[Para]) -> str:
    """主持词 with points: the agenda items read as the speech's points. A copy that lost its title tells it by its
    points: most of them headed 下面，进行第一项议程： and the like (split46, batch 73)."""
    head = "".join(p.text for p in paras[:3])
    agenda = sum(bool(_AGENDA_HEADING.search(p.heading)) for p in outline.points)
    if not outline.points or "主持词" not in head and not (len(outline.points) >= 2 and 2 * agenda > len(outline.points)):
        return ""
    n = _cn(len(outline.points))
    return f"这是主持词，议程的{n}项读作了论点（第 {outline.points[0].line} 行起）；议程不算论点时这篇没有论点，请核对。"


_INNER = re.compile(
    r"^(?:首先|其次|再次|第[一二三四五六七八九十]+[，,、：:]|[一二三四五六七八九十][是要][^。，,]|（[一二三四五六七八九十]?）)"
)


def _span(outline: Outline, k: int, paras: Sequence[Para]) -> list[Para]:
    points = outline.points
    start = points[k].line
    end = points[k + 1].line if k + 1 < len(points) else 10**9
    closing = outline.role(Role.CLOSING)
    if k + 1 == len(points) and closing and closing[0].line > start:
        end = closing[0].line
    return [p for p in paras if start < p.line < end]


# 为什么说…？首先，这是… / …。第一，要…: a series begun at a sentence inside the point's paragraph
_SENTENCE_LEAD = re.compile(r"(?:^|[。！？；：:])\s*(?P<w>首先|第一)[，,]")


def _inner_leads(kind: str, outline: Outline, paras: Sequence[Para]) -> str:
    """A point with no sub-points whose paragraphs or sentences open with 首先 / 第二， / 一是: sub-points nobody read."""
    if any("主持词" in w for w in outline.warnings):
        return ""  # a host's agenda items: 首先 in them is the order of business, said already (主持词：按会议议程…)
    for k, point in enumerate(outline.points):
        if point.subpoints:
            continue
        span = _span(outline, k, paras)
        leads = [p for p in span if _INNER.match(p.text)]
        if leads:
            word = _INNER.match(leads[0].text).group(0)  # type: ignore[union-attr]
            return f"第{cn_number(k + 1)}个论点没有读出小点，但第 {leads[0].line} 行以“{word}”开头，请核对小点。"
        m = _SENTENCE_LEAD.search(point.text)
        if m:
            line = next(
                (
                    p.line
                    for p in paras
                    if p.line >= point.line and m.group(0).strip("。！？；：:") in p.text
                ),
                point.line,
            )
            return f"第{cn_number(k + 1)}个论点没有读出小点，但第 {line} 行有以“{m.group('w')}”开头的句子，请核对小点。"
    return ""


_MARK_ONLY = re.compile(
    r"^(?:[一二三四五六七八九十]+|第[一二三四五六七八九十]+|[（(][一二三四五六七八九十]+[）)]?)[、，,．.]?$"
)


def _cut_at_mark(kind: str, outline: Outline, paras: Sequence[Para]) -> str:
    """The copy ends on a bare 二 or （三）: the next part began and was cut, so a part is missing from the count."""
    if not paras or not _MARK_ONLY.match(paras[-1].text.strip()):
        return ""
    return f"原文最后一行（第 {paras[-1].line} 行）只有“{paras[-1].text.strip()}”，像是下一部分的序号，这一部分没有读到，请核对。"


def _lone_runin(kind: str, outline: Outline, paras: Sequence[Para]) -> str:
    """A single point led by 一是 and nothing after it: one item of a list inside a paragraph, not a point."""
    points = outline.points
    if len(points) != 1 or outline.announced is not None:
        return ""
    marks = _written(points, paras)
    if not marks[0] or not marks[0][0].startswith("r"):
        return ""
    lead = next((p.text for p in paras if p.line == points[0].line), "")
    di = "第" if lead.startswith("第") else ""  # 第一是…: said as it is written (split48)
    word = marks[0][0][1:]
    return f"只找到一个论点（第 {points[0].line} 行，以“{di}一{word}”开头），没有“{di}二{word}”，可能是段落里的列举而不是论点，请核对。"


# 就做好…工作谈四点意见 / 主要分六个方面来讲 / 呈现四个新的特点 / 主要讲两大块内容 (split43) (not 这三个方面, a look
# back; not 一方面; not 讲了三个方面 or 分管同志讲了两大块, what another said — no 了 between; not 第二件事 or 百分之四点五)
_COUNT_SAID = re.compile(
    r"(?:讲|谈|说|提|聊|分|围绕|呈现|归纳为|概括为)(?!了)[^。！？；，,了]{0,12}?(?<![这那每第之])(?P<n>[二三四五六七八九十两]|\d)"
    r"(?:点(?![一二三四五六七八九十\d])|个方面|个问题|件事|层意思|句话|个关键词|个“|个新的|大块|块内容|大部分|部分内容)"
    r"|以“(?P<m>[二三四五六七八九十两])个[^”]{1,8}”为(?:线索|主题|题)"
)


def _unread_count(kind: str, outline: Outline, paras: Sequence[Para]) -> str:
    """No count was read, but the lines before the first point say 谈四点意见 / 以“三个三十年”为线索."""
    if outline.announced is not None:
        return ""
    end = outline.points[0].line if outline.points else 10**9
    for para in paras[1:]:
        if para.line >= end or para.line > paras[0].line + 40:
            break
        m = _COUNT_SAID.search(para.text)
        if m:
            return (
                f"第 {para.line} 行“{m.group(0)}”像是宣布点数，但没有读作宣布，请核对宣布的点数。"
            )
    return ""


_RUN_MARK = re.compile(
    r"(?:^|[。！？；：:])\s*(?:第(?P<a>[一二三四五六七八九十])[，,、]|(?P<b>[一二三四五六七八九十])是)"
)


def _series_gap(kind: str, outline: Outline, paras: Sequence[Para]) -> str:
    """一是…三是 / 第一，…第三， inside a paragraph: a series with a number missing (text lost, or read wrong)."""
    for para in paras:
        seen = []
        for m in _RUN_MARK.finditer(para.text):
            seen.append("一二三四五六七八九十".index(m.group("a") or m.group("b")) + 1)
        for before, now in zip(seen, seen[1:], strict=False):
            if now > before + 1:
                return f"第 {para.line} 行的列举从“{cn_number(before)}”跳到“{cn_number(now)}”，中间缺了一项，请核对。"
    return ""


# …表示热烈的欢迎！一、充分认识本次培训的重要意义中青年干部是…: a 一、 run into a paragraph after its sentence's stop
_RUN_IN_FIRST = re.compile(r"(?<=[。！？!?])\s*一、(?=[\u4e00-\u9fff])")


def _mark_above(kind: str, outline: Outline, paras: Sequence[Para]) -> str:
    """The points read are numbered （一） or 1、, and a paragraph before the first of them has a 一、 run in after a
    sentence's stop: the 一、 is the part they sit under, unread (split44, batch 66) — the count of points is in doubt."""
    marks = _written(outline.points, paras)
    if not marks or not all(m and m[0] in ("h2", "h3") for m in marks):
        return ""
    first = outline.points[0].line
    for para in paras[1:]:
        if para.line >= first:
            break
        if _RUN_IN_FIRST.search(para.text):
            mark = "（一）" if marks[0][0] == "h2" else "1、"  # type: ignore[index]
            return f"第 {para.line} 行句中有“一、”，读出的论点从“{mark}”编起，可能是“一、”下面的小点，请核对论点。"
    return ""



# …部署下一阶段任务。一、清醒认识当前…形势的严峻性今年以来，… / …确保稳定。 ×一、…: a first part run in after a stop (a page's stray mark
# between), its heading Chinese words
_RUN_IN_ONE = re.compile(r"(?<=[。！？!?])\s*[^\u4e00-\u9fff\w（(“\"]?\s*一、(?![二两])(?=[\u4e00-\u9fff“\"]{4})")


def _runin_unread(kind: str, outline: Outline, paras: Sequence[Para]) -> str:
    """No points, yet a paragraph has 一、 run in after a stop: the first part of a copy pasted as one line, cut before
    its 二、 (split46, batch 73)."""
    if outline.points:
        return ""
    for para in paras:
        m = _RUN_IN_ONE.search(para.text)
        if m:
            head = re.split(r"[。！？，,；;]", para.text[m.end() :])[0][:14]
            return f"没有找到论点，但第 {para.line} 行句中接排着“{head}”，可能是第一个论点（副本在下一部分之前截断），请核对。"
    return ""


SIGNALS: tuple[tuple[str, Signal], ...] = (
    ("count-off", _count_off),
    ("bare-heading", _bare_heading),
    ("gap", _gap),
    ("one-paragraph", _one_paragraph),
    ("empty", _empty),
    ("unread-leads", _unread_leads),
    ("host", _host),
    ("title-point", _title_point),
    ("items-before", _items_before_first),
    ("inner-leads", _inner_leads),
    ("cut-at-mark", _cut_at_mark),
    ("lone-runin", _lone_runin),
    ("unread-count", _unread_count),
    ("series-gap", _series_gap),
    ("mark-above", _mark_above),
    ("runin-unread", _runin_unread),  # split46, batch 73: a one-line copy cut in its first part, 一、 run in after a stop
    ("review-voice", review_voice),  # 这一年，我们… under no 称谓: a work report's review (ingest.reviewvoice, batch 60)
    ("doc-number", numbered_document),  # 京政办发〔2026〕5号 over a text read as a speech (ingest.docnumber, batch 64)
)


_PART = re.compile(
    r"^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章条])"
)


def _news_parts(kind: str, paras: Sequence[Para]) -> str:
    """Read as a news report, yet it runs in numbered parts (（一）（二）, 第一条): minutes, a notice or a speech."""
    if kind != "news":
        return ""
    parts = [p for p in paras if _PART.match(p.text)]
    if len(parts) < 2:
        return ""
    return f"读作会议消息，但第 {parts[0].line} 行起有“{_PART.match(parts[0].text).group(0)}”这样编号的部分，可能是纪要、通知或讲话，请核对文种。"  # type: ignore[union-attr]


KindSignal = Callable[[str, Sequence[Para]], str]
KIND_SIGNALS: tuple[tuple[str, KindSignal], ...] = (("news-parts", _news_parts),)


# session 38 (recall first; drafter.ingest.doubtcues says what each one looks for): kept apart from SIGNALS, which
# tests/test_doubt36.py pairs with its fixtures one by one; tests/test_doubt38.py pairs these
MORE_SIGNALS: tuple[tuple[str, Signal], ...] = (
    ("outline-points", outline_points),
    ("cut-lead", cut_lead),
    ("bare-empty", bare_empty),
    ("second-transition", second_transition),
    ("lost-number", lost_number),
    ("title-in-point", title_in_point),
    ("title-mark", title_mark),
)
MORE_KIND_SIGNALS: tuple[tuple[str, KindSignal], ...] = (("report-title-other", report_title_other),)
# split47, batch 77: a news item under which the next one runs on with no seam (drafter.ingest.secondlead); tests/test_split47.py
LATER_KIND_SIGNALS: tuple[tuple[str, KindSignal], ...] = (("second-lead", second_lead),)


# session 39: a second reading of one thing (the marks, the count, a point's series) that disagrees with the main one
# (drafter.ingest.doubtreadings); tests/test_doubt39.py pairs these with their fixtures
READING_SIGNALS: tuple[tuple[str, Signal], ...] = (
    ("heading-reading", heading_reading),
    ("count-reading", count_reading),
    ("series-reading", series_reading),
)
