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
import os
import re
from array import array
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from drafter.library import Library, fragment_texts
from drafter.model import Fragment
from drafter.render.repeat import IdentityPairs, headings_of

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


class _Ideas:
    """What a library's key phrases are (`rare`) and each fragment's (`kept`), each worked out or read when first asked."""

    __slots__ = ("fragments", "library", "rare_test", "kept", "kept_read", "counts")

    def __init__(self, library: Library) -> None:
        self.library, self.fragments = library, library.fragments
        self.rare_test: Callable[[str], bool] | None = None
        self.kept: _KeptIdeas | None = None
        self.kept_read = False
        self.counts = IdentityPairs()  # `idea_count`'s answers

    def rare(self) -> Callable[[str], bool]:
        if self.rare_test is None:
            self.rare_test = _rare_test(self.library)
        return self.rare_test

    def of(self, fragment: Fragment) -> tuple[frozenset[int], frozenset[int]] | None:
        """The fragment's kept key phrases (see `_KeptIdeas`), or None when none are kept for it."""
        if not self.kept_read:
            self.kept, self.kept_read = _KeptIdeas.open(self.library), True
        return self.kept.of(fragment) if self.kept is not None else None


# The key phrases of a library by its content key and the cache folder they are kept in (a library holds a dict: it
# is not hashable itself), or, when its content is not known, by the tuple of its fragments. What `_Ideas` works out
# depends on the whole library only (`rare` counts over `whole()`, the kept phrases are keyed by the content): every
# draft reads the library in part, each time into another Library object, and found none of it again (#18: the
# counts' key and file read again, every run's rarity looked up anew, ~0.6 ms of a new draft).
_RARE: dict[tuple[str, str] | int, _Ideas] = {}


def _ideas(library: Library) -> _Ideas:
    from drafter.cachefile import cache_folder

    key = (library.content, str(cache_folder())) if library.content else id(library.fragments)
    kept = _RARE.get(key)
    if kept is None or (not library.content and kept.fragments is not library.fragments):
        if len(_RARE) >= 4:
            _RARE.clear()
        kept = _RARE[key] = _Ideas(library)
    return kept


def key_phrase_test(library: Library) -> Callable[[str], bool]:
    """Whether a 4-character run is a key phrase of this library (said in few places).

    The runs asked about are the library's heading runs: which of them are rare is worked out
    once per library content and kept in the cache folder (counting them over the whole library
    text costs a draft a few hundred ms, #18); a run no heading has is counted in the text itself.
    """
    return _ideas(library).rare()


def _rare_test(library: Library) -> Callable[[str], bool]:
    # Counted over the whole library (a draft's library may be read in part: `whole()` reads the rest).
    # A library the load cache keeps (not a throw-away copy): count once, keep the result.
    common, heading = _kept_counts(library) if library.content else (b"", b"")
    text: list[str] = []

    @functools.lru_cache(maxsize=16384)
    def rare(run: str) -> bool:
        if len(run) == 4 and _among(heading, found := run.encode("utf-16-be")):
            return not _among(common, found)
        if not text:
            text.append("|".join(plain_text(f) for f in library.whole().fragments))
        return text[0].count(run) <= KEY_PHRASE_COUNT

    return rare


def _common_heading_runs(
    fragments: tuple[Fragment, ...], windows: list[set[str]] | None = None
) -> tuple[bytes, bytes]:
    """(the heading runs said in more than KEY_PHRASE_COUNT places, every heading run) of these fragments.

    Each as one bytes object: the sorted runs end to end in UTF-16-BE, 8 bytes a run (`_among` looks a run
    up by bisection; a heading run is 4 Han characters, and UTF-16-BE bytes of BMP text sort as the text
    does). Bytes are read from the cache folder as they are, where a frozenset of the ~60,000 heading
    runs took ~15 ms and a str ~3 ms to rebuild on every draft (#18). `windows`, when given, gets for each
    fragment the 4-character windows of its text that are heading runs (`_KeptIdeas`), found in the same pass.
    """
    heading: set[str] = set()
    for fragment in fragments:
        heading |= heading_runs(fragment)
    counts = dict.fromkeys(heading, 0)
    for fragment in fragments:
        seen: set[str] = set()
        for run in plain_text(fragment).split("|"):
            ends: dict[str, int] = {}  # str.count counts occurrences of one run that do not overlap
            for i in range(len(run) - 3):
                gram = run[i : i + 4]
                if gram in counts:
                    seen.add(gram)
                    if i >= ends.get(gram, 0):
                        counts[gram] += 1
                        ends[gram] = i + 4
        if windows is not None:
            windows.append(seen)
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
    return _position(runs, run) >= 0


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


