"""Where things live: the shipped library, templates and corpus, and the user's folders.

Shipped data: a wheel carries it in `drafter/_shipped/` (copied there by setup.py); a
source checkout or editable install keeps it in the repository's `fragments/`,
`templates/` and `corpus/` beside the package. Nothing else is searched: a folder
that happens to be called `fragments` in the working directory is never picked up.

User folders follow platformdirs (XDG on Linux, where drafter.userdirs applies the rule
without importing it; ~/Library on macOS, %APPDATA% on Windows). Environment variables:

- `DRAFTER_LIBRARY`, `DRAFTER_TEMPLATES`, `DRAFTER_CORPUS`: replace the shipped folders.
- `DRAFTER_HOME`: the user's default workspace (own library, templates, corpus).
- `DRAFTER_CONFIG`: the configuration file to use (instead of searching for one).
- `DRAFTER_CACHE_DIR`: the cache folder; `DRAFTER_NO_CACHE=1` turns the caches off.
- `XDG_CONFIG_HOME`, `XDG_DATA_HOME`, `XDG_CACHE_HOME`: honoured through platformdirs.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

APP = "drafter"


def default_library_dir() -> Path:
    """The library shipped with drafter (the repository's `fragments/`)."""
    return _shipped_dir("DRAFTER_LIBRARY", "fragments")


def default_templates_dir() -> Path:
    """The templates shipped with drafter (the repository's `templates/`)."""
    return _shipped_dir("DRAFTER_TEMPLATES", "templates")


def default_corpus_dir() -> Path:
    """The cleaned speeches shipped with drafter (the repository's `corpus/`)."""
    return _shipped_dir("DRAFTER_CORPUS", "corpus")


@functools.cache  # this file's folder does not move under a running process (a draft asks ~15 times)
def package_dir() -> Path:
    """The installed `drafter/` package folder."""
    return Path(__file__).resolve().parents[1]


def is_shipped(path: str | Path) -> bool:
    """Whether `path` lies inside the installed package or the shipped folders (never written to)."""
    try:
        resolved = Path(path).resolve()
    except OSError:
        return False
    return any(resolved == root or resolved.is_relative_to(root) for root in _shipped_roots())


@functools.cache  # where the package and its shipped folders are does not change under a running process, as
def _shipped_roots() -> tuple[Path, ...]:  # `package_dir` (a draft asked twice, ~8 stats each, #18)
    return (package_dir(), *(_shipped_dir("", name) for name in ("fragments", "templates", "corpus")))


def is_throwaway(root: str | Path) -> bool:
    """Whether a library at `root` is a throw-away copy (tests, scratch) the user's cache should not keep.

    One under the temp folder is, unless it is the shipped library: a venv made under /tmp
    keeps its library for as long as it is used. That common case is answered without
    importing tempfile (with shutil, random, bz2 and lzma, ~4 ms of a start).
    """
    if is_shipped(root):
        return False
    import tempfile

    try:
        return Path(root).resolve().is_relative_to(Path(tempfile.gettempdir()).resolve())
    except OSError:
        return False


def is_shipped_package(path: str | Path) -> bool:
    """Whether `path` lies inside the installed package (a wheel's copy of the shipped data)."""
    try:
        return Path(path).resolve().is_relative_to(package_dir())
    except OSError:
        return False


def _shipped_dir(env: str, name: str) -> Path:
    if env and os.environ.get(env):
        return Path(os.environ[env])
    package = package_dir()
    installed = package / "_shipped" / name
    if installed.is_dir():
        return installed
    checkout = package.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / name).is_dir():
        return checkout / name
    return installed  # reported as missing by whoever reads it


def user_cache_dir() -> Path:
    """The user's cache folder for drafter (`DRAFTER_CACHE_DIR`, else platformdirs)."""
    from drafter.cachefile import user_cache_root

    return user_cache_root()


def user_data_dir() -> Path:
    """Where the user's default workspace lives (`DRAFTER_HOME`, else platformdirs' data folder)."""
    if os.environ.get("DRAFTER_HOME"):
        return Path(os.environ["DRAFTER_HOME"])
    from drafter.userdirs import user_folder

    return user_folder("data")


def user_config_file() -> Path:
    """The user's own configuration file (`DRAFTER_CONFIG`, else platformdirs' config folder)."""
    if os.environ.get("DRAFTER_CONFIG"):
        return Path(os.environ["DRAFTER_CONFIG"])
    from drafter.userdirs import user_folder

    return user_folder("config") / "config.yaml"
