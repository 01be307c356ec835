"""A reporter's dated lead that hands over the letter it prints, and the letter run on in the same line (batch 56).

21日，某市红十字会向媒体发布倡议书，呼吁……倡议书全文如下：亲爱的市民朋友们：…… — a news item tells, in the third
person and under the day, that a body issued a letter, and prints it whole. The item is news and the letter another
document, as under a wire tag (本报讯, …电). A page's own lead in the first person (10月10日，市委向我校发来贺信。贺信全文
如下：) stays the letter's lead (batch 30). A copy that lost the line breaks runs the letter's 称谓 on after 全文如下：;
it is set on a line of its own.
"""

from __future__ import annotations

import re

# 21日， / 4月21日， / 2026年4月21日，: the day first, as a reporter's lead begins
_DATED = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上|晚|早上)?[，,]")
_ISSUED = re.compile(
    r"(?:发布|发出|公布|印发|签发|联合发出)[^。！？]{0,12}(?:倡议书?|公开信|一封信|慰问信|感谢信|贺信|致辞|通告|呼吁书|告[\u4e00-\u9fff]{1,8}书)"
)
_FIRST_PERSON = re.compile(r"我(?!国)|本(?:校|院|单位|会|局)")
# …全文如下：亲爱的市民朋友们：… / 原文如下:全体党员同志们:…: the 称谓 run on after the hand-over
_RUN_ON = re.compile(
    r"(?<=(?:全文|原文|内容)如下[：:])\s*(?=[^。！？，,：:]{0,12}(?:们|同志|朋友|同胞|市民|居民|乡亲|工作者|青年|家长)[：:])"
)


def press_lead(text: str) -> bool:
    """Whether `text` is a reporter's dated lead telling, in the third person, that a body issued a letter."""
    return (
        bool(_DATED.match(text))
        and bool(_ISSUED.search(text))
        and not _FIRST_PERSON.search(text.split("如下")[0])
    )


def handed_over_run_on(text: str) -> int | None:
    """Where the letter's 称谓 starts after a 全文如下： inside `text`, or None."""
    m = _RUN_ON.search(text)
    return m.end() if m and m.end() < len(text) else None
