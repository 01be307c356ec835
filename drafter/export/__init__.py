"""Write a speech as Markdown, plain text or .docx.

Drafts are Markdown (`# title`, `## 一、heading`); plain text drops the marks.
"""

from __future__ import annotations

from pathlib import Path

from drafter.errors import ExportError
from drafter.files import write_text_atomic
from drafter.structure import strip_markdown

FORMATS = (".md", ".txt", ".docx")


def to_plain_text(markdown: str) -> str:
    """The speech without Markdown marks, paragraphs separated by blank lines."""
    lines = [strip_markdown(line)[0] if line.strip() else "" for line in markdown.splitlines()]
    return "\n".join(lines).strip() + "\n"


def export_text(markdown: str, path: str | Path) -> None:
    """Write a speech to `path` in the format its suffix names (.md, .txt).

    Raises:
        ExportError: an unsupported suffix.
        DrafterError: the file cannot be written (nothing partial is left).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".md":
        write_text_atomic(path, markdown)
    elif suffix == ".txt":
        write_text_atomic(path, to_plain_text(markdown))
    else:
        raise ExportError(f"不支持的输出格式 {suffix or '（无扩展名）'}", path=path, hint="输出文件请用 .md 或 .txt 结尾。")
