"""Generalisation benchmark for `drafter check`: copy-paste errors planted by program in text we own (#13).

Run by hand (never in pytest; a few minutes):

    python bench/check_planted.py [--seed 27] [--fixtures 80] [--json out.json] [--misses]

Sources, all of our own writing:
  (a) drafts made in process (`drafter draft --no-input --seed N --set place=… --set meeting=…`) for places at
      市/县/区/乡镇 levels, across works, one meeting named 全县…会议 and one named with the place (清河县…会议);
  (b) the real-shaped correct speeches in tests/fixtures/check whose level is known: check finds no error in
      them and they use the level's own words (全县/我县/县委) at least twice; the place is known when its
      name stands in the text.

Each flawed copy carries ONE planted error, of one of the kinds a clerk makes when copying:
  splice        a paragraph of another place's draft of another level (its 全市/我市/name with it)
  level-word    one own-level word of an own clause (全县, 我县) turned to another level's (全市, 我市)
  mixed-pair    县委、县政府 turned to 县委、市政府
  foreign-name  a sibling place's full name where the own name stood (outside the title)
  foreign-short a sibling's short name (梁平 for 垫江县's own name) there
  foreign-for-we a sibling's full name where 我县 stood (no own name need be in the text)
  doubled-char  one character inside a run of text doubled (落到到人)
  count         the announced count (讲三点意见) said as another number
  heading       a top heading's number skipped or repeated (一、二、四、 / 一、二、二、)
  month-13      a date's month turned to 13月
  placeholder   a number or own-level word replaced by XX
  (plant32, the shapes batches 49 and 51 planted and others a copy-paste clerk leaves)
  team-lead     the speaker's pledge to lead another level's team (团结带领市政府一班人 in a county speech)
  people-learn  this meeting inspiring another level's people (激励引导全市人民学习先进 in a county speech)
  idiom-double  a set phrase's last character doubled (创先争优优, 真抓实干干)
  glued-heads   the points' headings and bodies glued into one long line, one heading number repeated
  sibling-subject a sibling's short name as the subject before a verb (推动沙河加快…, 沙河要…)
  stage-upper   全市…工作进入攻坚阶段，全区… (another level's work stage, the own level taking it on)
  body-level    an own body turned to another level's (县人大常委会 → 市人大常委会, 镇党委 → 县委)
  sibling-closing a sibling's name in the closing (为建设更加美好的沙河而奋斗)
  bad-date      a day the month lacks (2月30日, 4月31日)
  closing-count the closing's look-back count changed (以上三点 → 以上四点)
  sub-heading   a sub-heading's number repeated ((一)(二)(二))
  stutter-start a sentence's first character doubled (坚坚持)
  (plant43, the shapes batches 61, 63 and 65 planted)
  meeting-moment the moment of the own meeting in another level's work (在全市…工作的关键时刻，县委、县政府召开这次会议)
  task-on       this meeting's task told with 对 (主要任务是对全市…工作进行再动员、再部署)
  people-praised another level's people praised for their long work (长期以来，全市广大干部群众在…岗位上…)
  peer-here     a county's 县里 in a district's speech (比县里的要求还要高)
  titled-meeting the meeting of the title held under a sibling's name in the body (在清河县…会议上的讲话 / 召开广宗县…会议)
  (plant44, the own place named once or never: batches 63–67's planted shapes, in a copy of the speech whose own name is
  said as 我县/全县 everywhere, or everywhere but once)
  review-sibling a sibling of the own level opening the review of the own years (一年来，威县在…上下了很大功夫)
  gone-out      the place the speaker's people go out of, a sibling's short name (走出威县到先进地区学习)
  wrapped-year  a sibling in the own place's history, the sentence hard-wrapped over two lines (是威县发展史上很不寻常的一 / 年)
  own-report    the own government's work report under a sibling's name (下发了落实威县2025年政府工作报告的任务分解表)
  planned-together the development this meeting plans under a sibling's name (围绕共谋威县发展大计多出主意)
  twin-scope    the own scope said once with a lower level's word, the same words as the own level's elsewhere
                (我市招商引资工作 … 确保全县招商引资工作再上新台阶): a doubt naming both
  guided-result the fruit of the own work under the own committee's plan told with the superior's scope word
                (去年我们按照镇党委确定的路子…，全县农业生产保持了稳定 in a town's speech)
  shared-count  the announcement said as what the speaker shares, its count changed (讲三点 → 和大家交流四点)
  agenda-repeat a host's turns with the meeting as the subject, one item's number said twice (接下来，大会进行第二项 ×2)

A planted error is found when the flawed copy's report has an error or warning of the kind's rules on the planted line
(count and heading: an error of those rules the unflawed copy does not have, on any line). Reported: recall per
kind without and with --place (the place, or for a fixture whose name is not in the text, the level), and false
errors per 10,000 characters on the same texts unflawed. Deterministic: the drafts' seeds, the fixtures' order
and every choice come from --seed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from drafter.check import check_text
from drafter.drafting import DraftRequest, make_draft
from drafter.gazetteer import load_gazetteer
from drafter.placewords import is_word_place

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "check"

# (place, level, parent's name or None) and the works drafted for it: 市/县/区/乡镇, two works each.
PLACES = (
    ("南通市", "市"), ("遵义市", "市"),
    ("清河县", "县"), ("望江县", "县"),
    ("海曙区", "区"), ("鄞州区", "区"),
    ("葛仙庄镇", "镇"), ("大河乡", "乡"),
)  # fmt: skip
WORKS = ("安全生产工作会议", "妇女儿童工作会议", "乡村振兴工作推进会", "党风廉政建设工作会议",
         "优化营商环境工作会议", "防汛抗旱工作会议", "统一战线工作会议", "教育工作会议")  # fmt: skip
# The level a splice donor has, by the speech's level: a copy from a speech of another level.
DONOR_LEVEL = {"省": "市", "县": "市", "市": "县", "区": "县", "镇": "区", "乡": "区", "街道": "县"}
# The level word a careless copy leaves in place of the own one.
OTHER_LEVEL = {"省": "市", "州": "县", "旗": "县", "县": "市", "市": "县", "区": "市", "镇": "县", "乡": "县", "街道": "区"}
KIND_RULES = {
    "splice": ("level-mix", "foreign-place"),
    "level-word": ("level-mix", "foreign-place"),
    "mixed-pair": ("level-mix",),
    "foreign-name": ("foreign-place", "level-mix"),
    "foreign-short": ("foreign-place", "level-mix"),
    "foreign-for-we": ("foreign-place", "level-mix"),
    "doubled-char": ("repeated-char",),
    "count": ("count-mismatch", "numbering"),
    "heading": ("numbering", "count-mismatch"),
    "month-13": ("date-format",),
    "placeholder": ("placeholder",),
    "team-lead": ("level-mix",),
    "people-learn": ("level-mix",),
    "idiom-double": ("repeated-char",),
    "glued-heads": ("numbering", "count-mismatch"),
    "sibling-subject": ("foreign-place",),
    "stage-upper": ("level-mix",),
    "body-level": ("level-mix", "foreign-place"),
    "sibling-closing": ("foreign-place",),
    "bad-date": ("date-format",),
    "closing-count": ("count-mismatch",),
    "sub-heading": ("numbering",),
    "stutter-start": ("repeated-char",),
    "meeting-moment": ("level-mix",),
    "task-on": ("level-mix",),
    "people-praised": ("level-mix",),
    "peer-here": ("level-mix",),
    "titled-meeting": ("foreign-place",),
    "review-sibling": ("foreign-place",),
    "gone-out": ("foreign-place",),
    "wrapped-year": ("foreign-place",),
    "own-report": ("foreign-place",),
    "planned-together": ("foreign-place",),
    "twin-scope": ("level-mix",),
    "guided-result": ("level-mix",),
    "shared-count": ("count-mismatch", "numbering"),
    "agenda-repeat": ("numbering",),
}
ANYWHERE = frozenset({"count", "heading", "glued-heads", "closing-count", "sub-heading", "shared-count"})
HEAD = re.compile(r"^(?P<lead>\s*(?:#+\s*)?)(?P<n>[一二三四五六七八九十])、")
NUMERALS = "一二三四五六七八九十"
COUNT = re.compile(r"(?<=[讲提谈说强调])(?P<n>[两二三四五六七八九])(?=点|个方面|方面|条)")
MONTH = re.compile(r"(?<![\d.])(?P<m>[1-9]|1[0-2])月")
NUMBER = re.compile(r"(?<![\d.])\d{2,}(?![\d.])")
# Characters doubled in correct text (人人, 常常, 看看, 天天, 一一): a doubled one is no planted error.
REDUPLICABLE = frozenset("人常看想试谈听走说天年家个各一二三四五六七八九十百千万亿点些多好大小高深慢快轻紧牢"
                         "稳默悄渐处事时日月层户村组句步条件项样种次遍")  # fmt: skip
HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class Source:
    name: str
    text: str
    level: str
    place: str | None  # known own place (name in the text or the draft's place)
    named: bool = False  # the own name stands in the text
    errors_plain: list[tuple[str, str, int]] = field(default_factory=list)
    errors_place: list[tuple[str, str, int]] = field(default_factory=list)


@dataclass
class Plant:
    kind: str
    source: Source
    text: str
    line: int  # 1-based planted line
    note: str


# ---------------------------------------------------------------- sources


def make_drafts(seed: int) -> list[Source]:
    out = []
    for i, (place, level) in enumerate(PLACES):
        for j in range(2):
            work = WORKS[(2 * i + j) % len(WORKS)]
            meeting = f"全{level}{work}" if j == 0 else f"{place}{work}"  # the second names the place, as titles often do
            request = DraftRequest(sets=(f"place={place}", f"meeting={meeting}"), seed=seed + i * 10 + j,
                                   history=False, measure=False)  # fmt: skip
            try:
                draft = make_draft(request).draft
            except Exception as e:  # noqa: BLE001 — a work this place cannot have is skipped, and said
                print(f"  (no draft for {place} {meeting}: {e})", file=sys.stderr)
                continue
            text = draft.text
            named = place in text or _short(place) in text
            out.append(Source(f"draft:{place}:{meeting}", text, level, place, named))
    return out


def _short(place: str) -> str:
    gz = load_gazetteer()
    found = gz.lookup(place)
    return found[0].short if found else place[:-1]


def fixture_sources(limit: int, rng: random.Random) -> list[Source]:
    out = []
    for path in sorted(FIXTURES.glob("*-correct.txt")):
        text = path.read_text(encoding="utf-8")
        if len(HAN.findall(text)) < 150:
            continue
        report = check_text(text)
        if report.errors or report.level not in ("省", "市", "县", "区", "乡", "镇"):
            continue  # (a 街道's speech: --level cannot name it, so the with-place run cannot be made)
        level = report.level
        own = len(re.findall(rf"[全我]{level}|{level}委", text))
        if own < 2:
            continue
        place = report.place if report.place and (report.place in text) else None
        out.append(Source(f"fixture:{path.name}", text, level, place, place is not None))
    rng.shuffle(out)
    return out[:limit]


# ---------------------------------------------------------------- planting


def _body(lines: list[str]) -> list[int]:
    """Indexes of body paragraphs: after the salutation, not headings, not the last paragraph."""
    start = next((i for i, s in enumerate(lines) if re.match(r"^\s*[^。]{0,20}?同志们[：:]", s)), 0)
    body = [i for i, s in enumerate(lines) if i > start and len(HAN.findall(s)) >= 30 and not HEAD.match(s)
            and not s.lstrip().startswith("#")]  # fmt: skip
    return body[:-1] if len(body) > 1 else body


def _own_words(lines: list[str], body: list[int], level: str) -> list[tuple[int, re.Match[str]]]:
    pat = re.compile(rf"(?<![省市县区乡镇])(?:全|我){level}(?!委|政府|直|级)")
    return [(i, m) for i in body for m in pat.finditer(lines[i])]


def _replace(line: str, start: int, end: int, new: str) -> str:
    return line[:start] + new + line[end:]


def plant_splice(src: Source, rng: random.Random, donors: list[Source]) -> Plant | None:
    donor_level = DONOR_LEVEL.get(src.level)
    pool = [d for d in donors if d.level == donor_level and d.place != src.place]
    if not pool:
        return None
    donor = rng.choice(pool)
    dlines = donor.text.splitlines()
    carrying = [i for i in _body(dlines)
                if re.search(rf"[全我]{donor.level}|{donor.level}委", dlines[i])
                or (donor.place and (donor.place in dlines[i] or _short(donor.place) in dlines[i]))]  # fmt: skip
    lines = src.text.splitlines()
    body = _body(lines)
    if not carrying or not body:
        return None
    para = dlines[rng.choice(carrying)]
    at = rng.choice(body)
    new = [*lines[: at + 1], "", para, *lines[at + 1 :]]
    return Plant("splice", src, "\n".join(new), at + 3, f"{donor.name}: {para[:30]}")


def plant_level_word(src: Source, rng: random.Random) -> Plant | None:
    lines = src.text.splitlines()
    found = _own_words(lines, _body(lines), src.level)
    if not found or src.level not in OTHER_LEVEL:
        return None
    i, m = rng.choice(found)
    other = OTHER_LEVEL[src.level]
    word = m.group()[0] + other
    lines[i] = _replace(lines[i], m.start(), m.end(), word)
    return Plant("level-word", src, "\n".join(lines), i + 1, f"{m.group()}→{word}: {lines[i][max(0, m.start() - 8):m.end() + 12]}")


def plant_mixed_pair(src: Source, rng: random.Random) -> Plant | None:
    lines = src.text.splitlines()
    lv = src.level
    pat = re.compile(rf"(?<![省市县区乡镇]){lv}委[、和]{lv}(?:人民)?政府")
    found = [(i, m) for i in range(len(lines)) for m in pat.finditer(lines[i]) if i > 0]
    if not found or lv not in OTHER_LEVEL:
        return None
    i, m = rng.choice(found)
    other = OTHER_LEVEL[lv]
    new = m.group()[: m.group().index("委") + 2] + other + m.group()[m.group().index("委") + 3 :]
    lines[i] = _replace(lines[i], m.start(), m.end(), new)
    return Plant("mixed-pair", src, "\n".join(lines), i + 1, f"{m.group()}→{new}")


def _sibling(src: Source, rng: random.Random) -> tuple[str, str] | None:
    """Another place under the same parent (full and short name); for a town, another county's town."""
    if not src.place:
        return None
    gz = load_gazetteer()
    found = gz.lookup(src.place)
    if not found:
        return None
    own = found[0]
    sibs = [p for p in gz.children_of_code(own.parent_code) if p.code != own.code and p.short != p.name
            and len(p.short) >= 2]  # fmt: skip
    if not sibs:
        return None
    p = rng.choice(sibs)
    return p.name, p.short


