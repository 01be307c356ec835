"""The parts of each point once its start is known: heading, intro, sub-points, ending.

drafter.ingest.points finds where the points of a speech start; this module cuts
each point into its heading (up to the first stop, or where running text is glued
on), its sub-points (the next heading style inside it, or a run-in series 一是…二是…
inside a paragraph) and checks the numbering of the points found.
"""

from __future__ import annotations

import re

from drafter.ingest.clean import Para
from drafter.ingest.leadclauses import lead_clause_styles
from drafter.ingest.linesplit import match_point_heading
from drafter.ingest.lostbrackets import empty_bracket_styles, empty_mark
from drafter.ingest.orderseries import order_series
from drafter.ingest.points import (
    _ARABIC_MARK,
    _ASPECT,
    _ORDER,
    _ORDINAL_ITEM,
    _ORDINAL_POINT,
    _QI,
    _RUNIN_START,
    _SENTENCE_STOP,
    _SUB_COUNT,
    _UNIT_ORDINAL,
    _UNMARKED_ORDINAL,
    CN,
    COUNT,
    EXTRA,
    LAST_STEP_MARK,
    LOST_MARK,
    PART_TITLE,
    STEP_MARK,
    VOCATIVE,
    Piece,
    Point,
    Sub,
    _odd_mark,
    arabic_sep,
    count_text,
    make_piece,
    parse_count,
    span_of,
    style_of,
)
from drafter.ingest.reportparts import achievement_styles, is_report_part, is_review_part
from drafter.ingest.split import is_salutation
from drafter.model import Role
from drafter.structure import Block, SeriesItem, find_runin_series
from drafter.text import cn_number, parse_cn_number, split_sentences


def collect_points(
    body: list[Para], starts: list[int], end: int, style: str, warnings: list[str]
) -> tuple[list[Point], list[Piece]]:
    points: list[Point] = []
    others: list[Piece] = []
    if not starts:
        return points, []
    bounds = [*starts, end]
    for n, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False), start=1):
        paras = body[a:max(a + 1, b)]
        paras, extra = _cut_extras(paras, warnings)
        others += extra
        cut_short = b >= len(body)  # the copy stops inside this point (no closing follows)
        points.append(_point(n, paras, style, warnings, cut_short))
    _check_numbering(body, starts, style, warnings)
    return points, others


def _check_numbering(body: list[Para], starts: list[int], style: str, warnings: list[str]) -> None:
    numbers = [(style_of(body[i].text) or ("", 0))[1] for i in starts]
    if numbers and numbers[0] > 1 and numbers == list(range(numbers[0], numbers[0] + len(numbers))):
        warnings.append(
            f"论点编号从“{cn_number(numbers[0])}”开始，前面的论点不在这份副本里（网页只显示了一部分？），"
            "请人工核对论点是否完整"
        )
    elif style not in ("plain", "aspect", "hope", "dash", "order", "agenda") and numbers != list(range(1, len(numbers) + 1)):
        shown = "、".join(str(n) for n in numbers)
        warnings.append(f"论点编号不连续或重复（{shown}）")


def _cut_extras(paras: list[Para], warnings: list[str]) -> tuple[list[Para], list[Piece]]:
    """Take out 同志们： dividers, and split off an extra list (最后，再强调两点) inside a point."""
    kept: list[Para] = [paras[0]]
    others: list[Piece] = []
    for k, para in enumerate(paras[1:], start=1):
        if is_salutation(para.text) or VOCATIVE.match(para.text):
            warnings.append(f"原文{para.where}“{para.text}”在讲话中间用作分隔，不作称谓，作为 other 保留")
            others.append(make_piece(Role.OTHER, [para], "讲话中间的分隔"))
        elif EXTRA.match(para.text):
            warnings.append(
                f"原文{para.where}：最后一点之后另有一组要求（{split_sentences(para.text)[0]}），"
                "不计入论点，作为 other 保留"
            )
            return kept, [*others, make_piece(Role.OTHER, paras[k:], "论点之后的补充要求")]
        else:
            kept.append(para)
    return kept, others


