"""Export: the .docx a leader's office prints (公文 layout), and Markdown / plain text.

The .docx tests open the package with zipfile + lxml and read the WordprocessingML
itself, the way Word would, rather than trusting python-docx's view of it.
"""

from __future__ import annotations

import itertools
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from drafter.cli import app
from drafter.errors import ExportError, SourceError, UsageError
from drafter.export import export_file, export_text, load_font_profile, to_markdown, to_plain_text
from drafter.export.fonts import FontSpec, profile_names
from drafter.export.wordml import grid_spacing
from drafter.reader import read_document
from drafter.structure import parse_blocks

SPEECH = Path(__file__).parent / "fixtures" / "export" / "speech.md"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {"w": W, "r": R}
MM = 1440 / 25.4

DEFAULT_FONTS = {
    "SpeechTitle": ("方正小标宋简体", 44),
    "SpeechByline": ("楷体_GB2312", 32),
    "SpeechSalutation": ("仿宋_GB2312", 32),
    "SpeechBody": ("仿宋_GB2312", 32),
    "SpeechHeading1": ("黑体", 32),
    "SpeechHeading2": ("楷体_GB2312", 32),
    "SpeechHeading3": ("仿宋_GB2312", 32),
    "SpeechHeading4": ("仿宋_GB2312", 32),
}


def w(name: str) -> str:
    return f"{{{W}}}{name}"


class Docx:
    """The XML parts of a .docx file."""

    def __init__(self, path: Path) -> None:
        with zipfile.ZipFile(path) as z:
            self.raw = {name: z.read(name) for name in z.namelist()}
        self.document = etree.fromstring(self.raw["word/document.xml"])
        self.styles = etree.fromstring(self.raw["word/styles.xml"])
        self.settings = etree.fromstring(self.raw["word/settings.xml"])
        rels = etree.fromstring(self.raw["word/_rels/document.xml.rels"])
        self.targets = {r.get("Id"): r.get("Target") for r in rels}

    def paragraphs(self) -> list[etree._Element]:
        return self.document.findall(".//w:body/w:p", NS)

    def by_style(self, style_id: str) -> list[etree._Element]:
        return [p for p in self.paragraphs() if p.find("w:pPr/w:pStyle", NS).get(w("val")) == style_id]

    def footer(self, kind: str) -> etree._Element:
        ref = self.document.find(f".//w:sectPr/w:footerReference[@w:type='{kind}']", NS)
        return etree.fromstring(self.raw["word/" + self.targets[ref.get(f"{{{R}}}id")]])


def text_of(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(w("t")))


def run_font(run: etree._Element) -> dict[str, str]:
    fonts = run.find("w:rPr/w:rFonts", NS)
    return {k: fonts.get(w(k)) for k in ("ascii", "hAnsi", "eastAsia", "cs")}


def run_size(run: etree._Element) -> int:
    return int(run.find("w:rPr/w:sz", NS).get(w("val")))


@pytest.fixture(scope="module")
def default_docx(tmp_path_factory: pytest.TempPathFactory) -> Docx:
    out = tmp_path_factory.mktemp("export") / "讲话.docx"
    export_file(SPEECH, out)
    return Docx(out)


# --- page -------------------------------------------------------------------


def test_page_is_a4_with_gbt9704_margins_and_22_line_grid(default_docx: Docx) -> None:
    sect = default_docx.document.find(".//w:body/w:sectPr", NS)
    size = sect.find("w:pgSz", NS)
    assert (size.get(w("w")), size.get(w("h"))) == ("11906", "16838")
    margins = sect.find("w:pgMar", NS)
    for side, mm in {"top": 37, "bottom": 35, "left": 28, "right": 26}.items():
        assert abs(int(margins.get(w(side))) - mm * MM) < 1, side
    grid = sect.find("w:docGrid", NS)
    assert grid.get(w("linePitch")) == "579"
    type_area_height = 16838 - int(margins.get(w("top"))) - int(margins.get(w("bottom")))
    assert round(type_area_height / 579) == 22


