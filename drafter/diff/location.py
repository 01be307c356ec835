"""Where the index of some sources lives, and its layout's name: what opening one needs before sqlite3 (#18).

`drafter.diff.index` (sqlite3) and `drafter.diff.snapshot` (a draft's measure, without sqlite3) both find an index here.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from drafter import hashes  # sha256 without OpenSSL (#18)
from drafter.library.paths import is_shipped, user_cache_dir

INDEX_NAME = ".drafter-index.sqlite"
# Bump when normalisation, sentence splitting or fingerprints change: old indexes are rebuilt.
SCHEMA = "drafter-diff-index 8"  # 7: xxHash keys and fingerprints, capped holders, folder manifest; 8: 1. read as 1、


def default_location(paths: Sequence[str | Path]) -> Path:
    """Where the index of `paths` lives: in the one sources folder if writable and not shipped
    with drafter (the package and the checkout are never written to), else the cache."""
    resolved = [Path(p).resolve() for p in paths]
    one = resolved[0] if len(resolved) == 1 else None
    if one is not None and one.is_dir() and os.access(one, os.W_OK) and not is_shipped(one):
        return resolved[0] / INDEX_NAME
    return cache_location(resolved)


def cache_location(paths: Sequence[Path]) -> Path:
    base = user_cache_dir()
    key = hashes.sha256("\n".join(sorted(str(p) for p in paths)).encode("utf-8")).hexdigest()[:16]
    return base / f"index-{key}.sqlite"