# Where the running text starts when a heading is run into it without a stop
# (一、找准历史方位，勇于作为近年来，全市… / …的成效2002年，在… / …严峻形势一是… / …的发展方向习近平总书记强调：“…”;
# not 介绍学校近一年来的概况, the span the heading names).
_BODY_START = re.compile(
    r"(?<=[\u4e00-\u9fff])\s*(?=近年来|近几年来?|近些年来|今年以来|去年以来|(?<![近这])一年来|多年来|长期以来|总的来说|总的来看"
    r"|\d{4}年[，,以]|\d{1,2}月\d{1,2}日|\d{1,2}月(?:上旬|中旬|下旬|初|底|份|以来)|\d{1,2}[-—至]\d{1,2}月|一是"
    r"|(?:习近平)?总书记(?:强调|指出|深刻指出)[：:，,]"
    # …总体平稳2026年是… / …稳中有进各乡镇、各部门要… / …紧迫感只有看清差距才能… / …突出问题对照上级要求…
    r"|\d{4}年是|各乡镇、各部门要|各级各部门要|各地各部门要|只有[^，。！？]{2,12}才|对照(?:上级|年初|目标|要求))"
)


# （一）开展专项整治的必要性我县非煤矿山点多面广…: a heading that ends in 性/意义/问题 run into a sentence about 我县.
_OWN_START = re.compile(r"(?<=[性义题])(?=我[省市县区镇乡旗州]|全[省市县区镇乡旗州])")


def _split_heading(text: str, mark: str) -> tuple[str, str]:
    """Heading (up to the first full stop) and the rest of a heading paragraph."""
    body = text[len(mark) :].lstrip("，,、 ")
    stop = _SENTENCE_STOP.search(body)
    glued = _BODY_START.search(body, 6, stop.start() if stop else len(body)) or _OWN_START.search(
        body, 6, stop.start() if stop else len(body)
    )
    if glued and glued.start() <= 60:
        return body[: glued.start()], body[glued.end() :]
    listed = _LIST_IN_HEADING.search(body, 0, stop.start() if stop else len(body))
    if listed and listed.start() >= 8:  # …现实意义，具体体现在以下两个方面：1、加强… (a pasted line, no stop)
        return body[: listed.start()], body[listed.start() + 1 :]
    if stop and stop.end() < len(body):
        return body[: stop.start()], body[stop.end() :]
    return body.rstrip("。！？"), ""


# The clause that announces a list, and the list's first mark, inside what would be the heading.
_LIST_IN_HEADING = re.compile(r"[，,](?=[^，,。！？]{2,24}[：:](?:1、|[（(]一[）)]|一是|第一[，、]))")


def _mark_of(text: str, style: str) -> str:
    if style in ("plain", "aspect", "hope"):
        return ""
    if style == "lost":
        return empty_mark(text)
    if style == "agenda" and (STEP_MARK.match(text) or LAST_STEP_MARK.match(text)):
        return ""  # 下面，进行第一项，通过大会日程。: the chair's words opening the item are said, no mark to drop
    head = match_point_heading(text)
    if head:
        return head[2]
    if style == "h1" and (lost := LOST_MARK.match(text)):
        return lost.group(0)  # 四以打造特色社区为着力点，…: the numeral of a heading that lost its 、
    m = _ORDINAL_POINT.match(text) or _RUNIN_START.match(text) or _ORDINAL_ITEM.match(text)
    m = m or (_UNMARKED_ORDINAL.match(text) if style in ("h1第", "u第") else None)  # 第一对安全工作…: the ordinal alone
    if m:
        return m.group(0)
    if style in ("circled", "dash"):
        return text[:1] if style == "circled" else "——"
    if style == "qi" and (qi := _QI.match(text)):
        return qi.group(0)
    word = next((w for w in (*_ORDER, "最后", "同时", "此外", "另外") if text.startswith(w)), "")
    return word + "是" if word and text[len(word) : len(word) + 1] == "是" else word  # 首先是学会转变。


