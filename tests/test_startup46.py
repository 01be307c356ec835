"""`fragments search` reads its kept index only when the file holds what an index holds (#18, startup46).

What a user notices: a search index file that unpickles but is of another shape (written by another drafter, damaged
inside a string, edited by hand) is never read as if it were one — the search then finds what it finds in the library
itself, word for word, and keeps a good index for the next search. The shape is now checked in C; these are the
damages the check in Python refused.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from drafter import cachefile
from drafter.curate import searchindex


def _wrong_separator(data: dict[str, Any]) -> None:
    text, starts = data["haystacks"]
    data["haystacks"] = (text[: starts[7] - 1] + b"x" + text[starts[7] :], starts)


def _last_separator(data: dict[str, Any]) -> None:
    text, starts = data["haystacks"]
    data["haystacks"] = (text[:-1] + b"x", starts)


def _starts_out_of_order(data: dict[str, Any]) -> None:
    text, starts = data["haystacks"]
    starts = list(starts)
    starts[3], starts[4] = starts[4], starts[3]
    data["haystacks"] = (text, starts)


def _start_a_flag(data: dict[str, Any]) -> None:
    text, starts = data["haystacks"]
    data["haystacks"] = (text, [False, *starts[1:]])  # False == 0, but no int


def _id_a_number(data: dict[str, Any]) -> None:
    data["ids"][5] = 5


def _record_bytes(data: dict[str, Any]) -> None:
    text, starts = data["records"]
    data["records"] = (text.decode(), starts)


def _records_of_old(data: dict[str, Any]) -> None:  # a list of JSON texts, as an index before startup49 kept them
    data["records"] = searchindex.Haystacks(*data["records"]).texts()


def _record_separator(data: dict[str, Any]) -> None:
    text, starts = data["records"]
    data["records"] = (text[: starts[3] - 1] + b"x" + text[starts[3] :], starts)


def _flag_a_number(data: dict[str, Any]) -> None:
    data["specific"][2] = 1  # == True, but no bool


DAMAGES: list[Callable[[dict[str, Any]], None]] = [_wrong_separator, _last_separator, _starts_out_of_order,
                                                    _start_a_flag, _id_a_number, _record_bytes, _records_of_old,
                                                    _record_separator, _flag_a_number]  # fmt: skip


def _found(words: str) -> list[tuple[object, ...]]:
    result = searchindex.search_library(None, words, limit=10)
    return [(f.id, f.role, f.score, f.passage, f.record_text) for f in result.found]


def test_an_index_file_of_another_shape_is_not_read_and_the_search_finds_what_the_library_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_library_cache
) -> None:
    """Each damage refused; one of them in the index file, which the search then builds again."""
    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(seed_library_cache(tmp_path / "cache")))
    expected = {words: _found(words) for words in ("责任感", "安全生产 隐患", "高质量发展")}  # writes the index
    kept = list((tmp_path / "cache").glob("search-*.pickle"))
    assert len(kept) == 1
    key = kept[0].name.removeprefix("search-").removesuffix(".pickle")
    good = cachefile.read_cached("search", key, valid=lambda value: True)
    assert searchindex._is_index(good)
    for damage in DAMAGES:  # each refused (a search after each would build the index again: ~0.6 s of CPU each)
        bad = copy.deepcopy(good)
        damage(bad)
        assert not searchindex._is_index(bad), damage.__name__
    bad = copy.deepcopy(good)
    _wrong_separator(bad)  # … and one written in the index's place: the search does not read it
    cachefile.write_cached("search", key, bad)
    assert cachefile.read_cached("search", key, valid=lambda value: True) == bad  # the damaged file is there
    assert {words: _found(words) for words in expected} == expected
    assert cachefile.read_cached("search", key, valid=searchindex._is_index) == good  # a good index kept again
