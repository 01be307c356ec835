"""An office's own account of the work it did, its title lost (batch 55, issue #13).

按照中央和省委、市委、县委关于开展…专项斗争安排部署，我乡主要开展以下工作：一、… — a 自查报告 or 工作总结 copied without
its title opens by saying on whose arrangement the unit did the work and that it lists it below, in its own 我乡, 我局,
我校. That is an office reporting its work, not a meeting told (its 召开专题会 are its own work) and not a speech (no one
is addressed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.ingest.para import Para

# (按照|根据)…(部署|安排|要求|精神)，我乡(主要|重点)?(开展|做|抓)了?以下(几项|几方面)?工作：
_OWN_WORK_LEAD = re.compile(
    r"^(?:按照|根据|为贯彻落实|为落实)[^。！？]{4,80}?(?:部署|安排|要求|精神|通知)[，,]\s*"
    r"(?:现将)?(?:我|本)(?:乡|镇|县|区|市|局|委|办|街道|单位|村|校|院|所|站|中心|公司|社区|部门)[^。！？：:]{0,12}?"
    r"(?:开展|做|抓|完成|落实)了?(?:以下|如下)(?:几项|几个方面|几方面|[一二三四五六七八九十\d]+(?:项|个方面))?(?:工作)?[：:]"
)


def own_work_lead(paras: Sequence[Para]) -> bool:
    """The first paragraph opens an office's account of the work it did (see the module docstring)."""
    return bool(paras) and bool(_OWN_WORK_LEAD.match(paras[0].text))


# …，我乡主要开展以下工作： — the same turn to the parts, wherever the sentence starts (a one-line copy's 一、 after it)
_OWN_WORK_TURN = re.compile(
    r"(?:我|本)(?:乡|镇|县|区|市|局|委|办|街道|单位|村|校|院|所|站|中心|公司|社区|部门)[^。！？：:]{0,12}?"
    r"(?:开展|做|抓|完成|落实)了?(?:以下|如下)(?:几项|几个方面|几方面|[一二三四五六七八九十\d]+(?:项|个方面))?(?:工作)?[：:]$"
)


def own_work_turn(sentence: str) -> bool:
    """`sentence` hands an office's account over to the work it lists (我乡主要开展以下工作：)."""
    return bool(_OWN_WORK_TURN.search(sentence.rstrip()))
