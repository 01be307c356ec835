"""Command-line interface of drafter (the only package that imports typer or prints).

Subcommands are registered lazily (see COMMANDS in drafter/cli/app.py): start-up imports
typer and this package's frame only, and a command's module when that command runs.
"""

from __future__ import annotations

from drafter.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    """Entry point of the `drafter` console script."""
    app()
