"""A speech's opening in the speaker's own voice, under a piece the copy cut mid-sentence (batch 64).

Someone saves the first lines of one page (a news item: 1月15日上午，…市长…主持召开…会，强调从现在开始、) and then, in
the same file, a speech from another page, whose head the site gave only as a blurb (小编为你整理了…《…的讲话》…), which
cleaning takes out. The speech has no title and no 称谓 left; its first words are the speaker's: 今天，我们召开…会议，主要
任务是… . A cut sentence never goes on so, and a news item never turns to 我们召开 in its own voice: the speech is a
document of its own. A line must lie between the two (blank, or taken out as the site's): a PDF's wrapped line runs on
with none. The news item above may also have closed (…等参加。): it opened on its dated lead (1月15日上午，…召开…) and
greeted no one, so the speaker's 今天，我们召开… is not its own. A speech that greeted its audience may well say it after
its first paragraph, and stays whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.appended import cut_before
from drafter.ingest.para import Para
from drafter.ingest.seams import opens_frame
from drafter.text import count_han

__all__ = ["opening_after_cut"]

# 今天，我们召开全市…会议 / 今天上午，我们在这里隆重举行… / 这次会议是…召开的: the speaker tells of the meeting he speaks at
_OWN_OPENING = re.compile(
    r"^(?:今天|今日|今天上午|今天下午|今天晚上)[，,]?\s*(?:我们|咱们)(?:在这里)?(?:召开|举行|隆重召开|隆重举行|专门召开)"
    r"[^。！？]{2,40}?(?:会议|大会|会|座谈会|典礼|仪式)"
)
# 同志们： / 各位代表： — a piece that greets its audience is a speech, and may say 今天，我们召开… after a blank line
_ADDRESS = re.compile(r"^[^。！？]{0,20}(?:同志们|代表|来宾|朋友们|同学们|老师们|领导)[^。！？]{0,10}[：:]$")
# running text the cut piece must hold (a headline alone over the speech is its title, not a piece)
_PIECE_MIN = 40


def opening_after_cut(current: Sequence[Para], para: Para) -> bool:
    """`para` opens a speech in the speaker's voice, set apart from a paragraph cut mid-sentence."""
    if not current or para.line <= current[-1].end + 1 or not _OWN_OPENING.match(para.text):
        return False
    if count_han("".join(p.text for p in current)) < _PIECE_MIN:
        return False
    # cut mid-sentence, or a news item: it opened on a dated lead of its own (1月15日上午，…主持召开…), no 称谓 in it
    return cut_before(current[-1]) or any(opens_frame(p.text) for p in current[:3]) and not any(_ADDRESS.match(p.text) for p in current)
