"""Text helpers for Chinese speeches: level words, numerals, punctuation, counting.

Pure functions without I/O; imports nothing from drafter but drafter.records (a base module as well).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache

from drafter.records import Record

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time (#18: ~10 M instructions)
if TYPE_CHECKING:
    from typing import Any

LEVELS = ("省", "市", "县", "区", "乡", "镇")

_DIGITS = "零一二三四五六七八九"

# A numeral of 1–99 as a regex (一, 十二, 二十, 二十一), not followed by another numeral: the 六一 of 庆六一, the 三八 of
# 三八妇女节 or the 五四 of 五四精神 is a day's name, not a number (parse_cn_number reads whatever this matches).
CN_NUMERAL = r"(?:[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])(?![一二三四五六七八九十])"


def cn_number(n: int) -> str:
    """Write a number in Chinese numerals: 1 → 一, 10 → 十, 12 → 十二, 105 → 一百零五.

    Numbers from 10,000 on are written in Arabic digits.

    Raises:
        ValueError: a negative number.
    """
    if n < 0:
        raise ValueError(f"cn_number needs n >= 0, got {n}")
    if n < 10:
        return _DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        head = "" if tens == 1 else _DIGITS[tens]
        return head + "十" + (_DIGITS[ones] if ones else "")
    if n >= 10_000:
        return str(n)
    out, zero = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, value)
        if digit:
            out += ("零" if zero else "") + _DIGITS[digit] + unit
            zero = False
        elif out:
            zero = True
    return out


def parse_cn_number(text: str) -> int:
    """Read a Chinese numeral of 0–99 (一, 十二, 二十, 两) or Arabic digits.

    Raises:
        ValueError: when `text` is not such a numeral.
    """
    text = text.strip()
    if text.isdigit():
        return int(text)
    text = text.replace("两", "二")
    if not text or any(c not in _DIGITS + "十" for c in text):
        raise ValueError(f"not a Chinese numeral: {text!r}")
    if "十" not in text:
        if len(text) != 1:
            raise ValueError(f"not a Chinese numeral: {text!r}")
        return _DIGITS.index(text)
    head, _, tail = text.partition("十")
    if len(head) > 1 or len(tail) > 1:
        raise ValueError(f"not a Chinese numeral: {text!r}")
    tens = _DIGITS.index(head) if head else 1
    return tens * 10 + (_DIGITS.index(tail) if tail else 0)


def count_value(word: str) -> int:
    """The number a count's numeral says (两 → 2, 十二 → 12, 3 → 3); 0 when it says none (一两, a range)."""
    try:
        return parse_cn_number(word)
    except ValueError:
        return 0


# 四个到位 / “三个必须” / 三层意思 / 三个抓: a number of things, whatever they are called (group 1 the numeral)
THINGS_COUNT = re.compile(r"([一二两三四五六七八九十]{1,2})(?:个|层|点|项|条|句|件|大)")


def count_word(n: int) -> str:
    """Numeral used before a measure word: 2 → 两 (两点意见), otherwise cn_number."""
    return "两" if n == 2 else cn_number(n)


class LevelWords(Record):
    """The words a speech uses for its own level (PRODUCT.md, Level words).

    The table of them is data (drafter/data/levels.yaml), read by drafter.places. A frozen record (drafter/records.py).
    """

    __slots__ = ("lv", "party", "government", "leadership", "scope", "we", "below", "own_depts", "wcwc")
    lv: str  # 县
    party: str  # 县委
    government: str  # 县政府
    leadership: str  # 县委、县政府
    scope: str  # 全县
    we: str  # 我县
    below: str  # 各乡镇（街道）
    own_depts: str  # 县直各部门
    wcwc: str  # 县妇儿工委

    def __init__(self, lv: str, party: str, government: str, leadership: str, scope: str, we: str, below: str,
                 own_depts: str, wcwc: str) -> None:  # fmt: skip
        set_field = object.__setattr__
        set_field(self, "lv", lv)
        set_field(self, "party", party)
        set_field(self, "government", government)
        set_field(self, "leadership", leadership)
        set_field(self, "scope", scope)
        set_field(self, "we", we)
        set_field(self, "below", below)
        set_field(self, "own_depts", own_depts)
        set_field(self, "wcwc", wcwc)

    def as_dict(self) -> dict[str, str]:
        """Every field by name, as `dataclasses.asdict` (strings, nothing to copy: asdict would import copy)."""
        return {name: getattr(self, name) for name in self._fields}


