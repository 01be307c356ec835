"""The CLI run in-process (typer's runner), and the assertion that a command refused cleanly: tests of every command."""

from __future__ import annotations

from typer.testing import CliRunner

from drafter.cli import app

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


def refused(result, code: int, *said: str) -> str:
    """The command ended with exit `code`, no traceback, and stderr saying each of `said`; that stderr."""
    text = result.stderr
    assert result.exit_code == code, text
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    for words in said:
        assert words in text, text
    return text
