"""A page's title of the form 体裁：题目 run straight into the 称谓 (batch 56).

党课：强化基层党建夯实发展根基同志们，国有企业是… / 微党课:守初心担使命同志们:今天… / 演讲稿：扬帆再出发老师们、同学们，
… — a document site's one-line copy: the genre label, its colon and the topic make the title, and where the topic ends
is said by the 称谓 that follows it (同志们, 老师们, 各位…). Title, 称谓 and text each on a line of their own.
"""

from __future__ import annotations

import re

# the labels split.is_title takes before a topic (专题党课：…, 演讲稿：…), with the site's word between (范文, 精选)
_LABEL = r"(?:党课(?:讲稿|讲义|提纲)?|(?:讲话|发言|演讲|宣讲|致辞)稿)(?:范文|系列|精选|大全|合集|汇编|模板|专辑)?"
_VOC = r"(?:各位党员同志们?|同志们|老师们|同学们|朋友们|同事们|同仁们|各位(?:领导|同事|同仁|党员|代表|老师|来宾))"
_LABEL_TOPIC_SALUTATION = re.compile(
    rf"^(?P<title>[^。！？：:，,]{{0,12}}{_LABEL}\s*[：:]\s*[^。！？：:，,“”]{{4,40}}?)"
    rf"(?P<salutation>(?:尊敬的)?{_VOC}(?:[、，,]\s*(?:尊敬的)?{_VOC}){{0,3}})"
    r"[，,：:！!]\s*(?=\S)"
)


def split_label_topic(text: str) -> tuple[str, str, str] | None:
    """(title, 称谓, the rest) of a 党课：题目同志们，… line, or None."""
    m = _LABEL_TOPIC_SALUTATION.match(text)
    if m is None:
        return None
    return m.group("title"), m.group("salutation").rstrip("、，, ") + "：", text[m.end() :]
