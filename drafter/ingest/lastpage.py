"""A shared document's last page counter at the end of a line: the document ends there (split44, batch 66).

A document-sharing site prints 第2页 共2页 under the last page of a document. Someone who copies two such documents into
one file keeps the counter at the end of the first one's last line, and the next line starts the second document (often
with its own page number, 1, run into its title). Cleaning takes the counter out as page debris, and the second
document was read as the rest of the first: its 讲三点意见 and its first heading were counted as the first speech's.
A clerk reads the counter as the site says it: page N of N is the last page, so running text on a later line is another
document. A counter that is not the last (第1页 共3页) is only a page break inside the same document, and so is a counter
on a line of its own or with nothing of the text before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.para import Para
from drafter.text import count_han

__all__ = ["last_page_lines", "after_last_page", "opening_pieces"]

# …给予充分肯定的。 第2页 共2页 / …的。第 3 页，共 3 页: a page counter ending a line of the document's text
_LAST_COUNTER = re.compile(r"第\s*(\d+)\s*[页頁]\s*[/／,，]?\s*共\s*(\d+)\s*[页頁]\s*$")
# the text on the counter's line before it, and the text after it, must be running text, not a site's rows
_TEXT_MIN = 40
_AFTER_MIN = 80


def last_page_lines(raw: str) -> frozenset[int]:
    """The 1-based numbers of the lines of `raw` whose text ends on a shared document's last page counter (第N页 共N页),
    after running text of the document."""
    lines = raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    found = set()
    for i, line in enumerate(lines, start=1):
        m = _LAST_COUNTER.search(line.rstrip())
        if m and m.group(1) == m.group(2) and count_han(line[: m.start()]) >= _TEXT_MIN:
            found.add(i)
    return frozenset(found)


def after_last_page(
    current: Sequence[Para], paras: Sequence[Para], i: int, ends: frozenset[int]
) -> bool:
    """`paras[i]` is on a later line than the piece `current`, whose last paragraph's line ended on its last page's
    counter, and the text from here on is an article's length: the page's next document."""
    if not ends or not current or current[-1].end not in ends or paras[i].line <= current[-1].end:
        return False
    return count_han("".join(p.text for p in paras[i:])) >= _AFTER_MIN


# 1市…工作会议上的讲话同志们：… / 2在…大会上的致辞今天，…: the next document's first page number and its title run into its
# first words (a title with no stop in it, ending as a speech's title ends)
_TITLE_RUN_IN = re.compile(
    r"^\d{0,2}(?P<title>[^。！？，,：:；;\d][^。！？，,：:；;]{3,60}?(?:会|会议|大会|典礼|仪式|培训班|开班式)(?:上的?|的)?"
    r"(?:讲话|致辞|发言)(?:稿)?)(?=[^。！？，,：:；;]{0,8}[，,：:]|$)"
)


def opening_pieces(para: Para) -> list[Para]:
    """The first paragraph of the document after a last page counter, its page number dropped and its speech's title run
    into its first words set on a line of its own; the paragraph as it is when it opens otherwise."""
    m = _TITLE_RUN_IN.match(para.text)
    if m and m.end() == len(para.text):
        return [
            Para(m.group("title"), para.line, para.end, para.md, para.divider)
        ]  # 1在…会议上的讲话 (its 称谓 below)
    if not m or len(para.text) - m.end() < _TEXT_MIN:
        return [para]
    return [
        Para(m.group("title"), para.line, para.line, para.md, para.divider),
        Para(para.text[m.end() :], para.line, para.end, para.md, para.divider),
    ]
