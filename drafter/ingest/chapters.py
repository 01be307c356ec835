"""A novel's chapter by its heading (batch 50): 第221章：最欢畅的时刻（1/5） over a narrator's line and a character's speech
in quotation marks.

A fiction site heads each chapter 第N章 and a few words of its own (no 总则 or 职责: rules number their chapters too, and
their articles, 第一条, follow), often with the page of the chapter (1/5); the text under it tells the story, what a
character says opening on “. Copied bare, without the site's 下一章 or 加入书签, the heading and the quoted speech are what
give it away (drafter.ingest.narrative finds a chapter by its narrator's words instead).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.para import Para

_CN = "一二三四五六七八九十百千零〇两"
# 第221章 :最欢畅的时刻（1/5) / 第十二章 临危受命 / 第36回 会场风云
_CHAPTER = re.compile(
    rf"^第\s*(?:\d{{1,4}}|[{_CN}]{{1,6}})\s*[章回]\s*[:：]?\s*(?P<title>[^。！？，,；]{{0,24}}?)\s*(?P<page>[（(]\s*\d{{1,2}}\s*/\s*\d{{1,2}}\s*[)）])?$"
)
# 总则 / 组织机构 / 工作职责 / 附则: a chapter of rules, a plan or a report, never of a story
_RULES_CHAPTER = re.compile(
    r"总则|附则|职责|机构|管理|制度|措施|规定|要求|程序|任务|目标|原则|保障|罚则|责任|范围|内容"
)
_ARTICLE = re.compile(r"^第[一二三四五六七八九十百\d]+条")
# 正文 before a chapter's heading, and the length of a site's link line over it (错误举报, 加入书架)
_TEXT_LABEL = re.compile(r"^正文\s*")
_LINK_MAX = 8


def fiction_chapter(paras: Sequence[Para]) -> bool:
    """The first line heads a novel's chapter and the text under it is a story: the chapter's page (1/5) said in the
    heading, or a character's words in quotation marks opening one of the first paragraphs, and no article of rules."""
    # (错误举报 / 正文 第二十五章 村民大会（3）: a fiction site's links over the heading, and its 正文 before it — ingest53)
    k = next((k for k, p in enumerate(paras[:3]) if _CHAPTER.match(_TEXT_LABEL.sub("", p.text.strip()))), None)
    if k is None or k and any(len(p.text) > _LINK_MAX for p in paras[:k]):
        return False
    m = _CHAPTER.match(_TEXT_LABEL.sub("", paras[k].text.strip()))
    if m is None or _RULES_CHAPTER.search(m.group("title")):
        return False
    body = paras[k + 1 : k + 9]
    if any(_ARTICLE.match(p.text) for p in body):
        return False
    return bool(m.group("page")) or any(p.text.startswith(("“", "「", '"')) for p in body)
