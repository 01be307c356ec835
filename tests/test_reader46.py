"""What reader46 found reading two dozen drafts as the office's writer would, and fixed at the root.

Each test holds one thing a writer would have had to change before handing the draft in, read over seeds 0–2 where a
draft is drawn (adding fragments moves draws).
"""

from __future__ import annotations

import re

import pytest
from work_drafts import draft_meeting

from drafter.library import load_library
from drafter.library.alternatives import split_alternatives
from drafter.render.placing import verb_led
from drafter.render.sandbox import helpers, render_text

_BLOCK = re.compile(r"\{%-?\s*alt\s*-?%\}.*?\{%-?\s*endalt\s*-?%\}", re.S)


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


def _phrasings(fragment_id: str, level: str, place: str, work: str) -> list[str]:
    """Every phrasing of the fragment's text (each n-th alternative of its blocks), rendered for `place` as a draft
    renders it (`render_text`: after the sandbox, the wording fixes a draft gets)."""
    fragment = load_library().get(fragment_id)
    answers = {"level": level, "place": place, "meeting": f"全{level}{work}会议", "work": work}
    ctx = {**answers, **helpers(answers, 3, 0)}
    blocks = split_alternatives(fragment.text)
    widest = max((len(b) for b in blocks), default=1)
    said = []
    for n in range(widest):
        picks = iter([b[min(n, len(b) - 1)] for b in blocks])
        text = _BLOCK.sub(lambda _m, picks=picks: next(picks), fragment.text)
        said.append(render_text(text, ctx, fragment))
    return said


@pytest.mark.parametrize(
    ("fragment_id", "work"),
    [
        ("opening.medical-insurance.deploy", "医疗保障工作"),
        ("opening.business.deploy", "优化营商环境工作"),
    ],
)
def test_a_province_does_not_name_the_centre_twice_in_one_breath(fragment_id: str, work: str) -> None:
    """江苏省 全省医疗保障工作会议 (seed 9) opened 贯彻落实党中央关于深化医疗保障制度改革的决策部署和党中央、国务院工作要求:
    above a province the level's leadership is the centre itself, and a writer says 党中央、国务院关于…的决策部署 once."""
    for said in _phrasings(fragment_id, "省", "江苏省", work):
        assert "党中央、国务院工作要求" not in said and "和党中央、国务院的" not in said, said
    county = " ".join(_phrasings(fragment_id, "县", "清河县", work))
    assert "市委、市政府" in county  # a county still answers to its city