def _own_names(src: Source, lines: list[str]) -> list[tuple[int, re.Match[str]]]:
    """The own full name, and the short one not run into the full one, outside the title line."""
    assert src.place
    own_short = _short(src.place)
    spots = [(i, m) for i in range(1, len(lines)) for m in re.finditer(re.escape(src.place), lines[i])]
    if own_short != src.place:
        spots += [(i, m) for i in range(1, len(lines)) for m in re.finditer(re.escape(own_short), lines[i])
                  if lines[i][m.end():m.end() + 1] != src.place[-1]]  # fmt: skip
    return spots


def plant_foreign_name(src: Source, rng: random.Random, short: bool = False) -> Plant | None:
    """A sibling's full name (or, with `short`, its short name: 梁平 for 垫江县) where the own name stood, outside the
    title; without --place the own name left in the title or elsewhere is what tells them apart."""
    sib = _sibling(src, rng)
    if sib is None or not src.place:
        return None
    name = sib[1] if short else sib[0]
    lines = src.text.splitlines()
    spots = _own_names(src, lines)
    if not spots:
        return None
    if short:  # a copy carries 沙河市委, not 沙河委: the short name stands where no body follows
        spots = [(i, m) for i, m in spots if not re.match(r"[委人政党]", lines[i][m.end() : m.end() + 1])]
    if not spots:
        return None
    i, m = rng.choice(spots)
    old = m.group()
    lines[i] = _replace(lines[i], m.start(), m.end(), name)
    return Plant("foreign-short" if short else "foreign-name", src, "\n".join(lines), i + 1, f"{old}→{name}")


