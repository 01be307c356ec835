"""Proof-read a speech the way a reviewer does: counts, numbering, placeholders, level words, places.

`check_text` returns a `CheckReport` with one `Finding` per problem (rule ids
as in PRODUCT.md: count-mismatch, numbering, placeholder, level-mix,
foreign-place, repeated-char, halfwidth-punct, date-format, duration).
`fix_text` applies only the mechanical fixes (punctuation width, 1、 → 1.,
（一）、 → （一）).

A file may hold several speeches (a collection copied from the web); a new
称谓 (同志们：) or a collection heading starts a new speech, whose outline,
place and level are checked on their own.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from drafter.errors import UsageError
from drafter.model import Finding, Severity
from drafter.structure import Block, SeriesItem, find_runin_series, match_heading, parse_blocks, strip_markdown
from drafter.text import (
    HALF_TO_FULL,
    LEVELS,
    UPPER_LEVEL,
    cn_number,
    count_han,
    count_word,
    halfwidth_positions,
    level_of_place,
    parse_cn_number,
)

ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
RULES = (
    "count-mismatch",
    "numbering",
    "placeholder",
    "level-mix",
    "foreign-place",
    "repeated-char",
    "halfwidth-punct",
    "date-format",
    "duration",
)
MARKS = {1: "一、", 2: "（一）", 3: "1.", 4: "（1）"}


@dataclass(frozen=True, slots=True)
class CheckReport:
    """What the checker found in one text.

    `inferred` says how the place and level were found when not given
    (keys `place`, `level`, and `speeches` when the file holds several).
    """

    place: str | None
    level: str | None
    inferred: dict[str, Any]
    duration_minutes: float
    findings: tuple[Finding, ...]
    han_chars: int = 0

    @property
    def errors(self) -> int:
        return sum(f.severity == ERROR for f in self.findings)

    def count(self, severity: Severity) -> int:
        return sum(f.severity == severity for f in self.findings)

    def as_dict(self) -> dict[str, Any]:
        """Plain data for `--json`."""
        keys = ("rule", "severity", "line", "column", "text", "message", "suggestion")
        return {
            "place": self.place,
            "level": self.level,
            "inferred": self.inferred,
            "duration_minutes": self.duration_minutes,
            "han_chars": self.han_chars,
            "findings": [{k: str(getattr(f, k)) if k == "severity" else getattr(f, k) for k in keys}
                         for f in self.findings],
        }  # fmt: skip


@dataclass(frozen=True, slots=True)
class Fix:
    """One mechanical change made by `fix_text`."""

    line: int
    column: int
    old: str
    new: str
    rule: str


@dataclass(slots=True)
class _Context:
    """The place and level a part of the text is checked against."""

    level: str | None = None
    place: str | None = None
    places: tuple[Any, ...] = ()  # gazetteer Places the name may denote
    reasons: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Speech:
    """Consecutive blocks that form one speech, and the lines they span."""

    blocks: tuple[Block, ...]
    first: int
    last: int


# ---------------------------------------------------------------- public API


def check_text(
    text: str, *, place: str | None = None, level: str | None = None, rate: int = 200, path: str = ""
) -> CheckReport:
    """Check a speech (or a file of several) and return every finding, sorted by position.

    Args:
        place: the speech's place (南通市); inferred from the title and text when None.
        level: 省/市/县/区/乡/镇; derived from `place` or inferred when None.
        rate: Han characters per minute for the duration estimate.
        path: file name recorded in each finding.
    """
    lines = text.splitlines()
    blocks = parse_blocks(text)
    speeches = split_speeches(blocks, len(lines))
    whole, contexts, inferred = _contexts(text, lines, speeches, place, level)
    findings: list[Finding] = []
    findings += check_outline(lines, blocks, speeches)
    findings += _line_rules(lines)
    for speech, ctx in zip(speeches, contexts, strict=True):
        span = range(speech.first, speech.last + 1)
        findings += check_level_words(lines, span, ctx.level)
        findings += check_places(lines, span, ctx)
    han = count_han(text)
    minutes = round(han / rate, 1)
    findings.append(_duration(han, rate, minutes))
    findings.sort(key=lambda f: (f.line, f.column, RULES.index(f.rule)))
    if path:
        findings = [_with_path(f, path) for f in findings]
    return CheckReport(whole.place, whole.level, inferred, minutes, tuple(findings), han)


def fix_text(text: str) -> tuple[str, list[Fix]]:
    """Apply the safe, mechanical fixes: half-width punctuation in Chinese text, wrong heading marks.

    Returns the new text and what changed (line, column, old, new). Idempotent.
    """
    out, changes = [], []
    for lineno, line in enumerate(text.split("\n"), start=1):
        chars = list(line)
        for i in halfwidth_positions(line):
            changes.append(Fix(lineno, i + 1, chars[i], HALF_TO_FULL[chars[i]], "halfwidth-punct"))
            chars[i] = HALF_TO_FULL[chars[i]]
        line, change = _fix_heading_mark("".join(chars), lineno)
        changes += change
        out.append(line)
    return "\n".join(out), changes


def _fix_heading_mark(line: str, lineno: int) -> tuple[str, list[Fix]]:
    body, _ = strip_markdown(line)
    head = match_heading(body) if body else None
    if not head:
        return line, []
    level, number, mark, _bad = head
    if mark.startswith("第"):
        return line, []
    right = {1: cn_number(number) + "、", 2: f"（{cn_number(number)}）", 3: f"{number}.", 4: f"（{number}）"}[level]
    if mark == right or (level == 3 and mark == f"{number}．") or (level == 1 and mark.endswith("，")):
        return line, []
    start = line.find(body[: len(mark)])
    return line[:start] + right + line[start + len(mark) :], [Fix(lineno, start + 1, mark, right, "numbering")]


def _with_path(f: Finding, path: str) -> Finding:
    data = asdict(f)
    data["path"] = path
    return Finding(**data)


def _duration(han: int, rate: int, minutes: float) -> Finding:
    return Finding(
        "duration", INFO, f"全文约 {han} 字，按每分钟 {rate} 字约需 {minutes} 分钟", line=1, column=1,
        suggestion="如需控制时长，用 --rate 调整语速或增删段落",
    )  # fmt: skip


# ---------------------------------------------------------------- speeches


_START_SALUTATION = re.compile(r"^[^。！？，,]{0,20}(同志|领导|来宾|代表|朋友)[^。！？]{0,12}[：:]$")


def _starts_speech(block: Block) -> bool:
    if block.kind == "title":
        return True
    if block.markdown and block.kind != "heading":
        return True  # a collection heading (## 篇一)
    return bool(_START_SALUTATION.match(block.text))


def split_speeches(blocks: Sequence[Block], n_lines: int) -> list[_Speech]:
    """Split blocks into speeches at each 称谓 or collection heading that follows body text."""
    groups: list[list[Block]] = [[]]
    for block in blocks:
        has_body = any(b.kind in ("paragraph", "heading") and not _starts_speech(b) for b in groups[-1])
        if _starts_speech(block) and has_body:
            groups.append([])
        groups[-1].append(block)
    speeches = []
    for i, group in enumerate(groups):
        first = group[0].line if group else 1
        last = groups[i + 1][0].line - 1 if i + 1 < len(groups) else max(n_lines, first)
        speeches.append(_Speech(tuple(group), 1 if i == 0 else first, last))
    return speeches


# ---------------------------------------------------------------- outline


_ANNOUNCE = re.compile(
    r"(?:(?:讲|谈|提|强调|抓好|做好|突出|把握|注意|说)(?:好)?(?:以下|如下)?|以下)"
    r"(?P<n>[一二三四五六七八九十两几\d]{1,2})(?P<unit>点|个方面|方面|项|条)(?:意见|要求|看法|想法|体会|工作|任务|措施)?"
)
_LOOSE_ANNOUNCE = re.compile(r"(?P<n>[一二三四五六七八九十两\d]{1,2})(?P<unit>点)(?:意见|要求|看法|想法|体会)")


@dataclass(frozen=True, slots=True)
class _Head:
    """A numbered heading in outline order."""

    index: int  # position in the speech's blocks
    level: int
    number: int
    line: int
    column: int
    mark: str


def _column_of(lines: Sequence[str], block: Block, offset: int = 0) -> int:
    raw = lines[block.line - 1] if 0 < block.line <= len(lines) else ""
    base = raw.find(block.text[:6])
    return max(base, 0) + offset + 1


def check_outline(lines: Sequence[str], blocks: Sequence[Block], speeches: Sequence[_Speech]) -> list[Finding]:
    """Numbering of headings and run-in series, and announced counts, speech by speech."""
    findings: list[Finding] = []
    for unit in _outline_units(speeches):
        heads, series = _outline_of(lines, unit)
        findings += _numbering(heads)
        findings += _series_numbering(unit, heads, series)
        findings += _counts(lines, unit, heads, series)
    return findings


def _outline_units(speeches: Sequence[_Speech]) -> Iterator[list[Block]]:
    """Merge speeches whose level-1 numbering carries on (同志们 used mid-speech as a divider)."""
    unit: list[Block] = []
    last_top = 0
    for speech in speeches:
        top = [h for b in speech.blocks if (h := _heading_of(b)) and h[0] == 1]
        if unit and not (top and last_top and top[0][1] == last_top + 1):
            yield unit
            unit, last_top = [], 0
        unit += speech.blocks
        last_top = top[-1][1] if top else last_top
    if unit:
        yield unit


def _heading_of(block: Block) -> tuple[int, int] | None:
    if block.kind != "heading" or block.mark.startswith("第"):
        return None
    return block.level, block.number


_Item = tuple[int, int, SeriesItem]  # block index, offset in the block's text, item


def _outline_of(lines: Sequence[str], unit: Sequence[Block]) -> tuple[list[_Head], list[_Item]]:
    """The numbered headings of a unit and its run-in series items (with block index and offset)."""
    heads = []
    series: list[_Item] = []
    for i, block in enumerate(unit):
        if block.kind == "heading" and block.mark.startswith("第"):
            # 第一，… opens a paragraph: a run-in series, not a heading.
            series.append((i, 0, SeriesItem("第", block.number, block.line, _column_of(lines, block), block.mark)))
        elif block.kind == "heading":
            heads.append(_Head(i, block.level, block.number, block.line, _column_of(lines, block), block.mark))
        for item in find_runin_series([block]):
            offset = item.column - 1
            col = _column_of(lines, block, offset)
            series.append((i, offset, SeriesItem(item.kind, item.number, item.line, col, item.mark)))
    return heads, series


def _numbering(heads: Sequence[_Head]) -> list[Finding]:
    findings = []
    last: dict[int, int] = {}
    for head in heads:
        findings += _wrong_form(head)
        prev = last.get(head.level, 0)
        if head.number != prev + 1:
            findings.append(_numbering_finding(head, prev))
        last[head.level] = head.number
        for deeper in range(head.level + 1, 5):
            last.pop(deeper, None)
    return findings


def _wrong_form(head: _Head) -> list[Finding]:
    bad = match_heading(head.mark + "x")
    if not bad or not bad[3]:
        return []
    right = {1: cn_number(head.number) + "、", 2: f"（{cn_number(head.number)}）", 3: f"{head.number}.",
             4: f"（{head.number}）"}[head.level]  # fmt: skip
    return [Finding("numbering", ERROR, f"标题序号“{head.mark}”写法不规范", head.line, head.column, head.mark,
                    f"改为“{right}”（第{cn_number(head.level)}级标题用 {MARKS[head.level]}）")]  # fmt: skip


def _label(level: int, n: int) -> str:
    return {1: f"{cn_number(n)}、", 2: f"（{cn_number(n)}）", 3: f"{n}.", 4: f"（{n}）"}[level]


def _numbering_finding(head: _Head, prev: int) -> Finding:
    want = _label(head.level, prev + 1)
    if head.number == prev:
        what = f"序号重复：“{head.mark}”前面已经出现过"
    elif head.number > prev + 1:
        missing = "、".join(_label(head.level, k).rstrip("、") for k in range(prev + 1, head.number))
        what = f"序号跳号：缺少 {missing}" if prev or head.number > 1 else "序号跳号"
    else:
        what = f"序号顺序错乱：“{head.mark}”出现在 {_label(head.level, prev)} 之后"
    return Finding("numbering", ERROR, what, head.line, head.column, head.mark, f"此处应为“{want}”")


def _scope_starts(heads: Sequence[_Head]) -> list[int]:
    return sorted({h.index for h in heads})


def _series_numbering(unit: Sequence[Block], heads: Sequence[_Head], series: Sequence[_Item]) -> list[Finding]:
    """一是…三是 with no 二是; duplicates. A series restarts at each heading."""
    findings = []
    starts = _scope_starts(heads)
    last: dict[tuple[int, str], int] = {}
    for index, offset, item in series:
        scope = max((s for s in starts if s <= index), default=-1)
        key = (scope, item.kind)
        prev = last.get(key, 0)
        if not prev and item.number > 1 and f"{cn_number(item.number - 1)}{item.kind}" in unit[index].text[:offset]:
            prev = item.number - 1  # 一是 after a comma (…两种倾向，一是…；二是…) is not a sentence start
        if item.number != 1 and item.number != prev + 1:
            findings.append(_series_finding(item, prev))
        last[key] = item.number
    return findings


def _series_finding(item: SeriesItem, prev: int) -> Finding:
    def mark(n: int) -> str:
        return f"第{cn_number(n)}，" if item.kind == "第" else f"{cn_number(n)}{item.kind}"

    want = mark(prev + 1)
    if item.number == prev:
        what = f"“{item.mark}”重复出现"
    elif item.number > prev + 1:
        gap = "、".join(mark(k) for k in range(prev + 1, item.number))
        what = f"“{item.mark}”前缺少{gap}" if prev else f"“{item.mark}”前没有{mark(1)}"
    else:
        what = f"“{item.mark}”出现在“{mark(prev)}”之后，顺序错乱"
    return Finding("numbering", ERROR if prev else WARNING, what, item.line, item.column, item.mark,
                   f"此处应为“{want}”，或把前面补齐")  # fmt: skip


def _counts(lines: Sequence[str], unit: Sequence[Block], heads: Sequence[_Head], series: Sequence[_Item]) -> list[Finding]:
    """讲三点意见 followed by four points; 以下五个方面 followed by three （一）."""
    findings = []
    for index, block in enumerate(unit):
        for m in _announcements(block.text):
            if m.group("n") == "几":
                continue  # 几点意见: vague on purpose
            try:
                said = parse_cn_number(m.group("n"))
            except ValueError:
                continue
            found = _count_after(index, m.end(), heads, series)
            if found and found[0] != said:
                col = _column_of(lines, block, m.start())
                findings.append(_count_finding(m.group(0), said, found, block.line, col))
    return findings


def _announcements(text: str) -> list[re.Match[str]]:
    strict = list(_ANNOUNCE.finditer(text))
    spans = [m.span() for m in strict]
    loose = [m for m in _LOOSE_ANNOUNCE.finditer(text) if not any(s <= m.start() < e for s, e in spans)]
    return sorted(strict + loose, key=lambda m: m.start())


def _count_after(index: int, offset: int, heads: Sequence[_Head], series: Sequence[_Item]) -> tuple[int, str] | None:
    """How many points follow an announcement: headings one level down, else a run-in series."""
    scope = max((h for h in heads if h.index <= index), key=lambda h: h.index, default=None)
    scope_level = scope.level if scope else 0
    end = next((h.index for h in heads if h.index > index and h.level <= scope_level), 10**9)
    inside = [h for h in heads if index < h.index < end and h.level > scope_level]
    if inside:
        level = min(h.level for h in inside)
        points = [h for h in inside if h.level == level]
        return len(points), f"{points[0].mark}至{points[-1].mark}" if len(points) > 1 else points[0].mark
    items = [it for i, off, it in series if (i > index or (i == index and off >= offset)) and i < end]
    if not items or items[0].number != 1:
        return None
    kind, n = items[0].kind, 0
    for it in items:
        if it.kind == kind and it.number == n + 1:
            n = it.number
    return n, f"{items[0].mark}……" if n > 1 else items[0].mark


def _count_finding(said_text: str, said: int, found: tuple[int, str], line: int, col: int) -> Finding:
    n, marks = found
    return Finding(
        "count-mismatch", ERROR, f"说“{said_text}”，后面实际有 {n} 点（{marks}）", line, col, said_text,
        f"把“{said_text}”中的数字改为 {cn_number(n) if n != 2 else '两'}，或补齐/删减要点使数量一致",
    )  # fmt: skip


# ---------------------------------------------------------------- line rules


def _line_rules(lines: Sequence[str]) -> list[Finding]:
    findings: list[Finding] = []
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        findings += check_placeholders(line, lineno)
        findings += check_repeated(line, lineno)
        findings += check_halfwidth(line, lineno)
        findings += check_dates(line, lineno)
    return findings


_PLACEHOLDER = re.compile(
    r"(?<![A-Za-z])(?:\d{2})?[XxＸｘ×]{2,}(?![A-Za-z])(?:同志)?"
    r"|某某(?:同志)?|【(?:待|此处|填|补|TODO)[^】]{0,12}】|(?<![A-Za-z])(?:TODO|TBD|FIXME)(?![A-Za-z])|□{2,}|〇〇"
)


def check_placeholders(line: str, lineno: int) -> list[Finding]:
    """XX, ××, 20xx, 某某, 【待补】, TODO left in the text."""
    findings = []
    for m in _PLACEHOLDER.finditer(line):
        text = m.group(0)
        if text.endswith("同志"):
            what, fix = f"占位符“{text}”：讲话人或报告人姓名未填", "填入实际姓名"
        elif re.match(r"\d{2}[Xx×]", text):
            what, fix = f"年份占位符“{text}”未填", "填入实际年份，如 2025"
        else:
            what, fix = f"占位符“{text}”未替换", "填入实际内容或删除"
        findings.append(Finding("placeholder", ERROR, what, lineno, m.start() + 1, text, fix))
    return findings


# Doubled function words that are errors (的的, 了了 …) unless part of a real word.
_FUNCTION_CHARS = set("的了和与在是")
# Real reduplications and words that put the same character twice in a row.
REDUPLICATIONS = frozenset(
    "常常 人人 看看 谢谢 天天 家家 户户 层层 处处 事事 时时 刻刻 年年 月月 日日 个个 样样 件件 步步 "
    "条条 项项 点点 滴滴 默默 渐渐 紧紧 牢牢 切切 实实 深深 久久 多多 大大 好好 慢慢 稳稳 扎扎 "
    "踏踏 轰轰 烈烈 兢兢 业业 勤勤 恳恳 方方 面面 上上 下下 来来 往往 世世 代代 子子 孙孙 "
    "形形 色色 种种 累累 赫赫 熊熊 蒸蒸 欣欣 生生 息息 堂堂 正正 井井 明明 白白 清清 楚楚 "
    "干干 净净 平平 安安 高高 兴兴 快快 乐乐 妈妈 爸爸 哥哥 姐姐 弟弟 妹妹 爷爷 奶奶 宝宝 星星 "
    "想想 说说 听听 试试 走走 谈谈 议议 比比 统统 通通 纷纷 频频 屡屡 仅仅 刚刚 恰恰 偏偏 "
    "区区 隐隐 往往 源源 芸芸 孜孜 谆谆 拳拳 殷殷 济济 郁郁 匆匆 悄悄 轻轻 常常".split()
)
# Contexts where a doubled function word is correct: 的的确确, 为了了解, 和和谐, 实实在在 …
_DOUBLE_OK = re.compile(
    r"的的确|目的的|有的的|了了之|为了了|除了了|到了了|和和[谐平睦美善气]|参与与|给与与|"
    r"[存实现正所内外自]在在|求是是|是是非非|(.)\1(.)\2"
)


def check_repeated(line: str, lineno: int) -> list[Finding]:
    """的的, 和和和: a character typed twice or three times by mistake."""
    findings = []
    for m in re.finditer(r"([\u4e00-\u9fff])\1+", line):
        run, ch = m.group(0), m.group(1)
        if len(run) == 2 and (ch not in _FUNCTION_CHARS or run in REDUPLICATIONS or _double_ok(line, m.start())):
            continue
        findings.append(Finding(
            "repeated-char", ERROR, f"“{run}”中的“{ch}”字重复（多了{'一' if len(run) == 2 else count_word(len(run) - 1)}个）",
            lineno, m.start() + 1, run, f"改为“{ch}”",
        ))  # fmt: skip
    return findings


def _double_ok(line: str, start: int) -> bool:
    window = line[max(0, start - 2) : start + 4]
    for m in _DOUBLE_OK.finditer(window):
        lo, hi = m.start() + max(0, start - 2), m.end() + max(0, start - 2)
        if lo <= start and start + 2 <= hi:
            return True
    return False


def check_halfwidth(line: str, lineno: int) -> list[Finding]:
    """Half-width , . ; : ? ! ( ) in Chinese text: one finding per line with every position."""
    positions = halfwidth_positions(line)
    if not positions:
        return []
    marks = "".join(line[i] for i in positions)
    cols = "、".join(str(i + 1) for i in positions[:8]) + ("……" if len(positions) > 8 else "")
    fixed = "".join(HALF_TO_FULL[c] for c in dict.fromkeys(marks))
    return [Finding(
        "halfwidth-punct", WARNING, f"中文中有 {len(positions)} 处半角标点“{''.join(dict.fromkeys(marks))}”（第 {cols} 列）",
        lineno, positions[0] + 1, line[positions[0]], f"改为全角“{fixed}”，可用 --fix 自动修正",
    )]  # fmt: skip


_SHORT_YEAR = re.compile(
    r"(?<![\d.\-—－/年])(\d{2})年(?=(?:\d{1,2}|[一二三四五六七八九十]{1,2})月|底|初|末|上半年|下半年|度)"
)
_PADDED = re.compile(r"(?<![\d.])0([1-9])(月|日|号)")
_HAO_DATE = re.compile(r"(?:(?<=月)|(?<=本月)|(?<=下月)|(?<=上月))(\d{1,2})号")


def check_dates(line: str, lineno: int) -> list[Finding]:
    """25年 for a year, 03月 with a leading zero, 8号 for a date."""
    findings = []
    for m in _SHORT_YEAR.finditer(line):
        findings.append(Finding("date-format", ERROR, f"年份“{m.group(0)}”写成了两位数", lineno, m.start() + 1,
                                m.group(0), f"写全年份，如“20{m.group(1)}年”"))  # fmt: skip
    for m in _PADDED.finditer(line):
        findings.append(Finding("date-format", WARNING, f"日期“{m.group(0)}”前面多了 0", lineno, m.start() + 1,
                                m.group(0), f"改为“{m.group(1)}{m.group(2)}”"))  # fmt: skip
    for m in _HAO_DATE.finditer(line):
        findings.append(Finding("date-format", WARNING, f"日期“{m.group(0)}”用了口语的“号”", lineno, m.start() + 1,
                                m.group(0), f"改为“{m.group(1)}日”"))  # fmt: skip
    return findings


# ---------------------------------------------------------------- level words


_OWN_WORD = re.compile(r"(?P<kind>[我全])(?P<lv>[省市县区乡镇])(?![域场份村级])")
_DIRECT_WORD = re.compile(r"(?P<lv>[市县区])直(?=[各有部单机属])")
_UPPER_OK_AFTER = re.compile(r"^(?:[^，。；！？]{0,6}(?:前列|第[一二三四五六七八九十]|领先|排名|前茅|首位|之首|范围|平均))")
_UPPER_OK_BEFORE = ("召开的", "开的", "参加", "位居", "居", "列")


def _count_own_words(text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for m in _OWN_WORD.finditer(text):
        if text[m.end() : m.end() + 1] not in "（(":
            counts[m.group("lv")] += 1
    return counts


def check_level_words(lines: Sequence[str], span: range, level: str | None) -> list[Finding]:
    """我市/全市/市直 in a 县 speech; 我县/全县 in a 市 speech."""
    if level not in LEVELS:
        return []
    findings = []
    for lineno in span:
        if lineno > len(lines):
            break
        line = lines[lineno - 1]
        for m in _OWN_WORD.finditer(line):
            if _level_word_ok(line, m, level):
                continue
            findings.append(_level_finding(m.group(0), level, lineno, m.start() + 1))
        for m in _DIRECT_WORD.finditer(line):
            if m.group("lv") != level:
                findings.append(_level_finding(m.group(0), level, lineno, m.start() + 1))
    return findings


def _level_word_ok(line: str, m: re.Match[str], level: str) -> bool:
    lv = m.group("lv")
    if lv == level or (lv == "省" and level != "省") or line[m.end() : m.end() + 1] in "（(":
        return True
    if lv == UPPER_LEVEL.get(level) and m.group("kind") == "全":
        # 走在全市前列 / 贯彻全市…会议精神: the superior's scope, not our own.
        # (召开全市…会议 is our own meeting with the wrong level word.)
        before = line[max(0, m.start() - 6) : m.start()]
        clause = re.match(r"[^，。；！？：]*", line[m.end() :])
        meeting = clause is not None and ("会议" in clause.group(0) or "大会" in clause.group(0))
        if before.endswith("召开"):
            return False
        return meeting or bool(_UPPER_OK_AFTER.match(line[m.end() :])) or before.endswith(_UPPER_OK_BEFORE)
    return False


def _level_finding(word: str, level: str, lineno: int, col: int) -> Finding:
    right = level + "直" if word.endswith("直") else word[0] + level
    return Finding("level-mix", ERROR, f"{level}级讲话中出现“{word}”（其他层级的用语）", lineno, col, word,
                   f"改为“{right}”，或确认讲话的层级（--level）")  # fmt: skip


# ---------------------------------------------------------------- places


# The capital is where national meetings are held; naming it is not a leak.
_ALWAYS_OK_PLACES = frozenset({"110000"})


def check_places(lines: Sequence[str], span: range, ctx: _Context) -> list[Finding]:
    """Real place names that are neither the speech's place, inside it, nor one of its superiors."""
    if not ctx.places:
        return []
    from drafter.gazetteer import load_gazetteer

    gz = load_gazetteer()
    allowed = {p.code for p in ctx.places} | {a.code for p in ctx.places for a in gz.ancestors(p)}
    allowed |= _ALWAYS_OK_PLACES
    own = {p.code for p in ctx.places}
    findings = []
    for lineno in span:
        if lineno > len(lines):
            break
        line = lines[lineno - 1]
        for start, end, places in _group_spans(gz.find_places(line)):
            if any(p.code in allowed or any(a.code in own for a in gz.ancestors(p)) for p in places):
                continue
            findings.append(_place_finding(line[start:end], places, ctx.place or "", gz, lineno, start + 1))
    return findings


