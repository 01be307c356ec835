"""Whether the alternatives of an {% alt %} block are really different wording.

`drafter diff` calls a sentence the same as another when it is verbatim, edited
(similarity ≥ 0.65 after level words, figures and places) or recombined from its
clauses; alternatives that are the same sentence by that measure do not make two
drafts differ. Neither does an alternative that keeps the same words in another
order ("排查治理道路安全隐患" / "道路安全隐患要排查治理"): `drafter diff` reads
characters in order and misses it, so the bigram Dice coefficient catches it.
Used by tests/test_alternatives.py and bench/alternatives_report.py.

A full `drafter diff` per pair costs an in-memory index and a report (~20 ms); a
pair that shares nothing retrieval could find is skipped first (`could_match`),
which cannot change the pairs flagged: see its docstring.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations
from typing import NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from drafter.diff import SourceDoc, Status, diff_text
from drafter.diff.align import EDITED_MIN
from drafter.diff.clauses import _SPLIT, CLAUSE_MIN, CLAUSE_SIM
from drafter.diff.fingerprint import K, fingerprints, gram_hashes, sentence_key
from drafter.diff.mechanical import scoring_form
from drafter.diff.normalize import sentence_texts, sentences

_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
_SAME = {Status.VERBATIM, Status.EDITED, Status.RECOMBINED}
_NOT_WORDS = re.compile(r"[\W_]+")
REORDERED = 0.60
# The prefilter compares a hair below diff's thresholds, so that no rounding can make it stricter.
_SLACK = 1e-6


_PLAN_START = re.compile(r"\{% if plan_start %\}(.*?)\{% else %\}(.*?)\{% endif %\}", re.S)


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


class Held(NamedTuple):
    """What `drafter diff` could match against one alternative as its only source."""

    keys: set[int]  # sentence keys (`drafter.diff.build.digest_source` stores exactly these …)
    fps: set[int]  # … and these fingerprints of its sentences
    norms: list[str]  # its sentences (canonical text)
    forms: list[str]  # their scoring forms
    clauses: list[str]  # the clauses of those forms that clause matching compares


def held(source: str) -> Held:
    """The sentences, keys, fingerprints, scoring forms and clauses of one alternative (once per alternative)."""
    norms = sentence_texts(source)
    forms = [scoring_form(n)[0] for n in norms]
    clauses = [m.group() for f in forms for m in _SPLIT.finditer(f) if len(m.group()) >= CLAUSE_MIN]
    return Held(
        {sentence_key(n) for n in norms},
        set().union(*map(fingerprints, norms)),
        norms,
        forms,
        clauses,
    )


def could_match(draft: str, source: Held) -> bool:
    """Whether `diff_text(draft, [source])` could report any sentence other than new.

    A draft sentence is verbatim, edited or recombined only when `align.best_matches`
    matched it (`assemble.build_report`), and that needs one of:
    - its key among the source's sentence keys (the exact lookup);
    - K characters or more, a K-gram hash among the source's fingerprints (else no
      posting, so no candidate in any of `_rank`'s channels), and then
      - a whole source sentence at Levenshtein similarity ≥ EDITED_MIN, on the
        canonical text or on the scoring forms (`_whole` compares candidates, a subset), or
      - a clause of its scoring form (`clauses._SPLIT`, CLAUSE_MIN characters or more)
        with partial_ratio ≥ CLAUSE_SIM to a source clause: `clauses._greedy` starts
        from exactly those clauses and cuts further pieces only after a hit, so
        `find_hits` finds nothing without one.
    `context.second_look` only looks around matched neighbours, so with no sentence
    matched it adds none. False therefore proves the pair is not flagged by the diff.
    A draft with no sentence is passed on (diff_text raises on it, as before).
    """
    sents = sentences(draft)
    if not sents:
        return True
    for s in sents:
        if sentence_key(s.norm) in source.keys:
            return True
        if len(s.norm) < K or source.fps.isdisjoint(gram_hashes(s.norm)):
            continue
        if process.extractOne(
            s.norm,
            source.norms,
            scorer=Levenshtein.normalized_similarity,
            score_cutoff=EDITED_MIN - _SLACK,
        ):
            return True
        form = scoring_form(s.norm)[0]
        if process.extractOne(
            form,
            source.forms,
            scorer=Levenshtein.normalized_similarity,
            score_cutoff=EDITED_MIN - _SLACK,
        ):
            return True
        for m in _SPLIT.finditer(form):
            if len(m.group()) >= CLAUSE_MIN and process.extractOne(
                m.group(),
                source.clauses,
                scorer=fuzz.partial_ratio,
                score_cutoff=CLAUSE_SIM - 100 * _SLACK,
            ):
                return True
    return False


def too_alike(block: list[str], *, prefilter: bool = True) -> list[tuple[str, str]]:
    """Pairs of alternatives that share most bigrams, or in which some sentence of one is the same sentence as in the other.

    `prefilter=False` runs the full diff on every pair (to show the prefilter drops no pair).
    """
    if any("{% if plan_start %}" in x for x in block):
        # A meeting of the plan's first year hears the {% if plan_start %} branch of each alternative, any other
        # meeting the {% else %} branch: each year's phrasings must differ among themselves.
        found = []
        for keep in (r"\1", r"\2"):
            year = [_PLAN_START.sub(keep, x) for x in block]
            found += [(block[year.index(a)], block[year.index(b)]) for a, b in too_alike(year, prefilter=prefilter)]
        return list(dict.fromkeys(found))
    out = []
    texts = [plain(x) for x in block]
    alts = [held(t) if t else None for t in texts] if prefilter else []
    for (i, a), (j, b) in combinations(enumerate(block), 2):
        if not texts[i] or not texts[j]:
            continue
        if bigram_dice(texts[i], texts[j]) >= REORDERED:
            out.append((a, b))
            continue
        if prefilter and not could_match(texts[j], alts[i]):  # type: ignore[arg-type]
            continue
        report = diff_text(texts[j], [SourceDoc("a", texts[i])])
        if any(s.status in _SAME for s in report.sentences):
            out.append((a, b))
    return out
