"""A paid-download site's notes around a cut copy that other rules miss (batch 50).

A 范文 site ends its preview with numbered notes (1. 本文稿内容较多，请先下载后再完整阅读内容或进行编辑。 / 2. …需要会员才可
阅读… / 3. …如有侵权请联系站长删除！), its category path with one step (讲话致辞 >在全县…会议上的讲话), a begging line
(内容仅供学习，如需复制请赞助会员…) and the close button of its pop-up (×). Each is the site's, on a short line of its
own; read as the speech's, the first note became a sub-point and the path a second speech.
"""

from __future__ import annotations

import re

# 本文稿内容较多，请先下载后再完整阅读 / 如需复制请赞助会员 / 赞助后即可全站范文免费复制: what a site asks of its readers
_ASKS = re.compile(
    r"请先下载(?:后|再)|下载后(?:再|才能)?(?:完整)?(?:阅读|查看|编辑)|完整阅读内容|(?:赞助|开通|升级|购买)(?:VIP)?会员后?(?:即可|才能|可)"
    r"|如需(?:复制|下载|查看全文|阅读全文)[^。！？]{0,6}(?:请|需)|赞助会员|全站(?:范文|文档|资源)?免费(?:复制|下载)|内容仅供学习",
    re.I,
)
# 讲话致辞 >在全县…会议上的讲话 / 工作总结 › 2026年…总结: a category path of one step, the page's title at its end
_ONE_STEP_PATH = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*[›»＞>]\s*[^。！？，,›»＞>]{4,60}$")
# × / ✕ / ✖: a pop-up's close button on a line of its own
_CLOSE_BUTTON = re.compile(r"^[×✕✖╳]$")
_NOTE_MAX = 80  # (a speech may ask 如需…请… in a paragraph of its own: only short lines are notes)


def site_note(text: str) -> bool:
    """The line is a download site's note to its readers, its one-step category path or a pop-up's close button."""
    text = text.strip()
    if _CLOSE_BUTTON.match(text) or _ONE_STEP_PATH.match(text):
        return True
    return len(text) <= _NOTE_MAX and bool(_ASKS.search(text))
