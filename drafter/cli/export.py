"""`drafter export`: write a speech as Word (公文 layout), PDF, Markdown or plain text."""

from __future__ import annotations

from pathlib import Path

import typer

from drafter.cli.app import command, echo_json
from drafter.errors import UsageError

# "\b" keeps click from re-wrapping the example lines.
_EXAMPLE = """

示例：

\b
  drafter export 讲话.md -o 讲话.docx                 # 公文格式的 Word 文件
  drafter export 讲话.md -o 讲话.docx --fonts noto    # 用 Debian 自由字体（Noto CJK）
  drafter export 讲话.md -o 讲话.pdf --fonts noto     # PDF（需安装 LibreOffice）
  drafter export 旧稿.docx -o 旧稿.txt                # 转为纯文本
  drafter export 讲话.md -o 讲话.docx --title-font 华文中宋 --font latin="Times New Roman"
"""


@command(
    "export",
    help="导出讲话稿：Word（公文格式：A4、三号仿宋、每页22行每行28字、奇偶页页码）、PDF（经 LibreOffice 转换）、"
    "Markdown 或纯文本。输入可以是草稿或任何 .txt/.md/.docx 讲话稿，标题层次自动识别。"
    "本机缺少字体方案中的字体时给出警告。" + _EXAMPLE,
)
def export_command(
    file: Path = typer.Argument(..., help="讲话稿文件（.md、.txt 或 .docx）。"),
    output: Path = typer.Option(..., "--output", "-o", help="输出文件：.docx（公文格式）、.pdf、.md 或 .txt。"),
    fonts: str | None = typer.Option(
        None, "--fonts", help="字体方案：default（方正小标宋、仿宋_GB2312 等，默认）、noto（Debian 自由字体），或字体方案 YAML 文件。"
    ),
    title_font: str | None = typer.Option(None, "--title-font", help="标题字体，如 华文中宋。"),
    body_font: str | None = typer.Option(None, "--body-font", help="正文字体，如 仿宋。"),
    font: list[str] = typer.Option(
        [], "--font", help="某一项的字体，项=字体，可重复；项：title byline body heading1–heading4 page_number latin。"
    ),
    as_json: bool = typer.Option(False, "--json", help="以 JSON 输出导出结果。"),
    force: bool = typer.Option(False, "--force", help="输出文件不是 drafter 写的、或写入后被改过，也照样覆盖（默认不覆盖）。"),
) -> None:
    from drafter.export import export_file
    from drafter.outputs import check_output, remember_output

    overrides = _font_overrides(font, title=title_font, body=body_font)
    check_output(output, force=force)
    result = export_file(file, output, fonts=fonts, font_overrides=overrides)
    remember_output(output)
    h1, h2, h3, h4 = result.headings
    for warning in result.warnings:
        typer.echo(f"警告：{warning}", err=True)
    if as_json:
        echo_json({"path": str(result.path), "format": result.format, "title": result.title,
                   "paragraphs": result.paragraphs, "headings": list(result.headings), "fonts": result.fonts,
                   "warnings": list(result.warnings)})  # fmt: skip
        return
    fonts_note = f"；字体：{result.fonts}" if result.fonts else ""
    typer.echo(
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