def test_body_fits_28_characters_a_line() -> None:
    text_width = 11906 - round(28 * MM) - round(26 * MM)
    spacing = grid_spacing(FontSpec("仿宋_GB2312", 16))
    assert spacing < 0
    assert 28 * (320 + spacing) <= text_width < 29 * (320 + spacing)
    assert grid_spacing(FontSpec("仿宋_GB2312", 12)) == 0  # smaller text is never stretched


# --- fonts and sizes of every level ----------------------------------------------


def expected_style_and_font(kind: str, level: int) -> str:
    if kind == "heading":
        return f"SpeechHeading{level}"
    return {"title": "SpeechTitle", "byline": "SpeechByline", "salutation": "SpeechSalutation"}.get(kind, "SpeechBody")


def test_each_level_has_its_font_and_size_on_every_run(default_docx: Docx) -> None:
    blocks = parse_blocks(SPEECH.read_text(encoding="utf-8"))
    paras = default_docx.paragraphs()
    assert len(paras) == len(blocks)
    seen = set()
    for block, p in zip(blocks, paras, strict=True):
        font, size = DEFAULT_FONTS[expected_style_and_font(block.kind, block.level)]
        first = p.find("w:r", NS)
        assert run_font(first) == dict.fromkeys(("ascii", "hAnsi", "eastAsia", "cs"), font), block.text
        assert run_size(first) == size
        seen.add(font)
        for run in p.findall("w:r", NS)[1:]:  # the text after a run-in heading
            assert run_font(run)["eastAsia"] == "仿宋_GB2312" and run_size(run) == 32
    assert seen == {f for f, _ in DEFAULT_FONTS.values()}


def test_styles_carry_the_same_fonts_for_text_typed_later(default_docx: Docx) -> None:
    for style_id, (font, size) in DEFAULT_FONTS.items():
        style = default_docx.styles.find(f"w:style[@w:styleId='{style_id}']", NS)
        assert style is not None, style_id
        fonts = style.find("w:rPr/w:rFonts", NS)
        assert fonts.get(w("eastAsia")) == fonts.get(w("ascii")) == font
        assert style.find("w:rPr/w:sz", NS).get(w("val")) == str(size)


def test_run_in_heading_styles_only_the_heading(default_docx: Docx) -> None:
    para = next(p for p in default_docx.paragraphs() if text_of(p).startswith("（一）"))
    runs = para.findall("w:r", NS)
    assert runs[0].findtext("w:t", namespaces=NS) == "（一）着力促进妇女儿童规划实施。"
    assert run_font(runs[0])["eastAsia"] == "楷体_GB2312"
    assert runs[1].findtext("w:t", namespaces=NS).startswith("各级各部门要全面落实")
    assert run_font(runs[1])["eastAsia"] == "仿宋_GB2312"
    level3 = next(p for p in default_docx.paragraphs() if text_of(p).startswith("1．"))
    assert [run_font(r)["eastAsia"] for r in level3.findall("w:r", NS)] == ["仿宋_GB2312"] * 2


def test_standalone_headings_are_in_the_outline(default_docx: Docx) -> None:
    levels = {}
    for p in default_docx.paragraphs():
        outline = p.find("w:pPr/w:outlineLvl", NS)
        if outline is not None:
            levels[text_of(p)[:6]] = int(outline.get(w("val")))
    assert levels == {"一、提高认识": 0, "二、落实规划": 0, "三、加强领导": 0, "（二）着力推": 1, "2．大力促进": 2}


def test_title_centred_body_indented_two_characters_at_exact_pitch(default_docx: Docx) -> None:
    title = default_docx.by_style("SpeechTitle")[0]
    assert title.find("w:pPr/w:jc", NS).get(w("val")) == "center"
    assert text_of(title) == "在全市妇女儿童工作会议上的讲话"
    for style_id in ("SpeechBody", "SpeechHeading1", "SpeechHeading2", "SpeechHeading3", "SpeechHeading4"):
        for p in default_docx.by_style(style_id):
            spacing = p.find("w:pPr/w:spacing", NS)
            assert (spacing.get(w("line")), spacing.get(w("lineRule"))) == ("579", "exact")
            ind = p.find("w:pPr/w:ind", NS)
            assert (ind.get(w("firstLineChars")), ind.get(w("firstLine"))) == ("200", "640")
    salutation = default_docx.by_style("SpeechSalutation")[0]
    assert salutation.find("w:pPr/w:ind", NS).get(w("firstLineChars")) == "0"
    assert salutation.find("w:pPr/w:spacing", NS).get(w("before")) == "579"  # one blank line under the title


