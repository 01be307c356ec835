"""A public notice (通告, 公告) an office posts for the people it governs (batch 51).

关于取消…物资文化交流会的通告 / 全乡广大居民、商户朋友们： / 为全力做好…，决定… / 请广大群众相互转告… / 某某乡人民政府
/ 日期: the office tells the public what it has decided; no one says it to a hall and nothing in it is a speech's point.
It is known by its title — 关于…的通告 (公告), on one line, broken over two after 关于, or run onto a forum's header
line by the page — among the first lines, where a forum or a site may have set its own header above. A headline that an office 发布 one is news about it.
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
