"""Rules `salutation` and `consistency`: the frame of a speech a reviewer reads first.

salutation: 同志们，同志们 / two salutation lines in a row (an error); a titled speech that opens 今天我们召开… with no
salutation anywhere (a warning: many copies lose theirs).
consistency: a leader's title that no body has (县委王县长, 县委副书记、区长: an error); the meeting the text says it
holds (今天我们召开…会议) that shares no word with the meeting of the title (a warning: only the writer knows which).
"""

from __future__ import annotations

from collections.abc import Sequence

from drafter.check import lazyre as re
from drafter.findings import Finding, Severity
from drafter.text import CN_NUMERAL

ERROR, WARNING = Severity.ERROR, Severity.WARNING

_SALUTE_WORD = r"(?:同志们|朋友们|同学们|老师们|各位代表|各位委员|各位领导|各位来宾|各位嘉宾)"
_DOUBLED_SALUTE = re.compile(rf"(?P<w>{_SALUTE_WORD})[，,、！!：:]\s*(?P=w)(?=[，,、：:！!])")
_SALUTE_WORDS = re.compile(_SALUTE_WORD)
# 青年朋友们 / 全体同学们: a 们-word with a qualifier before it, on a salutation line
_QUALIFIED_SALUTE = r"(?:[\u4e00-\u9fff]{1,4}?(?:同志们|朋友们|同学们|老师们))"
_SALUTE_LINE = re.compile(rf"^\s*(?:尊敬的[^。！？]{{0,30}}?[，,、])?(?:(?:{_SALUTE_WORD}|{_QUALIFIED_SALUTE})[，,、]?\s*)+[：:!！]?\s*$")
_ANY_SALUTE = re.compile(rf"{_SALUTE_WORD}|尊敬的|大家好|女士们|先生们|各位[^\s，,。：:]{{1,6}}[，,：:]")
_SPEECH_TITLE = re.compile(r"(?:讲话|致辞|讲话稿|发言|主持词)(?:（[^）]*）|\([^)]*\))?\s*$")
_OPENING = re.compile(r"^\s*(?:今天|今日|这次|此次|本次|刚才|现在|在这)")


def check_salutation(lines: Sequence[str], span: range) -> list[Finding]:
    """同志们，同志们：; 同志们： on two lines in a row; a titled speech with no salutation (a warning)."""
    findings = []
    body = [(n, lines[n - 1]) for n in span if n <= len(lines) and lines[n - 1].strip()]
    prev_salute = 0
    for n, line in body:
        for m in _DOUBLED_SALUTE.finditer(line):
            findings.append(Finding(
                "salutation", ERROR, f"称呼“{m.group('w')}”重复", n, m.start() + 1, m.group(0), f"改为“{m.group('w')}”",
            ))  # fmt: skip
        if _SALUTE_LINE.match(line):
            if prev_salute and set(_SALUTE_WORDS.findall(line)) & set(_SALUTE_WORDS.findall(lines[prev_salute - 1])):
                # (各位代表、 then 同志们： is one salutation on two lines)
                findings.append(Finding(
                    "salutation", ERROR, f"称呼与第 {prev_salute} 行重复", n, 1, line.strip(), "删去重复的一行称呼",
                ))  # fmt: skip
            prev_salute = n
        else:
            prev_salute = 0
    findings += _missing(body)
    return findings


def _missing(body: Sequence[tuple[int, str]]) -> list[Finding]:
    """县长在…会议上的讲话, then 今天我们召开… with no salutation anywhere in the speech."""
    if not body or any(_ANY_SALUTE.search(line) for _, line in body):
        return []
    title = next(((n, line) for n, line in body[:3] if _SPEECH_TITLE.search(line) and len(line.strip()) <= 60), None)
    if title is None:
        return []
    # the first line of running text after the title (not a site's date line, 2022-03-18 … 阅读本文需要支付:9.00)
    opening = next(((n, line) for n, line in body if n > title[0] and len(line.strip()) >= 20 and re.search(r"[，。]", line)), None)
    if opening is None or not _OPENING.match(opening[1]):
        return []
    n, line = opening
    return [Finding(
        "salutation", WARNING, "讲话开头没有称呼（同志们：）", n, len(line) - len(line.lstrip()) + 1, line.strip()[:6],
        "在第一段前加上称呼，如“同志们：”",
    )]  # fmt: skip


# 县委王县长 (a county committee has no 县长), 县委副书记、区长 (a county's deputy secretary is not a district head).
_BODY_LEADER = re.compile(r"(?<![省市县区乡镇])(?P<a>[省市县区乡镇])委(?P<name>[\u4e00-\u9fff])(?P<b>[省市县区乡镇])长")
_DEPUTY_HEAD = re.compile(r"(?<![省市县区乡镇])(?P<a>[省市县区乡镇])委(?:常委、)?副书记、(?:代)?(?P<b>[省市县区乡镇])长")


