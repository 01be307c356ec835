"""Standard modules that the standard library imports but a plain command never uses, run when first used.

`dataclasses` imports `inspect` (with ast, dis, tokenize, linecache …) to write a docstring for a
class that has none, and `copy` (with weakref) for `asdict`; `pathlib` imports `ntpath` (Windows
paths) and `urllib.parse` (for `Path.as_uri`), which imports `ipaddress` (for an IPv6 host in a URL).
A check or a search uses none of them, and importing them costs ~45 M instructions of a ~200 M start
(callgrind; `python -c pass` is 38 M).

`defer()` puts each such module into sys.modules as a module object whose code has not run yet:
`import inspect` then finds it there (reading only its `__spec__`) and the first real use of it
— any other attribute, `from inspect import x`, dir(), setting an attribute — runs the module's
code into that same object, under a lock, as an ordinary import would have. So a command that
does use it (typer's help, a draft's jinja2) gets the same module, one import later. Only
modules not yet imported are deferred, and only where Python finds them itself (no other finder).
A module of a package (urllib.parse) is also set on its package, as an import would. A name
another module imports from a deferred one at its own import (`from urllib.parse import
quote_from_bytes` in pathlib) would run it at once: such names (`STAND_INS`) are served by a
function that runs the module on its first call and then calls the module's own.

`when_run(name, then)` calls `then` right after a deferred module has run (the CLI patches dataclasses' `exec` with
its kept code there: drafter/execcache.py), so that a command that never uses the module pays for neither.

Installed by the CLI only (drafter.cli.main), like drafter.regexcache: code importing drafter as a
library is not affected.
"""

from __future__ import annotations

import _thread
import sys
from types import ModuleType

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time (#18: ~10 M instructions)
if TYPE_CHECKING:
    from collections.abc import Callable

# Imported by the standard library on every command, used by none of check, search or draft to screen; and dataclasses,
# which a check and a search no longer use (drafter/records.py) but the CLI's kept dataclass code patches (`when_run`).
DEFERRED = ("inspect", "ntpath", "ipaddress", "copy", "urllib.parse", "dataclasses")
# Functions imported by name from a deferred module while it is deferred: given as stand-ins that run it when called.
STAND_INS = {"urllib.parse": frozenset({"quote_from_bytes"})}
# What `import NAME` reads of a module already in sys.modules (its spec, to see whether it is still
# initialising): served without running the module.
_METADATA = frozenset({"__spec__", "__name__", "__loader__", "__package__", "__path__"})  # no __path__: not a package

_lock = _thread.RLock()
_loading: dict[int, int] = {}  # id(module) -> the thread running its code
_after: dict[str, list[Callable[[], object]]] = {}  # module name -> what runs once its code has run


class _Deferred(ModuleType):
    """A module whose code runs on the first use of anything but its metadata."""

    def __getattribute__(self, name: str) -> object:
        if name not in _METADATA and _loading.get(id(self)) != _thread.get_ident():
            if type(self) is _Deferred and name in STAND_INS.get(ModuleType.__getattribute__(self, "__name__"), ()):
                return _stand_in(self, name)
            _load(self)
        return ModuleType.__getattribute__(self, name)

    def __setattr__(self, name: str, value: object) -> None:
        if _loading.get(id(self)) != _thread.get_ident():
            _load(self)
        ModuleType.__setattr__(self, name, value)

    def __delattr__(self, name: str) -> None:
        if _loading.get(id(self)) != _thread.get_ident():
            _load(self)
        ModuleType.__delattr__(self, name)


def _load(module: ModuleType) -> None:
    """Run the module's code into it (once; another thread asking meanwhile waits for it)."""
    with _lock:
        if type(module) is not _Deferred:
            return  # run already (by another thread, or earlier)
        spec = ModuleType.__getattribute__(module, "__spec__")
        _loading[id(module)] = _thread.get_ident()
        try:
            spec.loader.exec_module(module)
        except BaseException:
            if sys.modules.get(spec.name) is module:
                del sys.modules[spec.name]  # as a failed import leaves it: the next import tries again
            raise
        finally:
            del _loading[id(module)]
        object.__setattr__(module, "__class__", ModuleType)
        for then in _after.pop(spec.name, ()):
            then()


def when_run(name: str, then: Callable[[], object]) -> bool:
    """Call `then` once the deferred module `name` has run (False, and nothing kept, when it is not deferred now)."""
    with _lock:
        if type(sys.modules.get(name)) is not _Deferred:
            return False
        _after.setdefault(name, []).append(then)
        return True


_stand_ins: dict[tuple[int, str], object] = {}


def _stand_in(module: ModuleType, name: str) -> object:
    """A function standing in for `module.name` until it is called: then the module runs and its own is called."""
    key = (id(module), name)
    if key not in _stand_ins:

        def call(*args: object, **kwargs: object) -> object:
            _load(module)
            return getattr(module, name)(*args, **kwargs)

        call.__name__ = call.__qualname__ = name
        call.__module__ = ModuleType.__getattribute__(module, "__name__")
        _stand_ins[key] = call
    return _stand_ins[key]


def defer(names: tuple[str, ...] = DEFERRED) -> list[str]:
    """Put each module of `names` not imported yet into sys.modules, to run on first use; the names deferred."""
    from drafter.specs import code_loaders, find_spec, module_from_spec

    source, sourceless, frozen = code_loaders()
    deferred = []
    for name in names:
        if name in sys.modules:
            continue
        try:
            spec = find_spec(name)
        except (ImportError, ValueError):
            continue
        # Only a plain module (not a package) of source, .pyc or frozen code, as Python finds it itself: its
        # loader's exec_module runs the code into the module object given, which is what running it later needs.
        if spec is None or spec.submodule_search_locations is not None:
            continue
        if not (isinstance(spec.loader, source | sourceless) or spec.loader is frozen):
            continue
        module = module_from_spec(spec)
        module.__class__ = _Deferred
        sys.modules[name] = module
        parent, _, child = name.rpartition(".")
        if parent:  # found above, so its package is imported: `import urllib.parse` then `urllib.parse.x` works
            setattr(sys.modules[parent], child, module)
        deferred.append(name)
    return deferred
