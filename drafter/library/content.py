"""What a library's content is, without parsing it: the key `Library.content` holds.

`load_library` parses fragment files through the load cache (drafter.library.cache), which
hashes every file's bytes to know its entry is still that file's; when it knew every file,
the library's `content` is a key of the parsing code's version and each file's name and
digest. Caches of what is computed from the fragments (search's index) are keyed by it.
`library_content` computes the same key by hashing the files alone, so such a cache can be
read without parsing or unpickling the library; it imports nothing that parses.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from drafter.errors import FragmentFormatError
from drafter.files import cache_key, module_stamp, walk_files
from drafter.library.paths import is_throwaway, user_cache_dir

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time (#18: ~10 M instructions)
if TYPE_CHECKING:
    from typing import Any

_CACHE_VERSION = 5  # 3: files keyed by XXH3-128 of their bytes (was blake2b); 4: code keyed by XXH3 too; 5: a shard per file


def cache_dir() -> Path | None:
    """Where parsed fragment files are cached, or None when caching is off.

    `DRAFTER_CACHE_DIR` sets the folder, `DRAFTER_NO_CACHE=1` turns caching
    off; the default is the user's cache folder (platformdirs, honours
    XDG_CACHE_HOME), never the library itself.
    """
    if os.environ.get("DRAFTER_NO_CACHE", "") not in ("", "0"):
        return None
    return user_cache_dir()


def caches(root: Path) -> bool:
    """Whether the load cache keeps `root`'s parsed files: not throw-away libraries (tests, scratch copies)."""
    return cache_dir() is not None and (bool(os.environ.get("DRAFTER_CACHE_DIR")) or not is_throwaway(root))


@functools.lru_cache(maxsize=1)
def code_version() -> tuple[Any, ...]:
    """What the parsed result depends on besides the file: this code and its versions (the code this process runs:
    read once, where every draft read and hashed the library's modules again)."""
    library = Path(__file__).resolve().parent
    modules = [*sorted(library.glob("*.py")), *(library.parent / name for name in ("model.py", "text.py", "errors.py"))]
    code = cache_key(*(module.read_bytes() for module in modules))
    return (_CACHE_VERSION, code, module_stamp("yaml"), module_stamp("jinja2"))


def scan(root: Path) -> tuple[list[Path], list[Path]]:
    """The fragment files of a library folder (or one file) in a stable order, and the folders that cannot be read."""
    if root.is_file():
        return [root], []
    return walk_files(root, (".yaml", ".yml"))


def content_key(version: tuple[Any, ...], digests: list[tuple[str, bytes]]) -> str:
    """The content key of a library parsed by this code `version` from these (file name, XXH3-128 digest) pairs."""
    parts = [repr(version).encode()]
    for name, digest in digests:
        parts += [name.encode(), digest]
    return cache_key(*parts)


def library_content(root: str | Path) -> str:
    """What `load_library(root).content` is while no file changes, found by hashing the files alone.

    "" when the load cache would not know it (caching off, a throw-away library, a folder or
    file that cannot be read) or the library is missing. A file the load cache could not
    parse as text (not UTF-8) gives a key no load ever writes, so a cache keyed by it is never found.
    """
    from drafter.library.digests import FileDigests

    path = Path(root)
    if not path.exists() or not caches(path):
        return ""
    files, unreadable = scan(path)
    if unreadable:
        return ""
    memo = FileDigests.open(path)  # a file read before at the stamp it has now is not read again
    digests = []
    for file in files:
        digest = memo.digest(file)
        if digest is None:
            try:
                digest = memo.read(file, read_fragment_bytes)[1]
            except (FragmentFormatError, OSError):
                return ""
        digests.append((str(file), digest))
    memo.save(files)
    return content_key(code_version(), digests)


def read_fragment_bytes(file: Path) -> bytes:
    """The bytes of a fragment file, as the load cache reads them (a device, a pipe or a file too large refused)."""
    from drafter.limits import MAX_YAML_BYTES, read_limited

    return read_limited(file, MAX_YAML_BYTES, "YAML 文件", FragmentFormatError)
