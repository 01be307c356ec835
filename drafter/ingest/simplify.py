"""Traditional-character text (講話稿, 同志們) → simplified, so that ingest can read its structure.

Web mirrors and old archives often carry a speech in traditional characters;
every pattern ingest uses (称谓, 讲三点意见, 全县 …) is written in simplified
ones. Text is converted only when a clear share of its characters are
traditional forms, so a simplified speech that quotes one traditional
character is left exactly as it is.
"""

from __future__ import annotations

from drafter.text import may_be_traditional, t2s_converter

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
    return converter.convert(text), True