def plant_foreign_short(src: Source, rng: random.Random) -> Plant | None:
    return plant_foreign_name(src, rng, short=True)


def plant_foreign_for_we(src: Source, rng: random.Random) -> Plant | None:
    """A sibling's full name where 我县 stood (总结淮阴市…工作 in 南通市's speech)."""
    sib = _sibling(src, rng)
    if sib is None:
        return None
    lines = src.text.splitlines()
    pat = re.compile(rf"(?<![省市县区乡镇])我{src.level}(?![委政直级])")
    spots = [(i, m) for i in _body(lines) for m in pat.finditer(lines[i])]
    if not spots:
        return None
    i, m = rng.choice(spots)
    lines[i] = _replace(lines[i], m.start(), m.end(), sib[0])
    return Plant("foreign-for-we", src, "\n".join(lines), i + 1, f"{m.group()}→{sib[0]}")


def plant_doubled(src: Source, rng: random.Random) -> Plant | None:
    lines = src.text.splitlines()
    spots = []
    for i in _body(lines):
        s = lines[i]
        for k in range(1, len(s) - 1):
            c = s[k]
            if (HAN.match(c) and HAN.match(s[k - 1]) and HAN.match(s[k + 1]) and c not in REDUPLICABLE
                    and s[k - 1] != c and s[k + 1] != c):  # fmt: skip
                spots.append((i, k))
    if not spots:
        return None
    i, k = rng.choice(spots)
    s = lines[i]
    lines[i] = s[: k + 1] + s[k] + s[k + 1 :]
    return Plant("doubled-char", src, "\n".join(lines), i + 1, s[max(0, k - 4) : k + 5].replace(s[k], s[k] * 2, 1))


def _first_count(src: Source, rng: random.Random) -> tuple[list[str], int, re.Match[str], str] | None:
    """The text's lines, the line and match of its first announced count, and another count to say instead."""
    lines = src.text.splitlines()
    found = [(i, m) for i in range(len(lines)) for m in COUNT.finditer(lines[i])]
    if not found:
        return None
    i, m = found[0]
    n = {"两": 2, "二": 2}.get(m.group("n")) or NUMERALS.index(m.group("n")) + 1
    new_n = n + 1 if rng.random() < 0.5 or n <= 2 else n - 1
    return lines, i, m, NUMERALS[new_n - 1] if new_n != 2 else "两"


def plant_count(src: Source, rng: random.Random) -> Plant | None:
    if (first := _first_count(src, rng)) is None:
        return None
    lines, i, m, word = first
    lines[i] = _replace(lines[i], m.start(), m.end(), word)
    return Plant("count", src, "\n".join(lines), i + 1, f"{m.group()}→{word}")


def plant_heading(src: Source, rng: random.Random) -> Plant | None:
    lines = src.text.splitlines()
    heads = [i for i, s in enumerate(lines) if HEAD.match(s)]
    if len(heads) < 3:
        return None
    k = rng.randrange(1, len(heads))
    i = heads[k]
    m = HEAD.match(lines[i])
    assert m
    n = NUMERALS.index(m.group("n")) + 1
    new_n = n + 1 if rng.random() < 0.5 else n - 1
    lines[i] = _replace(lines[i], m.start("n"), m.end("n"), NUMERALS[new_n - 1])
    return Plant("heading", src, "\n".join(lines), i + 1, f"{m.group('n')}、→{NUMERALS[new_n - 1]}、")


def plant_month(src: Source, rng: random.Random) -> Plant | None:
    lines = src.text.splitlines()
    found = [(i, m) for i in _body(lines) for m in MONTH.finditer(lines[i])]
    if found:
        i, m = rng.choice(found)
        lines[i] = _replace(lines[i], m.start("m"), m.end("m"), "13")
        return Plant("month-13", src, "\n".join(lines), i + 1, f"{m.group()}→13月")
    ends = [i for i in _body(lines) if lines[i].rstrip().endswith("。")]
    if not ends:
        return None
    i = rng.choice(ends)
    lines[i] = lines[i].rstrip()[:-1] + "，确保13月底前全部完成。"
    return Plant("month-13", src, "\n".join(lines), i + 1, "…，确保13月底前全部完成。")


