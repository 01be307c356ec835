"""Command-line interface of drafter (the only package that imports typer or prints)."""

from __future__ import annotations

from drafter.cli import check as _check  # noqa: F401  (registers `drafter check`)
from drafter.cli import diff as _diff  # noqa: F401  (registers `drafter diff`)
from drafter.cli import draft as _draft  # noqa: F401  (registers `drafter draft`)
from drafter.cli import export as _export  # noqa: F401  (registers `drafter export`)
from drafter.cli import fragments as _fragments  # noqa: F401  (registers `drafter fragments …`)
from drafter.cli import ingest as _ingest  # noqa: F401  (registers `drafter ingest`)
from drafter.cli import init as _init  # noqa: F401  (registers `drafter init`)
from drafter.cli import serve as _serve  # noqa: F401  (registers `drafter serve`)
from drafter.cli import templates as _templates  # noqa: F401  (registers `drafter templates …`)
from drafter.cli import update as _update  # noqa: F401  (registers `drafter update`)
from drafter.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    """Entry point of the `drafter` console script."""
    app()
