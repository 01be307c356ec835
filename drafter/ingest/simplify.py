"""Traditional-character text (講話稿, 同志們) → simplified, so that ingest can read its structure.

Web mirrors and old archives often carry a speech in traditional characters;
every pattern ingest uses (称谓, 讲三点意见, 全县 …) is written in simplified
ones. Text is converted only when a clear share of its characters are
traditional forms, so a simplified speech that quotes one traditional
character is left exactly as it is.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

# The commonest characters whose traditional form differs (們 這 會 說 …): a text with almost none is simplified.
_TRADITIONAL_ONLY = frozenset("們這個會說為來時國學過對開發關與讓體從現實經當員動進還點種設問題縣區鄉鎮務產業農幹黨領導議")
# Share of Han characters that must change for the text to count as traditional.
_TRADITIONAL_SHARE = 0.15


@lru_cache(maxsize=1)
def _converter() -> Any:
    try:
        import opencc
    except ImportError:  # pragma: no cover - opencc is a core dependency
        return None
    return opencc.OpenCC("t2s")


def converter() -> Any:
    """The traditional-to-simplified converter (None without opencc), for callers that convert short texts."""
    return _converter()


def to_simplified(text: str) -> tuple[str, bool]:
    """(text in simplified characters, whether it was converted)."""
    if len(_TRADITIONAL_ONLY.intersection(text[:20000])) < 3:
        return text, False  # fast path: none of the commonest traditional-only forms
    converter = _converter()
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
