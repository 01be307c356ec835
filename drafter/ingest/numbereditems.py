"""A page of numbered headlines, each over its news item: each numbered item is a news document (ingest53, issue #13).

A site's 时事要闻 or 今日要闻 prints its items as `1.某某会见某某` over the item's dated lead (国家主席某某22日下午在…会见…),
then `2.…` over the next. Nothing else divides them: the item above ends on a stop, the headline has no stop and no
outlet's tag, and next-item evidence (nextitem.py) wants the day first in the lead, so the whole page was one item.

A numbered headline starts the next item only when the list already holds an item of the same shape: the headline
numbered one less, at the top of the chunk (under at most a few short header lines), also over a dated lead in the
reporter's voice. A speech's `1.加强…` heading
over `今年以来，我们…` has no such lead (a day in its first clause, nobody saying 我们), so a speech is never cut here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.para import Para

__all__ = ["next_numbered_item"]

# 1.某某会见来京述职的某某 / 3. 某某：刻不容缓落实防控措施 — a short numbered line with no sentence stop
_HEADLINE = re.compile(r"^(\d{1,2})\s*[.．、]\s*(?=\S)(?P<head>[^。！？；]{4,40})$")
# the item's lead: a day within its first clause, told in the third person
_DAY = re.compile(r"\d{1,2}月\d{1,2}日|(?<![\d年月])\d{1,2}日|近日|日前")
_SPEAKER = re.compile(
    r"我们|我們|同志们|同志們|咱们|(?<![自本])我(?![国國省市县縣区區镇鎮乡鄉校院局])"
)


_HEADERS_MAX = 3
_HEADER_MAX = 30


def _header(text: str) -> bool:
    return len(text) <= _HEADER_MAX and not re.search(r"[。！？；，,]", text)


def _number(text: str) -> int:
    m = _HEADLINE.match(text)
    return int(m.group(1)) if m else 0


def _dated_lead(text: str) -> bool:
    first = re.split(r"[。！？]", text, maxsplit=1)[0]
    return len(text) >= 30 and bool(_DAY.search(first[:40])) and not _SPEAKER.search(first)


def next_numbered_item(current: Sequence[Para], para: Para, nxt: str) -> bool:
    """Whether `para` is the numbered headline of the page's next news item after the item in `current`."""
    n = _number(para.text)
    if n < 2 or not _dated_lead(nxt):
        return False
    j = next(
        (
            j
            for j, p in enumerate(current[:-1])
            if _number(p.text) == n - 1 and _dated_lead(current[j + 1].text)
        ),
        None,
    )
    # (the list from the top of its chunk: at most a few short header lines over the item above, 今日要闻; a report's
    # 1.召开动员会 / 3月5日，我局召开… under its title, opening and 一、 is the report's own work, never cut here)
    return j is not None and j <= _HEADERS_MAX and all(_header(p.text) for p in current[:j])
