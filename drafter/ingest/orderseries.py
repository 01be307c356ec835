"""首先，…。其次，…。再次（第三），…。 run into one paragraph of a point: its sub-points (batch 60).

A point may open its text on a question or a claim and give its parts in turn, each a sentence starting with an order
word: 为什么要…？首先，…。其次，…。再次，…。 A clerk counts these parts as the point's
sub-points, as he counts 一是…二是…三是… run into the paragraph (the census clerk of shapes32b counted 首先…其次…最后… and
首先…其次… so). drafter.ingest.pointbody reads 首先 so only when 第二 follows it; 其次 and 再次 were left to the doubt
(结构存疑). Two such parts at least, each opening a sentence, in the order 首先, 其次, then 再次 / 第三 / 最后 (and 第四,
最后 after them): a 首先 alone, or 首先 and 其次 inside a sentence (…，首先要…，其次才是…), is a sentence's order of
words, not the point's parts.
"""

from __future__ import annotations

import re

from drafter.ingest.points import Sub

_ORDER = re.compile(
    r"(?:(?<=^)|(?<=[。！？\n]))\s*(?P<w>首先|其次|再次|第三|第四|最后)[，,](?=[\u4e00-\u9fff“])"
)
_TURNS = (("首先",), ("其次",), ("再次", "第三", "最后"), ("第四", "最后"), ("最后",))


def order_series(intro: list[str]) -> list[Sub]:
    """The parts a point's text gives as 首先，…。其次，…。再次，…。 (`intro` keeps the words before them), or []."""
    if not intro:
        return []
    text = "\n\n".join(intro)
    marks = list(_ORDER.finditer(text))
    first = next((k for k, m in enumerate(marks) if m.group("w") == "首先"), None)
    if first is None:
        return []
    series: list[re.Match[str]] = []
    for m in marks[first:]:
        turn = len(series)
        if (
            turn >= len(_TURNS)
            or m.group("w") not in _TURNS[turn]
            or series
            and series[-1].group("w") == "最后"
        ):
            break
        series.append(m)
    if len(series) < 2:
        return []
    cuts = [m.start("w") for m in series] + [len(text)]
    items = []
    for m, b in zip(series, cuts[1:], strict=True):
        chunk = text[m.end() : b].strip()
        stop = re.search(r"[。！？]", chunk)
        head, rest = (chunk[: stop.end()], chunk[stop.end() :].strip()) if stop else (chunk, "")
        items.append(Sub(head, rest, 0, (), "section"))
    lead = text[: cuts[0]].strip()
    intro[:] = [lead] if lead else []
    return items
