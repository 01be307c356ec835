"""Another page's header or tail in the middle of a saved file: where one page ends and the next begins (batch 62).

Someone who saves two pages into one file (a speech the site cut off, then a county's news item) keeps what each page
prints around its article: the next page's breadcrumb (当前位置：首页 > 政务信息 > 本县动态, or 当前位置：首页 over
> 新闻目录 > 本区新闻), or the first page's links to its neighbours and its comment box (上一篇：… 下一篇：… /
留言与评论（共有 条评论）). Cleaning takes those lines out as debris, and the cut sentence above them was joined with
the next page's headline, the news item read as the rest of the speech. A clerk sees the edge: a breadcrumb is printed
only at the top of a page, a neighbour link or a comment box only at its foot, so running text before such a line and
running text after it are two pages — never one sentence, and two documents when the text after it is an article of
its own (a headline over a lead, or a lead of some length).

A breadcrumb above a page's only article (first lines of the file) and a footer with nothing but the site's rows under
it are no edge between two pages: nothing of running text stands on both sides.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.pagetops import page_top_lines
from drafter.ingest.para import Para
from drafter.text import count_han

__all__ = ["page_edges", "across_edge", "next_page"]

# 当前位置：首页 > 政务信息 > 本县动态 / 您的位置：首页 / 位置：首页 >> 要闻: a page's breadcrumb, with its label
_CRUMB = re.compile(
    r"^\s*(?:[^。！？，,]{0,4}[:：])?\s*(?:当前位置|您的位置|你的位置|所在位置|您当前的位置|您现在的位置|你现在的位置|当前的位置)\s*[:：]"
    r"[^。！？，,]{0,60}$"
)
# > 新闻目录 > 本区新闻 / » 首页 » 要闻: the rest of a breadcrumb on its own line
_CRUMB_TAIL = re.compile(
    r"^\s*[>»]{1,2}\s*[^。！？，,>»]{1,12}(?:\s*[>»]{1,2}\s*[^。！？，,>»]{1,12}){0,4}\s*$"
)
# 上一篇：… 下一篇：… on one line (both neighbours): the links a page prints under its article
_NEIGHBOURS = re.compile(
    r"^\s*(?:上一篇|上一条|上篇)\s*[:：][^。！？]{0,80}(?:下一篇|下一条|下篇)\s*[:：][^。！？]{0,80}$"
)
# 留言与评论（共有 条评论） / 发表评论 / 网友评论（0条）: the comment box under the article
_COMMENTS = re.compile(
    r"^\s*(?:留言与评论|网友评论|发表评论|读者评论|我要评论|评论区)\s*(?:[（(][^）)]{0,12}[)）])?\s*[|｜]?\s*$"
)
# the text after an edge must be an article of its own, not a site's rows
_ARTICLE_MIN = 80


def page_edges(raw: str) -> frozenset[int]:
    """The 1-based numbers of the lines of `raw` that only a page's top (a breadcrumb) or its foot (neighbour links, the
    comment box) prints."""
    lines = raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    edges = set()
    tops = page_top_lines(lines)  # 首 页 要闻 … / 某某网 > 新闻 > 正文 under running text: the next page's head (batch 64)
    for i, line in enumerate(lines, start=1):
        if _CRUMB.match(line) or _NEIGHBOURS.match(line) or _COMMENTS.match(line) or i - 1 in tops:
            edges.add(i)
        elif _CRUMB_TAIL.match(line) and any(
            _CRUMB.match(lines[j]) for j in range(max(0, i - 3), i - 1)
        ):
            edges.add(
                i
            )  # 当前位置: 首页 / > 新闻目录 > 本区新闻: the breadcrumb broken over two lines
    return frozenset(edges)


def across_edge(prev: Para, para: Para, edges: frozenset[int]) -> bool:
    """A page's edge line (taken out by cleaning) lies between the two paragraphs: they are on two pages."""
    return bool(edges) and any(n in edges for n in range(prev.end + 1, para.line))


def next_page(
    current: Sequence[Para], paras: Sequence[Para], i: int, edges: frozenset[int]
) -> bool:
    """The paragraph at `i` opens the next page's article: an edge line lies between it and the piece before, that piece
    holds running text, and the text from here to the next edge is an article's length."""
    if not current or not across_edge(current[-1], paras[i], edges):
        return False
    if count_han("".join(p.text for p in current)) < _ARTICLE_MIN:
        return False  # (the site's header rows over the page's one article)
    after = []
    for k in range(i, len(paras)):
        if k > i and across_edge(paras[k - 1], paras[k], edges):
            break
        after.append(paras[k].text)
    return count_han("".join(after)) >= _ARTICLE_MIN


def headline_again(paras: Sequence[Para], i: int) -> int:
    """How many paragraphs after the next page's headline at `i` only print that headline again — whole, or broken over
    two or three lines (某县召开…《政府工作报告》 / 意见征求座谈会): the site's header, then the article's own title."""
    head = paras[i].text.strip()
    if not 4 <= len(head) <= 60 or re.search(r"[。！？]", head):
        return 0
    k, seen = i + 1, ""
    while k < len(paras) and len(seen) < len(head) and k - i <= 3:
        seen += paras[k].text.strip()
        if not head.startswith(seen):
            return 0
        k += 1
    return k - i - 1 if seen == head else 0
