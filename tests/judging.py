"""Sentences that state a place's own faults as facts (draft40): said only when the user gives 问题.

Shared by tests/test_draft40.py (the library's fragments) and tests/test_topic_sweep.py (every topic's drafts, drawn
once there and read for this too).
"""

from __future__ import annotations

import re

# Sentences that state the place's own faults: some of its units fail (有的地方禁毒工作只挂在牌子上), its shortfalls
# stand (短板依然明显, 还有不少差距, 仍然薄弱). Said only with the user's 问题: a point tagged 问题, or never.
_SUBJECTS = "地方|单位|部门|乡镇|村|社区|企业|学校|干部|党组织|基层党组织|党员|领导干部|基层|场所|经营者"
_FAILS = (
    "不到位|不够|不强|不严|不实|偏差|薄弱|滞后|缺位|走过场|挂在嘴上|不高|不足|松懈|懈怠|麻痹|淡薄|不力|较差|较弱|不规范"
    "|不落实|弱化|虚化|边缘化|软弱涣散|时有发生|仍然存在|依然存在|还存在|形同虚设|停在纸面|挂在牌子上"
)
JUDGES = re.compile(
    rf"(?:个别|有的|一些|少数|部分|不少)(?:{_SUBJECTS})[^。；！？]{{0,20}}?(?:{_FAILS})"
    r"|短板(?:依然|仍然|还比较|还很|还)?(?:明显|突出|较多)"
    r"|(?:还|仍|依然|仍然)(?:存在|有)(?:不少|一些|许多|较多)?(?:问题|短板|不足|差距|薄弱环节|弱项)"
    r"|(?:差距|不足|问题)(?:还|仍|依然|仍然)(?:较大|明显|突出|不少|存在)"
    r"|(?:仍然|依然|还比较|仍较|还较)(?:薄弱|滞后|突出|不强|不高)"
)
# … unless the sentence says it as a norm, a risk or a condition (要防止……, 越是……越要, 如果……, 单靠个别部门……不够).
_NORM = re.compile(
    "防止|避免|杜绝|不能|不得|严禁|决不|绝不|警惕|克服|不允许|不要|对(?:个别|有的|一些|少数)|哪里|如果|一旦|凡是|要把|要让"
    "|要对|越是|往往|单靠"
)
# Fragments of meetings held because faults were found (a 约谈会 tells those it summoned why): their own occasion.
ABOUT_FOUND_FAULTS = ("约谈会",)


def judgements(text: str) -> list[str]:
    """The sentences of a text (a draft, a fragment's Jinja) that state the place's faults as facts."""
    found = []
    for sentence in re.split(r"(?<=[。！？；])|\{% (?:alt|or|endalt) %\}", text):
        match = JUDGES.search(sentence or "")
        if match and not _NORM.search(sentence[: match.end()]):
            found.append(sentence.strip())
    return found
