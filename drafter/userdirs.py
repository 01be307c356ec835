"""The user's cache, data and config folders for drafter: platformdirs' answer, without its import on Linux.

Importing platformdirs costs a command about 14 ms of CPU (half again a bare interpreter
start) for one path. On Linux and other XDG systems the rule is short and fixed by the
XDG Base Directory specification, which platformdirs follows: `$XDG_<KIND>_HOME/drafter`
when that variable holds an absolute path, else `~/.cache/drafter`, `~/.local/share/drafter`
or `~/.config/drafter`. Everywhere else (Windows, macOS, Android, iOS) platformdirs answers.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP = "drafter"
_XDG = {"cache": ("XDG_CACHE_HOME", ".cache"), "data": ("XDG_DATA_HOME", ".local/share"),
        "config": ("XDG_CONFIG_HOME", ".config")}  # fmt: skip
_OTHER_SYSTEMS = ("win32", "cygwin", "darwin", "ios", "android", "emscripten", "wasi")


def user_folder(kind: str) -> Path:
    """platformdirs.user_<kind>_dir("drafter", appauthor=False) for kind "cache", "data" or "config"."""
    if _xdg_system():
        variable, default = _XDG[kind]
        base = os.environ.get(variable, "")
        if not os.path.isabs(base):
            base = os.path.join(os.path.expanduser("~"), default)
        return Path(base, APP)
    import platformdirs

    return Path(getattr(platformdirs, f"user_{kind}_dir")(APP, appauthor=False))


def _xdg_system() -> bool:
    if sys.platform.startswith(_OTHER_SYSTEMS) or hasattr(sys, "getandroidapilevel"):
        return False
    # platformdirs treats an Android app's environment as Android even on a Linux kernel
    return not (os.environ.get("ANDROID_DATA") == "/data" and os.environ.get("ANDROID_ROOT") == "/system")