def _group_spans(found: list[tuple[Any, int, int]]) -> list[tuple[int, int, list[Any]]]:
    groups: dict[tuple[int, int], list[Any]] = {}
    for place, start, end in found:
        groups.setdefault((start, end), []).append(place)
    return [(s, e, ps) for (s, e), ps in groups.items()]


def _place_finding(name: str, places: list[Any], own: str, gz: Any, lineno: int, col: int) -> Finding:
    place = places[0]
    chain = "".join(a.name for a in reversed(gz.ancestors(place)))
    where = f"（{chain}{place.name}）" if chain else ("" if name == place.name else f"（{place.name}）")
    return Finding("foreign-place", ERROR, f"出现外地地名“{name}”{where}，不是 {own} 或其上级", lineno, col, name,
                   f"删除或改为{own}的相应内容")  # fmt: skip


# ---------------------------------------------------------------- inference


def _contexts(
    text: str, lines: Sequence[str], speeches: Sequence[_Speech], place: str | None, level: str | None
) -> tuple[_Context, list[_Context], dict[str, Any]]:
    """The place/level of the whole text and of each speech in it, and how they were found."""
    if place or level:
        ctx = _given_context(place, level)
        return ctx, [ctx] * len(speeches), ctx.reasons
    whole = _infer_context(text, _title_of(speeches[0].blocks) if speeches else "")
    contexts = []
    for speech in speeches:
        part = "\n".join(lines[speech.first - 1 : speech.last])
        ctx = _infer_context(part, _title_of(speech.blocks), fallback=whole)
        contexts.append(ctx)
    inferred: dict[str, Any] = dict(whole.reasons)
    bodies = [(s, c) for s, c in zip(speeches, contexts, strict=True) if count_han(_body(s)) > 200]
    if len(bodies) > 1:
        inferred["speeches"] = [
            {"line": s.first, "place": c.place, "level": c.level, "reason": c.reasons} for s, c in bodies
        ]
    return whole, contexts, inferred


