"""Short place names that are everyday words (长寿, 通道, 和平, 幸福, 港口, 新区 …), never read as places; and the
brand words of a place slogan (平安泰州, 山水桐庐), one list for check and ingest.

The list is data: `drafter/data/word-places.yaml`, read here and nowhere else. drafter.check.places (slogans),
drafter.ingest.params (branded slogans) and drafter.ingest.elsewhere (bare names) all ask `is_word_place`.
"""

from __future__ import annotations

import functools
from pathlib import Path

from drafter.errors import LibraryError
from drafter.files import load_data_table

WORD_PLACES_FILE = Path(__file__).parent / "data" / "word-places.yaml"

# Brand words of a place slogan (平安泰州, 美丽南通, 现代化如东; 共建锦绣桐庐, 多彩贵州, 山水桐庐 of the scenic kind), as a
# regular-expression alternation: check reads slogans with them, ingest keeps a fragment with one specific.
SLOGAN_WORDS = (
    "平安|美丽|幸福|和谐|文明|健康|法治|数字|智慧|生态|魅力|活力|大美|宜居|富裕|实力|现代化|书香|清廉|诚信|人文"
    "|锦绣|秀美|多彩|灵秀|精致|品质|山水"
)


@functools.cache
def word_places(path: Path = WORD_PLACES_FILE) -> frozenset[str]:
    """The table's words (cached).

    Raises:
        LibraryError: the table is missing or malformed (a packaging bug).
    """
    try:
        words = load_data_table(path)["words"]
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise ValueError("words 应是由地名简称组成的列表")
        return frozenset(words)
    except (OSError, KeyError, TypeError, ValueError) as exc:
        raise LibraryError(f"常用词地名表无法读取：{exc}", path=path, hint="重新安装 drafter。") from exc


def is_word_place(name: str) -> bool:
    """True when `name` (a place's short name) is also an everyday word (幸福, 港口)."""
    return name in word_places()
