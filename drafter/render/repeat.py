"""What would make a draft say the same thing twice: shared or near-identical sentences and headings, thanks.

Two fragments are too close when they share a sentence, when two of their
headings (point or sub-point) are near-identical (加强组织领导 / 强化组织领导),
or when two of their longer sentences are (one edited copy of the other).
Results are cached per pair: fitting a length tries many plans over the same
fragments; while a plan is chosen they are also remembered on disk between
drafts (`closeness`), since working them out is most of what planning costs.
"""

from __future__ import annotations

import functools
import re
import sys
from typing import Any

from rapidfuzz import fuzz, process

from drafter.library import fragment_texts
from drafter.model import Fragment
from drafter.render import closeness
from drafter.text import count_han, split_sentences

# A heading this similar to another announces the same task (ratio of 0–100).
HEADING_SIMILARITY = 80
# A sentence this similar to another says the same thing in other words.
SENTENCE_SIMILARITY = 82
# Share of one passage's 4-character runs found in a passage of another fragment: above this the
# two cover the same ground (authored points of one topic stay below 0.2; cut-and-edited copies
# of one speech reach 0.3 and more).
CONTENT_OVERLAP = 0.3
_MIN_GRAMS = 60
_MIN_SENTENCE = 15
_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")
_BLOCK = re.compile(r"\{%.*?%\}")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# 表示感谢、致以崇高的敬意、衷心感谢 …: the words a speech thanks its audience with.
_THANKS = re.compile(
    r"(?:表示|致以|致|道)[^。！？]{0,24}?(?:感谢|谢意|敬意|问候|慰问)|衷心(?:地)?感谢|诚挚(?:地)?感谢|谢谢"
)


def _plain(text: str) -> str:
    """Text with Jinja expressions as one neutral character, for comparing wording."""
    return _JINJA.sub("某", text).replace("\n", "")


# Unbounded (one entry per fragment version met), as `thanks`: the resident drafter works these out for the whole shipped
# library before it forks its worker (a bounded cache would write to the entry it hits, a page copy in each child).
@functools.cache
def sentences_of(fragment: Fragment) -> tuple[str, ...]:
    """The longer sentences of a fragment (headings excluded), in plain text."""
    found: list[str] = []
    for text in fragment_texts(fragment):
        # Each alternative is a text of its own: a block of short lead-ins every point of a topic offers
        # ({% alt %}重点抓好以下…{% or %}…{% endalt %}) is no long sentence they share.
        for part in _BLOCK.split(text):
            for sentence in split_sentences(_plain(part)):
                if count_han(sentence) >= _MIN_SENTENCE and sentence not in found:
                    found.append(sentence)
    return tuple(found)


@functools.cache
def headings_of(fragment: Fragment) -> tuple[str, ...]:
    """The point heading and every sub-point heading, without end punctuation."""
    heads = [fragment.heading, *(s.heading for s in fragment.subpoints)]
    heads += [i.heading for s in fragment.subpoints for i in s.items]
    alternatives = [part for x in heads for part in _BLOCK.split(x)]  # each {% alt %} heading on its own
    return tuple(
        h for h in (_plain(x).strip().rstrip("。；，：") for x in alternatives) if count_han(h) >= 4
    )


# The 255 characters our library's sentences and headings use most (punctuation too), each swapped with one of the
# code points 1–255 (and back: a permutation, so any two strings are equal where they were). The fuzzy ratio only
# asks which characters are equal, so it is unchanged, and rapidfuzz finds a character under 256 in a table, not a
# hash map: comparing a pair of long fragments' sentences costs ~2.5x less (#18: the pairs a new draft compares).
_COMMON = (
    "，、的要。和一不作人业工有实在把发好群动是能建众到务用保全对让管理生上时大部展推成力重安事某地化法为中会进来政任设强家责"
    "学防问出得就题基关加党员企行新开服查提同心项干做治落民方体位资等制合多经定产规量机办们个以了更点护现改决教农层社导持度面"
    "起高风入门主育区组各抓都处村下清监公这织确解期老情看分火严及通水“”效明整施住信平环质坚年场领策统子报险单志长态目结依求"
    "向常活性线也我督自后守意准文网本健难件医障过职女前应共调儿从营数格每形才系检源协与间范程金头最里妇立创道置支接引乡童先收"
    "集校增传市助城可身放境些代优标"
)
_SWAP = {**{ord(c): i for i, c in enumerate(_COMMON, 1)}, **{i: ord(c) for i, c in enumerate(_COMMON, 1)}}


@functools.cache
def _compared_sentences(fragment: Fragment) -> tuple[str, ...]:
    """`sentences_of`, characters swapped (`_SWAP`) for comparing."""
    return tuple(s.translate(_SWAP) for s in sentences_of(fragment))