def _body(speech: _Speech) -> str:
    return "".join(b.text for b in speech.blocks)


def _title_of(blocks: Sequence[Block]) -> str:
    return next((b.text for b in blocks if b.kind == "title" or (b.markdown and b.kind != "heading")), "")


def _given_context(place: str | None, level: str | None) -> _Context:
    from drafter.gazetteer import load_gazetteer

    places: tuple[Any, ...] = ()
    reasons: dict[str, str] = {}
    if place:
        places = tuple(load_gazetteer().lookup(place))
        if not places:
            reasons["place"] = f"“{place}”不在行政区划库中，未检查外地地名"
        elif len({p.code for p in places}) > 1:
            reasons["place"] = f"“{place}”有 {len(places)} 处同名地方，均视为本地"
    if not level and place:
        level = places[0].level if places else level_of_place(place)
        reasons["level"] = f"由地名“{place}”得出" if level else f"无法由“{place}”得出层级，未检查层级用语"
    name = places[0].name if len(places) == 1 else place
    return _Context(level, name, places, reasons)


def _infer_context(text: str, title: str, fallback: _Context | None = None) -> _Context:
    ctx = _Context()
    _infer_from_title(ctx, title)
    if not ctx.level:
        counts = _count_own_words(text)
        if counts:
            top = max(counts.items(), key=lambda kv: (kv[1], -LEVELS.index(kv[0])))
            if top[0] != "省" or counts["省"] >= 3:
                ctx.level = top[0]
                shown = "、".join(f"我/全{lv}×{n}" for lv, n in counts.most_common(3))
                ctx.reasons["level"] = f"正文用语：{shown}"
    if not ctx.places and ctx.level:
        _infer_place_from_text(ctx, text)
    if fallback and not ctx.level:
        ctx.level, ctx.reasons["level"] = fallback.level, "沿用全文推断"
    if fallback and not ctx.places and fallback.level == ctx.level and fallback.places:
        ctx.place, ctx.places, ctx.reasons["place"] = fallback.place, fallback.places, "沿用全文推断"
    if not ctx.level:
        ctx.reasons["level"] = "无法推断层级（可用 --level 指定），未检查层级用语"
    if not ctx.places:
        ctx.reasons.setdefault("place", "无法推断地名（可用 --place 指定），未检查外地地名")
    return ctx