def plant_placeholder(src: Source, rng: random.Random) -> Plant | None:
    lines = src.text.splitlines()
    body = _body(lines)
    found = [(i, m) for i in body for m in NUMBER.finditer(lines[i])]
    if found:
        i, m = rng.choice(found)
        lines[i] = _replace(lines[i], m.start(), m.end(), "XX")
        return Plant("placeholder", src, "\n".join(lines), i + 1, f"{m.group()}→XX")
    words = _own_words(lines, body, src.level)
    if not words:
        return None
    i, m = rng.choice(words)
    lines[i] = _replace(lines[i], m.start(), m.start() + 1, "XX")
    return Plant("placeholder", src, "\n".join(lines), i + 1, f"{m.group()}→XX{src.level}")


PLANTERS = {
    "splice": plant_splice, "level-word": plant_level_word, "mixed-pair": plant_mixed_pair,
    "foreign-name": plant_foreign_name, "foreign-short": plant_foreign_short, "foreign-for-we": plant_foreign_for_we,
    "doubled-char": plant_doubled, "count": plant_count,
    "heading": plant_heading, "month-13": plant_month, "placeholder": plant_placeholder,
}  # fmt: skip


# ---------------------------------------------------------------- plant32: more of a copy-paste clerk's shapes

# The level whose words a copy from a superior's or a peer's speech brings: a county's from the city, a town's from
# the county.
UPPER = {"省": "市", "市": "县", "县": "市", "区": "市", "旗": "盟", "镇": "县", "乡": "县", "街道": "区"}
SET_PHRASES = ("创先争优", "争先创优", "与时俱进", "真抓实干", "攻坚克难", "担当作为", "求真务实", "凝心聚力",
               "守正创新", "踔厉奋发", "勇毅前行", "埋头苦干", "比学赶超", "开拓创新", "履职尽责", "善作善成",
               "久久为功", "从严从实", "提质增效", "迎难而上", "主动作为", "齐抓共管")  # fmt: skip
SUB_HEAD = re.compile(r"^(?P<lead>\s*)[（(](?P<n>[一二三四五六七八九十])[）)]")
CLOSING_COUNT = re.compile(r"(?<=以上)(?P<n>[两二三四五六七八九])(?=点|个方面|方面|条)")
DAY = re.compile(r"(?<![\d.])(?P<m>[1-9]|1[0-2])月(?P<d>[1-9]|[12]\d|3[01])日")
BAD_DAY = {2: "30", 4: "31", 6: "31", 9: "31", 11: "31"}


def _work_name(src: Source) -> str:
    """The work this speech is about, from its title (安全生产 from 全县安全生产工作会议), or 重点."""
    title = src.text.splitlines()[0] if src.text else ""
    m = re.search(r"(?:全[省市县区乡镇]|[省市县区乡镇])([\u4e00-\u9fff]{2,6}?)(?:工作)?(?:会议|推进会|大会|动员会)", title)
    return m.group(1) if m else "重点"


def _append_sentence(src: Source, lines: list[str], i: int, sentence: str) -> str:
    lines[i] = lines[i].rstrip() + sentence
    return "\n".join(lines)


def plant_team_lead(src: Source, rng: random.Random) -> Plant | None:
    """The speaker's pledge in the closing, copied from a speech of another level: 团结带领市政府一班人."""
    lines = src.text.splitlines()
    body = _body(lines)
    other = UPPER.get(src.level)
    if not body or not other:
        return None
    i = body[-1] if rng.random() < 0.5 else rng.choice(body)
    body_word = rng.choice(("政府", "委"))
    text = _append_sentence(src, lines, i, f"我将团结带领{other}{body_word}一班人，以更加务实的作风抓好各项工作落实。")
    return Plant("team-lead", src, text, i + 1, f"带领{other}{body_word}一班人")


def plant_people_learn(src: Source, rng: random.Random) -> Plant | None:
    """This meeting inspires another level's people: 激励引导全市人民学习先进 in a county speech."""
    lines = src.text.splitlines()
    body = _body(lines)
    other = UPPER.get(src.level)
    if not body or not other:
        return None
    i = body[0]
    who = rng.choice(("人民", "广大干部群众"))
    text = _append_sentence(src, lines, i, f"今天，我们隆重表彰一批先进典型，这对于激励引导全{other}{who}学习先进、争当先进具有重要意义。")
    return Plant("people-learn", src, text, i + 1, f"激励引导全{other}{who}")


def plant_idiom_double(src: Source, rng: random.Random) -> Plant | None:
    """A set phrase's last character doubled where the text says it (创先争优优活动)."""
    lines = src.text.splitlines()
    spots = [(i, m) for i in _body(lines) for ph in SET_PHRASES for m in re.finditer(ph, lines[i])
             if lines[i][m.end():m.end() + 1] != ph[-1]]  # fmt: skip
    if not spots:
        return None
    i, m = rng.choice(spots)
    lines[i] = lines[i][: m.end()] + m.group()[-1] + lines[i][m.end() :]
    return Plant("idiom-double", src, "\n".join(lines), i + 1, f"{m.group()}{m.group()[-1]}")


def plant_glued_heads(src: Source, rng: random.Random) -> Plant | None:
    """The opening and the points glued into one long line as a web page's copy leaves them (after the salutation),
    one heading number repeated."""
    lines = src.text.splitlines()
    heads = [i for i, s in enumerate(lines) if HEAD.match(s)]
    if len(heads) < 3:
        return None
    salute = next((i for i, s in enumerate(lines[: heads[0]]) if re.match(r"^\s*[^。]{0,20}?同志们[：:]", s)), None)
    first = next((i for i in range(salute + 1, heads[0]) if lines[i].strip()), heads[0]) if salute is not None else heads[0]
    last = next((i for i in range(len(lines) - 1, heads[-1], -1) if lines[i].strip()), heads[-1])
    k = rng.randrange(1, len(heads))
    parts = []
    for i in range(first, last + 1):
        s = lines[i].strip()
        if not s:
            continue
        if i == heads[k]:
            m = HEAD.match(s)
            assert m
            s = NUMERALS[NUMERALS.index(m.group("n")) - 1] + s[m.end("n") :]
        if HEAD.match(s) and not re.search(r"[。！？：]$", s):
            s += "。"
        parts.append(s)
    glued = "".join(parts)
    new = [*lines[:first], glued, *lines[last + 1 :]]
    return Plant("glued-heads", src, "\n".join(new), first + 1, f"{len(heads)} headings glued, the {k + 1}th repeated")


