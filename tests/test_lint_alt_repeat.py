"""`fragments lint` warns when two blocks of alternatives can put one clause twice into a draft (alt-repeat)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from drafter.cli import app
from drafter.curate.lint import lint_library

SOURCE = "  source: {authored: drafter 编写组, written: 2026-12}\n"


def _library(tmp_path: Path, text: str) -> Path:
    (tmp_path / "mine.yaml").write_text(
        f"- id: opening.mine\n  role: opening\n  tags: [通用]\n  text: >-\n    {text}\n{SOURCE}", encoding="utf-8"
    )
    return tmp_path


def _repeats(root: Path) -> list[str]:
    return [f.message for f in lint_library(root, corpus=root).findings if f.rule == "alt-repeat"]


def test_two_blocks_that_can_both_end_on_one_clause_are_flagged(tmp_path: Path) -> None:
    root = _library(
        tmp_path,
        "{% alt %}要强化重点群体就业帮扶，确保零就业家庭动态清零。{% or %}重点群体要有人帮。{% endalt %}"
        "{% alt %}要统筹开发公益性岗位，确保零就业家庭动态清零。{% or %}公益性岗位要统筹开发。{% endalt %}",
    )
    assert _repeats(root) == ["两处备选说法都有“确保零就业家庭动态清零”，同一篇稿子可能把这句话说两遍"]
    shown = CliRunner().invoke(app, ["fragments", "lint", "--library", str(root), "--corpus", str(root)])
    assert "mine.yaml:1: [说法重复] opening.mine" in shown.stdout


def test_a_clause_in_the_fixed_text_and_in_a_block_is_flagged(tmp_path: Path) -> None:
    root = _library(tmp_path, "我们要齐心协力，守住安全发展底线。{% alt %}各部门各负其责，守住安全发展底线。{% or %}各部门要各负其责。{% endalt %}")
    assert len(_repeats(root)) == 1


def test_alternatives_of_one_block_and_the_branches_of_an_if_never_meet(tmp_path: Path) -> None:
    root = _library(
        tmp_path,
        "{% alt %}要强化就业帮扶，确保零就业家庭动态清零。{% or %}要开发公益性岗位，确保零就业家庭动态清零。{% endalt %}"
        "{% if plan_start %}{% alt %}开局之年，学习是成长进步的阶梯。{% or %}甲乙。{% endalt %}"
        "{% else %}{% alt %}新的一年，学习是成长进步的阶梯。{% or %}丙丁。{% endalt %}{% endif %}",
    )
    assert _repeats(root) == []


def test_the_shipped_library_says_no_clause_twice() -> None:
    assert _repeats(Path(__file__).resolve().parents[1] / "fragments") == []
