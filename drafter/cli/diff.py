"""`drafter diff`: which sentence of a draft came from which source speech, and how much is reused.

The body of the command, typer-free; its options and help are declared in
drafter/cli/commands/diff.py.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from drafter.cli.output import Exit, echo, echo_json, fail


def diff_command(
    draft: Path,
    against: list[Path],
    max_share: float,
    fail_over: bool,
    html_file: Path | None,
    as_json: bool,
    summary: bool,
    force: bool = False,
) -> None:
    from drafter.diff import diff_draft
    from drafter.diff.output import format_html, format_text
    from drafter.files import write_text_atomic

    if not 0 < max_share <= 1:
        # draft's --max-source-share is a percentage (30): the same number here only said 应在 0 到 1 之间 (newuser36)
        percent = ""
        if 1 < max_share <= 100:
            percent = f"；{max_share:g}% 写作 {max_share / 100:g}（draft 的同名选项才是百分数）"
        raise fail(f"错误：--max-source-share 应在 0 到 1 之间（如 0.5）{percent}。", 2)
    if html_file is not None:  # a wrong --html now, not after the sources are indexed
        from drafter.files import check_writable
        from drafter.outputs import check_output, refuse_report_over_draft

        refuse_report_over_draft(html_file, flag="--html", reading=(draft, *against), example="对比.html")
        check_writable(html_file)
        check_output(html_file, force=force, flag="--html")  # an earlier report someone annotated is not overwritten
    report = diff_draft(draft, against, max_source_share=max_share)
    if html_file is not None:
        from drafter.outputs import remember_output

        write_text_atomic(html_file, format_html(report, title=f"来源对比：{draft.name}"))
        remember_output(html_file)
        echo(f"已写入 {html_file}", err=True)
    if as_json:
        echo_json(report.to_dict())
    else:
        echo(format_text(report, color=_use_color(), summary_only=summary), nl=False)
    if fail_over and report.over_share:
        raise Exit(3)


def _use_color() -> bool:
    """ANSI colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    return "NO_COLOR" not in os.environ and sys.stdout.isatty()
