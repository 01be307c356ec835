"""The tail a web page puts under a document — readers' comments, 上一篇/下一篇 links, the site's footer — cut by its shape.

Line cleaning takes out a comment box's heading (网友评论) and its time stamps (网友 2026-03-02 09:15) one line at a
time, and leaves the readers' words under them (讲得实在，点赞！), which then read as the speech's closing. A clerk sees
the section: after a comment heading, or the second reader's time stamp, every line is short — readers' words, not the
document's — and the page ends there. Likewise the page's links to the previous and next article and its footer (主办单位
… 技术支持 …) after the last paragraph of running text are the page's, whatever the site.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.debris import Removed
from drafter.ingest.para import Para

__all__ = ["cut_page_tail"]

# 网友评论 / 发表评论 / 全部评论（3条） / 读者留言： — the heading of a page's comment section
_COMMENT_HEAD = re.compile(
    r"^(?:网友|用户|读者|最新|热门|全部|精彩|相关|精选)?(?:评论|留言)(?:区|列表)?\s*(?:[（(]\s*(?:共\s*)?\d*\s*条?\s*[)）])?\s*[:：]?$"
    r"|^(?:发表|我要|查看)(?:评论|留言)"
)
# 青禾网友 2026-03-02 09:15 / 匿名用户 2026年3月2日 10:02 回复: a reader's name and the time of the comment
_COMMENT_STAMP = re.compile(
    r"^[^。！？，,\s]{1,16}\s*(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/]\d{1,2})\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"
    r"\s*(?:发表|说|回复|评论|留言)?\s*[:：]?$"
)
# 上一篇 青石镇开展消防安全检查 / 下一篇：…: the page's links to its neighbours
_NAV = re.compile(r"^(?:上一篇|下一篇|上一条|下一条|上篇|下篇|前一篇|后一篇)\s*[:：]?\s*[^。！？]{0,60}$")
# 主办单位 某某镇人民政府 技术支持 某某网络 / 版权所有 / ICP备…: the site's footer
_FOOTER = re.compile(r"主办单位|承办单位|主办[:：]|技术支持|版权所有|ICP备|备案号|网站标识码|网站地图|联系我们|关于我们|返回首页|公网安备")
# 相关链接 / 相关文章 / 推荐阅读 / 更多新闻: a links box's label left last on the page, its links gone
# (您可能还喜欢 / 猜你喜欢 / 热门标签：… / 关键词：…: the box's label, or the page's tags under the text)
_LINKS_LABEL = re.compile(
    r"^(?:相关|推荐|延伸|更多|热门|最新)(?:链接|文章|阅读|新闻|推荐|资讯|信息|内容)\s*[:：>》]*$"
    r"|^(?:您|你)?可能(?:还)?(?:喜欢|感兴趣)(?:的(?:文章|内容))?\s*[:：]?$|^猜你喜欢\s*[:：]?$|^(?:热门|相关|文章)?标签\s*[:：]|^(?:tags?|TAG)\s*[:：]"
)
_SHORT = 80  # a reader's comment, a link, a footer row
# 相关文章更多>> / 最新发布文章更多>> / 热门文章: a links box's label with its 更多 button, over the titles it links (batch 51)
_LINKS_BOX_HEAD = re.compile(r"^(?:相关|推荐|热门|最新|最新发布|最新更新)(?:文章|阅读|范文|内容)\s*(?:更多)?\s*[:：>》]*$")
# 阅读全文 / 展开全文: the page's button under the text, over its links box
_READ_ON = re.compile(r"^(?:阅读全文|展开全文|查看全文|全文阅读)\s*[>》]*$")
_LINK_TITLE = 40  # a linked title: one short line, no sentence


def _links_box_start(paras: Sequence[Para]) -> int | None:
    """Where a links box (its label and the titles under it, one to a line, to the page's end) opens under the text, with
    the 阅读全文 button right above it; None when there is none."""
    k = next((i for i, p in enumerate(paras) if _LINKS_BOX_HEAD.match(p.text.strip())), None)
    if k is None or k == 0:
        return None
    tail = paras[k + 1 :]
    if len(tail) > 30 or any(len(p.text) > _LINK_TITLE or re.search(r"[。！？]", p.text) for p in tail):
        return None
    return k - 1 if _READ_ON.match(paras[k - 1].text.strip()) else k


def _comment_start(paras: Sequence[Para], removed: Sequence[Removed]) -> int | None:
    """The line where a comment section opens: its heading, or the first of two readers' time stamps or more."""
    heads = [r.line for r in removed if _COMMENT_HEAD.match(r.text.strip())]
    heads += [p.line for p in paras if _COMMENT_HEAD.match(p.text.strip())]
    stamps = sorted([r.line for r in removed if _COMMENT_STAMP.match(r.text.strip())] + [p.line for p in paras if _COMMENT_STAMP.match(p.text.strip())])
    found = ([min(heads)] if heads else []) + ([stamps[0]] if len(stamps) >= 2 else [])
    return min(found) if found else None


def cut_page_tail(paras: Sequence[Para], removed: Sequence[Removed]) -> tuple[tuple[Para, ...], tuple[Removed, ...]]:
    """`paras` without the page's tail (comments, neighbour links, footer) and the lines cut, with why."""
    paras = list(paras)
    cut: list[Removed] = []
    start = _comment_start(paras, removed)
    if start is not None:
        k = next((i for i, p in enumerate(paras) if p.line > start), len(paras))
        tail = paras[k:]
        # the section's lines all short, and the document above it holds running text: the readers' words, not its own
        above, below = sum(len(p.text) for p in paras[:k]), sum(len(p.text) for p in tail)
        if tail and len(tail) <= 40 and all(len(p.text) <= _SHORT for p in tail) and above >= max(150, 2 * below):
            cut += [Removed(p.line, p.text, "网页评论区") for p in tail]
            paras = paras[:k]
    box = _links_box_start(paras)
    if box is not None and sum(len(p.text) for p in paras[:box]) >= 150:
        cut += [Removed(p.line, p.text, "网页上的相关文章列表") for p in paras[box:]]
        paras = paras[:box]
    while paras and len(paras[-1].text) <= _SHORT and (
        _NAV.match(paras[-1].text.strip()) or _LINKS_LABEL.match(paras[-1].text.strip()) or len(set(_FOOTER.findall(paras[-1].text))) >= 2
    ):
        last = paras.pop()  # 上一篇 … / 下一篇 … / 主办单位 … 技术支持 …: the page's last rows, under the document
        cut.insert(0, Removed(last.line, last.text, "网页导航或页脚"))
    return tuple(paras), tuple(cut)
