"""The text of a saved web page (.html, .htm), as a reader sees it in a browser: one line per block.

Offices keep speeches as the pages their sites published ("网页，全部" saved from a browser). Scripts, styles and the
page's head are not text; block elements (p, div, h1–h6, li, tr, br …) end a line; entities are decoded. The menus,
share bars and footers a page carries stay as text, as they do in a page copied by hand: ingest reads those as
debris. Imported only when a page is read (start-up of `check` on a .txt stays as it was).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Elements whose content is never text on the page.
_HIDDEN = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe", "object"})
# Elements that start and end a line of their own.
_BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
    "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul",
})  # fmt: skip
# A declared encoding near the top of a page: <meta charset="gbk"> or content="text/html; charset=gb2312".
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]{3,20})""", re.I)
# Page codecs read by their superset: a page labelled gb2312 often holds GBK characters.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs"}
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u3000]+")


def declared_charset(data: bytes) -> str | None:
    """The encoding a page declares in its first 4 KB, by the name Python knows it under (None when none or unknown)."""
    m = _CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    name = _SUPERSETS.get(name, name)
    try:
        "".encode(name)
    except LookupError:
        return None
    return name


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._line: list[str] = []
        self._hidden = 0

    def _break(self) -> None:
        line = _SPACES.sub(" ", "".join(self._line)).strip()
        if line:
            self.lines.append(line)
        self._line = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag in _BLOCK:
            self._break()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCK:
            self._break()

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            # a line break inside a paragraph's source is no break on the page
            self._line.append(data.replace("\n", " "))


def html_text(markup: str) -> str:
    """The page's text, one line per block, blank lines between none (empty blocks dropped)."""
    parser = _Text()
    parser.feed(markup)
    parser.close()
    parser._break()
    return "\n".join(parser.lines) + "\n"