def idea_count(library: Library) -> Callable[[Fragment, Fragment], int]:
    """How many key phrases two fragments of `library` share (`len(shared_ideas(…))`), answered from each fragment's
    kept key phrases when the cache folder holds them (working out every 4-character window of a gathered draft's
    ~26 fragments was half of its planning, #18), else worked out as `shared_ideas` does. Same answers either way
    (see `_KeptIdeas`)."""
    ideas = _ideas(library)
    counts = ideas.counts

    def count(fragment: Fragment, other: Fragment) -> int:
        # a length search asks the same pairs at every grow step (~700 times a draft): each worked out once
        found = counts.get(fragment, other)
        if found is not None:
            return int(found)
        mine = ideas.of(fragment)
        theirs = ideas.of(other) if mine is not None else None
        if mine is None or theirs is None:
            n = len(shared_ideas(fragment, other, ideas.rare()))
        else:
            n = 0 if fragment.id == other.id else len((mine[0] & theirs[1]) | (theirs[0] & mine[1]))
        counts.put(fragment, other, n)
        return n

    return count


def idea_test(library: Library) -> Callable[[Fragment, Sequence[Fragment]], bool]:
    """`says_again` for fragments of `library`, by `idea_count`."""
    count = idea_count(library)
    return lambda fragment, others: any(count(fragment, other) >= SHARED_RUNS for other in others)


