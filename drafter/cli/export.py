"""`drafter export`: write a speech as Word (公文 layout), PDF, Markdown or plain text.

The body of the command, typer-free; its options and help are declared in
drafter/cli/commands/export.py.
"""

from __future__ import annotations

from pathlib import Path

from drafter.cli.output import echo, echo_json
from drafter.errors import UsageError


def export_command(
    file: Path,
    output: Path,
    fonts: str | None,
    title_font: str | None,
    body_font: str | None,
    font: list[str],
    as_json: bool,
    force: bool,
) -> None:
    from drafter.export import export_file
    from drafter.files import check_writable
    from drafter.outputs import check_export_target, check_output, remember_output

    overrides = _font_overrides(font, title=title_font, body=body_font)
    if not file.is_file():  # the source first: a misspelt one was said as the output's problem (newuser38)
        from drafter.errors import SourceError
        from drafter.limits import missing_or_not_regular

        raise SourceError(missing_or_not_regular(file, "文件不存在"), path=file, hint="检查路径是否正确。")
    check_export_target(file, output, force=force)  # never a draft of its own, nor a record (newuser38)
    check_output(output, force=force)
    check_writable(output)  # a wrong -o now, not after LibreOffice has made the PDF
    result = export_file(file, output, fonts=fonts, font_overrides=overrides)
    remember_output(output)
    h1, h2, h3, h4 = result.headings
    for warning in result.warnings:
        echo(f"警告：{warning}", err=True)
    if as_json:
        echo_json({"path": str(result.path), "format": result.format, "title": result.title,
                   "paragraphs": result.paragraphs, "headings": list(result.headings), "fonts": result.fonts,
                   "warnings": list(result.warnings)})  # fmt: skip
        return
    fonts_note = f"；字体：{result.fonts}" if result.fonts else ""
    echo(
        f"已写入 {result.path}（{result.paragraphs} 段；一级标题 {h1} 个、二级 {h2} 个、三级 {h3} 个、四级 {h4} 个"
        f"{fonts_note}）",
        err=True,
    )


def _font_overrides(pairs: list[str], **named: str | None) -> dict[str, str]:
    """{role: font} from --font role=font and the --title-font/--body-font shortcuts."""
    overrides: dict[str, str] = {}
    for pair in pairs:
        role, sep, name = pair.partition("=")
        if not sep or not role.strip() or not name.strip():
            raise UsageError(f"--font 的写法应是 项=字体：{pair}", hint="例如 --font heading1=黑体。")
        overrides[role.strip()] = name.strip()
    overrides.update({role: name for role, name in named.items() if name})
    return overrides