def test_every_run_names_all_four_fonts_and_no_theme_font_anywhere(default_docx: Docx) -> None:
    for name, data in default_docx.raw.items():
        if name.endswith(".xml") and not name.startswith("word/theme/"):
            for attr in (b"asciiTheme", b"hAnsiTheme", b"eastAsiaTheme", b"cstheme"):
                assert attr not in data, f"{attr.decode()} in {name}"
    assert "word/stylesWithEffects.xml" not in default_docx.targets.values()
    runs = list(default_docx.document.iter(w("r")))
    runs += list(default_docx.footer("default").iter(w("r"))) + list(default_docx.footer("even").iter(w("r")))
    for run in runs:
        assert all(run_font(run).values()), etree.tostring(run, encoding="unicode")
    defaults = default_docx.styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts", NS)
    assert defaults.get(w("eastAsia")) == "仿宋_GB2312"
    lang = default_docx.settings.find("w:themeFontLang", NS)
    assert lang.get(w("eastAsia")) == "zh-CN"  # not ja-JP, whose theme font is MS Gothic


def test_quotes_and_dashes_stay_in_the_chinese_font(tmp_path: Path) -> None:
    out = tmp_path / "latin.docx"
    export_file(SPEECH, out, font_overrides={"latin": "Times New Roman"})
    runs = list(Docx(out).document.iter(w("r")))
    for run in runs:
        text = run.findtext("w:t", namespaces=NS) or ""
        fonts = run_font(run)
        if any(c in text for c in "“”——《》"):
            assert fonts["hAnsi"] == fonts["ascii"] == fonts["eastAsia"], text
        if text == "2025":
            assert fonts == {"ascii": "Times New Roman", "hAnsi": "Times New Roman",
                             "eastAsia": "仿宋_GB2312", "cs": "仿宋_GB2312"}  # fmt: skip
    assert any((r.findtext("w:t", namespaces=NS) or "") == "2025" for r in runs)


def test_font_table_lists_the_profile_fonts_with_alternates(default_docx: Docx) -> None:
    table = etree.fromstring(default_docx.raw["word/fontTable.xml"])
    fonts = {f.get(w("name")): f for f in table.findall("w:font", NS)}
    assert set(fonts) == {"方正小标宋简体", "楷体_GB2312", "仿宋_GB2312", "黑体", "宋体"}  # no ＭＳ 明朝, no Cambria
    assert fonts["仿宋_GB2312"].find("w:altName", NS).get(w("val")) == "仿宋"
    assert all(f.find("w:charset", NS).get(w("val")) == "86" for f in fonts.values())


def test_file_properties_carry_the_title_not_python_docx(default_docx: Docx) -> None:
    core = default_docx.raw["docProps/core.xml"].decode("utf-8")
    assert "<dc:title>在全市妇女儿童工作会议上的讲话</dc:title>" in core
    assert "python-docx" not in core and "2013-" not in core
    assert "docProps/thumbnail.jpeg" not in default_docx.raw  # python-docx's blank-page picture


# --- page numbers ----------------------------------------------------------------


def test_page_numbers_odd_right_even_left_with_page_field(default_docx: Docx) -> None:
    assert default_docx.settings.find("w:evenAndOddHeaders", NS) is not None
    for kind, side in (("default", "right"), ("even", "left")):
        footer = default_docx.footer(kind)
        p = footer.find("w:p", NS)
        assert p.find("w:pPr/w:jc", NS).get(w("val")) == side
        assert int(p.find("w:pPr/w:ind", NS).get(w(side))) == 280  # one 14 pt character in
        assert "PAGE" in "".join(t.text for t in p.iter(w("instrText")))
        assert [f.get(w("fldCharType")) for f in p.iter(w("fldChar"))] == ["begin", "separate", "end"]
        assert text_of(p) == "— 1 —"
        for run in p.findall("w:r", NS):
            assert run_font(run)["eastAsia"] == "宋体"
            assert run_size(run) == 28


