"""Curate the fragment library: query it, edit single fragments safely, lint and dedupe it.

The CLI (`drafter fragments …`, `drafter templates …`) is a thin client of
these functions; nothing here prints or prompts.

- `query`: `open_library`, `filter_fragments`, `search_fragments`, `show_fragment`, `library_stats`
- `edit`: `add_fragment`, `locate_fragment`, `replace_fragment`, `remove_fragment`, `fragment_snippet`
- `lint`: `lint_library` → findings naming file, line and fragment id
- `similar`: `find_duplicates`, `merge_duplicates` (keeps every source in `also_from`)
- `yamltext`: the line-splicing that leaves every other byte of a file as it was
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time (#18: ~10 M instructions)
if TYPE_CHECKING:
    from typing import Any

# Imported on first use, so `drafter fragments list` does not pay for lint and edit.
_HOMES = {
    "Change": "edit", "add_fragment": "edit", "fragment_snippet": "edit", "locate_fragment": "edit",
    "remove_fragment": "edit", "replace_fragment": "edit",
    "LintReport": "lint", "lint_library": "lint",
    "filter_fragments": "query", "library_stats": "query", "open_library": "query",
    "search_fragments": "query", "show_fragment": "query",
    "DuplicateGroup": "similar", "find_duplicates": "similar", "merge_duplicates": "similar",
}  # fmt: skip


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'drafter.curate' has no attribute {name!r}")
    module = f"drafter.curate.{_HOMES[name]}"
    __import__(module)  # importlib.import_module, without importing importlib (#18: a search imported it for this)
    return getattr(sys.modules[module], name)


__all__ = [
    "Change",
    "DuplicateGroup",
    "LintReport",
    "add_fragment",
    "filter_fragments",
    "find_duplicates",
    "fragment_snippet",
    "library_stats",
    "lint_library",
    "locate_fragment",
    "merge_duplicates",
    "open_library",
    "remove_fragment",
    "replace_fragment",
    "search_fragments",
    "show_fragment",
]
