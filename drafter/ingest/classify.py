"""Recover the rhetorical structure of one speech: title, 称谓, opening, points, closing.

Works on cleaned paragraphs. Top-level points are found by their heading
style (一、 / 第一， / 1． / （一）), else by run-in paragraphs (一是/一要,
首先/其次), else by short unnumbered heading lines. Sub-points are the next
style inside a point, or a run-in series inside one paragraph. Whatever cannot
be placed is kept with role `other` and a warning.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from drafter.ingest.clean import Para
from drafter.ingest.split import is_salutation, is_title
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


@dataclass(frozen=True, slots=True)
class Outline:
    """The structure of one speech and the warnings found on the way."""

    title: str
    title_derived: bool
    meeting: str
    byline: str
    pieces: tuple[Piece, ...]
    points: tuple[Point, ...]
    announced: int | str | None
    warnings: tuple[str, ...]

    def role(self, role: Role) -> list[Piece]:
        return [p for p in self.pieces if p.role == role]


CN = "一二三四五六七八九十"
_COUNT = rf"(?P<n>[{CN}两\d]+|几)"
_TRANSITION = re.compile(
    rf"我(?:再|就|想|主要|着重|简要)?[^，。；！？]{{0,24}}?(?:讲|谈|提|强调|说)(?:以下)?{_COUNT}(?:点|个方面|个问题|条)"
    r"|(?:下面|接下来|现在)[，,]?(?:我)?(?:就|再)?(?:讲|谈|提|强调|说)(?:以下)?(?:几)?(?:点|个方面|个问题)"
)
_SUB_COUNT = re.compile(rf"(?:以下|抓好|做好|突出|把握|注意){_COUNT}(?:个方面|点|项|个重点|件事)")
_ACK = re.compile(r"刚才|表示热烈的祝贺|表示衷心的感谢|表示崇高的敬意|我完全同意|受到表彰|受表彰|作了很好|的报告中|表示祝贺")
_MEETING = re.compile(r"(全[省市县区乡镇旗][^，。、；！？“”：]{2,24}?(?:会议|大会|座谈会|推进会|动员会))")
_CLOSING_START = re.compile(r"^(同志们|各位领导|总之|让我们)[，,！!]")
_EXHORT = re.compile(r"让我们|作出新的更大贡献|作出新的贡献|作出应有贡献|作出更大贡献|新台阶|再创佳绩|努力奋斗|而努力|谱写|确保.{0,20}不发生")
_EXTRA = re.compile(
    rf"^(?:最后|另外|此外|还有)[，,]?(?:我)?(?:再|还|想|要)?(?:强调|讲|提|说|补充)(?:一下)?{_COUNT}?(?:点|个问题|件事|项)"
)
_ORDER = {"首先": 1, "其次": 2, "再次": 3}
_RUNIN_START = re.compile(rf"^(?P<n>[{CN}]+)(?P<kind>是|要)(?=[^{CN}])")
_SENTENCE_STOP = re.compile(r"[。！？]")


def parse_count(text: str) -> int | str:
    return "几" if text == "几" else parse_cn_number(text)


def find_meeting(text: str) -> str:
    m = _MEETING.search(text)
    return m.group(1) if m else ""


def outline_speech(paras: Sequence[Para]) -> Outline:
    """Structure of a speech's paragraphs (see the module docstring)."""
    paras = list(paras)
    warnings: list[str] = []
    pieces: list[Piece] = []
    title, byline, i = _title(paras)
    if i < len(paras) and is_salutation(paras[i].text):
        pieces.append(Piece(Role.SALUTATION, paras[i].text, paras[i].line, f"称谓（原文{paras[i].where}）"))
        i += 1
    else:
        warnings.append("没有找到称谓（如“同志们：”）")
    body = paras[i:]
    starts, style = _point_starts(body)
    closing_at, divider = _closing_start(body, starts[-1] if starts else 0)
    body_end = divider if divider is not None else closing_at
    pre_end = starts[0] if starts else _preamble_end(body, body_end)
    intro, announced = _preamble(body[:pre_end], warnings)
    pieces += intro
    points, others = _points(body, starts, body_end, style, warnings)
    pieces += others
    if not starts and pre_end < body_end:
        pieces.append(_piece(Role.OTHER, body[pre_end:body_end], "正文（未找到论点）"))
        warnings.append(f"没有找到编号或带小标题的论点：正文（原文{_span(body[pre_end:body_end])}）作为 other 保留，请人工拆分")
    if divider is not None:
        pieces.append(_piece(Role.OTHER, body[divider : divider + 1], "分隔"))
        warnings.append(f"原文{body[divider].where}“{body[divider].text}”在讲话中间用作分隔，不作称谓")
    if closing_at < len(body):
        closing = body[closing_at:]
        pieces.append(_piece(Role.CLOSING, closing, "结尾"))
    else:
        warnings.append("没有找到结束语（可能是不完整的副本）")
    meeting = find_meeting("".join(p.text for p in body[:3]))
    if not title and meeting:
        title = f"在{meeting}上的讲话"
    _check_count(announced, points, warnings)
    derived = bool(title) and not _had_title(paras)
    return Outline(title, derived, meeting, byline, tuple(pieces), tuple(points), announced, tuple(warnings))


