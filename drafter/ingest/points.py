"""Points of a speech: where they start, their headings, sub-points and run-in series.

Top-level points are found by their heading style (一、 / 第一， / 1． /
（一）), else by run-in paragraphs (一是/一要, 首先/其次), else by short
unnumbered heading lines. Sub-points are the next style inside a point, or a
run-in series inside one paragraph (一要…二要…).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from drafter.ingest.clean import Para, match_point_heading
from drafter.ingest.split import is_salutation
from drafter.model import Role
from drafter.structure import Block, find_runin_series, match_heading
from drafter.text import cn_number, count_word, parse_cn_number, split_sentences


@dataclass(frozen=True, slots=True)
class Piece:
    """Text of one role, with where it came from in the original file."""

    role: Role
    text: str
    line: int
    where: str


@dataclass(frozen=True, slots=True)
class Sub:
    """A sub-point: heading (first sentence), text, and a run-in series of its own."""

    heading: str
    text: str
    line: int
    items: tuple[Sub, ...] = ()
    series: str = "要"


@dataclass(frozen=True, slots=True)
class Point:
    """A top-level point. `series` numbers the sub-points (section/是/要)."""

    number: int
    heading: str
    line: int
    where: str
    text: str = ""
    subpoints: tuple[Sub, ...] = ()
    series: str = "section"
    inline: bool = False
    ending: str = ""
    announced: int | str | None = None


CN = "一二三四五六七八九十"


COUNT = rf"(?P<n>[{CN}两\d]+|几)"


_SUB_COUNT = re.compile(rf"(?:以下|抓好|做好|突出|把握|注意){COUNT}(?:个方面|点|项|个重点|件事)")


CLOSING_START = re.compile(r"^(同志们|各位领导|总之|让我们)[，,！!]")


EXTRA = re.compile(
    rf"^(?:最后|另外|此外|还有)[，,]?(?:我)?(?:再|还|想|要)?(?:强调|讲|提|说|补充)(?:一下)?{COUNT}?(?:点|个问题|件事|项|句话)"
    # 这里，我再强调几点。 / 同时，再提两点要求： — 再 says the points have been given (下面，我再讲… may be the transition)
    rf"|^(?:这里|同时|在此)[，,]?(?:我)?(?:再|还)(?:强调|讲|提|说|补充)(?:一下)?(?:[{CN}两\d]+|几)?(?:点|个问题|件事|项|句话)"
    # 以上四点意见……这里，我再提三点要求：
    rf"|^(?:以上|上述|上面)[^。！？]{{0,30}}?(?:点|个方面|个问题)[^。！？]*[。！，,].{{0,40}}?(?:我|再|还)(?:再|还)?(?:提|强调|讲|说)"
    rf"(?:[{CN}两\d]+|几)(?:点|条|句话|个问题|项)"
)
# 同志们、朋友们！ on its own line between sections.
VOCATIVE = re.compile(r"^(?:同志们|朋友们|老师们|同学们|各位代表|代表们)(?:[、，,](?:同志们|朋友们|老师们|同学们|各位代表))*[！!]$")


_ORDER = {"首先": 1, "其次": 2, "再次": 3}


_RUNIN_START = re.compile(rf"^(?P<n>[{CN}]+)(?P<kind>是|要|抓)(?=[^{CN}])")


_SENTENCE_STOP = re.compile(r"[。！？]")
# 第一点希望，/ 第二个方面： — an ordinal point that drafter.structure does not count as a heading.
# 第一个是在我们手上实现的创城。 — a spoken series (a talk as recorded): 第一个是… / 第二个是…
_ORDINAL_ITEM = re.compile(rf"^第(?P<n>[{CN}]+)个是")
_ORDINAL_POINT = re.compile(
    rf"^第(?P<n>[{CN}]+)(?:点|个方面|方面|条|句话|个问题|个部分|部分|件事|项工作|项)(?:希望|要求|意见|建议)?(?:[，,、：:]|\s+(?=\S))"
)


def parse_count(text: str) -> int | str:
    return "几" if text == "几" else parse_cn_number(text)


def make_piece(role: Role, paras: Sequence[Para], label: str) -> Piece:
    where = f"{label}（原文{span_of(paras)}）"
    return Piece(role, "\n\n".join(p.text for p in paras), paras[0].line, where)


def span_of(paras: Sequence[Para]) -> str:
    first, last = paras[0].line, paras[-1].end
    return f"第{first}行" if first == last else f"第{first}–{last}行"


def count_text(n: int | str) -> str:
    return count_word(n) if isinstance(n, int) and 0 <= n < 100 else str(n)


def style_of(text: str) -> tuple[str, int] | None:
    """(style key, number) of a paragraph that opens with a numbering mark."""
    head = match_point_heading(text)
    if head:
        level, number, mark, _bad = head
        return (f"h{level}{'第' if mark.startswith('第') else ''}", number)
    m = _ORDINAL_POINT.match(text)
    if m:
        return ("h1第", parse_cn_number(m.group("n")))
    m = _ORDINAL_ITEM.match(text)
    if m:
        return ("item", parse_cn_number(m.group("n")))
    m = _RUNIN_START.match(text)
    if m:
        try:
            return (f"r{m.group('kind')}", parse_cn_number(m.group("n")))
        except ValueError:
            return None
    for word, number in _ORDER.items():
        if text.startswith(word):
            return ("order", number)
    m = _QI.match(text)
    if m:  # 其一，…其二，…: sub-points only
        return ("qi", parse_cn_number(m.group("n")))
    if text[:1] in _CIRCLED:  # ①抓好宣传。… ②…
        return ("circled", _CIRCLED.index(text[0]) + 1)
    if text.startswith("——") and len(text) > 6:  # ——抓好宣传。… ——…: items led by a dash, sub-points only
        return ("dash", 1)
    return None


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
_QI = re.compile(rf"^其(?P<n>[{CN}])[，,、：:]")


def point_starts(body: list[Para]) -> tuple[list[int], str]:
    """Indices of the paragraphs that start top-level points, and their style."""
    marked = _bare_under_units(body, [None if _agenda_item(p.text) else style_of(p.text) for p in body])
    styles = _odd_restarts(body, _drop_cases(body, _drop_agendas(body, marked)))
    agenda = {i for i, (was, now) in enumerate(zip(marked, styles, strict=True)) if was and not now}
    dashes = _announced_dashes(body, styles)
    if dashes:
        return dashes, "dash"
    styles = [None if s and s[0] in ("dash", "qi") else s for s in styles]  # else a dash or 其一 never leads a top-level point
    numbered = [(i, s) for i, s in enumerate(styles) if s and s[0].startswith("h")]
    first = next(((i, s) for i, s in numbered if s[1] == 1), None)
    late = [(i, s) for i, s in numbered if s[0] == "h1" or s[0] == "h1第" and _UNIT_ORDINAL.match(body[i].text)]
    inside = bool(first and first[1][0] != "h1" and late and late[0][0] < first[0] and late[0][1][1] > 1)
    if inside:
        first = None  # 二、当前林业生产工作 / 1、高度重视…: a copy that starts inside the speech, at its 二、
    elif first is None:
        first = next(((i, s) for i, s in enumerate(styles) if s and s[1] == 1), None)
    first = _announced_first(body, styles, first)
    found = _series_from(body, styles, first) if first is not None else None
    if first is not None and not found and first[1][0] == "order":  # 首先，我代表…欢迎！ then 一是…: the greeting is no lead
        later = next(((i, s) for i, s in enumerate(styles) if s and s[1] == 1 and i > first[0] and s[0] != "order"), None)
        found = _series_from(body, styles, later) if later is not None else None
    if found:
        return found
    if first is None and late and [s[1] for _, s in late] == list(range(late[0][1][1], late[0][1][1] + len(late))):
        return [i for i, _ in late], "h1"  # 三、…四、… with no 一、: a copy that starts inside the speech
    runin = _late_runin(styles) if first is None else None
    if runin:
        return runin  # 四是…。 / 五是…。 right under the title: an excerpt that starts inside a series of paragraph leads
    aspects = [i for i, p in enumerate(body) if _ASPECT.match(p.text)]
    if len(aspects) >= 2 and aspects == list(range(aspects[0], aspects[0] + len(aspects))):
        return aspects, "aspect"  # 在行为礼仪方面，要… / 在学习方面，要…: one point each
    plain = [i for i, p in enumerate(body) if i not in agenda and _plain_heading(p) and _has_body_after(body, i)]
    return (plain, "plain") if len(plain) >= 2 else ([], "")


# 今天会议的议程主要有四项： / 这次会议有三项议程： — a chair's agenda follows, not the speech's points.
_AGENDA_LEAD = re.compile(rf"议程[^。！？]{{0,12}}[：:]$|[{CN}两\d几]+项议程[：:。]?$|(?:会议|大会)[^。！？]{{0,8}}[{CN}两\d几]+项(?:内容|程序|任务)?[：:]$")


# 第一个问题： / 第二个方面， / 第一部分 — a point named by its unit, over paragraphs led by a bare 第一，
_UNIT_ORDINAL = re.compile(rf"^第(?P<n>[{CN}]+)(?:个问题|个方面|方面|个部分|部分)")


def _bare_under_units(body: Sequence[Para], styles: list[tuple[str, int] | None]) -> list[tuple[str, int] | None]:
    """第一个问题：… then 第一，…第二，… paragraphs: under a point named by its unit, a bare ordinal leads
    one of its sub-points (a level below), not a point of its own."""
    if not any(s and s[0] == "h1第" and _UNIT_ORDINAL.match(p.text) for p, s in zip(body, styles, strict=True)):
        return styles
    out, inside = list(styles), False
    for i, (para, style) in enumerate(zip(body, styles, strict=True)):
        if style and style[0] == "h1第":
            unit = bool(_UNIT_ORDINAL.match(para.text))
            inside = inside or unit
            out[i] = ("h2第", style[1]) if inside and not unit else style
    return out


def _drop_agendas(body: list[Para], styles: list[tuple[str, int] | None]) -> list[tuple[str, int] | None]:
    """Take out the series an agenda's lead-in announces (一是传达……文件；二是签订责任书；三是某某讲话)."""
    out = list(styles)
    for i, style in enumerate(styles):
        if not (style and style[1] == 1 and i and _AGENDA_LEAD.search(body[i - 1].text)):
            continue
        number = 1
        for j, other in enumerate(styles[i:], start=i):
            if other and other[0] == style[0]:
                if other[1] != number:
                    break
                out[j], number = None, number + 1
    return out


