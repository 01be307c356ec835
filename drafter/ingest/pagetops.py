"""The rows a site prints at the top of a page, left in the middle of a saved file (batch 64).

Someone who saves the first part of a speech (the copy cut it mid-sentence) and then, in the same file, another page's
news item keeps that page's head: the site's menu (首 页 新闻 要闻 本地 电子版), a breadcrumb without a label
(某某网 > 新闻 > 本省新闻 > 正文), the search box's hot words (热门搜索关键字：…), a newspaper's masthead and edition line
(某某日报 数字报纸 / 00003版：要闻). No speech or report writes such a row; each is printed only at the top of a page, so
cleaning takes it out as debris and the split sees in it the edge between two pages (ingest.otherpage): the cut
sentence never goes on into the next page's headline, and the item under it is a document of its own.

A row of menu words needs the home page at its start and three items after it; one 首页 alone, a sentence that names a
newspaper (据某某日报报道，…) or an arrow in a formula are no page head.
"""

from __future__ import annotations

import re

from drafter.ingest.debris import Removed

__all__ = ["page_top", "page_top_lines", "strip_page_tops"]

# 首 页 A 重点报道 B 周刊集群 C 本地新闻 品牌活动 电子版 / 首页 | 新闻 | 政务 | 服务: the site's menu, home page first
_MENU = re.compile(
    r"^\s*首\s?页\s*(?:[|｜/·•]?\s*[A-Za-z]?\s*[\u4e00-\u9fff]{2,8}\s*){3,12}$"
)
# 某某网 > 新闻 > 本省新闻 > 正文 (the site's name after it): a breadcrumb printed without its 当前位置 label
_CRUMB = re.compile(
    r"^\s*[^。！？，,；;：:>»\s]{2,12}(?:\s*[>»]{1,2}\s*[^。！？，,；;：:>»\s]{1,12}){2,5}(?:\s{2,}[^。！？，,；;：:>»]{2,20})?\s*$"
)
# a breadcrumb starts at the site or its home page, or ends at the article (安全 > 发展 > 效益 is a ranking, no crumb)
_CRUMB_WORD = re.compile(r"^\s*[^>»]{0,10}(?:网|首页|主页|门户|网站|频道)\s*[>»]|[>»]\s*(?:正文|内容|详情|文章)(?:\s|$)")
# 热门搜索关键字： … / 热门搜索：: the search box's hot words
_HOT_WORDS = re.compile(r"^\s*(?:热门搜索|热搜|搜索热词)(?:关键字|关键词)?\s*[:：]")
# 某某工人日报 数字报纸 / 某某日报电子版: a newspaper's masthead over its e-paper page
_MASTHEAD = re.compile(
    r"^\s*[\u4e00-\u9fff]{2,12}(?:日报|晚报|早报|商报|时报|报)\s*(?:数字报纸|数字报|电子报|电子版|数字版)\s*$"
)
# 00001版：一版要闻 / A03版：本地新闻: the edition line of an e-paper page
_EDITION = re.compile(r"^\s*(?:第\s*)?[A-Za-z]?\d{1,5}\s*版\s*[：:]\s*[\u4e00-\u9fff·]{0,12}\s*$")


def page_top(line: str) -> bool:
    """The line is a row only a page's head prints (menu, bare breadcrumb, hot words, masthead, edition line)."""
    text = line.strip()
    if not text or len(text) > 90:
        return False
    return bool(
        _MENU.match(text) or _HOT_WORDS.match(text) or _MASTHEAD.match(text) or _EDITION.match(text)
        or _CRUMB.match(text) and text.count(">") + text.count("»") >= 2 and bool(_CRUMB_WORD.search(text))
    )  # fmt: skip


# a line of running text: a sentence that ends, of some length (the head rows over the file's first article are the
# other rules' to take out: debris.py names them 网页导航或出处)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_PUNCT = re.compile(r"[。！？!?，,；;]")


def _running(line: str) -> bool:
    return len(_HAN.findall(line)) >= 30 and bool(_PUNCT.search(line))


def page_top_lines(lines: list[str]) -> frozenset[int]:
    """The 0-based indexes of `lines` that are a page's head rows printed below running text: another page's head."""
    start = next((i for i, line in enumerate(lines) if _running(line)), len(lines))
    return frozenset(i for i in range(start + 1, len(lines)) if page_top(lines[i]))


def strip_page_tops(lines: list[str], removed: list[Removed]) -> list[str]:
    """Take another page's head rows out as debris (the split finds the page's edge at them: otherpage.page_edges)."""
    out = list(lines)
    for i in sorted(page_top_lines(lines)):
        removed.append(Removed(i + 1, lines[i].strip()[:120], "网页页头"))
        out[i] = ""
    return out