# The level a speech cites as its superior (县 cites 市委、市政府).
UPPER_LEVEL: dict[str, str | None] = {
    "省": None,
    "市": "省",
    "县": "市",
    "区": "市",
    "乡": "县",
    "镇": "县",
}

# Suffix of a place name → level. Longest suffixes first.
_PLACE_SUFFIXES = (
    ("特别行政区", None),
    ("自治区", "省"),
    ("自治州", "市"),
    ("自治县", "县"),
    ("自治旗", "县"),
    ("地区", "市"),
    ("街道", "镇"),
    ("省", "省"),
    ("市", "市"),
    ("州", "市"),
    ("盟", "市"),
    ("县", "县"),
    ("旗", "县"),
    ("区", "区"),
    ("乡", "乡"),
    ("镇", "镇"),
)


def level_of_place(place: str) -> str | None:
    """Derive the level from a place name's suffix (清河县 → 县); None if unknown."""
    place = place.strip()
    for suffix, level in _PLACE_SUFFIXES:
        if place.endswith(suffix) and len(place) > len(suffix):
            return level
    return None


_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HAN_RUNS = re.compile(_HAN.pattern + "+")


def is_han(ch: str) -> bool:
    return bool(_HAN.match(ch))


def most_common(counts: Mapping[Any, int], n: int) -> list[tuple[Any, int]]:
    """`Counter.most_common(n)`, without importing heapq (~1 M instructions of a check, #18): the n largest counts,
    equal counts in the order first counted — `heapq.nlargest` is documented as this very `sorted`."""
    return sorted(counts.items(), key=_count_of, reverse=True)[:n]


def _count_of(item: tuple[Any, int]) -> int:
    return item[1]


def count_han(text: str) -> int:
    """Number of Han characters (what delivery time is measured in)."""
    # The lengths of its runs: one match a run, not one a character (sub and findall made one a character: 4× longer,
    # 0.12 ms a draft's check, #18)
    return sum(map(len, _HAN_RUNS.findall(text)))


_WIDE_GAP = re.compile(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])")


def close_wide_gaps(text: str) -> str:
    """Spaces typed between two Chinese characters or marks taken out (局长 李强 → 局长李强)."""
    return _WIDE_GAP.sub("", text)


# Half-width punctuation and its full-width form in Chinese text.
HALF_TO_FULL = {
    ",": "，",
    ";": "；",
    ":": "：",
    "?": "？",
    "!": "！",
    "(": "（",
    ")": "）",
    ".": "。",
}
_FULL_CONTEXT = "，。；：？！（）、“”‘’《》—…"
_HALF_MARK = re.compile("[" + re.escape("".join(HALF_TO_FULL)) + "]")


def _is_chinese_context(ch: str) -> bool:
    return bool(ch) and (is_han(ch) or ch in _FULL_CONTEXT)


def halfwidth_positions(line: str) -> list[int]:
    """Offsets of half-width punctuation that sits in Chinese text.

    A mark counts when a Chinese character or full-width mark stands before it
    (or, for an opening bracket, after it). A full stop between digits (97.22)
    and a list marker "1." are left alone.
    """
    found = []
    for mark in _HALF_MARK.finditer(line):  # the marks only (a loop over every character cost a draft ~1 ms, #18)
        i, ch = mark.start(), mark.group()
        before = line[i - 1] if i else ""
        after = line[i + 1] if i + 1 < len(line) else ""
        if ch == ".":
            if _is_chinese_context(before) and not after.isdigit():
                found.append(i)
        elif ch == "(":
            if _is_chinese_context(after) or _is_chinese_context(before):
                found.append(i)
        elif _is_chinese_context(before) or (ch == ")" and _is_chinese_context(after)):
            found.append(i)
    return found


