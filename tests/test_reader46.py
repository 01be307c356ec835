"""What reader46 found reading two dozen drafts as the office's writer would, and fixed at the root.

Each test holds one thing a writer would have had to change before handing the draft in, read over seeds 0–2 where a
draft is drawn (adding fragments moves draws).
"""

from __future__ import annotations

import pytest
from work_drafts import draft_meeting

from drafter.render.placing import verb_led


@pytest.mark.parametrize(
    ("meeting", "task"),
    [
        ("全县招商引资工作会议", "围绕新能源装备产业链开展精准招商"),
        ("全县医疗保障工作会议", "严厉打击欺诈骗保"),
        ("全县文明城市创建动员部署会", "集中整治背街小巷环境"),
    ],
)
def test_a_task_that_says_its_own_verb_after_a_preposition_or_adverb_is_not_pushed_again(meeting: str, task: str) -> None:
    """清河县 全县招商引资工作会议 (seed 5) said 今年要着力推进围绕新能源装备产业链开展精准招商, the 医保 meeting 今年要着力
    推进严厉打击欺诈骗保, the 文明城市 one 今年要着力推进集中整治背街小巷环境: the user's task has its verb (开展, 打击,
    整治) after 围绕, 严厉 or 集中, and 着力推进 before it is a second verb a writer strikes out."""
    said = 0
    for seed in range(3):
        _, draft = draft_meeting(meeting, seed=seed, tasks=[task])
        assert f"着力推进{task}" not in draft.text, seed
        said += f"要{task}" in draft.text  # (a heading that states it says 这是今年的一项重点任务 instead)
    assert said, "the task is said in none of the drafts"


def test_an_adverb_counts_as_the_tasks_own_verb_only_before_one() -> None:
    """集中 before 整治 leads a verb; 集中供暖 is a noun, and 着力推进集中供暖改造 stays as it was."""
    assert verb_led("严厉打击欺诈骗保") and verb_led("集中整治背街小巷环境") and verb_led("围绕主导产业开展招商")
    assert not verb_led("集中供暖改造") and not verb_led("依法行政示范创建")
