"""A collection page's title names what each of its pieces is (split47): 某某工作总结（2篇） / 篇1 / 2026年，…

A 范文 page titles itself by the genre and the count of the pieces it holds (…工作总结（2篇）, …倡议书3篇) and then numbers
the pieces (篇1, 第1篇) with no title of their own. Cleaning drops the collection's title as the page's (网页合集标题), so a
piece under a bare number had no title, and its kind was guessed from its words: a 总结 that opens on its year read as
"other", an 倡议书 that lists its 1、2、 read as a speech. A clerk files each piece under the genre the page names:
the collection's title without its count goes under each bare piece number as the piece's title. Only a title that ends
on a genre word (总结, 报告, 倡议书, 讲话 …) names its pieces so; a piece number followed by its own title keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from drafter.ingest.frames import LETTER_GENRES
from drafter.ingest.para import Para

# …工作总结（2篇） / …倡议书2篇 / …讲话稿（通用5篇） / …述职报告十二篇 / …范文精选3篇: the collection's count after its name
_COUNT = re.compile(
    r"\s*(?:范文)?\s*(?:大全|精选|汇编|合集)?\s*[-—－]?\s*[(（]?\s*(?:通用|精选|优选|优秀|热门|最新)?\s*[一二三四五六七八九十两\d]{1,3}\s*篇\s*[)）]?\s*$"
)
# The genre the name ends on: what each piece is
_GENRE_END = re.compile(
    rf"(?:{LETTER_GENRES}|工作总结|年终总结|个人总结|总结报告|述职报告|工作报告|调研报告|调查报告|工作汇报|情况汇报|工作计划|工作要点"
    r"|讲话稿?|致辞|发言稿?|演讲稿|主持词)$"
)
# 篇1 / 第1篇 / 篇一 / 【篇1】: a piece's bare number, nothing of its own after it
_BARE_NUMBER = re.compile(r"^[【\[]?(?:篇\s*[一二三四五六七八九十\d]{1,3}|第\s*[一二三四五六七八九十\d]{1,3}\s*篇)[】\]]?[:：]?$")
# A line that is a piece's own title: short, no stop or comma, not a 称谓
_OWN_TITLE = re.compile(r"^[^。！？，,；;：:]{2,60}$")


def collection_name(title: str) -> str:
    """The pieces' genre title a collection's heading gives (2024年机关办公室工作总结(2篇) → 2024年机关办公室工作总结),
    or "" when the heading names no genre."""
    stem = _COUNT.sub("", title).strip(" 《》“”\"")
    return stem if len(stem) >= 4 and _GENRE_END.search(stem) else ""


def name_bare_pieces(paras: Sequence[Para], headings: Sequence[tuple[int, str]]) -> list[Para]:
    """Under each bare piece number below a collection's heading (`headings`: the line and text of each heading cleaning
    dropped as the page's), the collection's name as the piece's title (see the module docstring)."""
    named = [(line, name) for line, text in headings if (name := collection_name(text))]
    if not named:
        return list(paras)
    out: list[Para] = []
    for k, p in enumerate(paras):
        out.append(p)
        if not (p.divider and _BARE_NUMBER.match(p.text.strip())):
            continue
        above = [name for line, name in named if line < p.line]
        after = paras[k + 1] if k + 1 < len(paras) else None
        if above and after is not None and not after.divider and not _OWN_TITLE.match(after.text):
            out.append(replace(p, text=above[-1], divider=False))
    return out
