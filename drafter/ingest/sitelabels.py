"""A 范文 site's label with its colon, glued before the page's title and again before the text (batch 55, issue #13).

范文中心:在乡村秸秆禁烧动员会议上的讲话 / …讲话范文中心:目前,夏收工作即将开始… — the site's column name and a colon,
set before the title on the title line and again where the copy runs the title into the opening. The label is the
page's, never the speech's: it is taken off wherever it stands at a line's start or right after a title's last word,
and listed in `removed` as 网站名称. A speaker's own 中心 (县融媒体中心：) is no 范文 site's and stays.
"""

from __future__ import annotations

import re

from drafter.ingest.debris import Removed

# 范文中心: / 文秘频道： / 公文大全: / 讲话稿之家： — the site's words, then its column word, then a colon
_LABEL = r"(?:范文|文秘|公文|秘书|写作|材料|资料|文档|文库|演讲稿|讲话稿|发言稿|致辞稿|总结|心得)(?:中心|频道|栏目|之家|大全|专栏|天地|网|吧)\s*[:：]\s*"
_AT_START = re.compile(rf"^{_LABEL}(?=\S{{6}})")
# …动员会议上的讲话范文中心:目前… — after a title's last word, before the opening
_AFTER_TITLE = re.compile(rf"(?<=讲话|致辞|发言|报告|持词|讲稿)({_LABEL})(?=\S{{6}})")


def cut_site_labels(text: str, lineno: int, removed: list[Removed]) -> str:
    """`text` without a 范文 site's label and colon at its start or after a title's last word (see the module docstring)."""
    if ":" not in text and "：" not in text:
        return text
    m = _AT_START.match(text)
    if m:
        removed.append(Removed(lineno, m.group(0).strip(), "网站名称"))
        text = text[m.end() :]
    for inner in reversed(list(_AFTER_TITLE.finditer(text))):
        removed.append(Removed(lineno, inner.group(1).strip(), "网站名称"))
        text = text[: inner.start()] + text[inner.end() :]
    return text
