"""A collection's piece number that carries the piece's title (batch 51): 春节致市民的公开信范文一 … 春节致市民的公开信范文二.

A 范文 page numbers its pieces on the title line itself (…公开信范文二, …倡议书篇三). The line divides the page, and it
is also the only title the piece has: without it the second letter, cut after its 称谓 and a sentence, reads as a
speech. Each such line becomes the divider and, under it, the title without its number — when two or more share the
title and are numbered in turn from one, as drafter.ingest.clean's numbered pieces (…慰问信1, …慰问信2) are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from drafter.ingest.frames import LETTER_GENRES
from drafter.ingest.para import Para
from drafter.text import parse_cn_number

_TITLED_NUMBER = re.compile(
    rf"^(?P<stem>[^。！？，,：:；;\s]{{2,30}}?(?:{LETTER_GENRES}|讲话|致辞|发言|讲话稿|发言稿|演讲稿|贺词|通告|通知))\s*"
    r"(?:范文|篇)\s*(?P<n>[一二三四五六七八九十]|[1-9])\s*[:：]?$"
)


def titled_dividers(paras: list[Para]) -> list[Para]:
    """Each piece number carrying its title split into the divider and the title (see the module docstring)."""
    marked = numbered_in_order([(k, m) for k, p in enumerate(paras) if p.divider and (m := _TITLED_NUMBER.match(p.text))])
    if not marked:
        return paras
    out: list[Para] = []
    for k, p in enumerate(paras):
        if k in marked:
            out += [p, replace(p, text=marked[k], divider=False)]
        else:
            out.append(p)
    return out


def numbered_in_order(found: Sequence[tuple[int, re.Match[str]]]) -> dict[int, str]:
    """Of `found` (a paragraph's index and its match with groups `stem` and `n`), those whose stem numbers two or more
    pieces 1, 2 … in order, each with its stem: a collection's pieces, not a title that happens to end in a number."""
    stems: dict[str, list[tuple[int, int]]] = {}
    for k, m in found:
        stems.setdefault(m.group("stem"), []).append((k, parse_cn_number(m.group("n"))))
    return {k: stem for stem, pieces in stems.items() if len(pieces) >= 2 and [n for _, n in pieces] == list(range(1, len(pieces) + 1))
            for k, _ in pieces}  # fmt: skip
