"""Benchmark export: .docx building, title breaking, and PDF conversion through LibreOffice.

Run by hand:  python bench/bench_export.py [--runs 3] [--docs 12]

Builds the .docx of every golden draft (noto profile) and reports medians of
render_docx for the longest, break_title for a long title (after jieba has
loaded, and the one-off load), one `-o x.pdf` conversion (a fresh LibreOffice
profile each time, as the CLI does), and `--docs` drafts converted in one
soffice call against the same drafts converted one call each (the baseline the
tests' single call beats).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from timing import median_seconds

from drafter.export import export_text, load_font_profile, render_docx
from drafter.export.pdf import convert_files, docx_to_pdf, find_soffice
from drafter.export.title import break_title

GOLDEN = Path(__file__).resolve().parent.parent / "tests" / "golden"
TITLE = "在全县应急管理与防汛抗旱工作会议暨森林防火工作动员部署会上的讲话"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--docs", type=int, default=12)
    args = parser.parse_args()
    profile = load_font_profile("noto")
    drafts = sorted((p.read_text(encoding="utf-8") for p in GOLDEN.glob("*/expected.md")), key=len)
    start = time.perf_counter()
    break_title(TITLE, 20)
    print(f"jieba load + first break_title: {time.perf_counter() - start:.2f} s")
    print(f"break_title (loaded):           {median_seconds(lambda: break_title(TITLE, 20), 50) * 1000:.2f} ms")
    longest = drafts[-1]
    print(f"render_docx ({len(longest)} chars):     {median_seconds(lambda: render_docx(longest, profile), args.runs):.3f} s")
    if find_soffice() is None:
        print("LibreOffice not installed: PDF timings skipped")
        return
    docx = render_docx(longest, profile)
    print(f"docx_to_pdf (one draft):        {median_seconds(lambda: docx_to_pdf(docx), args.runs):.2f} s")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = []
        for i in range(args.docs):
            path = folder / f"d{i}.docx"
            export_text(drafts[i % len(drafts)], path, profile)
            paths.append(path)
        batch = median_seconds(lambda: convert_files(paths, folder), args.runs)
        single = median_seconds(lambda: [convert_files([p], folder) for p in paths], 1)
        print(f"{args.docs} drafts, one soffice call:  {batch:.2f} s")
        print(f"{args.docs} drafts, one call each:     {single:.2f} s  (ratio {single / batch:.1f}×)")


if __name__ == "__main__":
    main()
