"""Export through LibreOffice: what a leader reads on paper, checked on the PDF.

Every golden draft and five long drafts (20 and 30 minutes) are exported as
.docx (noto profile; the goldens also in the default profile, whose fonts
LibreOffice replaces here) and converted with one soffice call. pdftotext then reads
each page back: every character and every punctuation mark of the draft is
there (no mark lost at a justified line end), every full page holds 22 lines
(page 1 too: title, blank line and text fill its 22 rows), every full line 28
characters, and the title is broken where drafter chose, between words.

Without LibreOffice these tests skip locally; under CI=true they fail instead,
because .ci/run installs it.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from drafter.cli import app
from drafter.export import export_text, load_font_profile, to_plain_text
from drafter.export.package import NO_BREAK_AFTER, NO_BREAK_BEFORE
from drafter.export.pdf import convert_files
from drafter.export.title import break_title, normalise_byline
from drafter.structure import parse_blocks
from tests.conftest import need_libreoffice

GOLDEN = Path(__file__).parent / "golden"
ROW = 579 / 20  # pt: one line of the 22-line grid
RIGHT_EDGE = (11906 - 26 * 1440 / 25.4) / 20  # pt: right side of the type area
LONG_DRAFTS = [  # (seed, minutes, place, meeting, speaker, date)
    (11, 20, "清河县", "全县妇女儿童发展规划实施推进会议", "县政府副县长  王明", "2026-03-08"),
    (12, 30, "南通市", "全市妇女儿童工作会议", "", ""),
    (13, 20, "江阴市", "全市妇女儿童工作会议暨妇儿工委全体成员会议", "", ""),
    (14, 30, "海门镇", "全镇妇女儿童工作会议", "", ""),
    (15, 30, "江苏省", "全省妇女儿童工作会议", "", ""),
]


def _need_tools() -> None:
    need_libreoffice("pdftotext")


@dataclass(frozen=True)
class Line:
    page: int
    x0: float
    x1: float
    y: float
    text: str


def pdf_lines(pdf: Path) -> list[Line]:
    """Every text line of the PDF with its page and position, page numbers left out."""
    xml = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, check=True
    ).stdout
    ns = "{http://www.w3.org/1999/xhtml}"
    lines = []
    for number, page in enumerate(etree.fromstring(xml).iter(f"{ns}page"), start=1):
        for line in page.iter(f"{ns}line"):
            text = "".join(w.text or "" for w in line.iter(f"{ns}word"))
            if re.fullmatch(r"—\s*\d+\s*—", text):
                continue
            x0, x1, y = (float(line.get(k)) for k in ("xMin", "xMax", "yMin"))
            last = lines[-1] if lines else None
            if (
                last and last.page == number and abs(last.y - y) < 1
            ):  # pdftotext splits at wide spaces
                lines[-1] = Line(number, last.x0, x1, last.y, last.text + " " + text)
            else:
                lines.append(Line(number, x0, x1, y, text))
    return lines


def expected_paragraphs(markdown: str) -> list[str]:
    """The draft's paragraphs as the .docx shows them (byline normalised), no whitespace."""
    paras = []
    for block in parse_blocks(to_plain_text(markdown)):
        text = normalise_byline(block.text) if block.kind == "byline" else block.text
        paras.append(re.sub(r"\s", "", text))
    return paras


@dataclass
class Converted:
    name: str
    markdown: str
    lines: list[Line]


def _cases(tmp: Path) -> list[tuple[str, str]]:
    cases = [(name, (GOLDEN / name / "expected.md").read_text(encoding="utf-8")) for name in _goldens()]
    runner = CliRunner()
    for seed, minutes, place, meeting, speaker, date in LONG_DRAFTS:
        out = tmp / f"long-{seed}.md"
        args = ["draft", "--no-input", "--seed", str(seed), "--minutes", str(minutes),
                "--set", f"place={place}", "--set", f"meeting={meeting}", "-o", str(out)]  # fmt: skip
        for key, value in (("speaker", speaker), ("date", date)):
            if value:
                args += ["--set", f"{key}={value}"]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        cases.append((out.stem, out.read_text(encoding="utf-8")))
    # The goldens once more in the default profile (方正/GB2312), whose fonts most Linux machines
    # lack: LibreOffice's fallback must keep the same lines.
    return cases + [(f"default-{name}", md) for name, md in cases[: len(_goldens())]]


