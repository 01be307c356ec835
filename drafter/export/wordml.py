"""Lay a speech out as a .docx in the 公文 layout (GB/T 9704—2012 as applied to speeches).

A4; margins 37/35/28/26 mm; 22 lines of 28 characters; every run carries its
fonts (ascii/hAnsi/eastAsia/cs) so Word never falls back to theme fonts
(等线, MS Gothic, Calibri); page numbers "— N —" right on odd pages and left
on even pages. python-docx builds the package; lxml (docx.oxml) adds what
python-docx has no API for. The document is built in memory and returned as
bytes, so a failure never leaves a partial file.

Line ends follow Chinese typesetting in all three programs: w:kinsoku with
the zh-CN lists in settings keeps a closing mark with the character before it
(never at the start of a line); w:overflowPunct lets Word and WPS hang 。，、
in the margin, and LibreOffice, which reads that flag inverted, pushes the
last character down with its mark instead of hanging and not painting it.
The title sits off the document grid at its own exact pitch, so a 22 pt line
takes one row of the 22 and a two-line title is not double-spaced.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from drafter.errors import ExportError
from drafter.export import package
from drafter.export.fonts import FontProfile, FontSpec
from drafter.export.package import STYLES
from drafter.export.title import break_title, normalise_byline
from drafter.structure import Block

MM = 1440 / 25.4  # twips per millimetre
PAGE_WIDTH, PAGE_HEIGHT = 11906, 16838  # A4 in twips
MARGINS_MM = {"top": 37, "bottom": 35, "left": 28, "right": 26}
LINES_PER_PAGE, CHARS_PER_LINE = 22, 28
LINE_PITCH = 579  # twips: exact line pitch ≈ 28.95 pt (225 mm type area / 22 lines)
FOOTER_MM = 25  # the dashes of the page number sit about 7 mm below the type area
HEADER_MM = 15

# A title line takes one row of the grid: 22 pt type at 28.95 pt, off the grid
# (w:snapToGrid 0) so LibreOffice does not round it up to two rows.
TITLE_PITCH = LINE_PITCH
_CENTERED = {"title", "byline"}
# Roles set on the 28-characters-a-line grid (the title and byline are centred, not gridded).
GRID_ROLES = {"body", "heading1", "heading2", "heading3", "heading4"}
_NOT_INDENTED = {"title", "byline", "salutation"}
# ASCII letters, digits and ASCII punctuation go in the Latin font when the
# profile names one; everything else (Han, “” ‘’ —— …… 《》) in the Chinese font.
_LATIN_RUN = re.compile(r"[\x21-\x7e]+(?: [\x21-\x7e]+)*")
# Characters XML 1.0 cannot hold (control characters from pasted text).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True, slots=True)
class Para:
    """One paragraph to lay out: a style key and runs of (text, profile role)."""

    style: str
    runs: tuple[tuple[str, str], ...]
    space_before: bool = False
    outline: int | None = None


def layout_blocks(blocks: Sequence[Block], profile: FontProfile) -> list[Para]:
    """Map outline blocks to styled paragraphs.

    The title is broken between words into balanced lines ("\n" in its run);
    the byline is normalised (one full-width space, dates as 2026年3月8日). A
    heading that runs into its text ("（一）加强组织领导。各级……") gets the
    heading font for the mark and heading only; the rest is body text.
    """
    paras: list[Para] = []
    after_head = False
    for block in blocks:
        text = _NOT_XML.sub("", block.text)
        if block.kind == "title":
            lines = break_title(text, title_chars_per_line(profile.spec("title")))
            paras.append(Para("title", (("\n".join(lines), "title"),)))
            after_head = True
            continue
        if block.kind == "byline":
            paras.append(Para("byline", ((normalise_byline(text), "byline"),)))
            continue
        gap, after_head = after_head, False
        if block.kind == "heading":
            paras.append(_heading_para(block, text, gap))
        else:
            style = "salutation" if block.kind == "salutation" else "body"
            paras.append(Para(style, ((text, "body"),), gap))
    return paras


def _heading_para(block: Block, text: str, gap: bool) -> Para:
    role = f"heading{block.level}"
    head = block.mark + block.heading
    if not block.heading or head == text or not text.startswith(head):
        return Para(role, ((text, role),), gap, outline=block.level - 1)
    return Para("body", ((head, role), (text[len(head) :], "body")), gap)


def title_chars_per_line(spec: FontSpec) -> int:
    """How many title characters fit on one line of the type area (20 at 22 pt)."""
    return int(text_width() // round(spec.size * 20))


def text_width() -> int:
    """Width of the type area in twips (156 mm)."""
    return PAGE_WIDTH - round(MARGINS_MM["left"] * MM) - round(MARGINS_MM["right"] * MM)


def build_docx(blocks: Sequence[Block], profile: FontProfile, *, author: str = "") -> bytes:
    """The .docx file (as bytes) of a speech given as outline blocks.

    Args:
        author: the file's author property (the speaker); empty when unknown.

    Raises:
        ExportError: python-docx is missing or the document cannot be built.
    """
    try:
        import docx
    except ImportError as exc:  # pragma: no cover - python-docx is a core dependency
        raise ExportError("导出 .docx 需要 python-docx", hint="pip install python-docx") from exc
    document = docx.Document()
    package.drop_unused_parts(document)
    default_rpr = _rpr(profile.spec("body"), profile.latin)
    styles = package.build_styles(_el, LINE_PITCH, default_rpr, _style_ppr(profile), _style_rpr(profile))
    package.replace_part(document, "/styles", styles)
    package.replace_part(document, "/fontTable", package.build_font_table(profile, _el))
    package.set_settings(document, _el, _qn)
    _set_page(document.sections[0])
    _add_page_numbers(document, profile)
    title = next((b.text for b in blocks if b.kind == "title"), "")
    package.set_properties(document, title, author)
    body = document.element.body
    sect_pr = body.sectPr
    for para in layout_blocks(blocks, profile):
        sect_pr.addprevious(_paragraph(para, profile))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _style_ppr(profile: FontProfile) -> Any:
    def ppr(key: str) -> Any:
        outline = int(key[-1]) - 1 if key.startswith("heading") else None
        element = _ppr(key, profile.spec(STYLES[key][2]), outline=outline)
        element.remove(element.find(_qn("w:pStyle")))
        return element

    return ppr


def _style_rpr(profile: FontProfile) -> Any:
    def rpr(key: str) -> Any:
        role = STYLES[key][2]
        spec = profile.spec(role)
        return _rpr(spec, profile.latin, grid_spacing(spec) if role in GRID_ROLES else 0)

    return rpr


# --- XML helpers -----------------------------------------------------------


def _el(tag: str, **attrs: Any) -> Any:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement(f"w:{tag}")
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), str(value))
    return element


def _qn(tag: str) -> str:
    from docx.oxml.ns import qn

    return qn(tag)


def _rfonts(chinese: str, latin: str | None = None) -> Any:
    latin = latin or chinese
    return _el("rFonts", ascii=latin, hAnsi=latin, eastAsia=chinese, cs=chinese, hint="eastAsia")


def grid_spacing(spec: FontSpec) -> int:
    """Character spacing (twentieths of a point) that fits 28 characters in a line.

    16 pt characters are 0.2 pt too wide for 28 to a line of 156 mm; Word's
    character grid (docGrid charSpace) would squeeze them, but LibreOffice
    lays such grids out at half the density, so the runs carry the spacing.
    Only ever condenses.
    """
    pitch = text_width() / CHARS_PER_LINE  # twips per character cell
    return min(0, math.floor(pitch - spec.size * 20))


def _rpr(spec: FontSpec, latin: str | None = None, spacing: int = 0) -> Any:
    """Run properties in schema order: rFonts, b, bCs, spacing, kern, sz, szCs, lang."""
    rpr = _el("rPr")
    rpr.append(_rfonts(spec.font, latin))
    if spec.bold:
        rpr.append(_el("b"))
        rpr.append(_el("bCs"))
    if spacing:
        rpr.append(_el("spacing", val=spacing))
    half_points = round(spec.size * 2)
    rpr.append(_el("kern", val=0))
    rpr.append(_el("sz", val=half_points))
    rpr.append(_el("szCs", val=half_points))
    rpr.append(_el("lang", val="en-US", eastAsia="zh-CN", bidi="ar-SA"))
    return rpr


def _ppr(
    style: str, spec: FontSpec, *, space_before: bool = False, outline: int | None = None, side: str = "right"
) -> Any:
    """Paragraph properties in schema order (pStyle … jc, outlineLvl)."""
    ppr = _el("pPr")
    ppr.append(_el("pStyle", val=STYLES[style][0]))
    if style.startswith("heading"):
        ppr.append(_el("keepNext"))
    ppr.append(_el("widowControl", val=0))
    _line_end_rules(ppr)
    if style == "title":
        ppr.append(_el("snapToGrid", val=0))
    if style == "page_number":
        ppr.append(_el("spacing", before=0, after=0, line=240, lineRule="auto"))
        ppr.append(_el("ind", **{side: round(spec.size * 20)}))  # one character in from the outer edge
        ppr.append(_el("jc", val=side))
        return ppr
    before = LINE_PITCH if space_before else 0
    pitch = TITLE_PITCH if style == "title" else LINE_PITCH
    ppr.append(_el("spacing", before=before, after=0, line=pitch, lineRule="exact"))
    if style in _NOT_INDENTED:
        ppr.append(_el("ind", firstLineChars=0, firstLine=0))
    else:  # 2 characters; the twips value is for readers that ignore firstLineChars
        ppr.append(_el("ind", firstLineChars=200, firstLine=round(spec.size * 40)))
    ppr.append(_el("jc", val="center" if style in _CENTERED else "both"))
    if outline is not None:
        ppr.append(_el("outlineLvl", val=outline))
    return ppr


def _line_end_rules(ppr: Any) -> None:
    """Chinese line-break rules, stated on every paragraph rather than left to defaults.

    kinsoku: no closing mark at a line start, no opening mark at a line end.
    overflowPunct: Word and WPS may hang 。，、 past the margin; LibreOffice reads
    it inverted and pushes the character before the mark to the next line.
    topLinePunct off: no compressing of marks at a line start. autoSpace off: no
    extra gap between Han and digits ("到2025年") that would push lines past 28.
    """
    ppr.append(_el("kinsoku", val=1))
    ppr.append(_el("wordWrap", val=1))
    ppr.append(_el("overflowPunct", val=1))
    ppr.append(_el("topLinePunct", val=0))
    ppr.append(_el("autoSpaceDE", val=0))
    ppr.append(_el("autoSpaceDN", val=0))


def _run(text: str, spec: FontSpec, latin: str | None = None, spacing: int = 0) -> Any:
    """One run; "\n" in `text` becomes a line break (title lines)."""
    run = _el("r")
    run.append(_rpr(spec, latin, spacing))
    for i, line in enumerate(text.split("\n")):
        if i:
            run.append(_el("br"))
        t = _el("t")
        t.text = line
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        run.append(t)
    return run


def _runs(text: str, spec: FontSpec, latin: str | None, spacing: int) -> list[Any]:
    """Runs for `text`; with a Latin font, ASCII stretches get it and the rest stays Chinese."""
    if not latin or latin == spec.font:
        return [_run(text, spec, None, spacing)]
    runs, pos = [], 0
    for m in _LATIN_RUN.finditer(text):
        if m.start() > pos:
            runs.append(_run(text[pos : m.start()], spec, None, spacing))
        runs.append(_run(m.group(), spec, latin, spacing))
        pos = m.end()
    if pos < len(text):
        runs.append(_run(text[pos:], spec, None, spacing))
    return runs


def _paragraph(para: Para, profile: FontProfile) -> Any:
    spec = profile.spec(STYLES[para.style][2])
    p = _el("p")
    p.append(_ppr(para.style, spec, space_before=para.space_before, outline=para.outline))
    for text, role in para.runs:
        if text:
            run_spec = profile.spec(role)
            spacing = grid_spacing(run_spec) if role in GRID_ROLES else 0
            for run in _runs(text, run_spec, profile.latin, spacing):
                p.append(run)
    return p


# --- page -------------------------------------------------------------------


def _set_page(section: Any) -> None:
    """A4, margins 37/35/28/26 mm and a 22-line document grid."""
    sect_pr = section._sectPr
    for child in list(sect_pr):
        if child.tag in (_qn("w:pgSz"), _qn("w:pgMar"), _qn("w:cols"), _qn("w:docGrid")):
            sect_pr.remove(child)
    twips = {side: round(mm * MM) for side, mm in MARGINS_MM.items()}
    sect_pr.append(_el("pgSz", w=PAGE_WIDTH, h=PAGE_HEIGHT))
    sect_pr.append(
        _el("pgMar", top=twips["top"], right=twips["right"], bottom=twips["bottom"], left=twips["left"],
            header=round(HEADER_MM * MM), footer=round(FOOTER_MM * MM), gutter=0)
    )  # fmt: skip
    sect_pr.append(_el("cols", space=425))
    # A line grid only: 28 characters a line come from the runs' spacing (see grid_spacing).
    sect_pr.append(_el("docGrid", type="lines", linePitch=LINE_PITCH))


def _add_page_numbers(document: Any, profile: FontProfile) -> None:
    """"— N —" in the page-number font: odd pages right, even pages left, one character in."""
    section = document.sections[0]
    spec = profile.spec("page_number")
    for footer, side in ((section.footer, "right"), (section.even_page_footer, "left")):
        footer.is_linked_to_previous = False
        container = footer._element
        for p in list(container):
            container.remove(p)
        p = _el("p")
        p.append(_ppr("page_number", spec, side=side))
        p.append(_run("— ", spec))
        for run in _page_field(spec):
            p.append(run)
        p.append(_run(" —", spec))
        container.append(p)


def _page_field(spec: FontSpec) -> list[Any]:
    """A complex PAGE field (begin, instruction, separate, cached result, end)."""
    runs = []
    for kind, payload in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        run = _el("r")
        run.append(_rpr(spec))
        if kind == "instr":
            instr = _el("instrText")
            instr.text = payload
            instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            run.append(instr)
        elif kind == "text":
            t = _el("t")
            t.text = payload
            run.append(t)
        else:
            run.append(_el("fldChar", fldCharType=kind))
        runs.append(run)
    return runs
