"""A collection's contents list whose unnumbered titles sit over their page numbers (batch 57).

A document-sharing site prints the contents of a collection it sells as 目录, then each piece's title on a line and its
page number on the next (or after the title on the same line): 敢闯敢创… / 3 / 在市…闭幕式上的讲话 / 12 / …. The titles
carry no 1. 2. and need not end in 讲话, so the contents rule (clean._TOC_ENTRY, which drops a numbered list as the
page's navigation, the settled convention) let them through, and the first piece opened under eight other cities'
titles. Page numbers that only grow are what makes them a contents list. Such a list was never dropped: main read
batch 52 p02's as a document of its own (其他, as its collector files it). It is now always filed so, apart from the
first piece, as kind other, genre 目录; a numbered list is still dropped as before. A page that holds nothing but a
contents list, numbered or not, is one such document too (nothing on the page for the list to lead to).
"""

from __future__ import annotations

import re

from drafter.ingest.debris import Removed

# The reason a paged contents entry is taken out of the text it stood over (the entries then make a document).
PAGED = "合集网页的目录（篇名和页码）"
_HEADING = re.compile(r"^\s*目\s*[录錄]\s*[:：]?\s*$")
_PAGE = re.compile(r"^\s*(?P<n>\d{1,3})\s*$")
# 在大连市…闭幕会上的讲话 19: an entry with its page number after it on the same line
# (河北省…推介词....................2: a printed contents' dot leader between the title and its page, split48)
_ENTRY_PAGED = re.compile(r"^\s*[^。！？!?]{4,80}?[\u4e00-\u9fff)）](?:\s*[.．…·・]{2,})?\s*(?P<n>\d{1,3})\s*$")
# 1.开发区…工作计划 3 / 10企业…工作计划 58: a numbered entry (clean drops a numbered list)
_NUMBERED = re.compile(r"^\s*\d{1,3}\s*[.．、]?\s*[\u4e00-\u9fff]")
_ENTRY = re.compile(r"^\s*[^。！？!?]{4,80}\s*$")
# Entries a contents list must hold (a speech's own 目录 of two parts is no collection's).
_MIN_ENTRIES = 3


def strip_paged_contents(lines: list[str], removed: list[Removed]) -> list[str]:
    """Blank the first 目录 and the unnumbered entries under it with their page numbers, when there are three or more
    and the page numbers grow; record the entries as `PAGED` (they make a document) and the rest as 网页目录."""
    head = next((i for i, line in enumerate(lines[:40]) if _HEADING.match(line)), None)
    if head is None:
        return lines
    taken, entries, last, k = [head], 0, 0, head + 1
    while k < len(lines):
        line = lines[k]
        if not line.strip():
            k += 1
            continue
        if _NUMBERED.match(line):
            break  # 1.开发区…工作计划 3: a numbered contents list, which clean drops as the page's navigation (batch 21)
        paged = _ENTRY_PAGED.match(line)
        nxt = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)
        under = _PAGE.match(lines[nxt]) if nxt is not None and not _PAGE.match(line) else None
        if under and _ENTRY.match(line) and int(under.group("n")) >= last:
            taken += [k, nxt]  # type: ignore[list-item]
            last, k = int(under.group("n")), nxt + 1  # type: ignore[operator]
        elif paged and int(paged.group("n")) >= last:
            taken.append(k)
            last, k = int(paged.group("n")), k + 1
        else:
            break
        entries += 1
    if entries < _MIN_ENTRIES:
        return lines
    removed.extend(
        Removed(i + 1, lines[i].strip(), PAGED if i != head else "网页目录")
        for i in taken
        if not _PAGE.match(lines[i])
    )
    removed.extend(
        Removed(i + 1, lines[i].strip(), "网页目录的页码") for i in taken if _PAGE.match(lines[i])
    )
    gone = set(taken)
    return ["" if i in gone else line for i, line in enumerate(lines)]


# The reason a contents-only page's document gives (a clerk files the page as what it is).
CONTENTS_NOTE = (
    "合集网页的目录（只有各篇的篇名和页码，页面上没有各篇的正文）：不是讲话，不拆分为片段"
)
# … and a paged contents list over the first piece of the collection.
CONTENTS_OVER_NOTE = (
    "合集网页的目录（各篇的篇名和页码，下面是合集里的文章）：不是讲话，不拆分为片段"
)


def contents_entries(removed: list[Removed], only: bool) -> tuple[list[Removed], str] | None:
    """The entries of a paged contents list (or, with `only`, of any contents list: the page held nothing else), and
    the collection's title when the page gave one over them, to be kept as one document of its own; None otherwise."""
    reasons = (PAGED, "网页目录") if only else (PAGED,)
    entries = [r for r in removed if r.reason in reasons and not _HEADING.match(r.text)]
    if len(entries) < _MIN_ENTRIES:
        return None
    title = next(
        (r.text for r in removed if r.reason == "网页合集标题" and r.line < entries[0].line), ""
    )
    return entries, title
