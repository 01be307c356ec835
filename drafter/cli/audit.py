"""`drafter audit`: which speeches of an archive share long passages, and who copied whom.

The body of the command, typer-free; its options and help are declared in
drafter/cli/commands/audit.py.
"""

from __future__ import annotations

from pathlib import Path

from drafter.cli.output import echo, echo_json, fail


def audit_command(
    archive: list[Path],
    min_chars: int,
    common_docs: int,
    fmt: str,
    output: Path | None,
    engine: str,
    corpus: bool,
    force: bool = False,
    as_json: bool = False,
) -> None:
    import json

    from drafter.audit import audit_archive
    from drafter.audit.output import format_html, format_text

    if as_json and fmt == "html":
        raise fail("错误：--json 与 --format html 只能选一个。", 2)
    fmt = "json" if as_json else fmt
    if fmt not in ("text", "json", "html"):
        raise fail(f"错误：--format 只能是 text、json 或 html（收到 {fmt}）。", 2)
    if output is not None:  # a wrong -o now, not after a long audit
        from drafter.files import check_writable
        from drafter.outputs import check_output, refuse_report_over_draft

        refuse_report_over_draft(output, flag="-o", reading=tuple(archive), example=f"审查.{'html' if fmt == 'html' else 'txt'}")
        check_writable(output)
        check_output(output, force=force)  # an earlier report someone annotated is not overwritten
    report = audit_archive(_paths(archive, corpus), min_chars=min_chars, common_docs=common_docs, engine=engine)
    for s in report.skipped:
        echo(f"注意：无法读取，已跳过 {s.name}（{s.reason}）", err=True)
    if fmt == "json" and output is None:
        echo_json(report.to_dict())
        return
    text = {
        "text": format_text,
        "html": format_html,
        "json": lambda r: json.dumps(r.to_dict(), ensure_ascii=False, indent=2) + "\n",
    }[fmt](report)
    from drafter.files import readable, write_text_atomic

    if output is None:
        echo(readable(text), nl=False)
        return

    from drafter.outputs import remember_output

    write_text_atomic(output, readable(text))  # a non-UTF-8 file name in the archive, shown as GBK reads it
    remember_output(output)  # the next audit may replace it while nobody has edited it
    echo(f"已写入 {output}（{len(report.pairs)} 对）", err=True)


def _paths(archive: list[Path] | None, corpus: bool) -> list[Path]:
    from drafter.workspace import default_corpora

    paths = list(archive or [])
    if corpus or not paths:
        paths += [p for p in default_corpora() if p not in paths]
    return paths
