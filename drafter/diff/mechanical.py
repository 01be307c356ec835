"""What writers change mechanically when they reuse a sentence: level words, figures, years, places.

(And the number of a heading, which the renderer generates.)

A county's writer copies a city's speech and turns 全市 into 全县, 市委、市政府
into 县委、县政府, drops 江门市 and the plan's years, and leaves out the
figures. None of that is new writing. `scoring_form` removes these differences
before two sentences are compared: level words become one token per kind
(全市 and 全县 read the same), figures, years and place names are dropped.
`changes_of` names, for one alignment, the edits that are only such changes.

Everything works on canonical text (see `normalize`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from drafter.diff.report import Change
from drafter.gazetteer import find_places
from drafter.places import tier_words

LEVEL, FIGURE, YEAR, PLACE, NUMBERING = "层级词", "数字", "年份", "地名", "序号"

LEVEL_WORDS = tier_words()  # the level table (drafter/data/levels.yaml), by tier
_LV = "".join(LEVEL_WORDS)  # 省市县区乡镇
_Y = r"(?:\d{2}(?:\d{2}|[xX]{2})|[〇零一二三四五六七八九]{4})"
_YEAR = re.compile(rf"（{_Y}年?[-–—~～至到]{_Y}年）|{_Y}年?[-–—~～至到]{_Y}年|{_Y}年")
_NUMBERING = re.compile(
    r"（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}、|\d{1,2}[、.]"
)
_CN = "零〇一二两三四五六七八九十百千万亿"
_FIGURE = re.compile(
    rf"百分之[{_CN}点]+|\d[\dxX]*(?:\.\d+)?(?:%|‰|个百分点)?|[{_CN}]{{2,}}(?:个百分点)?"
)
_LEVEL_FIELDS = ("scope", "we", "party", "government", "below", "own_depts", "wcwc")
# Each level word of every level → its token (the same for 全市, 全县, 全镇 …).
_LEVEL_TOKENS = {
    getattr(words, field): chr(0xE000 + n)  # one private-use character per kind
    for words in LEVEL_WORDS.values()
    for n, field in enumerate(_LEVEL_FIELDS)
}
# Every branch opens with a literal character, so the engine skips at once the positions no level word starts at
# ([省市县区乡镇](?:人大…) written as one branch made it try every branch at every position; same matches, #18).
_LEVEL = re.compile(
    "|".join(re.escape(w) for w in sorted(_LEVEL_TOKENS, key=len, reverse=True))
    + "".join(f"|{tier}{body}" for tier in _LV for body in ("人大", "政协", "妇联", "纪委", "直"))
    + rf"|本[{_LV}]"
)


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of canonical text that is a level word, figure, year or place name."""

    start: int
    end: int
    kind: str


@lru_cache(maxsize=65536)
def mechanical_spans(text: str) -> tuple[Span, ...]:
    """The non-overlapping mechanical stretches of `text`, in order.

    Years win over figures (2023年 is a year), place names over level words
    (江门市委 starts with a place). The number of a heading (一、 （一） 1.) counts
    at the start only: the renderer numbers headings, writers renumber them.
    """
    taken = [False] * len(text)
    spans: list[Span] = []

    def take(start: int, end: int, kind: str) -> None:
        if end > start and not any(taken[start:end]):
            taken[start:end] = [True] * (end - start)
            spans.append(Span(start, end, kind))

    if m := _NUMBERING.match(text):
        take(m.start(), m.end(), NUMBERING)
    for m in _YEAR.finditer(text) if "年" in text else ():  # every year ends in 年
        take(m.start(), m.end(), YEAR)
    for _, start, end in find_places(text):
        take(start, end, PLACE)
    for m in _FIGURE.finditer(text):
        take(m.start(), m.end(), FIGURE)
    for m in _LEVEL.finditer(text):
        take(m.start(), m.end(), LEVEL)
    return tuple(sorted(spans, key=lambda s: s.start))


@lru_cache(maxsize=65536)
def scoring_form(text: str) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """`text` with level words tokenised and figures, years and places dropped.

    Returns the form and, for each of its characters, the start and end offsets
    in `text` of what it stands for (a token stands for its whole level word).
    """
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for span in mechanical_spans(text):
        out.append(text[pos : span.start])
        starts.extend(range(pos, span.start))
        ends.extend(range(pos + 1, span.start + 1))
        if span.kind == LEVEL:
            token = _LEVEL_TOKENS.get(text[span.start : span.end]) or _generic(span, text)
            out.append(token)
            starts.extend([span.start] * len(token))
            ends.extend([span.end] * len(token))
        pos = span.end
    out.append(text[pos:])
    starts.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    return "".join(out), tuple(starts), tuple(ends)


def _generic(span: Span, text: str) -> str:
    return re.sub(f"[{_LV}]", "\ue0ff", text[span.start : span.end])


def _covering(spans: tuple[Span, ...], start: int, end: int) -> list[Span]:
    return [s for s in spans if s.start < end and s.end > start]


def _only_spans(text: str, start: int, end: int, spans: list[Span]) -> bool:
    """Whether every non-punctuation character of text[start:end] lies in `spans`."""
    return all(
        not text[k].isalnum() or any(s.start <= k < s.end for s in spans) for k in range(start, end)
    )


def classify(src: str, dst: str, op: tuple[str, int, int, int, int]) -> tuple[Change, tuple] | None:
    """The mechanical change an edit makes (None when it is a real edit of wording).

    Returns the change and the keys of the spans it covers: a word changed by
    several character edits (（一） → 二、) is one change, reported once.
    """
    _, i1, i2, j1, j2 = op
    src_spans = _covering(mechanical_spans(src), i1, i2)
    dst_spans = _covering(mechanical_spans(dst), j1, j2)
    if not src_spans and not dst_spans:
        return None
    if not (_only_spans(src, i1, i2, src_spans) and _only_spans(dst, j1, j2, dst_spans)):
        return None
    kind = (src_spans or dst_spans)[0].kind
    old = src[src_spans[0].start : src_spans[-1].end] if src_spans else ""
    new = dst[dst_spans[0].start : dst_spans[-1].end] if dst_spans else ""
    keys = tuple(("source", s.start) for s in src_spans) + tuple(
        ("draft", s.start) for s in dst_spans
    )
    return Change(kind, old, new), keys