def _point(number: int, paras: list[Para], style: str, warnings: list[str], cut_short: bool = False) -> Point:
    first = paras[0]
    aspect = _ASPECT.match(first.text) if style == "aspect" else None
    if aspect:
        heading, rest = aspect.group("head"), first.text[aspect.end() :]
    else:
        heading, rest = _split_heading(first.text, _mark_of(first.text, style))
    intro = [rest] if rest else []
    own = _ARABIC_MARK.match(first.text) if style == "h3" else None
    unit = style == "h1第" and bool(_UNIT_ORDINAL.match(first.text))
    part = style == "h1" and bool(PART_TITLE.match(heading))  # 一、“十一五”回顾 over 一、…二、…: see points._part_restarts
    report = style == "plain" and is_report_part(heading)  # 20xx年工作回顾 over its achievement lines (ingest.reportparts)
    review = is_review_part(heading)  # 一、2024年工作回顾 / ——过去一年，…: achievements told, not sub-points (conv48)
    subs, sub_series, ending = _subpoints(
        paras[1:], style, intro, unit, own.group("sep") if own else "", part, cut_short, report, review
    )
    inline = False
    if not subs and intro:
        subs, sub_series, inline = _inline_subpoints(intro, cut_short)
        if inline and len(subs) > 1 and all(_runs_on(sub) for sub in subs[:-1]):
            warnings.append(
                f"第{cn_number(number)}点的{count_text(len(subs))}个分论点取自段落里用“；”隔开的接排列举（原文{span_of(paras)}），"
                "也可能只是一句话里的列举，请人工核对"
            )
    announced = _announced_sub_count(intro)
    if isinstance(announced, int) and subs and announced != len(subs):
        warnings.append(
            f"第{cn_number(number)}点宣布“{count_text(announced)}个方面”，实际有{count_text(len(subs))}个分论点"
        )
    label = f"{cn_number(number)}、" if style == "h1" else f"第{cn_number(number)}点"
    return Point(
        number=number, heading=heading, line=first.line,
        where=f"{label}（原文{span_of(paras)}）", text="\n\n".join(intro), subpoints=tuple(subs),
        series=sub_series, inline=inline, ending=ending, announced=announced,
    )  # fmt: skip


def _runs_on(sub: Sub) -> bool:
    return sub.heading.endswith("；") or sub.text.endswith("；")


def _inline_subpoints(intro: list[str], cut_short: bool = False) -> tuple[list[Sub], str, bool]:
    """一是…。二是…。三是… run into one paragraph of a point's text: its sub-points.

    The paragraphs before the series stay in `intro`; those after it join the last sub-point.
    `cut_short`: the copy stops inside this point, so a lone 一是 at its end starts the series.
    """
    # (…三是…发包。 / 村: the copy cut a few characters into the paragraph after the series — that stub is no paragraph
    # of its own that would make the series an inner list)
    _join_broken_item(intro)
    stub = cut_short and len(intro) > 1 and len(intro[-1]) <= 12 and not re.search(r"[。！？；：:!?;]", intro[-1])
    last_k = len(intro) - (2 if stub else 1)
    for k in range(len(intro) - 1, -1, -1):
        lead, items, kind = inline_series(intro[k], lone=cut_short and k == last_k)
        if not items:
            continue
        # Before the last paragraph, only a series that a paragraph ending in ： announces
        # (要抓好以下三个方面： / 一是…。二是…。三是…); any other is an inner list.
        # A series right after the heading (三、要抓好几件具体事情。一是…；二是…。三是…) is the point's own.
        # So is a series in the paragraph under the heading that starts after a whole sentence summing it up
        # (一、…成效 / 去年以来…取得了积极成效。一是…。二是…。 / 但是，…); one led in by 取得了两个突破： stays inner.
        if k < last_k and (lead and (k > 0 or not lead.rstrip().endswith("。")) or k > 0 and not intro[k - 1].endswith(("：", ":"))):
            continue
        if (
            lead and not _series_of_point(lead, items, k) and not _closing_series(lead, items, k == last_k)
            and not _cut_series(lead, items, cut_short and k == last_k)
        ):  # fmt: skip
            continue
        after = intro[k + 1 :]
        if after:
            last = items[-1]
            items[-1] = Sub(last.heading, "\n\n".join(t for t in (last.text, *after) if t), last.line, (), kind)
        intro[k:] = [lead] if lead else []
        return items, kind, True
    found = _ordinal_subpoints(intro, cut_short)
    if not found[0] and (ordered := order_series(intro)):  # 首先，…。其次，…。再次，…。 (ingest.orderseries, batch 60)
        return ordered, "section", False
    return found


