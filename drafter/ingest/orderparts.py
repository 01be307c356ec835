"""A part opened by 首先 that announces its own list: the list is that part's, not the speech's (batch 57).

A deputy's remarks on a work report: 首先，报告对去年的工作总结全面，我感觉有五个方面的突出亮点，概括为“五个实属不易”：
then 一是…。 / 二是…。 … and later 其次，…. The count with its colon belongs to the paragraph that opens with 首先: it
counts what the first part goes on to list. A clerk reads 首先 (and 其次, 最后 after it) as the speech's parts and the
一是 series as the first part's items; the count is that part's, never the speech's announcement.
"""

from __future__ import annotations

from collections.abc import Sequence

from drafter.ingest.clean import Para


def order_over_series(body: Sequence[Para], styles: Sequence[tuple[str, int] | None]) -> list[int]:
    """The paragraphs led in order (首先, 其次 …) when the first one ends on a colon over a 一是 series: the points."""
    first = next((i for i, s in enumerate(styles) if s == ("order", 1)), None)
    if (
        first is None
        or first + 1 >= len(body)
        or not body[first].text.rstrip().endswith(("：", ":"))
    ):
        return []
    under = styles[first + 1]
    if under is None or not under[0].startswith("r") or under[1] != 1:
        return []
    if any(s is not None and s[0].startswith("h") for s in styles):
        return []  # (一、 headings above or below: the speech's own points, the 首先 is inside one)
    return [i for i, s in enumerate(styles) if s is not None and s[0] == "order" and i >= first]
