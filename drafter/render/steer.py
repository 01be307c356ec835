"""What steers selection besides fit: the originality budget and the user's earlier speeches.

- **Budget**: no source speech (a fragment's `source` and `also_from`) may provide
  more than `max_share` of the draft, and no fragment may carry a verbatim run
  longer than `max_run` characters of one source. Selection estimates both from
  the fragments' literal text; `drafting` then measures the rendered draft with the
  diff engine and plans again without a source that still exceeds it.
- **Past**: texts of earlier speeches (`--avoid`, and the history of the same place
  and meeting). A fragment most of whose wording they already hold is chosen only
  when nothing else fits, and within a fragment the alternative phrasings they
  hold are passed over (`drafter.library.alternatives`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from drafter.library import fragment_texts
from drafter.library.alternatives import split_alternatives, text_key, without_alternatives
from drafter.model import Fragment

SHINGLE = 8  # characters: long enough that a shared shingle is shared wording, not a set phrase
USED_SHARE = 0.5  # a text is "said before" when this share of its shingles is in the past texts

_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
_SPACES = re.compile(r"\s+")  # compiled once, not looked up in re's cache per piece (#18)
_NOT_WORDS = re.compile(r"[\s，。；：！？、“”‘’（）《》〈〉,.;:!?()\"'\-—…·]+")


def literal_runs(source: str) -> list[str]:
    """The literal wording of a Jinja text: runs between placeholders and punctuation."""
    return [r for r in _NOT_WORDS.split(_JINJA.sub("\0", source).replace("\0", " ")) if r]


def _shingles(runs: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for run in runs:
        out.update(run[i : i + SHINGLE] for i in range(len(run) - SHINGLE + 1))
    return out


class Past:
    """Earlier speeches, as the set of their wording's shingles."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.shingles = _shingles(r for t in texts for r in _NOT_WORDS.split(t) if r)
        self._used: dict[str, bool] = {}  # by fragment id: selection asks about each many times

    def __bool__(self) -> bool:
        return bool(self.shingles)

    def said(self, source: str) -> bool:
        """True when the past texts already hold most of this (Jinja) text's wording."""
        mine = _shingles(literal_runs(source))
        return bool(mine) and len(mine & self.shingles) >= USED_SHARE * len(mine)

    def used(self, fragment: Fragment) -> bool:
        """The fragment was used before: its wording outside alternatives (or every phrasing) was said."""
        found = self._used.get(fragment.id)
        if found is None:
            found = self._used[fragment.id] = self._said_before(fragment)
        return found

    def _said_before(self, fragment: Fragment) -> bool:
        texts = fragment_texts(fragment)
        fixed = " ".join(without_alternatives(t) for t in texts)
        if _shingles(literal_runs(fixed)):
            return self.said(fixed)
        return any(self.said(alt) for t in texts for block in split_alternatives(t) for alt in block)

    def avoided(self, fragment: Fragment, key: str) -> set[int]:
        """Alternatives of block `key` (`<text key>.<ordinal>`) of `fragment` said before."""
        text_id, _, ordinal = key.partition(".")
        for text in fragment_texts(fragment):
            if text_key(text) == text_id:
                blocks = split_alternatives(text)
                if ordinal.isdigit() and int(ordinal) < len(blocks):
                    return {i for i, alt in enumerate(blocks[int(ordinal)]) if self.said(alt)}
        return set()


@dataclass(frozen=True, slots=True)
class Steer:
    """The originality budget and the past, as selection preferences."""

    past: Past | None = None
    max_share: float = 0.30
    max_run: int = 200
    expected_chars: int = 3600  # a draft's usual length, for the share of one fragment
    excluded: frozenset[str] = field(default_factory=frozenset)  # sources over budget when measured

    def fresh(self, fragment: Fragment) -> bool:
        return self.past is None or not self.past.used(fragment)

    def within_budget(self, fragment: Fragment, chosen: Sequence[Fragment]) -> bool:
        """Adding `fragment` keeps every source within the share and no run beyond `max_run`."""
        speeches = _speeches(fragment)
        if not speeches:
            return True
        if speeches & self.excluded or _longest_run(fragment) > self.max_run:
            return False
        limit = self.max_share * self.expected_chars
        for speech in speeches:
            used = sum(_chars(g) for g in chosen if speech in _speeches(g))
            if used + _chars(fragment) > limit:
                return False
        return True


def _speeches(fragment: Fragment) -> frozenset[str]:
    source = fragment.source
    return frozenset(source.speeches) if source is not None and not source.is_authored else frozenset()


# Unbounded (one entry per fragment version met): a bounded cache moves the entry it hits to the front of its list,
# a write that costs each child of the resident drafter, which holds these for the whole shipped library, a page copy.
@functools.cache
def _chars(fragment: Fragment) -> int:
    return sum(len(r) for t in fragment_texts(fragment) for r in literal_runs(t))


@functools.cache
def _longest_run(fragment: Fragment) -> int:
    """The longest stretch of literal text (punctuation included) between two placeholders,
    within one paragraph of the fragment (its intro, ending, or a sub-point with its heading)."""
    texts = [fragment.text, fragment.heading, fragment.ending]
    texts += [s.heading + s.text + "".join(i.heading + i.text for i in s.items) for s in fragment.subpoints]
    pieces = (p for t in texts for p in _JINJA.sub("\0", t).split("\0"))
    return max((len(_SPACES.sub("", p)) for p in pieces), default=0)


NO_STEER = Steer()  # the defaults: the budget, no past texts
