"""Three-way merge of a speech: the old rendering, the writer's edited file, the new rendering.

`drafter update` re-renders a draft with changed answers; the writer's hand
edits must survive. The merge works paragraph by paragraph, and inside a
paragraph both sides changed, sentence by sentence. A sentence the writer
edited whose new rendering differs only in level words (我县 → 我市) keeps the
writer's text with its level words changed too. What still clashes is marked
with 【原稿】/【新稿】 blocks a writer understands, and reported.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from drafter.text import split_sentences

CONFLICT_START = "【修改冲突：请保留其中一种写法，并删去这些【】标记】"
OURS_MARK = "【原稿】（您手工修改过的文字）"
THEIRS_MARK = "【新稿】（按新答案重新生成的文字）"
CONFLICT_END = "【冲突结束】"
CONFLICT_MARKS = (CONFLICT_START, OURS_MARK, THEIRS_MARK, CONFLICT_END)

_PARA_SPLIT = re.compile(r"\n\s*\n")


@dataclass(frozen=True, slots=True)
class Conflict:
    """One passage both the writer and the new rendering changed."""

    ours: str
    theirs: str
    base: str


@dataclass(frozen=True, slots=True)
class MergeResult:
    """The merged text and the passages left for the writer to decide."""

    text: str
    conflicts: tuple[Conflict, ...]


def merge_texts(
    base: str, ours: str, theirs: str, relevel: Mapping[str, str] | None = None
) -> MergeResult:
    """Merge the writer's edits (`ours`, made on `base`) into the new rendering `theirs`.

    Args:
        base: the text drafter wrote last time.
        ours: that text as the writer edited it.
        theirs: the new rendering with the changed answers.
        relevel: old → new words (level words, place names) that the new
            rendering changed mechanically; applied to the writer's own
            sentences where they clash only by these words.
    """
    swap = _Relevel(relevel or {})
    conflicts: list[Conflict] = []
    out: list[str] = []
    drafted = set(_paragraphs(base)) | set(_paragraphs(theirs))
    for region in merge3(_paragraphs(base), _paragraphs(ours), _paragraphs(theirs)):
        if isinstance(region, _Clash):
            out.extend(_merge_paragraphs(region, swap, conflicts))
        else:  # a paragraph drafter never wrote is the writer's own: it follows the new place too
            out.extend(p if p in drafted else swap.apply(p) for p in region)
    text = "\n\n".join(p for p in out if p.strip())
    return MergeResult(text + ("\n" if theirs.endswith("\n") else ""), tuple(conflicts))


def has_conflict_marks(text: str) -> bool:
    return any(mark in text for mark in CONFLICT_MARKS)


def _paragraphs(text: str) -> list[str]:
    return [p.strip("\n") for p in _PARA_SPLIT.split(text.strip("\n")) if p.strip()]


@dataclass(frozen=True, slots=True)
class _Clash:
    base: tuple[str, ...]
    ours: tuple[str, ...]
    theirs: tuple[str, ...]


def merge3(
    base: Sequence[str], ours: Sequence[str], theirs: Sequence[str]
) -> list[list[str] | _Clash]:
    """Three-way merge of sequences: resolved runs as lists, clashes as `_Clash`.

    Each side's changes are edits of base ranges. Edits of disjoint ranges
    (touching is fine) are all applied; identical edits once; edits of
    overlapping ranges, or two insertions at one place, make a clash.
    """
    edits = sorted(
        [(*e, 0) for e in _edits(base, ours)] + [(*e, 1) for e in _edits(base, theirs)],
        key=lambda e: (e[0], e[1]),
    )
    regions: list[list[str] | _Clash] = []
    at = 0
    i = 0
    while i < len(edits):
        group = [edits[i]]
        lo, hi = edits[i][0], edits[i][1]
        i += 1
        while i < len(edits) and _overlaps(lo, hi, edits[i][0], edits[i][1]):
            group.append(edits[i])
            hi = max(hi, edits[i][1])
            i += 1
        regions.append(list(base[at:lo]))
        regions.append(_resolve(base, lo, hi, group))
        at = hi
    regions.append(list(base[at:]))
    return [r for r in regions if isinstance(r, _Clash) or r]


def _edits(base: Sequence[str], other: Sequence[str]) -> list[tuple[int, int, tuple[str, ...]]]:
    """Changes from base to other as (base start, base end, replacement)."""
    from difflib import SequenceMatcher  # here: check reads CONFLICT_MARKS only

    matcher = SequenceMatcher(None, base, other, autojunk=False)
    return [
        (b0, b1, tuple(other[o0:o1]))
        for tag, b0, b1, o0, o1 in matcher.get_opcodes() if tag != "equal"
    ]  # fmt: skip


def _overlaps(lo: int, hi: int, start: int, end: int) -> bool:
    """Whether an edit starting at `start` (edits come sorted) clashes with the group [lo, hi).

    Edits that only touch do not clash; an insertion clashes with another
    insertion at the same place, or with a change that starts where it stands.
    """
    del end  # sorted by start: only where the next edit starts matters
    return start == lo if lo == hi else start < hi


def _resolve(
    base: Sequence[str], lo: int, hi: int, group: list[tuple[int, int, tuple[str, ...], int]]
) -> list[str] | _Clash:
    """One side's text over base[lo:hi] (its edits applied), or a clash when both edited it."""
    sides = [_apply(base, lo, hi, [e for e in group if e[3] == side]) for side in (0, 1)]
    if len({e[3] for e in group}) == 1:
        return sides[group[0][3]]
    if sides[0] == sides[1]:
        return sides[0]
    return _Clash(tuple(base[lo:hi]), tuple(sides[0]), tuple(sides[1]))


