"""Write a speech as Markdown, plain text, .docx in the 公文 layout, or PDF.

Drafts are Markdown (`# title`, `## 一、heading`); plain text drops the marks.
Any speech (a draft, or a .txt/.md/.docx a user brings) can be exported: its
outline is recovered with drafter.structure.parse_blocks. Every file is built
in memory and written atomically, so nothing half-written is ever left. PDF
goes through LibreOffice (drafter.export.pdf); .docx and PDF exports check the
profile's fonts against this machine and warn about missing ones.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from drafter.errors import ExportError, UsageError
from drafter.export.fonts import ROLES, FontProfile, FontSpec, load_font_profile, profile_names
from drafter.export.title import byline_speaker
from drafter.files import write_bytes_atomic, write_text_atomic
from drafter.limits import MAX_CHECK_CHARS
from drafter.reader import read_speech
from drafter.structure import Block, parse_blocks, strip_markdown

__all__ = [
    "FORMATS",
    "ROLES",
    "ExportResult",
    "FontProfile",
    "FontSpec",
    "export_file",
    "export_text",
    "load_font_profile",
    "output_suffix",
    "profile_names",
    "render_docx",
    "render_pdf",
    "to_markdown",
    "to_plain_text",
]

FORMATS = (".md", ".txt", ".docx", ".pdf")


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What `export_file` wrote: the path, its format and the outline it found."""

    path: Path
    format: str
    paragraphs: int
    headings: tuple[int, int, int, int]
    title: str
    fonts: str = ""
    warnings: tuple[str, ...] = ()


def to_plain_text(markdown: str) -> str:
    """The speech without Markdown marks, paragraphs separated by blank lines."""
    lines = [strip_markdown(line)[0] if line.strip() else "" for line in markdown.splitlines()]
    return "\n".join(lines).strip() + "\n"


def to_markdown(text: str) -> str:
    """The speech as a draft-style Markdown file: `# title`, `## 一、heading`, paragraphs."""
    out = []
    for block in parse_blocks(text):
        if block.kind == "title":
            out.append(f"# {block.text}")
        elif block.kind == "heading" and block.level == 1 and block.heading == block.text[len(block.mark) :]:
            out.append(f"## {block.text}")
        else:
            out.append(block.text)
    return "\n\n".join(out) + "\n"


def render_docx(text: str, profile: FontProfile | None = None) -> bytes:
    """The .docx bytes of a speech given as text or Markdown (author: the byline's speaker).

    Raises:
        ExportError: the text has no paragraph to lay out.
    """
    from drafter.export.wordml import build_docx

    blocks = parse_blocks(text)
    if not blocks:
        raise ExportError("讲话稿没有任何段落，无法导出", hint="检查输入文件是否为空。")
    byline = next((b.text for b in blocks[:3] if b.kind == "byline"), "")
    return build_docx(blocks, profile or load_font_profile(), author=byline_speaker(byline) if byline else "")


def render_pdf(text: str, profile: FontProfile | None = None) -> bytes:
    """The PDF bytes of a speech: its .docx converted by LibreOffice.

    Raises:
        ExportError: nothing to lay out, or LibreOffice missing or failing.
    """
    from drafter.export.pdf import docx_to_pdf

    return docx_to_pdf(render_docx(text, profile))


def export_text(markdown: str, path: str | Path, profile: FontProfile | None = None) -> tuple[str, ...]:
    """Write a speech to `path` in the format its suffix names (.md, .txt, .docx, .pdf).

    Returns:
        Warnings for the user: fonts of the profile missing on this machine (.docx, .pdf).

    Raises:
        ExportError: an unsupported suffix, or no LibreOffice for .pdf.
        DrafterError: the file cannot be written (nothing partial is left).
    """
    path = Path(path)
    suffix = output_suffix(path)
    if suffix == ".md":
        write_text_atomic(path, markdown)
    elif suffix == ".txt":
        write_text_atomic(path, to_plain_text(markdown))
    elif suffix == ".docx":
        write_bytes_atomic(path, render_docx(markdown, profile))
    else:
        try:
            pdf = render_pdf(markdown, profile)
        except ExportError as exc:  # LibreOffice missing or failing: say which file was not written
            if exc.path is not None:
                raise
            raise ExportError(exc.message, path=path, hint=exc.hint) from exc
        write_bytes_atomic(path, pdf)
    if suffix in (".docx", ".pdf"):
        # Asks fontconfig through subprocess: a .md draft never imports it.
        from drafter.export.fontcheck import check_fonts

        warning = check_fonts(profile or load_font_profile()).message()
        return (warning,) if warning else ()
    return ()


