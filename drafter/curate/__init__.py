"""Curate the fragment library: query it, edit single fragments safely, lint and dedupe it.

The CLI (`drafter fragments …`, `drafter templates …`) is a thin client of
these functions; nothing here prints or prompts.

- `query`: `open_library`, `filter_fragments`, `search_fragments`, `show_fragment`, `library_stats`
- `edit`: `add_fragment`, `locate_fragment`, `replace_fragment`, `remove_fragment`, `fragment_snippet`
- `lint`: `lint_library` → findings naming file, line and fragment id
- `similar`: `find_duplicates`, `merge_duplicates` (keeps every source in `also_from`)
- `yamltext`: the line-splicing that leaves every other byte of a file as it was
"""

from drafter.curate.edit import (
    Change,
    add_fragment,
    fragment_snippet,
    locate_fragment,
    remove_fragment,
    replace_fragment,
)
from drafter.curate.lint import LintReport, lint_library
from drafter.curate.query import (
    filter_fragments,
    library_stats,
    open_library,
    search_fragments,
    show_fragment,
)
from drafter.curate.similar import DuplicateGroup, find_duplicates, merge_duplicates

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