# --- font profiles ---------------------------------------------------------------


def test_noto_profile_uses_debian_free_fonts(tmp_path: Path) -> None:
    assert {"default", "noto"} <= set(profile_names())
    out = tmp_path / "noto.docx"
    export_file(SPEECH, out, fonts="noto")
    doc = Docx(out)
    title = doc.by_style("SpeechTitle")[0].find("w:r", NS)
    assert run_font(title)["eastAsia"] == "Noto Serif CJK SC"
    assert title.find("w:rPr/w:b", NS) is not None
    assert run_font(doc.by_style("SpeechHeading1")[0].find("w:r", NS))["eastAsia"] == "Noto Sans CJK SC"
    assert run_font(doc.by_style("SpeechHeading2")[0].find("w:r", NS))["eastAsia"] == "AR PL UKai CN"


def test_user_profile_may_change_only_some_fonts(tmp_path: Path) -> None:
    path = tmp_path / "my-fonts.yaml"
    path.write_text(
        "fonts:\n  title: 华文中宋\n  heading1: {font: 方正黑体_GBK, bold: true}\nalternates: {方正黑体_GBK: 黑体}\n",
        encoding="utf-8",
    )
    profile = load_font_profile(path)
    assert profile.spec("title") == FontSpec("华文中宋", 22.0)
    assert profile.spec("heading1") == FontSpec("方正黑体_GBK", 16.0, True)
    assert profile.spec("body").font == "仿宋_GB2312"
    assert dict(profile.alternates)["方正黑体_GBK"] == "黑体"
    assert dict(profile.alternates)["仿宋_GB2312"] == "仿宋"  # kept from the default profile
    out = tmp_path / "x.docx"
    export_file(SPEECH, out, fonts=str(path), font_overrides={"body": "仿宋"})
    doc = Docx(out)
    assert run_font(doc.by_style("SpeechTitle")[0].find("w:r", NS))["eastAsia"] == "华文中宋"
    assert run_font(doc.by_style("SpeechBody")[0].find("w:r", NS))["eastAsia"] == "仿宋"


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("fonts:\n  titel: 宋体\n", ["fonts.titel", "未知"]),
        ("fonts:\n  title: {font: 宋体, size: 200}\n", ["fonts.title.size"]),
        ("fonts: [1, 2]\n", ["fonts"]),
        ("fonts:\n  title: 宋体\n bad: [\n", ["YAML"]),
    ],
)
def test_bad_profile_names_file_and_key(tmp_path: Path, content: str, words: list[str]) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ExportError) as info:
        load_font_profile(path)
    message = info.value.render()
    assert str(path) in message
    for word in words:
        assert word in message


def test_unknown_profile_name_lists_the_shipped_ones() -> None:
    with pytest.raises(UsageError, match="noto"):
        load_font_profile("nosuch")
    with pytest.raises(UsageError, match="heading1"):
        load_font_profile().with_fonts({"heading9": "黑体"})


# --- reading back, Markdown and plain text -------------------------------------------


def outline(text: str) -> list[tuple[str, int, int, str, str]]:
    return [(b.kind, b.level, b.number, b.heading, b.text) for b in parse_blocks(text)]


def test_docx_reads_back_with_the_same_structure(default_docx: Docx, tmp_path: Path) -> None:
    out = tmp_path / "back.docx"
    export_file(SPEECH, out)
    original = outline(SPEECH.read_text(encoding="utf-8"))
    assert outline(read_document(out)) == original
    kinds = [k for k, *_ in original]
    assert kinds[:3] == ["title", "byline", "salutation"]
    assert {lvl for k, lvl, *_ in original if k == "heading"} == {1, 2, 3, 4}
    # and once more through the other formats
    for suffix in (".md", ".txt"):
        export_file(out, tmp_path / f"back{suffix}")
        assert outline(read_document(tmp_path / f"back{suffix}")) == original


def test_markdown_and_plain_text_from_a_docx(tmp_path: Path) -> None:
    docx_path = tmp_path / "a.docx"
    export_file(SPEECH, docx_path)
    md = to_markdown(read_document(docx_path))
    assert md.startswith("# 在全市妇女儿童工作会议上的讲话\n\n（市政府副市长")
    assert "\n## 一、提高认识" in md and "\n## （" not in md
    plain = to_plain_text(SPEECH.read_text(encoding="utf-8"))
    assert plain.startswith("在全市妇女儿童工作会议上的讲话\n") and "#" not in plain


