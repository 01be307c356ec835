"""How well does ingest read a shape it knows when the page dresses it differently?

Run by hand:  python bench/ingest_robustness.py [--sample N] [--seed 26] [--only NAME,...] [--show 20] [--json OUT]

Each fixture of tests/fixtures/ingest (our own writing) is read once as it is: that reading is its reference
(the same code, so the figure is stability, not accuracy; on main the tests assert most of these readings).
Then ONE meaning-preserving perturbation at a time is applied (the dress a real page puts on a speech: half-width
punctuation, traditional characters, a site's wrapper, a PDF's hard line breaks and page numbers, blank lines,
indentation, a decorated title, another heading numbering, Arabic numerals in the announcement, GB18030 bytes,
CRLF), the file is read again (the whole pipeline up to the documents, no library written) and the reading
compared. A reading is every non-`other` document's kind, announced count and sub-points per point.

Per perturbation it prints how many fixtures it changed the text of (n), how many readings stayed the same,
and the changed ones (fixture: before -> after).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from drafter.ingest.pipeline import analyse_file  # noqa: E402
from drafter.text import page_width  # noqa: E402

FIXTURES = REPO / "tests" / "fixtures" / "ingest"

Reading = tuple[tuple[str, object, tuple[int, ...]], ...]

# ---------------------------------------------------------------------------------------------- perturbations

_HALF = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")"})
_HALF_ALL = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"})


@lru_cache(maxsize=4)
def _opencc(config: str) -> Any:
    import opencc

    return opencc.OpenCC(config)


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _title_index(lines: list[str], title: str) -> int | None:
    """The line that is the reference reading's title (the first document's), if ingest read one from a line."""
    if not title:
        return None
    for i, line in enumerate(lines):
        if line.strip() == title:
            return i
    return None


def _titled(text: str, title: str, dress: Callable[[str], str]) -> str:
    lines = _lines(text)
    i = _title_index(lines, title)
    if i is None:
        return text
    lines[i] = dress(lines[i].strip())
    return "\n".join(lines)


def title_full(text: str, title: str) -> str:
    return _titled(text, title, lambda t: t + "（全文）")


def title_abstract(text: str, title: str) -> str:
    return _titled(text, title, lambda t: t + "（摘要）")


def title_book(text: str, title: str) -> str:
    return _titled(text, title, lambda t: t if t.startswith("《") else f"《{t}》")


WRAP_HEAD = [
    "首页 | 机构概况 | 新闻中心 | 政务公开 | 互动交流 | 办事服务",
    "当前位置：首页 > 新闻 > 领导讲话",
]
WRAP_META = [
    "来源：县政府办公室　　发布时间：2026-03-18 09:30　　浏览次数：1268",
    "【字体：大 中 小】　【打印】　【关闭】",
]
WRAP_FOOT = [
    "相关链接",
    "上一篇：全县春季农业生产现场推进会召开",
    "下一篇：县政府召开第十八次常务会议",
    "版权所有：某某县人民政府办公室　　主办：某某县人民政府　　备案号：某ICP备12345678号",
]


def wrapper(text: str, title: str) -> str:
    """A county site's page: menu and breadcrumbs above the title, a source row and font switch under it, a footer."""
    lines = _lines(text.strip("\n"))
    i = _title_index(lines, title)
    if i is None:
        body = [*WRAP_HEAD, "", *WRAP_META, "", *lines]
    else:
        body = [*WRAP_HEAD, "", *lines[: i + 1], *WRAP_META, *lines[i + 1 :]]
    return "\n".join([*body, "", *WRAP_FOOT]) + "\n"


def _break_line(line: str, width: int) -> list[str]:
    if len(line) <= width:
        return [line]
    return [line[k : k + width] for k in range(0, len(line), width)]


def typeset(text: str) -> bool:
    """Could the text have come out of a PDF: paragraphs on lines of their own, not a page glued into a line or two?"""
    lines = [line.strip() for line in _lines(text) if line.strip()]
    if len(lines) < 4 or max(len(line) for line in lines) > 600:
        return False
    # a copy already hard-wrapped (the fixture of a PDF's shape) is not wrapped again at another width
    return not page_width(len(line) for line in lines if len(line) >= 20 and line[-1] not in "。！？；：…”’）》!?;:)")[0]


def pdf_breaks(text: str, seed: int = 0) -> str:
    """A PDF's copy: every line broken at one width (30–40 characters), wherever it falls."""
    if not typeset(text):
        return text
    width = 30 + seed % 11
    out: list[str] = []
    for line in _lines(text):
        out.extend(_break_line(line, width))
    return "\n".join(out)


