"""A public notice (通告, 公告, 公示) an office posts for the people it governs (batch 51, shapes32): one rule, one genre.

关于取消…物资文化交流会的通告 / 全乡广大居民、商户朋友们： / 为全力做好…，决定… / 请广大群众相互转告… / 某某乡人民政府
/ 日期: the office tells the public what it has decided; no one says it to a hall and nothing in it is a speech's point.
It is known by its title — 关于…的通告 (公告), on one line, broken over two after 关于, or run onto a forum's header
line by the page — among the first lines, where a forum or a site may have set its own header above. A headline that an office 发布 one is news about it.

A 公示 (关于拟任职干部任前公示的公告 / …评选结果公示 / 公示时间：…) is the same genre, known by a title that ends 公示, 公告 or 通告
among the first three lines and its own words (现予公示, 公示期, 特此公告) where no one speaks (同志们, 我讲…). Both were written
the same hour by two helpers (batch 51's 通告 here, shapes32's 公告/公示 in genrepieces.py) and are one rule since shapes32b;
the note says which the clerk saw.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.para import Para

_TITLE = re.compile(r"^[^。！？：:，,；;]{2,60}的(?:通告|公告)$")
# …来自： 安徽关于取消…的通告: the title run onto the forum's header line by the page, known by its 关于
_RUN_ON_TITLE = re.compile(r"(?:关于|關於)[^。！？：:，,；;|｜]{2,60}的(?:通告|公告)$")
_SPLIT_HEAD = re.compile(r"^(?:关于|關於)[^。！？：:，,；;]{2,30}$")
_TAIL = re.compile(r"^[^。！？：:，,；;]{2,40}的(?:通告|公告)$")
_TOLD_OF = re.compile(r"发布|發佈|发出|印发|印發|召开|召開|解读|解讀")
_HEAD_LINES = 10


def is_public_notice(paras: Sequence[Para]) -> bool:
    """Whether the text is an office's public notice by its title among the first lines (see the module docstring)."""
    texts = [p.text.strip() for p in paras[:_HEAD_LINES]]
    for k, text in enumerate(texts):
        joined = texts[k - 1] + text if k and _SPLIT_HEAD.match(texts[k - 1]) and _TAIL.match(text) else text
        m = _TITLE.match(joined) or _RUN_ON_TITLE.search(joined)
        if m and not _TOLD_OF.search(m.group(0)):
            return True
    return False


# 关于拟任职干部任前公示的公告 / 公示时间：…: a 公示, its title and its own words
_NOTICE_TITLE = re.compile(r"^[^。！？，,：:]{2,50}(?:公示|公告|通告)$")
_NOTICE_TEXT = re.compile(r"现予(?:以)?公示|公示(?:时间|期|期间)|特此公告|现(?:将[^。！？]{0,20})?公告如下|特此通告")
_SAID = re.compile(r"同志们|大家好|我讲|讲[几两三四五六七八九十]点|[下这]面，我")

GENRE = "通告"
_DECIDED = "机关发布的通告或公告（告知群众决定的事项，不是讲话，也不是会议消息）：不拆分为片段"
_POSTED = "公告或公示（向社会公布的事项，不是讲话，也不是会议消息）：不拆分为片段"


def public_notice(paras: Sequence[Para]) -> tuple[str, str]:
    """The genre (通告) and the note for an office's public notice — a 关于…的通告 (公告) by its title, or a 公示 by its title
    and its own words — or ('', '')."""
    firsts = [p.text.strip() for p in paras[:3]]
    head = "\n".join(p.text for p in paras[:12])
    posted = not _SAID.search(head) and any(_NOTICE_TITLE.match(t) for t in firsts) and bool(_NOTICE_TEXT.search(head))
    decided = is_public_notice(paras)
    if posted and (not decided or "公示" in head):  # 关于拟任职干部任前公示的公告 / 现予以公示: a 公示, said so
        return GENRE, _POSTED
    return (GENRE, _DECIDED) if decided else ("", "")
