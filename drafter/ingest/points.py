"""Points of a speech: where they start (their parts are cut by drafter.ingest.pointbody).

Top-level points are found by their heading style (一、 / 第一， / 1． /
（一）), else by run-in paragraphs (一是/一要, 首先/其次), else by short
unnumbered heading lines; agendas, reported cases and quoted couplets are
no points. Sub-points are the next style inside a point, or a run-in series
inside one paragraph (一要…二要…): see pointbody.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from drafter.ingest.clean import Para
from drafter.ingest.linesplit import DECIMAL_SUB, match_point_heading
from drafter.ingest.orderparts import order_over_series
from drafter.ingest.partlines import part_lines
from drafter.ingest.reportbare import bare_parts_over_items
from drafter.ingest.reportparts import report_part_starts
from drafter.ingest.split import is_salutation
from drafter.ingest.stories import told_ordinal
from drafter.model import Role
from drafter.structure import match_heading
from drafter.text import cn_number, count_word, parse_cn_number


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


# (一是一心一意为民。 / 二是一丝不苟干事。: a lead whose words start with 一, a numeral no number follows)
_RUNIN_START = re.compile(rf"^(?P<n>[{CN}]+)(?P<kind>是|要|抓)(?=[^{CN}]|一[^{CN}])")
# 第一是“红色…”，… / 第二是… — the same lead as 一是 with 第 before its number (split48)
_ORDINAL_IS = re.compile(rf"^第(?P<n>[{CN}]{{1,3}})(?P<kind>是)(?=[“\"‘「《]|[^{CN}是]|一[^{CN}])")


_SENTENCE_STOP = re.compile(r"[。！？]")
# 第一点希望，/ 第二个方面： — an ordinal point that drafter.structure does not count as a heading.
# 第一个是在我们手上实现的创城。 — a spoken series (a talk as recorded): 第一个是… / 第二个是…
# 第一从加快发展的要求看，必须…。 / 第二从…看，…: a series of angles, its ordinal with no mark after it
# 第一句是“…”，即…。 (after 送给你们三句话) — the saying given, named as the speaker's nth
_ORDINAL_ITEM = re.compile(rf"^第(?P<n>[{CN}]+)(?:个是|句(?:话)?是|(?=从[^。！？，,]{{2,24}}看[，,]))")
# 第一点体会：抓班子是根本。 (after 谈几点体会) names its unit's noun, as 第一点意见 does
# (我想说的第二句话，是…: the speaker naming the saying as his own, at the paragraph's start)
_ORDINAL_POINT = re.compile(
    rf"^(?:我(?:想|要)?(?:说|讲|送给大家|送给你们)的)?第(?P<n>[{CN}]+)(?:点|个方面|方面|条|句话|个问题|个部分|部分|件事|项工作|项|个词语|个词|个关键词|个关键字|个字(?=[：:])|层意思|层含义|层意义)(?:希望|要求|意见|建议|体会|感受|认识|看法|想法|心得)?(?:[，,、：:]|(?<=句话)。|\s+(?=\S)|(?<=件事)是(?=[“\"]|[^。！？，,；;]{{2,30}}$)|(?<=词|语)是(?=[“\"]?[\u4e00-\u9fff]{{1,8}}[”\"]?[！!。，,：:]))"  # 第一句话。环保是…
    # (第一件事是“想办却还没办成的事” / 第一件事是必须办好的事: the thing named after 是, in quotation marks or as a line of its own)
)


# 第一大历史性事件和第一大里程碑：建立中国共产党 (after …是我国发生的三大历史性事件): the first of the great things named,
# a heading line with a colon and what it is after it
_ORDINAL_GREAT = re.compile(rf"^第(?P<n>[{CN}]+)大[\u4e00-\u9fff]{{2,8}}(?:和第[{CN}]+大[\u4e00-\u9fff]{{2,8}})?[：:](?=[^。！？]{{2,30}}$)")


# 第二…… where the copy stops (a site's preview cut after the first sub-point): the next ordinal shown, its words cut
# (第二...... typed with half-width dots reaches here as 第二。。。。。。)
_ORDINAL_CUT = re.compile(rf"^第(?P<n>[{CN}]+)(?=(?:…+|。{{3,}}|\.{{3,}})$)")


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
    m = _ORDINAL_POINT.match(text) or _ORDINAL_GREAT.match(text) or _ORDINAL_CUT.match(text) or told_ordinal(text)
    if m:  # (在我记忆中，第一幅人物群像…: a picture or story told in turn, see ingest.stories)
        return ("h1第", parse_cn_number(m.group("n")))
    m = _ORDINAL_ITEM.match(text)
    if m:
        return ("item", parse_cn_number(m.group("n")))
    m = _RUNIN_START.match(text) or _ORDINAL_IS.match(text)
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


def _opens_late(styles: list[tuple[str, int] | None], late: list[tuple[int, tuple[str, int]]]) -> bool:
    """三、全力做好…工作 / … / 一是… / 二是…: a copy that starts at a later heading, before any other mark — the heading
    leads, and the 一是 under it are its sub-points, not the points."""
    first_marked = next((i for i, s in enumerate(styles) if s), None)
    return bool(late) and late[0][1][1] > 1 and late[0][0] == first_marked


def _opens_inside_series(
    styles: list[tuple[str, int] | None], numbered: list[tuple[int, tuple[str, int]]]
) -> bool:
    """五是全面发展社会事业。… / （三）强化工作措施… / 一是… / 二是…: a copy that starts inside a series of paragraph
    leads (its first lead numbered past 1), then a later heading with no heading numbered 1 anywhere (batch 53): the
    heading leads and the 一是 under it are its sub-points; the leads before it belong to a part the copy does not show."""
    if not numbered or any(s[1] == 1 for _, s in numbered) or numbered[0][1][1] < 2:
        return False
    before = [s for s in styles[: numbered[0][0]] if s]
    return bool(before) and before[0][1] > 1 and not any(s[0].startswith("h") for s in before)


def _items_before_later_part(
    styles: list[tuple[str, int] | None], first: tuple[int, tuple[str, int]] | None, late: list[tuple[int, tuple[str, int]]]
) -> bool:
    """1、… 2、… 3、… / 二、… / 1、… 2、…: a copy that opens on the items of a part whose heading was on the page before
    (batch 50): the parts from 二、 on lead, the items under each their sub-points; the opening items belong to no part
    the copy shows."""
    if first is None or first[0] != 0 or first[1][0] != "h3" or not late or late[0][1][1] < 2:
        return False
    return any(s == ("h3", 1) for s in styles[late[0][0] + 1 :])


def point_starts(body: list[Para]) -> tuple[list[int], str]:
    """Indices of the paragraphs that start top-level points, and their style."""
    marked = _bare_under_units(body, [None if _agenda_item(p.text) else style_of(p.text) for p in body])
    marked = _lost_marks(body, marked)
    marked = _unmarked_ordinals(body, _ordinals_after_order(marked))
    styles = _arabic_restarts(body, _part_restarts(body, _odd_restarts(body, _drop_cases(body, _drop_agendas(body, marked)))))
    agenda = {i for i, (was, now) in enumerate(zip(marked, styles, strict=True)) if was and not now}
    parts = part_lines(body, styles)  # 2025年工作回顾 / 1.… / 2026年工作打算 / 1.…: the parts, the items theirs (ingest.partlines)
    if parts:  # (a last bare part with no items, 全面加强政府自身建设, is one more: ingest.reportbare reads it)
        plain = [i for i, p in enumerate(body) if i not in agenda and _plain_heading(p) and _has_body_after(body, i)]
        bare = bare_parts_over_items(body, styles, plain)
        return (bare if set(parts) < set(bare) else parts), "plain"
    ordered = order_over_series(body, styles)  # 首先，…有五个方面的亮点：/ 一是… / 四是…: 首先's part (ingest.orderparts)
    if ordered:
        return ordered, "order"
    dashes = _announced_dashes(body, styles)
    if dashes:
        return dashes, "dash"
    styles = [None if s and s[0] in ("dash", "qi") else s for s in styles]  # else a dash or 其一 never leads a top-level point
    runin_over = _announced_runin_over_items(body, styles)
    if runin_over:
        return runin_over, styles[runin_over[0]][0]  # type: ignore[index]
    numbered = [(i, s) for i, s in enumerate(styles) if s and s[0].startswith("h")]
    first = next(((i, s) for i, s in numbered if s[1] == 1), None)
    late = [(i, s) for i, s in numbered if s[0] == "h1" or s[0] == "h1第" and _UNIT_ORDINAL.match(body[i].text)]
    inside = bool(first and first[1][0] != "h1" and late and late[0][0] < first[0] and late[0][1][1] > 1)
    inside = inside or _items_before_later_part(styles, first, late)
    if inside:
        first = None  # 二、当前林业生产工作 / 1、高度重视…: a copy that starts inside the speech, at its 二、
    elif (
        first is None
        and not _opens_late(styles, late)
        and not _opens_inside_series(styles, numbered)
    ):
        first = next(((i, s) for i, s in enumerate(styles) if s and s[1] == 1), None)
    first = _announced_first(body, styles, first)
    if first is not None and first[1][0] in ("h2", "h3"):  # 基本情况 / 存在问题 / （一）… / 对策建议 / （一）…: ingest.reportbare
        plain = [i for i, p in enumerate(body) if i not in agenda and _plain_heading(p) and _has_body_after(body, i)]
        parts = bare_parts_over_items(body, styles, plain)
        if parts:
            return parts, "plain"
    found = _series_from(body, styles, first) if first is not None else None
    if first is not None and not found and first[1][0] == "order":  # 首先，我代表…欢迎！ then 一是…: the greeting is no lead
        later = next(((i, s) for i, s in enumerate(styles) if s and s[1] == 1 and i > first[0] and s[0] != "order"), None)
        found = _series_from(body, styles, later) if later is not None else None
    if found:
        return found
    if first is None and late and [s[1] for _, s in late] == list(range(late[0][1][1], late[0][1][1] + len(late))):
        return [i for i, _ in late], "h1"  # 三、…四、… with no 一、: a copy that starts inside the speech
    bracketed = [(i, s) for i, s in numbered if s[0] == "h2"] if first is None and not late else []
    if bracketed and bracketed[0][1][1] > 1 and [s[1] for _, s in bracketed] == list(range(bracketed[0][1][1], bracketed[0][1][1] + len(bracketed))):
        return [i for i, _ in bracketed], "h2"  # （三）…（四）… with no 一、 and no （一）: a page that starts at a later part
    runin = _late_runin(styles) if first is None else None
    if runin:
        return runin  # 四是…。 / 五是…。 right under the title: an excerpt that starts inside a series of paragraph leads
    tasks = _tasks_in_order(body, styles) if first is None or first[1][0] == "order" else []
    if tasks:
        return tasks, "order"  # 首先，我们要… / 其次，我们要… / 同时，我们要…: tasks set in order, no count announced
    aspects = [i for i, p in enumerate(body) if _ASPECT.match(p.text)]
    if len(aspects) >= 2 and aspects == list(range(aspects[0], aspects[0] + len(aspects))):
        return aspects, "aspect"  # 在行为礼仪方面，要… / 在学习方面，要…: one point each
    hopes = _announced_hopes(body)
    if hopes:
        return hopes, "hope"  # …提三点希望： / 希望大家志存高远。… / 希望大家勤学苦练。… / 希望大家全面发展。…
    if _verse(body):
        return [], ""  # 看，中国的土地 / 跨世纪的雄鹰正在行动， — a line of a poem, not a heading
    plain = [i for i, p in enumerate(body) if i not in agenda and _plain_heading(p) and _has_body_after(body, i) and not _cut_clause(body, i)]
    parts = report_part_starts(body, plain)  # 20xx年政府工作回顾 / ——…，…显著增强: the part, the line under it its sub-point
    if parts:
        return parts, "plain"
    return (plain, "plain") if len(plain) >= 2 else ([], "")


# 首先，我们要在管理上创先争优。 / 其次，我们要以患者为中心… / 同时，我们要加强…: a paragraph that sets a task, led by its
# place in the order (not 首先，我要感谢大家…, the thanks of an opening).
_TASK_IN_ORDER = re.compile(
    r"^(?P<w>首先|其次|再次|同时|此外|另外|最后)[，,]\s*(?:我们|大家|全体[\u4e00-\u9fff]{0,4}|各[\u4e00-\u9fff]{1,4})?"
    r"(?:一定|还|更|都)?(?:要|必须|应当|应该|务必)(?!感谢|向|代表|祝)"
)
_AFTER_SECOND = ("再次", "同时", "此外", "另外", "最后")


def _tasks_in_order(body: list[Para], styles: list[tuple[str, int] | None]) -> list[int]:
    """Paragraphs that set tasks led by 首先，… 其次，… and then 再次/同时/此外/另外/最后 (each once), in a speech with no
    numbered points and no count announced: the points, as a clerk reads them. A greeting's 首先，我要感谢… is no task."""
    if any(s and s[0] != "order" for s in styles):
        return []
    leads = [(i, m.group("w")) for i, p in enumerate(body) if (m := _TASK_IN_ORDER.match(p.text))]
    at = next((k for k, (_, w) in enumerate(leads) if w == "首先"), None)
    if at is None or at + 1 >= len(leads) or leads[at + 1][1] != "其次":
        return []
    found, used = [leads[at][0], leads[at + 1][0]], set()
    for i, word in leads[at + 2 :]:
        if word not in _AFTER_SECOND or word in used or "最后" in used:
            break
        found.append(i)
        used.add(word)
    return found


