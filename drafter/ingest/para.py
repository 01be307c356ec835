"""A cleaned paragraph of an ingested file, and the lines it came from (shared by clean, linesplit, split …)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Para:
    """A cleaned paragraph and the original lines (1-based, inclusive) it came from.

    `md` is the Markdown heading level the line had (0 for none); `divider`
    marks a collection heading (……篇二) that separates documents of one file.
    """

    text: str
    line: int
    end: int
    md: int = 0
    divider: bool = False

    @property
    def where(self) -> str:
        return f"第{self.line}行" if self.line == self.end else f"第{self.line}–{self.end}行"
