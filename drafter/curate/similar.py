"""Near-duplicate fragments: find groups (rapidfuzz) and merge them keeping every provenance.

Comparing every pair of a 10,000-fragment library is 50 million comparisons, so
candidates are narrowed first: fragments are compared only within one role,
and only with the first fragment of a group ("leader") that shares a clause
of at least four characters with them (texts this similar share many whole
clauses). Short texts with few clauses are compared with the short leaders
that could reach the threshold: texts with ratio ≥ t share at least a
computable number of character bigrams (each character left out or put in
breaks at most two), so each short text is indexed and looked up by its rarest
bigrams only (prefix filtering, as in set-similarity joins) and no pair is
lost. All candidates of a fragment are compared in one rapidfuzz call.
"""

from __future__ import annotations

import math
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drafter.curate.edit import Change, library_root
from drafter.curate.yamltext import (
    SourceFile,
    Span,
    flow_value,
    item_spans,
    load_items,
    merge_ranges,
    read_source,
    removal_range,
    splice_many,
    verify,
    write_checked,
)
from drafter.errors import LibraryError, UsageError
from drafter.library import fragment_texts, load_library
from drafter.model import OPT_IN_TAGS, Fragment

DEFAULT_THRESHOLD = 90.0
GENERAL_TAG = "通用"
_CLAUSE = re.compile(r"[，。；：！？、,.;:!?\s]+")
_SPACE = re.compile(r"\s+")
_MIN_CLAUSE = 4
_FEW_CLAUSES = 3
_BUSY_CLAUSE = 256  # a clause shared by more leaders than this is boilerplate: no use for narrowing
_CANDIDATES = 24  # leaders compared in full: those sharing the most clauses
_SHARE = 4  # ... and at least 1/_SHARE of its clauses (texts this similar share many)


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """Fragments so similar one is enough: the one kept, and the others with their similarity."""

    keep: Fragment
    others: tuple[tuple[Fragment, float], ...]


def comparable_text(fragment: Fragment) -> str:
    """All texts of a fragment joined, whitespace removed (Jinja kept: {{we}} ≠ {{scope}})."""
    return _SPACE.sub("", "\n".join(fragment_texts(fragment)))


def near_duplicate_groups(
    fragments: Sequence[Fragment], threshold: float = DEFAULT_THRESHOLD
) -> list[DuplicateGroup]:
    """Groups of fragments of one role whose texts are ≥ `threshold` similar (0–100).

    The first fragment of a group, in library order, is the one kept; every
    other member is at least `threshold` similar to it (rapidfuzz ratio).
    Deliberate parallels are not duplicates: a `specific` fragment (the source's
    own wording, never selected) and its generalised version, or a topic's
    fragment and its `通用` (any-topic) variant, or a fragment and its variant
    for an opt-in occasion (`表彰`: the same opening for a meeting with awards),
    are never grouped; nor is a fragment with a tag the kept one lacks: the same
    salutation for a 座谈会 and a 欢送会 (`dedupe --apply` keeps the kept one's
    tags, so the other meeting would have lost its salutation).

    Raises:
        UsageError: `threshold` outside 0–100 (lint and dedupe take it from the command line).
    """
    if not 0 < threshold <= 100:
        raise UsageError(f"相似度阈值应在 0–100 之间，而不是 {threshold:g}", hint="常用 85 到 95；默认 90。")
    by_kind: dict[tuple[str, bool, bool, tuple[str, ...]], list[Fragment]] = defaultdict(list)
    for frag in fragments:
        opt_in = tuple(t for t in OPT_IN_TAGS if t in frag.tags)
        by_kind[(frag.role.value, frag.is_specific, GENERAL_TAG in frag.tags, opt_in)].append(frag)
    groups: list[DuplicateGroup] = []
    for kind in sorted(by_kind):
        groups += _groups_of(by_kind[kind], threshold)
    order = {f.id: i for i, f in enumerate(fragments)}
    return sorted(groups, key=lambda g: order[g.keep.id])