# …第一，要看清创建的意义。…第二，…: sub-points as ordinals run into the point's last paragraph.
_ORDINAL_RUNIN = re.compile(
    # (…第二，双拥工 ……（省略666字）……: a copy cut a few words after the mark still shows the sub-point)
    rf"(?:(?<=^)|(?<=[。！？；：:\n]))第(?P<n>[{CN}])(?:[、，,]|(?=[要是][\u4e00-\u9fff]{{3}}))(?=[\u4e00-\u9fff]{{4}}|[\u4e00-\u9fff]{{2,3}}\s*…)"
    # …作为学校核心，首先要加强班子建设。第二要有清晰思路。第三要…: 首先 opens the series 第二 goes on with
    r"|(?:(?<=^)|(?<=[。！？；，,：:\n]))(?P<f>首先)(?=[要是，,][\u4e00-\u9fff]{2})"
    r"|(?:(?<=^)|(?<=[。！？；：:\n]))(?P<d>[1-9])[、.．](?=[\u4e00-\u9fff]{4})"  # …以下两个方面：1、加强…
    r"|(?:(?<=^)|(?<=[。！？；：:\n]))[（(](?P<b>[1-9])[）)](?=[\u4e00-\u9fff]{4})"  # …做到两点。（1）压实…（2）…
    rf"|(?:(?<=^)|(?<=[。！？；：:\n]))[（(](?P<c>[{CN}])[）)](?=[\u4e00-\u9fff]{{4}})"  # …以下两点：（一）压实…（二）…
)


def _led_in(text: str, m: re.Match[str]) -> bool:
    """第一， after a colon only where the words before announce a list (…基于以下三个方面的原因：第一，…)."""
    return not m.group("n") or text[m.start() - 1] not in "：:" or bool(_ANNOUNCES.search(text, 0, m.start()))


def _mark_kind(m: re.Match[str]) -> str:
    return "d" if m.group("d") else "b" if m.group("b") else "c" if m.group("c") else "n"  # 首先 is a 第一


def _mark_number(m: re.Match[str]) -> int:
    if m.group("f"):
        return 1
    cn = m.group("n") or m.group("c")
    return parse_cn_number(cn) if cn else int(m.group("d") or m.group("b"))


def _ordinal_subpoints(intro: list[str], cut_short: bool) -> tuple[list[Sub], str, bool]:
    """第一，…。第二，… (or a lone 第一， where the copy stops) in the point's last paragraph, after its
    first sentence (a list in the first words is the point's inner list, not its sub-points)."""
    if not intro:
        return [], "section", False
    text = "\n\n".join(intro)  # 1、… may have been split from 2、… as paragraphs of their own
    marks = [m for m in _ORDINAL_RUNIN.finditer(text) if m.start() > 0 and _led_in(text, m)]
    marks = [m for k, m in enumerate(marks) if not m.group("f") or k + 1 < len(marks) and marks[k + 1].group("n") == "二"]
    marks = [m for m in marks if _mark_kind(m) == _mark_kind(marks[0])]  # one kind of mark
    numbers = [_mark_number(m) for m in marks]
    if not marks or numbers != list(range(1, len(marks) + 1)) or len(marks) < (1 if cut_short else 2):
        return [], "section", False
    if marks[0].start() < len(text) - len(intro[-1]) - 2 and _mark_kind(marks[0]) == "n":
        return [], "section", False  # 第一，… in an earlier paragraph: the point's own list, not run in
    if len(marks) > 1 and all(text[b.start() - 1] == "；" for b in marks[1:]):
        return [], "section", False  # 第一，…；第二，…；第三，…: one sentence's inner list
    cuts = [m.start() for m in marks] + [len(text)]
    items = []
    for m, b in zip(marks, cuts[1:], strict=True):
        chunk = text[m.end() : b]
        stop = re.search(r"[。！？]", chunk)
        head, rest = (chunk[: stop.end()], chunk[stop.end() :]) if stop else (chunk, "")
        items.append(Sub(head, rest, 0, (), "section"))
    lead = text[: cuts[0]].strip()
    if lead[-1:] in "，,":  # 学校领导班子作为学校的核心，[首先要…]: the words before the series end as a sentence
        lead = lead[:-1] + "。"
    intro[:] = [lead] if lead else []
    return items, "section", False


