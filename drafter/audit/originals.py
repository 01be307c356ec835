"""The passages of a report in the words of the document they are quoted from.

Engines compare normalised text (`1。水库度汛` for the writer's `1.水库度汛`, headings
run into the next sentence). A reader wants the document's own words, so each reported
passage is mapped back onto the quoted document, re-read once: normalised offsets → the
original characters (diff's `sentences` keeps, for each normalised character, where it came
from). A passage starting mid-sentence (`点意见。一、立足…`, because 三点 and 四点 differ)
is shown from its first whole sentence. A document that cannot be re-read, or reads
differently now, keeps the normalised text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from drafter.audit.report import AuditReport, PairFinding, Passage
from drafter.errors import DrafterError

MAX_LEAD = 40  # a passage's first whole sentence must start within this many characters to skip to it
_LINE_MARK = re.compile(r"^[ \t\u3000]*(?:#{1,6}[ \t]*|>[ \t]?|[-*+][ \t]+)", re.M)
_BREAKS = re.compile(r"[ \t\u3000]*(?:\r?\n[ \t\u3000]*)+")


class _Original:
    """A document re-read: its body, its normalised text, where each normalised character came from."""

    def __init__(self, path: str) -> None:
        from drafter.diff.normalize import sentences
        from drafter.reader import read_document, split_front_matter

        _, self.body, _ = split_front_matter(read_document(path))
        found = sentences(self.body)
        self.norm = "".join(s.norm for s in found)
        self.offsets = [o for s in found for o in s.offsets]
        starts, at = set(), 0
        for s in found:
            starts.add(at)
            at += len(s.norm)
        self.starts = starts

    def passage(self, p: Passage, start: int) -> Passage | None:
        """`p` (starting at normalised offset `start` here) in this document's words, or None."""
        end = start + p.length
        if self.norm[start:end] != p.text:
            return None  # the file changed since it was compared
        lead = next((k for k in range(min(MAX_LEAD, p.length)) if start + k in self.starts), 0)
        last = self.offsets[end - 1] + 1
        text = _one_line(self.body[self.offsets[start] : last])
        tail = _one_line(self.body[self.offsets[start + lead] : last])
        return replace(p, text=text, lead=len(text) - len(tail) if text.endswith(tail) else 0)


def _one_line(text: str) -> str:
    """Original text for one quoted line: Markdown line marks dropped, line breaks as one space."""
    return _BREAKS.sub(" ", _LINE_MARK.sub("", text)).strip() if "\n" in text else text


def with_original_text(report: AuditReport) -> AuditReport:
    """The report with every pair's passages in the quoted document's own words."""
    cache: dict[str, _Original | None] = {}

    def original(path: str) -> _Original | None:
        if path not in cache:
            try:
                cache[path] = _Original(path)
            except (DrafterError, OSError, ValueError):
                cache[path] = None
        return cache[path]

    def pair(found: PairFinding) -> PairFinding:
        b_first = found.earlier > 0  # compare quoted the likely source
        doc = original(found.b.path if b_first else found.a.path)
        if doc is None:
            return found
        passages = []
        for p in found.passages:
            mapped = doc.passage(p, p.start_b if b_first else p.start_a)
            passages.append(mapped or p)
        return replace(found, passages=tuple(passages))

    return replace(report, pairs=tuple(pair(p) for p in report.pairs))
