"""Rule `outdated-phrase`: a 提法 of a past period (又好又快, 社会管理创新 …), with today's wording."""

from __future__ import annotations

import re
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
    seen = {(f.line, f.column) for f in findings}  # “十五五”开好局 in 2027: the table's entry said it
    return findings + [
        f for f in _past_plan_starts(lines, year) if not any(f.line == ln and abs(f.column - col) <= 6 for ln, col in seen)
    ]


# 确保“十三五”规划开好局、起好步 in a speech of 2026: a five-year plan's start, said as the task ahead, of a plan whose first
# year is past (十一五 2006 … 十五五 2026) — an old speech's sentence kept when the year was changed. 2021年，我们实现了
# “十四五”开好局 tells of that year (the sentence names it), and is left alone.
_PLAN_START = re.compile(
    r"[“\"]?十(?P<n>[一二三四五六七])五[”\"]?(?:规划|时期|发展)?(?:的)?(?P<w>开好局|起好步|开局起步|开门红|开好头|良好开局)"
)


def _past_plan_starts(lines: Sequence[str], year: int) -> list[Finding]:
    findings = []
    current = 10 + (year - 2006) // 5 + 1  # 2026: 十五五 (the 15th plan)
    now = f"“十{'一二三四五六七八九'[current - 11]}五”" if 11 <= current <= 19 else "当前五年规划"
    for lineno, line in enumerate(lines, start=1):
        for m in _PLAN_START.finditer(line):
            first = 2006 + 5 * ("一二三四五六七".index(m.group("n")))
            if year <= first:
                continue
            start = max(line.rfind(c, 0, m.start()) for c in "。！？!?")
            end = min((i for i in (line.find(c, m.end()) for c in "。！？!?") if i >= 0), default=len(line))
            sentence = line[start + 1 : end]
            if f"{first}年" in sentence or re.search(r"(?:实现了|确保了|取得了|迎来了|完成了)[^，。；,;]{0,4}$", line[: m.start()]):
                continue  # 2021年，…实现“十四五”开好局: that year's, told as history
            plan, shown = f"“十{m.group('n')}五”", m.group(0) if m.group(0).startswith("“") else f"“{m.group(0)}”"
            again = f"{now}规划开好局" if year == 2006 + 5 * (current - 11) else f"实现{now}规划目标"
            findings.append(Finding(
                "outdated-phrase", Severity.WARNING,
                f"{plan}的开局之年是{first}年，讲话是{year}年的：{shown}是过去的提法", lineno,
                m.start() + 1, m.group(0), f"改用现在的说法：{again}",
            ))  # fmt: skip
    return findings


def _speech_year(lines: Sequence[str]) -> int:
    from drafter import outdated
    from drafter.check.lines import _newest_year

    newest = _newest_year(lines, [])
    return newest if newest >= 2000 else outdated.this_year()