_LABEL = re.compile(rf"[{CN}两]个(?P<noun>[\u4e00-\u9fff]{{1,4}})[”\"’]?[：:]$")
_LABEL_LEAD = re.compile(rf"^[“\"‘]?[{CN}两]个[\u4e00-\u9fff]{{1,4}}[”\"’]?[：:]$")
_ANNOUNCES = re.compile(rf"(?:以下|如下|{COUNT}(?:个方面|点|项|条|个重点|件事))[^。！？]{{0,12}}[：:。]?$")
# 主要原因有三条： / 面临三个问题： — one sentence that says what there is, and counts it (not 要做到三个坚持：,
# which sets tasks, nor 以下三个方面：).
_COUNTED = re.compile(
    rf"(?:有|存在|面临|出现)[^，,。！？：:]{{0,6}}?[{CN}两\d]+(?:条|种|类|个(?P<noun>[\u4e00-\u9fff]{{1,4}})?)[”\"’]?[：:]$"
)
_POINT_NOUNS = ("方面", "重点", "问题", "任务", "要求")


def _closing_series(lead: str, items: list[Sub], last: bool) -> bool:
    """一年来，…我们迎难而上。…进一步释放活力。一是激发主体活力，推动城乡共兴。…二是…三是…: a series that runs to the
    end of the point, after whole sentences that sum it up, each item headed by a short sentence of its own — the
    point's sub-points in a later paragraph (an account of the year's work), not a list inside the text."""
    if not last or len(items) < 3 or not lead.rstrip().endswith("。") or any(_runs_on(i) for i in items[:-1]):
        return False
    return all(len(i.heading) <= 24 and i.heading.endswith("。") and i.text for i in items[:-1])


def _cut_series(lead: str, items: list[Sub], at_cut: bool) -> bool:
    """…我县工业持续增长，地位日益突出。一是结构调整取得积极成效，…。二是…不断增强， — the copy stops inside a series that
    follows whole sentences summing it up: the items a clerk sees are the point's (a closing series whose end was cut, so
    its third item and its short headings cannot show); a series led in by a count inside a sentence stays inner."""
    if not at_cut or len(items) < 2 or not lead.rstrip().endswith("。") or any(_runs_on(i) for i in items[:-1]):
        return False
    return not _COUNTED.search(lead[-40:]) and not (items[-1].text or items[-1].heading).endswith(("。", "！", "？"))


def _series_of_point(lead: str, items: list[Sub], k: int) -> bool:
    """Whether a series after other words in the point's last paragraph gives the point's sub-points.

    A paragraph that opens with the speaker's label of a list (“五个突破”：一是…二是…) is a part of
    the point, so its items are the sub-points; a label after other words (实现了两个改善。两个改善：
    一是…) lists inside the text. Items that run on after ； are one sentence's inner list when
    the sentence counts them (主要原因有三条：一是…；二是…；三是…), else the point's own list
    (面临诸多新问题：一是…；二是…). In the point's first paragraph any other series is the point's;
    in a later one, only when the words before it lead into it (做好以下三个方面： / …新问题：).
    """
    lead = lead.rstrip()
    if len(items) > 1 and all(_runs_on(item) for item in items[:-1]):
        counted = _COUNTED.search(lead)
        if counted and counted.group("noun") not in _POINT_NOUNS[:2] and not re.search("以下|如下", lead):
            return False  # one sentence that counts its items, each run on after ；
    if len(items) >= 2 and _LABEL_LEAD.match(lead):
        return True  # the paragraph opens with the label: “五个突破”：一是…
    label = _LABEL.search(lead)
    alone = label is not None and re.search(r"(?:^|[。！？])[“\"‘]?$", lead[: label.start()]) is not None
    if label is not None and alone and label.group("noun") not in _POINT_NOUNS:
        return False  # 实现了一个提高、两个优化。两个优化：一是…: a label said again on its own, listing inside the text
    return k == 0 or bool(_ANNOUNCES.search(lead)) or lead.endswith(("：", ":"))


