"""A WeChat account's card run into the article's first line, on a mirror of the article (batch 54).

Copied from a WeChat mirror, the article's first line holds, run together: its title again, the account's name,
微信号 <id>, 功能介绍 and the account's motto, the day it was posted, 收录于话题 (收录于合集 #…), the account's blurb for
the series (今天，为大家推荐的是…系列文章，第524期。…), and only then the text's own title, speaker and date
(在…会议上的讲话某某(2026年6月4日)) and the speech. The card and the blurb are the page's, not the speech's: they are
taken out (shown in the report as 微信公众号名片和导语), and the line keeps the speech from its first words. A line that
holds the card and stops before the speech (the mirror's summary) is taken out whole.
"""

from __future__ import annotations

import re

from drafter.ingest.debris import Removed

# 微信号 bisao-qianjun 功能介绍 / 微信号：gongwen_xz 功能介绍 / 微信號 … 功能介紹
_CARD = re.compile(r"微信[号號]\s*[:：]?\s*[A-Za-z][A-Za-z0-9_\-]{2,30}\s*功能介[绍紹]")
# 在…会议上的讲话某某(2026年6月4日) / …上的講話區委書記（2026年5月15日）: the text's own title, speaker and date, run in
_RUN_IN = re.compile(
    r"在[^。！？!?\s]{2,50}?上的(?:讲话|講話|致辞|致辭|发言|發言|报告|報告|主持词|主持詞)[^。！？!?（(]{0,20}"
    r"[（(]\s*(?:\d{4}|[二〇○零一三四五六七八九]{4})\s*年[^）)]{1,10}[)）]\s*"
)


def wechat_card(lines: list[str], removed: list[Removed]) -> list[str]:
    """`lines` with a WeChat card and the account's blurb taken out of the line that holds them (see the module)."""
    out = list(lines)
    for i, line in enumerate(lines):
        card = _CARD.search(line)
        if card is None:
            continue
        speech = _RUN_IN.search(line, card.end())
        cut = speech.end() if speech and speech.end() < len(line.rstrip()) else len(line)
        removed.append(Removed(i + 1, line[:cut].strip(), "微信公众号名片和导语"))
        out[i] = line[cut:] if cut < len(line) else ""
    return out
