"""Build hook: the wheel carries the repository's fragments/, templates/ and corpus/ as package data.

The repository keeps these folders at its top (they are edited and reviewed there); a built
wheel copies them to `drafter/_shipped/`, where `drafter.library.paths` finds them. An
editable install needs no copy: `paths` finds the folders beside the package.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from setuptools import setup
from setuptools.command.build_py import build_py

SHIPPED = ("fragments", "templates", "corpus")
SKIP = shutil.ignore_patterns(".*", "__pycache__", "*.pyc", "*.sqlite", "*.sqlite-*", "*.tmp")


class BuildWithShippedData(build_py):
    """build_py, plus a copy of the shipped library, templates and corpus into the package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        root = Path(__file__).resolve().parent
        target = Path(self.build_lib) / "drafter" / "_shipped"
        for name in SHIPPED:
            source = root / name
            if not source.is_dir():
                raise SystemExit(f"drafter build: {source} is missing; build from a full checkout or sdist")
            shutil.rmtree(target / name, ignore_errors=True)
            shutil.copytree(source, target / name, ignore=SKIP)


# The `drafter` command. Outside Windows it is bin/drafter, installed as it is (pip, uv and pipx write this venv's
# interpreter into its first line): the wrapper pip < 25.0 writes for an entry point (what `python -m venv` bundles
# with Python 3.11 and 3.12) imports `re` before drafter's first line, ~half an interpreter start for every command
# (#18). Windows needs the entry point, for which pip writes drafter.exe.
if os.name == "nt":
    COMMAND: dict[str, Any] = {"entry_points": {"console_scripts": ["drafter = drafter.cli:script"]}}
else:
    COMMAND = {"scripts": ["bin/drafter"], "entry_points": {}}  # none, but given: setuptools < 68 asks (dynamic)

setup(cmdclass={"build_py": BuildWithShippedData}, **COMMAND)
