"""A paywall's hidden text in a numbered collection: what follows it is a later piece (batches 46, 48, 51).

A 范文 page of several pieces (大学毕业晚会致辞13篇 / … / 大学毕业晚会致辞1老师和学生：…) shows the first piece, hides the
rest behind ……此处隐藏13303个字……, and goes on, on the same line, with the end of a later piece (another speaker, another
letter). When the page numbers its first piece — its title line again with 1 after it — and thousands of characters are
hidden, the words after the marker are no part of the first piece: the seam divides them into a document of their own
(under the collection's title when it names letters: 给环卫工人的慰问信).
A single speech with a hidden middle (no piece numbered 1) keeps its tail, as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.frames import LETTER_GENRES

SEAM = "\x00hidden-seam"  # stands in clean_text's pieces of a line for the divider the marker makes

_HIDDEN = re.compile(r"[.…。\s]*此[处處][隐隱][藏蔵]\s*(?P<n>\d+)\s*个?個?字[.…。\s]*")
_HIDDEN_MIN = 3000  # fewer hidden characters than a piece's usual length may be the first piece's own middle
_COUNTED_TITLE = re.compile(r"\s*(?:[（(](?:精选|通用|实用|汇总|優選|精選|通用|彙總)?\s*\d{1,2}\s*篇[)）]|\d{1,2}\s*篇|大全|合集)$")
_HEAD_LINES = 8


def numbered_collection(lines: Sequence[str]) -> str:
    """The collection's title when the page's head numbers its first piece — its first title line again with 1 (篇1,
    （1）) after it — else ''."""
    head = [line.strip() for line in lines[:_HEAD_LINES] if line.strip()]
    if len(head) < 2:
        return ""
    stem = _COUNTED_TITLE.sub("", head[0])
    if not 4 <= len(stem) <= 40:
        return ""
    numbered = any(re.match(rf"{re.escape(stem)}\s*(?:篇\s*)?[（(]?\s*[1一]\s*[)）]?(?!\d)", line) for line in head[1:])
    return stem if numbered else ""


def letter_title(collection: str) -> str:
    """The collection's title when it names letters (给环卫工人的慰问信): the later piece is one too, under that title;
    a collection of speeches (…致辞) gives its later piece no title, whatever its words turn out to be."""
    return collection if re.search(rf"(?:{LETTER_GENRES})$", collection) else ""


def hidden_pieces(line: str, collection: str) -> list[str]:
    """`line` split at a paywall marker with a later piece's words after it, the SEAM between (see the module
    docstring); the line alone when the page is no numbered collection or little is hidden."""
    m = _HIDDEN.search(line) if collection else None
    if m is None or int(m.group("n")) < _HIDDEN_MIN or len(line[m.end() :].strip()) < 10:
        return [line]
    return [line[: m.start()], SEAM, line[m.end() :]]