def to_fullwidth_punct(text: str) -> str:
    """Replace half-width punctuation inside Chinese text by its full-width form.

    Idempotent; digits, Latin text and decimals are left as they are.
    """
    out = []
    for line in text.split("\n"):
        # A converted mark makes Chinese context for its neighbour: repeat to a fixpoint.
        while positions := halfwidth_positions(line):
            chars = list(line)
            for i in positions:
                chars[i] = HALF_TO_FULL[chars[i]]
            line = "".join(chars)
        out.append(line)
    return "\n".join(out)


_STRAIGHT_PAIR = re.compile(r'"([^"\n]*)"')


def curl_quotes(text: str) -> str:
    """Straight double quotes in Chinese text made Chinese ones, pair by pair: 全市"十五五"开局之年 → 全市“十五五”开局之年
    (a title said them halfwidth, lead35). A lone quote and a line without Chinese stay as they are."""
    if '"' not in text:
        return text
    return "\n".join(
        _STRAIGHT_PAIR.sub(r"“\1”", line) if count_han(line) else line for line in text.split("\n")
    )


_SENTENCE_END = re.compile(r"([。！？!?；;]+[”’」』）)]*)")


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences at 。！？； (closing quotes stay attached)."""
    parts = _SENTENCE_END.split(text)
    sentences = []
    for i in range(0, len(parts), 2):
        body = parts[i] + (parts[i + 1] if i + 1 < len(parts) else "")
        if body.strip():
            sentences.append(body.strip())
    return sentences


def ensure_sentence_end(sentence: str) -> str:
    """Append 。 to a sentence that does not end with terminal punctuation."""
    sentence = sentence.strip()
    if sentence and sentence[-1] not in "。！？；…”":
        sentence += "。"
    return sentence


# Whitespace between two Chinese characters, or between one and a Jinja tag, is a wrap.
_WIDE_GAP = re.compile(r"(?<=[^\x00-\x7f]|\})\s+(?=[^\x00-\x7f]|\{)")
_PARA_BREAK = re.compile(r"\n\s*\n")


def unwrap(text: str) -> str:
    """Join wrapped lines into paragraphs (blank lines separate paragraphs).

    Line breaks and spaces between Chinese characters (or a Chinese character
    and a Jinja tag) are dropped, so YAML blocks can wrap Chinese text anywhere.
    """
    paragraphs = []
    for para in _PARA_BREAK.split(text.strip()):
        joined = " ".join(line.strip() for line in para.splitlines() if line.strip())
        paragraphs.append(_WIDE_GAP.sub("", joined))
    return "\n\n".join(p for p in paragraphs if p)


# 第2页共5页 / 第 2 頁，共 5 頁: a shared document's page counter, where one page of a copy ends and the next begins
# (ingest takes it out, check reads it as a line break).
PAGE_OF_PAGES = r"第\s*\d+\s*[页頁]\s*[/／,，]?\s*共\s*\d+\s*[页頁]"


def page_width(open_ended: Iterable[int]) -> tuple[int, int]:
    """The line width of a copy hard-wrapped like a PDF, from the lengths of its long lines that end
    mid-sentence: (width, how many lines are that wide), (0, 0) unless four or more lines are nearly as long
    (half-width digits and spaces make them differ by a few). Ingest and check each add their own guards.
    """
    lengths = Counter(open_ended)
    near = {w: sum(lengths[v] for v in range(w - 3, w + 4)) for w in lengths}
    best = max(near, key=lambda w: near[w], default=0)
    return (best - 4, near[best]) if best and near[best] >= 4 else (0, 0)


# The commonest characters whose traditional form differs (們 這 會 說 …): a text with almost none is simplified.
TRADITIONAL_ONLY = frozenset("們這個會說為來時國學過對開發關與讓體從現實經當員動進還點種設問題縣區鄉鎮務產業農幹黨領導議")


_ANY_TRADITIONAL = re.compile("[" + "".join(sorted(TRADITIONAL_ONLY)) + "]")


def may_be_traditional(text: str) -> bool:
    """A quick look: does the text (its first 20,000 characters) use at least three traditional-only forms?"""
    # (a text with none, nearly every one, is told by one search: the set of its characters cost ~0.08 ms a draft, #18)
    return bool(_ANY_TRADITIONAL.search(text, 0, 20000)) and len(TRADITIONAL_ONLY.intersection(text[:20000])) >= 3


@lru_cache(maxsize=1)
def t2s_converter() -> Any:
    """OpenCC's traditional-to-simplified converter, loaded on first use (None without opencc)."""
    try:
        import opencc
    except ImportError:  # pragma: no cover - opencc is a core dependency
        return None
    return opencc.OpenCC("t2s")



