"""Short place names that are everyday words (长寿, 通道, 和平, 幸福, 港口, 新区 …), never read as places.

The list is data: `drafter/data/word-places.yaml`, read here and nowhere else. drafter.check.places (slogans),
drafter.ingest.params (branded slogans) and drafter.ingest.elsewhere (bare names) all ask `is_word_place`.
"""

from __future__ import annotations

import functools
from pathlib import Path

from drafter.errors import LibraryError
from drafter.files import load_data_table

WORD_PLACES_FILE = Path(__file__).parent / "data" / "word-places.yaml"


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
