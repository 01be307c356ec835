"""A page's own heads and recaps around the pieces it holds (batch 60).

A document-sharing or 范文 site prints a piece's title in forms no speech writes: as a file name
(在…会议上的讲话.doc), after its own name at the foot of the piece (某某文库在…会议上的讲话), or in a recap card under
the cut copy (《…的讲话》所在栏目：… > 内容摘要：同志们：…). Read as text, the file name ran into the sentence the
copy cut above it, so the next piece was never split off; the library's footer did the same; the recap card became
part of the last point and hid the sub-point the copy stopped in.
"""

from __future__ import annotations

import re

from drafter.ingest.para import Para

# 县长在…会议上的讲话范文.doc / …工作总结.docx / 在…大会上的致辞.pdf: a sharing page's file name over the piece
_FILE_TITLE = re.compile(r"^(?P<title>[^。！？；;，,：:]{6,80}?)\s*\.(?:docx?|wps|pdf|txt)$", re.I)
# the words a piece's title ends in (a 范文 site may add 范文 / 范本 / 稿)
_GENRE_END = re.compile(
    r"(?:讲话|致辞|发言|报告|汇报|总结|计划|方案|要点|主持词|讲稿|党课|倡议书|慰问信)(?:稿|材料|范文|范本|全文)?$"
)
_FIRST_POINT = re.compile(r"^一、[\u4e00-\u9fff]")
_ON_BEHALF = re.compile(
    r"^受[^。！？，,；;]{1,30}委托[，,]"
)  # 受某某同志委托，…: a speech's first words (ingest.runintitles)
_SALUTED = re.compile(
    r"^[^。！？，,]{0,24}(?:同志|领导|代表|来宾|朋友|老师|同学|委员)们?[：:]$"
)  # 同志们： under the title
# 某某文库 / 某某文库网: a document library's name, up to six characters
_LIBRARY = re.compile(
    r"^(?P<site>[\u4e00-\u9fffA-Za-z]{2,6}文库)(?P<title>[^。！？；;，,：:]{6,80})$"
)
# 《…的讲话》所在栏目：… > 内容摘要：…: a 范文 site's card for the piece (its column and its opening again)
_RECAP = re.compile(
    r"^《[^》]{4,80}》\s*所在栏目\s*[:：][^。！？]{0,40}?内容(?:摘要|简介|提要)\s*[:：]"
)


def file_title(text: str) -> str:
    """The title a line gives as a file name (在…的讲话.doc → 在…的讲话), or ''."""
    m = _FILE_TITLE.match(text)
    return m.group("title").strip() if m and _GENRE_END.search(m.group("title").strip()) else ""


def page_recap(text: str) -> bool:
    """The line is a 范文 site's card for the piece: its title in 《》, its column and its opening again."""
    return bool(_RECAP.match(text))


def library_footers(paras: list[Para]) -> list[int]:
    """Indexes of the lines that give a library's name and a title another line of the page opens with (某某文库在…的讲话
    under the piece 在…的讲话 heads): the page's footer for the piece above, no text of it and no title of its own."""
    out = []
    for k, para in enumerate(paras):
        m = _LIBRARY.match(para.text)
        if not m or not _GENRE_END.search(m.group("title")):
            continue
        title = m.group("title")
        if any(j != k and p.text.startswith(title) for j, p in enumerate(paras)):
            out.append(k)
    return out


def title_over_own_text(para: Para, nxt: Para | None) -> bool:
    """A title on its line over a paragraph that opens with the same title (市长在…的讲话 / 市长在…的讲话一、…), with the
    first point (一、…), with a 称谓 or with 受…委托，: the head of a piece a page prints over its text, never the rest of a sentence the copy cut above it."""
    if nxt is None or not 6 <= len(para.text) <= 80 or re.search(r"[。！？；;，,：:]", para.text):
        return False
    if not _GENRE_END.search(para.text):
        return False
    core = re.sub(
        r"(?:范文|范本|全文)$", "", para.text
    )  # (…的讲话范文 over …的讲话同志们：…: the site's word after it)
    # (the title said again may be gone by now, taken out as the page's repeated title: then the first point opens the text)
    return nxt.text.startswith(core) or bool(
        _FIRST_POINT.match(nxt.text) or _SALUTED.match(nxt.text) or _ON_BEHALF.match(nxt.text)
    )


def numbered_runs(numbers: list[int]) -> list[tuple[int, int]]:
    """The spans of `numbers` that count 1, 2, … in turn, when the whole list is such runs, each of two or more (a page
    holding two pieces of a sharing site, each with its own 1、 2、 before its pages); [] otherwise."""
    starts = [k for k, n in enumerate(numbers) if n == 1]
    if not numbers or starts[:1] != [0]:
        return []
    spans = list(zip(starts, [*starts[1:], len(numbers)], strict=True))
    if any(b - a < 2 or numbers[a:b] != list(range(1, b - a + 1)) for a, b in spans):
        return []
    return spans


# hoSTnaMe between two sentences: a word of Latin letters whose case flips back and forth, which a sharing site scatters
# in its copy against scraping (no name, brand or unit is written so: iPhone, PowerPoint, McDonald flip three times at most)
_LATIN_WORD = re.compile(r"(?<![A-Za-z0-9._/@:-])[A-Za-z]{6,16}(?![A-Za-z0-9._/@-])")


def scattered_junk(text: str) -> list[tuple[int, int]]:
    """The spans of such words in a line of Chinese text, with the spaces around them."""
    out = []
    for m in _LATIN_WORD.finditer(text):
        word = m.group(0)
        flips = sum(1 for a, b in zip(word, word[1:], strict=False) if a.isupper() != b.isupper())
        if flips >= 4:
            a, b = m.start(), m.end()
            while a > 0 and text[a - 1] in " \u3000\xa0":
                a -= 1
            while b < len(text) and text[b] in " \u3000\xa0":
                b += 1
            out.append((a, b))
    return out
