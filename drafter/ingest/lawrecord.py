"""A legal-database record: a normative document under its catalogue fields (batch 56).

【制定机关】… 【公布日期】2018.03.08 【发文字号】…〔2018〕24号 【施行日期】… 【效力等级】地方规范性文件 【时效性】现行有效
— a site that files rules, notices and laws shows each one under fields no speech, report or news item carries. Three
or more of them (a copy may break a field over two lines, 【字 / 号】) make the page a filed document: kept out of the
speech fragments as 规范性文件, whatever meeting words its text has.
"""

from __future__ import annotations

import re

_NAMES = (
    r"制定机关|发布部门|发布机关|颁布机关|公布日期|发布日期|颁布日期|施行日期|实施日期|生效日期|失效日期|效力等级|效力级别|时效性|时效状态"
    r"|发文字号|字\s*号|文\s*号|主题分类|法规类别|法规类型|类\s*别|来源"
)
# 【效力等级】 / [效力级别] / 效力级别：… at a line's start (a site that shows its fields as a list)
_FIELD = re.compile(rf"[【\[]\s*(?P<a>{_NAMES})\s*[】\]]|(?:^|\n)\s*(?P<b>{_NAMES})\s*[:：]")
# the fields only a catalogue of documents has (a news page may show 【来源】 or 【发布日期】 alone)
_CATALOGUE_ONLY = frozenset(
    ("效力等级", "效力级别", "时效性", "时效状态", "施行日期", "制定机关", "法规类别", "法规类型")
)


def law_record(page: str) -> bool:
    """Whether `page` (the first lines of a document) carries a legal database's catalogue fields."""
    fields = {re.sub(r"\s", "", m.group("a") or m.group("b")) for m in _FIELD.finditer(page)}
    return len(fields) >= 3 and bool(fields & _CATALOGUE_ONLY)