# 1、2015年5月16日下午，…落水。 / 2、去年7月的一天，… — an item that opens on the day something happened.
_DATED_ITEM = re.compile(r"^(?:(?:19|20)\d{2}年|\d{1,2}月\d{1,2}日|(?:去年|前年|今年)\d{1,2}月)")


def _drop_cases(body: list[Para], styles: list[tuple[str, int] | None]) -> list[tuple[str, int] | None]:
    """Take out a series whose items each open on a date (1、2015年5月16日下午，…；2、2014年4月…): the
    cases a speech reports (以下六起事件), a list inside its text, not its points."""
    out = list(styles)
    for key in {s[0] for s in styles if s}:
        items = [i for i, s in enumerate(styles) if s and s[0] == key]
        if len(items) < 3 or [styles[i][1] for i in items] != list(range(1, len(items) + 1)):  # type: ignore[index]
            continue
        dated = sum(bool(_DATED_ITEM.match(_after_mark(body[i].text))) for i in items)
        if dated >= len(items) - (len(items) >= 5):
            for i in items:
                out[i] = None
    return out


def _after_mark(text: str) -> str:
    head = match_point_heading(text)
    return text[len(head[2]) :].lstrip() if head else text


def _odd_mark(text: str) -> bool:
    """一，/一. — a heading mark with a separator its level does not use (一、 is right)."""
    head = match_point_heading(text)
    return bool(head and head[3])