def _infer_from_title(ctx: _Context, title: str) -> None:
    if not title:
        return
    m = re.search(r"全([省市县区乡镇])", title)
    if m:
        ctx.level = m.group(1)
        ctx.reasons["level"] = f"标题中的“{m.group(0)}”"
    from drafter.gazetteer import load_gazetteer

    found = load_gazetteer().find_places(title)
    if found:
        place, start, end = found[0]
        ctx.place, ctx.places = place.name, tuple(p for p, s, _ in found if s == start)
        ctx.reasons["place"] = f"标题中的“{title[start:end]}”"
        if not ctx.level:
            ctx.level = place.level
            ctx.reasons["level"] = f"标题中的地名“{place.name}”"


def _infer_place_from_text(ctx: _Context, text: str) -> None:
    from drafter.gazetteer import load_gazetteer

    counts: Counter[str] = Counter()
    by_name: dict[str, Any] = {}
    for place, start, end in load_gazetteer().find_places(text):
        if place.level == ctx.level or (ctx.level == "县" and place.kind == "县级市"):
            counts[place.code] += 1
            by_name[place.code] = place
    if counts:
        code, n = counts.most_common(1)[0]
        place = by_name[code]
        ctx.place, ctx.places = place.name, (place,)
        ctx.reasons["place"] = f"正文中最常出现的{ctx.level}级地名“{place.name}”（{n} 次）"