def _goldens() -> list[str]:
    return [d.name for d in sorted(GOLDEN.iterdir())]


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Converted]:
    _need_tools()
    tmp = tmp_path_factory.mktemp("pdf")
    cases = _cases(tmp)
    noto, default = load_font_profile("noto"), load_font_profile()
    docs = []
    for name, markdown in cases:
        export_text(markdown, tmp / f"{name}.docx", default if name.startswith("default-") else noto)
        docs.append(tmp / f"{name}.docx")
    pdfs = convert_files(docs, tmp)  # one soffice start for all nineteen
    return {
        name: Converted(name, md, pdf_lines(pdf))
        for (name, md), pdf in zip(cases, pdfs, strict=True)
    }


def _names() -> list[str]:
    longs = [f"long-{case[0]}" for case in LONG_DRAFTS]
    return _goldens() + longs + [f"default-{name}" for name in _goldens()]


def _has_ascii(text: str) -> bool:
    return any(c.isascii() for c in text)


def cells(text: str) -> float:
    """Width in character cells: ASCII letters and digits are half a cell."""
    return sum(0.5 if ord(c) < 0x7F else 1 for c in text)


def split_paragraphs(doc: Converted) -> list[list[Line]]:
    """The PDF's lines grouped by the draft paragraph they show (fails when text differs)."""
    lines = iter(doc.lines)
    groups = []
    for para in expected_paragraphs(doc.markdown):
        group, got = [], ""
        while len(got) < len(para):
            line = next(lines)
            group.append(line)
            got += re.sub(r"\s", "", line.text)
        assert got == para, f"{doc.name} 第 {group[0].page} 页：\n  PDF：{got}\n  稿：{para}"
        groups.append(group)
    assert next(lines, None) is None
    return groups


def heading_starts(doc: Converted) -> list[Line]:
    """The first line of every standalone heading (kept with the text after it)."""
    blocks = parse_blocks(to_plain_text(doc.markdown))
    groups = split_paragraphs(doc)
    return [
        group[0] for block, group in zip(blocks, groups, strict=True) if block.kind == "heading"
    ]


@pytest.mark.parametrize("name", _names())
def test_pdf_text_equals_the_draft(converted: dict[str, Converted], name: str) -> None:
    """Every character and punctuation mark of the draft is printed, in order."""
    doc = converted[name]
    printed = re.sub(r"\s", "", "".join(line.text for line in doc.lines))
    assert printed == "".join(expected_paragraphs(doc.markdown))
    split_paragraphs(doc)


@pytest.mark.parametrize("name", _names())
def test_every_full_page_has_22_lines_on_the_grid(
    converted: dict[str, Converted], name: str
) -> None:
    doc = converted[name]
    pages = sorted({line.page for line in doc.lines})
    top = min(line.y for line in doc.lines if line.page == 2) if len(pages) > 1 else doc.lines[0].y
    title = len(split_paragraphs(doc)[0])
    for page in pages:
        rows = [(line.y - top) / ROW for line in doc.lines if line.page == page]
        on_grid = rows[title:] if page == 1 else rows  # 22 pt title glyphs stand a little higher
        assert all(abs(r - round(r)) < 0.1 for r in on_grid), (
            f"{name} 第 {page} 页有行不在网格上：{rows}"
        )
        assert all(abs(r - round(r)) < 0.3 for r in rows), (
            f"{name} 第 {page} 页有行不在网格上：{rows}"
        )
        if page == pages[-1]:
            continue
        if round(rows[-1]) != 21:  # only a heading kept with its text moves on
            next_first = next(line for line in doc.lines if line.page == page + 1)
            assert next_first in heading_starts(doc), (
                f"{name} 第 {page} 页只排到第 {round(rows[-1]) + 1} 行"
            )
        elif page != 1:
            assert len(rows) == 22, f"{name} 第 {page} 页 {len(rows)} 行"


