"""When a speech was given: from its text, its ingest record, or (weakly) its file.

Sources, strongest first:
  正文日期   a date written in the speech's header (the date line under the title,
             （2026年3月8日）, 二〇二六年三月八日), in its first lines;
  入库记录   the `date` field `drafter ingest` wrote in the corpus file's front matter;
  标题年份   a year in the title (在2025年全县……会议上的讲话): the year only;
  文件时间   the file's modification time: weak (a copy or a download resets it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

HEADER_LINES = 8  # the date line sits under the title, before or after the salutation
HEADER_CHARS = 400

_NUMERALS = str.maketrans("〇○零一二三四五六七八九", "000123456789")
_FULL = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_ISO = re.compile(r"^((?:19|20)\d{2})-(\d{2})-(\d{2})$")

TEXT, RECORD, TITLE, FILE = "正文日期", "入库记录", "标题年份", "文件时间"


@dataclass(frozen=True, slots=True)
class SpeechDate:
    """A speech's date: year, month and day (0 when unknown) and where it was found."""

    year: int
    month: int
    day: int
    source: str

    @property
    def weak(self) -> bool:
        return self.source == FILE

    def show(self) -> str:
        if not self.month:
            return f"{self.year}年"
        return f"{self.year}年{self.month}月{self.day}日"

    def to_dict(self) -> dict[str, object]:
        iso = f"{self.year:04d}" + (f"-{self.month:02d}-{self.day:02d}" if self.month else "")
        return {"date": iso, "source": self.source}


def find_date(text: str, fields: dict[str, str], mtime_ns: int | None) -> SpeechDate | None:
    """The best date of a speech (see the module docstring for the order)."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()][:HEADER_LINES]
    header = "\n".join(lines)[:HEADER_CHARS]
    found = _full_date(header)
    if found:
        return SpeechDate(*found, TEXT)
    m = _ISO.match(fields.get("date", "").strip())
    if m and _valid(int(m[1]), int(m[2]), int(m[3])):
        return SpeechDate(int(m[1]), int(m[2]), int(m[3]), RECORD)
    title = fields.get("title") or (lines[0] if lines else "")
    m = _YEAR.search(_arabic(title))
    if m:
        return SpeechDate(int(m[1]), 0, 0, TITLE)
    if mtime_ns is None:
        return None
    when = datetime.fromtimestamp(mtime_ns / 1e9, tz=UTC)
    return SpeechDate(when.year, when.month, when.day, FILE)


def _full_date(header: str) -> tuple[int, int, int] | None:
    for m in _FULL.finditer(_arabic(header)):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
        if _valid(year, month, day):
            return year, month, day
    return None


def _arabic(text: str) -> str:
    """Chinese date numerals as digits: 二〇二六年三月八日 → 2026年3月8日, 十二月 → 12月."""
    text = re.sub(r"(?<=[年月])([一二三]?)十([一二三四五六七八九]?)(?=[月日])",
                  lambda m: f"{m[1] or '一'}{m[2] or '〇'}", text)  # fmt: skip
    return text.translate(_NUMERALS)


def _valid(year: int, month: int, day: int) -> bool:
    try:
        datetime(year, month, day)
    except ValueError:
        return False
    return True


def order(a: SpeechDate | None, b: SpeechDate | None) -> int:
    """-1 when `a` is the earlier speech, 1 when `b` is, 0 when the dates cannot tell."""
    if a is None or b is None:
        return 0
    if not a.month or not b.month:  # a year alone tells only across years
        return (a.year > b.year) - (a.year < b.year)
    ka, kb = (a.year, a.month, a.day), (b.year, b.month, b.day)
    return (ka > kb) - (ka < kb)
