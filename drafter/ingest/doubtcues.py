"""More doubts, recall first (issue #13, session 38): cues in ingest's own reading that it may be wrong.

On held-out batches the doubts of drafter.ingest.doubt caught 2 of 22 documents read wrong. Each cue here was found
by asking, of a document batches 60 and 62 read wrong at first sight, what in the text or in ingest's own reading
could have told it that it was unsure; each raised on no document of those batches read right. A cue changes no
reading: drafter.ingest.doubt prints it as `结构存疑：…` with the line to look at.

- outline-points: a point or sub-point whose line lies above the first point: taken from the page's contents or outline
  (drafter.ingest.pageoutline), never met in the body.
- cut-lead: the copy stops inside its last point, which has no sub-points, yet a sentence there opens 一是 / 其一 / （一）
  and no 二是 follows: the series began and was cut.
- bare-empty: points found by short unnumbered lines only, and one of them has no text under it (a cut line, an
  editor's line).
- report-title-other: read as 其他, yet the title names a report or summary and numbered parts follow.
- second-transition: two announcements of a count, the later one no 再 (not 这里，我再强调两点): two speeches run
  together.
- lost-number: a paragraph under the points opens on a lone ）: its number was lost, the sub-points may be misread.
- title-in-point: a point's or sub-point's heading is a speech's title (……会议上的讲话范文): another speech run in.
- title-mark: the title itself opens with a part's number (一、上半年工作总结): one part of a longer text, its items
  read as the points.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.classify import Outline
from drafter.ingest.para import Para
from drafter.model import Role
from drafter.text import cn_number, count_word


def _cut(outline: Outline) -> bool:
    return not outline.role(Role.CLOSING)


def outline_points(kind: str, outline: Outline, paras: Sequence[Para]) -> str:
    """Points (or sub-points) above the first point: read from the page's contents, not found in the body."""
    points = outline.points
    if not points:
        return ""
    first = points[0].line
    for k, point in enumerate(points[1:], start=2):
        if point.line < first:
            return (
                f"第{cn_number(k)}个论点“{point.heading[:20]}”只见于第 {point.line} 行的目录或提纲，"
                f"正文（第 {first} 行起）没有读到它，请核对论点数。"
            )
    for k, point in enumerate(points, start=1):
        sub = next((s for s in point.subpoints if 0 < s.line < point.line), None)
        if sub is not None:
            return (
                f"第{cn_number(k)}个论点的小点“{sub.heading[:20]}”只见于第 {sub.line} 行的目录或提纲，"
                f"正文（第 {point.line} 行起）没有读到它，请核对小点数。"
            )
    return ""


# 。一是… / 。其一，… / 。（一）…: a series begun at a sentence (首先， / 第一， are inner-leads' in drafter.ingest.doubt)
_SENTENCE_ITEM = re.compile(r"(?:^|[。！？；：:])\s*(?P<w>一是|一要|一抓|其一|（一）|\(一\))")
_SECOND = re.compile(r"二是|二要|二抓|其二|[（(]二[）)]")


def cut_lead(kind: str, outline: Outline, paras: Sequence[Para]) -> str:
    """The copy stops in its last point, which has no sub-points, yet a sentence there opens 一是: a series cut short."""
    points = outline.points
    if not points or not _cut(outline) or points[-1].subpoints:
        return ""
    last = points[-1]
    m = _SENTENCE_ITEM.search(last.text)
    if m is None or _SECOND.search(last.text, m.end()):
        return ""  # (一是…；二是…: a list run in a paragraph, read so on purpose)
    word = m.group("w")
    line = next(
        (
            p.line
            for p in paras
            if p.line >= last.line and m.group(0).lstrip("。！？；：: ") in p.text
        ),
        last.line,
    )
    return (
        f"副本在第{cn_number(len(points))}个论点里截断，第 {line} 行以“{word}”开头的句子之后再无下文，"
        "这一点的小点可能没有读全，请核对。"
    )


_BARE = "论点按不带编号的短标题识别"


def bare_empty(kind: str, outline: Outline, paras: Sequence[Para]) -> str:
    """Points found by short unnumbered lines only, one with no text under it: a cut line or an editor's line."""
    if not any(w.startswith(_BARE) for w in outline.warnings):
        return ""
    k, point = next(
        ((k, p) for k, p in enumerate(outline.points, 1) if not p.text.strip() and not p.subpoints),
        (0, None),
    )
    if point is None:
        return ""
    return (
        f"论点按不带序号的短行识别，第{cn_number(k)}个（第 {point.line} 行“{point.heading[:20]}”）下面没有正文，"
        "可能不是论点，请核对。"
    )


# 局2025年度政治生态分析研判报告 / …述职报告 / …工作总结 / …工作要点 / 2025年…主要工作
_REPORT_TITLE = re.compile(r"(?:报告|总结|汇报|工作要点|主要工作)(?:[（(][^）)]{1,10}[）)])?$")
_PART = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")