@pytest.mark.parametrize("name", _names())
def test_every_full_line_holds_28_characters(converted: dict[str, Converted], name: str) -> None:
    """28 cells a line; fewer only where marks may not open the next line and took their character along."""
    pushed = 0
    for group in split_paragraphs(converted[name])[1:]:  # the title is centred, not gridded
        for i, line in enumerate(group[:-1]):
            text = line.text.replace(" ", "")
            width = cells(text) + (2 if i == 0 and line.x0 > 90 else 0)  # first-line indent
            nxt = group[i + 1].text.replace(" ", "")
            # Digits are proportional and unbreakable, and LibreOffice ignores w:autoSpaceDE/DN, so
            # it puts a gap on each side of "50": a line holding or followed by digits may fall short.
            digits = nxt[0].isascii() or _has_ascii(text)
            if width == 28 or (25 <= width < 28 and digits):
                continue
            pushed += 1
            # What had to move as one: a character with the marks after it ("家”。"), or an opening
            # bracket with the character it opens and their marks ("（盟）、" cannot be split anywhere).
            lead = 2 if nxt[0] in NO_BREAK_AFTER else 1
            marks = len(nxt[lead:]) - len(nxt[lead:].lstrip(NO_BREAK_BEFORE))
            kept_together = marks > 0 or nxt[0] in NO_BREAK_AFTER
            assert kept_together and 28 - max(lead + marks - 1, 1) <= width < 28, (
                f"{name} 第 {line.page} 页：{width} 格：{text}｜{nxt}"
            )
            assert line.x1 > RIGHT_EDGE - 3, f"{name}：推出的行没有撑满：{text}"
    total = sum(len(g) - 1 for g in split_paragraphs(converted[name])[1:])
    # Every pushed line above was kept together by a rule and still reaches the right edge (justified); how many
    # there are depends on how often the text puts marks after a line's last character (short sub-points full of
    # 、and ”。 push more), so the bound only catches a layout that pushes wholesale (a third: the golden training-city
    # re-drawn in session 34 pushes 10 of 38, each kept together by a rule).
    assert pushed <= max(3, total // 3), f"{name}：{pushed}/{total} 行少于 28 字"


@pytest.mark.parametrize("name", _names())
def test_title_lines_are_the_balanced_breaks(converted: dict[str, Converted], name: str) -> None:
    doc = converted[name]
    title = next(b.text for b in parse_blocks(doc.markdown) if b.kind == "title")
    printed = [line.text.replace(" ", "") for line in split_paragraphs(doc)[0]]
    assert printed == break_title(title, 20)
    assert max(map(len, printed)) - min(map(len, printed)) <= 4, printed


def test_a_two_line_title_is_single_spaced_and_page_1_keeps_the_grid(
    converted: dict[str, Converted],
) -> None:
    doc = converted["long-11"]
    title = split_paragraphs(doc)[0]
    assert [line.text for line in title] == ["在全县妇女儿童发展规划", "实施推进会议上的讲话"]
    assert abs(title[1].y - title[0].y - ROW) < 1  # one row apart, not two (about 10 mm, not 20)
    page1 = [line for line in doc.lines if line.page == 1]
    byline, salutation = page1[2], page1[3]
    assert re.sub(r"\s", "", byline.text) == "（县政府副县长王明2026年3月8日）"
    assert salutation.text == "同志们："
    # rows: title 0–1, byline 2, a blank row 3, 同志们 on row 4 — then the grid runs on to row 22
    assert abs(salutation.y - byline.y - 2 * ROW) < 1
    assert round((byline.y - title[1].y) / ROW) == 1  # 22 pt glyphs stand ~4 pt higher in their row


def test_pdf_output_from_the_cli(tmp_path: Path) -> None:
    _need_tools()
    out = tmp_path / "讲话.pdf"
    source = GOLDEN / "county" / "expected.md"
    result = CliRunner().invoke(app, ["export", str(source), "-o", str(out), "--fonts", "noto"])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"%PDF") and "已写入" in result.stderr
    lines = pdf_lines(out)
    assert re.sub(r"\s", "", "".join(line.text for line in lines)) == "".join(
        expected_paragraphs(source.read_text(encoding="utf-8"))
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["讲话.pdf"]


def test_draft_straight_to_pdf(tmp_path: Path) -> None:
    """`drafter draft … -o 讲话.pdf`: the PDF and the draft record beside it."""
    _need_tools()
    out = tmp_path / "讲话.pdf"
    args = ["draft", "--no-input", "--seed", "3", "--fonts", "noto", "--set", "place=清河县",
            "--set", "meeting=全县妇女儿童工作会议", "-o", str(out)]  # fmt: skip
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"%PDF") and (tmp_path / "讲话.answers.yaml").is_file()
    assert "警告" not in result.stderr  # the noto profile is complete where the tests run
    printed = re.sub(r"\s", "", "".join(line.text for line in pdf_lines(out)))
    assert printed.startswith("在全县妇女儿童工作会议上的讲话同志们：")