def plant_sibling_subject(src: Source, rng: random.Random) -> Plant | None:
    """A sibling's short name as the subject before a verb, where the own level stood (推动全县加快 → 推动沙河加快)."""
    sib = _sibling(src, rng)
    if sib is None:
        return None
    lines = src.text.splitlines()
    pat = re.compile(rf"(?:(?<=推动)|(?<=确保)|(?<=让)|(?<=[。；，：]))(?:全|我){src.level}(?=要|上下|加快|率先|走在|在全|继续|进一步|坚持|将)")
    spots = [(i, m) for i in _body(lines) for m in pat.finditer(lines[i])]
    if not spots:
        return None
    i, m = rng.choice(spots)
    lines[i] = _replace(lines[i], m.start(), m.end(), sib[1])
    return Plant("sibling-subject", src, "\n".join(lines), i + 1, f"{m.group()}→{sib[1]}: {lines[i][max(0, m.start() - 4):m.start() + 10]}")


def plant_stage_upper(src: Source, rng: random.Random) -> Plant | None:
    """全市…工作进入攻坚阶段，全区… : a superior's scope for the own work, the own level taking it on."""
    lines = src.text.splitlines()
    body = _body(lines)
    other = UPPER.get(src.level)
    if not body or not other or src.level not in ("县", "区", "旗", "镇", "乡"):
        return None  # a city's or province's speech may well say where a county's work stands
    i = rng.choice(body)
    work = _work_name(src)
    stage = rng.choice(("已进入攻坚阶段", "正处于关键时期", "进入冲刺阶段"))
    text = _append_sentence(src, lines, i, f"当前，全{other}{work}工作{stage}，全{src.level}上下要把{work}工作摆在更加突出的位置，一抓到底。")
    return Plant("stage-upper", src, text, i + 1, f"全{other}{work}工作{stage}，全{src.level}")


_OWN_BODY = {
    "县": (("县人大常委会", "市人大常委会"), ("县政协", "市政协"), ("县纪委", "市纪委"), ("县人大", "市人大")),
    "区": (("区人大常委会", "市人大常委会"), ("区政协", "市政协"), ("区纪委", "市纪委")),
    "市": (("市人大常委会", "县人大常委会"), ("市政协", "县政协"), ("市纪委", "县纪委")),
    "镇": (("镇党委", "县委"), ("镇政府", "县政府"), ("镇人大", "县人大")),
    "乡": (("乡党委", "县委"), ("乡政府", "县政府"), ("乡人大", "县人大")),
}


def plant_body_level(src: Source, rng: random.Random) -> Plant | None:
    """An own body turned to another level's, as a copy from that level leaves it (县人大常委会 → 市人大常委会)."""
    lines = src.text.splitlines()
    spots = []
    for own, other in _OWN_BODY.get(src.level, ()):
        pat = re.compile(rf"(?<![省市县区乡镇\u4e00-\u9fff]){own}(?!书记|委员)|(?<=[、和及，。])\b{own}(?!书记|委员)")
        spots += [(i, m, other) for i in range(1, len(lines)) for m in pat.finditer(lines[i])]
    if not spots:
        return None
    i, m, other = rng.choice(spots)
    lines[i] = _replace(lines[i], m.start(), m.end(), other)
    return Plant("body-level", src, "\n".join(lines), i + 1, f"{m.group()}→{other}")


def plant_sibling_closing(src: Source, rng: random.Random) -> Plant | None:
    """A sibling's name in the call of the closing: 为建设更加美好的沙河而努力奋斗！"""
    sib = _sibling(src, rng)
    if sib is None:
        return None
    lines = src.text.splitlines()
    last = next((i for i in range(len(lines) - 1, 0, -1) if len(HAN.findall(lines[i])) >= 10), None)
    if last is None:
        return None
    name = sib[1] if rng.random() < 0.5 else sib[0]
    call = rng.choice((f"为建设更加美好的{name}而努力奋斗！", f"为谱写{name}高质量发展新篇章而不懈奋斗！",
                       f"为加快建设现代化新{name}作出新的更大贡献！"))  # fmt: skip
    s = lines[last].rstrip()
    m = re.search(r"[^。！？]*[！!]$", s)
    lines[last] = (s[: m.start()] if m else s) + "让我们" + call
    return Plant("sibling-closing", src, "\n".join(lines), last + 1, call)


def plant_bad_date(src: Source, rng: random.Random) -> Plant | None:
    lines = src.text.splitlines()
    found = [(i, m) for i in _body(lines) for m in DAY.finditer(lines[i])]
    if found:
        i, m = rng.choice(found)
        month = rng.choice(sorted(BAD_DAY))
        new = f"{month}月{BAD_DAY[month]}日"
        lines[i] = _replace(lines[i], m.start(), m.end(), new)
        return Plant("bad-date", src, "\n".join(lines), i + 1, f"{m.group()}→{new}")
    ends = [i for i in _body(lines) if lines[i].rstrip().endswith("。")]
    if not ends:
        return None
    i = rng.choice(ends)
    month = rng.choice(sorted(BAD_DAY))
    lines[i] = lines[i].rstrip()[:-1] + f"，确保{month}月{BAD_DAY[month]}日前全部完成。"
    return Plant("bad-date", src, "\n".join(lines), i + 1, f"…{month}月{BAD_DAY[month]}日前")


def plant_closing_count(src: Source, rng: random.Random) -> Plant | None:
    lines = src.text.splitlines()
    found = [(i, m) for i in range(len(lines)) for m in CLOSING_COUNT.finditer(lines[i])]
    if not found:
        return None
    i, m = found[-1]
    n = {"两": 2, "二": 2}.get(m.group("n")) or NUMERALS.index(m.group("n")) + 1
    new_n = n + 1 if rng.random() < 0.5 or n <= 2 else n - 1
    word = NUMERALS[new_n - 1] if new_n != 2 else "两"
    lines[i] = _replace(lines[i], m.start(), m.end(), word)
    return Plant("closing-count", src, "\n".join(lines), i + 1, f"以上{m.group()}→以上{word}")


def plant_sub_heading(src: Source, rng: random.Random) -> Plant | None:
    """(一)(二)(二): a sub-heading's number repeated, copied from the one before."""
    lines = src.text.splitlines()
    subs = [i for i, s in enumerate(lines) if SUB_HEAD.match(s)]
    spots = [i for i in subs if (m := SUB_HEAD.match(lines[i])) and m.group("n") != "一"]
    if not spots:
        return None
    i = rng.choice(spots)
    m = SUB_HEAD.match(lines[i])
    assert m
    prev = NUMERALS[NUMERALS.index(m.group("n")) - 1]
    lines[i] = _replace(lines[i], m.start("n"), m.end("n"), prev)
    return Plant("sub-heading", src, "\n".join(lines), i + 1, f"（{m.group('n')}）→（{prev}）")


