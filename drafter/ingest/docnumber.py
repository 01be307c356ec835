"""A document number over a text read as a speech: an official document, or the notice that issues one (batch 64).

京政办发〔2026〕5号 / 某政发〔2025〕12号 / 某办字[2026]3号: a 公文 carries its issuing number under its title; a speech
is said, and no page of a speech prints one over it unless a notice sends it round. When the split reads such a text as
a speech (no 称谓, no announcement found), a clerk would check its kind: a notice issuing a plan or 工作要点 (a report),
or the notice alone. The doubt changes no reading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.classify import Outline
from drafter.ingest.para import Para

__all__ = ["numbered_document"]

# 京政办发〔2016〕26号 / 某政办字[2026]3号 / 某发（2025）12号: an issuing office's abbreviation, the year in brackets, a number
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,8}(?:发|字|函|办)\s*[〔\[［【(（]\s*(?:19|20)\d\d\s*[〕\]］】)）]\s*\d{1,4}\s*号")


def numbered_document(kind: str, outline: Outline, paras: Sequence[Para]) -> str:
    """Read as a speech, yet a document number stands in its first lines (not inside a sentence)."""
    if kind != "speech":
        return ""
    for para in paras[:6]:
        m = _DOC_NUMBER.search(para.text)
        if m and len(para.text) <= 120 and "。" not in para.text:
            return f"读作讲话，但第 {para.line} 行有公文的发文字号“{m.group(0)}”，可能是通知或它印发的文件（如工作要点、方案），请核对文种。"
    return ""
