"""echo43: a draft says each theme once — the drafts a county clerk read with a theme said twice in other words.

A theme left out for saying again what another section says is not brought back to keep the length: the trim keeps
other sub-points, the growth a section on a theme not yet said (drafter/render/fit.py `_themes_apart_grown`); a
heading or sub-point with other ways to say it takes one that does not say another heading's words
(drafter/render/assemble.py `_heading_echoes`, drafter/render/apart.py `text_echoes`).
"""

from __future__ import annotations

import re

import pytest

from drafter.text import count_han
from tests.echoes import headings_twice, themes_twice
from tests.work_drafts import draft_made


def _within_length(draft, minutes: int) -> bool:
    return abs(count_han(draft.text) - minutes * 200) <= minutes * 200 * 0.10


def _sections_saying(text: str, pattern: str) -> list[str]:
    """The sections (（一）… with their numbered sub-points) and sub-points of the speech whose text says `pattern`."""
    blocks = re.split(r"\n(?=（[一二三四五六七八九十]+）|## )", text)
    return [b.split("\n")[0][:30] for b in blocks if re.search(pattern, b)]


def test_a_cppcc_closing_says_consultation_topics_and_research_once():
    # Read (宁海县 政协闭幕会, seed 2, 10 minutes): （一）1.选准协商议题 2.把调研做深做实, （三）2.多调研、多建言 and
    # （四）1.制定好年度协商计划（协商选题要……少而精） 2.把协商建立在深入调研的基础上 — each said twice in one point,
    # brought back because the speech without them fell under 93% of its length.
    meeting = "政协宁海县第十届委员会第五次会议闭幕会"
    draft = draft_made("宁海县", meeting, 2, 10)
    assert themes_twice(draft.text, whole=True) == [], draft.text
    assert _within_length(draft, 10), count_han(draft.text)
    assert "选准协商议题" in draft.text or "制定好年度协商计划" in draft.text  # the theme is said, once


def test_a_medical_ethics_speech_heads_ethics_education_once():
    # Read (临安区 全区医德医风建设工作会议, seed 3, 15 minutes): （三）树起榜样、敲响警钟，把医德教育抓在经常 and
    # （六）把医德教育贯穿医务人员成长的全过程; 新人进门先讲医德 and then 新入职的人员第一课就要讲医德 under 三、.
    meeting = "全区医德医风建设工作会议"
    draft = draft_made("临安区", meeting, 3, 15)
    assert not [run for run in headings_twice(draft.text, meeting) if "医德教" in run], draft.text
    assert themes_twice(draft.text, whole=True) == [], draft.text
    assert len(_sections_saying(draft.text, "医德教育")) <= 2  # the education area and at most one mention elsewhere
    assert _within_length(draft, 15), count_han(draft.text)


@pytest.mark.parametrize("seed", [0, 2, 7, 9])
def test_an_education_speech_says_dropout_prevention_under_one_section(seed):
    # Read (绍兴市 全市教育工作会议, 15 minutes, seeds 0–11): 控辍保学 three times in 4 of 12 — its own section
    # （抓实控辍保学和困境儿童关爱）, that section's sub-point 落实控辍保学责任, and a sub-point of another section
    # (让每个特殊孩子都有学上: 控辍保学要建立长效机制).
    draft = draft_made("绍兴市", "全市教育工作会议", seed, 15)
    said = _sections_saying(draft.text, "控辍|辍学")
    assert len(said) <= 1, said
    assert _within_length(draft, 15), count_han(draft.text)


def test_a_short_overview_speech_keeps_its_overview():
    # 南通市 生态环境, seed 2, 10 minutes: a short speech on a broad work has one task point, its overview (总览): the
    # sub-points left out for saying a theme twice must not take the overview's areas with them.
    # On main it kept 守护蓝天 and 督察整改, 碧水 and 净土 cut for a second 保障 section.
    draft = draft_made("南通市", "全市生态环境保护工作会议", 2, 10)
    overview = [u for u in draft.uses if u.role.value == "point" and u.id == "point.ecology.task.overview"]
    assert overview and len(overview[0].subpoints) == 4, [(u.id, u.subpoints) for u in draft.uses]
    assert all(re.search(words, draft.text) for words in ("蓝天|好天气", "碧水|河湖", "净土|土壤", "督察"))
    assert themes_twice(draft.text) == []
    assert _within_length(draft, 10), count_han(draft.text)