def pdf_pages(text: str, seed: int = 0, title: str = "") -> str:
    """A PDF's copy with its pages: the hard breaks, and every 22 lines a page number and the running header."""
    if not typeset(text):
        return text
    header = title if _title_index(_lines(text), title) is not None else "某某县人民政府办公室文件"
    lines = _lines(pdf_breaks(text, seed))
    out: list[str] = []
    page = 1
    for k, line in enumerate(lines, 1):
        out.append(line)
        if k % 22 == 0 and k < len(lines) - 3:
            out.extend(["", f"— {page} —", "", header])
            page += 1
    out.extend(["", f"— {page} —"])
    return "\n".join(out)


def blank_removed(text: str) -> str:
    return "\n".join(line for line in _lines(text) if line.strip())


def blank_doubled(text: str) -> str:
    return "\n\n".join(_lines(text))


def indent_ideographic(text: str) -> str:
    return "\n".join("　　" + line.lstrip() if line.strip() else line for line in _lines(text))


def indent_spaces(text: str) -> str:
    return "\n".join("    " + line if line.strip() else line for line in _lines(text))


_HEADING = re.compile(r"^([ \t\u3000]*)([一二三四五六七八九十]{1,3})、")


def heading_dot(text: str) -> str:
    return "\n".join(_HEADING.sub(r"\1\2.", line) for line in _lines(text))


def heading_fullstop(text: str) -> str:
    return "\n".join(_HEADING.sub(r"\1\2．", line) for line in _lines(text))


_HAN_DIGIT = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_DIGIT_HAN = {v: k for k, v in _HAN_DIGIT.items() if k != "二"} | {2: "两"}
_ANNOUNCE_HAN = re.compile(r"(讲|谈|提|强调|提出|以下|下面|几点|抓好|做到)([两二三四五六七八九十])(点|个方面|方面|条|项|句话|个字)")
_ANNOUNCE_ARABIC = re.compile(r"(讲|谈|提|强调|提出|以下|下面|抓好|做到)([2-9])(点|个方面|方面|条|项|句话|个字)")


def numerals_arabic(text: str) -> str:
    """讲三点意见 → 讲3点意见 (the announcement's count), and back for a text that writes it in digits."""
    out = _ANNOUNCE_HAN.sub(lambda m: f"{m[1]}{_HAN_DIGIT[m[2]]}{m[3]}", text)
    if out == text:
        out = _ANNOUNCE_ARABIC.sub(lambda m: f"{m[1]}{_DIGIT_HAN[int(m[2])]}{m[3]}", text)
    return out


# name -> ((text, fixture's seed, reference title) -> text, encoding to write it in)
Dress = Callable[[str, int, str], str]
PERTURBATIONS: dict[str, tuple[Dress, str]] = {
    "halfwidth": (lambda t, k, title: t.translate(_HALF), "utf-8"),
    "halfwidth+!?": (lambda t, k, title: t.translate(_HALF_ALL), "utf-8"),
    "s2t": (lambda t, k, title: _opencc("s2t").convert(t), "utf-8"),
    "s2tw": (lambda t, k, title: _opencc("s2tw").convert(t), "utf-8"),
    "s2hk": (lambda t, k, title: _opencc("s2hk").convert(t), "utf-8"),
    "wrapper": (lambda t, k, title: wrapper(t, title), "utf-8"),
    "pdf-breaks": (lambda t, k, title: pdf_breaks(t, k), "utf-8"),
    "pdf-pages": (lambda t, k, title: pdf_pages(t, k, title), "utf-8"),
    "blank-removed": (lambda t, k, title: blank_removed(t), "utf-8"),
    "blank-doubled": (lambda t, k, title: blank_doubled(t), "utf-8"),
    "indent-　　": (lambda t, k, title: indent_ideographic(t), "utf-8"),
    "indent-spaces": (lambda t, k, title: indent_spaces(t), "utf-8"),
    "title-（全文）": (lambda t, k, title: title_full(t, title), "utf-8"),
    "title-（摘要）": (lambda t, k, title: title_abstract(t, title), "utf-8"),
    "title-《》": (lambda t, k, title: title_book(t, title), "utf-8"),
    "heading-一.": (lambda t, k, title: heading_dot(t), "utf-8"),
    "heading-一．": (lambda t, k, title: heading_fullstop(t), "utf-8"),
    "numerals": (lambda t, k, title: numerals_arabic(t), "utf-8"),
    "gb18030": (lambda t, k, title: t, "gb18030"),
    "crlf": (lambda t, k, title: t.replace("\n", "\r\n"), "utf-8"),
}


def perturb(name: str, text: str, seed: int, title: str = "") -> tuple[str, str]:
    """(perturbed text, encoding to write it in)."""
    fn, encoding = PERTURBATIONS[name]
    return fn(text, seed, title), encoding


# ---------------------------------------------------------------------------------------------- readings


def reading_of(path: Path) -> tuple[Reading, str]:
    """The file's reading, and the title of its first document that is not `other`."""
    analysis = analyse_file(str(path), path.name, path.stem)
    out = []
    title = next((d.title for d in analysis.documents if d.kind != "other" and not d.title_derived), "")
    for doc in analysis.documents:
        if doc.kind == "other":
            continue
        outline = doc.outline
        subs = tuple(len(p.subpoints) for p in outline.points) if outline else ()
        out.append((doc.kind, outline.announced if outline else None, subs))
    return tuple(out), title


