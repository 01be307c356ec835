"""A collection's contents: the titles of its speeches, one to a line, never one sentence cut across lines (batch 64).

A doc-share page opens a 汇编 on its 目录: 在政协某某市八届五次会议开幕大会上的讲话 / 在市政协十二届五次会议开幕会上的
讲话（摘要） / 凝心汇智…——在市政协…开幕式上的讲话 …, some with the site's junk marks after them (~*%&^). Each line is long
and ends without a stop, like a PDF's wrapped line, and cleaning used to run them into one paragraph, which the split then
read as a speech. A line that ends on a speech's genre word (讲话, 致辞, 发言, 主持词, its 摘要 note) and the line under it
ending the same way are two titles: they are kept apart, and the page is a list of titles (other).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.para import Para

__all__ = ["contents_rows", "title_rows"]

# …会议开幕式上的讲话 / …的讲话（摘要） / …上的致辞%^~@*: a title's end, a note and the site's junk marks after it
_TITLE_END = re.compile(
    r"(?:上的|时的|的)(?:讲话|致辞|致词|发言|主持词|讲话稿|报告)(?:[（(][^）)。！？]{1,8}[)）])?[~*%&^#@!$]*$"
    r"|(?:会议|大会)上(?:作)?(?:大会)?(?:口头)?发言[~*%&^#@!$]*$"
)
_STOP = re.compile(r"[。！？；;]")


def _title_line(text: str) -> bool:
    return len(text) <= 90 and not _STOP.search(text) and bool(_TITLE_END.search(text))


def title_rows(prev: Para, para: Para) -> bool:
    """`prev` ends on a speech's title line and `para` is another such title: two rows of a contents, not one sentence."""
    last = prev.text[-90:] if prev.end == prev.line else prev.text[-90:]
    return bool(_TITLE_END.search(last)) and not _STOP.search(last[-40:]) and _title_line(para.text)


# titles a list must hold before it is a collection's contents (two or three may be a speech's title and subtitle)
_CONTENTS_MIN = 5


def contents_rows(paras: Sequence[Para]) -> bool:
    """Speech titles, one to a paragraph, and nothing else (the last may be cut off mid-title): a collection's contents."""
    if len(paras) < _CONTENTS_MIN or not all(_title_line(p.text) for p in paras[:-1]):
        return False
    return len(paras[-1].text) <= 120 and not _STOP.search(paras[-1].text)
