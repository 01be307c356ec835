"""A headline that names a report in 《》 tells of the report; it is not the report's own title (batch 62).

某县召开2026年《政府工作报告》意见征求座谈会 / 某处集中学习《某局2026年工作要点》 / 传达学习《…工作报告》精神: the
report's genre word stands inside the book-title marks, and outside them the headline says what was done with it — a
meeting held on it, a study of it, its spirit passed on. That is a news item's headline (or a study session's), and
the genre word inside the quotation no more makes it a report than 学习《讲话》 makes a news item a speech. A title that
is the quotation and nothing else (《2026年政府工作报告》) or whose own words name the genre (关于《…》执行情况的报告)
stays a report's title.
"""

from __future__ import annotations

import re

__all__ = ["tells_of_quoted"]

_QUOTED = re.compile(r"《[^《》]{2,60}》")
# what a headline says was done with the document it quotes: studied, discussed, passed on, asked about, explained
_DONE_WITH = re.compile(
    r"召开|举行|座谈会|征求|会议|学习|传达|解读|宣讲|讨论|审议|贯彻|培训|部署|研讨|专题|宣传|认真|组织|开展"
)


def tells_of_quoted(title: str, genre: re.Pattern[str]) -> bool:
    """The title's genre word (matched by `genre`) is only inside a 《…》 it quotes, and the words outside the quotation
    say what was done with the document: a headline telling of the report, not its title."""
    if not _QUOTED.search(title):
        return False
    outside = _QUOTED.sub("《》", title)
    if genre.search(outside.replace("《》", "")):
        return False  # 关于《…》执行情况的报告: the title's own words name the genre
    return bool(_DONE_WITH.search(outside))