def plant_stutter_start(src: Source, rng: random.Random) -> Plant | None:
    """A sentence's first character doubled (坚坚持), as a clerk's retyped start leaves it."""
    lines = src.text.splitlines()
    spots = []
    for i in _body(lines):
        s = lines[i]
        for m in re.finditer(r"(?:^|[。！？；])\s*(?P<c>[\u4e00-\u9fff])(?P<d>[\u4e00-\u9fff])", s):
            c = m.group("c")
            if c not in REDUPLICABLE and c != m.group("d") and c not in "要在把以对为让使从向和与同":
                spots.append((i, m.start("c")))
    if not spots:
        return None
    i, k = rng.choice(spots)
    s = lines[i]
    lines[i] = s[: k + 1] + s[k] + s[k + 1 :]
    return Plant("stutter-start", src, "\n".join(lines), i + 1, s[k : k + 4].replace(s[k], s[k] * 2, 1))


_OWN_PAIR = {"县": "县委、县政府", "区": "区委、区政府", "镇": "镇党委、镇政府", "乡": "乡党委、乡政府", "市": "市委、市政府"}


def _lower_or_peer_level(src: Source) -> str | None:
    """The superior a county, district or town speech may copy from (a city's or province's may well name lower ones)."""
    return UPPER.get(src.level) if src.level in ("县", "区", "镇", "乡") else None


def plant_meeting_moment(src: Source, rng: random.Random) -> Plant | None:
    """在全市…工作的关键时刻，县委、县政府召开这次会议: the own meeting's moment in another level's work."""
    lines = src.text.splitlines()
    body = _body(lines)
    other = _lower_or_peer_level(src)
    if not body or not other:
        return None
    i = body[0]
    work = _work_name(src)
    moment = rng.choice(("关键时刻", "关键时期", "重要节点"))
    who = rng.choice((_OWN_PAIR[src.level], "我们"))
    text = _append_sentence(src, lines, i, f"在全{other}{work}工作的{moment}，{who}召开这次会议，就是要统一思想、压实责任。")
    return Plant("meeting-moment", src, text, i + 1, f"在全{other}{work}工作的{moment}，{who}召开这次会议")


def plant_task_on(src: Source, rng: random.Random) -> Plant | None:
    """这次会议的主要任务是…，对全市…工作进行再动员、再部署 in a county's speech."""
    lines = src.text.splitlines()
    body = _body(lines)
    other = _lower_or_peer_level(src)
    if not body or not other:
        return None
    i = body[0]
    work = _work_name(src)
    verb = rng.choice(("进行再动员、再部署", "作出具体安排", "进行思想动员和具体部署"))
    text = _append_sentence(src, lines, i, f"这次会议的主要任务是，对全{other}{work}工作{verb}。")
    return Plant("task-on", src, text, i + 1, f"对全{other}{work}工作{verb}")


def plant_people_praised(src: Source, rng: random.Random) -> Plant | None:
    """长期以来，全市广大干部群众在各自岗位上…: another level's people praised for the own place's long work."""
    lines = src.text.splitlines()
    body = _body(lines)
    other = _lower_or_peer_level(src)
    if not body or not other:
        return None
    i = rng.choice(body)
    span = rng.choice(("长期以来", "多年来", "近年来"))
    who = rng.choice(("广大干部群众", f"广大{_work_name(src)}工作者", "广大党员干部"))
    text = _append_sentence(src, lines, i, f"{span}，全{other}{who}在各自岗位上默默奉献，为各项事业发展付出了辛勤努力。")
    return Plant("people-praised", src, text, i + 1, f"{span}，全{other}{who}")


def plant_peer_here(src: Source, rng: random.Random) -> Plant | None:
    """这项工作比县里的要求还要高 in a district's speech: a county's word for its own organs."""
    lines = src.text.splitlines()
    body = _body(lines)
    if not body or src.level != "区":
        return None
    i = rng.choice(body)
    said = rng.choice(("我们的标准要比县里的要求更高一些。", "这项工作县里高度重视，我们要抓紧抓实。", "有关情况要及时向县里报告。"))
    return Plant("peer-here", src, _append_sentence(src, lines, i, said), i + 1, said)


def plant_titled_meeting(src: Source, rng: random.Random) -> Plant | None:
    """在清河县防汛抗旱工作会议上的讲话 over 今天召开广宗县防汛抗旱工作会议: the title's meeting held under a sibling's name."""
    if not src.place:
        return None
    lines = src.text.splitlines()
    body = _body(lines)
    m = re.search(r"在(?P<meeting>[^，。；！？\s]{6,60}?(?:会议|大会|会))上的(?:讲话|致辞|发言)", lines[0] if lines else "")
    if not body or m is None or not m.group("meeting").startswith(src.place):
        return None
    gz = load_gazetteer()
    found = gz.lookup(src.place)
    if not found:
        return None
    own = found[0]
    sibs = [p.name for p in gz.children_of_code(own.parent_code)
            if p.code != own.code and len(p.name) == len(src.place) and p.name[-1] == src.place[-1]]  # fmt: skip
    if not sibs:
        return None
    name = rng.choice(sibs)
    rest = m.group("meeting")[len(src.place) :]
    i = body[0]
    text = _append_sentence(src, lines, i, f"今天，我们在这里召开{name}{rest}，主要是总结工作、部署任务。")
    return Plant("titled-meeting", src, text, i + 1, f"召开{name}{rest}")


# ---------------------------------------------------------------- plant44: the own place named once or never


def _unnamed(src: Source, keep_first: bool = False) -> list[str] | None:
    """The speech's lines with its own name (full and short) said as its level word instead (清河县 → 我县, in the title
    全县), as a page that never names its place (or, with `keep_first`, names it once) reads; None when the place is not
    known or is never named."""
    if not src.place:
        return None
    lines = src.text.splitlines()
    names = sorted({src.place, _short(src.place)} - {""}, key=len, reverse=True)
    names = [n for n in names if len(n) >= 2]
    spots = [(i, m.start(), m.end()) for i in range(len(lines)) for m in re.finditer("|".join(map(re.escape, names)), lines[i])]
    if not spots:
        return None
    kept = next(((i, a) for i, a, _ in spots if i > 0), None) if keep_first else None
    for i, a, b in sorted(spots, reverse=True):
        if (i, a) == kept:
            continue
        word = f"全{src.level}" if i == 0 else f"我{src.level}"
        if i > 0 and re.match(r"[\u4e00-\u9fff]?(?:委|政府|人民政府|人大|政协)", lines[i][b:]):
            word = src.level  # 清河县委 → 县委
        lines[i] = lines[i][:a] + word + lines[i][b:]
    return lines


def _same_level_sibling(src: Source, rng: random.Random) -> tuple[str, str] | None:
    """A sibling of the own level and suffix (沙河市 for 清河县's city's other counties: 威县), full and short name."""
    sib = _sibling(src, rng)
    if sib is None or not src.place or sib[0][-1] != src.place[-1] or len(sib[1]) < 2:
        return None
    return sib


def _plant_unnamed(src: Source, rng: random.Random, kind: str, sentence: str, keep_first: bool) -> Plant | None:
    lines = _unnamed(src, keep_first)
    if lines is None:
        return None
    body = _body(lines)
    if not body:
        return None
    i = rng.choice(body)
    lines[i] = lines[i].rstrip() + sentence
    return Plant(kind, src, "\n".join(lines), i + 1, sentence)


