"""Numbered items after a sentence's stop in a long one-line paste, where the page broke its lines (batch 56).

…取得了较好的效果。 二、工作成果 1. 加强宣传教育工作。… 2. 强化环境整治工作。… — a document preview or a PDF copied as
one line keeps a space where each line broke. After a full stop, a space and a numbered lead (二、, 2., 3．) that carries
on a series of the same numbering are a new part or item, as they were on the page. A single number after a stop
(。 2. 万元) is no series and stays.
"""

from __future__ import annotations

import re

from drafter.text import parse_cn_number

_STOP_GAP_LEAD = re.compile(
    r"(?<=[。！？；;])[ \t\u3000\xa0]+"
    r"(?=(?P<cn>[一二三四五六七八九十]{1,2})、[\u4e00-\u9fff“]|(?P<ar>\d{1,2})\s?[.．、]\s?[\u4e00-\u9fff“])"
)
_FIRST_ARABIC = re.compile(r"(?<![\d.．])1\s?[.．、]\s?[\u4e00-\u9fff“]")


def stop_gap_leads(text: str) -> list[int]:
    """Where `text` (a long one-line paste) broke before a numbered lead after a stop, when the leads of one
    numbering follow on (2. after a 1., 三、 after 二、): the positions of the leads, else []."""
    if len(text) < 150:
        return []
    found: list[int] = []
    arabic = [m for m in _STOP_GAP_LEAD.finditer(text) if m.group("ar")]
    numbers = [int(m.group("ar")) for m in arabic]
    if (
        numbers
        and numbers == list(range(2, 2 + len(numbers)))
        and _FIRST_ARABIC.search(text, 0, arabic[0].start())
    ):
        found += [m.end() for m in arabic]
    chinese = [m for m in _STOP_GAP_LEAD.finditer(text) if m.group("cn")]
    values = [parse_cn_number(m.group("cn")) for m in chinese]
    follows = bool(values) and values[0] is not None and values[0] >= 2
    if (
        follows
        and values == list(range(values[0], values[0] + len(values)))
        and f"{_cn(values[0] - 1)}、" in text[: chinese[0].start()]
    ):  # type: ignore[operator]
        found += [m.end() for m in chinese]
    return sorted(found)


def _cn(n: int) -> str:
    return "一二三四五六七八九十"[n - 1] if 1 <= n <= 10 else ""