class _KeptIdeas:
    """Each fragment's key phrases in its headings and in its text, kept per library content in the cache folder.

    For a fragment of the library, the key phrases (`rare`) of its headings are its heading runs that are not
    common, and those of its text are its 4-character windows that are some heading's run and not common; two
    fragments' `shared_ideas` are then the one's heading phrases found among the other's text phrases, both ways
    (a heading run of one is a heading run of the library, so it is rare exactly when it is not common). They are
    worked out once for the whole library (with `_rare_test`'s counts) and written to `keyideas-<key>.pickle`
    (key: the library's content and this code): an 8-byte length, a header (the sorted 8-byte content keys of the
    fragments, where each entry ends, how much of it is headings, each entry's XXH3-64) and the entries, each
    read from the file only when a draft asks for that fragment (a draft asks for ~30 of ~1,700). The file is
    written whole and renamed into place; an entry that does not hash to the header's digest, or a header of
    another shape, is not trusted: the fragment's key phrases are worked out as before.
    """

    __slots__ = ("file", "keys", "ends", "heads", "sums", "start", "known", "stamp", "blob")

    def __init__(self, file: Path, header: tuple[bytes, bytes, bytes, bytes], start: int,
                 stamp: tuple[int, ...] | None = None) -> None:  # fmt: skip
        self.file, self.start, self.stamp = file, start, stamp
        self.keys, self.sums = header[0], header[3]
        self.ends, self.heads = array("I", header[1]), array("I", header[2])
        self.known: dict[bytes, tuple[frozenset[int], frozenset[int]] | None] = {}
        self.blob: bytes | None = None  # every entry, when `read_all` read them from this very file

    @classmethod
    def open(cls, library: Library) -> _KeptIdeas | None:
        """The kept key phrases of `library`, written first when none are kept; None when the cache folder is off
        or the library is not one the load cache keeps (its content is not known)."""
        from drafter.cachefile import cache_folder

        folder = cache_folder()
        if folder is None or not library.content:
            return None
        file = folder / f"keyideas-{_kept_ideas_key(library)}.pickle"
        kept = cls._read(file)
        if kept is None:
            _write_kept_ideas(file, library)
            kept = cls._read(file)
        return kept

    @classmethod
    def _read(cls, file: Path) -> _KeptIdeas | None:
        import io

        from drafter.cachefile import _Unpickler, keep_in_use

        stamp = _file_stamp(file)  # before the read: a file replaced meanwhile is read again next time
        kept = _KEPT_FILES.get(file)
        if kept is not None and stamp is not None and kept.stamp == stamp:
            return kept
        try:
            with file.open("rb") as handle:
                length = int.from_bytes(handle.read(8), "little")
                raw = handle.read(length) if length <= 1 << 24 else b""
            header = _Unpickler(io.BytesIO(raw), frozenset()).load()
        except Exception:  # noqa: BLE001 - missing or damaged: worked out again
            return None
        if not _kept_header(header):
            return None
        keep_in_use(file)
        kept = cls(file, header[1:], 8 + length, stamp)
        if stamp is not None:
            if len(_KEPT_FILES) >= 4:
                _KEPT_FILES.clear()
            _KEPT_FILES[file] = kept
        return kept

    def read_all(self) -> None:
        """Read every entry at once (the resident drafter, before it forks: a child then opens the file for none),
        only from the file the header was read from."""
        try:
            with self.file.open("rb") as handle:
                if self.stamp is None or _stamp_of(os.fstat(handle.fileno())) != self.stamp:
                    return
                handle.seek(self.start)
                blob = handle.read(self.ends[-1])
        except (OSError, ValueError):
            return
        if len(blob) == self.ends[-1]:
            self.blob = blob

    def of(self, fragment: Fragment) -> tuple[frozenset[int], frozenset[int]] | None:
        """(key phrases of its headings, key phrases of its text), or None when not kept for this fragment.

        A key phrase is 4 Han characters, 8 bytes in UTF-16-BE: each is read as one integer (the same bytes give the
        same integer), so the sets are made in one call and compared as `shared_ideas` compares the runs."""
        from drafter.render.closeness import content_key

        key = content_key(fragment)
        if key not in self.known:
            n = _position(self.keys, key)
            self.known[key] = None if n < 0 else self._entry(n)
        return self.known[key]

    def _entry(self, n: int) -> tuple[frozenset[int], frozenset[int]] | None:
        from xxhash import xxh3_64_digest

        begin, end = self.ends[n], self.ends[n + 1]
        if self.blob is not None:
            data = self.blob[begin:end]
        else:
            try:  # the file's bytes without Python's buffered reader: a few µs a fragment
                fd = os.open(self.file, os.O_RDONLY | getattr(os, "O_BINARY", 0))
                try:
                    os.lseek(fd, self.start + begin, os.SEEK_SET)
                    data = os.read(fd, end - begin)
                finally:
                    os.close(fd)
            except OSError:
                return None
        split = self.heads[n] * 2
        if len(data) != end - begin or xxh3_64_digest(data) != self.sums[n * 8 : n * 8 + 8]:
            return None
        if split > len(data) or split % 8 or len(data) % 8 or _RUN_INT.itemsize != 8:
            return None  # not whole runs (a header of another drafter's making)
        return frozenset(array("Q", data[:split])), frozenset(array("Q", data[split:]))


# Kept key phrases this process has read, by file (each with the file's stamp when its header was read): a process
# that plans many drafts (serve, the resident drafter's children) reads each header once. Checked on every use.
_KEPT_FILES: dict[Path, _KeptIdeas] = {}


def _file_stamp(file: Path) -> tuple[int, ...] | None:
    try:
        return _stamp_of(os.stat(file))
    except OSError:
        return None


def _stamp_of(st: os.stat_result) -> tuple[int, ...]:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def read_kept_ideas() -> None:
    """Every entry of the kept key phrases this process has read (see `_KeptIdeas.read_all`)."""
    for kept in list(_KEPT_FILES.values()):
        kept.read_all()


