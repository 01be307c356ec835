"""A speech's own words that a notice's formula resembles (batch 54).

A speaker ends the transition to the points with a wish (下面我再强调几点意见，希望大家抓好贯彻执行。) or a last charge
(以上意见，请同志们认真贯彻执行。); a notice ends its particulars with 请各单位认真贯彻执行 and 特此通知. The wish is the
speaker's (希望, not a notice's 望各单位…), and a text that opens by addressing the people in the hall (同志们：, 各位同事：)
is said to them, not sent to offices: neither makes the text a notice (frames.notice_frame).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.para import Para

# 同志们： / 各位同事: / 尊敬的各位领导、同志们： / 同志們：: the people present, addressed on a line of their own
_HALL = re.compile(
    r"^(?:尊敬的)?[^。！？：:，,]{0,24}(?:同志们|同志們|同事们|同事們|朋友们|朋友們|老师们|老師們|同学们|同學們|代表们|代表們"
    r"|各位[^。！？：:，,\s]{1,8})[！!]?\s*[：:]$"
)


def addressed_hall(paras: Sequence[Para]) -> bool:
    """The text opens (its first three lines) by addressing the people in front of the speaker."""
    return any(_HALL.match(p.text.strip()) for p in paras[:3])
