"""Readings a careful clerk makes that the census of our own speeches showed missing (checkcensus33, issue #13).

Each function is one class of the census (tests/fixtures/check/census33-*, bench/check_census.py): the shapes of
correct speeches a rule misread, and the copy-paste slips it let through.
"""

from __future__ import annotations

import re
from collections import Counter

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time (#18)
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

    from drafter.check.context import SpeechContext

# The levels from the top; a speaker below the meeting's level speaks of a level further on.
_TIERS = ("省", "市", "县", "区", "乡", "镇")
_BELOW = {"省": "市州", "市": "县区", "县": "乡镇", "区": "乡镇街"}

# 在全县…推进会上的表态发言 / 在全县…述职评议会上的述职报告 / 交流发言 / 典型发言: a speaker who answers at a
# superior's meeting (a 讲话, 致辞 or 主持词 speaks for the meeting's level).
_ANSWERING_TITLE = re.compile(
    r"(?:表态|交流|典型|汇报|经验)?发言(?:稿|材料)?$|述职(?:述廉)?报告$|述职$|汇报$"
)
_OWN_LOWER = re.compile(r"我(?P<lv>镇|乡|县|区|市|街道)(?![长委])")
_TOWN_NAMED = re.compile(
    r"(?P<town>[\u4e00-\u9fff]{2,3}?[镇乡])(?:党委|人民政府|政府|党委书记|镇长|乡长)"
)


def answering_below(ctx: SpeechContext, title: str, text: str) -> None:
    """A town's party secretary pledging at a county meeting (在全县…会上的表态发言: 我镇将…，确保我镇走在全县前列):
    the title's 全县 is the meeting's, the speaker's own level is the one the text says 我镇 of, twice or more, while
    it never says 我县. The county stays the place (a town the gazetteer does not hold is checked within it)."""
    if not ctx.level or not ctx.reasons.get("level", "").startswith("标题中的“全"):
        return
    if not _ANSWERING_TITLE.search(title.strip()):
        return
    below = _BELOW.get(ctx.level, "")
    said = [m.group("lv") for m in _OWN_LOWER.finditer(text)]
    lower = Counter(
        lv for lv in said if lv in below or (lv == "街道" and "街" in below)
    ).most_common()
    if (
        not lower
        or lower[0][1] < 2
        or said.count(ctx.level)
        or (len(lower) > 1 and lower[1][1] * 2 >= lower[0][1])
    ):
        return  # (one 我乡 among three 我镇 is a slip the level-mix rule reports)
    meeting, own = ctx.level, lower[0][0]
    ctx.level = own
    ctx.reasons["level"] = (
        f"发言人的“我{own}”×{lower[0][1]}（标题中的“全{meeting}”是召开会议的上级）"
    )
    if (
        ctx.places
        and all(p.level == meeting for p in ctx.places)
        and (town := _TOWN_NAMED.search(text))
    ):
        ctx.town = town.group("town")


# 干部干部，干字当头 / 老师老师，就是要为人师表: a word said twice as its own clause, then taken up by the next one (its
# character 字, or 就是… with one of its characters) — a saying, not a slip.
_CLAUSE_START = re.compile(r"(?:^|[。！？；：:“‘\s])\s*$")
_TAKEN_UP = re.compile(r"^(?:就是|就要|关键在|重在|贵在|首先)")


def doubled_as_saying(line: str, start: int, end: int, word: str) -> bool:
    """The doubled `word` at line[start:end] (干部干部) stands alone before a comma and the next clause takes it up."""
    if line[end : end + 1] not in "，," or not _CLAUSE_START.search(
        line[max(0, start - 2) : start]
    ):
        return False
    clause = re.split(r"[，。；！？,;!?]", line[end + 1 :])[0]
    if any(f"{c}字" in clause for c in word):
        return True
    return bool(_TAKEN_UP.match(clause)) and any(c in clause for c in word)


# 1.深化理论武装。2.加强基层党组织建设。3.… then 二、 and 4.推进…: a 工作要点 numbers its items on through the parts.
_RUN_IN_ITEM = re.compile(r"(?:^|(?<=[。；;！？\s]))\s*(?P<n>\d{1,2})[.．、](?!\d)")


def continued_items(unit: Sequence[Any], heads: Sequence[Any]) -> set[int]:
    """The 1. headings (blocks' indexes) of a text that numbers its 1. items on from part to part (一、 1.–3., 二、 4.–6.,
    三、 7.–8.): three parts or more, every one carrying on where the one before stopped, 1 to the last with no gap, is
    the document's style, not a restart missed; each part's first item is then in order."""
    parents = [h.index for h in heads if h.level < 3]
    if len(parents) < 3:
        return set()
    bounds = [*parents, len(unit)]
    parts: list[list[int]] = []
    firsts: list[int] = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        numbers = [
            int(m.group("n")) for b in unit[start + 1 : end] for m in _RUN_IN_ITEM.finditer(b.text)
        ]
        if numbers:
            parts.append(numbers)
            first = next((h.index for h in heads if h.level == 3 and start < h.index < end), None)
            firsts.append(-1 if first is None else first)
    flat = [n for part in parts for n in part]
    if len(parts) < 3 or flat != list(range(1, len(flat) + 1)):
        return set()
    return {index for index in firsts[1:] if index >= 0}


# 杭州“最多跑一次”改革的做法，深圳对企业……的理念，都值得我们好好学一学: a place held up as the holder of a practice
# (its clause names its 做法, 经验, 理念) or one the sentence says is worth learning from — somewhere else, not ours.
_PRACTICE_OF = re.compile(r"的(?:好)?(?:做法|经验|理念|模式|举措|打法|路子)")
_WORTH_LEARNING = re.compile(
    r"值得[^。；！？]{0,8}?(?:学习|借鉴|学一学|学)|(?:学习|借鉴)[^。；！？]{0,4}?(?:经验|做法)"
)


def named_to_learn_from(line: str, end: int) -> bool:
    """The place ending at `end` opens a clause that names its practice, in a sentence saying it is worth learning."""
    sentence = re.split(r"[。；！？!?;]", line[end:])[0]
    clause = re.split(r"[，,]", line[end:])[0]
    return bool(_PRACTICE_OF.search(clause[:40]) and _WORTH_LEARNING.search(sentence))