def _odd_restarts(body: list[Para], styles: list[tuple[str, int] | None]) -> list[tuple[str, int] | None]:
    """一、提高认识 … / 一，要充分认识到…: under a point marked 一、, a series that starts again at 一 with
    another separator is that point's sub-points, not a second set of points."""
    proper = next((i for i, s in enumerate(styles) if s == ("h1", 1) and not _odd_mark(body[i].text)), None)
    if proper is None:
        return styles
    out = list(styles)
    odd, last = False, proper
    for j, style in enumerate(styles[proper + 1 :], start=proper + 1):
        if style and style[0] == "h1":
            restart = style[1] == 1 and not _announced_between(body[last + 1 : j])
            odd = _odd_mark(body[j].text) and (odd or restart)
            out[j], last = (None if odd else style), j
    return out


def _announced_between(paras: list[Para]) -> bool:
    """下面，我讲三点意见。 / 最后，再强调两点： before a new 一，: a series of its own (see classify._one_series)."""
    return any(_TRANSITION_END.search(p.text) or EXTRA.match(p.text) for p in paras)


def _late_runin(styles: list[tuple[str, int] | None]) -> tuple[list[int], str] | None:
    """Paragraph leads (四是… 五是…) that open the body and number on from where a copy was cut."""
    lead = styles[0] if styles else None
    if not lead or not lead[0].startswith("r") or lead[1] < 2:
        return None
    found = [(i, s[1]) for i, s in enumerate(styles) if s and s[0] == lead[0]]
    if len(found) < 2 or [n for _, n in found] != list(range(lead[1], lead[1] + len(found))):
        return None
    return [i for i, _ in found], lead[0]


