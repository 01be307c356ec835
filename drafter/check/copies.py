"""A web copy read as the speech it holds: traditional characters (講話, 縣委) and pinyin glosses (會(huì)).

Mirror sites print a speech in traditional characters, some with the reading of each character in brackets
after it. Every rule of check is written for simplified text, so the copy is read in simplified characters
with the glosses left out; findings are then put back where the user sees them (line, column and the text
as the file writes it).
"""

from __future__ import annotations

from collections.abc import Sequence

from drafter.check import lazyre as re
from drafter.findings import Finding
from drafter.records import Record, replace
from drafter.text import may_be_traditional, t2s_converter

# 會(huì), 講(gong2): a character's reading in brackets right after it (pinyin with tone marks, or jyutping).
_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,6}[1-6]?\)")
# The commonest characters whose traditional form differs: a text with almost none is simplified.
# 縣委 in a simplified copy: the level characters and the office characters after a body, one for one.
_FOLD = str.maketrans("縣區鄉鎮組統辦書紀黨機級場", "县区乡镇组统办书纪党机级场")
_TRADITIONAL_LEVELS = "縣區鄉鎮"


class Reading(Record):
    """The text check reads, and for each line it shortened, the file's column of each character it kept."""

    __slots__ = ("text", "columns")
    text: str
    columns: dict[int, list[int]]  # line number → 0-based file column of every character of the read line

    def __init__(self, text: str, columns: dict[int, list[int]]) -> None:
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "columns", columns)


def read_copy(text: str) -> Reading | None:
    """The copy as check reads it, or None when the text is read as it is."""
    glossed = "(" in text and len(_GLOSS.findall(text, 0, 20000)) >= 3  # (a gloss opens a half-width bracket)
    traditional = may_be_traditional(text) and t2s_converter() is not None
    if not glossed and not traditional:
        return Reading(text.translate(_FOLD), {}) if any(c in text for c in _TRADITIONAL_LEVELS) else None
    out: list[str] = []
    columns: dict[int, list[int]] = {}
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        kept = _without_glosses(line) if glossed else None
        if kept is not None:
            columns[number] = kept
            line = "".join(line[k] for k in kept)
        out.append(_simplified(line) if traditional else line.translate(_FOLD))
    return Reading("".join(out), columns)


def simplified_place(place: str) -> str:
    """--place 邵東縣, typed as the traditional copy writes it: the place in simplified characters, as the gazetteer
    and the read text hold it. A name the gazetteer holds as given stays (乾县 is no 干县, though OpenCC says so)."""
    folded = place.translate(_FOLD)
    if folded == place and _held(place):
        return place  # what every branch below gives a held name, without loading OpenCC (~4 ms of a draft's check)
    converter = t2s_converter() if any(ord(c) > 0x7F for c in folded) else None
    converted = str(converter.convert(folded)) if converter is not None else folded
    if converted == place or len(converted) != len(place):
        return folded
    from drafter.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    if gazetteer.lookup(place):
        return place
    return converted if gazetteer.lookup(converted) else folded  # 九資河鎮 (no town is held): its 镇 read all the same


def _held(place: str) -> bool:
    from drafter.gazetteer import load_gazetteer

    return bool(place) and bool(load_gazetteer().lookup(place))


def _without_glosses(line: str) -> list[int] | None:
    """The columns of a line that are not glosses (None when it has none)."""
    spans = [m.span() for m in _GLOSS.finditer(line)]
    if not spans:
        return None
    dropped = {k for start, end in spans for k in range(start, end)}
    return [k for k in range(len(line)) if k not in dropped]


def _simplified(line: str) -> str:
    """The line in simplified characters, one for one (a phrase that changes length is converted by character)."""
    converted = t2s_converter().convert(line)
    if len(converted) == len(line):
        return str(converted)
    return "".join(c if len(s := t2s_converter().convert(c)) != 1 else s for c in line)


def as_written(f: Finding, reading: Reading, lines: Sequence[str]) -> Finding:
    """A finding on the read text, placed and quoted as the file has it (縣委, 會(huì)議 …)."""
    raw = lines[f.line - 1] if 0 < f.line <= len(lines) else ""
    kept = reading.columns.get(f.line)
    start, end = f.column - 1, f.column - 1 + len(f.text)
    runs_on = end > len(kept if kept is not None else raw)  # 推 / 推进: a pair across a hard-wrapped copy's break
    if kept is not None:
        if not (0 <= start < len(kept)):
            return f
        last = min(end, len(kept)) - 1
        start, end = kept[start], (kept[last] + 1 if f.text else kept[start])
    written = raw[start:end]
    return replace(f, column=start + 1, text=written if f.text and written and not runs_on else f.text)
