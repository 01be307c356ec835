"""What reader53 read in drafts a 县/乡 clerk would hand in, and mended (tests cheap: a few in-process drafts drawn once
per worker, library look-ups)."""

from __future__ import annotations

import re

import pytest

from tests.work_drafts import draft_text

_TARGET = "城镇新增就业3000人以上"


def _section_of(text: str, said: str) -> str:
    """The paragraph of `text` that says `said`."""
    return next(p for p in text.split("\n") if said in p)


@pytest.mark.parametrize("seed", [1, 21])
def test_a_whole_work_target_of_an_employment_meeting_is_said_of_the_whole_work(seed):
    # 清河县 全县就业工作推进会 (12 min): 城镇新增就业 is a target of the whole work, not of the area that happened to come
    # first — （一）以政策和环境引才留才，让青年人愿意来、留得住。这方面今年的目标是：城镇新增就业3000人以上 (seed 1),
    # 稳住就业基本盘 (seed 21): every employment task point is tagged 就业, the work's own name
    text = draft_text("清河县", "全县就业工作推进会", seed, 12, targets=[_TARGET], tasks=["开展职业技能培训5000人次"])
    said = _section_of(text, _TARGET)
    assert not re.match(r"（[一二三四五六]）", said), said
    assert "主要目标是" in said
    assert "技能" in _section_of(text, "5000人次").split("今年要")[0]  # a task of one area still goes to it
