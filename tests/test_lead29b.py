"""Lead's session 29: a meeting on 项目建设 stays on projects (material of its own, not the whole economy)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from drafter.cli import app


@pytest.mark.parametrize(("seed", "minutes"), [(2, "20"), (5, "20"), (8, "10"), (8, "20")])
def test_a_project_meeting_speaks_of_approval_and_of_results(seed, minutes) -> None:
    # 全区重点项目建设推进会 had one 项目为王 area and 要素保障; the rest came from the whole economy (新质生产力 as its first
    # point, 城市更新, 防风险), and nothing on 审批服务 or on getting a built project to produce (review29a).
    result = CliRunner().invoke(
        app,
        ["draft", "--no-input", "--seed", str(seed), "--minutes", minutes, "--set", "place=合肥市蜀山区",
         "--set", "meeting=全区重点项目建设推进会"],
    )
    assert result.exit_code == 0, result.output
    body = result.output.split("\n# ", 1)[1]
    assert "审批" in body and ("投产" in body or "达产" in body)
    first = body.split("\n## 二、", 1)[0]
    assert "项目" in first.split("\n## 一、", 1)[1].split("\n", 1)[0]  # the first point is on projects
