"""A story told about a meeting, not a text said or written at one: a novel's chapter pasted without its site.

A fiction site's marks (小说网, 下一章) give a chapter away (drafter.ingest.genres); a chapter copied bare does not.
What does is the narrator: faces, looks and gestures described from outside (脸上露出了……神色, 眼神, 缓缓登台,
小声议论着), which no speech, report or news item writes of its listeners. Three different such marks, and no 称谓
addressing anyone, make the text a story.
"""

from __future__ import annotations

import re

_NARRATOR = re.compile(
    r"脸上|神色|神情|眼神|缓缓|心里想|心想|暗想|暗自|皱了皱眉|皱起眉|点了点头|叹了口气|议论着|嘴角|看了一眼|不由得|"
    r"愣了一下|咧嘴|瞪了|撇了撇嘴|清了清嗓子"
    # (使了个眼色 / 心领神会 / 不动声色 / 心里都明白 / 目光都聚焦到了…身上: glances and what goes unsaid, batch 54)
    r"|使了个?眼色|心领神会|不动声色|心里(?:都)?明白|目光(?:都)?(?:聚焦|落)(?:到|在)"
    # (目光扫过会场 / 干咳了一声 / 众人纷纷…: the speaker's look and throat, the room as one crowd — batch 60; not 众人拾柴)
    r"|目光(?:扫视|环视|扫过)|扫视(?:了一[下圈眼])?全场|环视(?:了一[下圈眼])?(?:四周|全场|会场)|轻咳|干咳了?[一两]声|咳嗽了?[一两]声"
    r"|众人(?:报以|纷纷|都|齐声|面面相觑)"
)
_ADDRESS = re.compile(
    r"^[^。！？，]{0,30}(?:同志们|各位|朋友们|代表们|老师们|同学们)[^。！？]{0,20}[：:！!]", re.M
)


def told_as_story(text: str) -> bool:
    """Whether `text` (a document's first few thousand characters) is a narrator's story of people at a meeting."""
    if len(set(_NARRATOR.findall(text))) < 3:
        return False
    return not _ADDRESS.search(text[:600])


# 四月十六日，晴，宜出行，忌动土。 / 九月初一，阴。 / 5月3日，多云。: a story's (or a diary's) day and its weather, and maybe
# the almanac's 宜…忌… — the way a novel's chapter opens, never a speech's, a report's or a news item's lead (batch 54)
_STORY_DAY = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}月(?:初[一二三四五六七八九十]|[一二三四五六七八九十廿]{1,3}日?)|\d{1,2}月\d{1,2}日)[，,]\s*"
    r"(?:晴|阴|雨|小雨|中雨|大雨|多云|雪|小雪|大雪|晴转多云|多云转晴|阴转晴|阴转小雨)[，,。]"
)


def story_day(text: str) -> bool:
    """The paragraph opens on a day and its weather, as a novel's chapter (or a diary) does."""
    return bool(_STORY_DAY.match(text.strip()))
