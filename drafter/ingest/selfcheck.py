"""A self-examination (对照检查材料) read from a later page, its title and first parts cut away (batch 54).

A leader's 对照检查 for a 民主生活会 heads each part with what was done and then what falls short
(四、注重自身廉洁自律，但存在标准不高的问题 / （二）在担当作为上，还存在…的问题) and writes under it in the first person
(我始终认为… / 一年来，我严格按照…). A page from its middle has no title and no 称谓 and tells no meeting: it was read
as nothing ("other"). The concession heading and the writer's own 我 make it an account of oneself, filed as a report,
like the 述职报告 it is kin to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.para import Para
from drafter.structure import match_heading

# …，但存在标准不高的问题 / 在作风建设上，还存在深入一线不够的问题 / …，但仍存在…方面的不足
# (not a speech's 看到成绩的同时，也要正视存在的问题: a charge to the hall, not one's own shortcoming)
_CONCESSION = re.compile(
    r"[，,]\s*(?:但|还|仍|也)(?:还|仍|也|仍然|依然)?存在[^。！？]{1,30}?(?:的)?(?:问题|不足|差距)$"
)
_FIRST = re.compile(r"我(?!们|国|省|市|县|区|镇|乡|局|院|校)")


def self_examination(paras: Sequence[Para]) -> bool:
    """A heading that owns a shortcoming (…，但存在…的问题) and the writer's own 我 under the headings."""
    if not any(match_heading(p.text) and _CONCESSION.search(p.text.strip()) for p in paras[:40]):
        return False
    return len(_FIRST.findall("\n".join(p.text for p in paras[:40]))) >= 2
