"""`re` for the check's rule modules, whose `compile` builds a pattern when it is first used (#18).

The rule modules hold ~480 patterns at module level, and building them was ~20 M instructions of a ~175 M `drafter
check` in one process (~40% of the check's start above `python -c pass`), even from drafter's kept code
(drafter/regexcache.py); a speech uses a fifth to two fifths of them (~120 for a three-line speech, ~190 over a
county's drafts), the rest being rules' words that speech never reaches. A rule module imports this module as `re`
(`from drafter.check import lazyre as re`): everything is `re`'s own but `compile`, whose `LazyPattern` is compiled by
`re.compile` on the first use of any of its attributes, which from then on are the compiled Pattern's own (stored in
slots), and a module's global holding it is bound to the Pattern itself (`_put_back`).

A LazyPattern is not a Pattern: `re.search(_X, …)` or `isinstance(_X, re.Pattern)` would refuse it. The rule modules
call the pattern's own methods (`_X.search(…)`); `compiled` gives the Pattern itself where one is needed.
"""

from __future__ import annotations

import re as _re
import sys
from re import (
    ASCII,
    DOTALL,
    IGNORECASE,
    MULTILINE,
    Match,
    Pattern,
    error,
    escape,
    findall,
    finditer,
    fullmatch,
    match,
    search,
    split,
    sub,
    subn,
)

# What the rule modules use of `re`, as it is, and `compile`.
__all__ = ["ASCII", "DOTALL", "IGNORECASE", "MULTILINE", "LazyPattern", "Match", "Pattern", "compile", "compiled", "error",
           "escape", "findall", "finditer", "fullmatch", "match", "search", "split", "sub", "subn"]  # fmt: skip

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time (#18)
if TYPE_CHECKING:
    from typing import Any

# What a Pattern offers (besides its dunder methods), each copied from the compiled Pattern on first use.
_ATTRIBUTES = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner", "flags",
               "groups", "groupindex")  # fmt: skip


class LazyPattern:
    """A pattern compiled by `re.compile(pattern, flags)` when any attribute but `pattern` is first read."""

    __slots__ = ("pattern", "_flags", "_home", "_compiled", *_ATTRIBUTES)
    _compiled: Any

    def __init__(self, pattern: Any, flags: int = 0, home: dict[str, Any] | None = None) -> None:
        self.pattern = pattern
        self._flags = flags
        self._home = home  # the globals of the module that made it, where it is put back as the Pattern itself

    def __getattr__(self, name: str) -> Any:
        """Called only for an attribute not set yet: compile, set every one, and answer."""
        if name.startswith("_"):  # `_compiled` before compiling, a dunder method looked up on the instance
            raise AttributeError(name)
        compiled = self.compiled()
        if name in _ATTRIBUTES:
            return getattr(self, name)
        return getattr(compiled, name)

    def compiled(self) -> Any:
        """The Pattern itself (compiled now if it was not yet)."""
        try:
            return self._compiled
        except AttributeError:
            pass
        compiled = _re.compile(self.pattern, self._flags)
        for name in _ATTRIBUTES:
            object.__setattr__(self, name, getattr(compiled, name))
        self._compiled = compiled
        if self._home is not None:
            _put_back(self, compiled, self._home)
        return compiled

    def __repr__(self) -> str:
        return repr(self.compiled())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyPattern):
            other = other.compiled()
        return bool(self.compiled() == other)

    def __hash__(self) -> int:
        return hash(self.compiled())

    def __reduce__(self) -> Any:
        return (LazyPattern, (self.pattern, self._flags))


def compile(pattern: str, flags: int = 0) -> Pattern[str]:  # noqa: A001 - `re.compile` of the rule modules
    """A pattern compiled when first used (`LazyPattern`), which the rule modules use as a Pattern."""
    return LazyPattern(pattern, flags, sys._getframe(1).f_globals)  # type: ignore[return-value]


# For each module's globals (by id), the global name of each of its LazyPatterns (by id), and how many globals the
# module had when they were listed: read once a module, when its first pattern is compiled (a module's ~60-200
# patterns would otherwise each look through its ~300-600 globals).
_names: dict[int, tuple[int, dict[int, str]]] = {}


def _put_back(lazy: LazyPattern, compiled: Any, home: dict[str, Any]) -> None:
    """Bind the module global that holds `lazy` to its compiled Pattern: the rule's next `_X.search(…)` then calls
    the Pattern's method directly. Through the LazyPattern a call cost ~75 ns more (the bound method it keeps is
    called the slower way): ~0.4 M instructions of a draft's self-check (perf41). A LazyPattern not held by a global
    name (in a tuple or a dict of patterns, made in a function) stays, and serves as before."""
    known = _names.get(id(home))
    if known is None or known[0] != len(home):  # not listed yet, or listed before the module had run to its end
        known = len(home), {id(value): name for name, value in home.items() if type(value) is LazyPattern}
        _names[id(home)] = known
    name = known[1].get(id(lazy))
    if name is not None and home.get(name) is lazy:
        home[name] = compiled


def compiled(pattern: Any) -> Any:
    """The Pattern `pattern` stands for (a Pattern, or a LazyPattern compiled now)."""
    return pattern.compiled() if isinstance(pattern, LazyPattern) else pattern


def compile_all() -> int:
    """Compile every pattern the check's modules hold (as globals, or in their tuples, lists and dicts): the resident
    drafter does so before it forks a child for each command, which would otherwise compile the patterns its speech
    reaches and the warm-up did not, each time. Returns how many were compiled now."""
    done = 0
    for name, module in list(sys.modules.items()):
        if not name.startswith("drafter.check.") or module is None:
            continue
        for value in list(vars(module).values()):
            items = value.values() if isinstance(value, dict) else value if isinstance(value, tuple | list) else (value,)
            for item in items:
                if type(item) is LazyPattern and not hasattr(item, "_compiled"):
                    item.compiled()
                    done += 1
    return done