# A verse line: short, and most of the text is made of them.
_VERSE_LINE = 30
_VERSE_RUN = 4


def _verse(body: list[Para]) -> bool:
    """A text written as verse (a 升旗 recitation, a poem read out): nearly all its lines are short. A
    speech with unnumbered headings has a paragraph of running text under each (at most half its lines short).
    Lines of a verse broken at commas are joined by cleaning, so some are longer."""
    short = [len(p.text) <= _VERSE_LINE for p in body]
    if len(body) < 8 or sum(short) < 0.6 * len(body):
        return False
    run = longest = 0
    for is_short in short:
        run = run + 1 if is_short else 0
        longest = max(longest, run)
    return longest >= _VERSE_RUN  # a stanza: short lines one after another, not a heading over each paragraph


# 今天会议的议程主要有四项： / 这次会议有三项议程： — a chair's agenda follows, not the speech's points.
# (会议议程 on a line of its own, no colon, over 1、请…: the agenda, when nothing numbered came before it)
_BARE_AGENDA = re.compile(r"^(?:会议|大会|本次会议)?议程(?:安排)?$")
_AGENDA_LEAD = re.compile(rf"议程[^。！？]{{0,12}}[：:]$|^(?:会议|大会|本次会议)?议程(?:安排)?$|[{CN}两\d几]+项议程[：:。]?$|(?:会议|大会)[^。！？]{{0,8}}[{CN}两\d几]+项(?:内容|程序|任务)?[：:]$")


