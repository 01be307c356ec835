"""`python -m drafter` runs the CLI."""

from drafter.cli import script

script()
