"""Rule `outdated-phrase`: a 提法 of a past period (又好又快, 社会管理创新 …), with today's wording."""

from __future__ import annotations

from collections.abc import Sequence

from drafter.findings import Finding, Severity
from drafter.outdated import find_outdated


def check_outdated(lines: Sequence[str]) -> list[Finding]:
    """One warning per outdated phrase, naming its period and the wording to use instead."""
    findings = []
    for lineno, line in enumerate(lines, start=1):
        for match in find_outdated(line):
            entry = match.phrase
            findings.append(Finding(
                "outdated-phrase", Severity.WARNING,
                f"“{entry.phrase}”是过去的提法（{entry.period}）", lineno, match.start + 1,
                entry.phrase, f"改用现在的说法：{entry.replacement}",
            ))  # fmt: skip
    return findings
