"""Two points on one idea: a heading's key phrase said again by another fragment of the draft.

`repeat.too_close` catches shared and near-identical sentences and headings. Two
fragments can still make the same point in other sentences: 教育投入只能增加、不能减少
as one point's heading after another said 教育投入也只能增加不能减少; a sub-point 靠改革开放
为发展注入动力 (向改革要动力) before the point 向重点领域改革要动力; 取长补短 as a heading and
in the paragraph before it. A heading names what its passage is about, so a 4-character
run of a heading that few fragments of the library say (a key phrase, not house wording
such as 组织领导 or 高质量发展) found in another fragment's text marks the same idea twice.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from drafter.library import Library, fragment_texts
from drafter.model import Fragment
from drafter.render.repeat import headings_of

# A run said by at most this many places in the library (of ~1,350 fragments) is a key phrase: 取长补短 (11),
# 扑火人员 (6), 教育投入 (4); house wording is said far more often (组织领导 32, 第一时间 106, 高质量发 156).
KEY_PHRASE_COUNT = 12
_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]+")
_RUN = re.compile(r"[\u4e00-\u9fff]{4,}")  # the pieces _NOT_HAN.split leaves, of 4 characters or more
_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")


def _runs(text: str) -> list[str]:
    """The runs of 4 Chinese characters or more of a text, Jinja taken out (no run spans an expression or a block).

    One findall per part, and no Jinja split for a text without a brace: a quarter less than splitting
    (every option of a draft is read once, #18).
    """
    return [r for part in (_JINJA.split(text) if "{" in text else (text,)) for r in _RUN.findall(part)]


@functools.lru_cache(maxsize=8192)
def heading_runs(fragment: Fragment) -> frozenset[str]:
    """The 4-character runs of a fragment's point and sub-point headings (each alternative on its own)."""
    grams: set[str] = set()
    for heading in headings_of(fragment):
        for run in _NOT_HAN.split(heading.replace("某", "|")):
            grams.update(run[i : i + 4] for i in range(len(run) - 3))
    return frozenset(grams)


@functools.lru_cache(maxsize=8192)
def plain_text(fragment: Fragment) -> str:
    """All of a fragment's Chinese text, its runs joined by a separator."""
    return "|".join(r for t in fragment_texts(fragment) for r in _runs(t))


# The key phrases of a library by the tuple of its fragments (a library holds a dict: it is not hashable itself).
_RARE: dict[int, tuple[tuple[Fragment, ...], Callable[[str], bool]]] = {}


def key_phrase_test(library: Library) -> Callable[[str], bool]:
    """Whether a 4-character run is a key phrase of this library (said in few places).

    The runs asked about are the library's heading runs: which of them are rare is worked out
    once per library content and kept in the cache folder (counting them over the whole library
    text costs a draft a few hundred ms, #18); a run no heading has is counted in the text itself.
    """
    kept = _RARE.get(id(library.fragments))
    if kept is None or kept[0] is not library.fragments:
        if len(_RARE) >= 4:
            _RARE.clear()
        kept = _RARE[id(library.fragments)] = (library.fragments, _rare_test(library))
    return kept[1]


def _rare_test(library: Library) -> Callable[[str], bool]:
    # Counted over the whole library (a draft's library may be read in part: `whole()` reads the rest).
    common, heading = b"", b""
    if library.content:  # a library the load cache keeps (not a throw-away copy): count once, keep the result
        from drafter.cachefile import cached
        from drafter.files import cache_key

        key = cache_key(library.content.encode(), Path(__file__).read_bytes())
        common, heading = cached(
            "keyphrases", key, lambda: _common_heading_runs(library.whole().fragments), valid=_kept_shape
        )
    text: list[str] = []

    @functools.lru_cache(maxsize=16384)
    def rare(run: str) -> bool:
        if len(run) == 4 and _among(heading, found := run.encode("utf-16-be")):
            return not _among(common, found)
        if not text:
            text.append("|".join(plain_text(f) for f in library.whole().fragments))
        return text[0].count(run) <= KEY_PHRASE_COUNT

    return rare


def _common_heading_runs(fragments: tuple[Fragment, ...]) -> tuple[bytes, bytes]:
    """(the heading runs said in more than KEY_PHRASE_COUNT places, every heading run) of these fragments.

    Each as one bytes object: the sorted runs end to end in UTF-16-BE, 8 bytes a run (`_among` looks a run
    up by bisection; a heading run is 4 Han characters, and UTF-16-BE bytes of BMP text sort as the text
    does). Bytes are read from the cache folder as they are, where a frozenset of the ~60,000 heading
    runs took ~15 ms and a str ~3 ms to rebuild on every draft (#18).
    """
    heading: set[str] = set()
    for fragment in fragments:
        heading |= heading_runs(fragment)
    counts = dict.fromkeys(heading, 0)
    for fragment in fragments:
        for run in plain_text(fragment).split("|"):
            ends: dict[str, int] = {}  # str.count counts occurrences of one run that do not overlap
            for i in range(len(run) - 3):
                gram = run[i : i + 4]
                if gram in counts and i >= ends.get(gram, 0):
                    counts[gram] += 1
                    ends[gram] = i + 4
    common = sorted(g for g, n in counts.items() if n > KEY_PHRASE_COUNT)
    return "".join(common).encode("utf-16-be"), "".join(sorted(heading)).encode("utf-16-be")


def _kept_shape(value: object) -> bool:
    return (
        isinstance(value, tuple)
        and len(value) == 2
        and all(isinstance(v, bytes) and len(v) % 8 == 0 for v in value)
    )


def _among(runs: bytes, run: bytes) -> bool:
    """Whether `run` (8 bytes) is one of `runs` (sorted 8-byte runs end to end)."""
    lo, hi = 0, len(runs) // 8
    while lo < hi:
        mid = (lo + hi) // 2
        here = runs[mid * 8 : mid * 8 + 8]
        if here == run:
            return True
        if here < run:
            lo = mid + 1
        else:
            hi = mid
    return False


@functools.lru_cache(maxsize=8192)
def text_grams(fragment: Fragment) -> frozenset[str]:
    """Every 4-character window of a fragment's Chinese runs: a heading run is in its text when it is one of these
    (a set lookup, where searching the text for each of a heading's runs cost a gathered draft ~55 M instructions)."""
    return frozenset(run[i : i + 4] for run in plain_text(fragment).split("|") for i in range(len(run) - 3))


def shared_ideas(a: Fragment, b: Fragment, rare: Callable[[str], bool]) -> frozenset[str]:
    """The key phrases a heading of one fragment shares with the text of the other."""
    if a.id == b.id:
        return frozenset()
    found = (heading_runs(a) & text_grams(b)) | (heading_runs(b) & text_grams(a))
    return frozenset(g for g in found if rare(g))


# Key phrases two fragments must share to be on one idea: two runs, i.e. a phrase of five characters or more
# (改革要动力, 扑火人员的安全) or two phrases; one run alone (学有所获, 摆上桌面) is a shared word, not a shared point.
SHARED_RUNS = 2


def says_again(fragment: Fragment, others: list[Fragment], rare: Callable[[str], bool]) -> bool:
    """True when `fragment` and one of `others` are about one idea (see `shared_ideas`)."""
    return any(len(shared_ideas(fragment, other, rare)) >= SHARED_RUNS for other in others)


# A part the user asked to draw again (换一段, `update --swap`) may give up this preference when every other
# fragment for it echoes a point the draft keeps: the user's request outranks a soft preference.
_RELAXED = contextvars.ContextVar("ideas_relaxed", default=False)


@contextlib.contextmanager
def relaxed() -> Iterator[None]:
    """Within the block, selection does not prefer fragments that make a new point (`says_again`)."""
    token = _RELAXED.set(True)
    try:
        yield
    finally:
        _RELAXED.reset(token)


def preferred() -> bool:
    """Whether selection prefers fragments that make no point the draft already made."""
    return not _RELAXED.get()
