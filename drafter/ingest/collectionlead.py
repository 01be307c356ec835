"""A 范文 site's collection label and blurb over its first piece, when the piece has no 篇一 (batch 47).

全国文明城市倡议书（实用18篇） / 通过分析范文范本，我们可以更好地规范我们的写作…… / 全国文明城市倡议书 / 广大居民
朋友们：……: the label names the collection by the first piece's own title with a count of pieces, the blurb says what
范文 are for; neither is a document. drafter.ingest.split's `drop_collection_preface` needs the piece numbered one;
this needs the label to be the next title with the count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from drafter.ingest.clean import Para
from drafter.ingest.split import Chunk, is_salutation

# 全国文明城市倡议书（实用18篇） / …（精选多篇） / …(通用5篇) / …大全: the collection's label, a count of pieces after a title
_LABEL = re.compile(
    r"^(?P<stem>[^。！？，,：:]{4,40}?)\s*(?:[（(](?:实用|精选|通用|优选|热门|最新|推荐|优秀)?\s*(?:\d{1,2}|多)篇[)）]|大全|合集)$"
)
# 通过分析范文范本，我们可以更好地规范我们的写作 / 下面是小编整理的……，供大家参考: what a 范文 site says of its pieces
_BLURB = re.compile(r"范文|范本|参考|借鉴|小编|为大家(?:整理|收集|带来)")


def drop_collection_lead(chunks: Sequence[Chunk]) -> tuple[list[Chunk], tuple[Para, ...]]:
    """The first chunk when it is only a collection's label (and a blurb of at most 300 characters) over a chunk whose
    first line is the label's title: no document (returned apart); the chunks kept are numbered again."""
    if len(chunks) < 2:
        return list(chunks), ()
    lead, nxt = chunks[0].paras, chunks[1].paras
    labels = [m for p in lead if (m := _LABEL.match(p.text.strip()))]
    rest = [p for p in lead if not _LABEL.match(p.text.strip())]
    if not labels or len(rest) > 1 or any(is_salutation(p.text) for p in lead):
        return list(chunks), ()
    if rest and (len(rest[0].text) > 300 or not _BLURB.search(rest[0].text)):
        return list(chunks), ()
    if nxt[0].text.strip() not in {m.group("stem").strip() for m in labels}:
        return list(chunks), ()
    return [replace(c, number=n) for n, c in enumerate(chunks[1:], start=1)], lead

# what a sharing site says of the page it shows: 内容仅供预览 / 下载后的文档 / 小编整理 / 欢迎阅读 / 点击这里
_SITE_WORDS = re.compile(r"预览|下载|文档|小编|欢迎阅读|点击|收藏|会员")


def drop_title_blurb(chunks: Sequence[Chunk]) -> tuple[list[Chunk], tuple[Para, ...]]:
    """A sharing site's head over the document (split43): the document's title, then one paragraph of the site's own
    (预览说明、导语) that names that very title in 《》 or speaks of the page in two of the site's words (仅供预览、下载、
    文档、小编、欢迎阅读、点击), then the same title again over the document itself. The head is no document (returned apart); the chunks kept are numbered again. Only the first
    chunk, when it holds the title and at most two paragraphs of running text (600 characters), with no 称谓 in it,
    and the next chunk opens on the same title."""
    if len(chunks) < 2:
        return list(chunks), ()
    lead, nxt = chunks[0].paras, chunks[1].paras
    title = nxt[0].text.strip()
    if len(title) < 4 or lead[0].text.strip() != title or any(is_salutation(p.text) for p in lead):
        return list(chunks), ()
    rest = lead[1:]
    if not rest or len(rest) > 2 or sum(len(p.text) for p in rest) > 600:
        return list(chunks), ()
    words = {w for p in rest for w in _SITE_WORDS.findall(p.text)}
    if not any(f"《{title}》" in p.text for p in rest) and len(words) < 2:
        return list(chunks), ()
    return [replace(c, number=n) for n, c in enumerate(chunks[1:], start=1)], lead