def export_file(
    source: str | Path,
    output: str | Path,
    *,
    fonts: str | Path | None = None,
    font_overrides: dict[str, str] | None = None,
) -> ExportResult:
    """Read any speech (.txt, .md, .docx) and write it to `output` (.docx, .pdf, .md, .txt).

    Args:
        fonts: a shipped font profile name (default, noto) or a profile YAML path.
        font_overrides: {role: font name} applied on top of the profile.

    Raises:
        SourceError: the input cannot be read.
        ExportError / UsageError: bad output suffix or font profile.
        DrafterError: the output cannot be written (nothing partial is left).
    """
    source, output = Path(source), Path(output)
    suffix = output_suffix(output)
    if output.exists() and source.exists() and output.resolve() == source.resolve():
        raise UsageError(
            "输出文件就是输入文件，导出会覆盖原稿（语料稿的元数据也会丢失），没有写入", path=output,
            hint="用 -o 指定另一个文件名，例如 -o 讲话-导出.docx。",
        )  # fmt: skip
    profile = None
    if suffix in (".docx", ".pdf"):
        profile = load_font_profile(fonts)
        if font_overrides:
            profile = profile.with_fonts(font_overrides)
    fields, text = read_speech(source)
    if len(text) > MAX_CHECK_CHARS:  # 20 MB of text ran 70 s and 1.4 GB into a 100,000-paragraph .docx (user52)
        from drafter.errors import LimitError

        raise LimitError(
            f"文字过长（{len(text) // 10_000} 万字，上限 {MAX_CHECK_CHARS // 10_000} 万字），不像一篇讲话稿，没有导出",
            path=source, hint="一篇讲话稿通常几千到两万字：把其中的讲话稿分成单独的文件，再逐个导出。",
        )  # fmt: skip
    blocks = parse_blocks(text)
    if fields.get("title") and not (blocks and blocks[0].kind == "title"):
        text = f"# {fields['title']}\n\n{text.lstrip()}"  # a corpus speech keeps its title in front matter
    if suffix == ".md" and source.suffix.lower() not in (".md", ".markdown"):
        text = to_markdown(text)
    warnings = export_text(text, output, profile)
    return _result(output, suffix, parse_blocks(text), profile, warnings)


def output_suffix(path: Path) -> str:
    """The format `path` names (.docx …).

    Raises:
        ExportError: a format drafter does not write (.doc, no suffix).
    """
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(  # a name without a suffix read 不支持的输出格式 （无扩展名） (newuser37)
            f"不支持的输出格式 {suffix}" if suffix else "输出文件名没有扩展名，看不出要写成哪种格式",
            path=path,
            hint=f"输出文件请用 .docx、.pdf、.md 或 .txt 结尾{'，如 ' + path.name + '.docx' if not suffix else ''}。",
        )
    return suffix


def _result(
    path: Path, suffix: str, blocks: list[Block], profile: FontProfile | None, warnings: tuple[str, ...]
) -> ExportResult:
    levels = Counter(b.level for b in blocks if b.kind == "heading")
    title = next((b.text for b in blocks if b.kind == "title"), "")
    fonts = profile.description if profile else ""
    counts = (levels[1], levels[2], levels[3], levels[4])
    return ExportResult(path, suffix.lstrip("."), len(blocks), counts, title, fonts, warnings)
