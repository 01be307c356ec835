"""The name of the plan or the 要点 a notice issues, however the notice spells it (batch 54).

关于印发《…方案》的通知 names it in 《》 (channels.attachment_issued, shapes33). A notice's title may drop the 《》
(…关于印发2026年全县教育工作要点的通知) or break over two lines (…关于印发 / 2026年…要点的通知). Every spelling names the
text printed under the notice's date, which belongs to the titled notice: one document, as a clerk files a notice with
what it issues (the reading settled in docs/ingest-archives.md). An untitled notice (主送, 现将《…》印发给你们, its
signature) over a plan with its own title stays two documents, as settled there; a speech or a report a notice sends
round is read apart, as before: its name is not given here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.para import Para

_IN_MARKS = re.compile(r"关于(?:印发|转发|颁布|下发)《([^》]{2,60})》")
# …关于印发2026年全县教育工作要点的通知 (the title, maybe joined from two lines, or run into the 主送 line under it:
# …要点的通知各区县卫生健康局，委属各单位：)
_BARE = re.compile(
    r"关于(?:印发|转发|颁布|下发)([^《》。！？，,：:]{2,60}?)的通知(?:$|(?=[^。！？]{2,80}[：:]$))"
)
# …同志在…会议上的讲话 / …工作报告: a speech or a report sent round, read apart from its cover (split.is_covering_notice)
_SAID = re.compile(r"(?:讲话|致辞|发言|报告)(?:稿|摘要)?$")


def issued_name(current: Sequence[Para]) -> str:
    """The name of what the notice at the head of `current` issues, or ""."""
    head = [re.sub(r"\s+", "", p.text) for p in current[:4]]
    for k, text in enumerate(head):
        m = _IN_MARKS.search(text) or _BARE.search(text)
        if m is None and k + 1 < len(head) and text.endswith(("印发", "转发", "颁布", "下发")):
            m = _BARE.search(text + head[k + 1])  # 西河镇人民政府关于印发 / 2026年全镇…要点的通知
        if m:
            return "" if _SAID.search(m.group(1)) else m.group(1)
    return ""