def plant_review_sibling(src: Source, rng: random.Random) -> Plant | None:
    """一年来，威县在…上下了很大功夫 in 清河县's speech that names itself once or never: a sibling of the own level where
    the review's 我县 stood."""
    sib = _same_level_sibling(src, rng)
    if sib is None:
        return None
    said = f"一年来，{sib[0]}在{_work_name(src)}工作上下了很大功夫，几项硬任务都完成得不错。"
    return _plant_unnamed(src, rng, "review-sibling", said, keep_first=rng.random() < 0.5)


def plant_gone_out(src: Source, rng: random.Random) -> Plant | None:
    """组织干部走出威县到先进地区学习 in 清河县's speech: the place its people go out of, a sibling's short name."""
    sib = _same_level_sibling(src, rng)
    if sib is None or is_word_place(sib[1]):
        return None
    said = rng.choice((f"要组织干部走出{sib[1]}到先进地区学习取经，开阔眼界。", f"要跳出{sib[1]}看{_work_name(src)}，找准差距。"))
    return _plant_unnamed(src, rng, "gone-out", said, keep_first=rng.random() < 0.5)


def plant_wrapped_year(src: Source, rng: random.Random) -> Plant | None:
    """刚刚过去的一年，是威县发展史上很不寻常的一 / 年 — a sibling's full name in the own place's history, the sentence hard-wrapped
    across two lines as a copy at a fixed width breaks it, in a speech that never names its own place."""
    sib = _same_level_sibling(src, rng)
    lines = _unnamed(src)
    if sib is None or lines is None:
        return None
    body = _body(lines)
    if not body:
        return None
    i = rng.choice(body)
    head, tail = f"刚刚过去的一年，是{sib[0]}发展史上很不寻常的一", "年。"
    new = [*lines[: i + 1], head, tail + lines[i + 1] if i + 1 < len(lines) else tail, *lines[i + 2 :]]
    return Plant("wrapped-year", src, "\n".join(new), i + 2, head)


def plant_own_report(src: Source, rng: random.Random) -> Plant | None:
    """会上下发了落实威县2025年政府工作报告的任务分解表 in 清河县's speech: the own government's report under a sibling's name."""
    sib = _same_level_sibling(src, rng)
    if sib is None or src.level not in ("市", "县", "区"):
        return None
    said = f"会上下发了落实{sib[0]}2025年政府工作报告的任务分解表，各牵头单位要逐项认领。"
    return _plant_unnamed(src, rng, "own-report", said, keep_first=False)


def plant_planned_together(src: Source, rng: random.Random) -> Plant | None:
    """请大家围绕共谋威县发展大计多出主意: the development the meeting plans, under a sibling's name."""
    sib = _same_level_sibling(src, rng)
    if sib is None or is_word_place(sib[1]):
        return None
    name = sib[1] if rng.random() < 0.5 else sib[0]
    said = f"请大家围绕共谋{name}发展大计多出主意、多提建议。"
    return _plant_unnamed(src, rng, "planned-together", said, keep_first=rng.random() < 0.5)


def plant_guided_result(src: Source, rng: random.Random) -> Plant | None:
    """去年我们按照镇党委确定的路子…，全县农业生产保持了稳定 in a town's speech: the fruit of the own work under the own
    committee's plan said with the superior's scope word."""
    other = _lower_or_peer_level(src)
    lines = src.text.splitlines()
    body = _body(lines)
    if not other or not body:
        return None
    committee = {"镇": "镇党委", "乡": "乡党委"}.get(src.level, f"{src.level}委")
    plan = rng.choice(("路子", "几件实事", "种粮任务"))
    result = rng.choice(("农业生产保持了稳定", "人居环境取得了明显改观", "夏粮生产实现了增收"))
    said = f"去年我们按照{committee}确定的{plan}，一件一件抓落实，全{other}{result}。"
    i = rng.choice(body)
    lines[i] = lines[i].rstrip() + said
    return Plant("guided-result", src, "\n".join(lines), i + 1, said)


def plant_shared_count(src: Source, rng: random.Random) -> Plant | None:
    """我讲三点意见 → 和大家交流四点意见: the announcement said as what the speaker shares, its count changed."""
    if (first := _first_count(src, rng)) is None:
        return None
    lines, i, m, word = first
    verb = m.start() - 1 if lines[i][m.start() - 2 : m.start()] != "强调" else m.start() - 2
    lines[i] = lines[i][:verb] + "和大家交流" + word + lines[i][m.end() :]
    return Plant("shared-count", src, "\n".join(lines), i + 1, f"{lines[i][verb:m.start()]}{m.group()}→和大家交流{word}")


def plant_agenda_repeat(src: Source, rng: random.Random) -> Plant | None:
    """A host's turns (接下来，大会进行第一项，… / 第二项 / 第二项): the meeting as the subject after the host's lead, one
    item's number said again where the next one stood."""
    lines = src.text.splitlines()
    body = _body(lines)
    if not body:
        return None
    i = rng.choice(body)
    who = rng.choice(("会议", "大会"))
    turns = [f"接下来，{who}进行第一项，请有关部门通报去年的情况。", f"接下来，{who}进行第二项，请两个乡镇谈谈打算。",
             f"接下来，{who}进行第二项，请主要负责同志作动员。"]  # fmt: skip
    new = [*lines[: i + 1], "", turns[0], "", turns[1], "", turns[2], *lines[i + 1 :]]
    return Plant("agenda-repeat", src, "\n".join(new), i + 7, turns[2])


# The tier below the own (or a peer a clerk confuses with it) whose word a copied sentence leaves: 全县 in a city's speech.
TWIN_OTHER = {"市": "县", "州": "市", "县": "镇", "区": "镇"}
TWIN_WORD = re.compile(r"[全我](?P<lv>[市县区州])(?P<what>[\u4e00-\u9fff]{3,6})")
TWIN_SKIP = re.compile(r"^(?:上下|人民|范围|各级各|各部门|各单位|干部群|广大干|党员干|[一二三四五六七八九十两])")


def plant_twin_scope(src: Source, rng: random.Random) -> Plant | None:
    """我市招商引资工作 … 确保全县招商引资工作再上新台阶 in a city's speech: the same own thing said with a lower level's
    word in a sentence added to another paragraph."""
    other = TWIN_OTHER.get(src.level)
    lines = src.text.splitlines()
    body = _body(lines)
    said = [(i, m) for i in body for m in TWIN_WORD.finditer(lines[i]) if m.group("lv") == src.level
            and not TWIN_SKIP.match(m.group("what"))]  # fmt: skip
    if not other or not said:
        return None
    i, m = rng.choice(said)
    at = [j for j in body if j != i]
    if not at:
        return None
    j = rng.choice(at)
    what = re.split(r"[的和与及、]", m.group("what"))[0] if len(re.split(r"[的和与及、]", m.group("what"))[0]) >= 3 else m.group("what")
    sentence = f"要持续用力，确保全{other}{what}再上新台阶。"
    lines[j] = lines[j].rstrip() + sentence
    return Plant("twin-scope", src, "\n".join(lines), j + 1, f"{m.group(0)} … 全{other}{what}")


