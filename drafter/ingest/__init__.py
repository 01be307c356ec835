"""Ingest raw speeches: clean them into the corpus and decompose them into library fragments.

Stages, one module each: `clean` (debris, broken paragraphs, punctuation, line
map) → `split` (documents, kinds, duplicates) → `classify` (title, 称谓,
opening … points … closing) → `params` (level words, places, specifics) →
`fragments` (fragment dicts) → `write` (corpus files, library files).
`pipeline.ingest_paths` runs them all.
"""

from __future__ import annotations

from drafter.ingest.pipeline import IngestReport, analyse_file, ingest_paths

__all__ = ["IngestReport", "analyse_file", "ingest_paths"]
