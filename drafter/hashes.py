"""blake2b and sha256 from Python's own modules, without importing hashlib (#18).

`import hashlib` loads OpenSSL (~11 M instructions of a start; a bare `python -c pass` is ~38 M) for
every name it offers, while a draft needs only these two, which Python builds in (`_blake2`, `_sha256`
up to 3.11, `_sha2` from 3.12). The digests are the standard ones: the same bytes whichever module
computes them. Where a build lacks them, hashlib's are used.
"""

from __future__ import annotations

try:
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without its blake2 module
    from hashlib import blake2b

try:
    from _sha256 import sha256  # type: ignore[import-not-found,unused-ignore]  # Python 3.11
except ImportError:  # pragma: no cover - depends on the Python version
    try:
        from _sha2 import sha256  # type: ignore[import-not-found,no-redef,unused-ignore]  # Python 3.12 and later
    except ImportError:
        from hashlib import sha256  # type: ignore[assignment,unused-ignore]

__all__ = ["blake2b", "sha256"]