def _unmarked_subs(paras: list[Para], styles: list[tuple[str, int] | None], top: str, cut_short: bool) -> list[tuple[str, int] | None]:
    """第一要有大局意识。… / 第二要有…: under a point's heading, paragraphs led by a bare ordinal and what is to be done
    (no 、 or ， after 第一) number its sub-points, as 一要/二要 do — a series from 第一 on, or a lone 第一 where the copy stops."""
    if not top.startswith("h"):
        return styles
    found = [(i, parse_cn_number(m.group("n"))) for i, p in enumerate(paras) if styles[i] is None and (m := _UNMARKED_ORDINAL.match(p.text))]
    numbers = [n for _, n in found]
    if not numbers or numbers != list(range(1, len(numbers) + 1)) or len(numbers) < 2 and not cut_short:
        return styles
    out = list(styles)
    for i, n in found:
        out[i] = ("u第", n)
    return out


def _subpoints(
    paras: list[Para], top: str, intro: list[str], unit: bool = False, sep: str = "", part: bool = False, cut_short: bool = False,
    report: bool = False, review: bool = False,
) -> tuple[list[Sub], str, str]:
    """Sub-points of a point's paragraphs; paragraphs before them join `intro`. `sep`: the separator of the point's own
    arabic mark (1、), when it has one. `review`: the point reviews the past, its ——… paragraphs are text (conv48)."""
    paras = _run_in_first(paras, intro)
    styles = _unmarked_subs(paras, [style_of(p.text) for p in paras], top, cut_short)
    styles = empty_bracket_styles(paras, styles)  # ()先从机关说起…: （一） lost in copying (ingest.lostbrackets)
    if sep:  # 1.继续开展… under 1、加强排查整治: the other separator numbers the point's sub-points (see _arabic_restarts)
        styles = [("h3alt", s[1]) if s and s[0] == "h3" and (m := _ARABIC_MARK.match(p.text)) and arabic_sep(m.group("sep")) != arabic_sep(sep) else s
                  for p, s in zip(paras, styles, strict=True)]  # fmt: skip
    if unit:  # 第一个问题：… / 第一，… 第二，…: the bare ordinals under it are its sub-points
        styles = [("h2第", s[1]) if s and s[0] == "h1第" and not _UNIT_ORDINAL.match(p.text) else s for p, s in zip(paras, styles, strict=True)]
    if top == "h1":  # 一，要充分认识到… under 一、: the point's sub-points (see _odd_restarts)
        styles = [("h1odd", s[1]) if s and s[0] == "h1" and _odd_mark(p.text) else s for p, s in zip(paras, styles, strict=True)]
    if part:  # 一、…回顾 / 一、…二、…三、…: the restarted series under a part heading is its sub-points
        styles = [("h1part", s[1]) if s and s[0] == "h1" else s for s in styles]
    if report:  # ——…，综合实力显著增强 / 一年来，我们狠抓…，…明显提升 under 20xx年工作回顾: the part's sub-points
        # (经济运行稳中有进，… / 农业生产再获丰收，…: a paragraph to each field, led by its clause — ingest.leadclauses)
        styles = lead_clause_styles(paras, styles) or achievement_styles(paras, styles)
    if review:  # ——过去一年，… / ——稳住了经济基本盘。… under 2024年工作回顾: the year's achievements told, as collectors read them
        styles = [None if s and s[0] == "dash" else s for s in styles]
    lone_order = sum(1 for s in styles if s and s[0] == "order") < 2
    if lone_order and not _cut_at_first_order(paras, styles, cut_short):
        styles = [None if s and s[0] == "order" else s for s in styles]  # a lone 首先， is a word of the text
    first = next((s for s in styles if s and s[0] != top and s[1] == 1), None)
    if first is not None and first[0] == "dash":
        # ——经济发展强劲有力。… ——… / 一年来，主要做了以下工作： / （一）…: the dashed highlights of the year open the part;
        # the numbered series after them is its sub-points (two levels; a clerk does not add them up)
        first = next((s for s in styles if s and s[0] == "h2" and s[1] == 1 and top != "h2"), first)
    if first is None:
        intro += [p.text for p in paras]
        return [], "section", ""
    key = first[0]
    subs: list[Sub] = []
    ending = ""
    for para, st in zip(paras, styles, strict=True):
        if st and st[0] == key:
            lead, items, _kind = inline_series(para.text) if key in ("r是", "r要") else ("", [], "")
            if not lead and len(items) >= 2 and st[1] == 1:  # 一是…。二是…。三是… in one paragraph
                subs += [Sub(i.heading, i.text, para.line, (), i.series) for i in items]
                continue
            cuts = _next_items_run_on(para.text, key, st[1]) if key in ("r是", "r要") and st[1] >= 2 else []
            for a, b in zip([0, *cuts], [*cuts, len(para.text)], strict=True):
                subs.append(_sub(para.text[a:b], _mark_of(para.text[a:b], key), para.line))
        elif not subs:
            intro.append(para.text)
        elif para.text.startswith(("总之", "总而言之")) and para is paras[-1]:
            ending = para.text
        else:
            subs[-1] = _read_after(subs[-1], para.text)
    series = key[1] if key in ("r是", "r要") else "section"
    return subs, series, ending