# 第一个问题： / 第二个方面， / 第一部分 — a point named by its unit, over paragraphs led by a bare 第一，
_UNIT_ORDINAL = re.compile(rf"^第(?P<n>[{CN}]+)(?:个问题|个方面|方面|个部分|部分|个词)")


# 第一对安全工作一定要提高认识。 — an ordinal with no mark after it, the sentence run on (not 第一次, 第一书记, 第一要务)
_UNMARKED_ORDINAL = re.compile(
    rf"^第(?P<n>[{CN}])(?=对|要(?!务|素|件)|把(?!手|关)|抓|从(?![^。！？，,]{{2,24}}看[，,])|以|加强|提高|坚持|必须|一定|切实|进一步|就)"
)


def _unmarked_ordinals(body: Sequence[Para], styles: list[tuple[str, int] | None]) -> list[tuple[str, int] | None]:
    """…谈一谈有关安全生产的几点意见： / 第一对安全工作一定要提高认识。…: right after the announcement, 第一 with no
    comma after it leads the first point, and 第二, 第三 so led after it the next ones."""
    out, want = list(styles), 1
    for i, para in enumerate(body):
        m = _UNMARKED_ORDINAL.match(para.text)
        if out[i] is not None or m is None or parse_cn_number(m.group("n")) != want:
            continue
        if want == 1 and not _after_transition(list(body), i):
            continue
        out[i], want = ("h1第", want), want + 1
    return out


def _ordinals_after_order(styles: list[tuple[str, int] | None]) -> list[tuple[str, int] | None]:
    """首先，… / 其次，… / 第三，… / 第四，…: a series begun with 首先 and 其次 goes on with bare ordinals (第三 where
    再次 would be); they continue it, not a series of their own missing its 第一."""
    out, want = list(styles), 0
    for i, style in enumerate(styles):
        if style is None:
            continue
        if style[0] == "order" and style[1] in (1, want + 1):
            want = style[1]
        elif style[0] == "h1第" and want >= 2 and style[1] == want + 1:
            out[i], want = ("order", style[1]), style[1]
        else:
            want = 0
    return out


# 四以打造特色社区为着力点，社区建设渐入佳境。 over （一）…: a heading whose 、 the site dropped (not 四个意识, 三农, 十分,
# 五年来, 三是…: a numeral's own word)
LOST_MARK = re.compile(r"^(?P<n>[二三四五六七八九十])(?![是要个大项年月日点条种方十百千万分农化级类届次批名位家季轮期中全严风稳保线县市省区镇乡])(?=[\u4e00-\u9fff])")


def _lost_marks(body: Sequence[Para], styles: list[tuple[str, int] | None]) -> list[tuple[str, int] | None]:
    """A short unmarked line that opens on a numeral and has （一） right under it: a top heading that lost its 、 (a
    document site's copy), numbered as the numeral says."""
    out = list(styles)
    for i, para in enumerate(body[:-1]):
        m = LOST_MARK.match(para.text) if styles[i] is None and len(para.text) <= 60 else None
        if m and styles[i + 1] is not None and styles[i + 1] == ("h2", 1):
            out[i] = ("h1", "一二三四五六七八九十".index(m.group("n")) + 1)
    return out


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


# 之所以开这个会，主要基于三个方面的考虑： / 之所以选在这个时间点开这次会议，主要有以下三个方面的考虑：
# — why the meeting is held, said in the opening; the 一是… / 第一个方面… after it are no points.
_REASONS_LEAD = re.compile(
    rf"(?:之所以|为什么)[^。！？]{{0,40}}(?:开|召开)[^。！？]{{0,30}}(?:基于|出于|有)[^。！？]{{0,8}}?(?:[{CN}两\d几]+)?(?:个)?方面的?(?:考虑|原因)[：:]$"
)


