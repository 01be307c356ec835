"""What a check or the linter reports: `Finding` and its `Severity` (plain data, like drafter.model).

A module of its own so that proof-reading a speech (`drafter check`, the CLI's quickest command
after `fragments search`) does not build the fragment, template and draft classes of
drafter.model, which it never uses. drafter.model re-exports both names; this module, like
model, errors and text, imports nothing from drafter.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    """Severity of a checker or lint finding."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Finding:
    """A problem found by the checker or the linter."""

    rule: str
    severity: Severity
    message: str
    line: int = 0
    column: int = 0
    text: str = ""
    suggestion: str = ""
    path: str = ""
    fragment_id: str = ""
