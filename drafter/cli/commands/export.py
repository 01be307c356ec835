"""Options and help of `drafter export` (typer); the body is drafter/cli/export.py."""

from __future__ import annotations

from pathlib import Path

import typer

from drafter.cli import export as body
from drafter.cli.typer_app import command

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
    run=body.export_command,
)
def export_command(
    file: Path = typer.Argument(..., metavar="讲话稿", help="讲话稿文件（.md、.txt 或 .docx）。"),
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
    force: bool = typer.Option(False, "--force", help="输出文件不是 drafter 写的、写入后被改过、或是 drafter 起草的另一篇讲话稿、或正在 Word、WPS、LibreOffice 中打开，也照样覆盖（默认不覆盖）。"),
) -> None:
    """Options of the command; the body is drafter.cli.export.export_command."""