def _drop_agendas(body: list[Para], styles: list[tuple[str, int] | None]) -> list[tuple[str, int] | None]:
    """Take out the series an agenda's lead-in announces (一是传达……文件；二是签订责任书；三是某某讲话), and
    the reasons for holding the meeting (之所以开这个会，主要基于三个方面的考虑：一是…)."""
    out = list(styles)
    for i, style in enumerate(styles):
        lead = body[i - 1].text if i else ""
        if not (style and style[1] == 1 and i and (_AGENDA_LEAD.search(lead) or _REASONS_LEAD.search(lead))):
            continue
        if _BARE_AGENDA.match(lead) and any(styles[:i]):
            continue  # 会议议程 / 一、… after the speech's own points: a list of its own, left to the series' end

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


# 一、“十一五”回顾 / 二、明年工作思路: a report's part named by what it does, not a task of its own
PART_TITLE = re.compile(r"^[^。！？，,；;：:]{0,16}(?:回顾|总结|主要工作|工作情况|基本情况|主要成绩|主要成效|工作打算|工作思路|目标思路|工作目标)$")


def _part_restarts(body: list[Para], styles: list[tuple[str, int] | None]) -> list[tuple[str, int] | None]:
    """一、“十一五”回顾 / (a paragraph) / 一、农业产业结构不断优化… / 二、… / 三、…: under a part heading, a series that starts
    again at 一、 (the same mark; the copy lost a level) is that part's sub-points; 二、 after it, where the inner series does
    not go on, is the next part."""
    first = next((i for i, s in enumerate(styles) if s == ("h1", 1)), None)
    if first is None or not PART_TITLE.match(_after_mark(body[first].text)):
        return styles
    nxt = next((j for j in range(first + 1, len(styles)) if styles[j] and styles[j][0] == "h1"), None)  # type: ignore[index]
    if nxt is None or styles[nxt] != ("h1", 1) or _announced_between(body[first + 1 : nxt]):
        return styles
    out, want = list(styles), 1
    for j in range(nxt, len(styles)):
        style = styles[j]
        if style and style[0] == "h1":
            if style[1] != want:
                break
            out[j], want = None, want + 1
    return out


_ARABIC_MARK = re.compile(r"^(?P<n>\d{1,2})(?P<sep>[、.．])")


def _arabic_restarts(body: list[Para], styles: list[tuple[str, int] | None]) -> list[tuple[str, int] | None]:
    """1、加强排查整治，强化安全防范 / 1.继续开展…。… / 2.开展…。…: under a heading numbered 1、 (a line with no full stop),
    a series that starts again at 1 with the other separator is that heading's sub-points, a level below."""
    first = next((i for i, s in enumerate(styles) if s == ("h3", 1)), None)
    m = _ARABIC_MARK.match(body[first].text) if first is not None else None
    if first is None or m is None or _SENTENCE_STOP.search(body[first].text) or first + 1 >= len(body):
        return styles
    nxt = _ARABIC_MARK.match(body[first + 1].text)
    if styles[first + 1] != ("h3", 1) or nxt is None or arabic_sep(nxt.group("sep")) == arabic_sep(m.group("sep")):
        return styles
    out = list(styles)
    for j, style in enumerate(styles[first + 1 :], start=first + 1):
        mark = _ARABIC_MARK.match(body[j].text)
        if style and style[0] == "h3" and mark and arabic_sep(mark.group("sep")) != arabic_sep(m.group("sep")):
            out[j] = ("h4", style[1])
    return out


def arabic_sep(sep: str) -> str:
    """1、 or 1. (1． is 1. in a full-width copy)."""
    return "." if sep in ".．" else sep


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


# 随着社会的发展，基层党组织建设也出现了 / 由于…，一些同志的思想也: the last line of a copy cut mid-sentence —
# a clause closed by its comma, then the words stop on a particle or a verb that needs what follows; no heading ends so
# (only words no heading ends on: not 作为, 方向, 参与, 成就, 应对, 所在, 重要, 人和, 普及, 供给 — a heading's own endings)
_CUT_END = re.compile(r"[了的着或而将被也又]$")
_SUBORDINATE_LEAD = re.compile(r"^(?:随着|由于|因为|虽然|尽管|如果)[^，,]{1,20}[，,]")
# 可以说，对…工作的态度如 / 实践证明，哪里的… / 因此，我们必须把…作为: a sentence opened by a word that ties it to the one
# before (a heading stands alone, never opens on one), cut where the copy stops
_CONNECTIVE_LEAD = re.compile(
    r"^(?:可以说|应该说|应当说|实践证明|事实证明|历史证明|实践告诉我们|总的来看|总的来说|也就是说|换句话说|因此|所以|但是|然而|不过|可见)[，,]"
)


def _cut_clause(body: list[Para], i: int) -> bool:
    """The last line of the body, a sentence the copy cut off (a closed clause and a dangling end), not a heading."""
    text = body[i].text
    if any(not _PAGE_LABEL.match(p.text) for p in body[i + 1 :]) or not re.search(r"[，,]", text):
        return False  # (相关链接 under it: the page's label, not the speech going on)
    return bool(_CUT_END.search(text) or _SUBORDINATE_LEAD.match(text) or _CONNECTIVE_LEAD.match(text))


