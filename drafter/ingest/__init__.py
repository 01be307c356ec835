"""Ingest raw speeches: clean them into the corpus and decompose them into library fragments.

Stages, one module each: `clean` (debris, broken paragraphs, punctuation, line
map) → `split` (documents, kinds, duplicates) → `classify` (title, 称谓,
opening … points … closing) → `params` (level words, places, specifics) →
`fragments` (fragment dicts) → `write` (corpus files, library files).
`pipeline.ingest_paths` runs them all.

The pipeline is imported when one of its names is first asked of this package, not by importing the package: the
check asks `debris.debris_reason` of a line naming a site footer's words (技术支持, 主办单位 in a speech), and importing
every stage for it cost a draft's self-check about a second, once per process (ci53a).
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time (#18)
if TYPE_CHECKING:
    from drafter.ingest.pipeline import IngestReport, analyse_file, ingest_paths

__all__ = ["IngestReport", "analyse_file", "ingest_paths"]


def __getattr__(name: str) -> object:
    if name in __all__:
        from drafter.ingest import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