def _had_title(paras: list[Para]) -> bool:
    return bool(paras) and is_title(paras[0]) and not is_salutation(paras[0].text)


def _title(paras: list[Para]) -> tuple[str, str, int]:
    i, title, byline = 0, "", ""
    if paras and is_title(paras[0]) and not is_salutation(paras[0].text):
        title, i = paras[0].text, 1
        if i < len(paras) and re.match(r"^[（(][^）)]{2,60}[）)]$", paras[i].text):
            byline, i = paras[i].text, i + 1
    return title, byline, i


def _piece(role: Role, paras: Sequence[Para], label: str) -> Piece:
    where = f"{label}（原文{_span(paras)}）"
    return Piece(role, "\n\n".join(p.text for p in paras), paras[0].line, where)


def _span(paras: Sequence[Para]) -> str:
    first, last = paras[0].line, paras[-1].end
    return f"第{first}行" if first == last else f"第{first}–{last}行"


# ---------------------------------------------------------------- preamble


def _preamble(paras: list[Para], warnings: list[str]) -> tuple[list[Piece], int | str | None]:
    """Opening, acknowledgement and transition, sentence by sentence."""
    roles: dict[Role, list[tuple[str, int]]] = {Role.OPENING: [], Role.ACKNOWLEDGEMENT: [], Role.TRANSITION: []}
    others: list[Piece] = []
    state, announced = Role.OPENING, None
    for para in paras:
        parts: dict[Role, str] = {}
        for sentence in split_sentences(para.text):
            if state == Role.TRANSITION:
                others.append(Piece(Role.OTHER, sentence, para.line, f"过渡语之后（原文{para.where}）"))
                continue
            m = _TRANSITION.search(sentence)
            if m:
                state, announced = Role.TRANSITION, parse_count(m.group("n") or "几")
            elif state == Role.OPENING and _ACK.search(sentence):
                state = Role.ACKNOWLEDGEMENT
            parts[state] = parts.get(state, "") + sentence
        for role, text in parts.items():
            roles[role].append((text, para.line))
    pieces = [
        Piece(role, "\n\n".join(t for t, _ in items), items[0][1], f"{_ROLE_LABEL[role]}（原文第{items[0][1]}行起）")
        for role, items in roles.items() if items
    ]  # fmt: skip
    if not roles[Role.TRANSITION]:
        warnings.append("没有找到宣布讲几点意见的过渡语（如“下面，我讲三点意见。”）")
    for other in others:
        warnings.append(f"{other.where}：过渡语之后、第一点之前的文字无法归类，作为 other 保留")
    return pieces + others, announced


_ROLE_LABEL = {Role.OPENING: "开头", Role.ACKNOWLEDGEMENT: "肯定报告与祝贺", Role.TRANSITION: "过渡语"}


def _count_text(n: int | str) -> str:
    return count_word(n) if isinstance(n, int) and 0 <= n < 100 else str(n)


def _check_count(announced: int | str | None, points: list[Point], warnings: list[str]) -> None:
    if isinstance(announced, int) and announced != len(points):
        warnings.append(f"宣布讲{_count_text(announced)}点意见，实际有{_count_text(len(points))}点")