def _cut_at_first_order(
    paras: list[Para], styles: list[tuple[str, int] | None], cut_short: bool
) -> bool:
    """一、… / (its lead) / 首先，要从…全局高度，把握… where the copy stops mid-sentence (batch 53): the 首先 paragraph is the
    last the copy shows, so its 其次 was cut off — the first sub-point, as a lone 一是 at a cut end is."""
    orders = [k for k, s in enumerate(styles) if s and s[0] == "order"]
    if not cut_short or orders != [len(paras) - 1] or styles[-1] != ("order", 1) or len(paras) < 2:
        return False
    text = paras[-1].text.rstrip()
    return text.startswith("首先") and text[-1:] not in "。！？!?；;…”’」』）)"


def _next_items_run_on(text: str, key: str, n: int) -> list[int]:
    """二是日常协调常态化。…22条。三是上下联动顺畅化。…: the series' next items run on in the paragraph of item `n` (a PDF's
    lines joined up to where the next item happened to open a line), each after a full stop, numbered on from it."""
    kind = key[1]
    cuts: list[int] = []
    for k in range(n + 1, 10):
        digit = "一二三四五六七八九"[k - 1]
        m = re.compile(rf"(?<=[。！？])\s*{digit}{kind}(?=[\u4e00-\u9fff])").search(text, cuts[-1] if cuts else 0)
        if not m or f"一{kind}" in text[cuts[-1] if cuts else 2 : m.start()]:
            break  # (…主要有三点：一是…。二是…。三是…: a list of the item's own, numbered from one again)
        cuts.append(m.end() - 2)
    return cuts


def _read_after(sub: Sub, text: str) -> Sub:
    """`sub` with a paragraph that follows it in the copy: after its text, or, when its text runs
    into a series (…提几个要求：一是…三是…), after the series' last item — a sub-point's text is
    read before its items, so joining it there would put the paragraph before 一是."""
    if sub.items:
        return Sub(sub.heading, sub.text, sub.line, (*sub.items[:-1], _read_after(sub.items[-1], text)), sub.series)
    return Sub(sub.heading, f"{sub.text}\n\n{text}".strip(), sub.line, sub.items, sub.series)


def _run_in_first(paras: list[Para], intro: list[str]) -> list[Para]:
    """…做好以下工作：一是压实责任。… / 二是… / 三是…: the series' first item run into the paragraph before
    the one that starts with 二是 — split off as a paragraph of its own (its lead stays where it was)."""
    second = next((k for k, p in enumerate(paras) if (style_of(p.text) or ("", 0))[0] in ("r是", "r要")
                   and (style_of(p.text) or ("", 0))[1] == 2), None)  # fmt: skip
    if second is None or any((style_of(p.text) or ("", 0))[1] == 1 for p in paras[:second]):
        return paras
    kind = (style_of(paras[second].text) or ("", 0))[0][1]
    before = paras[second - 1].text if second else (intro[-1] if intro else "")
    at = before.rfind(f"一{kind}")
    if at <= 0 or before[at - 1] not in "。！？：:；" or re.search(f"[二三四五六七八九]{kind}", before[at:]):
        return paras
    lead, first = before[:at].rstrip(), before[at:]
    if second:
        was = paras[second - 1]
        return [*paras[: second - 1], Para(lead, was.line, was.end), Para(first, was.line, was.end), *paras[second:]]
    intro[-1] = lead
    return [Para(first, paras[0].line, paras[0].line), *paras]


def _sub(text: str, mark: str, line: int) -> Sub:
    heading, rest = _split_heading(text, mark)
    lead, items, kind = inline_series(rest)
    if items:
        return Sub(heading + "。", lead, line, tuple(items), kind)
    return Sub(heading + "。", rest, line)


