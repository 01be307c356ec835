"""Recover the outline of a speech from its text: title, byline, 称谓, headings, paragraphs.

Used by `check` (numbering, counts), `export` (styles) and `ingest`. Works on
drafts and on any speech a user brings, with or without Markdown marks.
"""

from __future__ import annotations

import re

from drafter.records import Record
from drafter.text import EMOJI, parse_cn_number, strip_emoji

CN = "一二三四五六七八九十"

# (level, regex, separators that are correct) — the number is group "n", the
# separator group "sep"; any other separator is a wrong form (1、 （一）、 一．).
_HEADING_PATTERNS: tuple[tuple[int, re.Pattern[str], str], ...] = (
    # 一,办好人民满意的教育: a half-width comma, as a page copied from the web writes it (not 三,四月份, a span)
    (1, re.compile(rf"^(?P<mark>(?P<n>[{CN}]+)(?P<sep>[、，.．]|,(?![{CN}\d])))"), "、"),
    (1, re.compile(rf"^(?P<mark>第(?P<n>[{CN}]+)(?P<sep>[，、]))"), "，、"),
    # （二）型水库: the class of a small reservoir (小（二）型) whose 小 ended the line before, not a heading
    (2, re.compile(rf"^(?P<mark>[（(](?P<n>[{CN}]+)[）)](?P<sep>、?))(?!型)"), ""),
    (3, re.compile(r"^(?P<mark>(?P<n>\d{1,2})(?P<sep>[．.、])(?!\d))"), "．."),
    (4, re.compile(r"^(?P<mark>[（(](?P<n>\d{1,2})[）)](?P<sep>、?))"), ""),
)

_MD_PREFIX = re.compile(r"^\s*(#{1,6}\s+|>\s?|[-*+]\s+(?=\S))")
_SALUTATION = re.compile(r"^[^。！？，]{1,30}[：:]$")
_BYLINE = re.compile(r"^[（(][^）)]{2,60}[）)]$")


class Block(Record):
    """One paragraph of a speech with its place in the outline.

    `kind` is title, byline, salutation, heading or paragraph. For headings,
    `level` is 1–4, `number` the heading's number, `mark` the literal marker
    (一、 / （一） / 1．) and `heading` the heading text up to the first full
    stop when the heading runs into its body in the same paragraph. A frozen record (drafter/records.py).
    """

    __slots__ = ("kind", "text", "line", "level", "number", "mark", "heading", "markdown")
    kind: str
    text: str
    line: int
    level: int
    number: int
    mark: str
    heading: str
    markdown: int

    def __init__(self, kind: str, text: str, line: int, level: int = 0, number: int = 0, mark: str = "",
                 heading: str = "", markdown: int = 0) -> None:  # fmt: skip
        set_field = object.__setattr__
        set_field(self, "kind", kind)
        set_field(self, "text", text)
        set_field(self, "line", line)
        set_field(self, "level", level)
        set_field(self, "number", number)
        set_field(self, "mark", mark)
        set_field(self, "heading", heading)
        set_field(self, "markdown", markdown)


def strip_markdown(line: str) -> tuple[str, int]:
    """Remove a leading Markdown mark; return the text and the # level (0 if none)."""
    if EMOJI.search(line) or "\u20e3" in line:  # 🌟一、工作回顾 / 📌 （一）…: pictographs before a heading mark
        line = strip_emoji(line)
    m = _MD_PREFIX.match(line)
    if not m:
        return line.strip(), 0
    hashes = m.group(1).count("#")
    return line[m.end() :].strip().replace("**", ""), hashes


def match_heading(text: str) -> tuple[int, int, str, str] | None:
    """Return (level, number, marker, wrong-form suffix) when `text` opens with a heading mark."""
    for level, pattern, valid in _HEADING_PATTERNS:
        m = pattern.match(text)
        if not m:
            continue
        sep = m.group("sep")
        bad = "" if not sep or sep in valid else sep
        try:
            number = parse_cn_number(m.group("n"))
        except ValueError:
            continue
        return level, number, m.group("mark"), bad
    return None


def _heading_text(text: str, mark: str) -> str:
    body = text[len(mark) :]
    stop = re.search(r"[。！？]", body)
    return body[: stop.start() + 1] if stop and stop.end() < len(body) else body


def parse_blocks(text: str) -> list[Block]:
    """Split `text` into blocks (one per non-empty line) and classify each."""
    blocks: list[Block] = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        line, hashes = strip_markdown(raw)
        if not line:
            continue
        blocks.append(_classify(line, lineno, hashes, first=not blocks, prev=blocks))
    return blocks


def _classify(line: str, lineno: int, hashes: int, *, first: bool, prev: list[Block]) -> Block:
    head = match_heading(line)
    if head:
        level, number, mark, _bad = head
        return Block("heading", line, lineno, level, number, mark, _heading_text(line, mark), hashes)
    if first and (hashes == 1 or _looks_like_title(line)):
        return Block("title", line, lineno, markdown=hashes)
    if prev and prev[-1].kind == "title" and _BYLINE.match(line):
        return Block("byline", line, lineno, markdown=hashes)
    if _SALUTATION.match(line) and not any(b.kind == "salutation" for b in prev):
        return Block("salutation", line, lineno, markdown=hashes)
    return Block("paragraph", line, lineno, markdown=hashes)


def _looks_like_title(line: str) -> bool:
    return len(line) <= 60 and line[-1] not in "。！？：:；，" and (
        "讲话" in line or "发言" in line or "致辞" in line or line.startswith("在")
    )


# Run-in series inside a paragraph: 一是/二是, 一要/二要, 第一，/第二，, 首先/其次.
# 二是一些重点行业…: a word opening with 一 may follow the marker. Half-width ;:!? as copied from web pages count too.
_RUNIN = re.compile(
    rf"(?:(?<=^)|(?<=[。；：！？;:!?]))(?P<n>[{CN}]+)(?P<kind>是|要|方面)(?=[^{CN}]|一(?:些|批|系列|个|项|直|定|大|步|体|手|线))"
)


class SeriesItem(Record):
    """One marker of a run-in series (一是, 二要 …) with its position."""

    __slots__ = ("kind", "number", "line", "column", "mark")
    kind: str
    number: int
    line: int
    column: int
    mark: str

    def __init__(self, kind: str, number: int, line: int, column: int, mark: str) -> None:
        set_field = object.__setattr__
        set_field(self, "kind", kind)
        set_field(self, "number", number)
        set_field(self, "line", line)
        set_field(self, "column", column)
        set_field(self, "mark", mark)


def find_runin_series(blocks: list[Block]) -> list[SeriesItem]:
    """Every run-in series marker (一是, 二要 …) that opens a sentence."""
    items = []
    for block in blocks:
        for m in _RUNIN.finditer(block.text):
            try:
                number = parse_cn_number(m.group("n"))
            except ValueError:
                continue
            kind = m.group("kind")
            items.append(SeriesItem(kind, number, block.line, m.start() + 1, m.group(0)))
    return items