def report_title_other(kind: str, paras: Sequence[Para]) -> str:
    """Read as 其他, yet the title names a report or a summary and numbered part lines follow."""
    if kind != "other" or len(paras) < 3:
        return ""
    title = paras[0].text.strip()
    if len(title) > 40 or not _REPORT_TITLE.search(title) or _PART.match(title):
        return ""
    part = next(
        (
            p
            for p in paras[1:]
            if _PART.match(p.text) and len(p.text) <= 40 and p.text[-1] not in "。！？；;"
        ),
        None,
    )
    if part is None:
        return ""
    return (
        f"读作其他文书，但标题“{title[:24]}”是报告或总结，第 {part.line} 行起有“{_PART.match(part.text).group(0)}”"  # type: ignore[union-attr]
        "这样的部分，可能是工作报告，请核对文种。"
    )


# 我讲三点意见 / 我着重阐述三点意见 / 我就……讲三点意见 (the speaker's own; a count of 点 / 方面 / 问题 / 件事 / 层意思)
_ANNOUNCE = re.compile(
    r"我[^。！？]{0,20}?(?:讲|谈|提|强调|阐述|说)[^。！？]{0,6}?(?P<n>[二三四五六七八九十两几]|\d)"
    r"(?:点|个方面|个问题|件事|层意思)"
)


_AGAIN = re.compile(r"再|另外|此外|补充")


def second_transition(kind: str, outline: Outline, paras: Sequence[Para]) -> str:
    """Two announcements of a count, the later one no 再 (not 这里，我再强调两点): two speeches run together."""
    if kind != "speech":
        return ""
    found = []
    for para in paras:
        for m in _ANNOUNCE.finditer(para.text):
            found.append((para.line, m))
    if len(found) < 2:
        return ""
    (line1, first), (line2, later) = found[0], found[1]
    head = later.string[max(0, later.start() - 8) : later.start()]
    if _AGAIN.search(later.group(0)) or _AGAIN.search(head) or line2 == line1:
        return ""
    return (
        f"第 {line1} 行和第 {line2} 行各有一句宣布点数（“{first.group(0)}”“{later.group(0)}”），"
        "后一句不是“再讲”，可能是两篇讲话连在了一起，请核对。"
    )


# ）健全…: a sub-point's number lost but for its closing bracket (not （）…, drafter.ingest.lostbrackets reads those)
_LONE_CLOSE = re.compile(r"^[)）](?=[\u4e00-\u9fff])")


def lost_number(kind: str, outline: Outline, paras: Sequence[Para]) -> str:
    """A paragraph under the points opens on a lone ）: the number before it was lost, so its sub-points may be misread."""
    if not outline.points:
        return ""
    first = outline.points[0].line
    para = next((p for p in paras if p.line >= first and _LONE_CLOSE.match(p.text)), None)
    if para is None:
        return ""
    return f"第 {para.line} 行开头只剩“{para.text[0]}”，像是丢了数字的序号，这里的小点可能没有读对，请核对。"


# 县长在全县生态环境专题会议上的讲话范文 read as a point's heading: another speech's title, run in (not 学习贯彻…会议上的讲话精神)
_SPEECH_TITLE = re.compile(
    r"(?:(?:会议?|大会|座谈会|推进会|动员会|仪式)上的(?:讲话|发言|致辞)|讲话稿|讲话范文|发言稿)(?!精神|要求|中|里)"
)


def title_in_point(kind: str, outline: Outline, paras: Sequence[Para]) -> str:
    """A point's or sub-point's heading is a speech's title: another speech run into this one, its lines read as points."""
    for k, point in enumerate(outline.points, start=1):
        heads = [
            (point.heading, point.line),
            *((s.heading, s.line or point.line) for s in point.subpoints),
        ]
        for heading, line in heads:
            m = _SPEECH_TITLE.search(heading)
            if m:
                return (
                    f"第{cn_number(k)}个论点里第 {line} 行“{heading[:24]}”像是另一篇讲话的标题，"
                    "可能是两篇讲话连在了一起，请核对。"
                )
    return ""


_MARK = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[1-9][、.．])")


def title_mark(kind: str, outline: Outline, paras: Sequence[Para]) -> str:
    """The title opens with a part's number (一、上半年工作总结): one part of a longer text, its items read as points."""
    title = (outline.title or "").strip()
    m = _MARK.match(title)
    if not m or len(title) - m.end() < 4 or not outline.points or not paras:
        return ""
    if paras[0].text.strip() != title or outline.points[0].line <= paras[0].line:
        return ""
    return (
        f"第 {paras[0].line} 行的标题“{title[:24]}”带着部分的序号“{m.group(0)}”，这份副本可能只是长文的一部分，"
        f"读出的{count_word(len(outline.points))}个论点可能是这一部分的小点，请核对。"
    )