def inline_series(text: str, lone: bool = False) -> tuple[str, list[Sub], str]:
    """A complete run-in series (一是…二是…) inside one paragraph: (lead, items, 是/要).

    `lone`: the text is where a copy stops, so a single 一是 is the start of a series.
    """
    # (…那么，我们应如何学习呢。我认为，一是要学而有恒心。…二是…三是…: a short lead-in clause and a comma before 一是,
    # read as if it ended on a colon — the same length, so the marks' columns hold for `text`)
    marked = _LEAD_IN_COMMA.sub(r"\1：", text) if "一" in text else text
    marks = [m for m in find_runin_series([Block("paragraph", marked, 0)]) if m.kind in ("是", "要")]
    if not marks:
        return text, [], ""
    kind = marks[0].kind
    series = _without_inner_lists(text, [m for m in marks if m.kind == kind])
    numbers = [m.number for m in series]
    if numbers != list(range(1, len(series) + 1)) or len(series) < (1 if lone else 2):
        return text, [], ""
    cuts = [m.column - 1 for m in series] + [len(text)]
    items = []
    for m, a, b in zip(series, cuts, cuts[1:], strict=False):
        chunk = text[a + len(m.mark) : b]
        stop = re.search(r"[。！？；]", chunk)
        head, rest = (chunk[: stop.end()], chunk[stop.end() :]) if stop else (chunk, "")
        rest = rest if re.search(r"[\u4e00-\u9fff\w]", rest) else ""  # 。。 of a page's … where the copy stops
        items.append(Sub(head, rest, 0, (), kind))
    return text[: cuts[0]], items, kind


# …主要存在以下几个方面的突出问题：一是…，存在侥幸心理； / 有的嘴上喊得响，…。二是…: an item of a run-in series broken
# off at its semicolon, the next mark of the series in the middle of the next line
_FIRST_MARK = re.compile(r"(?:^|[：:。！？；;])\s*一([是要])")
_NEXT_MARK = {k: re.compile(rf"[。！？；;]\s*二{k}") for k in "是要"}


def _open_first_item(text: str) -> str:
    """是/要 when `text` ends on ； inside the first item of a run-in series (…：一是…；), else ''."""
    if not text.endswith(("；", ";")):
        return ""
    m = _FIRST_MARK.search(text)
    return m.group(1) if m and not _NEXT_MARK[m.group(1)].search(text, m.end()) else ""


def _join_broken_item(intro: list[str]) -> None:
    """Join a paragraph ending on ； inside its series' first item (…问题：一是…，存在侥幸心理；) with the next one, where the
    next carries the series' 二是 after a stop (有的嘴上喊得响，…。二是…): one list the page broke at a semicolon (split42,
    batch 64). A paragraph that opens on 二是 is a series' item of its own already; one with no 二是 is not joined."""
    k = 0
    while k < len(intro) - 1:
        kind = _open_first_item(intro[k])
        nxt = intro[k + 1]
        if kind and not re.match(r"\s*二[是要]", nxt) and _NEXT_MARK[kind].search(nxt):
            intro[k : k + 2] = [intro[k] + nxt]
            continue
        k += 1


# 我认为，一是要… / 具体来说，一是…: a short clause opening a sentence, its comma right before 一是
_LEAD_IN_COMMA = re.compile(r"(?:(?<=^)|(?<=[。！？]))([^。！？，,：:“”]{1,8})[，,](?=一[是要])")


def _without_inner_lists(text: str, marks: list[SeriesItem]) -> list[SeriesItem]:
    """一是工业…。企业有2家：一是…；二是…。二是农业…: a list after a colon inside an item, up to the end of its
    sentence, is the item's own detail, not the paragraph's series."""
    kept: list[SeriesItem] = []
    inner_end = -1
    for m in marks:
        at = m.column - 1
        if at < inner_end:
            continue
        if kept and m.number == 1 and text[:at].rstrip().endswith(("：", ":")):
            stop = re.search(r"[。！？]", text[at:])
            inner_end = at + stop.end() if stop else len(text)
            continue
        kept.append(m)
    return kept


def _announced_sub_count(intro: list[str]) -> int | str | None:
    if not intro:
        return None
    tail = intro[-1][-40:]
    m = _SUB_COUNT.search(tail)
    return parse_count(m.group("n")) if m else None
