"""A news item's headline and its dated lead on one saved line, past the page's first lines (split43).

A page of a township's news saves each item on one line: its headline (某镇召开…动员会), a space (cleaning may take
it out), then the lead (3月6日上午，某镇组织召开…动员会。…). Under the item before it, the line was read as that item's
next paragraph: the second item was lost in the first. Two signs tell the line: a headline (no stop or comma, an event
held: 召开、举行、举办、开展、组织) straight before a dated lead, and the lead's first sentence naming the headline's own
event again (the headline's last four characters). A paragraph of a speech or a report never opens so: it puts no
date right after a clause with no stop, and it does not say its event twice.
"""

from __future__ import annotations

import re

from drafter.ingest.appended import cut_before, whole_line
from drafter.ingest.para import Para
from drafter.ingest.seams import opens_frame

_HEADLINE_THEN_LEAD = re.compile(
    r"^(?P<head>[^。！？!?，,；;：:\s][^。！？!?，,；;：:]{5,44}?(?<=\S))[ \t\u3000\xa0]*"
    r"(?P<lead>(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日)"
)
_HELD = re.compile(r"召开|举行|举办|开展|组织")


def headline_then_lead(para: Para) -> list[Para] | None:
    """[headline, lead] when the line is a news item's headline and its dated lead run together, else None."""
    if para.md or para.divider:
        return None
    m = _HEADLINE_THEN_LEAD.match(para.text)
    if not m:
        return None
    head = re.sub(r"\s+", "", m.group("head"))
    lead = para.text[m.start("lead") :]
    first = re.split(r"[。！？]", lead, maxsplit=1)[0]
    if (
        not _HELD.search(head)
        or len(head) < 8
        or head[-4:] not in re.sub(r"\s+", "", first)
        or not opens_frame(lead)
    ):
        return None
    return [Para(head, para.line, para.line), Para(lead, para.line, para.end)]


# 3月6日上午， / 12日， / 日前， / 近日，: a news lead's day (a county's paper may leave out the month)
_LEAD_DAY = re.compile(
    r"^(?:(?:19|20)\d\d年)?(?:\d{1,2}月)?\d{1,2}日[上中下午晚间]{0,2}[，,]|^(?:日前|近日|近期|昨天|昨日)[上中下午晚间]{0,2}[，,]"
)
_HEADLINE = re.compile(r"^[^。！？!?，,；;：:“”]{8,44}$")


def headline_after_cut(prev: Para, para: Para, under: Para | None) -> bool:
    """A news item's headline on its own line under a paragraph cut mid-sentence, the item's dated lead under it naming
    the headline's event again (某县…推进会召开 / 12日，某县…推进会召开，…): the next item, not the rest of the cut
    sentence (split43). The cut must be a page's (a blank line before the headline, or a whole saved line cut), and the
    headline an event held (召开、举行、举办、开展、组织)."""
    if (
        under is None
        or para.md
        or para.divider
        or not _HEADLINE.match(para.text)
        or not _HELD.search(para.text)
    ):
        return False
    if (
        not cut_before(prev)
        or not (para.line > prev.end + 1 or whole_line(prev, para))
        or under.line > para.end + 2
    ):
        return False
    first = re.split(r"[。！？]", under.text, maxsplit=1)[0]
    return bool(_LEAD_DAY.match(under.text)) and para.text[-4:] in first
