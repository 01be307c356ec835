"""`drafter works`: the kinds of work drafter has material on, with their levels and the words that name them.

The body of the command, typer-free; its options and help are declared in drafter/cli/commands/works.py.
"""

from __future__ import annotations

from drafter.cli.output import echo, echo_json


def works_command(level: str | None, as_json: bool) -> None:
    from drafter.catalog import check_level, fits, level_words, list_works

    check_level(level)
    entries = [e for e in list_works() if fits(e.levels, level)]
    if as_json:
        echo_json([
            {"work": e.tag, "name": e.name, "description": e.description, "levels": list(e.levels),
             "words": list(e.words), "parts": list(e.parts), "file": e.file}
            for e in entries
        ])  # fmt: skip
        return
    for e in entries:
        words = "、".join(e.words[:4]) + ("……" if len(e.words) > 4 else "")
        echo(f"{e.tag}  [{level_words(e.levels)}]  {e.description}（会议名称含：{words}）")
    echo(f"共 {len(entries)} 种工作。起草：drafter draft --set meeting=会议名称（或 --set work=工作名称）")
