"""The problems a user names steer the task points, not only the sections a point grows (lead, session 35).

A 全市优化营商环境大会 whose user said 涉企检查多头重复 drew 民营经济促进法 or 公平竞争 as its one task point in six
seeds of eight, and the problem the speech had just named was never answered (read at 湖南省常德市, 12 minutes).
"""

from __future__ import annotations

import pytest

from tests.work_drafts import draft_text


@pytest.mark.parametrize("seed", range(1, 9))
def test_a_named_problem_brings_the_task_point_that_answers_it(seed):
    text = draft_text(
        "湖南省常德市",
        "全市优化营商环境大会",
        seed,
        minutes=12,
        problems=["涉企检查多头重复、随意检查时有发生"],
    )
    assert "涉企检查多头重复" in text
    heads = [line for line in text.splitlines() if line.startswith("## ")]
    assert any("执法" in h or "检查" in h for h in heads[1:]), heads


def test_without_problems_the_task_points_are_not_steered_to_enforcement():
    # the same meeting with no problem named draws its task point from every area (the steer is the problem's)
    heads = {
        next(
            line
            for line in draft_text(
                "湖南省常德市", "全市优化营商环境大会", s, minutes=12
            ).splitlines()
            if line.startswith("## 二、")
        )
        for s in range(1, 9)
    }
    assert not all("执法" in h for h in heads)
