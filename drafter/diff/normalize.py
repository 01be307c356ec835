"""Normalise speech text for comparison and cut it into sentences.

Normalisation drops whitespace and Markdown marks and maps every punctuation
mark to one canonical (full-width) form, so that `，` and `,`, `（` and `(`,
`２０２３` and `2023` compare equal. The canonical text is still readable
Chinese: the report shows it for source sentences.

Every normalised character remembers the offset of the original character it
came from, so edits found on normalised text can be shown on the user's text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from drafter.structure import match_heading
from drafter.text import split_sentences

# Half-width (after NFKC) → canonical full-width punctuation.
_WIDE = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
# Kept as they are although NFKC would change them.
_KEEP = set("…‥—–")
_DROP = set("*`")  # Markdown emphasis and code marks
_MD_PREFIX = re.compile(r"^[ \t\u3000]*(?:#{1,6}[ \t]+|#{1,6}(?=\S)|>[ \t]?|[-*+][ \t]+(?=\S))")
_LONE_DOT = re.compile(r"(?<!\d)\.|\.(?!\d)")  # a full stop that is not a decimal point
# The dot of a sub-point's number (1.应急预案要管用) is the 、 of 1、, not a full stop: read as one, a bare "1。" was a
# sentence of its own, and every pair of drafts shared "1。" "2。" "3。" (a third of the sentences two 禁毒 drafts shared).
_ITEM_DOT = re.compile(r"(?:^|(?<=[。！？；：]))(\d{1,2})\.(?!\d)")
_TERMINAL = "。！？；："


class _Table(dict[int, str | None]):
    """str.translate table that computes and caches each character's canonical form."""

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        if ch.isspace() or ch in _DROP or unicodedata.category(ch) == "Cf":
            out: str | None = None
        elif ch in _KEEP:
            out = ch
        else:
            out = "".join(_WIDE.get(c, c) for c in unicodedata.normalize("NFKC", ch))
            out = "".join(c for c in out if not c.isspace()) or None
        self[code] = out
        return out


_TABLE = _Table()
# Characters every table lookup would leave as they are (Han, ASCII letters and digits,
# canonical full-width marks): only runs of other characters go through the table.
_CANONICAL = "，。；：？！、“”‘’（）《》【】…—"
_NEEDS_TABLE = re.compile(rf"[^\u4e00-\u9fff0-9A-Za-z{_CANONICAL}]+")


def _translated(match: re.Match[str]) -> str:
    return match.group().translate(_TABLE)


def _fix_context(text: str) -> str:
    """Context-dependent marks, applied after translation (length-preserving)."""
    if "." in text:
        text = _LONE_DOT.sub("。", _ITEM_DOT.sub(r"\1、", text))
    for plain, (left, right) in (('"', "“”"), ("'", "‘’")):
        if plain in text:
            parts = text.split(plain)
            text = parts[0] + "".join(
                (left if i % 2 else right) + p for i, p in enumerate(parts[1:], 1)
            )
    return text


def canonical(text: str) -> str:
    """The normalised form of one line of text (no Markdown prefix handling)."""
    return _fix_context(_NEEDS_TABLE.sub(_translated, text))


def canonical_mapped(text: str, base: int = 0) -> tuple[str, list[int]]:
    """Like `canonical`, plus for each output character the offset of its source character."""
    out: list[str] = []
    offsets: list[int] = []
    pos = 0
    for run in _NEEDS_TABLE.finditer(text):  # between runs every character stays as it is
        out.append(text[pos : run.start()])
        offsets.extend(range(base + pos, base + run.start()))
        for i in range(run.start(), run.end()):
            mapped = _TABLE[ord(text[i])]
            if mapped:
                out.append(mapped)
                offsets.extend([base + i] * len(mapped))
        pos = run.end()
    out.append(text[pos:])
    offsets.extend(range(base + pos, base + len(text)))
    return _fix_context("".join(out)), offsets


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a text: its normalised form and where it sits in the original."""

    norm: str
    offsets: tuple[int, ...]  # original offset of each normalised character

    @property
    def start(self) -> int:
        return self.offsets[0]

    @property
    def end(self) -> int:
        return self.offsets[-1] + 1

    def original(self, text: str, i: int = 0, j: int | None = None) -> str:
        """The original text behind normalised characters i..j (whitespace inside kept)."""
        j = len(self.norm) if j is None else j
        if i >= j:
            return ""
        return text[self.offsets[i] : self.offsets[j - 1] + 1]


def _line_parts(text: str) -> list[tuple[int, str, bool]]:
    """Lines as (offset, text without Markdown prefix, had a # heading mark)."""
    parts = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        m = _MD_PREFIX.match(body)
        cut = m.end() if m else 0
        parts.append((pos + cut, body[cut:], m is not None and "#" in m.group(0)))
        pos += len(line)
    return parts


def _ends_block(norm: str, heading: bool, nxt: str) -> bool:
    """Whether a line break after this line also ends a sentence.

    Lines wrapped inside a sentence (a copy from PDF, a hard-wrapped e-mail)
    join the next line. A break ends the sentence after terminal punctuation
    or a colon, after a Markdown heading, and after a short line (≤ 40
    characters, not ending in ，、) that is a numbered heading or is followed
    by a blank line, a heading or a salutation (title, byline).
    """
    if heading or norm[-1] in _TERMINAL:
        return True
    if len(norm) > 40 or norm[-1] in "，、":
        return False
    if match_heading(norm) is not None:
        return True
    nxt = canonical(_MD_PREFIX.sub("", nxt))
    return not nxt or nxt[-1] == "：" and len(nxt) <= 30 or match_heading(nxt) is not None


def _blocks(text: str, mapped: bool) -> list[tuple[str, list[int]]]:
    """Paragraph-like runs of normalised text with their offsets (empty offsets if not mapped)."""
    lines = _line_parts(text)
    blocks: list[tuple[str, list[int]]] = []
    cur: list[str] = []
    cur_off: list[int] = []
    for idx, (base, body, heading) in enumerate(lines):
        if mapped:
            norm, offs = canonical_mapped(body, base)
        else:
            norm, offs = canonical(body), []
        if not norm:
            continue
        cur.append(norm)
        cur_off.extend(offs)
        nxt = lines[idx + 1][1] if idx + 1 < len(lines) else ""
        if _ends_block(norm, heading, nxt):
            blocks.append(("".join(cur), cur_off))
            cur, cur_off = [], []
    if cur:
        blocks.append(("".join(cur), cur_off))
    return blocks


def sentence_texts(text: str) -> list[str]:
    """Normalised sentences of `text` (fast path used when indexing sources)."""
    out: list[str] = []
    for block, _ in _blocks(text, mapped=False):
        out.extend(split_sentences(block))
    return out


def sentences(text: str) -> list[Sentence]:
    """Normalised sentences of `text`, each with the original offsets of its characters."""
    out: list[Sentence] = []
    for block, offs in _blocks(text, mapped=True):
        pos = 0
        for part in split_sentences(block):
            start = block.index(part, pos)
            out.append(Sentence(part, tuple(offs[start : start + len(part)])))
            pos = start + len(part)
    return out
