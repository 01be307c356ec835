"""Another page's news item saved after a piece the copy cut mid-sentence (batch 50).

Someone saves the first part of a speech (the site cut it: …，直接 / …才能为这场成长之旅) and then, in the same file, a
news item from another site: its headline over the site's 发布日期 line (某某县：…获全省通报表扬), or its dated lead alone
(1月18日，某某乡召开…安全生产工作会，…). The cut sentence never goes on into that item: the lines are not joined, and
the item is a document of its own. A dated lead that follows a paragraph which closed (。) is left to the other rules.
"""

from __future__ import annotations

from drafter.ingest.para import Para
from drafter.ingest.seams import opens_frame

_TERMINAL = "。！？!?；;…”’」』）)"


def cut_before(prev: Para) -> bool:
    """The paragraph stops mid-sentence (no stop, no closing quote or bracket at its end)."""
    text = prev.text.rstrip()
    return len(text) >= 16 and text[-1] not in _TERMINAL and not prev.md and not prev.divider


def dated_item_after_cut(prev: Para, para: Para) -> bool:
    """A dated news lead (1月18日，某某乡召开…) set apart from a paragraph cut mid-sentence: another item, not the rest
    of the cut sentence (a PDF's wrapped line runs on with no line between)."""
    return para.line > prev.end + 1 and cut_before(prev) and opens_frame(para.text)