def check_consistency(lines: Sequence[str], span: range) -> list[Finding]:
    """A leader titled as no body has them; this meeting named unlike the title's."""
    findings = []
    for n in span:
        if n > len(lines):
            break
        line = lines[n - 1]
        if not line:
            continue  # (a blank line titles no leader)
        for m in _BODY_LEADER.finditer(line):
            findings.append(Finding(
                "consistency", ERROR, f"“{m.group(0)}”：{m.group('a')}委没有“{m.group('b')}长”", n, m.start() + 1, m.group(0),
                f"改为“{m.group('a')}委{m.group('name')}书记”或“{m.group('name')}{m.group('b')}长”",
            ))  # fmt: skip
        for m in _DEPUTY_HEAD.finditer(line):
            if m.group("a") != m.group("b"):
                findings.append(Finding(
                    "consistency", ERROR, f"“{m.group(0)}”：{m.group('a')}委副书记兼任的是{m.group('a')}长，不是{m.group('b')}长",
                    n, m.start() + 1, m.group(0), f"核对职务，改为“{m.group('a')}委副书记、{m.group('a')}长”",
                ))  # fmt: skip
    findings += _meeting_mismatch(lines, span)
    return findings


_TITLE_MEETING = re.compile(
    r"(?:^|在)(?P<m>[^在，。：:]{2,40}?(?:会议|大会|会|典礼|仪式|开班式|结业式|开学式))(?:上|开幕|闭幕)?(?:的)?(?:讲话|致辞|发言|总结讲话|主持词)"
)
_TEXT_MEETING = re.compile(
    r"(?:(?:今天|今日|我们|在这里)[^。；！？，,]{0,8}?(?:召开|举行)(?:了)?(?:这次|此次|本次|这个)?|(?:^|[。，,：:])\s*(?:今天的|这次|此次|本次))"
    r"(?P<m>[^，。；！？,;:：]{2,30}?(?:会议|大会|会|开班式|结业式|开学式))"
)
# Words every meeting name may hold: scope, kind, time; what is left names the meeting's business.
_GENERIC = re.compile(
    r"全[省市县区镇乡]|[省市县区镇乡]委|[省市县区镇乡]政府|\d{4}年|二[〇○零][一二三四五六七八九〇○零]{2}年|第[一二三四五六七八九十\d]+[次届]|"
    r"[（(][^）)]*[）)]|暨|工作|会议|大会|动员|推进|部署|专题|扩大|全体|常务|座谈|总结|表彰|开班式|结业式|开学式|会|的|这个|这次|本次|此次|今年|年度|[“”\"'《》\s·]"
)
# 今天的会既是一次团拜会, 市委市政府召开这次动员大会, 今天我们隆重集会, 传达学习中央经济工作会议, 筹备旅发大会, 这样一个
# 大规模的动员会: no name of this meeting
_NOT_A_NAME = re.compile(r"召开|举行|学习|传达|贯彻|落实|筹备|中央|全国|是|要|既|将|预计|隆重|集会|规模|一个|一次|这样|[我你他]们")
# 计生年初会议 and 人口和计划生育工作会议 share 计 and 生 (an abbreviation): the same meeting.
_CONTRAST = (("全体", "常务"), ("全委", "常委"), ("县委", "县政府"), ("市委", "市政府"), ("区委", "区政府"), ("省委", "省政府"))


def _meeting_mismatch(lines: Sequence[str], span: range) -> list[Finding]:
    rows = [(n, lines[n - 1].strip()) for n in span if n <= len(lines) and lines[n - 1].strip()]
    # the title may stand above the speech's first line (the salutation a speech is split at)
    above = [(n, lines[n - 1].strip()) for n in range(max(1, span.start - 8), span.start) if lines[n - 1].strip()]
    title = next((m for _, line in [*above[-3:], *rows[:6]] if len(line) <= 60 and (m := _TITLE_MEETING.search(line))), None)
    if title is None or re.search(r"[XxＸ×]{1,3}|某", title.group("m")):
        return []
    said = next(((n, m) for n, line in rows[:12] if (m := _TEXT_MEETING.search(line)) and m.group("m") not in title.string
                 and not _NOT_A_NAME.search(m.group("m"))), None)  # fmt: skip
    if said is None:
        return []
    n, m = said
    ours, theirs = title.group("m"), m.group("m")
    a, b = (re.sub(r"[^\u4e00-\u9fff]", "", _GENERIC.sub("", x)) for x in (ours, theirs))
    contrast = any((x in ours and y in theirs and y not in ours and x not in theirs)
                   or (y in ours and x in theirs and x not in ours and y not in theirs) for x, y in _CONTRAST)
    contrast = contrast or _swapped(a, b) or _swapped(*(re.sub(r"[^\u4e00-\u9fff\d]", "", _GENERIC.sub("", x)) for x in (ours, theirs)))
    if not contrast and (len(a) < 2 or len(b) < 2 or _bigrams(a) & _bigrams(b) or len(set(a) & set(b)) >= 2):
        return []
    return [Finding(
        "consistency", WARNING, f"正文说召开“{theirs}”，标题是“{ours}”", n, m.start("m") + 1 + _offset(lines[n - 1]), theirs,
        "核对会议名称，使标题与正文一致",
    )]  # fmt: skip


