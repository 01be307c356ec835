"""The department a head of department speaks for, by the names the text gives it (batch 52).

市经济和信息化局局长在市人大常委会述职评议动员大会上的表态发言 … 这次，市人大将市经信局及主要负责人纳入述职评议对象:
the speaker heads the department the title names, and 经信局 in the text is that department by its short name — the
speaker's own unit, like 我校 for a school. A fragment naming it speaks for one department only, so it is `specific`
(drafter.ingest.params adds these names to the document's own names). A county head's speech that directs 县教育局
names a department it does not head: nothing here.
"""

from __future__ import annotations

import re

# 市经济和信息化局局长 / 县住房和城乡建设局党组书记 / 区发展和改革委员会主任: the department the speaker heads
_HEAD_OF = re.compile(
    r"(?:^|[省市县区州旗盟])(?![省市县区州旗盟])(?P<stem>[\u4e00-\u9fff]{2,12}?)(?P<suffix>局|委员会)(?:党组|党委)?(?:书记|副?局长|副?主任)"
)
_SHORT_SUFFIX = {"局": "局", "委员会": "委"}
# 区教育局局长在…上的表态发言: the department's office, an office like 县委书记 (a title says who speaks, reusably);
# the department itself is bound only where the text names it as a body (市人大将市经信局纳入评议)
_OFFICE_AFTER = re.compile(r"副?(?:局长|主任|书记)|党组|党委")


def _abbreviates(short: str, stem: str) -> bool:
    """经信 of 经济和信息化, 住建 of 住房和城乡建设: the short name opens as the full one and takes its characters in order."""
    if short == stem:
        return True
    if len(short) < 2 or short[0] != stem[0]:
        return False
    rest = iter(stem)
    return all(ch in rest for ch in short)


def own_office_names(title: str, text: str) -> tuple[str, ...]:
    """The names (full and short) by which `text` calls the department whose head the title says is speaking, as a
    body (not only in its head's office: 经济和信息化局局长)."""
    head = _HEAD_OF.search(title)
    if not head:
        return ()
    stem, suffixes = head.group("stem"), {head.group("suffix"), _SHORT_SUFFIX[head.group("suffix")]}
    found: list[str] = []
    for suffix in suffixes:
        for m in re.finditer(re.escape(suffix), text):
            for size in range(min(len(stem), m.start()), 1, -1):
                short = text[m.start() - size : m.start()]
                if _abbreviates(short, stem):
                    if not _OFFICE_AFTER.match(text, m.end()):
                        found.append(short + suffix)
                    break
    return tuple(dict.fromkeys(found))
