"""A page of bulleted news items: each ◆ / ☆ / ● item is a news item of its own (ingest53, issue #13).

A county paper's 要闻简报, a school column's 校园简讯 or a town's 工作动态 prints its short items one under the other,
each opening on the same bullet and each a whole item: its day or 近日, the body that acted, the event held, who came
(◆9月23日，某县召开…调度会。副县长某某出席… / ☆某某中学举行…开幕式。（通讯员 某某）). Nothing else stands between
them — no headline, no blank line, often no day (☆ items of a school column) — so next-item evidence (nextitem.py)
never sees them, and a short item (under 60 characters) was even joined to the next as a scrap. A careful clerk reads
three such items as three news documents.

The items are read apart only when the page is such a list from its top: the bullet opens the first item of the chunk
(under at most a few short header lines: 1886期 / 要闻简报), the same bullet opens this paragraph, and both items tell
an event in the reporter's voice (an event held, or a day; no 我们 / 同志们 / 我 of a speaker). A speech or a report
that lists its own work with bullets has its title, salutation or running text above the first bullet, and its bullets
say 我们 or carry no event; it is never cut here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from drafter.ingest.para import Para

__all__ = ["bullet_lines", "bullet_of", "item_title", "next_bulleted_item"]

# the bullets a column prints before each item (not a list's ·, which a speech's lists use too, nor ○, a numeral's zero)
_BULLET = re.compile(r"^\s*([◆◇☆★●■□▲△▶►♦])\s*")
# an event held, told as a reporter tells it
_HELD = re.compile(
    r"召开|召開|举行|舉行|举办|舉辦|开展|開展|组织|組織|开班|開班|开幕|開幕|开赛|開賽|启动|啟動|揭牌|成立|参加|參加|出席"
    r"|走访|走訪|调研|調研|慰问|慰問|看望|观摩|觀摩|督查|检查|檢查"
)
_DAY = re.compile(
    r"\d{1,2}月\d{1,2}日|(?<!\d)\d{1,2}日[上中下早晚]?午?|近日|日前|近期|连日来|連日來"
)
# a speaker's voice: a list of the speaker's own points or achievements, not a column's items
_SPEAKER = re.compile(
    r"我们|我們|同志们|同志們|咱们|(?<![自本])我(?![国國省市县縣区區镇鎮乡鄉校院局])"
)
# the header lines a column may put over its first item: short, no sentence
_HEADER_MAX = 30
_HEADERS_MAX = 3


def bullet_of(text: str) -> str:
    """The item bullet opening `text`, or ""."""
    m = _BULLET.match(text)
    return m.group(1) if m else ""


def bullet_lines(text: str) -> dict[int, str]:
    """The raw lines (1-based) that open on an item bullet, and the bullet: cleaning drops ☆ and ★ as pictographs."""
    return {
        n: m.group(1)
        for n, line in enumerate(text.splitlines(), start=1)
        if (m := _BULLET.match(line))
    }


def _told_item(text: str) -> bool:
    body = _BULLET.sub("", text, count=1)
    return (
        len(body) >= 12
        and bool(_HELD.search(body) or _DAY.search(body[:40]))
        and not _SPEAKER.search(body)
    )


def _mark(para: Para, marks: Mapping[int, str]) -> str:
    return bullet_of(para.text) or marks.get(para.line, "")


def _list_from_top(current: Sequence[Para], mark: str, marks: Mapping[int, str]) -> bool:
    """Whether `current` is a column's item: at most a few short header lines, then an item opening on `mark`."""
    for i, para in enumerate(current):
        if _mark(para, marks) == mark:
            return i <= _HEADERS_MAX and _told_item(para.text)
        if len(para.text) > _HEADER_MAX or re.search(r"[。！？；]", para.text):
            return False
    return False


def next_bulleted_item(current: Sequence[Para], para: Para, marks: Mapping[int, str]) -> bool:
    """Whether `para` opens the page's next bulleted news item after the item in `current` (see the module docstring);
    `marks`: the bullets of the raw lines (`bullet_lines`)."""
    mark = _mark(para, marks)
    return bool(mark) and _told_item(para.text) and _list_from_top(current, mark, marks)


# 2.某某会见… : a numbered headline's number
_NUMBER = re.compile(r"^\d{1,2}\s*[.．、]\s*")
_HEADLINE_MAX = 40


def _header(text: str) -> bool:
    return (
        not bullet_of(text)
        and not _NUMBER.match(text)
        and len(text) <= _HEADER_MAX
        and not re.search(r"[。！？；，,]", text)
    )


def item_title(paras: Sequence[Para]) -> str:
    """A column item's title: its numbered headline without the number, else the clause of its first sentence that
    tells the event held (◆6日上午，镇里召开秋粮收购工作推进会，… → 镇里召开秋粮收购工作推进会), else ""."""
    k = 0
    while k < min(len(paras) - 1, _HEADERS_MAX) and _header(paras[k].text):
        k += 1  # 1886期 / 要闻简报 / 今日要闻 over the column's first item
    paras = paras[k:]
    if not paras:
        return ""
    first = _BULLET.sub("", paras[0].text, count=1)
    if (
        len(paras) > 1
        and _NUMBER.match(first)
        and len(first) <= _HEADLINE_MAX
        and not re.search(r"[。！？；]", first)
    ):
        return _NUMBER.sub("", first)
    sentence = re.split(r"[。！？]", first, maxsplit=1)[0]
    return next(
        (c.strip() for c in re.split(r"[，,；;]", sentence) if _HELD.search(c) and len(c) >= 6), ""
    )
