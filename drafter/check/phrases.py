"""Rule `outdated-phrase`: a 提法 of a past period (又好又快, 社会管理创新 …), with today's wording."""

from __future__ import annotations

from collections.abc import Sequence

from drafter.check import lazyre as re
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
    planned = _past_plan_starts(lines, year) + _plan_years_said(lines, year)
    return findings + [f for f in planned if not any(f.line == ln and abs(f.column - col) <= 6 for ln, col in seen)]


# 今年是“十三五”规划的开局之年 in a speech of 2022 (or 明年是…收官之年, 2023年是“十三五”…的关键之年): the year said to be a
# year of a plan that lies outside the plan's five years — an old speech's sentence kept when the year was changed.
_PLAN_YEAR = re.compile(
    r"(?P<when>今年|明年|(?P<y>(?:19|20)\d\d)年)[，,]?(?:是|为|既是|也是|正值|恰逢)"
    # 2026年是农历丙午马年，是“十四五”规划的开局之年，也是…: what the year is, said as a list of clauses, each opening on
    # 是 (也是, 又是, 更是) — the plan's year may be the second or third of them
    r"(?P<mid>(?:[^。；;，,！？]{0,30}?[，,](?:也|又|更|还|同时)?是){0,2}?[^。；;，,！？]{0,14}?)"
    r"[“\"]?十(?P<n>[一二三四五六七])五[”\"]?(?:规划|时期)?(?:的)?"
    r"(?P<role>开局之年|开局年|起步之年|第[一二三四五]年|收官之年|收官年|最后一年|关键之年|攻坚之年|中期之年|决胜之年|冲刺之年)"
)
_ROLE_OFFSET = {"开局之年": 0, "开局年": 0, "起步之年": 0, "第一年": 0, "第二年": 1, "第三年": 2, "第四年": 3,
                "第五年": 4, "收官之年": 4, "收官年": 4, "最后一年": 4}  # fmt: skip


def _plan_years_said(lines: Sequence[str], year: int) -> list[Finding]:
    """今年是“十三五”规划的开局之年 where 今年 is outside 2016–2020. 今年 is the speech's year; a speech that names a
    year that makes the sentence right anywhere may be of that year, its page's later date aside; one that names no year
    at all (a page's 2022-03-26 is not the speech's) is left alone."""
    named: set[int] | None = None  # the years the speech names: read at the first plan's year said (most say none, #18)
    findings = []
    for lineno, line in enumerate(lines, start=1):
        for m in _PLAN_YEAR.finditer(line) if "年" in line else ():  # (every year it names is said with 年, #18)
            if re.search(r"十[一二三四五六七]五", m.group("mid")):
                continue  # 今年是“十三五”收官和“十四五”开局之年: the nearer plan is the one said
            if named is None:
                named = {int(y) for ln in lines for y in re.findall(r"(?<!\d)((?:19|20)\d\d)\s*年", ln)}
            first = 2006 + 5 * "一二三四五六七".index(m.group("n"))
            said = int(m.group("y")) if m.group("y") else year + (m.group("when") == "明年")
            offset = _ROLE_OFFSET.get(m.group("role"))
            right = [first + offset] if offset is not None else list(range(first, first + 5))
            if not m.group("y") and not named:
                continue  # 今年 with no year named (only a page's 2022-03-26): the speech's year is unknown
            step = int(m.group("when") == "明年")
            if said in right or (not m.group("y") and any(y + step in right for y in named)):
                continue  # a year the speech names may be its own (a page's later date aside)
            plan = f"“十{m.group('n')}五”"
            name = _plan_name(said)
            now = f"{name}规划的第{'一二三四五'[(said - 2006) % 5]}年" if name else "当前五年规划的一年"
            findings.append(Finding(
                "outdated-phrase", Severity.WARNING,
                f"{plan}是{first}—{first + 4}年，这里说的是{said}年：“{m.group(0)}”与年份不符", lineno,
                m.start() + 1, m.group(0), f"核对年份和提法：{said}年是{now}",
            ))  # fmt: skip
    return findings


# 确保“十三五”规划开好局、起好步 in a speech of 2026: a five-year plan's start, said as the task ahead, of a plan whose first
# year is past (十一五 2006 … 十五五 2026) — an old speech's sentence kept when the year was changed. 2021年，我们实现了
# “十四五”开好局 tells of that year (the sentence names it), and is left alone.
_PLAN_START = re.compile(
    r"[“\"]?十(?P<n>[一二三四五六七])五[”\"]?(?:规划|时期|发展)?(?:的)?"
    # 夺取“十三五”开局之年的“开门红” / 确保“十四五”开局之年开好局: the plan's first year named before the start it makes
    r"(?:(?:开局之年|开局年|第一年)[的，,]?(?:实现|夺取|迎来)?(?!了)[“\"]?)?"
    r"(?P<w>开好局|起好步|开局起步|开门红|开好头|良好开局)"
)


def _plan_number(year: int) -> int:
    """The five-year plan a year is in: 2026 → 15 (十五五, 2026–2030), 2006 → 11."""
    return 11 + (year - 2006) // 5


def _plan_name(year: int) -> str:
    """“十五五” for 2026 (the plans 十一五 to 十九五), else ""."""
    number = _plan_number(year)
    return f"“十{'一二三四五六七八九'[number - 11]}五”" if 11 <= number <= 19 else ""


def _past_plan_starts(lines: Sequence[str], year: int) -> list[Finding]:
    findings = []
    current = _plan_number(year)
    now = _plan_name(year) or "当前五年规划"
    for lineno, line in enumerate(lines, start=1):
        for m in _PLAN_START.finditer(line) if "五" in line else ():  # (a plan's name, 十X五, holds it: #18)
            first = 2006 + 5 * ("一二三四五六七".index(m.group("n")))
            if year <= first:
                continue
            start = max(line.rfind(c, 0, m.start()) for c in "。！？!?")
            end = min((i for i in (line.find(c, m.end()) for c in "。！？!?") if i >= 0), default=len(line))
            sentence = line[start + 1 : end]
            if f"{first}年" in sentence or re.search(r"(?:实现了|确保了|取得了|迎来了|完成了)[^，。；,;]{0,4}$", line[: m.start()]):
                continue  # 2021年，…实现“十四五”开好局: that year's, told as history
            plan, shown = f"“十{m.group('n')}五”", m.group(0) if m.group(0).startswith(("“", "\"")) else f"“{m.group(0)}”"
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