# 第一项：奏国歌。… 第二项：… — an agenda's items, each a paragraph of its own; a number skipped or said twice is a
# numbering slip (the outline reads 第一、 and 一是, not 第一项).
# 下面，进行第三项议程： / 下面，进行会议进行第三项 — a host's script names each item the same way, and so does
# 大会第三项： / 会议进行第三项 (a congress's host script), and 接下来，我们进行第三项议程 (the host speaking for all),
# 接下来，大会进行第四项 (#13, batch 66's planted numbering miss: the meeting as the subject after the host's lead).
_AGENDA_ITEM = re.compile(
    r"^\s*(?:(?:下面|接下来|现在)[，,]?\s*(?:我们|大会|会议)?(?:进行|开始|举行)[^，。；！？,;:：]{0,6}?|(?:大会|会议)(?:进行)?)?第(?P<n>" + CN_NUMERAL + r")项(?!工作|任务|内容|措施)"
)


def check_agenda(lines: Sequence[str], span: range) -> list[Finding]:
    from drafter.text import cn_number, parse_cn_number

    items = []
    for n in span:
        if n > len(lines):
            break
        m = _AGENDA_ITEM.match(lines[n - 1])
        if not m:
            continue
        try:
            items.append((n, m, parse_cn_number(m.group("n"))))
        except ValueError:
            continue
    findings = []
    last, skipped = 0, False
    for k, (n, m, number) in enumerate(items):
        if number == 1 or last == 0:
            last, skipped = number, False
            continue
        if number == last and skipped:
            skipped = False  # 第二项, 第四项, 第四项: the first 第四项 (reported) is the slip, not this one
            continue
        if number > last + 1 and _said_inline(lines, items[k - 1][0], n, m.start(), last, number):
            last, skipped = number, False
            continue
        skipped = number > last + 1
        if number != last + 1:
            what = "重复出现" if number == last else f"前面是“第{cn_number(last)}项”" if number > last + 1 else "顺序错乱"
            findings.append(Finding(
                "numbering", ERROR, f"议程“第{m.group('n')}项”{what}", n, m.start("n"), f"第{m.group('n')}项",
                f"改为“第{cn_number(last + 1)}项”",
            ))  # fmt: skip
            if number == last and k + 1 < len(items) and items[k + 1][2] == last + 2:
                number = last + 1  # 第三项, 第三项, 第五项: the second 第三项 stands for 第四项 (the 第五项 after it is right)
        last = number
    return findings


# 第二项 敬献红领巾 第三项 出旗，唱队歌 / 致贺词 第四项 少先队员代表致开幕词 (fp47, a school's news on its 少代会 as
# a page prints it): agenda lines run together, the items between two line-opening ones said mid-line after a space or
# a stop. Every number the gap misses, said so between them, fills it; a number said nowhere is still a skip.
_INLINE_ITEM = re.compile(r"(?:^|[\s。；！？，,])第(?P<n>" + CN_NUMERAL + r")项(?!工作|任务|内容|措施)")


def _said_inline(lines: Sequence[str], first: int, line: int, col: int, last: int, number: int) -> bool:
    from drafter.text import parse_cn_number

    between = "\n".join([*lines[first - 1 : line - 1], lines[line - 1][:col]])
    said = set()
    for m in _INLINE_ITEM.finditer(between):
        try:
            said.add(parse_cn_number(m.group("n")))
        except ValueError:
            continue
    return all(k in said for k in range(last + 1, number))


def _swapped(a: str, b: str) -> bool:
    """劳动模范 / 道德模范, 科级干部读书班 / 科级干部培训班: the same name with one word of two characters replaced;
    冲刺200天 / 冲刺100天: a figure changed."""
    if len(a) != len(b) or len(a) < 4:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if diff and all(a[i].isdigit() and b[i].isdigit() for i in diff):
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and len(a) - 2 >= 2


def _bigrams(s: str) -> set[str]:
    return {s[i : i + 2] for i in range(len(s) - 1)}


def _offset(line: str) -> int:
    return len(line) - len(line.lstrip())
