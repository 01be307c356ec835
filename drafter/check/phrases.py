"""Rule `outdated-phrase`: a 提法 of a past period (又好又快, 社会管理创新 …), with today's wording."""

from __future__ import annotations

from collections.abc import Sequence

from drafter.findings import Finding, Severity
from drafter.outdated import find_outdated


def check_outdated(lines: Sequence[str]) -> list[Finding]:
    """One warning per outdated phrase, naming its period and the wording to use instead.

    A phrase of one year (十五五开局起步) is judged by the speech's year: the newest year it names, else this year
    (a 2026 speech reused in 2027 and given its new year is told; one that names 2026 is not)."""
    year = _speech_year(lines)
    findings = []
    for lineno, line in enumerate(lines, start=1):
        for match in find_outdated(line, year):
            entry = match.phrase
            said = entry.phrase if entry.phrase.startswith("“") else f"“{entry.phrase}”"  # not ““十五五”开局起步”
            findings.append(Finding(
                "outdated-phrase", Severity.WARNING,
                f"{said}是过去的提法（{entry.period}）", lineno, match.start + 1,
                entry.phrase, f"改用现在的说法：{entry.replacement}",
            ))  # fmt: skip
    return findings


def _speech_year(lines: Sequence[str]) -> int:
    from drafter import outdated
    from drafter.check.lines import _newest_year

    newest = _newest_year(lines, [])
    return newest if newest >= 2000 else outdated.this_year()
