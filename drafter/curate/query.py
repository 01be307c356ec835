"""Look at the library: filter, fuzzy search, one fragment in full, counts.

Every function here works on the valid fragments of a library loaded with
`strict=False`; the problems found while loading travel along in
`Library.errors` for the CLI to mention.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drafter.curate.corpus import (
    SourceMatch,
    corpus_dir,
    find_source_sentences,
    plain_text,
    speech_path,
)
from drafter.curate.searchindex import ALT_MARK, Haystacks, rank_hits
from drafter.errors import DrafterError, LibraryError, UsageError
from drafter.library import (
    CONTEXT_HELPERS,
    Library,
    fragment_texts,
    load_library,
    used_variables,
)
from drafter.model import LEVEL_TAGS, STAGES, Fragment, Role, Template, suits_level
from drafter.workspace import open_library as stack_library


def open_library(root: str | Path | None) -> Library:
    """The library with its valid fragments; problems are in `.errors`, not raised.

    Without `root`: the whole stack (shipped library, then the user's own).
    """
    if root is None:
        return stack_library(strict=False)
    from drafter.curate.edit import library_root  # the editing modules, only for a named library

    return load_library(library_root(root), strict=False)


def filter_fragments(
    library: Library,
    *,
    role: str | None = None,
    tags: Sequence[str] = (),
    level: str | None = None,
    source: str | None = None,
) -> list[Fragment]:
    """Fragments with this role, all these tags, suiting this level, from a matching source.

    A fragment with no level tag suits every level. `source` matches part of the speech id.

    Raises:
        UsageError: a role or level that does not exist (a misspelling would otherwise list nothing, or all).
    """
    if role and role not in Role._value2member_map_:
        raise UsageError(f"没有角色“{role}”", hint=f"角色可以是 {'、'.join(Role._value2member_map_)}。")
    if level and level not in LEVEL_TAGS:
        raise UsageError(f"没有层级“{level}”", hint=f"层级可以是 {'、'.join(LEVEL_TAGS)}。")
    out = []
    for frag in library.fragments:
        if role and frag.role.value != role:
            continue
        if any(t not in frag.tags for t in tags):
            continue
        if not suits_level(frag.levels, level):
            continue
        if source and (frag.source is None or source not in frag.source.speech):
            continue
        out.append(frag)
    return out


def check_tags(library: Library, tags: Sequence[str]) -> None:
    """A tag no fragment of the library carries is a misspelling (--tag 表扬 for 表彰大会): said, with the tags it is near,
    as a role or level that does not exist is, instead of an empty list."""
    carried = {tag for frag in library.fragments for tag in frag.tags}
    unknown = [tag for tag in tags if tag not in carried]
    if not unknown:
        return
    from rapidfuzz import fuzz, process

    near = [m[0] for m in process.extract(unknown[0], sorted(carried), scorer=fuzz.ratio, limit=5, score_cutoff=40)]
    hint = f"相近的标签：{'、'.join(near)}。" if near else "drafter fragments list 可看各片段的标签。"
    raise UsageError(f"片段库中没有片段带标签“{unknown[0]}”", hint=hint)


def fragment_record(frag: Fragment, *, full: bool = False) -> dict[str, Any]:
    """A fragment as plain JSON data: id, role, tags, source, location and text."""
    record: dict[str, Any] = {
        "id": frag.id,
        "role": frag.role.value,
        "tags": list(frag.tags),
        "source": frag.source.speech if frag.source else None,
        "where": frag.source.where if frag.source else None,
        "path": frag.path,
        "line": frag.line,
    }
    if frag.heading:
        record["heading"] = frag.heading
    record["text"] = frag.text if full else preview(frag, 60)
    if full:
        record["variables"] = {v.name: v.prompt for v in frag.variables}
        record["subpoints"] = [s.heading for s in frag.subpoints]
        if any(s.levels for s in frag.subpoints):  # [] for a sub-point every level keeps
            record["subpoint_levels"] = [list(s.levels) for s in frag.subpoints]
    return record


_EXPR = re.compile(r"\{\{-?\s*(.*?)\s*-?\}\}", re.S)
_OTHER_ALTS = re.compile(r"\{%-?\s*or\s*-?%\}.*?\{%-?\s*endalt\s*-?%\}", re.S)


def preview(frag: Fragment, width: int = 40) -> str:
    """The start of a fragment's text (its heading for a point) on one line, {{ x }} shown as {x}."""
    text = _OTHER_ALTS.sub("", frag.heading or frag.text)  # one phrasing, not all of them run together
    text = text[: width * 4]  # enough for `width` characters once tags are gone
    if "{" in text:
        text = plain_text(_EXPR.sub(r"{\1}", text))
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


# ------------------------------------------------------------------ search


@dataclass(frozen=True, slots=True)
class Hit:
    """A search result: the fragment, its score (0–100) and the matched passage."""

    fragment: Fragment
    score: float
    passage: str


def haystack(frag: Fragment) -> str:
    """What search reads of a fragment: its id, tags and plain text ({% or %} as a mark between phrasings)."""
    texts = fragment_texts(frag)
    body = texts[0] if len(texts) == 1 else " ".join(texts)
    if "{" in body:  # {% or %} as the library writes it (a plain replace: search reads every fragment)
        body = plain_text(body.replace("{% or %}", ALT_MARK))
    return " ".join([frag.id, *frag.tags, body])


def search_fragments(library: Library, query: str, *, limit: int = 10, min_score: float = 60) -> list[Hit]:
    """Fuzzy search over id, tags, heading, text and sub-points, best first (see `searchindex.rank_hits`).

    `fragments search` reads the same ranking from an index file (`searchindex.search_library`)
    without loading the library; this is for a caller that holds the library already (drafter serve).
    """
    frags = library.fragments
    if not query.split() or not frags:
        return []
    choices = _haystacks(library)
    ids, specific = [f.id for f in frags], [f.is_specific for f in frags]
    hits = rank_hits(ids, specific, choices, query, limit=limit, min_score=min_score)
    return [Hit(frags[index], score, passage) for index, score, passage in hits]


# The haystacks of libraries this process has searched, by content: drafter serve searches the same library again.
_HAYSTACKS: dict[str, Haystacks] = {}


def _haystacks(library: Library) -> Haystacks:
    """What search reads of each fragment: from this process's memo or the search index file, else built afresh."""
    known = _HAYSTACKS.get(library.content) if library.content else None
    if known is not None and len(known) == len(library.fragments):
        return known
    from drafter.curate.searchindex import read_index

    index = read_index(library.content) if library.content else None
    haystacks = index.haystacks if index is not None else Haystacks.of([haystack(f) for f in library.fragments])
    if library.content:
        if len(_HAYSTACKS) >= 4:  # a library edited all day is a new content each time (#18)
            _HAYSTACKS.clear()
        _HAYSTACKS[library.content] = haystacks
    return haystacks


# ------------------------------------------------------------------ show


@dataclass(frozen=True, slots=True)
class FragmentDetail:
    """One fragment in full: where it is, what it needs, and the source it came from."""

    fragment: Fragment
    declared: tuple[str, ...]
    used: tuple[str, ...]
    helpers: tuple[str, ...]
    also_from: tuple[Mapping[str, Any], ...]
    corpus: str
    source_file: str | None  # None: the source speech is not in the corpus
    matches: tuple[SourceMatch, ...] = field(default=())


def show_fragment(root: str | Path | None, fragment_id: str, *, corpus: str | Path | None = None) -> FragmentDetail:
    """One valid fragment in full, with the source sentences it most likely came from.

    Raises:
        LibraryError: no valid fragment with this id (the message says why).
    """
    library = open_library(root)
    try:
        frag = library.get(fragment_id)
    except LibraryError:
        problems = [e for e in library.errors if getattr(e, "fragment_id", None) == fragment_id]
        if problems:
            raise LibraryError(
                f"片段 {fragment_id} 有错误，无法显示：\n  " + "\n  ".join(p.render() for p in problems),
                hint=f"用 drafter fragments edit {fragment_id} 修改它。",
            ) from None
        raise
    used = used_variables(fragment_texts(frag))
    declared = tuple(v.name for v in frag.variables)
    folder = corpus_dir(_root_of(library, frag), corpus)
    path = speech_path(folder, frag.source.speech) if frag.source else None
    matches: tuple[SourceMatch, ...] = ()
    if path is not None:
        matches = tuple(find_source_sentences(frag, path))
    return FragmentDetail(
        fragment=frag,
        declared=declared,
        used=tuple(sorted(used - CONTEXT_HELPERS)),
        helpers=tuple(sorted(used & CONTEXT_HELPERS)),
        also_from=tuple(_also_from(frag)),
        corpus=str(folder),
        source_file=str(path) if path else None,
        matches=matches,
    )


def _root_of(library: Library, frag: Fragment) -> Path:
    """The library folder (of a stack) that holds `frag`."""
    for root in reversed(library.roots or (library.root,)):
        if Path(frag.path).resolve().is_relative_to(Path(root).resolve()):
            return Path(root)
    return Path(library.root)


def _also_from(frag: Fragment) -> list[Mapping[str, Any]]:
    """The `also_from` provenance of a fragment, read from its file (not kept in the model)."""
    try:
        from drafter.curate.yamltext import load_items, read_source

        items = load_items(read_source(Path(frag.path)))
    except DrafterError:
        return []
    for item in items:
        if isinstance(item, dict) and item.get("id") == frag.id and getattr(item, "line", 0) == frag.line:
            return [dict(x) for x in item.get("also_from") or [] if isinstance(x, dict)]
    return []


# ------------------------------------------------------------------ stats


@dataclass(frozen=True, slots=True)
class Shortage:
    """A role or point stage of a template with too few alternatives to vary a draft."""

    template: str
    slot: str  # a role, or "point:认识"
    available: int
    needed: int


@dataclass(frozen=True, slots=True)
class Stats:
    """Counts of a library by role, tag, level and source, and per-template shortages."""

    total: int
    by_role: Mapping[str, int]
    by_tag: Mapping[str, int]
    by_level: Mapping[str, int]
    by_source: Mapping[str, int]
    slots: Mapping[str, Mapping[str, tuple[int, int]]]  # template → slot → (available, needed)
    shortages: tuple[Shortage, ...]
    problems: int


def _count(values: Iterable[str]) -> dict[str, int]:
    return dict(sorted(Counter(values).items(), key=lambda kv: (-kv[1], kv[0])))


def library_stats(library: Library, templates: Mapping[str, Template], *, spare: int = 2) -> Stats:
    """Count the library, and find what each template cannot vary.

    A slot (a role the template's skeleton uses, or a stage of its points) is
    short when it has fewer than `needed + spare` usable fragments: non-specific
    ones whose meeting-kind tag, if any, matches the template. Title and
    salutation, fixed by the genre, are short only when missing.
    """
    frags = library.fragments
    kinds = {t for template in templates.values() for t in template.tags}
    slots: dict[str, dict[str, tuple[int, int]]] = {}
    shortages = []
    for key, template in sorted(templates.items()):
        usable = [f for f in frags if not f.is_specific and _kind_fits(f, template, kinds)]
        table = _template_slots(template, usable)
        slots[key] = table
        shortages += [
            Shortage(key, s, a, n) for s, (a, n) in table.items() if a < n + (0 if s in _FIXED_ROLES else spare)
        ]
    return Stats(
        total=len(frags),
        by_role=_count(f.role.value for f in frags),
        by_tag=_count(t for f in frags for t in f.tags),
        by_level=_count(lv for f in frags for lv in (f.levels or ("（不限）",))),
        by_source=_count(f.source.speech if f.source else "（无）" for f in frags),
        slots=slots,
        shortages=tuple(shortages),
        problems=len(library.errors),
    )


# Roles whose wording the genre fixes (在…上的讲话, 同志们：): one fragment is enough.
_FIXED_ROLES = frozenset({Role.TITLE.value, Role.SALUTATION.value})


def _kind_fits(frag: Fragment, template: Template, kinds: set[str]) -> bool:
    own = [t for t in frag.tags if t in kinds]
    return not own or any(t in template.tags for t in own)


def _template_slots(template: Template, usable: list[Fragment]) -> dict[str, tuple[int, int]]:
    names = used_variables([template.skeleton])
    roles = [r for r in Role if r.value in names]
    table = {r.value: (sum(f.role == r for f in usable), 1) for r in roles}
    if "points" in names:
        counts = [n for n in template.stages if template.min_points <= n <= template.max_points]
        layouts = [template.stages[n] for n in counts] or [STAGES]
        points = [f for f in usable if f.role == Role.POINT]
        for stage in STAGES:
            needed = max(layout.count(stage) for layout in layouts)
            if needed:
                table[f"point:{stage}"] = (sum(f.stage == stage for f in points), needed)
    return table


__all__ = [
    "FragmentDetail",
    "Hit",
    "Shortage",
    "Stats",
    "check_tags",
    "filter_fragments",
    "fragment_record",
    "library_stats",
    "open_library",
    "plain_text",
    "preview",
    "search_fragments",
    "show_fragment",
]