def test_plain_text_speech_exports_to_docx(tmp_path: Path) -> None:
    src = tmp_path / "old.txt"
    src.write_text(to_plain_text(SPEECH.read_text(encoding="utf-8")).replace("\n\n", "\n"), encoding="gb18030")
    result = export_file(src, tmp_path / "old.docx")
    assert result.headings == (3, 3, 2, 2) and result.title.startswith("在全市")
    assert Docx(tmp_path / "old.docx").by_style("SpeechHeading1")


def test_export_text_writes_docx_for_drafts(tmp_path: Path) -> None:
    """`drafter draft -o 讲话.docx` goes through export_text."""
    draft = "# 在全县工作会议上的讲话\n\n同志们：\n\n今天开会。\n\n## 一、提高认识\n\n要提高认识。\n"
    export_text(draft, tmp_path / "d.docx")
    doc = Docx(tmp_path / "d.docx")
    assert [text_of(p) for p in doc.paragraphs()][:2] == ["在全县工作会议上的讲话", "同志们："]
    assert doc.by_style("SpeechHeading1")
    export_text(draft, tmp_path / "d.txt")
    assert (tmp_path / "d.txt").read_text(encoding="utf-8").startswith("在全县工作会议上的讲话\n\n同志们")


def test_control_characters_from_pasted_text_do_not_break_the_docx(tmp_path: Path) -> None:
    export_text("# 在会议上的讲话\n\n同志们：\n\n第一段\x07有控制符\x1b。\n", tmp_path / "c.docx")
    assert "第一段有控制符。" in [text_of(p) for p in Docx(tmp_path / "c.docx").paragraphs()]


# --- failures leave nothing behind ---------------------------------------------------


def test_unsupported_output_suffix(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"\.odt"):
        export_file(SPEECH, tmp_path / "a.odt")
    assert list(tmp_path.iterdir()) == []