# ---------------------------------------------------------------- points


def _style(text: str) -> tuple[str, int] | None:
    """(style key, number) of a paragraph that opens with a numbering mark."""
    head = match_heading(text)
    if head:
        level, number, mark, _bad = head
        return (f"h{level}{'第' if mark.startswith('第') else ''}", number)
    m = _RUNIN_START.match(text)
    if m:
        try:
            return (f"r{m.group('kind')}", parse_cn_number(m.group("n")))
        except ValueError:
            return None
    for word, number in _ORDER.items():
        if text.startswith(word):
            return ("order", number)
    return None


def _point_starts(body: list[Para]) -> tuple[list[int], str]:
    """Indices of the paragraphs that start top-level points, and their style."""
    styles = [_style(p.text) for p in body]
    numbered = [(i, s) for i, s in enumerate(styles) if s and s[0].startswith("h")]
    first = next(((i, s) for i, s in numbered if s[1] == 1), None)
    if first is None:
        first = next(((i, s) for i, s in enumerate(styles) if s and s[1] == 1), None)
    if first is not None:
        key = first[1][0]
        starts = [i for i, s in enumerate(styles) if s and s[0] == key and i >= first[0]]
        if len(starts) >= 2 or key.startswith("h"):
            return starts, key
    plain = [i for i, p in enumerate(body) if _plain_heading(p)]
    return (plain, "plain") if len(plain) >= 2 else ([], "")


def _plain_heading(para: Para) -> bool:
    text = para.text
    return (
        len(text) <= 30 and not _SENTENCE_STOP.search(text) and text[-1] not in "：:，；"
        and not is_salutation(text) and not _CLOSING_START.match(text)
    )  # fmt: skip


def _closing_start(body: list[Para], last_start: int) -> tuple[int, int | None]:
    """Index of the first closing paragraph (len(body) when none) and of a 同志们： divider before it."""
    n = len(body)
    first = max(last_start + 1, n - 3)
    for k in range(first, n):
        text = body[k].text
        if is_salutation(text) and k + 1 < n and _ends_exhorting(body[k + 1 :]):
            return k + 1, k
        if text.startswith(("同志们，", "同志们！", "同志们,")) or (_CLOSING_START.match(text) and _EXHORT.search(text)):
            return k, None
    if n > last_start + 1 and _ends_exhorting(body[-1:]) and not _style(body[-1].text):
        return n - 1, None
    return n, None


def _ends_exhorting(paras: list[Para]) -> bool:
    last = paras[-1].text
    return len(paras) <= 2 and bool(_EXHORT.search(last)) and last[-1] in "！!。"


def _preamble_end(body: list[Para], end: int) -> int:
    """Without points, the preamble runs to the paragraph of the transition (or of the acknowledgement)."""
    head = body[: min(end, 4)]
    for k, para in enumerate(head):
        if _TRANSITION.search(para.text):
            return k + 1
    acks = [k for k, para in enumerate(head) if _ACK.search(para.text)]
    return min(end, (acks[-1] + 1) if acks else 1)


