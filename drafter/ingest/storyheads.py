"""A news story's own subheads between its photos (batch 57).

A union's or a school's story on its site runs under its headline and a lead, then sets a short subhead over each part
of what happened (看望慰问留汕过年职工 / 座谈交流听心声), the photos' file names around it, and goes on with a dated
lead again (近日，… / 4月20日，…). Headline over dated lead is what the next item on a page looks like, so the story
was cut in two. A clerk tells a subhead from the next item's headline: it is short, names no body (no 县, 局, 医院 …:
it says what was done, not who did it) and its words, or those of the paragraph under it, come from the story told so
far (送温暖 under …开展春节送温暖活动; 某某镇中心学校 in both leads).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# 看望慰问留汕过年职工 / 送清凉到工地 / 读书分享展风采: a subhead, short, with no stop and no body named
_SUBHEAD = re.compile(r"^[\u4e00-\u9fff]{4,12}$")
_BODY_NAMED = re.compile(r"[省市县区镇乡村]|局|委|院|校|所|站|会|公司|集团|中心|部|厅|办")
_STOPS = re.compile(r"[。！？!?]")
# Han runs a subhead or its paragraph must share with the story so far (a word of three, 送温暖, 某某镇中心学校)
_RUN = 3


def _runs(text: str) -> set[str]:
    han = re.sub(r"[^\u4e00-\u9fff]", "|", text)
    return {part[k : k + _RUN] for part in han.split("|") for k in range(len(part) - _RUN + 1)}


def _subhead(text: str) -> bool:
    return bool(_SUBHEAD.match(text.strip())) and not _BODY_NAMED.search(text)


def story_goes_on(current: Sequence[str], text: str, nxt: str) -> bool:
    """Whether `text` (a subhead over `nxt`, or the paragraph under the subhead that ends `current`) goes on with the
    story in `current`: a headline over its lead, then a subhead whose words come from the story."""
    if _subhead(text):
        sub, lead, story = text, nxt, list(current)
    elif current and _subhead(current[-1]):
        sub, lead, story = current[-1], text, list(current[:-1])
    else:
        return False
    if len(story) < 2 or _STOPS.search(story[0]) or len(story[0]) > 60:
        return False  # (the story opens on its headline, then its lead)
    told = _runs("".join(story))
    first = re.split(r"[。！？!?]", lead, maxsplit=1)[0]
    return bool(_runs(sub) & told or _runs(first) & told)


# 为让…职工感受到…关怀，春节前夕，某某县总工会开展…活动: a story's lead opening on what the event was for
_PURPOSE_LEAD = re.compile(r"^为[^。！？]{4,80}?[，,]")
# 近日，… / 4月20日，… / 7月10日，…: the day a part of the story happened
_DAY = re.compile(
    r"^(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|上旬|中旬|下旬|初|底)|近日|日前|连日来|春节前夕|节前|节日期间)[上中下午晚间]{0,2}[，,]"
)
_DONE = re.compile(r"开展|举办|举行|组织|慰问|走访|看望|召开|启动|深入|来到")
_VOICE = re.compile(r"我们|我(?![县市区镇乡村校院局委省州旗])|同志们|大家好|各位")


def story_news(paras: Sequence[str]) -> bool:
    """A story with subheads: a headline (its last part after ——) that tells what was done, a lead that opens on what it
    was for or on the day, a day's lead again further on, and no one speaking in it: a news item."""
    if len(paras) < 4 or _STOPS.search(paras[0]) or len(paras[0]) > 60:
        return False
    headline = paras[0].split("——")[-1]
    if not _DONE.search(headline) or not any(_subhead(p) for p in paras[1:]):
        return False
    running = [p for p in paras[1:] if re.search(r"[。！？]", p)]
    if len(running) < 2 or not (_PURPOSE_LEAD.match(running[0]) or _DAY.match(running[0])):
        return False
    if not any(
        _DAY.match(p) or _DAY.search(re.split(r"[。！？]", p, maxsplit=1)[0]) for p in running[:3]
    ):
        return False
    return not _VOICE.search(re.sub(r"“[^”]*”", "", "".join(running)))