_TRANSITION_END = re.compile(
    # (借此机会，我也谈几点学习心得，与各位共勉。: what the points are, and a short clause offering them, after the count)
    r"(?P<n>[一二两三四五六七八九十几\d])(?:点|个方面|方面|个问题|个部分)"
    r"(?:[\u4e00-\u9fff]{0,4}?(?:意见|要求|看法|建议|希望|心得|体会|感受|感悟|认识|思考|想法))?"
    r"(?:[，,](?:与|和|同|跟|供|请)[^。！？，,：:]{1,10})?[：:。]$"
    # 下面，我将就几个主要方面进行汇报。 — a 述职 turning to its parts
    r"|(?P<r>[一二两三四五六七八九十几\d])个(?:主要)?方面进行(?:汇报|述职|报告|交流)[：:。]$"
    # 送给大家三句话并与你们共勉！ — words given to the audience, with a wish after them
    r"|(?P<w>[一二两三四五六七八九十几\d])句话[^。！？，,]{0,10}[：:。！!]$"
    # 总结起来可以说是三感：感谢、感慨、感恩。 — the parts summed up in a word of their count, then named
    r"|(?:总结|概括|归纳)起来(?:可以说|就)?是(?P<s>[一二两三四五六七八九十])[\u4e00-\u9fff][：:][\u4e00-\u9fff]{1,6}(?:、[\u4e00-\u9fff]{1,6}){1,9}[。：:]?$"
    # 与大家分享六个字：“奋斗”“服务”“改革”。 — the words given, each quoted (一是奋斗。 follows)
    r"|(?P<z>[一二两三四五六七八九十])个(?:字|词|关键词)[：:]\s*(?:[“\"][\u4e00-\u9fff]{1,8}[”\"][、，,]?\s*){2,9}[。：:！!]?$"
)


def _series_from(
    body: list[Para], styles: list[tuple[str, int] | None], first: tuple[int, tuple[str, int]]
) -> tuple[list[int], str] | None:
    """The points of the series the first lead opens, or None when that series makes no points."""
    key = first[1][0]
    starts = [i for i, s in enumerate(styles) if s and s[0] == key and i >= first[0]]
    if key == "order":
        if not _after_transition(body, starts[0]) and not _cut_under_lone_head(body, starts) and not _led_into(body, starts):
            return None  # 首先，我代表…表示欢迎！其次，…: greetings in order, no points unless a count was announced
        ordered = _with_last(body, starts)
        if len(ordered) >= 2:
            return ordered, key
    if len(starts) >= 2 or key.startswith("h") or _lone_after_transition(body, starts, key):
        return starts, key
    return None


def _led_into(body: list[Para], starts: list[int]) -> bool:
    """…给大家简单点评几句： / 首先，… / 其次，… / 第三，…: three leads in order or more right under a line of the speaker's
    own that ends in a colon (not the 称谓): what he goes on to say, one point each, though he named no count."""
    at = starts[0]
    if at == 0 or len(starts) < 3:
        return False
    prev = body[at - 1].text
    return prev.endswith(("：", ":")) and len(prev) > 12 and not is_salutation(prev)


_SAYINGS_GIVEN = re.compile(r"(?:送给|送|赠给|赠送给|讲)(?:大家|同学们|你们|各位)?[一二两三四五六七八九十几]句话")


def _lone_after_transition(body: list[Para], starts: list[int], key: str) -> bool:
    """一要… right after …再提四点要求：, and the copy stops before 二要: the first point of a series.
    Where the copy stops in that very paragraph (a collection page shows a piece's beginning only), a lone
    首先是… after the count, or a lone 一是… paragraph lead with no count before it, starts the series too."""
    if len(starts) == 1 and key == "item" and starts[0] > 0:
        # …我还是想送给你们三句话，作为…礼物，…。 / 第一句是“…”，即…: the first saying, where the copy stops in it
        return bool(_SAYINGS_GIVEN.search(body[starts[0] - 1].text))
    if len(starts) != 1 or not (key.startswith("r") or key == "order"):
        return False
    last = all(_PAGE_LABEL.match(p.text) for p in body[starts[0] + 1 :])  # (a page's 相关链接 under it: still the last)
    stops_here = last and body[starts[0]].text[-1:] not in "。！？!?”’"
    if stops_here and starts[0] > 0 and body[starts[0] - 1].text.endswith(("？", "?")) and len(body[starts[0] - 1].text) <= 30:
        return False  # 严峻性体现在哪里？ / 一是… (cut): the first part of an answer to the question over it, no point of the speech
    if key == "order":  # …做到以下几点：首先，志存高远…。 and the page's 阅读全部 footer: the copy stops after the paragraph
        return last and _after_transition(body, starts[0]) or _cut_under_lone_head(body, starts)
    return _after_transition(body, starts[0]) or stops_here


# 首先，我简要介绍学校近一年来的概况：: a part's head in a paragraph of its own, its text under it
_ORDER_HEAD = re.compile(r"^首先[，,][^。！？；]{2,40}[：:]$")


def _cut_under_lone_head(body: list[Para], starts: list[int]) -> bool:
    """首先，我简要介绍学校近一年来的概况： / 一年来，我校…（the copy stops mid-sentence): the first part under its own head,
    the page cut before the next (a collection page shows a piece's beginning only)."""
    if len(starts) != 1 or starts[0] >= len(body) - 1 or not _ORDER_HEAD.match(body[starts[0]].text):
        return False
    return body[-1].text[-1:] not in "。！？!?”’）)"


def _announced_runin_over_items(body: list[Para], styles: list[tuple[str, int] | None]) -> list[int]:
    """下面，我讲三点意见。 / 一是压实安全责任。 / 1.… / 2.… / 二是… / 三是… / 1.… / 2.…: paragraph leads 一是 … 三是 right after
    a count of as many, with 1. 2. items under some of them that start again at 1 under each: the leads are the points and the
    items their sub-points, as a clerk reads them (not the items, though they are numbered). Only where nothing else is
    numbered and no item comes before the first lead."""
    at = next((i for i, s in enumerate(styles) if s and s[0].startswith("r") and s[1] == 1), None)
    if at is None or not _after_transition(body, at):
        return []
    key, n = styles[at][0], _count_before(body, at)  # type: ignore[index]
    starts = [i for i, s in enumerate(styles) if s and s[0] == key]
    if n is None or starts[0] != at or [styles[i][1] for i in starts] != list(range(1, n + 1)):  # type: ignore[index]
        return []
    items = [(i, s) for i, s in enumerate(styles) if s and s[0] != key]
    if not items or any(s[0] != "h3" or i < at for i, s in items):
        return []
    for lead, end in zip(starts, [*starts[1:], len(body)], strict=True):
        under = [s[1] for i, s in items if lead < i < end]
        if under and under != list(range(1, len(under) + 1)):
            return []
    return starts


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
    decimal = DECIMAL_SUB.match(body[after[0]].text)
    last = next((s[1] for s in reversed(styles[: after[0]]) if s and s[0] == first[1][0]), None)
    if decimal and int(decimal.group("major")) == last:
        return first  # 2、…现状 / 主要表现在以下三个方面： / 2.1…: the decimals number 2's own sub-points
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
    if last is None:
        return starts
    count = _count_before(body, starts[0])
    if count == len(starts) + 1:
        return [*starts, last]
    # 再强调几点。 / 首先，要… / 其次，要… / 再次，要… / 最后，要加强… / 同志们，…: with no number said, a 最后 paragraph right
    # after the series that sets a task as they do is its last point, not the closing (split48)
    if count is None and last == starts[-1] + 1 and _TASK_IN_ORDER.match(body[last].text) and last + 1 < len(body):
        return [*starts, last]
    return starts


