"""overview44: a 10-minute speech's tasks are its body, not two lines.

A short work meeting (≤ 12 minutes) has one 任务 point, and for 13 broad works it is the work's overview (tag 总览): its
areas as sub-points. Each area said one sentence long (守护蓝天。要抓好……让群众多呼吸新鲜空气。), a 10-minute 全市生态环境
工作会议 gave its tasks ~190 of ~1,700 characters of points while its 认识 point ran ~780. Each area now says what to do
this year and who does it, in two or three sentences; the speech still forms at 8 and 12 minutes.
"""

from __future__ import annotations

import re

import pytest

from drafter.library import load_library
from drafter.model import OVERVIEW_TAG
from tests.work_drafts import draft_made

# Each overview work's 10-minute meeting, 县 and 市 in turn (13 drafts; every work × 县/市 × seeds was read by hand).
MEETINGS = [
    ("清河县", "全县生态环境工作会议"), ("南通市", "全市乡村振兴工作会议"), ("清河县", "全县食品安全工作会议"),
    ("南通市", "全市营商环境工作会议"), ("清河县", "全县妇女儿童工作会议"), ("南通市", "全市民政工作会议"),
    ("清河县", "全县经济工作会议"), ("南通市", "全市基层党建工作会议"), ("清河县", "全县文明城市工作会议"),
    ("南通市", "全市卫生健康工作会议"), ("清河县", "全县教育工作会议"), ("南通市", "全市防汛抗旱工作会议"),
    ("清河县", "全县平安建设工作会议"),
]  # fmt: skip
_SENTENCE = re.compile(r"[^。！？]+[。！？]")


def overview_sections(draft) -> list[str]:  # type: ignore[no-untyped-def]
    """The paragraphs of the draft's overview point that say its areas (（一）heading。body…), in order."""
    library = load_library()
    points = [u for u in draft.uses if u.role.value == "point" and not u.section]
    at = next(i for i, u in enumerate(points) if OVERVIEW_TAG in library.get(u.id).tags)
    body = re.split(r"^## .*$", draft.text, flags=re.M)[at + 1]
    return [p for p in body.split("\n\n") if re.match(r"（[一二三四五六七八九十]+）", p)]


@pytest.mark.parametrize(("place", "meeting"), MEETINGS)
def test_a_ten_minute_speech_says_each_area_of_its_overview_in_two_sentences_or_more(
    place: str, meeting: str
) -> None:
    draft = draft_made(place, meeting, 0, 10)
    sections = overview_sections(draft)
    assert len(sections) >= 2, draft.text
    for section in sections:
        # the heading is the first sentence; a listener hears at least two more about what to do
        said = _SENTENCE.findall(section)[1:]
        assert len(said) >= 2 and sum(len(s) for s in said) >= 100, section


@pytest.mark.parametrize(
    ("place", "meeting", "minutes"),
    [("南通市", "全市生态环境工作会议", 8), ("清河县", "全县营商环境工作会议", 12)],
)
def test_a_short_speech_on_an_overview_work_forms_at_eight_and_twelve_minutes(
    place: str, meeting: str, minutes: int
) -> None:
    draft = draft_made(
        place, meeting, 1, minutes
    )  # a DrafterError (片段库无法组成) would fail here
    sections = overview_sections(draft)
    assert len(sections) >= 2 and all(len(_SENTENCE.findall(s)) >= 3 for s in sections), draft.text
