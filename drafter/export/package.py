"""The package parts around the text: styles, settings, font table, file properties.

python-docx's template is a Word 2010 document with 173 English styles, 137
latent-style entries, theme fonts, a custom-XML part, a numbering part and
"Microsoft Macintosh Word" in app.xml. drafter writes its own styles part with
only the styles a speech uses (Chinese names), drops the parts it never uses,
and says who made the file (drafter), what it is (the title) and whose speech
it is (the speaker).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from drafter.export.fonts import FontProfile

# Style id, name shown in Word/WPS/LibreOffice, role in the font profile.
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
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# Marks that may not open a line and marks that may not close one (GB/T 15834,
# as Word's simplified-Chinese list): written into settings so Word, WPS and
# LibreOffice apply the same rule, keeping a mark with the character before it.
NO_BREAK_BEFORE = "!%),.:;?]}¢°·ˇˉ―‖’”…‰′″›℃∶、。〃〉》」』】〕〗〞︶︺︾﹀﹄﹚﹜﹞！＂％＇），．：；？］｀｜｝～￠—"
NO_BREAK_AFTER = "$([{£¥·‘“〈《「『【〔〖〝﹙﹛﹝＄（．［｛￡￥"
_UNUSED_PARTS = ("/stylesWithEffects", "/customXml", "/numbering", "/webSettings")


def build_styles(
    el: Callable[..., Any],
    line_pitch: int,
    default_rpr: Any,
    style_ppr: Callable[[str], Any],
    style_rpr: Callable[[str], Any],
) -> bytes:
    """styles.xml: document defaults, Normal (正文) and one style per part of a speech.

    `el` builds an element; `line_pitch` is the exact line spacing of the
    defaults (twips); `style_ppr(key)` and `style_rpr(key)` give the
    properties the paragraphs of that style carry (from wordml), so a style and
    its paragraphs never disagree.
    """
    from lxml import etree

    root = el("styles")
    defaults, r_default, p_default = el("docDefaults"), el("rPrDefault"), el("pPrDefault")
    r_default.append(default_rpr)
    p_pr = el("pPr")
    p_pr.append(el("spacing", before=0, after=0, line=line_pitch, lineRule="exact"))
    p_default.append(p_pr)
    defaults.extend([r_default, p_default])
    root.append(defaults)
    normal = el("style", type="paragraph", default=1, styleId="Normal")
    normal.extend([el("name", val="Normal"), el("qFormat")])  # a built-in: Word and WPS show 正文
    root.append(normal)
    for key, (style_id, name, _role) in STYLES.items():
        style = el("style", type="paragraph", styleId=style_id, customStyle=1)
        style.extend([el("name", val=name), el("basedOn", val="Normal"), el("qFormat")])
        style.extend([style_ppr(key), style_rpr(key)])
        root.append(style)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def replace_part(document: Any, reltype_suffix: str, blob: bytes) -> None:
    """Give the document part related by `reltype_suffix` new XML."""
    from docx.oxml import parse_xml

    for rel in document.part.rels.values():
        if rel.reltype.endswith(reltype_suffix):
            part = rel.target_part
            if hasattr(part, "_element"):  # an XmlPart serialises its element, not a blob
                part._element = parse_xml(blob)
            else:
                part._blob = blob


def drop_unused_parts(document: Any) -> None:
    """Parts of python-docx's template that a speech never uses."""
    part = document.part
    for rid, rel in list(part.rels.items()):
        if rel.reltype.endswith(_UNUSED_PARTS):
            part.drop_rel(rid)
    package = part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype.endswith("/thumbnail"):  # a picture of python-docx's blank template
            package.rels.pop(rid)


def set_settings(document: Any, el: Callable[..., Any], qn: Callable[[str], str]) -> None:
    """Odd/even footers, Chinese theme language and the line-break rules for zh-CN."""
    settings = document.settings.element
    document.settings.odd_and_even_pages_header_footer = True
    lang = settings.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), "zh-CN")
    for tag in (
        "w:proofState",
        "w:rsids",
        "w:attachedTemplate",
        "w:noLineBreaksAfter",
        "w:noLineBreaksBefore",
    ):
        for old in settings.findall(qn(tag)):
            settings.remove(old)
    # Full-width punctuation stays full width on the grid; no compression.
    control = settings.find(qn("w:characterSpacingControl"))
    control.set(qn("w:val"), "doNotCompress")
    control.addnext(el("noLineBreaksBefore", lang="zh-CN", val=NO_BREAK_BEFORE))
    control.addnext(el("noLineBreaksAfter", lang="zh-CN", val=NO_BREAK_AFTER))


def build_font_table(profile: FontProfile, el: Callable[..., Any]) -> bytes:
    """fontTable.xml: only the profile's fonts, as Chinese (charset 86), with their alternates.

    Word reads this table when it must substitute a missing font, and altName
    names the font to try first.
    """
    from lxml import etree

    alternates = dict(profile.alternates)
    root = el("fonts")
    for name in profile.fonts():
        font = el("font", name=name)
        if name in alternates:
            font.append(el("altName", val=alternates[name]))
        font.extend(
            [el("charset", val="86"), el("family", val="auto"), el("pitch", val="variable")]
        )
        root.append(font)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def set_properties(document: Any, title: str, author: str) -> None:
    """core.xml and app.xml: the speech's title and speaker, zh-CN, made by drafter."""
    from drafter import __version__

    props = document.core_properties
    props.title = title
    props.author = author
    props.comments = props.last_modified_by = props.keywords = props.subject = ""
    props.revision = 1
    props.language = "zh-CN"
    props.created = props.modified = datetime.now(UTC).replace(microsecond=0)
    for rel in document.part.package.rels.values():
        if rel.reltype.endswith("/extended-properties"):
            rel.target_part._blob = _app_xml(__version__)


def _app_xml(version: str) -> bytes:
    ns = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="{ns}">'
        f"<Template></Template><TotalTime>0</TotalTime><Application>drafter</Application>"
        f"<DocSecurity>0</DocSecurity><AppVersion>{_app_version(version)}</AppVersion></Properties>"
    ).encode()


def _app_version(version: str) -> str:
    """AppVersion must look like XX.YYYY (ECMA-376); 0.1.0 → 00.0100."""
    parts = [int(p) if p.isdigit() else 0 for p in (version.split(".") + ["0", "0"])[:3]]
    return f"{parts[0]:02d}.{parts[1]:02d}{parts[2]:02d}"