def _count_before(body: list[Para], start: int) -> int | None:
    """The count announced by the paragraph right before `start` (…讲三点意见。 → 3), if any."""
    m = _TRANSITION_END.search(body[start - 1].text) if start > 0 else None
    n = m and (m.group("n") or m.group("w") or m.group("r") or m.group("s"))
    return parse_cn_number(n) if n and n != "几" else None


def _after_transition(body: list[Para], start: int) -> bool:
    return start > 0 and bool(_TRANSITION_END.search(body[start - 1].text))


# 希望大家志存高远。… / 希望同学们… — a wish to the audience, one paragraph each, with no number: the points of a speech that
# has just announced that many 希望 (我对大家提三点希望：)
_HOPE = re.compile(r"^(?:我|衷心|真诚|殷切)?希望(?:大家|同学们|你们|各位|老师们|同志们|广大[\u4e00-\u9fff]{1,6})?")
# 要科学规划造林任务。… / 要严格保证造林质量。… — the same for a point that is a paragraph whose first sentence, led by 要, is its
# heading (the bold lost in the copy): one point each, where exactly the count announced follow one another
_MUST = re.compile(r"^(?:要|必须|务必)(?=[\u4e00-\u9fff]{4,30}[。；;])")


def _announced_hopes(body: list[Para]) -> list[int]:
    """The N paragraphs right after an announcement of N 希望 (提三点希望：), each opening with 希望…, or of N points (讲三点意见。)
    each opening with 要…。: one point each, as a clerk reads them; only where exactly that many follow one another and the
    next one opens no other the same way."""
    for i, para in enumerate(body[:-1]):
        lead = _HOPE if "希望" in para.text[-12:] else _MUST
        n = _count_before(body, i + 1)
        run = [k for k in range(i + 1, len(body)) if lead.match(body[k].text)]
        if n and n >= 2 and run[:n] == list(range(i + 1, i + 1 + n)) and i + 1 + n not in run:
            return run[:n]
    return []


# 在行为礼仪方面，… — points without numbers, each opening with the aspect it is about.
_ASPECT = re.compile(r"^(?P<head>在[^，,。！？：:]{1,12}方面)[，,：:]")


# 首先，请x同志汇报… / 下面，请各单位发言: a chair's agenda line, not a point heading.
# 下面由某某讲话 / 下面，进行第四项：… / 四是某某讲话 (an agenda's item): a chair's words, never a heading.
_AGENDA = re.compile(
    rf"^(?:首先|其次|然后|接下来|下面|最后|现在)?[，,]?(?:请|由|(?:大会|会议)?进行(?:第[{CN}\d]+项|下一项))|^[{CN}]+是"
)


# 一、请安监局局长宣读《…》 / 二、请县长讲话: a chair's numbered agenda, not the speech's points.
_AGENDA_ITEM = re.compile(
    r"^(?:请|由)[^。！？]{0,40}(?:讲话|发言|宣读|通报|汇报|报告|致辞|传达|主持|表态|颁奖|颁发|领奖|献词|献花|授牌|授旗|签订|签署|领誓|观看|收看)"
    r"|^请?全体(?:人员|同志)?(?:起立|肃立)"  # 一、请全体起立，奏唱国歌
    # 2、请县领导为获得“… (a copy cut short) / 请获奖代表上台: the host calling someone up, whatever for
    r"|^请[^。！？]{0,12}(?:领导|嘉宾|代表|同志|老师|校长|书记|[县市区镇乡局]长|主任)(?:们)?(?:为|上台|到台前)"
    r"|^(?:升国旗|奏国歌|唱国歌|奏唱国歌|全体起立|颁奖|颁发|宣誓)"  # 第一项：升国旗奏国歌 — a ceremony's order
    # 一、开场介绍 / 二、暖场寄语 / 三、颁奖环节 / （二）教学能手奖: a host's script in parts, and the awards it calls
    # (（三）安全生产存在的薄弱环节: a weak link, a report's part, no step of a show)
    r"|^(?:开场|暖场|串场|结束|结尾|闭场|退场|入场|互动|抽奖|合影|文艺表演|节目表演)[^。！？，：:]{0,6}$|^[^。！？，：:]{2,10}(?:(?<!薄弱|关键|重点|重要|主要|各个|中间|生产)环节|奖)$"
    # 一、上午10:00-11:00，大会开幕式: a slot of the meeting's schedule (日程安排), no point of the chair's script
    r"|^(?:上午|下午|中午|晚上)?\s*\d{1,2}\s*[:：]\s*\d{2}\s*[-—－~～至到]+\s*\d{1,2}\s*[:：]\s*\d{2}"
    r"|^[^。！？]{0,60}有请"  # （一）…第一个要颁发的是“某某奖”，有请颁奖嘉宾…: the host's cue
    # 一、审议通过大会秘书长名单。请工作人员宣读… (a 预备会's three items): what the members vote on
    r"|^(?:审议|表决|讨论)(?:并)?通过|^(?:举行)?选举(?:产生)?[^。！？]{0,20}(?:主席|委员|代表|名单)"
)
# 二、…这一切的实现，离不开我们的老师。…下面，大会进行第二项：请教师代表讲话。 — the chair's words leading to the
# item they announce at the end: a step of the agenda, however it begins.
_ITEM_CUE = re.compile(rf"(?:大会|会议)进行第[{CN}\d]+项|进行第[{CN}\d]+项[：:，,]\s*请")
# 鸣炮奏乐 / 剪彩 / 揭牌: an opening ceremony's steps, numbered by the chair's 第N项
_CEREMONY = re.compile(r"^(?:鸣炮|鸣礼炮|奏乐|剪彩|揭牌|揭幕|奠基|培土)")
# 第一项：升国旗 / 大会进行第三项：请苗校长讲话 — the chair numbering the items of a meeting.
_ITEM_MARK = re.compile(rf"^(?:(?:大会|会议)?进行)?第[{CN}\d]+项(?:议程|内容)?[：:，,、]?")


