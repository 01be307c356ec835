"""Points told as pictures or stories (batch 51): 和你们分享我脑海中三幅…群像 / 给大家讲三个故事, then 第一幅…群像 /
第一个故事 … — a graduation or anniversary speech's parts, each a picture or a story of its own, counted as 三点意见 are.

A speaker announcing them tells them to the hall (和你们分享, 给大家讲) or says 我 (我想讲) before a verb of telling or
showing (分享, 讲, 讲述, 描绘, 回顾) and the count; a story someone else told (在分享会上讲了三个故事) announces nothing.
"""

from __future__ import annotations

import re

_CN = "一二三四五六七八九十"
# 故事, 画面, 镜头, 场景, 群像, 画像, 片段, 瞬间, 剪影: what is shown or told, one at a time
_TOLD = r"(?:故事|画面|镜头|场景|群像|画像|片段|瞬间|剪影|身影)"
_MEASURE = r"(?:幅|个|段|组|则)"
# 和你们分享我脑海中三幅“北理工人”追梦的群像 / 给大家讲三个故事 / 想和同学们回顾几个难忘的瞬间
_ANNOUNCED = re.compile(
    r"(?:(?:和|与|跟|给|向|同)(?:你们|大家|同学们|各位[\u4e00-\u9fff]{0,3}|老师们|同志们)[^。；！？，,]{0,4}?|我(?:想|要|就|来)?)"
    rf"(?:分享|讲述|讲讲|讲|说说|描绘|回顾|展示|聊聊)(?![了过])[^。；！？了]{{0,12}}?(?P<n>[{_CN}两]|\d|几){_MEASURE}"
    rf"[^。；！？，,]{{0,10}}?{_TOLD}"
)
# 第一个故事，… / 在我记忆中，第一幅人物群像的名字是… / 第二个画面是…: one of them, maybe after a short lead clause
_ORDINAL = re.compile(rf"^(?:[^。！？，,]{{0,8}}[，,])?第(?P<n>[{_CN}]){_MEASURE}[^。！？，,]{{0,8}}?{_TOLD}")


def told_count(text: str) -> re.Match[str] | None:
    """The announcement of pictures or stories to be told in `text` (its count in group n), or None."""
    return _ANNOUNCED.search(text)


def told_ordinal(text: str) -> re.Match[str] | None:
    """A paragraph that opens one of the announced pictures or stories (第一个故事，…), its number in group n."""
    return _ORDINAL.match(text)
