"""Proof-read a speech the way a reviewer does: counts, numbering, placeholders, level words, places.

`check_text` returns a `CheckReport` with one `Finding` per problem (rule ids
as in PRODUCT.md: count-mismatch, numbering, placeholder, level-mix,
order, foreign-place, repeated-char, repeated-paragraph, halfwidth-punct, date-format, duration,
outdated-phrase, salutation, consistency).
`fix_text` (drafter/check/fix.py, imported on first use) applies only the mechanical fixes (punctuation width, 1、 → 1.,
（一）、 → （一）).

A file may hold several speeches (a collection copied from the web); a new
称谓 (同志们：) or a collection heading starts a new speech, whose outline,
place and level are checked on their own.
"""


from __future__ import annotations

from pathlib import Path

from drafter.check.census import check_census_slips
from drafter.check.context import speech_contexts
from drafter.check.copies import Reading, as_written, read_copy, simplified_place
from drafter.check.counts import check_counts
from drafter.check.frame import check_agenda, check_consistency, check_salutation
from drafter.check.lines import check_lines, save_answers
from drafter.check.order import check_order
from drafter.check.outline import Speech, check_outline, outlines, split_speeches
from drafter.check.phrases import check_outdated
from drafter.check.places import (
    check_accepted_leadership,
    check_level_clash,
    check_level_words,
    check_lower_leading,
    check_mixed_pairs,
    check_own_name_levels,
    check_own_slogans,
    check_places,
    check_sibling_towns,
    check_subordinates,
    check_titled_meeting,
)
from drafter.check.voice import check_voice
from drafter.check.wrapped import (
    continued_lines,
    drop_chunk_counters,
    join_wrapped,
    split_page_marks,
)
from drafter.errors import LimitError, UsageError
from drafter.findings import Finding, Severity
from drafter.limits import MAX_CHECK_CHARS
from drafter.records import Record, replace
from drafter.structure import parse_blocks
from drafter.text import LEVELS, blank_jammer, count_han

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time (#18: ~10 M instructions)
if TYPE_CHECKING:
    from typing import Any

    from drafter.check.fix import Fix as Fix
    from drafter.check.fix import FixResult as FixResult
    from drafter.check.fix import fix_file as fix_file
    from drafter.check.fix import fix_text as fix_text

# --fix's names, from drafter/check/fix.py on first use: a check that fixes nothing does not build them.
_FIX_NAMES = frozenset({"Fix", "FixResult", "fix_file", "fix_text"})


def __getattr__(name: str) -> Any:
    if name in _FIX_NAMES:
        from drafter.check import fix

        return getattr(fix, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

ERROR, INFO = Severity.ERROR, Severity.INFO
RULES = (
    "count-mismatch",
    "numbering",
    "placeholder",
    "conflict",
    "level-mix",
    "order",
    "foreign-place",
    "repeated-char",
    "repeated-paragraph",
    "halfwidth-punct",
    "date-format",
    "duration",
    "outdated-phrase",
    "salutation",
    "consistency",
)


class CheckReport(Record):
    """What the checker found in one text (a frozen record: drafter/records.py).

    `inferred` says how the place and level were found when not given
    (keys `place`, `level`, and `speeches` when the file holds several).
    """

    __slots__ = ("place", "level", "inferred", "duration_minutes", "findings", "han_chars")
    place: str | None
    level: str | None
    inferred: dict[str, Any]
    duration_minutes: float
    findings: tuple[Finding, ...]
    han_chars: int

    def __init__(self, place: str | None, level: str | None, inferred: dict[str, Any], duration_minutes: float,
                 findings: tuple[Finding, ...], han_chars: int = 0) -> None:  # fmt: skip
        set_field = object.__setattr__
        set_field(self, "place", place)
        set_field(self, "level", level)
        set_field(self, "inferred", inferred)
        set_field(self, "duration_minutes", duration_minutes)
        set_field(self, "findings", findings)
        set_field(self, "han_chars", han_chars)

    @property
    def errors(self) -> int:
        return sum(f.severity == ERROR for f in self.findings)

    def count(self, severity: Severity) -> int:
        return sum(f.severity == severity for f in self.findings)

    def as_dict(self) -> dict[str, Any]:
        """Plain data for `--json`."""
        keys = ("rule", "name", "severity", "line", "column", "text", "message", "suggestion")
        return {
            "place": self.place,
            "level": self.level,
            "inferred": self.inferred,
            "duration_minutes": self.duration_minutes,
            "han_chars": self.han_chars,
            "findings": [{k: str(getattr(f, k)) if k == "severity" else getattr(f, k) for k in keys}
                         for f in self.findings],
        }  # fmt: skip


# ---------------------------------------------------------------- public API


def check_text(
    text: str, *, place: str | None = None, level: str | None = None, rate: int = 200, path: str = ""
) -> CheckReport:
    """Check a speech (or a file of several) and return every finding, sorted by position.

    Args:
        place: the speech's place (南通市); inferred from the title and text when None.
        level: 省/市/县/区/乡/镇; derived from `place` or inferred when None.
        rate: Han characters per minute for the duration estimate.
        path: file name recorded in each finding.

    Raises:
        UsageError: an unknown level or a rate that is not positive.
    """
    _require_level(level)
    if rate <= 0:
        raise UsageError(f"语速应为正数（每分钟汉字数），收到 {rate}")
    if len(text) > MAX_CHECK_CHARS:  # a whole archive in one file ran for minutes (newuser37)
        raise LimitError(
            f"文字过长（{len(text) // 10_000} 万字，上限 {MAX_CHECK_CHARS // 10_000} 万字），不像一篇讲话稿，没有校对",
            path=path or None, hint="一篇讲话稿通常几千到两万字：把其中的讲话稿分成单独的文件，再逐个校对。",
        )  # fmt: skip
    original = text.splitlines()
    if place:
        place = simplified_place(place)  # 邵東縣, as a traditional copy writes it: the gazetteer's 邵东县
    reading = read_copy(text)  # 我縣, 縣委, 會(huì)議 of a traditional copy are read as 我县, 县委, 会议
    if reading is not None:
        text = reading.text
    if " " in text:
        text = blank_jammer(text)  # 9 Y8 f3 E5 k. p. Q8: a forum's hidden anti-copy strings, no words of the speech
    lines = text.splitlines()
    blocks = join_wrapped(parse_blocks(text))  # a PDF copy's 三 / 是… read as one line
    wrapped = continued_lines(blocks)
    blocks = split_page_marks(drop_chunk_counters(blocks))  # 1、…倾 / 2、斜。: a page's chunks; …第2页共5页二、: a line break
    speeches = split_speeches(blocks, len(lines))
    try:
        return _check_all(text, original, lines, wrapped, speeches, place, level, rate, path, reading)
    finally:
        # what the rules asked of the lexicon and the dictionary (`lines._recall`: the doubled-character rules, and
        # voice.py's `_tagged` asked later in the check), written once, after the whole check (#18)
        save_answers()


def _check_all(
    text: str, original: list[str], lines: list[str], wrapped: frozenset[int], speeches: list[Speech],
    place: str | None, level: str | None, rate: int, path: str, reading: Reading | None,
) -> CheckReport:
    """check_text's rules over the parsed text (`save_answers` after them all)."""
    whole, contexts, inferred = speech_contexts(text, lines, speeches, place, level)
    findings: list[Finding] = []
    outs = outlines(lines, speeches)
    findings += check_outline(outs)
    findings += check_counts(lines, outs)
    findings += check_lines(lines, wrapped)
    findings += check_outdated(lines)
    findings += check_order(lines)
    for speech, ctx in zip(speeches, contexts, strict=True):
        span = range(speech.first, speech.last + 1)
        county_city = ctx.level == "市" and bool(ctx.places) and all(p.kind == "县级市" for p in ctx.places)
        own_words = check_level_words(lines, span, ctx.level, ctx.also_own, county_city)
        if ctx.page_title:  # a site's title over another level's speech: its 全区 is not the speaker's word
            own_words = [f for f in own_words if lines[f.line - 1].strip() != ctx.page_title]
        findings += own_words
        said = {(f.line, f.column) for f in own_words}  # 在县委的领导下，在市人大…: one finding, though both rules read it
        findings += [f for f in check_mixed_pairs(lines, span) if (f.line, f.column) not in said]
        findings += check_own_name_levels(lines, span, ctx)
        findings += check_level_clash(lines, span, ctx)
        said = {(f.line, f.column) for f in findings if f.rule == "level-mix"}
        findings += [f for f in check_accepted_leadership(lines, span, ctx.level) if (f.line, f.column) not in said]
        findings += check_subordinates(lines, span, ctx.level)
        findings += check_lower_leading(lines, span, ctx.level)
        findings += check_places(lines, span, ctx)
        findings += check_own_slogans(lines, span, ctx)
        findings += check_sibling_towns(lines, span, ctx)
        said = {(f.line, f.column) for f in findings if f.rule == "foreign-place"}  # 沙河县 found by name: one finding
        findings += [f for f in check_titled_meeting(lines, span) if (f.line, f.column) not in said]
        census = check_census_slips(lines, span, ctx)  # 我代表梅窖镇 in 梅林镇's pledge (census33)
        if census:  # (another rule's finding on the same word, 提到与…同属…的… warned, gives way to the error)
            spots = {(f.rule, f.line, f.column) for f in census}
            findings = [f for f in findings if (f.rule, f.line, f.column) not in spots]
        findings += census
        # whatever disagrees with the speaker's own place and level, asked about where no rule above spoke (place49)
        said = {(f.line, f.column) for f in findings if f.rule in ("foreign-place", "level-mix")}
        findings += check_voice(lines, span, ctx, said)
        findings += check_salutation(lines, span)
        findings += check_consistency(lines, span)
        findings += check_agenda(lines, span)
    han = count_han(text)
    minutes = round(han / rate, 1)
    findings.append(_duration(han, rate, minutes))
    findings.sort(key=lambda f: (f.line, f.column, RULES.index(f.rule)))
    if reading is not None:
        findings = [as_written(f, reading, original) for f in findings]
    if path:
        findings = [_with_path(f, path) for f in findings]
    return CheckReport(whole.place, whole.level, inferred, minutes, tuple(findings), han)


def _require_level(level: str | None) -> None:
    if level is not None and level not in LEVELS:
        # `--level 街道` (a level meetings/works and draft accept) said only 层级应为 省、市…之一 (newuser36)
        raise UsageError(
            f"未知的层级“{level}”",
            hint=f"--level 写 {'、'.join(LEVELS)} 之一；街道、县级市、自治州、旗等不写 --level，"
            "用 --place 写出地名（如 --place 城关街道、--place 江阴市），层级由地名得出。",
        )


def _with_path(f: Finding, path: str) -> Finding:
    return replace(f, path=path)  # not asdict (its deep copy of plain strings imported copy, #18)


def _duration(han: int, rate: int, minutes: float) -> Finding:
    return Finding(
        "duration", INFO, f"全文约 {han} 字，按每分钟 {rate} 字约需 {minutes} 分钟", line=1, column=1,
        suggestion="如需控制时长，用 --rate 调整语速或增删段落",
    )  # fmt: skip


# ---------------------------------------------------------------- files


def check_file(path: str | Path, *, place: str | None = None, level: str | None = None, rate: int = 200) -> CheckReport:
    """Read a .txt/.md/.docx speech and check it (see `check_text`).

    In a .docx, line numbers are paragraph numbers.

    Raises:
        SourceError: the file cannot be read.
        UsageError: an unknown level.
    """
    from drafter.reader import read_speech

    _require_level(level)  # before reading: a usage error comes first
    _, text = read_speech(path)
    if place is None and level is None:
        place, level = _recorded_setting(Path(path))
    if Path(path).suffix.lower() in (".docx", ".doc", ".wps"):
        text = "\n".join(text.split("\n\n"))  # the reader leaves a blank line between paragraphs
    return check_text(text, place=place, level=level, rate=rate, path=str(path))


# drafter's files whose code reads a draft's record (`_read_setting`: drafter.answers and what it imports), by their
# path under the package: their size and time are part of the memo's key, as PyYAML's install is.
_RECORD_READERS = ("answers.py", "model.py", "files.py", "library/__init__.py", "library/yamlio.py", "check/__init__.py")


def _recorded_setting(path: Path) -> tuple[str | None, str | None]:
    """Place and level from the draft's answers record beside it (drafter draft -o wrote both).

    Remembered in the cache folder by the record's bytes (and the reading code's files): reading a record imports
    drafter.answers, the library's YAML reader, drafter.model and PyYAML (with typing and datetime) and parses its
    whole fragment list, ~35 M instructions of every check of a drafted speech (`drafter check 讲话稿.md` after
    `draft -o`, the README's quick start: ~0.9× `python -c pass`, startup52), for two answers."""
    from drafter.files import record_path

    record = record_path(path)
    if not record.is_file():
        return None, None  # the usual case: no record read, drafter.answers not imported
    try:
        data = record.read_bytes()
    except OSError:
        return _read_setting(record)
    import os

    from drafter.cachefile import cached
    from drafter.files import cache_key, module_stamp

    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    stamps = [module_stamp("yaml")]
    for name in _RECORD_READERS:
        try:
            st = os.stat(os.path.join(package, name))
        except OSError:
            return _read_setting(record)
        stamps.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
    key = cache_key(data, "\n".join(stamps).encode("utf-8", "surrogatepass"))
    setting = cached("record-setting", key, lambda: _read_setting(record), valid=_a_setting)
    return setting[0], setting[1]


def _a_setting(value: Any) -> bool:
    return type(value) is tuple and len(value) == 2 and all(v is None or type(v) is str for v in value)


def _read_setting(record: Path) -> tuple[str | None, str | None]:
    """Place and level as the record at `record` gives them (None, None for a broken record)."""
    from drafter.answers import load_record
    from drafter.errors import DrafterError

    try:
        answers = load_record(record).answers
    except DrafterError:  # a broken record is `draft --replay`'s business, not check's
        return None, None
    place = answers.get("place")
    return (str(place), str(answers["level"]) if answers.get("level") else None) if place else (None, None)
