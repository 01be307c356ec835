"""drafter: template-driven drafting of Chinese official meeting speeches (领导讲话稿).

The library is the product; the CLI (`drafter.cli`) is a thin client. The public
API is importable from here; each name loads its stage module on first use so
`import drafter` stays cheap.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time (#18: ~10 M instructions)
if TYPE_CHECKING:
    from typing import Any

__version__ = "0.2.0"

_PUBLIC = {
    "load_library": "drafter.library",
    "load_templates": "drafter.library",
    "render_draft": "drafter.render",
    "resolve_answers": "drafter.render",
    "make_draft": "drafter.drafting",
    "DraftRequest": "drafter.drafting",
    "read_document": "drafter.reader",
    "check_text": "drafter.check",
    "DrafterError": "drafter.errors",
}

__all__ = ["__version__", *_PUBLIC]


# importlib (with warnings) is imported here, not at the top: the console script imports this package before it
# hands a command to the resident (drafter/cli/handover.py), which never needs it.
def __getattr__(name: str) -> Any:
    import importlib

    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'drafter' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