def _points(
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
        points.append(_point(n, paras, style, warnings))
    _check_numbering(body, starts, style, warnings)
    return points, others


def _check_numbering(body: list[Para], starts: list[int], style: str, warnings: list[str]) -> None:
    numbers = [(_style(body[i].text) or ("", 0))[1] for i in starts]
    if style != "plain" and numbers != list(range(1, len(numbers) + 1)):
        shown = "、".join(str(n) for n in numbers)
        warnings.append(f"论点编号不连续或重复（{shown}）")


def _cut_extras(paras: list[Para], warnings: list[str]) -> tuple[list[Para], list[Piece]]:
    """Split off a 同志们： divider or an extra list (最后，再强调两点) inside a point."""
    for k, para in enumerate(paras[1:], start=1):
        if is_salutation(para.text):
            warnings.append(f"原文{para.where}“{para.text}”在讲话中间用作分隔，不作称谓；其后的文字作为 other 保留")
            return paras[:k], [_piece(Role.OTHER, paras[k:], "讲话中间的分隔之后")]
        if _EXTRA.match(para.text):
            warnings.append(
                f"原文{para.where}：最后一点之后另有一组要求（{split_sentences(para.text)[0]}），"
                "不计入论点，作为 other 保留"
            )
            return paras[:k], [_piece(Role.OTHER, paras[k:], "论点之后的补充要求")]
    return paras, []


def _split_heading(text: str, mark: str) -> tuple[str, str]:
    """Heading (up to the first full stop) and the rest of a heading paragraph."""
    body = text[len(mark) :].lstrip("，,、 ")
    stop = _SENTENCE_STOP.search(body)
    if stop and stop.end() < len(body):
        return body[: stop.start()], body[stop.end() :]
    return body.rstrip("。！？"), ""


def _mark_of(text: str, style: str) -> str:
    if style == "plain":
        return ""
    head = match_heading(text)
    if head:
        return head[2]
    m = _RUNIN_START.match(text)
    if m:
        return m.group(0)
    return next((w for w in _ORDER if text.startswith(w)), "")


def _point(number: int, paras: list[Para], style: str, warnings: list[str]) -> Point:
    first = paras[0]
    heading, rest = _split_heading(first.text, _mark_of(first.text, style))
    intro = [rest] if rest else []
    subs, sub_series, ending = _subpoints(paras[1:], style, intro)
    inline = False
    if not subs and intro:
        lead, items, kind = inline_series(intro[-1])
        if items:
            intro[-1:] = [lead] if lead else []
            subs, sub_series, inline = items, kind, True
    announced = _announced_sub_count(intro)
    if isinstance(announced, int) and subs and announced != len(subs):
        warnings.append(
            f"第{cn_number(number)}点宣布“{_count_text(announced)}个方面”，实际有{_count_text(len(subs))}个分论点"
        )
    label = f"{cn_number(number)}、" if style == "h1" else f"第{cn_number(number)}点"
    return Point(
        number=number, heading=heading, line=first.line,
        where=f"{label}（原文{_span(paras)}）", text="\n\n".join(intro), subpoints=tuple(subs),
        series=sub_series, inline=inline, ending=ending, announced=announced,
    )  # fmt: skip


def _subpoints(paras: list[Para], top: str, intro: list[str]) -> tuple[list[Sub], str, str]:
    """Sub-points of a point's paragraphs; paragraphs before them join `intro`."""
    styles = [_style(p.text) for p in paras]
    first = next((s for s in styles if s and s[0] != top and s[1] == 1), None)
    if first is None:
        intro += [p.text for p in paras]
        return [], "section", ""
    key = first[0]
    subs: list[Sub] = []
    ending = ""
    for para, st in zip(paras, styles, strict=True):
        if st and st[0] == key:
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


def _sub(text: str, mark: str, line: int) -> Sub:
    heading, rest = _split_heading(text, mark)
    lead, items, kind = inline_series(rest)
    if items:
        return Sub(heading + "。", lead, line, tuple(items), kind)
    return Sub(heading + "。", rest, line)


def inline_series(text: str) -> tuple[str, list[Sub], str]:
    """A complete run-in series (一是…二是…) inside one paragraph: (lead, items, 是/要)."""
    marks = [m for m in find_runin_series([Block("paragraph", text, 0)]) if m.kind in ("是", "要")]
    if not marks:
        return text, [], ""
    kind = marks[0].kind
    series = [m for m in marks if m.kind == kind]
    numbers = [m.number for m in series]
    if len(series) < 2 or numbers != list(range(1, len(series) + 1)):
        return text, [], ""
    cuts = [m.column - 1 for m in series] + [len(text)]
    items = []
    for m, a, b in zip(series, cuts, cuts[1:], strict=False):
        chunk = text[a + len(m.mark) : b]
        stop = re.search(r"[。！？；]", chunk)
        head, rest = (chunk[: stop.end()], chunk[stop.end() :]) if stop else (chunk, "")
        items.append(Sub(head, rest, 0, (), kind))
    return text[: cuts[0]], items, kind


def _announced_sub_count(intro: list[str]) -> int | str | None:
    if not intro:
        return None
    tail = intro[-1][-40:]
    m = _SUB_COUNT.search(tail)
    return parse_count(m.group("n")) if m else None
