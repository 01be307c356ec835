"""The body a headline names as the speaker (batch 56).

中国工程院代表科技界在中国科协九大上致辞 / 市文联在全市文艺工作座谈会上作交流发言 / 某某集团在全省国企改革推进会上
的发言: a news site's headline over a speech says which institution spoke, before 在…上. The institution is the
source's, as a person's name there is: a fragment holding it belongs to that speech. A generic office that any place has
(县政府, 市委, 学校, 公司) becomes the reader's own and is no name.
"""

from __future__ import annotations

import re

_BODY_END = r"(?:科学院|工程院|研究院|研究所|大学|学院|学校|中学|小学|医院|银行|集团|公司|协会|学会|联合会|委员会|商会|基金会|文联|科协|侨联|工商联|残联|妇联|中心|院|局|厅|署|办|社|站|馆|团)"
_SPOKE = re.compile(
    rf"(?:^|(?<=[，,。；;：:\s“]))(?P<body>[\u4e00-\u9fff]{{2,14}}?{_BODY_END})"
    r"(?:代表[\u4e00-\u9fff]{2,12}?)?在[^。！？，,]{2,40}?上(?:的)?(?:作)?(?:交流|表态|典型)?(?:致辞|致词|讲话|发言|演讲|报告)"
)
# offices every place has, said without a name: the reader's own when the fragment is used
_GENERIC = re.compile(
    r"^(?:[省市县区州旗镇乡村]|全[省市县区]|我|本|各|该|学|大|分|总)?"
    r"(?:委|政府|人大|政协|党委|纪委|监委|党组|学校|中学|小学|大学|学院|公司|集团|医院|银行|协会|学会|委员会|中心|局|厅|办|社|院|团)$"
    # 区教育局, 市文联, 县卫健委: a level's office by its field, which every place of that level has
    r"|^(?:[省市县区州旗镇乡]|全[省市县区])[\u4e00-\u9fff]{1,5}(?:委|局|厅|办|文联|科协|侨联|工商联|残联|妇联|中心|院|站|馆)$"
)


def speaking_bodies(text: str) -> list[str]:
    """The institutions `text` names as having spoken at a meeting (中国工程院), or []."""
    found = []
    for m in _SPOKE.finditer(text):
        body = m.group("body")
        if not _GENERIC.match(body):
            found.append(body)
    return list(dict.fromkeys(found))
