"""Curate the fragment library: query it, edit single fragments safely, lint and dedupe it.

The CLI (`drafter fragments …`, `drafter templates …`) is a thin client of
these functions; nothing here prints or prompts.
"""
