"""A theme said twice in one speech (echo43): under two sections of one point, in other words each time.

Used by tests/test_echo43.py (the drafts the echo43 reading named) and bench-side counts. Not asserted on every
topic's drafts (tests/test_topic_sweep.py): a work whose own sections are spent still says 作风 or 经费 twice rather
than fall a tenth short of its minutes (6 of its 384 county/city drafts, echo43).
"""

from __future__ import annotations

import re

# Themes a writer hears as one whatever the words (drafter/render/apart.py keeps sections apart on them).
THEMES = {
    "调研": re.compile("调研|调查研究"),
    "选题": re.compile("选题|协商议题|协商计划"),
    "经费": re.compile(r"经费|资金(?:保障|投入)|筹措资金|用好资金"),
    "作风": re.compile("作风"),
}
# … and themes said twice even in a sub-point's text: 控辍保学 under three sections of one 教育 speech.
TEXT_THEMES = {"控辍": re.compile("控辍|辍学"), "入职": re.compile("新入职|入职第一课|新人进门")}
_SECTION = re.compile(r"^（[一二三四五六七八九十]+）([^。！？]*)")
_SUB = re.compile(r"^\d+\.([^。！？]*)")
_HAN = re.compile(r"[\u4e00-\u9fff]+")


def sections(text: str) -> list[tuple[int, list[str], str]]:
    """Each section of a gathered point (（一） with numbered sub-points under it) or a point's sub-point (（一） without):
    (point number, its headings — its own and its sub-points' —, its whole text)."""
    found: list[tuple[int, list[str], str]] = []
    point = 0
    for line in text.splitlines():
        if line.startswith("## "):
            point += 1
        elif (m := _SECTION.match(line)) and point:
            found.append((point, [m.group(1)], line))
        elif (m := _SUB.match(line)) and found and found[-1][0] == point:
            found[-1][1].append(m.group(1))
            found[-1] = (point, found[-1][1], f"{found[-1][2]}\n{line}")
    return found


def themes_twice(text: str, whole: bool = False) -> list[str]:
    """The themes two sections of one point say (in their headings, or anywhere for `TEXT_THEMES`), with the point
    (`whole`: two sections of the speech, 0 for the point)."""
    twice = []
    parts = [(0 if whole else p, heads, body) for p, heads, body in sections(text)]
    for point in sorted({p for p, _, _ in parts}):
        mine = [(heads, body) for p, heads, body in parts if p == point]
        for name, pattern in THEMES.items():
            if sum(any(pattern.search(h) for h in heads) for heads, _ in mine) > 1:
                twice.append(f"{point}:{name}")
        for name, pattern in TEXT_THEMES.items():
            if sum(bool(pattern.search(body)) for _, body in mine) > 1:
                twice.append(f"{point}:{name}")
    return twice


def headings_twice(text: str, meeting: str) -> list[str]:
    """Five characters running that two section headings of one point say, not of the meeting's name (把医德教育)."""
    named = {r[i : i + 5] for r in _HAN.findall(meeting) for i in range(len(r) - 4)}
    twice = []
    parts = sections(text)
    for point in sorted({p for p, _, _ in parts}):
        seen: dict[str, str] = {}
        for p, heads, _ in parts:
            if p != point:
                continue
            runs = {r[i : i + 5] for r in _HAN.findall(heads[0]) for i in range(len(r) - 4)} - named
            twice += [f"{point}:{run}" for run in sorted(runs) if run in seen]
            seen.update(dict.fromkeys(runs, heads[0]))
    return twice