def _has_body_after(body: list[Para], i: int) -> bool:
    """A short line is a heading only over a paragraph of text: a run of short lines (a page's menu,
    a date and a site name) heads nothing, nor does a line right before a 称谓."""
    if i + 1 == len(body):
        return True  # the last line: where the copy stops
    text = body[i + 1].text
    said = _SENTENCE_STOP.search(text) or text.endswith(("：", ":")) or len(text) >= 40
    return bool(said) and not is_salutation(text)


_TRANSITION_END = re.compile(
    r"(?P<n>[一二两三四五六七八九十几\d])(?:点|个方面|方面|个问题|个部分)(?:意见|要求|看法|建议|希望)?[：:。]$"
    # 送给大家三句话并与你们共勉！ — words given to the audience, with a wish after them
    r"|(?P<w>[一二两三四五六七八九十几\d])句话[^。！？，,]{0,10}[：:。！!]$"
)


def _series_from(
    body: list[Para], styles: list[tuple[str, int] | None], first: tuple[int, tuple[str, int]]
) -> tuple[list[int], str] | None:
    """The points of the series the first lead opens, or None when that series makes no points."""
    key = first[1][0]
    starts = [i for i, s in enumerate(styles) if s and s[0] == key and i >= first[0]]
    if key == "order":
        if not _after_transition(body, starts[0]):
            return None  # 首先，我代表…表示欢迎！其次，…: greetings in order, no points unless a count was announced
        ordered = _with_last(body, starts)
        if len(ordered) >= 2:
            return ordered, key
    if len(starts) >= 2 or key.startswith("h") or _lone_after_transition(body, starts, key):
        return starts, key
    return None


def _lone_after_transition(body: list[Para], starts: list[int], key: str) -> bool:
    """一要… right after …再提四点要求：, and the copy stops before 二要: the first point of a series.
    Where the copy stops in that very paragraph (a collection page shows a piece's beginning only), a lone
    首先是… after the count, or a lone 一是… paragraph lead with no count before it, starts the series too."""
    if len(starts) != 1 or not (key.startswith("r") or key == "order"):
        return False
    stops_here = starts[0] == len(body) - 1 and body[-1].text[-1:] not in "。！？!?”’"
    if key == "order":
        return stops_here and _after_transition(body, starts[0])
    return _after_transition(body, starts[0]) or stops_here


