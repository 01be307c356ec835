"""What the lead changed after reading, session 36."""

from __future__ import annotations

from typer.testing import CliRunner

from drafter.cli import app


def test_a_tag_no_fragment_carries_is_said_with_the_tags_it_is_near() -> None:
    # (newuser36: `fragments list --tag 表扬` listed nothing and said only 共 0 个片段, as if the library had none;
    # a role or level that does not exist was already refused by name)
    result = CliRunner().invoke(app, ["fragments", "list", "--tag", "表扬"])
    assert result.exit_code != 0
    assert "没有片段带标签“表扬”" in result.output and "表彰" in result.output
    ok = CliRunner().invoke(app, ["fragments", "list", "--tag", "表彰", "--role", "opening"])
    assert ok.exit_code == 0 and "没有片段带标签" not in ok.output


def test_a_tag_that_exists_but_matches_nothing_with_the_other_filters_is_no_error() -> None:
    result = CliRunner().invoke(
        app, ["fragments", "list", "--tag", "表彰", "--source", "没有这个来源"]
    )
    assert result.exit_code == 0 and "没有片段带标签" not in result.output