def _groups_of(fragments: list[Fragment], threshold: float) -> list[DuplicateGroup]:
    from rapidfuzz import fuzz, process

    texts = [comparable_text(f) for f in fragments]
    tags = [frozenset(f.tags) for f in fragments]
    # Distinct clauses in text order (a set's order changes with every process: ties among
    # candidates, and so the groups, would change from run to run).
    clauses = [list(dict.fromkeys(c for c in _CLAUSE.split(t) if len(c) >= _MIN_CLAUSE)) for t in texts]
    short = _ShortIndex([t for t, c in zip(texts, clauses, strict=True) if len(c) < _FEW_CLAUSES], threshold)
    leaders: list[int] = []
    by_clause: dict[str, list[int]] = defaultdict(list)
    members: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for i, text in enumerate(texts):
        shared: Counter[int] = Counter()
        for clause in clauses[i]:
            bucket = by_clause.get(clause)
            if bucket and len(bucket) <= _BUSY_CLAUSE:
                shared.update(bucket)
        enough = max(1, len(clauses[i]) // _SHARE)
        candidates = [c for c, n in shared.most_common(_CANDIDATES) if n >= enough]
        is_short = len(clauses[i]) < _FEW_CLAUSES
        if is_short:
            candidates += short.candidates(text)
        candidates = [c for c in candidates if tags[i] <= tags[leaders[c]]]  # merged, it keeps no tag of its own
        # One call for all candidates: rapidfuzz prepares `text` once and compares in C.
        best = process.extractOne(
            text, [texts[leaders[p]] for p in candidates], scorer=fuzz.ratio, score_cutoff=threshold
        )
        if best is not None:
            members[leaders[candidates[best[2]]]].append((i, round(best[1], 1)))
            continue
        position = len(leaders)
        leaders.append(i)
        for clause in clauses[i]:
            by_clause[clause].append(position)
        if is_short:
            short.add(text, position)
    return [
        DuplicateGroup(fragments[lead], tuple((fragments[i], score) for i, score in members[lead]))
        for lead in leaders
        if members[lead]
    ]


class _ShortIndex:
    """Short leaders by their rarest bigrams: finds every one a short text may match, in order."""

    def __init__(self, texts: list[str], threshold: float) -> None:
        self.threshold = threshold
        self.rarity = Counter(g for t in texts for g in _bigrams(t))
        self.by_gram: dict[str, list[int]] = defaultdict(list)
        self.everyone: list[int] = []  # too short to narrow: compared with every short text
        self.order: list[int] = []  # every short leader (positions only grow: added in order)

    def candidates(self, text: str) -> list[int]:
        prefix = self._prefix(text)
        if prefix is None:
            return list(self.order)
        return sorted({p for g in prefix for p in self.by_gram.get(g, ())}.union(self.everyone))

    def add(self, text: str, position: int) -> None:
        self.order.append(position)
        prefix = self._prefix(text)
        if prefix is None:
            self.everyone.append(position)
        for gram in prefix or ():
            self.by_gram[gram].append(position)

    def _prefix(self, text: str) -> list[str] | None:
        """The rarest bigrams of `text` that any text similar enough to it must share with it.

        For texts a, b with ratio ≥ t the longest common subsequence L ≥ t(|a|+|b|)/200,
        and of a's |a|-1 bigram positions at least |a|-1 - 2(|a|-L) - (|b|-L) survive in b
        (a character of a left out breaks at most two, one of b put in at most one); less
        a's repeats, k distinct bigrams are shared, fewest when b is as short as it may be.
        Two sets sharing k meet in their rarest (size - k + 1). None: no useful k.
        """
        t, la = self.threshold, len(text)
        if la < 2 or 3 * t <= 200:
            return None
        grams = _bigrams(text)
        lb = math.ceil(la * t / (200 - t) - 1e-9)  # the shortest text that can match
        k = math.ceil(len(grams) - 2 * la - lb + 3 * t * (la + lb) / 200 - 1e-9)
        if k < 1:
            return None
        return sorted(grams, key=lambda g: (self.rarity[g], g))[: len(grams) - k + 1]


def _bigrams(text: str) -> set[str]:
    return set(map(operator.add, text, text[1:]))


# ------------------------------------------------------------------ merge


def find_duplicates(root: str | Path | None, threshold: float = DEFAULT_THRESHOLD) -> list[DuplicateGroup]:
    """Near-duplicate groups of the valid fragments of a library."""
    return near_duplicate_groups(load_library(library_root(root), strict=False).fragments, threshold)


@dataclass
class _FilePlan:
    source: SourceFile
    spans: list[Span]
    items: list[Any]
    remove: set[int]
    provenance: dict[int, list[dict[str, str]]]


def merge_duplicates(root: str | Path | None, groups: Sequence[DuplicateGroup]) -> list[Change]:
    """Keep the first fragment of each group, remove the others, and record their sources.

    The kept fragment gets an `also_from` list with the source (speech, where)
    and id of every fragment merged into it, and their own `also_from`, so no
    provenance is lost. Each file is checked before anything is written.

    Raises:
        LibraryError: a file changed meanwhile or cannot be edited this way.
    """
    library_root(root)
    plans: dict[str, _FilePlan] = {}
    changes: list[Change] = []
    for group in groups:
        keep_plan, keep_index = _find(plans, group.keep)
        entries = keep_plan.provenance.setdefault(keep_index, [])
        for other, _ in group.others:
            plan, index = _find(plans, other)
            plan.remove.add(index)
            entries += [_source_entry(other), *_raw_also_from(plan.items[index])]
            changes.append(Change("removed", other.id, other.path, other.line))
        changes.append(Change("replaced", group.keep.id, group.keep.path, group.keep.line))
    texts = {path: _merged_text(plan) for path, plan in plans.items()}
    # Files that keep fragments first: if anything fails later, nothing was lost, only not yet removed.
    for path in sorted(plans, key=lambda p: (not plans[p].provenance, p)):
        write_checked(plans[path].source, texts[path])
    return changes


def _find(plans: dict[str, _FilePlan], fragment: Fragment) -> tuple[_FilePlan, int]:
    plan = plans.get(fragment.path)
    if plan is None:
        source = read_source(Path(fragment.path))
        plan = plans[fragment.path] = _FilePlan(source, item_spans(source), load_items(source), set(), {})
    for span in plan.spans:
        item = plan.items[span.index]
        if span.fragment_id == fragment.id and getattr(item, "line", 0) == fragment.line:
            return plan, span.index
    raise LibraryError(f"找不到片段 {fragment.id}（文件已被修改？）", path=fragment.path, hint="重新运行 dedupe。")


def _source_entry(fragment: Fragment) -> dict[str, str]:
    source = fragment.source
    if source is not None and source.authored and not source.speech:  # was {speech: ''}: who wrote it was lost
        entry = {"authored": source.authored, "written": source.written}
        return {**entry, **({"where": source.where} if source.where else {}), "id": fragment.id}
    entry = {"speech": source.speech if source else ""}
    if fragment.source and fragment.source.where:
        entry["where"] = fragment.source.where
    entry["id"] = fragment.id
    return entry


def _raw_also_from(item: Any) -> list[dict[str, str]]:
    return [dict(x) for x in (item.get("also_from") or []) if isinstance(x, dict)]


def _merged_text(plan: _FilePlan) -> str:
    lines = plan.source.lines
    edits: list[tuple[int, int, str]] = []
    expected = []
    for span in plan.spans:
        item = plan.items[span.index]
        if span.index in plan.remove:
            continue
        if span.index in plan.provenance:
            merged = _dedup([*_raw_also_from(item), *plan.provenance[span.index]])
            start, end, block = _also_from_edit(lines, span, merged, plan.source.newline)
            edits.append((start, end, block))
            item = type(item)(item)
            item["also_from"] = merged
        expected.append(item)
    for tight in (False, True):
        removals = [
            (span.start, span.end) if tight else removal_range(lines, span)
            for span in plan.spans
            if span.index in plan.remove
        ]
        text = splice_many(plan.source, [*edits, *((s, e, "") for s, e in merge_ranges(removals))])
        if verify(plan.source.path, text, expected):
            return text
    raise LibraryError(
        "无法在不影响其他内容的情况下合并这些片段，没有写入", path=plan.source.path,
        hint="被保留的片段若是单行的 {…} 写法，请先改成多行写法。",
    )  # fmt: skip


def _dedup(entries: list[dict[str, str]]) -> list[dict[str, str]]:
    seen, out = set(), []
    for entry in entries:
        key = tuple(sorted(entry.items()))
        if key not in seen:
            seen.add(key)
            out.append(entry)
    return out


def _also_from_edit(lines: list[str], span: Span, entries: list[dict[str, str]], nl: str) -> tuple[int, int, str]:
    """Replace (or add, at the end of the item) its `also_from:` block."""
    pad = " " * span.content_column
    block = f"{pad}also_from:{nl}" + "".join(f"{pad}  - {flow_value(e)}{nl}" for e in entries)
    for i in range(span.start, span.end):
        if lines[i].startswith(pad + "also_from:"):
            end = i + 1
            while end < span.end and (not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) > len(pad)):
                end += 1
            return i, end, block
    return span.end, span.end, block