def _announced_first(
    body: list[Para], styles: list[tuple[str, int] | None], first: tuple[int, tuple[str, int]] | None
) -> tuple[int, tuple[str, int]] | None:
    """第一，…第二，… (a look-back) before 下面，我讲三点意见。 and 一、… after it: the series the count announces
    is the points, when the earlier one does not go on after it."""
    if first is None or _after_transition(body, first[0]):
        return first  # the first series was announced itself (最后，我再强调两点。一是… comes after it)
    after = next(((i, s) for i, s in enumerate(styles) if s and s[1] == 1 and i > first[0] and _after_transition(body, i)), None)
    if after is None or after[1][0] == first[1][0] or styles[after[0] - 1] is not None or EXTRA.match(body[after[0] - 1].text):
        return first  # …第二，提几点要求：一是…: the announcement is itself one of the points
    if any(s and s[0] == first[1][0] for s in styles[after[0] :]):
        return first  # 一、… 要抓好以下三个方面：（一）… 二、…: a list inside the points
    if first[1][0] == "h1" or sum(1 for s in styles[: after[0]] if s and s[0] == first[1][0]) < 2:
        return first  # 一、…要做到以下三点：一是… where the copy stops: the 一、 is the point, the rest its list
    return after


def _announced_dashes(body: list[Para], styles: list[tuple[str, int] | None]) -> list[int]:
    """我对同学们提三点希望：——希望你们…——… : dash paragraphs right after a count are the points, when
    there are as many as announced and nothing else is numbered."""
    dashes = [i for i, s in enumerate(styles) if s and s[0] == "dash"]
    if len(dashes) < 2 or any(s and s[0].startswith("h") for s in styles) or not _after_transition(body, dashes[0]):
        return []
    return dashes if _count_before(body, dashes[0]) == len(dashes) else []


def _with_last(body: list[Para], starts: list[int]) -> list[int]:
    """首先，…其次，…最后，… after 讲三点意见：: the 最后 paragraph is the last point when the count says so."""
    last = next((i for i in range(starts[-1] + 1, len(body)) if body[i].text.startswith(("最后，", "最后,"))), None)
    return [*starts, last] if last is not None and _count_before(body, starts[0]) == len(starts) + 1 else starts


def _count_before(body: list[Para], start: int) -> int | None:
    """The count announced by the paragraph right before `start` (…讲三点意见。 → 3), if any."""
    m = _TRANSITION_END.search(body[start - 1].text) if start > 0 else None
    n = m and (m.group("n") or m.group("w"))
    return parse_cn_number(n) if n and n != "几" else None


def _after_transition(body: list[Para], start: int) -> bool:
    return start > 0 and bool(_TRANSITION_END.search(body[start - 1].text))


# 在行为礼仪方面，… — points without numbers, each opening with the aspect it is about.
_ASPECT = re.compile(r"^(?P<head>在[^，,。！？：:]{1,12}方面)[，,：:]")


# 首先，请x同志汇报… / 下面，请各单位发言: a chair's agenda line, not a point heading.
# 下面由某某讲话 / 下面，进行第四项：… / 四是某某讲话 (an agenda's item): a chair's words, never a heading.
_AGENDA = re.compile(
    rf"^(?:首先|其次|然后|接下来|下面|最后|现在)?[，,]?(?:请|由|(?:大会|会议)?进行(?:第[{CN}\d]+项|下一项))|^[{CN}]+是"
)


# 一、请安监局局长宣读《…》 / 二、请县长讲话: a chair's numbered agenda, not the speech's points.
_AGENDA_ITEM = re.compile(
    r"^(?:请|由)[^。！？]{0,40}(?:讲话|发言|宣读|通报|汇报|报告|致辞|传达|主持|表态)"
    r"|^(?:升国旗|奏国歌|唱国歌|奏唱国歌|全体起立|颁奖|颁发|宣誓)"  # 第一项：升国旗奏国歌 — a ceremony's order
    # 一、开场介绍 / 二、暖场寄语 / 三、颁奖环节 / （二）教学能手奖: a host's script in parts, and the awards it calls
    r"|^(?:开场|暖场|串场|结束|结尾|闭场|退场|入场|互动|抽奖|合影|文艺表演|节目表演)[^。！？，：:]{0,6}$|^[^。！？，：:]{2,10}(?:环节|奖)$"
    r"|^[^。！？]{0,60}有请"  # （一）…第一个要颁发的是“某某奖”，有请颁奖嘉宾…: the host's cue
)
# 第一项：升国旗 / 大会进行第三项：请苗校长讲话 — the chair numbering the items of a meeting.
_ITEM_MARK = re.compile(rf"^(?:(?:大会|会议)?进行)?第[{CN}\d]+项(?:议程|内容)?[：:，,、]?")


