"""A collection page's heading and its piece's title run straight into the piece's first words (batch 60).

A 合编 page prints, on one line, the collection's heading (2026年在…会议讲话稿和在…工作讲话范文), the piece's own title
(2026年在…会议上的讲话范文稿) and the piece's text, which opens on whom the speaker stands in for (受某某同志委托，…) or on
the day (今天，…). No 称谓 sets the title off, so the line was read as running text: the second piece of the page ran on
from the first one, its count read as the first one's.
"""

from __future__ import annotations

import re

# …会议上的讲话 / …推进会讲话稿 / …会议上的讲话范文稿: where a speech's title ends (a 范文 site's 范文/稿 after it)
_TITLE_END = re.compile(
    r"(?:会|会议|大会|典礼|仪式|培训班)(?:上的?|的)?(?:讲话|致辞|发言)(?:范文稿|范文|稿)?"
)
# 受某某同志、某某同志委托，… / 今天，… / 同志们，…: the first words of a speech, told apart from a title's
_OPENING = re.compile(r"受[^。！？，,；;]{1,30}委托|今天|今日|刚才|同志们|根据|按照")
_LEAD = re.compile(r"^(?:(?:19|20)\d\d年)?[^。！？，,：:；;]{0,20}?在")
_YEAR = re.compile(r"(?:19|20)\d\d年")


def run_in_titles(text: str, early: bool) -> tuple[str, str] | None:
    """(the piece's title, its text) when the line opens with titles run straight into a speech's first words, else None.
    Past the first lines of the page (`early` false) only a collection's heading and a title (two titles or more) tell
    a line so: a paragraph of a speech may well open on 在…会议上的讲话."""
    if not _LEAD.match(text):
        return None
    stop = re.search(r"[。！？，,：:；;]", text[:220])
    limit = stop.start() if stop else min(len(text), 220)
    ends = list(_TITLE_END.finditer(text, 0, limit))
    for k in range(len(ends) - 1, -1, -1):
        m = ends[k]
        if not early and k == 0:
            break
        rest = text[m.end() :]
        if not _OPENING.match(rest) or len(rest) < 20:
            continue
        years = [y.start() for y in _YEAR.finditer(text, 0, m.end())]
        start = years[-1] if years else 0
        title = re.sub(r"(?:范文稿|范文)$", "", text[start : m.end()])
        return title, rest
    return None


# 市委书记在…开幕会上的致辞各位委员，同志们： / …讲话稿尊敬的各位领导： — a speech's title, the line's last words, run into
# its 称谓 (a collection's contents over it on the same line: 讲话汇编（3篇）1.…致辞32.…讲话7…致辞各位委员，同志们：)
_GREETING_AT_END = re.compile(
    r"(?:讲话|致辞|发言)稿?(?P<greeting>(?:尊敬的|亲爱的|各位)[^。！？：:；;]{1,24}?"
    r"(?:同志们|朋友们|来宾|委员|代表|领导|嘉宾)[^。！？：:；;]{0,8}[：:])$"
)


def greeting_run_in(text: str) -> tuple[str, str] | None:
    """(the line before its 称谓, the 称谓) when a line ends on a speech's title run into its 称谓, else None."""
    m = _GREETING_AT_END.search(text)
    if not m or m.start("greeting") < 6:
        return None
    return text[: m.start("greeting")], m.group("greeting")
