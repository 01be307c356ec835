"""Another page's news item saved after a piece the copy cut mid-sentence (batch 50).

Someone saves the first part of a speech (the site cut it: …，直接 / …才能为这场成长之旅) and then, in the same file, a
news item from another site: its headline over the site's 发布日期 line (某某县：…获全省通报表扬), or its dated lead alone
(1月18日，某某乡召开…安全生产工作会，…). The cut sentence never goes on into that item: the lines are not joined, and
the item is a document of its own. A dated lead that follows a paragraph which closed (。) is left to the other rules.

Batch 54 added two more openings after such a cut and a blank line: the dated lead behind the reporter's credit
((记者 某某 编辑 某某)12月8日，我市开展… / 本报讯（记者 …）…), and a novel's paragraph that opens on its day and weather
(四月十六日，晴，宜出行，忌动土。…), which no speech or news item writes (narrative.story_day).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.narrative import story_day
from drafter.ingest.para import Para
from drafter.ingest.seams import opens_frame

_TERMINAL = "。！？!?；;…”’」』）)"
# (记者 某某 某某 编辑 某某) / 本报讯（记者 某某 通讯员 某某） / 【通讯员 某某】: the reporter's credit before the lead
_CREDIT = re.compile(
    r"^\s*(?:本报讯|本网讯|讯)?\s*[（(【\[]\s*(?:本报|本台|本网)?(?:记者|通讯员|编辑|实习生|见习记者|特约记者)[^）)】\]]{1,40}[）)】\]]\s*"
)


def cut_before(prev: Para) -> bool:
    """The paragraph stops mid-sentence (no stop, no closing quote or bracket at its end)."""
    text = prev.text.rstrip()
    return len(text) >= 16 and text[-1] not in _TERMINAL and not prev.md and not prev.divider


def whole_line(prev: Para, para: Para, line: int = 0) -> bool:
    """`prev` ends one saved line far longer than a PDF's page is wide, `para` is the very next line: a site's excerpt
    cut at its length (…把整改的责任一项项压 | 3月2日，某某局召开…), not a hard-wrapped line going on (split43).
    `line`: the length of the whole saved line, when `prev` is its last piece (a heading run into it set apart)."""
    return para.line == prev.end + 1 and prev.line == prev.end and max(len(prev.text), line) >= _WHOLE_LINE


def line_lengths(paras: Sequence[Para]) -> dict[int, int]:
    """The length of each saved line the paragraphs hold whole or in pieces (a line split into a heading and its text)."""
    lengths: dict[int, int] = {}
    for p in paras:
        if p.line == p.end:
            lengths[p.line] = lengths.get(p.line, 0) + len(p.text)
    return lengths


# A PDF's wrapped lines are 30 to 50 characters wide; a saved line this long is a whole paragraph (or more)
_WHOLE_LINE = 90


def dated_item_after_cut(prev: Para, para: Para) -> bool:
    """A dated news lead (1月18日，某某乡召开…) set apart from a paragraph cut mid-sentence: another item, not the rest
    of the cut sentence (a PDF's wrapped line runs on with no line between)."""
    if para.line <= prev.end + 1 and not whole_line(prev, para) or not cut_before(prev):
        return False
    credit = _CREDIT.match(para.text)
    return opens_frame(para.text[credit.end() :] if credit else para.text) or story_day(para.text)