# 1、某某局2、某某办3、某某会4、…: an order of speakers or a roll of names run on in one line (1、 then 2、 and 3、, each a
# short name with no sentence in it) — a list read out, not the heading of a part
_ROLL_MARK = re.compile(r"(?<!\d)(\d{1,2})\s*[、.．](?!\d)")
_ROLL_NAME = re.compile(r"^[^。！？，,；;：:\s]{1,12}$")


def _inline_roll(text: str) -> bool:
    marks = list(_ROLL_MARK.finditer(text[:200]))
    if len(marks) < 3 or marks[0].start() != 0 or [int(m.group(1)) for m in marks[:3]] != [1, 2, 3]:
        return False
    return all(_ROLL_NAME.match(text[a.end() : b.start()].strip()) for a, b in zip(marks[:3], marks[1:3], strict=False))


def _agenda_item(text: str) -> bool:
    if text[:1] == "1" and _inline_roll(text):
        return True
    m = _ITEM_MARK.match(text)
    if m:  # 第二项，请大家观看……专题片；: after the chair's 第N项, a call (请…, 由…) is an item, whatever it calls for
        rest = text[m.end() :].lstrip()
        if _CEREMONY.match(rest):
            return True  # 第一项，鸣炮奏乐； (after 第N项 only: 一、培土固本… is a point)
        return bool(_AGENDA_ITEM.match(rest)) or (rest[:1] in ("请", "由") and m.group(0)[-1:] in "：:，,、")
    head = match_heading(text)
    return head is not None and (bool(_AGENDA_ITEM.match(text[len(head[2]) :].lstrip())) or bool(_ITEM_CUE.search(text)))


# •范文大全 / □某某 / >导航: a page's bullets and a byline's box are no headings; nor is a vocative
# that divides the speech (各位委员、同志们！).
# (那么，为什么…才被中国人 — a sentence going on from the one before, cut where the copy stops: a heading never opens on a
# conjunction and a comma)
_NOT_HEADING_START = re.compile(
    r"^[•·●○■□◆◇▲△★☆※>＞→*-]|^(?:那么|但是|可是|然而|所以|因此|因而|其实|于是|而且|并且|况且|如果|虽然|尽管|不过)[，,]"
)


# （报告完毕后） / （掌声） — a 主持词's stage direction; 此致 / 敬礼 / 校长 敬上 — a letter's sign-off.
_NOT_SAID = re.compile(r"^[（(][^（）()]{1,24}[)）]$|^此致[，,。]?$|^敬礼[！!。]?$|(?:敬上|谨上|拜上|敬启|谨启)$")
# 横批：前程锦绣 — the top line of a couplet the speaker quotes (上联/下联 carry commas), not a heading.
_COUPLET_LINE = re.compile(r"^(?:横批|横额|横联|上联|下联)\s*[：:]")


# 相关链接 / 相关文章 / 上一篇： — a page's label left under the text (the footer's links taken out), no heading
_PAGE_LABEL = re.compile(r"^(?:相关链接|相关文章|相关阅读|相关推荐|推荐阅读|延伸阅读|上一篇|下一篇)[：:]?$")


def _plain_heading(para: Para) -> bool:
    text = para.text
    return (
        not _PAGE_LABEL.match(text) and len(text) <= 30 and not _SENTENCE_STOP.search(text) and text[-1] not in "：:，；！!"
        and not _NOT_HEADING_START.match(text) and not _NOT_SAID.search(text) and not _COUPLET_LINE.match(text)
        and not is_salutation(text) and not CLOSING_START.match(text) and not _AGENDA.match(text) and not _agenda_item(text)
    )  # fmt: skip


# 会议的议程有三项。 / 本次预备会内容共有三项议程： / 今天会议的议程共4项： / 本次会议主要内容有三项： — a chair announcing
# how many items the meeting has
_AGENDA_COUNT = re.compile(
    rf"(?:议程|(?:会议|大会)[^。！？，,]{{0,4}}内容)(?:主要)?(?:共有|共|有|为)(?P<n>[{CN}两\d]+)项|(?P<m>[{CN}两\d]+)项议程"
    # 会议主要有三项内容： / 今天的座谈会共有三项内容。 (a 座谈会, 茶话会 or 仪式 counted the same)
    rf"|(?:会议|大会|座谈会|茶话会|见面会|仪式|典礼)[^。！？，,]{{0,6}}?(?:共有|有)(?P<k>[{CN}两\d]+)项内容"
)
# 下面，进行第一项，通过大会日程。 / 第二项议程：请…宣读… / 大会进行第三项： — the chair opening one item of it
# (下面进行会议第一项议程：…: the chair's 进行 before the meeting it is, no comma after 下面; 下面先进行第一项议程，…)
STEP_MARK = re.compile(
    # (仪式进行第一项：请某某镇长讲话 / 典礼进行第二项: a ceremony's items, the ceremony named as a meeting is)
    # (现在进行第一项议程，请… / 接下来进行第三项议程: the chair's 现在 or 接下来 as his 下面)
    rf"^(?:(?:下面|现在|接下来)[，,]?\s*(?:先|首先)?)?(?:(?:大会|会议|仪式|典礼|庆典|活动)?进行(?:大会|会议)?的?)?第(?P<n>[{CN}\d]+)项(?:议程)?[：:，,、]\s*"
)
# 下面进行第三 — the copy cut inside the chair opening the next item (the document's last words)
_CUT_STEP = re.compile(rf"^(?:(?:下面|现在|接下来)[，,]?\s*)?(?:大会|会议|仪式|典礼|庆典|活动)?进行(?:大会|会议)?的?第(?P<n>[{CN}\d]+)(?:项(?:议程)?)?[：:，,、]?$")
# 最后：请某部长作重要讲话 — the last item, opened by 最后 where the count says it is one
_LAST_STEP = re.compile(r"^最后[：:，,]\s*(?:请|由|进行)")
LAST_STEP_MARK = re.compile(r"^最后[：:，,]\s*")
# …有五项议程。一是请…宣读…；二是请…讲话；… / …主要有两项议程，第一项是传达…；第二项由…讲话。 / 议程有四项： 一是…: the
# items listed run in after the count, each opened by its number after a stop (or the lead's colon)
_RUNIN_ITEM = re.compile(rf"(?<=[。；;：:，,\s])(?:(?P<n>[{CN}])是|第(?P<m>[{CN}\d]+)项(?:议程)?(?:是|由|为|[：:，,]))")