@functools.cache
def _compared_headings(fragment: Fragment) -> tuple[str, ...]:
    """`headings_of`, characters swapped (`_SWAP`) for comparing."""
    return tuple(h.translate(_SWAP) for h in headings_of(fragment))


def overlaps(a: Fragment, b: Fragment) -> bool:
    """True when two fragments share a sentence (e.g. a point and one of its sections)."""
    return a.id == b.id or bool(set(sentences_of(a)) & set(sentences_of(b)))


def too_close(a: Fragment, b: Fragment) -> bool:
    """True when a draft holding both would repeat itself (shared, near-identical sentence or heading)."""
    # (a length search asks each candidate against the plan's fragments at every grow step, ~4,000 times a draft)
    by_id = _too_close.by_id
    found = by_id.get(a, b)
    if found is not None:
        return found
    if a.id == b.id:
        return True
    key = (a.id, b.id) if a.id < b.id else (b.id, a.id)
    close = _too_close(key, a, b) if a.id < b.id else _too_close(key, b, a)
    by_id.put(a, b, close)
    return close


class IdentityPairs:
    """Answers about two fragment objects asked again, kept by the objects' identities: no hashing of either fragment
    (`too_close`, `ideas.idea_count`). Each entry holds both objects, so their ids are no other's while it is kept; at
    `KEPT` entries it starts afresh. An answer is never None."""

    __slots__ = ("answers",)
    KEPT = 65536

    def __init__(self) -> None:
        self.answers: dict[tuple[int, int], tuple[Fragment, Fragment, Any]] = {}

    def get(self, a: Fragment, b: Fragment) -> Any:
        """The answer kept for (a, b), or None."""
        found = self.answers.get((id(a), id(b)))
        return found[2] if found is not None and found[0] is a and found[1] is b else None

    def put(self, a: Fragment, b: Fragment, answer: Any) -> None:
        if len(self.answers) >= self.KEPT:
            self.answers.clear()
        self.answers[(id(a), id(b))] = (a, b, answer)

    def clear(self) -> None:
        self.answers.clear()


class _PairMemo:
    """`_close` memoised by its arguments (an LRU), and `too_close`'s answers by the two fragments' identities in
    `by_id`; `cache_clear` empties both (tests that count what is worked out clear it)."""

    def __init__(self, close: Any) -> None:
        self.memo = functools.lru_cache(maxsize=65536)(close)
        self.by_id = IdentityPairs()

    def __call__(self, key: tuple[str, str], a: Fragment, b: Fragment) -> bool:
        return bool(self.memo(key, a, b))

    def cache_clear(self) -> None:
        self.memo.cache_clear()
        self.by_id.clear()

    def cache_info(self) -> Any:
        return self.memo.cache_info()


def _close(key: tuple[str, str], a: Fragment, b: Fragment) -> bool:
    settled = closeness.SETTLED[0] if closeness.SETTLED else closeness.ACTIVE_SETTLED.get()
    if settled is not None:  # the library's likely pairs, worked out in bulk by a resident drafter (settle.py)
        found = settled.answer(a, b)
        if found is not None:
            return bool(found)
    memo = closeness.ACTIVE.get()
    return memo.lookup(a, b, lambda: compute_too_close(a, b)) if memo else compute_too_close(a, b)


_too_close = _PairMemo(_close)


def compute_too_close(a: Fragment, b: Fragment) -> bool:
    """`too_close` worked out from the wording (for fragments of different ids; no memo)."""
    if overlaps(a, b):
        return True
    return (
        _any_similar(_compared_headings(a), _compared_headings(b), HEADING_SIMILARITY)
        or _any_similar(_compared_sentences(a), _compared_sentences(b), SENTENCE_SIMILARITY)
        or _same_ground(a, b)
    )


def _passage_texts(fragment: Fragment) -> list[str]:
    """The Han characters of each passage (intro, each sub-point with its items), in order."""
    texts = [fragment.text] + [
        s.heading + s.text + "".join(i.heading + i.text for i in s.items)
        for s in fragment.subpoints
    ]
    return ["".join(_HAN.findall(_plain(text))) for text in texts]


@functools.lru_cache(maxsize=8192)
def _passages(fragment: Fragment) -> tuple[frozenset[str], ...]:
    """The 4-character runs of each passage (intro, each sub-point with its items)."""
    found = []
    for han in _passage_texts(fragment):
        grams = frozenset(han[i : i + 4] for i in range(len(han) - 3))
        if len(grams) >= _MIN_GRAMS:
            found.append(grams)
    return tuple(found)


