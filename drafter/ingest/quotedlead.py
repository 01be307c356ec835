"""A news feature that opens on someone's words in quotation marks (batch 55, issue #13).

“2022年，我们村申请了…项目……”在镇政府五楼会议室里，某村党支部书记某某正在激情讲述自己一年来的工作。 — the
reporter's lead quotes a speaker at the event, then says who is speaking, where, in the third person: the 我们 of the
quotation are the speaker's, the page is the reporter's news item. A speech that opens on a saying (“民以食为天”。) goes
on in its own voice and says no one is telling it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.para import Para

# the quotation (the speaker's words, long enough to be said at the event), then within one clause or two who is telling
# it and how: 在…会议室里，…书记某某正在激情讲述… / …”某某笑着说。 / …”村民某某告诉记者。
_QUOTED_LEAD = re.compile(
    r"^[“\"「].{20,400}?[”\"」]\s*[，,。]?\s*"  # (“三农” and the like inside it)
    r"(?P<tail>(?:[^，,。！？“”]{2,30}[，,]\s*)?"  # 在镇政府五楼会议室里， / 说起社区的变化，
    r"[^。！？“”，,]{2,30}?"
    r"(?:正在|正|笑着|动情地|激动地|自豪地|深有感触地|高兴地)?[^。！？“”，,]{0,6}?"
    r"(?:讲述|介绍|汇报|述职|发言|讲解|分享|说道|说|表示|告诉记者|感慨道|感慨))"
)
_TELLER = re.compile(
    r"书记|主任|镇长|乡长|村长|县长|校长|院长|局长|代表|负责人|队长|老师|村民|群众|居民|党员|同志|经理"
)


def quoted_news_lead(paras: Sequence[Para]) -> bool:
    """The first paragraph quotes someone and then tells, in the third person, who said it (see the module docstring)."""
    if not paras:
        return False
    m = _QUOTED_LEAD.match(paras[0].text)
    return bool(m and _TELLER.search(m.group("tail")) and "我" not in m.group("tail"))
