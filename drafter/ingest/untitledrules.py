"""Rules copied without their title (batch 54): 为…，特制定本制度。 / 一、会议组成 / 二、会议召开 / (一)…

A rules text opens by saying why it was made and naming itself (为提高…质量，…，特制定本制度 / 结合实际，制定本规定):
no speech, report or news item says 制定本制度 of itself. When that sentence is the text's first paragraph and numbered
parts follow, the text is rules, with or without the title a page dropped (genres.genre_of; before, a meeting's rules
with their 召开, 主持 and 会议 were read as a meeting's news).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.para import Para
from drafter.structure import match_heading

# 为规范…，提高…，结合本单位实际，特制定本制度。 / 為加強…，特制定本辦法。 (simplified before reading) / …，制定本规定.
_PREAMBLE = re.compile(
    r"^为[^。！？]{4,160}[，,]\s*(?:特|现|特此)?(?:制定|制订)本(?:制度|办法|规定|细则|规则|条例|章程|守则|准则)[。.]?$"
)


def rules_preamble(paras: Sequence[Para]) -> bool:
    """The first paragraph is a rules text's own preamble and numbered parts (一、, 第一条) follow it."""
    if not paras or not _PREAMBLE.match(paras[0].text.strip()):
        return False
    return any(match_heading(p.text) or p.text.startswith("第一条") for p in paras[1:4])
