"""Session 27, drafts read as their writers: one draft never says a clause of its alternatives twice (a lead-in
with another adverb is the same clause), and a department head speaks for his department."""

from __future__ import annotations

import pytest

from drafter.library.alternatives import Chooser, choosing, text_scope
from drafter.library.plain import plain_tree, render_plain

FIRST = "{% alt %}要健全村民议事协商机制，推行村级事务清单管理。{% or %}要健全村民议事协商机制，推广积分制。{% endalt %}"
LATER = (
    "{% alt %}群众参与感不强，要健全村民议事协商机制。{% or %}群众参与感不强，要让农民在家门口议家事。"
    "{% or %}群众参与感不强，要健全村民议事协商机制，让大家出主意。{% endalt %}"
)
CLAUSE = "要健全村民议事协商机制"


def _render(chooser: Chooser, fragment_id: str, text: str) -> str:
    with choosing(chooser), text_scope(fragment_id, text):
        out = render_plain(plain_tree(text), {})
    assert out is not None
    return out


def test_a_later_block_of_another_fragment_does_not_say_a_clause_again() -> None:
    twice = 0
    for seed in range(40):
        chooser = Chooser(seed)
        text = _render(chooser, "point.a", FIRST) + _render(chooser, "point.b", LATER)
        twice += text.count(CLAUSE) > 1
    assert twice == 0  # by seed alone two of three of LATER's alternatives would say it again


def test_a_recorded_choice_is_replayed_even_if_it_says_the_clause_again() -> None:
    later_key = _keys(LATER)[0]
    again = Chooser(1, replay={"point.b": {later_key: 0}})  # the writer's draft took it: an update keeps it
    assert CLAUSE in _render(again, "point.a", FIRST)
    assert CLAUSE in _render(again, "point.b", LATER)


def _keys(text: str) -> list[str]:
    chooser = Chooser(0)
    _render(chooser, "x", text)
    return list(chooser.chosen["x"])


def test_a_lead_in_said_with_another_adverb_is_heard_as_said() -> None:
    # 重点抓好以下四个方面： in one point, then 要着重做好以下三个方面： in the next read as one formula said twice
    first = "{% alt %}重点抓好以下三个方面：{% or %}重点抓好以下三个方面：{% endalt %}"
    later = "{% alt %}要着重做好以下三个方面：{% or %}要从这几个方面持续用力：{% or %}着力抓好以下三个方面：{% endalt %}"
    for seed in range(20):
        chooser = Chooser(seed)
        _render(chooser, "point.a", first)
        assert _render(chooser, "point.b", later) == "要从这几个方面持续用力："


def _draft_json(*sets: str) -> dict:
    from typer.testing import CliRunner

    from drafter.cli import app

    args = ["draft", "--no-input", "--seed", "4", "--minutes", "10", "--json"]
    for item in ("place=清河县", "meeting=全县教育系统秋季开学工作会议", *sets):
        args += ["--set", item]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    import json

    return json.loads(result.stdout)


def test_a_bureau_head_speaks_for_the_bureau_at_his_systems_meeting() -> None:
    # Read (清河县 全县教育系统秋季开学工作会议, speaker 县教育局局长, 10 minutes): the 局长 said 县委、县政府始终心怀敬意
    # and told 公安、交通……等部门 and 财政部门 what to do.
    draft = _draft_json("speaker=县教育局局长 王强")
    assert draft["convenor"] == "部门"
    assert "局领导班子" in draft["text"] and "县委、县政府始终" not in draft["text"]
    assert "财政部门要" not in draft["text"] and "财政要早安排" not in draft["text"]


@pytest.mark.parametrize("speaker", ["副县长 李明", "县委书记 赵刚", "市教育局局长 周平"])
def test_other_speakers_keep_the_countys_voice(speaker: str) -> None:
    assert _draft_json(f"speaker={speaker}")["convenor"] == "党委和政府"