def test_malformed_docx_input_keeps_the_old_output(tmp_path: Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    out = tmp_path / "out.docx"
    out.write_bytes(b"old")
    with pytest.raises(SourceError, match="docx"):
        export_file(bad, out)
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.docx", "out.docx"]


runner = CliRunner()


def test_cli_export_docx(tmp_path: Path) -> None:
    out = tmp_path / "讲话.docx"
    result = runner.invoke(app, ["export", str(SPEECH), "-o", str(out), "--fonts", "noto", "--title-font", "楷体"])
    assert result.exit_code == 0, result.output
    assert "已写入" in result.stderr and "一级标题 3 个" in result.stderr
    title = Docx(out).by_style("SpeechTitle")[0].find("w:r", NS)
    assert run_font(title)["eastAsia"] == "楷体"


def test_cli_export_json(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", str(SPEECH), "-o", str(tmp_path / "a.txt"), "--json"])
    assert result.exit_code == 0, result.output
    assert '"headings": [\n    3,\n    3,\n    2,\n    2\n  ]' in result.stdout
    assert '"warnings": []' in result.stdout  # no font check for plain text


def test_cli_export_json_lists_font_warnings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from drafter.export import fontcheck

    monkeypatch.setattr(fontcheck, "installed_families", lambda: frozenset({"dejavu sans"}))
    monkeypatch.setattr(fontcheck, "fallback_for", lambda font: "DejaVu Sans")
    result = runner.invoke(app, ["export", str(SPEECH), "-o", str(tmp_path / "a.docx"), "--json"])
    assert result.exit_code == 0
    (warning,) = json.loads(result.stdout)["warnings"]
    assert "方正小标宋简体（标题）" in warning and "DejaVu Sans" in warning


@pytest.mark.parametrize(
    ("make_args", "words"),
    [
        (lambda d: [str(SPEECH), "-o", str(d / "no" / "such" / "dir" / "a.docx")], ["目标目录不存在"]),
        (lambda d: [str(SPEECH), "-o", str(d / "file.txt" / "a.docx")], ["目录"]),
        (lambda d: [str(d / "file.txt"), "-o", str(d / "a.docx")], ["空"]),
        (lambda d: [str(d / "missing.md"), "-o", str(d / "a.docx")], ["文件不存在"]),
        (lambda d: [str(SPEECH), "-o", str(d / "a.docx"), "--fonts", "nosuch"], ["字体方案"]),
        (lambda d: [str(SPEECH), "-o", str(d / "a.docx"), "--font", "黑体"], ["项=字体"]),
    ],
)
def test_cli_errors_are_chinese_and_leave_no_file(tmp_path: Path, make_args, words: list[str]) -> None:
    (tmp_path / "file.txt").write_text("  \n", encoding="utf-8")
    result = runner.invoke(app, ["export", *make_args(tmp_path)])
    assert result.exit_code in (1, 2), result.output
    assert result.stderr.startswith("错误：")
    assert "Traceback" not in result.output
    for word in words:
        assert word in result.stderr
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["file.txt"]


def test_cli_write_failure_leaves_no_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder that refuses the final rename (read-only share, full disk): message, exit 1, nothing left."""
    import drafter.files

    def refuse(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(drafter.files.os, "replace", refuse)
    result = runner.invoke(app, ["export", str(SPEECH), "-o", str(tmp_path / "讲话.docx")])
    assert result.exit_code == 1
    assert result.stderr.startswith("错误：") and "写入失败" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_cli_binary_input_is_refused(tmp_path: Path) -> None:
    src = tmp_path / "speech.txt"
    src.write_bytes(b"\x00\x01\x02binary" * 50)
    result = runner.invoke(app, ["export", str(src), "-o", str(tmp_path / "a.docx")])
    assert result.exit_code == 1 and "二进制" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["speech.txt"]


def test_a_corpus_speech_exports_without_its_front_matter(tmp_path):
    from drafter.export import export_file

    source = tmp_path / "s-01.md"
    source.write_text("---\nid: s-01\ntitle: 在全县工作会议上的讲话\n---\n\n同志们：\n\n今天，我们召开会议。\n", encoding="utf-8")
    out = tmp_path / "s-01.txt"
    export_file(source, out)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("在全县工作会议上的讲话\n") and "id:" not in text and "---" not in text


# --- line ends, title, byline (issue 16) -----------------------------------------------


def test_every_paragraph_keeps_line_end_marks_with_their_character(default_docx: Docx) -> None:
    """kinsoku + overflowPunct on every paragraph, and the zh-CN break lists in settings.

    Without an explicit overflowPunct LibreOffice hangs 。，、 past a justified
    line's end and does not print them (6 marks lost in a 5-page draft).
    """
    for p in default_docx.paragraphs():
        ppr = p.find("w:pPr", NS)
        flags = {tag: ppr.find(f"w:{tag}", NS).get(w("val")) for tag in ("kinsoku", "overflowPunct", "topLinePunct")}
        assert flags == {"kinsoku": "1", "overflowPunct": "1", "topLinePunct": "0"}, text_of(p)
    before = default_docx.settings.find("w:noLineBreaksBefore", NS)
    after = default_docx.settings.find("w:noLineBreaksAfter", NS)
    assert before.get(w("lang")) == after.get(w("lang")) == "zh-CN"
    assert set("，。、；：！？）》”") <= set(before.get(w("val")))
    assert set("（《“") <= set(after.get(w("val")))
    assert default_docx.settings.find("w:characterSpacingControl", NS).get(w("val")) == "doNotCompress"


def test_title_is_off_the_grid_one_row_a_line(tmp_path: Path) -> None:
    draft = "# 在全县妇女儿童发展规划实施推进会议上的讲话\n\n同志们：\n\n今天开会。\n"
    export_text(draft, tmp_path / "t.docx")
    title = Docx(tmp_path / "t.docx").by_style("SpeechTitle")[0]
    assert title.find("w:pPr/w:snapToGrid", NS).get(w("val")) == "0"
    spacing = title.find("w:pPr/w:spacing", NS)
    assert (spacing.get(w("line")), spacing.get(w("lineRule"))) == ("579", "exact")
    run = title.find("w:r", NS)
    assert [t.text for t in run.findall("w:t", NS)] == ["在全县妇女儿童发展规划", "实施推进会议上的讲话"]
    assert len(run.findall("w:br", NS)) == 1


@pytest.mark.parametrize(
    ("title", "lines"),
    [
        ("在全县妇女儿童工作会议上的讲话", ["在全县妇女儿童工作会议上的讲话"]),
        ("在全县妇女儿童发展规划实施推进会议上的讲话", ["在全县妇女儿童发展规划", "实施推进会议上的讲话"]),
        ("在2026年全县经济工作会议暨优化营商环境大会上的讲话", ["在2026年全县经济工作会议", "暨优化营商环境大会上的讲话"]),
        ("在全县高质量发展推进会暨乡村振兴领导小组（全体）会议上的讲话",
         ["在全县高质量发展推进会暨乡村振兴", "领导小组（全体）会议上的讲话"]),
        ("在清河县第十五届人民代表大会第三次会议上的讲话", ["在清河县第十五届人民代表大会", "第三次会议上的讲话"]),
        ("在中国共产党清河县第十五届委员会第七次全体会议上的讲话",
         ["在中国共产党清河县第十五届委员会", "第七次全体会议上的讲话"]),  # not 第十五届｜委员会
        ("关于进一步加强和改进新时代妇女儿童工作推动妇女儿童事业高质量发展的讲话",
         ["关于进一步加强和改进新时代妇女儿童工作", "推动妇女儿童事业高质量发展的讲话"]),
    ],
)  # fmt: skip
def test_long_titles_break_between_words_in_balanced_lines(title: str, lines: list[str]) -> None:
    from drafter.export.title import break_title

    assert break_title(title, 20) == lines


def test_title_breaks_never_split_a_word_and_stay_balanced() -> None:
    from drafter.export.title import break_title, title_words

    title = "在全县应急管理与防汛抗旱工作会议暨森林防火工作动员部署会上的讲话"
    lines = break_title(title, 20)
    assert "".join(lines) == title and all(len(line) <= 20 for line in lines)
    assert max(map(len, lines)) - min(map(len, lines)) <= 2
    ends = set(itertools.accumulate(len(line) for line in lines))
    words = set(itertools.accumulate(len(word) for word in title_words(title)))
    assert ends <= words  # every line ends where a word ends
    three = break_title("在全省安全生产委员会全体成员会议暨全省安全生产工作视频会议暨安全生产百日攻坚行动动员部署会上的讲话", 20)
    assert len(three) == 3 and len(three[1]) >= max(len(three[0]), len(three[2])) - 1


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("（县政府副县长  王明 2026-03-08）", "（县政府副县长　王明　2026年3月8日）"),
        ("(王明　　2026/3/8)", "（王明　2026年3月8日）"),
        ("（市政府副市长　王明　2023年03月08日）", "（市政府副市长　王明　2023年3月8日）"),
    ],
)
def test_byline_is_normalised(tmp_path: Path, raw: str, clean: str) -> None:
    export_text(f"# 在全县工作会议上的讲话\n\n{raw}\n\n同志们：\n\n今天开会。\n", tmp_path / "b.docx")
    doc = Docx(tmp_path / "b.docx")
    assert text_of(doc.by_style("SpeechByline")[0]) == clean


def test_only_the_styles_used_with_chinese_names(default_docx: Docx) -> None:
    styles = default_docx.styles.findall("w:style", NS)
    names = {s.get(w("styleId")): s.find("w:name", NS).get(w("val")) for s in styles}
    assert len(names) == 10  # Normal (shown as 正文) and one per part of a speech
    assert names["SpeechBody"] == "讲话正文" and names["SpeechHeading1"] == "一级标题"
    assert all(not n.isascii() for i, n in names.items() if i != "Normal")
    assert default_docx.styles.find("w:latentStyles", NS) is None
    used = {p.get(w("val")) for p in default_docx.document.iter(w("pStyle"))}
    assert used <= set(names)


def test_package_says_drafter_made_it_with_title_and_speaker(default_docx: Docx) -> None:
    app_xml = default_docx.raw["docProps/app.xml"].decode("utf-8")
    assert "<Application>drafter</Application>" in app_xml and "Microsoft" not in app_xml
    core = default_docx.raw["docProps/core.xml"].decode("utf-8")
    assert "<dc:creator>市政府副市长　王明</dc:creator>" in core
    for unused in ("customXml/item1.xml", "word/numbering.xml", "word/webSettings.xml", "word/stylesWithEffects.xml"):
        assert unused not in default_docx.raw


# --- font check ---------------------------------------------------------------------------


def test_font_check_names_missing_fonts_their_fallback_and_a_profile(monkeypatch: pytest.MonkeyPatch) -> None:
    from drafter.export import fontcheck

    noto = {"noto serif cjk sc", "noto sans cjk sc", "ar pl ukai cn"}
    monkeypatch.setattr(fontcheck, "installed_families", lambda: frozenset(noto))
    monkeypatch.setattr(fontcheck, "fallback_for", lambda font: "Noto Sans CJK SC")
    check = fontcheck.check_fonts(load_font_profile())
    assert [m.font for m in check.missing] == ["方正小标宋简体", "楷体_GB2312", "仿宋_GB2312", "黑体", "宋体"]
    message = check.message()
    assert "仿宋_GB2312（正文、三级标题、四级标题）" in message and "Noto Sans CJK SC" in message
    assert "难以区分" in message and "--fonts noto" in message
    assert fontcheck.check_fonts(load_font_profile("noto")).message() == ""


def test_font_check_is_silent_without_fontconfig(monkeypatch: pytest.MonkeyPatch) -> None:
    from drafter.export import fontcheck

    monkeypatch.setattr(fontcheck, "installed_families", lambda: None)
    assert fontcheck.check_fonts(load_font_profile()).message() == ""


def test_cli_export_warns_about_missing_fonts_but_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from drafter.export import fontcheck

    monkeypatch.setattr(fontcheck, "installed_families", lambda: frozenset({"dejavu sans"}))
    monkeypatch.setattr(fontcheck, "fallback_for", lambda font: "DejaVu Sans")
    result = runner.invoke(app, ["export", str(SPEECH), "-o", str(tmp_path / "a.docx")])
    assert result.exit_code == 0
    assert result.stderr.startswith("警告：本机缺少字体方案“default”") and "DejaVu Sans" in result.stderr
    assert (tmp_path / "a.docx").is_file()


# --- PDF without LibreOffice ------------------------------------------------------------------


def test_pdf_without_libreoffice_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from drafter.export import pdf

    monkeypatch.setattr(pdf, "find_soffice", lambda: None)
    result = runner.invoke(app, ["export", str(SPEECH), "-o", str(tmp_path / "讲话.pdf")])
    assert result.exit_code == 1
    assert result.stderr.startswith("错误：") and "讲话.pdf：导出 PDF 需要 LibreOffice" in result.stderr  # names the file
    assert "apt-get install" in result.stderr
    assert "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []


def _fake_soffice(tmp_path: Path, body: str) -> str:
    script = tmp_path / "soffice"
    script.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    script.chmod(0o755)
    return str(script)


def test_a_hung_libreoffice_is_stopped_with_its_children(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from drafter.export import pdf

    pid_file = tmp_path / "child.pid"
    monkeypatch.setattr(pdf, "find_soffice", lambda: _fake_soffice(tmp_path, f"sleep 60 & echo $! > {pid_file}; wait"))
    source = tmp_path / "a.docx"
    export_text("# 在会议上的讲话\n\n同志们：\n", source)
    with pytest.raises(ExportError, match="超过 1 秒未完成"):
        pdf.convert_files([source], tmp_path, timeout=1)
    child = int(pid_file.read_text())
    assert not Path(f"/proc/{child}").exists() or "Z" in Path(f"/proc/{child}/stat").read_text().split()[2]


def test_libreoffice_that_makes_no_pdf_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from drafter.export import pdf

    monkeypatch.setattr(pdf, "find_soffice", lambda: _fake_soffice(tmp_path, "echo 'Error: source file could not be loaded'"))
    out = tmp_path / "讲话.pdf"
    with pytest.raises(ExportError, match="没有生成 PDF.*source file could not be loaded"):
        export_text("# 在会议上的讲话\n\n同志们：\n", out)
    assert not out.exists()