def seed_of(name: str) -> int:
    """A fixture's own seed (the PDF's page width), the same whichever fixtures are read with it."""
    return zlib.crc32(name.encode("utf-8"))


def fixtures() -> list[Path]:
    return sorted(p for p in FIXTURES.iterdir() if p.is_file() and p.suffix in (".txt", ".md"))


def read_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return None  # a fixture that is itself a GBK or UTF-16 page: its bytes are the shape


def run(
    names: list[str], files: list[Path], show: int = 20, out: Any = sys.stdout, reference: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Per perturbation: fixtures it applied to (n), readings that held (same), and the changed ones. With `reference`
    (fixture name -> reading, as --save-reference wrote it on main), perturbed readings are compared with it instead,
    and the undressed fixtures' own changes are listed first as `as-is`."""
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        base: dict[Path, tuple[Reading, str]] = {}
        texts: dict[Path, str] = {}
        for f in files:
            text = read_text(f)
            if text is None:
                continue
            texts[f] = text
            base[f] = reading_of(f)
        if reference is not None:
            now = dict(base)
            base = {f: (_thaw(reference[f.name]), now[f][1]) if f.name in reference else now[f] for f in base}
            moved = [(f.name, base[f][0], now[f][0]) for f in base if now[f][0] != base[f][0]]
            results["as-is"] = {"n": len(base), "same": len(base) - len(moved), "changed": [list(c) for c in moved]}
            print(f"{'as-is':16} {len(base) - len(moved):4}/{len(base):<4}", file=out)
            for fname, before, after in moved[:show]:
                print(f"    {fname}: {_fmt(before)} -> {_fmt(after)}", file=out)
        for name in names:
            t0 = time.perf_counter()
            same, changed, n = 0, [], 0
            for f in texts:
                text = texts[f]
                try:
                    new, encoding = perturb(name, text, seed_of(f.name), base[f][1])
                    data = new.encode(encoding)
                except UnicodeEncodeError:
                    continue
                if new == text and encoding == "utf-8":
                    continue  # the dress does not apply to this fixture
                n += 1
                target = work / f.name
                target.write_bytes(data)
                got, _ = reading_of(target)
                if got == base[f][0]:
                    same += 1
                else:
                    changed.append((f.name, base[f][0], got))
            results[name] = {"n": n, "same": same, "changed": [list(c) for c in changed]}
            pct = 100.0 * same / n if n else 100.0
            print(f"{name:16} {same:4}/{n:<4} {pct:5.1f}%  ({time.perf_counter() - t0:.1f}s)", file=out, flush=True)
            for fname, before, after in changed[:show]:
                print(f"    {fname}: {_fmt(before)} -> {_fmt(after)}", file=out)
    return results


def _thaw(reading: Any) -> Reading:
    return tuple((kind, announced, tuple(subs)) for kind, announced, subs in reading)


def _fmt(reading: Reading) -> str:
    return "; ".join(f"{k} {a} {list(s)}" for k, a, s in reading) or "(nothing)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, default=0, help="read only N fixtures, drawn with --seed (default: all)")
    ap.add_argument("--seed", type=int, default=26)
    ap.add_argument("--only", default="", help="comma-separated perturbations (default: all)")
    ap.add_argument("--fixtures", default="", help="comma-separated fixture names (default: all)")
    ap.add_argument("--show", type=int, default=20, help="changed readings listed per perturbation")
    ap.add_argument("--json", type=Path, help="write the figures and changed readings here")
    ap.add_argument("--save-reference", type=Path, help="write every fixture's reading as it is (run this on main)")
    ap.add_argument("--reference", type=Path, help="compare with these readings (from --save-reference) instead")
    args = ap.parse_args()
    files = fixtures()
    if args.fixtures:
        wanted = set(args.fixtures.split(","))
        files = [f for f in files if f.name in wanted or f.stem in wanted]
    if args.sample and args.sample < len(files):
        files = sorted(random.Random(args.seed).sample(files, args.sample))
    names = args.only.split(",") if args.only else list(PERTURBATIONS)
    t0 = time.perf_counter()
    if args.save_reference:
        refs = {f.name: reading_of(f)[0] for f in files if read_text(f) is not None}
        args.save_reference.write_text(json.dumps(refs, ensure_ascii=False, indent=0), encoding="utf-8")
        return
    reference = json.loads(args.reference.read_text(encoding="utf-8")) if args.reference else None
    results = run(names, files, args.show, reference=reference)
    n = sum(r["n"] for name, r in results.items() if name != "as-is")
    same = sum(r["same"] for name, r in results.items() if name != "as-is")
    print(f"all              {same}/{n} {100.0 * same / max(n, 1):.1f}%  {len(files)} fixtures, "
          f"{time.perf_counter() - t0:.0f}s")  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
