"""`fragments search` from an index of what hits show, kept in the cache folder by the library's content.

A search reads every fragment's haystack (id, tags and plain text) but shows only its hits:
their id, role and record. Unpickling the whole parsed library (~650 fragments with their
sub-points and variables) to show ten was most of a search's own time. The index holds, for
the stacked library, one column per thing a hit shows or is ranked by, and the problems and
notes of the load for the warning line. Its file is keyed by the library's content
(`Library.content`: the parsing code's version, each fragment file's name and digest) and
by the code that builds it; a search finds that key by hashing the fragment files
(`library_content`), as the load cache does, without parsing or unpickling them. Any edit
to a fragment file, or a new drafter, makes a new file; results are word for word those of
`query.search_fragments` over the loaded library (the ranking below is shared by both).

The file is written by `cachefile` (a temporary file, then os.replace): two searches writing
at once, or one killed while writing, leave the old file or a whole new one.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from itertools import islice
from operator import itemgetter, lt
from pathlib import Path

from drafter.records import Record

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time (#18: ~10 M instructions)
if TYPE_CHECKING:
    from typing import Any

    from drafter.library import Library

ALT_MARK = "／"  # between two phrasings of one sentence, so a passage shows one of them, not all run together
_COLUMNS = ("ids", "roles", "specific")
_END = b"\0"  # after each haystack in the index's text: no search term holds it (they come from a command line)


class Haystacks:
    """What search reads of each fragment, as one UTF-8 text: fragment i's is `text[starts[i]:starts[i + 1] - 1]`.

    Kept so in the index: read back as one bytes object, not ~650 strings decoded (~1.5 ms
    of a search). Searching for a term as written runs over the bytes (a UTF-8 text holds
    the bytes of a term exactly where the decoded text holds the term); only the haystacks
    of hits, or all of them for a fuzzy search, are decoded. The records are kept the same way
    (`SearchIndex.records`): a search shows ten of them.
    """

    __slots__ = ("_texts", "starts", "text")

    def __init__(self, text: bytes, starts: list[int]) -> None:
        self.text = text
        self.starts = starts
        self._texts: list[str] | None = None

    @classmethod
    def of(cls, texts: list[str]) -> Haystacks:
        encoded = [t.encode() for t in texts]
        starts = [0]
        for item in encoded:
            starts.append(starts[-1] + len(item) + 1)
        made = cls(_END.join(encoded) + _END if encoded else b"", starts)
        made._texts = texts
        return made

    def __len__(self) -> int:
        return len(self.starts) - 1

    def __getitem__(self, i: int) -> str:
        if self._texts is not None:
            return self._texts[i]
        return self.text[self.starts[i] : self.starts[i + 1] - 1].decode()

    def texts(self) -> list[str]:
        """Every haystack, decoded (once)."""
        if self._texts is None:
            text, starts = self.text, self.starts
            self._texts = [text[a : b - 1].decode() for a, b in zip(starts, starts[1:], strict=False)]
        return self._texts

    def holding(self, terms: list[str]) -> list[int]:
        """The positions of the haystacks that hold every term as it is written, in order."""
        if any("\0" in t for t in terms):
            return [i for i, text in enumerate(self.texts()) if all(t in text for t in terms)]
        first, *others = (t.encode() for t in terms)
        text, starts, found = self.text, self.starts, []
        at = text.find(first)
        while at != -1:  # a term holds no \0, so a match lies within one haystack
            i = bisect_right(starts, at) - 1
            if all(text.find(t, starts[i], starts[i + 1] - 1) != -1 for t in others):
                found.append(i)
            at = text.find(first, starts[i + 1])
        return found


class SearchIndex(Record):
    """Of each fragment of a library, in its order: id, role, whether specific, haystack and record.

    A record (`query.fragment_record`, what `--json` shows) is kept as JSON text and decoded
    only for a hit: ~650 dictionaries unpickled would cost a search more than all its haystacks. The JSON texts
    are one UTF-8 text, as the haystacks are (`Haystacks`): unpickled as ~2,900 strings, their 1.5 MB were decoded by
    every search (~15 M instructions of its ~150 M, #18) to show ten. A frozen record (drafter/records.py).
    """

    __slots__ = ("ids", "roles", "specific", "haystacks", "records", "problems", "notes")
    ids: list[str]
    roles: list[str]
    specific: list[bool]
    haystacks: Haystacks
    records: Haystacks  # the JSON text of each fragment's record, decoded when asked for
    problems: list[tuple[str, int | None]]  # (file, line) of each problem met while loading
    notes: list[str]

    def __init__(self, ids: list[str], roles: list[str], specific: list[bool], haystacks: Haystacks,
                 records: Haystacks, problems: list[tuple[str, int | None]], notes: list[str]) -> None:  # fmt: skip
        set_field = object.__setattr__
        set_field(self, "ids", ids)
        set_field(self, "roles", roles)
        set_field(self, "specific", specific)
        set_field(self, "haystacks", haystacks)
        set_field(self, "records", records)
        set_field(self, "problems", problems)
        set_field(self, "notes", notes)


class Found(Record):
    """A search result as `fragments search` shows it: the fragment's id and role, score (0–100) and passage."""

    __slots__ = ("id", "role", "score", "passage", "record_text")
    id: str
    role: str
    score: float
    passage: str
    record_text: str  # JSON

    def __init__(self, id: str, role: str, score: float, passage: str, record_text: str) -> None:
        set_field = object.__setattr__
        set_field(self, "id", id)
        set_field(self, "role", role)
        set_field(self, "score", score)
        set_field(self, "passage", passage)
        set_field(self, "record_text", record_text)

    def record(self) -> dict[str, Any]:
        """The fragment as `query.fragment_record` gives it (id, role, tags, source, where, path, line, text …)."""
        import json

        return json.loads(self.record_text)  # type: ignore[no-any-return]


class SearchResult(Record):
    """The hits of a search, best first, and what the load of the library had to say."""

    __slots__ = ("found", "problems", "notes")
    found: list[Found]
    problems: list[tuple[str, int | None]]
    notes: list[str]

    def __init__(self, found: list[Found], problems: list[tuple[str, int | None]], notes: list[str]) -> None:
        set_field = object.__setattr__
        set_field(self, "found", found)
        set_field(self, "problems", problems)
        set_field(self, "notes", notes)


def search_library(root: str | Path | None, query: str, *, limit: int = 10, min_score: float = 60) -> SearchResult:
    """Search the stacked library (or the one at `root`), as `query.search_fragments` over it would.

    Raises:
        LibraryError: the library is missing (or no library is stacked).
        UsageError: the query is longer than a search can score in bounded time.
    """
    from drafter.limits import MAX_SEARCH_CHARS

    if len(query.strip()) > MAX_SEARCH_CHARS:
        from drafter.errors import UsageError

        raise UsageError(
            f"搜索的文字太长（{len(query.strip())} 字），最多 {MAX_SEARCH_CHARS} 字",
            hint="取其中最有特点的一句话或几个词来搜，如 drafter fragments search \"压实责任 隐患排查\"。",
        )
    index, missing = open_index(root)
    hits = rank_hits(index.ids, index.specific, index.haystacks, query, limit=limit, min_score=min_score)
    found = [Found(index.ids[i], index.roles[i], score, passage, index.records[i]) for i, score, passage in hits]
    return SearchResult(found, index.problems, [*missing, *index.notes])


def open_index(root: str | Path | None) -> tuple[SearchIndex, tuple[str, ...]]:
    """The index of the stacked library (or the one at `root`), and the workspace's notes about missing libraries.

    Read from its file when the fragment files hash to a content one was written for;
    otherwise the library is loaded, and its index built and kept.
    """
    from drafter.workspace import stack_roots, stacked_content

    if root is not None:
        from drafter.curate.query import open_library

        return index_of(open_library(root)), ()
    roots, missing = stack_roots()
    from drafter.library.content import library_content

    content = stacked_content([library_content(r) for r in roots])
    index = read_index(content) if content else None
    if index is None:
        from drafter.library import load_library
        from drafter.workspace import stack_libraries

        index = index_of(stack_libraries([load_library(r, strict=False) for r in roots]))
    return index, missing


def index_of(library: Library) -> SearchIndex:
    """The search index of a loaded library: read from its file when its content is known, else built (and kept)."""
    known = read_index(library.content) if library.content else None
    if known is not None and len(known.ids) == len(library.fragments):
        return known
    import json

    from drafter.curate.query import fragment_record, haystack

    frags = library.fragments
    index = SearchIndex(
        ids=[f.id for f in frags],
        roles=[f.role.value for f in frags],
        specific=[f.is_specific for f in frags],
        haystacks=Haystacks.of([haystack(f) for f in frags]),
        records=Haystacks.of([json.dumps(fragment_record(f), ensure_ascii=False) for f in frags]),  # no \0: JSON escapes it
        problems=[(str(e.path), e.line) for e in library.errors],
        notes=list(library.notes),
    )
    if library.content:
        from drafter import cachefile

        data = {n: getattr(index, n) for n in SearchIndex.__slots__}
        data["haystacks"] = (index.haystacks.text, index.haystacks.starts)
        data["records"] = (index.records.text, index.records.starts)
        cachefile.write_cached("search", _key(library.content), data)
    return index


def _key(content: str) -> str:
    """The index file's key: the library's content, the code that builds an index, and where the shipped library is."""
    from drafter.files import cache_key
    from drafter.library.paths import default_library_dir

    here = Path(__file__).resolve().parent
    code = [here / name for name in ("searchindex.py", "query.py", "corpus.py")]
    code += [here.parent / "library" / "jinja.py", here.parent / "workspace.py"]  # plain_text; the stack's notes
    shipped = str(default_library_dir()).encode()  # the notes name shipped files by their place in it
    return cache_key(content.encode(), shipped, *(module.read_bytes() for module in code))


def read_index(content: str) -> SearchIndex | None:
    """The index kept for a library of this content (`Library.content`), or None (none kept, or damaged)."""
    from drafter import cachefile

    data = cachefile.read_cached("search", _key(content), valid=_is_index)
    if data is None:
        return None
    data["haystacks"] = Haystacks(*data["haystacks"])
    data["records"] = Haystacks(*data["records"])
    return SearchIndex(**data)


def _is_index(value: Any) -> bool:
    """Whether a value read from an index file has the shape `index_of` writes."""
    if not (isinstance(value, dict) and set(value) == set(SearchIndex.__slots__)):
        return False
    columns = [value[name] for name in _COLUMNS]
    if not all(isinstance(c, list) and len(c) == len(columns[0]) for c in columns):
        return False
    # (the types of ~2,000 strings by one set built in C: a generator over them was ~0.3 ms of every search, #18)
    strings = (*value["ids"], *value["roles"])
    return (set(map(type, strings)) <= {str} and set(map(type, value["specific"])) <= {bool}
            and _are_haystacks(value["haystacks"], len(columns[0])) and _are_haystacks(value["records"], len(columns[0]))
            and isinstance(value["problems"], list) and isinstance(value["notes"], list))  # fmt: skip


def _are_haystacks(value: Any, count: int) -> bool:
    """(text, starts) of `count` haystacks, each ending in the separator."""
    if not (isinstance(value, tuple) and len(value) == 2 and type(value[0]) is bytes and type(value[1]) is list):
        return False
    text, starts = value
    if len(starts) != count + 1 or starts[0] != 0 or starts[-1] != len(text) or not set(map(type, starts)) <= {int}:
        return False
    if count == 0:
        return True
    # each start after the one before, and the byte before each end a separator: in C, as for the types above
    return all(map(lt, starts, islice(starts, 1, None))) and not any(itemgetter(*[b - 1 for b in starts[1:]])(text) if count > 1 else (text[starts[1] - 1],))


# ------------------------------------------------------------------ ranking (shared with query.search_fragments)


Ranking = list[tuple[float, int, bool, str, int]]


def rank_hits(
    ids: Sequence[str], specific: Sequence[bool], choices: Haystacks, query: str, *, limit: int, min_score: float
) -> list[tuple[int, float, str]]:
    """The best `limit` fragments for `query` as (position, score, passage), best first.

    Each whitespace-separated term is scored with rapidfuzz's partial ratio
    (an exact substring scores 100); a fragment's score is the mean over terms,
    ties broken by exact matches, then reusable before `specific`, then by id.
    """
    terms = query.split()
    if not terms or not ids:
        return []
    ranked = _ranked_exact(ids, specific, choices, terms, limit) if min_score <= 100 else None
    if ranked is None:
        ranked = _ranked_fuzzy(ids, specific, choices, terms, min_score)
    return [(index, round(-neg, 1), passage(choices[index], terms[0])) for neg, *_, index in ranked[:limit]]


def _ranked_exact(
    ids: Sequence[str], specific: Sequence[bool], choices: Haystacks, terms: list[str], limit: int
) -> Ranking | None:
    """The best `limit` fragments without fuzzy scoring, when at least `limit` hold every term as it is written.

    Such a fragment scores exactly 100 for every term and has every term as an exact
    match; any other fragment scores below 100 or has fewer exact matches, so it ranks
    below all of them. The usual search (a word or two of the library's own wording)
    is answered so, without importing rapidfuzz (~6 ms of a start) or scoring ~650 texts.
    None when fewer hold every term: the fuzzy ranking decides.
    """
    found = choices.holding(terms)
    if len(found) < limit:
        return None
    return sorted((-100.0, -len(terms), specific[i], ids[i], i) for i in found)


def _ranked_fuzzy(
    ids: Sequence[str], specific: Sequence[bool], haystacks: Haystacks, terms: list[str], min_score: float
) -> Ranking:
    """Every fragment scoring `min_score` or more, as (−score, −exact matches, specific, id, index), sorted."""
    from rapidfuzz import fuzz, process

    choices = haystacks.texts()
    totals: defaultdict[int, float] = defaultdict(float)
    for term in terms:  # below 50 a partial ratio is noise: count it as no match
        for _, score, index in process.extract(term, choices, scorer=fuzz.partial_ratio, limit=None, score_cutoff=50):
            totals[index] += score
    ranked = []
    for index, total in totals.items():
        score = total / len(terms)
        if score >= min_score:
            exact = sum(t in choices[index] for t in terms)
            ranked.append((-score, -exact, specific[index], ids[index], index))
    ranked.sort()
    return ranked


def passage(haystack: str, term: str, around: int = 18) -> str:
    """The words around where `term` is in a fragment's text: its first occurrence, else its best fuzzy match."""
    body = haystack.split(" ", 1)[-1]
    found = body.find(term)
    if found != -1:
        match: tuple[int, int] | None = (found, found + len(term))
    else:
        from rapidfuzz import fuzz

        align = fuzz.partial_ratio_alignment(term, body)
        match = (align.dest_start, align.dest_end) if align else None
    start = max(match[0] - around, 0) if match else 0
    end = min((match[1] if match else 0) + around, len(body))
    if match:  # within the one phrasing the match is in
        start = max(start, body.rfind(ALT_MARK, 0, match[0]) + 1)
        after = body.find(ALT_MARK, match[1])
        end = min(end, after) if after != -1 else end
    text = " ".join(body[start:end].split())
    return ("…" if start else "") + text + ("…" if end < len(body) else "")