# 📌 县人民政府工作报告 / 🔹 一、工作回顾 / …显著成效。✅ — a social-media copy's pictographs (emoji, dingbats, the
# variation selector and joiner that build them): decoration, no words of the text; a keycap digit (1️⃣) is the
# item number it draws. Arrows, enclosed numbers (①) and geometric bullets (●) are not in the ranges.
EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u3297\u3299\u303d\ufe0f\u200d\U000e0020-\U000e007f]"
)
_KEYCAP = re.compile("([0-9])\ufe0f?\u20e3[ \t\u3000]*")


def strip_emoji(text: str) -> str:
    """`text` without its pictographs; a keycap digit (1️⃣ ) becomes the item number 1."""
    if "\u20e3" in text:
        text = _KEYCAP.sub(r"\1.", text)
    return EMOJI.sub("", text)


# A word ending in 人 followed by 人人 (未成年人人人有责, 每个人人人): three in a row, all correct (read by
# check's repeated-char rule and ingest's note on doubled characters, matched one character before the run).
TRIPLE_OK = re.compile(
    r"[年个家工老病别他主成疾轻商客众]人人人"
    # 经基层层层推荐 / 稳步步步为营 / 及时时时 …: a word ending in the character, then its reduplication
    r"|[基阶上分底表深高中楼断]层层层|[进初同逐脚稳起]步步步|[到各好难]处处处|[大国实小万同办]事事事"
    r"|[及按同准随定临平]时时时|[每今去明青少成往当老]年年年|[大国农专商人]家家家|[农住用商散客每]户户户"
)


# 9 Y8 f3 E5 k. p. Q8 f$ Y) / 5 S& V `* V' e! a( t( S6 X/ i一说问题: a forum's anti-copy strings (random one- and
# two-character ASCII pieces set apart by spaces, hidden on the page, copied with the text) as a line of their own,
# before a paragraph or after it. Five pieces at least, among them two marks and a letter: no Chinese speech writes so.
_JAMMER = re.compile(r"(?:[\x21-\x7e]{1,2} ){4,}[\x21-\x7e]{1,2}(?![\x21-\x7e])|(?:[\x21-\x7e]{1,2} ){5,}")
_JAMMER_MARK = re.compile(r"[!-/:-@\[-`{-~]")
# Two pieces side by side, which every run holds: found ~13x faster than a run (a draft has none, #18)
_JAMMER_PAIR = re.compile(r"[\x21-\x7e] [\x21-\x7e]")


def jammer_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) of each run of a forum's anti-copy strings in `line`."""
    spans: list[tuple[int, int]] = []
    for m in _JAMMER.finditer(line):
        start, piece = m.start(), m.group(0)
        before = "".join(line[b:a] for (_, b), (a, _) in zip([(0, 0), *spans], [*spans, (start, 0)], strict=True))
        if piece[0] in ")]" and before.count("([("[piece[0] == "]"]) > before.count(piece[0]):
            start += 1  # …的必要前提)& Z1 l* ^7: the text's own bracket closing, then the strings
        piece = line[start : m.end()]
        if len(_JAMMER_MARK.findall(piece)) >= 2 and re.search(r"[A-Za-z]", piece):
            spans.append((start, m.end()))
    return spans


def blank_jammer(text: str) -> str:
    """`text` with a forum's anti-copy strings turned to spaces (each line keeps its length)."""
    if not _JAMMER_PAIR.search(text) or not _JAMMER.search(text):
        return text  # (the pattern never crosses a line: no run in the whole text is none in any line, #18)
    out = []
    for line in text.split("\n"):
        for start, end in jammer_spans(line):
            line = line[:start] + " " * (end - start) + line[end:]
        out.append(line)
    return "\n".join(out)