NEW_KINDS = ("team-lead", "people-learn", "idiom-double", "glued-heads", "sibling-subject", "stage-upper", "body-level",
             "sibling-closing", "bad-date", "closing-count", "sub-heading", "stutter-start")  # fmt: skip
KINDS43 = ("meeting-moment", "task-on", "people-praised", "peer-here", "titled-meeting")
KINDS44 = ("review-sibling", "gone-out", "wrapped-year", "own-report", "planned-together", "twin-scope", "guided-result",
            "shared-count", "agenda-repeat")
PLANTERS.update({
    "team-lead": plant_team_lead, "people-learn": plant_people_learn, "idiom-double": plant_idiom_double,
    "glued-heads": plant_glued_heads, "sibling-subject": plant_sibling_subject, "stage-upper": plant_stage_upper,
    "body-level": plant_body_level, "sibling-closing": plant_sibling_closing, "bad-date": plant_bad_date,
    "closing-count": plant_closing_count, "sub-heading": plant_sub_heading, "stutter-start": plant_stutter_start,
    "meeting-moment": plant_meeting_moment, "task-on": plant_task_on, "people-praised": plant_people_praised,
    "peer-here": plant_peer_here, "titled-meeting": plant_titled_meeting,
    "review-sibling": plant_review_sibling, "gone-out": plant_gone_out, "wrapped-year": plant_wrapped_year,
    "own-report": plant_own_report, "planned-together": plant_planned_together, "twin-scope": plant_twin_scope,
    "guided-result": plant_guided_result, "shared-count": plant_shared_count, "agenda-repeat": plant_agenda_repeat,
})  # fmt: skip


# ---------------------------------------------------------------- checking


def _errors(text: str, src: Source, with_place: bool, severities: tuple[str, ...] = ("error",)
            ) -> tuple[list[tuple[str, str, int]], int]:
    kw: dict[str, str] = {}
    if with_place:
        kw = {"place": src.place} if src.place else {"level": src.level}
    report = check_text(text, **kw)
    lines = text.splitlines()
    errs = [(f.rule, lines[f.line - 1] if 0 < f.line <= len(lines) else "", f.line)
            for f in report.findings if str(f.severity) in severities]  # fmt: skip
    return errs, report.han_chars


def found_plant(p: Plant, with_place: bool) -> bool:
    errs, _ = _errors(p.text, p.source, with_place, ("error", "warning"))  # a warning is found, as archive_eval counts
    rules = KIND_RULES[p.kind]
    if p.kind in ANYWHERE:
        before = {(r, t) for r, t, _ in _errors(p.source.text, p.source, with_place, ("error", "warning"))[0]}
        return any(r in rules and (r, t) not in before for r, t, _ in errs)
    return any(r in rules and line == p.line for r, _, line in errs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=27)
    parser.add_argument("--fixtures", type=int, default=200, help="at most this many fixture speeches")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--misses", action="store_true", help="list every planted error not found")
    parser.add_argument("--kinds", help="only these kinds, comma-separated (plant32's new ones: --kinds new; plant43's: --kinds plant43; plant44's: --kinds plant44)")
    args = parser.parse_args()
    t0 = time.perf_counter()
    rng = random.Random(args.seed)
    drafts = make_drafts(args.seed)
    fixtures = fixture_sources(args.fixtures, rng)
    sources = drafts + fixtures
    print(f"sources: {len(drafts)} drafts, {len(fixtures)} fixtures ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    chars = 0
    false_plain = false_place = 0
    false_lines: list[str] = []
    for src in sources:
        src.errors_plain, han = _errors(src.text, src, False)
        src.errors_place, _ = _errors(src.text, src, True)
        chars += han
        false_plain += len(src.errors_plain)
        false_place += len(src.errors_place)
        false_lines += [f"  {src.name} [{r}] l.{n}: {t[:50]}" for r, t, n in src.errors_plain]
    plants: list[Plant] = []
    named = {"new": NEW_KINDS, "plant43": KINDS43, "plant44": KINDS44}
    kinds = set(named.get(args.kinds) or args.kinds.split(",")) if args.kinds else set()
    for src in sources:
        for kind, planter in PLANTERS.items():
            if kinds and kind not in kinds:
                continue
            krng = random.Random(f"{args.seed}:{src.name}:{kind}")
            p = planter(src, krng, drafts) if kind == "splice" else planter(src, krng)  # type: ignore[operator]
            if p is not None:
                plants.append(p)
    figures: dict[str, dict[str, list[int]]] = {}
    misses: list[str] = []
    for p in plants:
        row = figures.setdefault(p.kind, {"plain": [0, 0], "place": [0, 0]})
        for mode, with_place in (("plain", False), ("place", True)):
            hit = found_plant(p, with_place)
            row[mode][0] += hit
            row[mode][1] += 1
            if not hit and (mode == "plain" or args.misses):
                misses.append(f"  {p.kind} ({mode}) {p.source.name} l.{p.line}: {p.note}")
    total = {m: [sum(r[m][0] for r in figures.values()), sum(r[m][1] for r in figures.values())] for m in ("plain", "place")}
    print("| planted kind | found, no --place | found, --place |")
    print("|---|---|---|")
    for kind in PLANTERS:
        if kind in figures:
            r = figures[kind]
            print(f"| {kind} | {_ratio(*r['plain'])} | {_ratio(*r['place'])} |")
    print(f"| **all** | {_ratio(*total['plain'])} | {_ratio(*total['place'])} |")
    per = 10_000 / chars if chars else 0
    print(f"\nfalse errors on the {len(sources)} unflawed texts ({chars} Han characters): "
          f"no --place {false_plain} = {false_plain * per:.2f} per 10,000; --place {false_place} = {false_place * per:.2f} per 10,000")  # fmt: skip
    print(f"({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    if false_lines:
        print("\nfalse errors (no --place):\n" + "\n".join(false_lines))
    if misses:
        print("\nmissed:\n" + "\n".join(misses))
    if args.json:
        args.json.write_text(json.dumps({"figures": figures, "total": total, "chars": chars,
                                         "false": {"plain": false_plain, "place": false_place},
                                         "sources": {"drafts": len(drafts), "fixtures": len(fixtures)}},
                                        ensure_ascii=False, indent=1), encoding="utf-8")  # fmt: skip


def _ratio(hit: int, n: int) -> str:
    return f"{hit}/{n} = {hit / n:.0%}" if n else "–"


if __name__ == "__main__":
    main()
