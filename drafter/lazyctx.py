"""`contextlib.contextmanager` and `contextlib.suppress`, with contextlib imported when one is first used (#18).

drafter.files and drafter.limits, which every command imports, declare their context managers (a file lock, files
written together, signals held) with `@contextmanager` when they are imported, so importing contextlib (~2.5 M
instructions: its ABCs and a dozen classes) was part of every start, while a check or a search enters none of them.
`contextmanager` here returns a function that makes the real `contextlib.contextmanager` of the generator at its first
call and calls that: what a `with` gets is contextlib's own, as before.
"""

from __future__ import annotations

import functools

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time (#18: ~10 M instructions)
if TYPE_CHECKING:
    from contextlib import contextmanager as contextmanager
    from contextlib import suppress as suppress
else:

    def contextmanager(function):
        """`contextlib.contextmanager(function)`, made at the first call."""
        made = []

        @functools.wraps(function)
        def helper(*args, **kwargs):
            if not made:
                import contextlib

                made.append(contextlib.contextmanager(function))
            return made[0](*args, **kwargs)

        return helper

    def suppress(*exceptions):
        """`contextlib.suppress(*exceptions)`."""
        import contextlib

        return contextlib.suppress(*exceptions)
