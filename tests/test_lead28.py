"""Lead's fixes of session 28: what a writer saw in drafts."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from drafter.cli import app
from drafter.meeting import parse_meeting


@pytest.mark.parametrize(
    ("name", "place", "work"),
    [
        ("县安全生产工作会议", "清河县", "安全生产工作"),
        ("街道党建引领基层治理工作推进会", "南京市玄武区玄武门街道", "党建引领基层治理工作"),
        ("镇防汛工作会议", "清河县柳镇", "防汛工作"),
        ("2026年市经济工作会议", "江州市", "经济工作"),
    ],
)
def test_the_places_own_level_word_is_its_scope_not_part_of_the_work(name, place, work) -> None:
    # 县安全生产工作会议 is 全县's meeting: a draft that says “县安全生产工作各项任务” pastes the scope into the work.
    assert parse_meeting(name, place).work == work


@pytest.mark.parametrize(
    ("name", "place", "work"),
    [
        ("市场监管工作会议", "江州市", "市场监管工作"),
        ("县域经济发展大会", "清河县", "县域经济发展工作"),
        ("乡村振兴工作推进会", "清河县柳乡", "乡村振兴工作"),
        ("县直机关党建工作会议", "清河县", "县直机关党建工作"),
        ("街道环境整治推进会", "南京市玄武区", "街道环境整治工作"),
    ],
)
def test_a_word_that_begins_with_the_level_word_stays_the_work(name, place, work) -> None:
    assert parse_meeting(name, place).work == work


def test_a_street_draft_does_not_repeat_street_before_its_work() -> None:
    result = CliRunner().invoke(
        app,
        ["draft", "--no-input", "--seed", "2", "--minutes", "10", "--set", "place=南京市玄武区玄武门街道",
         "--set", "meeting=街道党建引领基层治理工作推进会"],
    )
    assert result.exit_code == 0, result.output
    body = result.output.split("\n# ", 1)[1].split("\n", 1)[1]  # below the title, which keeps the user's name
    assert "街道党建引领基层治理工作" not in body
    assert "党建引领基层治理工作" in body


@pytest.mark.parametrize(("seed", "minutes"), [(2, ["--minutes", "10"]), (4, ["--minutes", "10"]), (2, []), (4, [])])
def test_a_part_of_the_work_is_not_two_sections_of_one_speech(seed, minutes) -> None:
    # At a 街道 the work's last areas were its two 志愿服务 areas (one for every level, one for 乡镇街道): the draft
    # said （二）推动志愿服务规范化常态化 and （三）让志愿服务在社区里常态化 one after the other.
    result = CliRunner().invoke(
        app,
        ["draft", "--no-input", "--seed", str(seed), *minutes, "--set", "place=南京市玄武区玄武门街道",
         "--set", "meeting=街道党建引领基层治理工作推进会"],
    )
    assert result.exit_code == 0, result.output
    sections = [line for line in result.output.splitlines() if line.startswith("（")]
    about = [line.split("。", 1)[0] for line in sections if "志愿" in line.split("。", 1)[0]]
    assert len(about) <= 1, about