_KEPT_IDEAS_VERSION = 1
_RUN_INT = array("Q")  # a kept run read as one integer: 8 bytes


def _kept_ideas_key(library: Library) -> str:
    from drafter.files import cache_key

    return cache_key(str(_KEPT_IDEAS_VERSION).encode(), library.content.encode(), *_kept_ideas_code())


@functools.lru_cache(maxsize=1)
def _kept_ideas_code() -> tuple[bytes, ...]:  # the code this process runs: read once, not on every draft
    here = Path(__file__).resolve().parent
    return tuple((here / name).read_bytes() for name in ("ideas.py", "repeat.py", "closeness.py"))


def _kept_header(header: object) -> bool:
    if not (isinstance(header, tuple) and len(header) == 5 and header[0] == _KEPT_IDEAS_VERSION):
        return False
    keys, ends, heads, sums = header[1:]
    if not all(isinstance(part, bytes) for part in (keys, ends, heads, sums)) or len(keys) % 8:
        return False
    n = len(keys) // 8
    return len(ends) == 4 * (n + 1) and len(heads) == 4 * n and len(sums) == 8 * n


def _write_kept_ideas(file: Path, library: Library) -> None:
    """Work out every fragment's key phrases (see `_KeptIdeas`) and write them to `file`."""
    import pickle

    from xxhash import xxh3_64_digest

    from drafter.cachefile import _prune, _write, write_cached
    from drafter.render.closeness import content_key

    # Counted again in one pass with each fragment's windows among heading runs (as long as counting alone), and
    # kept for `_rare_test` too: a library's first draft asks both.
    fragments = library.whole().fragments
    windows: list[set[str]] = []
    counts = _common_heading_runs(fragments, windows)
    write_cached("keyphrases", _counts_key(library), counts)
    common = _fours(counts[0].decode("utf-16-be"))
    entries: dict[bytes, tuple[str, str]] = {}
    for fragment, seen in zip(fragments, windows, strict=True):
        heads = "".join(sorted(heading_runs(fragment) - common))
        entries[content_key(fragment)] = (heads, "".join(sorted(seen - common)))
    keys, ends, splits, sums, blob = bytearray(), array("I", [0]), array("I"), bytearray(), bytearray()
    for key in sorted(entries):
        heads, text = entries[key]
        data = (heads + text).encode("utf-16-be")
        keys += key
        blob += data
        ends.append(len(blob))
        splits.append(len(heads))
        sums += xxh3_64_digest(data)
    header = pickle.dumps((_KEPT_IDEAS_VERSION, bytes(keys), ends.tobytes(), splits.tobytes(), bytes(sums)), protocol=4)
    _write(file, len(header).to_bytes(8, "little") + header + bytes(blob))
    _prune(file.parent, "keyideas", file)


def _kept_counts(library: Library) -> tuple[bytes, bytes]:
    """`_common_heading_runs` of the whole library, counted once per library content and kept in the cache folder."""
    from drafter.cachefile import cached

    build = lambda: _common_heading_runs(library.whole().fragments)  # noqa: E731
    return cached("keyphrases", _counts_key(library), build, valid=_kept_shape)  # type: ignore[no-any-return]


def _counts_key(library: Library) -> str:
    from drafter.files import cache_key

    # The heading runs counted come from repeat.py: a change there must not leave the old counts trusted.
    here = Path(__file__).resolve().parent
    return cache_key(library.content.encode(), *[(here / name).read_bytes() for name in ("ideas.py", "repeat.py")])


def _fours(text: str) -> frozenset[str]:
    return frozenset(text[i : i + 4] for i in range(0, len(text), 4))


def _position(keys: bytes, key: bytes) -> int:
    """Where the 8-byte `key` is among `keys` (sorted 8-byte keys end to end), or -1."""
    lo, hi = 0, len(keys) // 8
    while lo < hi:
        mid = (lo + hi) // 2
        here = keys[mid * 8 : mid * 8 + 8]
        if here == key:
            return mid
        if here < key:
            lo = mid + 1
        else:
            hi = mid
    return -1


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
