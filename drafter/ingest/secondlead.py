"""A doubt on a news item that holds a second lead (split47): two news items run together with no seam between them.

A page that saves two news items one under the other may leave no blank line, no headline and no byline between them:
the first item ends on a full sentence and the next line opens as a news item opens, on its day and the meeting held
(昨日，某县召开…会。 / 3月5日，某镇举行…). Inside one item a later paragraph may open on a day too (a second event of
the same story), so ingest does not cut there; it says so, and the reader looks. A doubt changes no reading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.para import Para
from drafter.ingest.seams import opens_frame

# 昨日，某县召开… / 3月5日上午，某镇举行… / 12日，…举办…: a lead that names its day and the meeting held, in its first clause
_DAY_LEAD = re.compile(
    r"^(?:昨日|昨天|今日|日前|近日|\d{1,2}月\d{1,2}日|\d{1,2}日)[上中下午晚间]{0,2}[，,]\s*[^。！？]{2,30}?(?:召开|举行|举办)"
)
# A paragraph of running text this long, ended on a stop, closes what came before (not a headline or a caption)
_RUNNING_MIN = 60


def second_lead(kind: str, paras: Sequence[Para]) -> str:
    """Read as one news item, yet a later paragraph, under a paragraph ended on a full stop, opens as a news item does."""
    if kind != "news":
        return ""
    for k in range(2, len(paras)):
        prev, para = paras[k - 1].text, paras[k]
        if prev[-1:] not in "。！？" or len(prev) < _RUNNING_MIN:
            continue
        if _DAY_LEAD.match(para.text) and opens_frame(para.text):
            return (
                f"读作一条消息，但第 {para.line} 行又以带日子、说召开或举行的导语开头，像另一条消息的导语："
                "两条消息可能连在了一起，请核对。"
            )
    return ""
