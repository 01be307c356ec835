"""Outdated 提法 as data: phrases of past periods, what is said today instead, and where they occur.

The table is `drafter/data/outdated-phrases.yaml`. `fragments lint` refuses
these phrases in non-specific fragments; `check` warns with the replacement.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from drafter.errors import LibraryError
from drafter.files import load_data_table
from drafter.records import Record

_TABLE = Path(__file__).resolve().parent / "data" / "outdated-phrases.yaml"
_KEYS = {"phrase", "replacement", "period", "except", "until"}


class OutdatedPhrase(Record):
    """A 提法 of a past period and the wording of today."""

    __slots__ = ("phrase", "replacement", "period", "exceptions", "until")
    phrase: str
    replacement: str
    period: str
    exceptions: tuple[str, ...]
    until: int | None  # the last year it is today's wording (十五五开局起步: 2026); None: outdated whenever said

    def __init__(self, phrase: str, replacement: str, period: str, exceptions: tuple[str, ...] = (),
                 until: int | None = None) -> None:  # fmt: skip
        set_field = object.__setattr__
        set_field(self, "phrase", phrase)
        set_field(self, "replacement", replacement)
        set_field(self, "period", period)
        set_field(self, "exceptions", exceptions)
        set_field(self, "until", until)


class PhraseMatch(Record):
    """Where an outdated phrase occurs in a text."""

    __slots__ = ("start", "phrase")
    start: int
    phrase: OutdatedPhrase

    def __init__(self, start: int, phrase: OutdatedPhrase) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "phrase", phrase)

    @property
    def end(self) -> int:
        return self.start + len(self.phrase.phrase)


@functools.cache
def load_outdated(path: Path = _TABLE) -> tuple[OutdatedPhrase, ...]:
    """Read the table of outdated phrases (cached).

    Raises:
        LibraryError: the table is missing or malformed (a packaging bug).
    """
    try:
        rows = load_data_table(path)["phrases"]
        return tuple(_phrase(row) for row in rows)
    except (OSError, KeyError, TypeError, ValueError) as exc:
        raise LibraryError(
            f"过时提法表无法读取：{exc}", path=path, hint="重新安装 drafter。"
        ) from exc


def _phrase(row: dict[str, object]) -> OutdatedPhrase:
    unknown = set(row) - _KEYS
    if unknown:
        raise ValueError(f"提法 {row.get('phrase')} 有未知的键 {sorted(unknown)}")
    exceptions = row.get("except") or []
    if not isinstance(exceptions, list):
        raise ValueError(f"提法 {row['phrase']} 的 except 应是列表")
    until = row.get("until")
    if until is not None and not isinstance(until, int):
        raise ValueError(f"提法 {row['phrase']} 的 until 应是年份（整数）")
    return OutdatedPhrase(
        str(row["phrase"]), str(row["replacement"]), str(row["period"]), tuple(map(str, exceptions)), until
    )


def this_year() -> int:
    """Today's year, for a meeting or speech that names none (the tests hold it at the year their goldens were written in)."""
    import time

    return time.localtime().tm_year


def find_outdated(text: str, year: int | None = None) -> list[PhraseMatch]:
    """Every outdated phrase in `text`, by position; a longer match hides a shorter one it overlaps.

    A phrase of one year (`until`: 十五五开局起步 is 2026's) is outdated only in a text of a later `year`; without a
    year (a fragment, which says it only for a meeting of that year: `plan_start`) it is not reported.
    """
    found: list[PhraseMatch] = []
    table = load_outdated()
    if not _any_phrase(table).search(text):
        return found  # most lines hold none: one scan for all ~50 phrases (#18), not one `in` test each
    for entry in _longest_first(table):
        if entry.phrase not in text:
            continue
        if entry.until is not None and (year is None or year <= entry.until):
            continue
        start = text.find(entry.phrase)
        while start != -1:
            match = PhraseMatch(start, entry)
            if not _excepted(text, match) and not any(_overlap(match, m) for m in found):
                found.append(match)
            start = text.find(entry.phrase, start + 1)
    return sorted(found, key=lambda m: m.start)


def _longest_first(phrases: tuple[OutdatedPhrase, ...]) -> tuple[OutdatedPhrase, ...]:
    """The table longest phrase first, sorted once per table. Kept by the table's identity (`load_outdated` gives the
    same tuple every time), not by its value: a functools.cache hashed all ~50 frozen entries (their fields and their
    exceptions) on every call, once a line of every checked text (~2.5 M instructions of a draft's self-check, #18)."""
    kept = _SORTED.get(id(phrases))
    if kept is None or kept[0] is not phrases:
        kept = _SORTED[id(phrases)] = (phrases, tuple(sorted(phrases, key=lambda p: -len(p.phrase))))
    return kept[1]


_SORTED: dict[int, tuple[tuple[OutdatedPhrase, ...], tuple[OutdatedPhrase, ...]]] = {}


def _any_phrase(phrases: tuple[OutdatedPhrase, ...]) -> re.Pattern[str]:
    """One pattern that finds any of the table's phrases, compiled once per table (kept by its identity, as above)."""
    kept = _ANY.get(id(phrases))
    if kept is None or kept[0] is not phrases:
        pattern = re.compile("|".join(re.escape(p.phrase) for p in phrases) or "(?!)")
        kept = _ANY[id(phrases)] = (phrases, pattern)
    return kept[1]


_ANY: dict[int, tuple[tuple[OutdatedPhrase, ...], re.Pattern[str]]] = {}


def _excepted(text: str, match: PhraseMatch) -> bool:
    """True when the phrase is part of one of its still-correct longer forms."""
    for longer in match.phrase.exceptions:
        offset = longer.find(match.phrase.phrase)
        while offset != -1:
            begin = match.start - offset
            if begin >= 0 and text[begin : begin + len(longer)] == longer:
                return True
            offset = longer.find(match.phrase.phrase, offset + 1)
    return False


def _overlap(match: PhraseMatch, other: PhraseMatch) -> bool:
    return match.start < other.end and other.start < match.end