def _agenda_item(text: str) -> bool:
    m = _ITEM_MARK.match(text)
    if m:
        return bool(_AGENDA_ITEM.match(text[m.end() :].lstrip()))
    head = match_heading(text)
    return head is not None and bool(_AGENDA_ITEM.match(text[len(head[2]) :].lstrip()))


# •范文大全 / □某某 / >导航: a page's bullets and a byline's box are no headings; nor is a vocative
# that divides the speech (各位委员、同志们！).
_NOT_HEADING_START = re.compile(r"^[•·●○■□◆◇▲△★☆※>＞→*-]")


# （报告完毕后） / （掌声） — a 主持词's stage direction; 此致 / 敬礼 / 校长 敬上 — a letter's sign-off.
_NOT_SAID = re.compile(r"^[（(][^（）()]{1,24}[)）]$|^此致[，,。]?$|^敬礼[！!。]?$|(?:敬上|谨上|拜上|敬启|谨启)$")
# 横批：前程锦绣 — the top line of a couplet the speaker quotes (上联/下联 carry commas), not a heading.
_COUPLET_LINE = re.compile(r"^(?:横批|横额|横联|上联|下联)\s*[：:]")


def _plain_heading(para: Para) -> bool:
    text = para.text
    return (
        len(text) <= 30 and not _SENTENCE_STOP.search(text) and text[-1] not in "：:，；！!"
        and not _NOT_HEADING_START.match(text) and not _NOT_SAID.search(text) and not _COUPLET_LINE.match(text)
        and not is_salutation(text) and not CLOSING_START.match(text) and not _AGENDA.match(text) and not _agenda_item(text)
    )  # fmt: skip


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
    elif style not in ("plain", "aspect", "dash", "order") and numbers != list(range(1, len(numbers) + 1)):
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
# (一、找准历史方位，勇于作为近年来，全市… / …的成效2002年，在… / …严峻形势一是… / …的发展方向习近平总书记强调：“…”).
_BODY_START = re.compile(
    r"(?<=[\u4e00-\u9fff])\s*(?=近年来|近几年来?|近些年来|今年以来|去年以来|一年来|多年来|长期以来|总的来说|总的来看"
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
    if style in ("plain", "aspect"):
        return ""
    head = match_point_heading(text)
    if head:
        return head[2]
    m = _ORDINAL_POINT.match(text) or _RUNIN_START.match(text) or _ORDINAL_ITEM.match(text)
    if m:
        return m.group(0)
    if style in ("circled", "dash"):
        return text[:1] if style == "circled" else "——"
    if style == "qi" and (qi := _QI.match(text)):
        return qi.group(0)
    word = next((w for w in (*_ORDER, "最后") if text.startswith(w)), "")
    return word + "是" if word and text[len(word) : len(word) + 1] == "是" else word  # 首先是学会转变。


def _point(number: int, paras: list[Para], style: str, warnings: list[str], cut_short: bool = False) -> Point:
    first = paras[0]
    aspect = _ASPECT.match(first.text) if style == "aspect" else None
    if aspect:
        heading, rest = aspect.group("head"), first.text[aspect.end() :]
    else:
        heading, rest = _split_heading(first.text, _mark_of(first.text, style))
    intro = [rest] if rest else []
    subs, sub_series, ending = _subpoints(paras[1:], style, intro, style == "h1第" and bool(_UNIT_ORDINAL.match(first.text)))
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
    for k in range(len(intro) - 1, -1, -1):
        lead, items, kind = inline_series(intro[k], lone=cut_short and k == len(intro) - 1)
        if not items:
            continue
        # Before the last paragraph, only a series that a paragraph ending in ： announces
        # (要抓好以下三个方面： / 一是…。二是…。三是…); any other is an inner list.
        # A series right after the heading (三、要抓好几件具体事情。一是…；二是…。三是…) is the point's own.
        # So is a series in the paragraph under the heading that starts after a whole sentence summing it up
        # (一、…成效 / 去年以来…取得了积极成效。一是…。二是…。 / 但是，…); one led in by 取得了两个突破： stays inner.
        if k < len(intro) - 1 and (lead and (k > 0 or not lead.rstrip().endswith("。")) or k > 0 and not intro[k - 1].endswith(("：", ":"))):
            continue
        if lead and not _series_of_point(lead, items, k):
            continue
        after = intro[k + 1 :]
        if after:
            last = items[-1]
            items[-1] = Sub(last.heading, "\n\n".join(t for t in (last.text, *after) if t), last.line, (), kind)
        intro[k:] = [lead] if lead else []
        return items, kind, True
    return _ordinal_subpoints(intro, cut_short)


# …第一，要看清创建的意义。…第二，…: sub-points as ordinals run into the point's last paragraph.
_ORDINAL_RUNIN = re.compile(
    rf"(?:(?<=^)|(?<=[。！？；\n]))第(?P<n>[{CN}])(?:[、，,]|(?=[要是][\u4e00-\u9fff]{{3}}))(?=[\u4e00-\u9fff]{{4}})"
    # …作为学校核心，首先要加强班子建设。第二要有清晰思路。第三要…: 首先 opens the series 第二 goes on with
    r"|(?:(?<=^)|(?<=[。！？；，,：:\n]))(?P<f>首先)(?=[要是，,][\u4e00-\u9fff]{2})"
    r"|(?:(?<=^)|(?<=[。！？；：:\n]))(?P<d>[1-9])[、.．](?=[\u4e00-\u9fff]{4})"  # …以下两个方面：1、加强…
    r"|(?:(?<=^)|(?<=[。！？；：:\n]))[（(](?P<b>[1-9])[）)](?=[\u4e00-\u9fff]{4})"  # …做到两点。（1）压实…（2）…
    rf"|(?:(?<=^)|(?<=[。！？；：:\n]))[（(](?P<c>[{CN}])[）)](?=[\u4e00-\u9fff]{{4}})"  # …以下两点：（一）压实…（二）…
)


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
    marks = [m for m in _ORDINAL_RUNIN.finditer(text) if m.start() > 0]
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


def _subpoints(paras: list[Para], top: str, intro: list[str], unit: bool = False) -> tuple[list[Sub], str, str]:
    """Sub-points of a point's paragraphs; paragraphs before them join `intro`."""
    paras = _run_in_first(paras, intro)
    styles = [style_of(p.text) for p in paras]
    if unit:  # 第一个问题：… / 第一，… 第二，…: the bare ordinals under it are its sub-points
        styles = [("h2第", s[1]) if s and s[0] == "h1第" and not _UNIT_ORDINAL.match(p.text) else s for p, s in zip(paras, styles, strict=True)]
    if top == "h1":  # 一，要充分认识到… under 一、: the point's sub-points (see _odd_restarts)
        styles = [("h1odd", s[1]) if s and s[0] == "h1" and _odd_mark(p.text) else s for p, s in zip(paras, styles, strict=True)]
    if sum(1 for s in styles if s and s[0] == "order") < 2:
        styles = [None if s and s[0] == "order" else s for s in styles]  # a lone 首先， is a word of the text
    first = next((s for s in styles if s and s[0] != top and s[1] == 1), None)
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
            subs.append(_sub(para.text, _mark_of(para.text, key), para.line))
        elif not subs:
            intro.append(para.text)
        elif para.text.startswith(("总之", "总而言之")) and para is paras[-1]:
            ending = para.text
        else:
            last = subs[-1]
            subs[-1] = Sub(last.heading, f"{last.text}\n\n{para.text}".strip(), last.line, last.items, last.series)
    series = key[1] if key in ("r是", "r要") else "section"
    return subs, series, ending


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
    marks = [m for m in find_runin_series([Block("paragraph", text, 0)]) if m.kind in ("是", "要")]
    if not marks:
        return text, [], ""
    kind = marks[0].kind
    series = [m for m in marks if m.kind == kind]
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


def _announced_sub_count(intro: list[str]) -> int | str | None:
    if not intro:
        return None
    tail = intro[-1][-40:]
    m = _SUB_COUNT.search(tail)
    return parse_count(m.group("n")) if m else None