# ---------------------------------------------------------------- files


@dataclass(frozen=True, slots=True)
class FixResult:
    """What `fix_file` did: the changes, and where the original was kept (None if nothing changed)."""

    path: str
    backup: str | None
    changes: tuple[Fix, ...]


def check_file(path: str | Path, *, place: str | None = None, level: str | None = None, rate: int = 200) -> CheckReport:
    """Read a .txt/.md/.docx speech and check it (see `check_text`).

    Raises:
        SourceError: the file cannot be read.
        UsageError: an unknown level.
    """
    from drafter.reader import read_document

    if level is not None and level not in LEVELS:
        raise UsageError(f"未知的层级“{level}”", hint=f"层级应为 {'、'.join(LEVELS)} 之一。")
    return check_text(read_document(path), place=place, level=level, rate=rate, path=str(path))


def fix_file(path: str | Path) -> FixResult:
    """Apply `fix_text` to a text file in place, keeping the original as FILE.bak.

    The file keeps its encoding; both writes are atomic. A .docx is never changed.

    Raises:
        UsageError: the file is a .docx.
        SourceError: the file cannot be read.
        DrafterError: the file or its backup cannot be written.
    """
    from drafter.files import write_bytes_atomic
    from drafter.reader import decode_bytes, read_document

    path = Path(path)
    if path.suffix.lower() == ".docx":
        raise UsageError("不会自动修改 .docx 文件", path=path,
                         hint="按检查结果在 Word 中修改，或另存为 .txt/.md 后再用 --fix。")  # fmt: skip
    read_document(path)  # same checks and messages as `check` (missing, empty, binary …)
    data = path.read_bytes()
    text, encoding = decode_bytes(data, path)
    fixed, changes = fix_text(text)
    if not changes:
        return FixResult(str(path), None, ())
    backup = _backup_path(path)
    write_bytes_atomic(backup, data)
    write_bytes_atomic(path, fixed.encode(encoding))
    return FixResult(str(path), str(backup), tuple(changes))


def _backup_path(path: Path) -> Path:
    candidate = path.with_name(path.name + ".bak")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.bak{n}")
        n += 1
    return candidate
