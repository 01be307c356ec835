"""Lead, session 23: meeting names a clerk types that drafter read as works (仪式, 开幕式, 团拜会), read as the writer."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner
from work_drafts import draft_meeting

from drafter.cli import app
from drafter.meeting import parse_meeting


@pytest.mark.parametrize(
    "meeting",
    ["全县重点项目集中开工仪式", "全市第十届运动会开幕式", "全县乡村振兴学院揭牌仪式", "全市新春团拜会", "全县春节联欢会"],
)
def test_a_ceremony_or_a_new_year_gathering_is_not_drafted_as_a_work_meeting(meeting):
    # Read: 全县重点项目集中开工仪式 became a 工作会议 whose second point was 推进重点项目集中开工仪式工作重点任务;
    # 全市新春团拜会 was refused as naming no work (看不出是哪项工作的会议), which sends the clerk to look for one.
    args = ["draft", "--no-input", "--no-history", "--set", "place=清河县", "--set", f"meeting={meeting}"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, result.output
    assert "致辞" in result.stderr and "处理办法" in result.stderr and "Traceback" not in result.output
    assert not result.stdout.strip()


def test_a_campaigns_launch_ceremony_is_held_and_names_the_campaign():
    # Read: 全县安全生产月活动启动仪式 was drafted for 安全生产月活动启动仪式工作 and 决定召开这次…启动仪式.
    meeting = parse_meeting("全县安全生产月活动启动仪式")
    assert meeting.kind.name == "动员部署会" and meeting.work == "安全生产月活动"
    for seed in range(3):
        _, draft = draft_meeting("全县防灾减灾宣传周启动仪式", seed=seed)
        assert "召开这次全县防灾减灾宣传周启动仪式" not in draft.text
        assert "启动仪式工作" not in draft.text
    _, draft = draft_meeting("全县防灾减灾宣传周启动仪式", seed=6)
    assert "举行这次全县防灾减灾宣传周启动仪式" in draft.text  # the seed whose opening says it


def test_a_training_class_opening_ceremony_is_still_drafted():
    assert parse_meeting("全县乡村振兴干部培训班开班仪式").kind.name == "培训班开班式"
