"""Traditional-character text (講話稿, 同志們) → simplified, so that ingest can read its structure.

Web mirrors and old archives often carry a speech in traditional characters;
every pattern ingest uses (称谓, 讲三点意见, 全县 …) is written in simplified
ones. Text is converted only when a clear share of its characters are
traditional forms, so a simplified speech that quotes one traditional
character is left exactly as it is.
"""

from __future__ import annotations

import re

from drafter.text import may_be_traditional, t2s_converter

# 這壹問題, 第壹步, 壹、生產發展: a converter that wrote the capital 壹 for every 一 (a capital numeral belongs to sums of
# money, 壹万贰仟元, and comes with 贰/叁/肆 there)
_CAPITAL_ONE = re.compile(r"第壹|[这這那此同统統唯单單每]壹|壹(?:是|要|个|個|[、．.]|方面|步|年|次|体|體|起|定|切|直|些|种|種|项|項)")
_OTHER_CAPITALS = re.compile(r"[贰貳叁肆柒捌玖佰仟]")  # (not 陆 大陆, 参 参加, 伍 队伍, 拾 收拾)


def capital_one_read(text: str) -> str:
    """`text` with 壹 read as 一 when a converter put it for every 一 (第壹步, 這壹問題) and no other capital numeral is
    in the text."""
    if "壹" not in text or len(_CAPITAL_ONE.findall(text)) < 2 or _OTHER_CAPITALS.search(text):
        return text
    return text.replace("壹", "一")


# Share of Han characters that must change for the text to count as traditional.
_TRADITIONAL_SHARE = 0.15


def to_simplified(text: str) -> tuple[str, bool]:
    """(text in simplified characters, whether it was converted)."""
    if not may_be_traditional(text):
        return text, False  # fast path: none of the commonest traditional-only forms
    converter = t2s_converter()
    if converter is None:
        return text, False
    sample = text[:20000]
    han = sum("\u4e00" <= c <= "\u9fff" for c in sample)
    if not han:
        return text, False
    simplified = converter.convert(sample)
    changed = sum(a != b for a, b in zip(sample, simplified, strict=False)) if len(simplified) == len(sample) else han
    if changed < _TRADITIONAL_SHARE * han:
        return text, False
    return capital_one_read(converter.convert(text)), True
