"""A meeting told of in the third person after a speech the page cut off, and a dated item under a page's footer line:
the page's next piece (batch 60).

会议听取了…的汇报 / 会议指出，… / 会议强调，… is how a news item tells what a meeting did; the speaker at the meeting never
says it of the meeting he speaks at. After a seam of the page (a blank line the speech never has, seams.py), below a
speech that opened with its 称谓, such a paragraph starts a news item of its own — read as the speech's, it ran on into
its last point.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.para import Para
from drafter.ingest.seams import opens_frame

_TOLD = re.compile(
    r"^(?:会议|会上|会议首先|会议还|会议集中)[，,]?(?:听取了?|审议了?|传达了?|学习了?|通报了?|研究了?|指出|强调|要求|认为|总结了?|部署了?)"
    # 会上，县教育局通报了…情况 / 会上，各乡镇负责同志作了交流发言: who did what at the meeting, told of them
    r"|^会上[，,][^。！？；]{2,24}?(?:通报了|传达了|宣读了|汇报了|作了|签订了|听取了)"
)


def meeting_told(text: str) -> bool:
    """The paragraph tells what a meeting did, as a news item does (会议听取了… / 会议指出，…)."""
    return bool(_TOLD.match(text))


def item_after_footer(current: Sequence[Para], para: Para, chrome: frozenset[int]) -> bool:
    """某月某日，…会在…召开。 under a line the page printed and cleaning took out (扫一扫在手机打开当前页), below a news
    item that opened on a dated lead too: the next item of a page of items (batch 60). A news item does not open twice."""
    if not chrome or not current or not opens_frame(para.text):
        return False
    if not any(n in chrome for n in range(current[-1].end + 1, para.line)):
        return False
    return any(opens_frame(p.text) for p in current[:3])
