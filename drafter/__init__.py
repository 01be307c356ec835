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


# Without importlib (~0.6 M instructions, #18): `from drafter import execcache` asks here first for every submodule
# not imported yet (the CLI's first line), and a name that is none of the public ones is answered at once.
def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'drafter' has no attribute {name!r}")
    import sys

    __import__(module)
    return getattr(sys.modules[module], name)
