"""Session 43's lead: what a clerk saw reading drafts.

Each test here failed before its fix (branch lead43).
"""

from __future__ import annotations

import re

from drafter.render.sections import without_lead_in
from drafter.text import count_han
from tests.work_drafts import draft_text

# A sentence (or clause) that announces how many sub-points follow: 要在以下三个方面下功夫：, 要从以下两个方面提高认识。
LEAD = re.compile(r"以下[一二三四五六七八九十两几]{1,2}(?:个|项|点|件|条|方面)[^。！？；：\n]{0,14}[：。]")


def _points(text: str) -> list[str]:
    return re.split(r"\n## ", text)[1:]


def test_a_speech_fit_to_its_minutes_leads_into_its_sections_as_a_speech_does() -> None:
    """Read (宜宾市 全市气象工作会议, seed 3, 12 minutes): twelve 要…以下N…： lead-ins in 2,767 characters, one before
    every section's 1. 2. 3. (要下大力气做好以下三件事：, 要扎实抓好以下三项任务：, 要统筹推进以下三项工作： …). Real pages
    say one about every 14,000 characters; a speech without --minutes already left the sections' ones out. Now each
    point leads in once at most, and the speech keeps its length."""
    text = draft_text("宜宾市", "全市气象工作会议", 3, 12)
    assert all(len(LEAD.findall(p)) <= 1 for p in _points(text)), [LEAD.findall(p) for p in _points(text)]
    assert 12 * 200 * 0.9 <= count_han(text) <= 12 * 200 * 1.1


def test_a_lead_in_goes_and_what_its_sentence_says_before_it_stays() -> None:
    # the clause before the lead-in says something of its own: the sentence ends there
    assert without_lead_in(["市容市貌是城市的“脸面”，群众每天都看在眼里，要统筹推进以下三项工作："]) == [
        "市容市貌是城市的“脸面”，群众每天都看在眼里。"
    ]
    assert without_lead_in(["预报准，防灾就主动。要坚持早字当头、以防为主，下大力气做好以下三件事："]) == [
        "预报准，防灾就主动。要坚持早字当头、以防为主。"
    ]
    # 为此， says nothing of its own: the whole sentence goes, or stays where it is all the intro says
    assert without_lead_in(["预报准，防灾就主动。为此，要抓好以下三点："]) == ["预报准，防灾就主动。"]
    assert without_lead_in(["为此，要抓好以下三点："]) == ["为此，要抓好以下三点："]
    # a lead-in said as a sentence of its own, ending on 。
    assert without_lead_in(["农业看天吃饭。要从以下两个方面提高认识。"]) == ["农业看天吃饭。"]
    # … but a sentence that only says 以下 is no lead-in
    assert without_lead_in(["情况如下。有关要求以下另行通知。"]) == ["情况如下。有关要求以下另行通知。"]