def _apply(
    base: Sequence[str], lo: int, hi: int, edits: list[tuple[int, int, tuple[str, ...], int]]
) -> list[str]:
    out: list[str] = []
    at = lo
    for start, end, new, _ in edits:
        out += list(base[at:start]) + list(new)
        at = end
    return out + list(base[at:hi])


def _merge_paragraphs(clash: _Clash, swap: _Relevel, conflicts: list[Conflict]) -> list[str]:
    """Paragraphs changed on both sides: merge their sentences, then re-level, then mark."""
    if len(clash.base) == len(clash.ours) == len(clash.theirs):
        return [
            _merge_sentences(_Clash((b,), (o,), (t,)), swap, conflicts)
            for b, o, t in zip(clash.base, clash.ours, clash.theirs, strict=True)
        ]
    if all(swap.explains(b, t) for b, t in zip(clash.base, clash.theirs, strict=False)) and len(
        clash.base
    ) == len(clash.theirs):
        return [swap.apply(p) for p in clash.ours]
    conflicts.append(
        Conflict("\n\n".join(clash.ours), "\n\n".join(clash.theirs), "\n\n".join(clash.base))
    )
    return [_marked("\n\n".join(clash.ours), "\n\n".join(clash.theirs))]


def _merge_sentences(clash: _Clash, swap: _Relevel, conflicts: list[Conflict]) -> str:
    base, ours, theirs = clash.base[0], clash.ours[0], clash.theirs[0]
    if swap.explains(base, theirs):
        return swap.apply(ours)
    if _is_heading(base) or _is_heading(ours) or _is_heading(theirs):
        pieces = merge3([base], [ours], [theirs])
    else:
        pieces = merge3(split_sentences(base), split_sentences(ours), split_sentences(theirs))
    out: list[str] = []
    for piece in pieces:
        if not isinstance(piece, _Clash):
            out.extend(piece)
        elif all(
            swap.explains(b, t) for b, t in zip(piece.base, piece.theirs, strict=False)
        ) and len(piece.base) == len(piece.theirs):
            out.extend(swap.apply(s) for s in piece.ours)
        else:
            conflicts.append(
                Conflict("".join(piece.ours), "".join(piece.theirs), "".join(piece.base))
            )
            return _marked(ours, theirs)
    return "".join(out)


def _is_heading(paragraph: str) -> bool:
    return paragraph.startswith("#")


def _marked(ours: str, theirs: str) -> str:
    return "\n\n".join(
        [
            CONFLICT_START,
            OURS_MARK,
            ours or "（已删去）",
            THEIRS_MARK,
            theirs or "（已删去）",
            CONFLICT_END,
        ]
    )


class _Relevel:
    """Mechanical word swaps (old → new level words and place names), longest first."""

    def __init__(self, pairs: Mapping[str, str]) -> None:
        self.pairs = {old: new for old, new in pairs.items() if old and old != new}
        keys = sorted(self.pairs, key=len, reverse=True)
        self.pattern = re.compile("|".join(map(re.escape, keys))) if keys else None

    def apply(self, text: str) -> str:
        if self.pattern is None:
            return text
        return self.pattern.sub(lambda m: self.pairs[m.group()], text)

    def explains(self, old: str, new: str) -> bool:
        """Whether `new` is `old` with only these swaps made."""
        return self.pattern is not None and old != new and self.apply(old) == new
