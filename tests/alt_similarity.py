"""Whether the alternatives of an {% alt %} block are really different wording.

`drafter diff` calls a sentence the same as another when it is verbatim, edited
(similarity ≥ 0.65 after level words, figures and places) or recombined from its
clauses; alternatives that are the same sentence by that measure do not make two
drafts differ. Neither does an alternative that keeps the same words in another
order ("排查治理道路安全隐患" / "道路安全隐患要排查治理"): `drafter diff` reads
characters in order and misses it, so the bigram Dice coefficient catches it.
Used by tests/test_alternatives.py and bench/alternatives_report.py.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations

from drafter.diff import SourceDoc, Status, diff_text

_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
_SAME = {Status.VERBATIM, Status.EDITED, Status.RECOMBINED}
_NOT_WORDS = re.compile(r"[\W_]+")
REORDERED = 0.60


def plain(source: str) -> str:
    """An alternative as text: placeholders become a level word, so both sides read alike."""
    return _JINJA.sub("全县", source).strip()


def bigram_dice(a: str, b: str) -> float:
    """Share of character bigrams two texts have in common (Dice coefficient, 0..1).

    Order-blind: the same words shuffled into another sentence score high, which
    is what an alternative must not be. Punctuation and spaces are left out so
    that "排查、整治" and "排查整治" count alike.
    """
    x, y = (Counter(pairs(_NOT_WORDS.sub("", s))) for s in (a, b))
    total = sum(x.values()) + sum(y.values())
    return 2 * sum((x & y).values()) / total if total else 0.0


def pairs(text: str) -> list[str]:
    """The character bigrams of a text, in order."""
    return [text[i : i + 2] for i in range(len(text) - 1)]


def too_alike(block: list[str]) -> list[tuple[str, str]]:
    """Pairs of alternatives that share most bigrams, or in which some sentence of one is the same sentence as in the other."""
    out = []
    for a, b in combinations(block, 2):
        if not plain(a) or not plain(b):
            continue
        if bigram_dice(plain(a), plain(b)) >= REORDERED:
            out.append((a, b))
            continue
        report = diff_text(plain(b), [SourceDoc("a", plain(a))])
        if any(s.status in _SAME for s in report.sentences):
            out.append((a, b))
    return out
