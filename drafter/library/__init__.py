"""Load, validate and query the fragment library (`fragments/*.yaml`) and templates.

Fragment files are YAML lists of fragments. Loading is strict: unknown keys,
missing fields, duplicate ids, bad YAML, Jinja syntax errors and unsafe Jinja
are reported with file, line and fragment id. YAML is read with safe loaders
only; Jinja is parsed here and rendered only in `render`'s sandbox.

Modules: `yamlio` (safe YAML with lines), `names` (standard variables and
helpers), `jinja` (parse-only checks), `schema` (one fragment), `cache`
(parsed files), `templates`, `content` (what a library's content key is), `load` (a whole library).

Names are imported from their module on first use: `import drafter.library.paths` (or
`.content`) costs no parsing code, which `fragments search` reading its index never runs.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time (#18: ~10 M instructions)
if TYPE_CHECKING:
    from typing import Any

    from drafter.library.content import cache_dir
    from drafter.library.jinja import (
        check_jinja,
        check_safe,
        fragment_digest,
        fragment_texts,
        parse_jinja,
        used_variables,
    )
    from drafter.library.load import Library, fragment_files, load_library
    from drafter.library.names import CONTEXT_HELPERS, STANDARD_VARIABLES
    from drafter.library.paths import default_corpus_dir, default_library_dir, default_templates_dir
    from drafter.library.schema import fragment_from_dict, fragments_from_data, read_fragment_file
    from drafter.library.templates import load_templates, read_template
    from drafter.library.yamlio import parse_yaml, read_yaml

_HOMES = {
    "cache_dir": "content", "Library": "load", "fragment_files": "load", "load_library": "load",
    "check_jinja": "jinja", "check_safe": "jinja", "fragment_digest": "jinja", "fragment_texts": "jinja",
    "parse_jinja": "jinja", "used_variables": "jinja", "CONTEXT_HELPERS": "names", "STANDARD_VARIABLES": "names",
    "default_corpus_dir": "paths", "default_library_dir": "paths", "default_templates_dir": "paths",
    "fragment_from_dict": "schema", "fragments_from_data": "schema", "read_fragment_file": "schema",
    "load_templates": "templates", "read_template": "templates", "parse_yaml": "yamlio", "read_yaml": "yamlio",
}  # fmt: skip


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'drafter.library' has no attribute {name!r}")
    module = f"drafter.library.{_HOMES[name]}"
    __import__(module)  # importlib.import_module, without importing importlib (#18)
    return getattr(sys.modules[module], name)


__all__ = [
    "CONTEXT_HELPERS", "STANDARD_VARIABLES", "Library", "cache_dir", "check_jinja", "check_safe",
    "default_corpus_dir", "default_library_dir", "default_templates_dir", "fragment_files",
    "fragment_digest", "fragment_from_dict", "fragment_texts", "fragments_from_data", "load_library", "load_templates",
    "parse_jinja", "parse_yaml", "read_fragment_file", "read_template", "read_yaml", "used_variables",
]  # fmt: skip
