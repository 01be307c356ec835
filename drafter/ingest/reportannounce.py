"""A report's announcement of its parts with what it reports set before the verb (census reports36).

下面我从三个方面把我县城乡居民医保工作情况作简要汇报。 / 现从四个方面将本人履职情况报告如下： — the count, then what is
reported (moved before the verb by 把 or 将), then 作/进行 …汇报: an announcement of the parts as 下面我从三个方面进行汇报 is
(ingest.classify), which reads the count only when the verb follows the count straight away.
"""

from __future__ import annotations

import re

_CN = "一二两三四五六七八九十"
_ANNOUNCED = re.compile(
    rf"(?:我|下面|接下来|现)[^。；！？]{{0,20}}?从(?:以下)?(?P<n>[{_CN}几]|\d)个?方面[，,]?\s*(?:把|将|就)[^。；！？]{{2,40}}?"
    r"(?:作|做|进行)?(?:一个|一下)?(?:简要|简单|全面)?(?:的)?(?:汇报|报告|述职|总结)(?:如下)?[：:。]?$"
)


def report_count(text: str) -> re.Match[str] | None:
    """The announcement in `text` of a report's parts with its object before the verb (count in group n), or None."""
    return _ANNOUNCED.search(text)
