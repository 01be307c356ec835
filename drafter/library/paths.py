"""Where the shipped library, templates and corpus are (or where the user points)."""

from __future__ import annotations

import os
from pathlib import Path


def default_library_dir() -> Path:
    """The library shipped with drafter (the repository's `fragments/`)."""
    return _shipped_dir("DRAFTER_LIBRARY", "fragments")


def default_templates_dir() -> Path:
    """The templates shipped with drafter (the repository's `templates/`)."""
    return _shipped_dir("DRAFTER_TEMPLATES", "templates")


def default_corpus_dir() -> Path:
    """The cleaned speeches shipped with drafter (the repository's `corpus/`)."""
    return _shipped_dir("DRAFTER_CORPUS", "corpus")


def _shipped_dir(env: str, name: str) -> Path:
    if os.environ.get(env):
        return Path(os.environ[env])
    package = Path(__file__).resolve().parents[1]  # drafter/
    for candidate in (package.parent / name, package / "_shipped" / name, Path.cwd() / name):
        if candidate.is_dir():
            return candidate
    return package.parent / name
