"""Find the sentences of a source speech (`corpus/<speech>.md`) a fragment was taken from."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from drafter.library import default_corpus_dir, fragment_texts
from drafter.model import Fragment
from drafter.text import split_sentences, to_fullwidth_punct

_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
_MARKDOWN = re.compile(r"^\s*(#+|[-*>]|\d+[.)])\s+")


def plain_text(text: str) -> str:
    """Fragment text without its Jinja expressions and tags (for matching and previews)."""
    return _JINJA.sub("", text)


@dataclass(frozen=True, slots=True)
class SourceMatch:
    """A fragment sentence, the most similar sentence of the source speech and its line there."""

    fragment_sentence: str
    source_sentence: str
    score: float
    line: int


def corpus_dir(library: Path, corpus: str | Path | None = None) -> Path:
    """The corpus folder: `corpus` if given, `$DRAFTER_CORPUS`, the `corpus/` beside the
    library folder, else the corpus shipped with drafter."""
    if corpus is not None:
        return Path(corpus)
    if os.environ.get("DRAFTER_CORPUS"):
        return default_corpus_dir()
    beside = (library.parent if library.is_dir() else library.parent.parent) / "corpus"
    return beside if beside.is_dir() else default_corpus_dir()


def speech_path(corpus: Path, speech: str) -> Path | None:
    """The file of a source speech in the corpus, or None when it is not there."""
    if not speech or "/" in speech or "\\" in speech or speech.startswith("."):
        return None
    path = corpus / f"{speech}.md"
    return path if path.is_file() else None


def speech_sentences(path: Path) -> list[tuple[str, int]]:
    """The sentences of a corpus speech with their line numbers (front matter skipped)."""
    from drafter.reader import split_front_matter  # here: search and list read no source speech

    text = path.read_text(encoding="utf-8-sig")
    _, body, end = split_front_matter(text)
    out = []
    for number, line in enumerate(body.splitlines(), start=text[:end].count("\n") + 1):
        line = _MARKDOWN.sub("", line).strip()
        out += [(s, number) for s in split_sentences(line)]
    return out


def _fragment_sentences(fragment: Fragment) -> Iterator[str]:
    for text in fragment_texts(fragment):
        for para in plain_text(text).split("\n"):
            yield from (s for s in split_sentences(para) if len(s) >= 2)


def find_source_sentences(fragment: Fragment, path: Path, *, min_score: float = 50) -> list[SourceMatch]:
    """For each sentence of the fragment, the most similar sentence of the source speech.

    Jinja expressions are left out of the fragment's sentences before matching,
    so a sentence with `{{ we }}` still finds its `我市` original. Sentences
    with no match above `min_score` are left out; results are in source order.
    """
    from rapidfuzz import fuzz, process

    try:
        source = speech_sentences(path)
    except (OSError, UnicodeDecodeError):
        return []
    if not source:
        return []
    texts = [to_fullwidth_punct(s) for s, _ in source]  # punctuation width is no difference
    found: dict[int, SourceMatch] = {}
    for sentence in _fragment_sentences(fragment):
        best = process.extractOne(sentence, texts, scorer=fuzz.ratio, score_cutoff=min_score)
        if best is None:
            continue
        _, score, index = best
        if index not in found or found[index].score < score:
            found[index] = SourceMatch(sentence, source[index][0], round(score, 1), source[index][1])
    return [found[i] for i in sorted(found)]