def _same_ground(a: Fragment, b: Fragment) -> bool:
    """True when a passage of one shares much of its wording with a passage of the other."""
    if "numpy" in sys.modules:  # the resident drafter: the same counts, as arrays (see `_gram_table`)
        return _same_ground_at_once(a, b)
    return any(
        len(x & y) > CONTENT_OVERLAP * min(len(x), len(y))
        for x in _passages(a)
        for y in _passages(b)
    )


@functools.lru_cache(maxsize=4096)
def _gram_table(fragment: Fragment) -> tuple[Any, Any, Any] | None:
    """`_passages` as arrays: every 4-character run of the fragment's passages once (sorted, as an int: a Han
    character is under 2**16, so four of them fit 64 bits, one run one number), which passages hold each
    (a 0/1 matrix, run × passage) and each passage's number of runs. None: no passage has `_MIN_GRAMS` runs."""
    import numpy as np

    runs = []
    for han in _passage_texts(fragment):
        if len(han) < 4:
            continue
        c = np.frombuffer(han.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        codes = np.unique((c[:-3] << 48) | (c[1:-2] << 32) | (c[2:-1] << 16) | c[3:])
        if len(codes) >= _MIN_GRAMS:
            runs.append(codes)
    if not runs:
        return None
    every, where = np.unique(np.concatenate(runs), return_inverse=True)
    held = np.zeros((len(every), len(runs)), dtype=np.float32)
    held[where, np.repeat(np.arange(len(runs)), [len(r) for r in runs])] = 1.0
    return every, held, np.array([len(r) for r in runs], dtype=np.float64)


def _same_ground_at_once(a: Fragment, b: Fragment) -> bool:
    """`_same_ground` from `_gram_table`: the runs two passages share, counted for every pair in one product."""
    import numpy as np

    ta, tb = _gram_table(a), _gram_table(b)
    if ta is None or tb is None:
        return False
    _, ia, ib = np.intersect1d(ta[0], tb[0], assume_unique=True, return_indices=True)
    if not len(ia):
        return False
    shared = ta[1][ia].T @ tb[1][ib]  # passage × passage: runs held by both (exact: whole numbers under 2**24)
    return bool((shared > CONTENT_OVERLAP * np.minimum.outer(ta[2], tb[2])).any())


def _any_similar(left: tuple[str, ...], right: tuple[str, ...], cutoff: int) -> bool:
    """Whether some string of `left` and some of `right` have a `fuzz.ratio` of at least `cutoff`."""
    if not left or not right:
        return False
    # numpy loaded (the resident drafter loads it): every pair's ratio in one call, ~30% cheaper than a call per string
    # (#18: the pairs a new draft compares); a command in process does not import numpy for it (~60 ms)
    return (_similar_at_once if "numpy" in sys.modules else _similar_each)(left, right, cutoff)


def _similar_each(left: tuple[str, ...], right: tuple[str, ...], cutoff: int) -> bool:
    return any(
        process.extractOne(x, right, scorer=fuzz.ratio, score_cutoff=cutoff) is not None
        for x in left
    )


def _similar_at_once(left: tuple[str, ...], right: tuple[str, ...], cutoff: int) -> bool:
    """`_similar_each` in one call: the same scorer and cutoff, a score under the cutoff given as 0."""
    return bool(process.cdist(left, right, scorer=fuzz.ratio, score_cutoff=cutoff).any())


# 受到表彰的…, 向受表彰的…: the text presumes the meeting gave awards. Every phrase holds 彰, so
# a text without it is passed over unread (most are: selection asks this of every fragment).
_AWARDS = re.compile(r"受到表彰|受表彰|获得表彰|表彰的先进")
_AWARDS_CHARS = "彰"
# Every thanking phrase (_THANKS) holds one of these characters.
_THANKS_CHARS = "谢敬候慰"


# Unbounded (one entry per fragment version met): a bounded cache moves the entry it hits to the front of its list,
# a write that costs each child of the resident drafter, which holds these for the whole shipped library, a page copy.
@functools.cache
def mentions_awards(fragment: Fragment) -> bool:
    """True when the fragment speaks of award winners (right only at a meeting that gave awards)."""
    return any(_AWARDS.search(_plain(t)) for t in fragment_texts(fragment) if _holds_any(t, _AWARDS_CHARS))


@functools.cache
def thanks(fragment: Fragment) -> bool:
    """True when the fragment thanks someone (a draft does that once)."""
    return any(_THANKS.search(_plain(t)) for t in fragment_texts(fragment) if _holds_any(t, _THANKS_CHARS))


def _holds_any(text: str, chars: str) -> bool:
    """Whether `text` holds one of `chars` (`_plain` only takes characters away, and adds 某)."""
    for c in chars:  # noqa: SIM110 - a loop, not any(…): asked ~7,000 times a draft
        if c in text:
            return True
    return False