def agenda_steps(body: list[Para]) -> tuple[list[Para], list[int], int | None, int | None] | None:
    """A 主持词's agenda items, however it gives them: the points, as a clerk reads a 主持词 (the body, some paragraphs
    split where items run in, the items' indexes in it, the agenda's count when announced, and where a listed
    agenda ends: what the chair says after the list is no item's text).

    The items the chair opens one by one (下面，进行第一项，… / 第二项议程：… / 一、请…宣读…, and 最后：请…讲话 for the last)
    after the count (会议的议程有三项。); without a count, only where each is plainly a chair's step (第一项，鸣炮奏乐； /
    第二项，请…介绍… / 一、…下面，大会进行第一项：请…致辞。). Where fewer than two are opened (a copy cut after the first),
    the items the announcement lists (有五项议程。一是…；二是… / 会议议程 / 1、请…部署 / 2、…). Only where nothing else makes
    points (a chair who goes on to 讲三点意见 has those as points, and the agenda is procedure)."""
    lead = _agenda_lead(body)
    m = _AGENDA_COUNT.search(body[lead].text) if lead is not None else None
    count = parse_cn_number(m.group("n") or m.group("m") or m.group("k")) if m else None
    opened, steps = _opened_steps(body, lead + 1 if lead is not None else 0, count)
    if len(steps) >= 2 and (count is not None or all(_chair_step(opened[i].text) for i in steps)):
        return opened, steps, count, None
    if lead is None:
        return None
    listed, items = _listed_items(body, lead, count)
    return (listed, items, count, items[-1] + 1) if len(items) >= 2 else None


def _agenda_lead(body: list[Para]) -> int | None:
    """The paragraph that announces the agenda: the first that counts it or heads it, or where two count (今天会议的主要
    内容有三项：一是…… / 今天会议共有五项议程，下面进行： / 第一项：…), the last before the chair opens the first item —
    the contents said first, the items then counted and opened (batch 55)."""
    leads = [i for i, p in enumerate(body) if _AGENDA_COUNT.search(p.text) or _BARE_AGENDA.match(p.text)]
    if len(leads) < 2:
        return leads[0] if leads else None
    first_step = next((i for i, p in enumerate(body) if STEP_MARK.match(p.text)), None)
    before = [i for i in leads if first_step is not None and i < first_step]
    return before[-1] if before else leads[0]


def _chair_step(text: str) -> bool:
    return _agenda_item(text) or bool(_CUT_STEP.match(text)) or bool(STEP_MARK.match(text) and "进行" in text[:12])


def _opened_steps(body: list[Para], start: int, count: int | None) -> tuple[list[Para], list[int]]:
    out, steps = list(body[:start]), list[int]()
    kind = ""  # the items are opened all one way: 第N项 (a 一、 list under one of them is its own), or 一、
    queue = list(body[start:])
    while queue:
        para = queue.pop(0)
        text, done = para.text, count is not None and len(steps) >= count
        m = STEP_MARK.match(text)
        head = match_point_heading(text)
        number = parse_cn_number(m.group("n")) if m else (head[1] if head and head[0] == 1 else None)
        if done:
            pass
        elif number == len(steps) + 1 and kind in ("", "step" if m else "head"):
            steps.append(len(out))
            kind = "step" if m else "head"
            nxt = re.search(rf"(?<=[。！？])\s*{cn_number(number + 1)}、", text) if kind == "head" else None
            if nxt:  # 二、…下面，大会进行第二项…讲话。三、一所好的学校…: the next item run in after the stop
                para, rest = Para(text[: nxt.start()], para.line, para.end), Para(text[nxt.end() - 2 :].lstrip(), para.line, para.end)
                queue.insert(0, rest)
        elif steps and count is not None and len(steps) == count - 1 and _LAST_STEP.match(text):
            steps.append(len(out))
        elif (
            steps and all(_PAGE_LABEL.match(p.text) for p in queue) and (cut := _CUT_STEP.match(text))
            and parse_cn_number(cut.group("n")) == len(steps) + 1
        ):  # fmt: skip
            steps.append(len(out))  # 下面进行第三 (the copy ends there, a page's 相关链接 at most under it): the item is opened
        out.append(para)
    return out, steps


def _listed_items(body: list[Para], lead: int, count: int | None) -> tuple[list[Para], list[int]]:
    text = body[lead].text
    cuts: list[int] = []
    for m in _RUNIN_ITEM.finditer(text):
        if parse_cn_number(m.group("n") or m.group("m")) == len(cuts) + 1:
            cuts.append(m.start())
    para = body[lead]
    # (each item without the ；or ，that ran it on to the next)
    pieces = (text[i:j].strip().rstrip("；;，,") for i, j in zip([0, *cuts], [*cuts, len(text)], strict=True))
    parts = [Para(a, para.line, para.end) for a in pieces if a]
    out, items = [*body[:lead], *parts], list(range(lead + len(parts) - len(cuts), lead + len(parts)))
    for k in range(lead + 1, len(body)):
        nxt = body[k].text
        head = match_point_heading(nxt)
        runin = _RUNIN_START.match(nxt) or re.match(rf"^第(?P<n>[{CN}\d]+)项", nxt)
        number = head[1] if head else (parse_cn_number(runin.group("n")) if runin else None)
        if number is None and items and out[-1] is body[k - 1] and body[k - 1].text[-1:] not in "。！？；;!?":
            out.append(body[k])  # 2、请王局长…的题目是《…奋力开 / 创全县教育工作新局面》。: the item's line broken mid-sentence
            continue
        if number != len(items) + 1 or (count is not None and len(items) >= count):
            out += body[k:]
            break
        items.append(len(out))
        out.append(body[k])
    return out, items
