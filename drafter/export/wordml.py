"""Lay a speech out as a .docx in the 公文 layout (GB/T 9704—2012 as applied to speeches).

A4; margins 37/35/28/26 mm; 22 lines of 28 characters; every run carries its
fonts (ascii/hAnsi/eastAsia/cs) so Word never falls back to theme fonts
(等线, MS Gothic, Calibri); page numbers "— N —" right on odd pages and left
on even pages. python-docx builds the package; lxml (docx.oxml) adds what
python-docx has no API for. The document is built in memory and returned as
bytes, so a failure never leaves a partial file.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from drafter.errors import ExportError
from drafter.export.fonts import FontProfile, FontSpec
from drafter.structure import Block

MM = 1440 / 25.4  # twips per millimetre
PAGE_WIDTH, PAGE_HEIGHT = 11906, 16838  # A4 in twips
MARGINS_MM = {"top": 37, "bottom": 35, "left": 28, "right": 26}
LINES_PER_PAGE, CHARS_PER_LINE = 22, 28
LINE_PITCH = 579  # twips: exact line pitch ≈ 28.95 pt (225 mm type area / 22 lines)
FOOTER_MM = 25  # the dashes of the page number sit about 7 mm below the type area
HEADER_MM = 15

# Style id, name shown in Word, role in the font profile.
STYLES = {
    "title": ("SpeechTitle", "讲话标题", "title"),
    "byline": ("SpeechByline", "讲话人日期", "byline"),
    "salutation": ("SpeechSalutation", "称谓", "body"),
    "body": ("SpeechBody", "讲话正文", "body"),
    "heading1": ("SpeechHeading1", "一级标题", "heading1"),
    "heading2": ("SpeechHeading2", "二级标题", "heading2"),
    "heading3": ("SpeechHeading3", "三级标题", "heading3"),
    "heading4": ("SpeechHeading4", "四级标题", "heading4"),
    "page_number": ("SpeechPageNumber", "页码", "page_number"),
}
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


def layout_blocks(blocks: Sequence[Block]) -> list[Para]:
    """Map outline blocks to styled paragraphs.

    A heading that runs into its text ("（一）加强组织领导。各级……") gets the
    heading font for the mark and heading only; the rest is body text.
    """
    paras: list[Para] = []
    after_head = False
    for block in blocks:
        text = _NOT_XML.sub("", block.text)
        if block.kind in ("title", "byline"):
            paras.append(Para(block.kind, ((text, STYLES[block.kind][2]),)))
            after_head = True
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


def build_docx(blocks: Sequence[Block], profile: FontProfile) -> bytes:
    """The .docx file (as bytes) of a speech given as outline blocks.

    Raises:
        ExportError: python-docx is missing or the document cannot be built.
    """
    try:
        import docx
    except ImportError as exc:  # pragma: no cover - python-docx is a core dependency
        raise ExportError("导出 .docx 需要 python-docx", hint="pip install python-docx") from exc
    document = docx.Document()
    _drop_styles_with_effects(document)
    _set_defaults(document, profile)
    _add_styles(document, profile)
    _set_page(document.sections[0])
    _add_page_numbers(document, profile)
    _write_font_table(document, profile)
    _set_properties(document, blocks)
    body = document.element.body
    sect_pr = body.sectPr
    for para in layout_blocks(blocks):
        sect_pr.addprevious(_paragraph(para, profile))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


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
    text_width = PAGE_WIDTH - round(MARGINS_MM["left"] * MM) - round(MARGINS_MM["right"] * MM)
    pitch = text_width / CHARS_PER_LINE  # twips per character cell
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
    """Paragraph properties in schema order: pStyle, keepNext, widowControl, autoSpace*, spacing, ind, jc, outlineLvl."""
    ppr = _el("pPr")
    ppr.append(_el("pStyle", val=STYLES[style][0]))
    if style.startswith("heading"):
        ppr.append(_el("keepNext"))
    ppr.append(_el("widowControl", val=0))
    # No extra gap between Han and digits ("到2025年"): it would push lines past 28 characters.
    ppr.append(_el("autoSpaceDE", val=0))
    ppr.append(_el("autoSpaceDN", val=0))
    if style == "page_number":
        ppr.append(_el("spacing", before=0, after=0, line=240, lineRule="auto"))
    else:
        before = LINE_PITCH if space_before else 0
        ppr.append(_el("spacing", before=before, after=0, line=LINE_PITCH, lineRule="exact"))
    if style == "page_number":  # one character in from the outer edge (`side`)
        ppr.append(_el("ind", **{side: round(spec.size * 20)}))
        ppr.append(_el("jc", val=side))
    else:
        if style in _NOT_INDENTED:
            ppr.append(_el("ind", firstLineChars=0, firstLine=0))
        else:  # 2 characters; the twips value is for readers that ignore firstLineChars
            ppr.append(_el("ind", firstLineChars=200, firstLine=round(spec.size * 40)))
        ppr.append(_el("jc", val="center" if style in _CENTERED else "both"))
    if outline is not None:
        ppr.append(_el("outlineLvl", val=outline))
    return ppr


def _run(text: str, spec: FontSpec, latin: str | None = None, spacing: int = 0) -> Any:
    run = _el("r")
    run.append(_rpr(spec, latin, spacing))
    t = _el("t")
    t.text = text
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


# --- document parts ---------------------------------------------------------


def _drop_styles_with_effects(document: Any) -> None:
    """python-docx's template carries a Word 2010 stylesWithEffects part full of theme fonts."""
    part = document.part
    for rid, rel in list(part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            part.drop_rel(rid)


def _strip_theme_fonts(root: Any) -> None:
    theme_attrs = [_qn(f"w:{name}") for name in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")]
    for rfonts in root.iter(_qn("w:rFonts")):
        for attr in theme_attrs:
            rfonts.attrib.pop(attr, None)


def _set_defaults(document: Any, profile: FontProfile) -> None:
    """docDefaults in the body font (no theme font refs); theme language zh-CN, not ja-JP."""
    styles = document.styles.element
    _strip_theme_fonts(styles)
    defaults = styles.find(_qn("w:docDefaults"))
    body = profile.spec("body")
    r_default = defaults.find(_qn("w:rPrDefault"))
    r_default.remove(r_default.find(_qn("w:rPr")))
    r_default.append(_rpr(body, profile.latin))
    p_default = defaults.find(_qn("w:pPrDefault"))
    p_default.remove(p_default.find(_qn("w:pPr")))
    ppr = _el("pPr")
    ppr.append(_el("spacing", before=0, after=0, line=LINE_PITCH, lineRule="exact"))
    p_default.append(ppr)
    settings = document.settings.element
    lang = settings.find(_qn("w:themeFontLang"))
    if lang is not None:
        lang.set(_qn("w:eastAsia"), "zh-CN")
    document.settings.odd_and_even_pages_header_footer = True


def _add_styles(document: Any, profile: FontProfile) -> None:
    """One paragraph style per part of the speech, so new text typed in Word keeps the look."""
    styles = document.styles.element
    for key, (style_id, name, role) in STYLES.items():
        spec = profile.spec(role)
        style = _el("style", type="paragraph", styleId=style_id)
        style.append(_el("name", val=name))
        style.append(_el("basedOn", val="Normal"))
        style.append(_el("qFormat"))
        outline = int(key[-1]) - 1 if key.startswith("heading") else None
        ppr = _ppr(key, spec, outline=outline)
        ppr.remove(ppr.find(_qn("w:pStyle")))
        style.append(ppr)
        style.append(_rpr(spec, profile.latin, grid_spacing(spec) if role in GRID_ROLES else 0))
        styles.append(style)


def _write_font_table(document: Any, profile: FontProfile) -> None:
    """List only the profile's fonts, as Chinese (charset 86), with their alternates.

    python-docx's template lists MS 明朝 and Cambria; Word reads this table when
    it must substitute a missing font, and altName names the font to try first.
    """
    from lxml import etree

    alternates = dict(profile.alternates)
    root = _el("fonts")
    for name in profile.fonts():
        font = _el("font", name=name)
        if name in alternates:
            font.append(_el("altName", val=alternates[name]))
        font.append(_el("charset", val="86"))
        font.append(_el("family", val="auto"))
        font.append(_el("pitch", val="variable"))
        root.append(font)
    for rel in document.part.rels.values():
        if rel.reltype.endswith("/fontTable"):
            rel.target_part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _set_properties(document: Any, blocks: Sequence[Block]) -> None:
    """File properties: the speech's title, zh-CN, today; not python-docx's author and comment."""
    props = document.core_properties
    props.title = next((b.text for b in blocks if b.kind == "title"), "")
    props.author = props.comments = props.last_modified_by = ""
    props.language = "zh-CN"
    props.created = props.modified = datetime.now(UTC).replace(microsecond=0)
    package = document.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype.endswith("/thumbnail"):  # a picture of python-docx's blank template
            package.rels.pop(rid)


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
